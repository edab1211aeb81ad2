export const id = 261;
export const ids = [261,378];
export const modules = {

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   Kl: () => (/* binding */ classOf),
/* harmony export */   Ol: () => (/* binding */ toCallFailure),
/* harmony export */   PC: () => (/* binding */ errorClass),
/* harmony export */   fp: () => (/* binding */ SCAN_DEADLINE),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   oo: () => (/* binding */ isExpiredSession),
/* harmony export */   y5: () => (/* binding */ BUG_REPORT_URL)
/* harmony export */ });
/* unused harmony exports isAccessDenied, classOfCode */
/** A field of a thrown value as text: the SDK's are strings, but a thrown value may carry any. */
const asText = (value) => typeof value === 'string' && value !== ''
    ? value
    : typeof value === 'number'
        ? String(value)
        : undefined;
/**
 * The error code of a failed SDK call. A response that is not an AWS error document (an
 * emulator's HTML 500 for an unimplemented call) surfaces as a parse error; it becomes
 * `HttpError<status>` so reports do not blame the caller's permissions for it. Always text: a
 * saved inventory's failed calls must read back.
 */
function errorCode(error) {
    const e = (error ?? {});
    const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
    const name = asText(e.Code) ?? asText(e.name) ?? asText(e.code);
    if ((name === 'SyntaxError' || name === 'Error' || !name) && status)
        return `HttpError${status}`;
    // A connection failure is a plain Error with Node's code (ECONNREFUSED): name it by that.
    if ((name === 'Error' || !name) && typeof e.code === 'string' && /^E[A-Z_]+$/.test(e.code)) {
        return e.code;
    }
    return name ?? 'UnknownError';
}
function errorMessage(error) {
    const e = (error ?? {});
    const text = typeof e.message === 'string' && e.message ? e.message : String(error);
    return (text.split('\n')[0] ?? '').slice(0, 500);
}
function toCallFailure(operation, error) {
    return {
        operation,
        code: errorCode(error),
        message: errorMessage(error),
        class: errorClass(error),
    };
}
/** Where a defect of posture-gate itself (an `internal` failure) is reported. */
const BUG_REPORT_URL = 'https://github.com/posture-gate/posture-gate/issues';
/** The code of a call the scan deadline stopped (or never started). */
const SCAN_DEADLINE = 'ScanDeadline';
const ACCESS_DENIED = new Set([
    'AccessDenied',
    'AccessDeniedException',
    'UnauthorizedOperation',
    'UnauthorizedAccess',
    'AuthorizationError',
    'AllAccessDisabled',
]);
function isAccessDenied(code) {
    return ACCESS_DENIED.has(code);
}
const EXPIRED = new Set(['ExpiredToken', 'ExpiredTokenException']);
/** True for the codes AWS returns when a session's credentials have expired. */
function isExpiredSession(code) {
    return EXPIRED.has(code);
}
const THROTTLED = new Set([
    'BandwidthLimitExceeded',
    'EC2ThrottledException',
    'LimitExceededException',
    'PriorRequestNotComplete',
    'ProvisionedThroughputExceededException',
    'RequestLimitExceeded',
    'RequestThrottled',
    'RequestThrottledException',
    'SlowDown',
    'ThrottledException',
    'Throttling',
    'ThrottlingException',
    'TooManyRequestsException',
]);
/** Node's codes for a connection that could not be made or was cut, and the SDK's timeouts. */
const NETWORK = new Set([
    'EAI_AGAIN',
    'ECONNABORTED',
    'ECONNREFUSED',
    'ECONNRESET',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENOTFOUND',
    'EPIPE',
    'ERR_SOCKET_CONNECTION_TIMEOUT',
]);
const TIMED_OUT = new Set([
    SCAN_DEADLINE,
    'AbortError',
    'ETIMEDOUT',
    'RequestTimeout',
    'RequestTimeoutException',
    'TimeoutError',
]);
/** JavaScript's own errors: thrown by code, never by AWS. */
const DEFECTS = new Set(['TypeError', 'RangeError', 'ReferenceError', 'EvalError']);
function isNotFound(code) {
    return /NotFound|^NoSuch/.test(code);
}
/**
 * The class of a recorded failure from its code alone: for failures recorded before classes
 * existed (saved inventories and reports), and the same answer `errorClass` gives for the code.
 */
function classOfCode(code) {
    if (isAccessDenied(code))
        return 'denied';
    if (THROTTLED.has(code) || code === 'HttpError429')
        return 'throttled';
    if (TIMED_OUT.has(code))
        return 'timeout';
    if (NETWORK.has(code))
        return 'network';
    if (isNotFound(code))
        return 'not-found';
    if (/^HttpError[23]\d\d$/.test(code) || code === 'SyntaxError')
        return 'malformed';
    if (DEFECTS.has(code) || code === 'UnknownError')
        return 'internal';
    return 'service';
}
/** A recorded failure's class: the one recorded with it, else read from its code. */
function classOf(failure) {
    return failure.class ?? classOfCode(failure.code);
}
/**
 * The class of a failed SDK call, from the error's whole shape: an answer of AWS carries
 * `$metadata` (and `$fault`); a connection failure carries Node's `code`; an answer that could
 * not be parsed carries the `$response` it came in; anything else is a defect of posture-gate.
 */
function errorClass(error) {
    const e = (error ?? {});
    const code = errorCode(error);
    const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
    if (e.name === 'AbortError' || TIMED_OUT.has(e.code ?? '') || TIMED_OUT.has(code)) {
        return 'timeout';
    }
    if (NETWORK.has(e.code ?? '') || NETWORK.has(code))
        return 'network';
    const answered = status !== undefined || e.$fault !== undefined;
    if (!answered)
        return DEFECTS.has(e.name ?? '') || !e.name || e.name === 'Error'
            ? 'internal'
            : classOfCode(code);
    if (isAccessDenied(code) || (status === 403 && /^HttpError/.test(code)))
        return 'denied';
    if (THROTTLED.has(code) || status === 429)
        return 'throttled';
    if (isNotFound(code))
        return 'not-found';
    // A 2xx answer that still failed is one the SDK could not read: truncated or malformed.
    if (status !== undefined && status < 400)
        return 'malformed';
    if (e.name === 'SyntaxError' || /Deserialization error/.test(e.message ?? ''))
        return 'malformed';
    return 'service';
}


/***/ }),

/***/ 1105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tj: () => (/* binding */ permissionFor),
/* harmony export */   mr: () => (/* binding */ permissionsFor)
/* harmony export */ });
/* unused harmony export OPERATION_PERMISSIONS */
/**
 * The IAM actions each API operation needs. Operation names are `<client>:<Operation>` as counted
 * in `stats.apiCalls`; an empty list means no permission is needed (STS identity calls). The
 * README's policy and iam-policy.json hold exactly the union of these actions; a unit test keeps
 * the three aligned with the operations the collectors import.
 */
const OPERATION_PERMISSIONS = {
    'sts:GetCallerIdentity': [],
    'sts:AssumeRoleWithWebIdentity': [],
    'ec2:DescribeRegions': ['ec2:DescribeRegions'],
    's3:ListBuckets': ['s3:ListAllMyBuckets'],
    's3:GetBucketLocation': ['s3:GetBucketLocation'],
    's3:GetBucketTagging': ['s3:GetBucketTagging'],
    's3:GetBucketEncryption': ['s3:GetEncryptionConfiguration'],
    's3:GetBucketVersioning': ['s3:GetBucketVersioning'],
    's3:GetPublicAccessBlock': ['s3:GetBucketPublicAccessBlock'],
    's3:GetBucketPolicy': ['s3:GetBucketPolicy'],
    's3:GetBucketPolicyStatus': ['s3:GetBucketPolicyStatus'],
    's3:GetBucketAcl': ['s3:GetBucketAcl'],
    's3:GetBucketOwnershipControls': ['s3:GetBucketOwnershipControls'],
    's3:GetBucketLogging': ['s3:GetBucketLogging'],
    's3control:GetPublicAccessBlock': ['s3:GetAccountPublicAccessBlock'],
    'efs:DescribeFileSystems': ['elasticfilesystem:DescribeFileSystems'],
    'efs:DescribeMountTargets': ['elasticfilesystem:DescribeMountTargets'],
    // AWS checks the mount target's network interface too (EFS API reference).
    'efs:DescribeMountTargetSecurityGroups': [
        'elasticfilesystem:DescribeMountTargetSecurityGroups',
        'ec2:DescribeNetworkInterfaceAttribute',
    ],
    'efs:DescribeAccessPoints': ['elasticfilesystem:DescribeAccessPoints'],
    'efs:DescribeLifecycleConfiguration': ['elasticfilesystem:DescribeLifecycleConfiguration'],
    'efs:DescribeBackupPolicy': ['elasticfilesystem:DescribeBackupPolicy'],
    'efs:DescribeFileSystemPolicy': ['elasticfilesystem:DescribeFileSystemPolicy'],
    'efs:DescribeReplicationConfigurations': ['elasticfilesystem:DescribeReplicationConfigurations'],
    'backup:ListProtectedResources': ['backup:ListProtectedResources'],
    'cloudwatch:DescribeAlarms': ['cloudwatch:DescribeAlarms'],
    'cloudwatch:GetMetricData': ['cloudwatch:GetMetricData'],
    'ec2:DescribeSubnets': ['ec2:DescribeSubnets'],
    'ec2:DescribeSecurityGroups': ['ec2:DescribeSecurityGroups'],
    'ec2:GetManagedPrefixListEntries': ['ec2:GetManagedPrefixListEntries'],
    'ec2:DescribeNetworkInterfaces': ['ec2:DescribeNetworkInterfaces'],
    'ec2:DescribeInstances': ['ec2:DescribeInstances'],
    'ec2:DescribeVolumes': ['ec2:DescribeVolumes'],
    'ec2:GetEbsEncryptionByDefault': ['ec2:GetEbsEncryptionByDefault'],
    'ec2:DescribeSnapshots': ['ec2:DescribeSnapshots'],
    'ec2:DescribeSnapshotAttribute': ['ec2:DescribeSnapshotAttribute'],
    'ec2:DescribeImages': ['ec2:DescribeImages'],
    'ec2:GetSnapshotBlockPublicAccessState': ['ec2:GetSnapshotBlockPublicAccessState'],
    'ec2:GetInstanceMetadataDefaults': ['ec2:GetInstanceMetadataDefaults'],
    'ec2:DescribeVpcs': ['ec2:DescribeVpcs'],
    'ec2:DescribeFlowLogs': ['ec2:DescribeFlowLogs'],
    'ec2:DescribeAddresses': ['ec2:DescribeAddresses'],
    'rds:DescribeDBInstances': ['rds:DescribeDBInstances'],
    'rds:DescribeDBClusters': ['rds:DescribeDBClusters'],
    'rds:DescribeDBSnapshots': ['rds:DescribeDBSnapshots'],
    'rds:DescribeDBClusterSnapshots': ['rds:DescribeDBClusterSnapshots'],
    'rds:DescribeDBSnapshotAttributes': ['rds:DescribeDBSnapshotAttributes'],
    'rds:DescribeDBClusterSnapshotAttributes': ['rds:DescribeDBClusterSnapshotAttributes'],
    'iam:GetAccountAuthorizationDetails': ['iam:GetAccountAuthorizationDetails'],
    'iam:GetPolicy': ['iam:GetPolicy'],
    'iam:GetPolicyVersion': ['iam:GetPolicyVersion'],
    // Not a read: it asks IAM to prepare the report, and changes nothing in the account.
    'iam:GenerateCredentialReport': ['iam:GenerateCredentialReport'],
    'iam:GetCredentialReport': ['iam:GetCredentialReport'],
    'iam:GetAccountPasswordPolicy': ['iam:GetAccountPasswordPolicy'],
};
/** The IAM actions to grant for an operation, or the operation itself when the table names none. */
function permissionsFor(operation) {
    const actions = OPERATION_PERMISSIONS[operation] ?? [];
    return actions.length > 0 ? actions : [operation];
}
/** The same as one phrase (`a and b`), for details and tables. */
function permissionFor(operation) {
    return permissionsFor(operation).join(' and ');
}


/***/ }),

/***/ 1261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   failMessage: () => (/* binding */ failMessage),
/* harmony export */   logConsoleReport: () => (/* binding */ logConsoleReport),
/* harmony export */   logOutcome: () => (/* binding */ logOutcome),
/* harmony export */   unknownWarning: () => (/* binding */ unknownWarning)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2011);
/* harmony import */ var _notices_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1263);


/** A console section longer than this many lines is folded in the log. */
const GROUP_MIN_LINES = 8;
/**
 * The console report in the log: each section (blank-line separated) longer than a few lines in
 * a folded group titled by its first line, so the log opens on the verdict, not on a table.
 */
function logConsoleReport(text, log) {
    for (const block of text.split(/\n{2,}/)) {
        const lines = block.replace(/\n+$/, '').split('\n');
        if (lines.length === 1 && lines[0] === '')
            continue;
        if (lines.length > GROUP_MIN_LINES) {
            log.startGroup(lines[0] ?? '');
            log.info(lines.slice(1).join('\n'));
            log.endGroup();
        }
        else {
            log.info(lines.join('\n'));
        }
    }
}
/** One warning when anything is UNKNOWN, naming the permissions to grant when that is the cause. */
function unknownWarning(report) {
    const unknown = report.results.filter((r) => r.status === 'UNKNOWN' && !r.suppressed).length;
    if (unknown === 0)
        return undefined;
    const count = `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(unknown)} result${unknown === 1 ? '' : 's'} could not be assessed (UNKNOWN)`;
    const grant = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .permissionsToGrant */ ._O)(report);
    return grant.length > 0
        ? `${count}. Grant the scanning role these permissions and run again: ${grant.join(', ')}.`
        : `${count}: the calls they need failed or returned no data, not for want of a permission; the job summary lists them under "Could not be assessed".`;
}
/** setFailed's own line: it names no reason again, each has its own annotation already. */
function failMessage(report, reportPath) {
    const where = reportPath ? `the job summary and ${reportPath}` : 'the job summary';
    const count = report.gate.reasons.length;
    const reasons = `${count} reason${count === 1 ? '' : 's'} annotated above`;
    return report.gate.result === 'error'
        ? `posture-gate: the scan ended in error (${reasons}); ${where} say more.`
        : `posture-gate: the gate failed (${reasons}); ${where} list every finding.`;
}
/**
 * After the reports are written: the run's warnings, one warning for what is UNKNOWN, one error
 * annotation per gate reason, and a failed step that repeats none of them.
 */
function logOutcome(report, log, reportPath) {
    for (const warning of (0,_notices_js__WEBPACK_IMPORTED_MODULE_1__/* .runWarnings */ .N)(report))
        log.warning(warning);
    const unknown = unknownWarning(report);
    if (unknown)
        log.warning(unknown);
    if (report.gate.passed)
        return;
    for (const reason of report.gate.reasons)
        log.error(reason);
    log.setFailed(failMessage(report, reportPath));
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   Vk: () => (/* binding */ errorLabel),
/* harmony export */   _O: () => (/* binding */ permissionsToGrant),
/* harmony export */   bP: () => (/* binding */ resourceLabel)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _aws_permissions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1105);
// Text formatting shared by the renderers: clipping, counts, resource labels, permissions.


/** Longest value shown, in characters: one absurd name must not crowd out every other row. */
const MAX_VALUE_CHARS = 400;
/** Longest resource name in a `name (id)` label, so the id after it is never clipped away. */
const MAX_NAME_CHARS = 200;
/** Cut to `max` UTF-16 units with a `...` mark, never between the two halves of a character. */
function clip(text, max = MAX_VALUE_CHARS) {
    if (text.length <= max)
        return text;
    const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 4)) ? max - 4 : max - 3;
    return `${text.slice(0, end)}...`;
}
function formatCount(count) {
    return count.toLocaleString('en-US');
}
/** `name (id)` when the resource has a name of its own, else the id. */
function resourceLabel(result, maxNameChars = MAX_NAME_CHARS) {
    const { resourceName, resourceId } = result;
    return resourceName && resourceName !== resourceId
        ? `${clip(resourceName, maxNameChars)} (${resourceId})`
        : resourceId;
}
/**
 * IAM permissions to grant: those of access-denied calls that left a check UNKNOWN or a
 * collection incomplete. Throttled or failed calls are not a permission problem.
 */
function permissionsToGrant(report) {
    const permissions = new Set();
    for (const { status, suppressed, failedCall } of report.results) {
        if (status !== 'UNKNOWN' || suppressed || !failedCall)
            continue;
        if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .classOf */ .Kl)(failedCall) !== 'denied')
            continue;
        for (const action of (0,_aws_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .permissionsFor */ .mr)(failedCall.operation))
            permissions.add(action);
    }
    for (const e of report.errors) {
        if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .classOf */ .Kl)(e) !== 'denied')
            continue;
        for (const action of (0,_aws_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .permissionsFor */ .mr)(e.operation))
            permissions.add(action);
    }
    return [...permissions].sort();
}
const CLASS_LABELS = {
    denied: 'access denied',
    throttled: 'throttled',
    'not-found': 'not found',
    timeout: 'timed out',
    network: 'network error',
    malformed: 'malformed response',
    service: 'AWS service error',
    internal: 'internal error of posture-gate',
};
/** A failed call's code with its class in words: `AccessDenied (access denied)`. */
function errorLabel(failure) {
    return `${failure.code} (${CLASS_LABELS[(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .classOf */ .Kl)(failure)]})`;
}


/***/ }),

/***/ 1263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ runWarnings)
/* harmony export */ });
/* unused harmony export suppressionLabel */
/** How a message names a suppressions entry: its place in the file and what it covers. */
function suppressionLabel(entry) {
    const on = entry.resource === undefined ? '' : ` on ${entry.resource}`;
    return `suppressions[${entry.index}] (${entry.check}${on})`;
}
/**
 * What a run tells a person besides its findings, one line each: the baseline's warnings, and
 * suppressions that expired, expire soon, or matched nothing. Text from AWS never appears here,
 * only text from the user's own files; renderers still escape it for their medium.
 */
function runWarnings(report) {
    const outcome = report.suppressions;
    return [
        ...(report.warnings ?? []),
        ...(outcome?.expired ?? []).map((e) => `${suppressionLabel(e)} expired on ${e.expires}: it suppresses nothing, and its findings count again.`),
        ...(outcome?.expiringSoon ?? []).map((e) => `${suppressionLabel(e)} expires on ${e.expires}: renew it with a reason, or fix the finding.`),
        ...(outcome?.unused ?? []).map((e) => `${suppressionLabel(e)} matched no finding: remove it if the exception is no longer needed.`),
    ];
}


/***/ })

};
