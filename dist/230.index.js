export const id = 230;
export const ids = [230,325];
export const modules = {

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

/***/ 5221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ formatUsd),
/* harmony export */   t: () => (/* binding */ roundUsd)
/* harmony export */ });
// Dollar amounts: rules write them into details, reports total and print them.
/** Rounds dollars to cents, the precision every saving is reported in. */
function roundUsd(amount) {
    return Math.round(amount * 100) / 100;
}
function formatUsd(amount) {
    const cents = Math.round(Math.abs(amount) * 100);
    const sign = amount < 0 && cents > 0 ? '-' : '';
    const whole = Math.floor(cents / 100).toLocaleString('en-US');
    return `${sign}$${whole}.${String(cents % 100).padStart(2, '0')}`;
}


/***/ }),

/***/ 1914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_EVENTS: () => (/* binding */ COMMENT_EVENTS),
/* harmony export */   COMMENT_MARKER: () => (/* binding */ COMMENT_MARKER),
/* harmony export */   MAX_COMMENT_CHARS: () => (/* binding */ MAX_COMMENT_CHARS),
/* harmony export */   commentBody: () => (/* binding */ commentBody),
/* harmony export */   postComment: () => (/* binding */ postComment)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);

/** The hidden line that finds the comment again on the next run. */
const COMMENT_MARKER = '<!-- posture-gate: sticky summary; edited in place by each run -->';
/** GitHub refuses a comment body longer than this many characters. */
const MAX_COMMENT_CHARS = 65_536;
/** The events whose runs comment; any other event logs a notice and posts nothing. */
const COMMENT_EVENTS = ['pull_request', 'pull_request_target'];
/**
 * The comment body: the marker, then the summary without the run's clock and call counts (so an
 * unchanged result is an unchanged body), cut to fit a comment. UTF-8 bytes are never fewer
 * than UTF-16 characters, so a byte budget bounds the characters too.
 */
function commentBody(report, reportPath) {
    const head = `${COMMENT_MARKER}\n`;
    const budgetBytes = MAX_COMMENT_CHARS - head.length;
    return (head +
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderMarkdown */ .Gc)(report, { budgetBytes, stable: true, ...(reportPath ? { reportPath } : {}) }));
}
const statusOf = (error) => {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
};
/**
 * Creates or updates the one comment of this tool on the pull request: the one carrying the
 * marker, written by the token's own identity. Never throws and never touches the gate: a
 * token that cannot write (a fork's pull request) is one notice, any other failure one warning.
 */
async function postComment(event, body, client, log) {
    if (!COMMENT_EVENTS.includes(event.name) || event.pullRequest === undefined) {
        log.notice(`comment-on-pr: no comment posted: the ${event.name || 'unknown'} event is not a pull request (only pull_request and pull_request_target are).`);
        return 'skipped';
    }
    try {
        const github = await client();
        const [login, comments] = await Promise.all([github.identity(), github.listComments()]);
        const mine = comments.find((c) => c.user?.login === login && (c.body ?? '').includes(COMMENT_MARKER));
        if (mine && mine.body === body) {
            log.info(`comment-on-pr: comment ${mine.id} is up to date.`);
            return 'unchanged';
        }
        if (mine) {
            await github.updateComment(mine.id, body);
            log.info(`comment-on-pr: updated comment ${mine.id} on pull request #${event.pullRequest}.`);
            return 'updated';
        }
        await github.createComment(body);
        log.info(`comment-on-pr: commented on pull request #${event.pullRequest}.`);
        return 'created';
    }
    catch (error) {
        const status = statusOf(error);
        if (status === 403 || status === 404) {
            log.notice(`comment-on-pr: no comment posted: the token cannot write to pull request #${event.pullRequest} (HTTP ${status}). A pull request from a fork gets a read-only token; otherwise grant the job permissions pull-requests: write.`);
            return 'forbidden';
        }
        log.warning(`comment-on-pr: could not comment: ${error.message}`);
        return 'failed';
    }
}


/***/ })

};
