export const id = 509;
export const ids = [509,378];
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

/***/ 5235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ isArnNamed),
/* harmony export */   WI: () => (/* binding */ REPORT_SCHEMA_VERSION),
/* harmony export */   Ws: () => (/* binding */ checkEntryOf),
/* harmony export */   Z9: () => (/* binding */ RESOURCE_FIELDS),
/* harmony export */   __: () => (/* binding */ arnOfId),
/* harmony export */   nB: () => (/* binding */ CHECK_FIELDS)
/* harmony export */ });
/**
 * The schemaVersion the JSON report is written in. Version 2 writes each check's metadata once,
 * in `checks`; version 3 also each resource's fields once, in `resourceTable`, which results name
 * by position. Every reader also reads versions 1 and 2.
 */
const REPORT_SCHEMA_VERSION = 3;
/** The fields of a result that are its check's, written once per check in `checks` (version 2). */
const CHECK_FIELDS = [
    'title',
    'service',
    'category',
    'severity',
    'resourceType',
    'remediation',
    'frameworks',
];
/**
 * The fields of a result that are its resource's, written once per resource in `resourceTable`
 * (version 3): several checks judge one resource.
 */
const RESOURCE_FIELDS = [
    'account',
    'region',
    'resourceId',
    'resourceArn',
    'resourceName',
];
/**
 * The ARN a resource id is, when the id is one (an IAM principal is identified by its ARN):
 * version 3 writes no `resourceArn` for such a resource, and a reader takes it from the id.
 */
const arnOfId = (resourceId) => resourceId.startsWith('arn:') ? resourceId : undefined;
/** A resource whose `resourceArn` the version 3 table leaves out: its id is that ARN. */
const isArnNamed = (entry) => entry.resourceArn !== undefined && entry.resourceArn === arnOfId(entry.resourceId);
/** The metadata of a result's check, as the result carries it. */
const checkEntryOf = (result) => ({
    title: result.title,
    service: result.service,
    category: result.category,
    severity: result.severity,
    resourceType: result.resourceType,
    remediation: result.remediation,
    frameworks: result.frameworks,
});


/***/ }),

/***/ 524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ assembleReport)
});

// EXTERNAL MODULE: ./src/model/report.ts
var report = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/model/results.ts
var model_results = __webpack_require__(3111);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/triage/baseline.ts
const sameList = (a, b) => a.length === b.length && [...a].sort().every((item, i) => item === [...b].sort()[i]);
/** Where the baseline does not cover this run: its findings there cannot be told apart. */
function scopeWarnings(current, baseline, path) {
    const warnings = [];
    if (baseline.account !== current.account) {
        warnings.push(`The baseline "${path}" is of account ${baseline.account}, not ${current.account}: every finding counts as new.`);
        return warnings;
    }
    if (!sameList(baseline.regions, current.regions)) {
        warnings.push(`The baseline "${path}" covers regions ${baseline.regions.join(', ') || 'none'}, this run ${current.regions.join(', ')}: findings outside its regions count as new.`);
    }
    if (!sameList(baseline.services, current.services)) {
        warnings.push(`The baseline "${path}" covers services ${baseline.services.join(', ') || 'none'}, this run ${current.services.join(', ')}: findings outside its services count as new.`);
    }
    return warnings;
}
/**
 * Marks each FAIL `new` or `existing` against an earlier report, matched by the stable result id,
 * and lists the baseline's FAILs that are gone. Without a baseline, marks already on the results
 * (reports being merged) and the resolved findings carried with them are kept.
 */
function applyBaseline(results, scope, baseline, carriedResolved = []) {
    if (!baseline)
        return { results: [...results], resolved: [...carriedResolved], warnings: [] };
    if (!baseline.report) {
        return {
            results: results.map((r) => (r.status === 'FAIL' ? { ...r, baseline: 'new' } : r)),
            resolved: [],
            warnings: [
                `The baseline "${baseline.path}" does not exist: every finding counts as new. The first run on a branch has none; later runs should download the last report.`,
            ],
        };
    }
    const failedBefore = new Map(baseline.report.results.filter((r) => r.status === 'FAIL').map((r) => [r.id, r]));
    const failingNow = new Set(results.filter((r) => r.status === 'FAIL').map((r) => r.id));
    return {
        results: results.map((r) => {
            if (r.status !== 'FAIL') {
                const { baseline: _unmarked, ...rest } = r;
                return rest;
            }
            return { ...r, baseline: failedBefore.has(r.id) ? 'existing' : 'new' };
        }),
        resolved: [...failedBefore.values()]
            .filter((r) => !failingNow.has(r.id))
            .map(({ baseline: _mark, suppressed: _mute, ...rest }) => rest),
        warnings: scopeWarnings(scope, baseline.report, baseline.path),
    };
}

// EXTERNAL MODULE: ./src/triage/gate.ts
var triage_gate = __webpack_require__(4873);
;// CONCATENATED MODULE: ./src/triage/score.ts

/**
 * The posture score of DESIGN.md: 100 * weight of PASS / weight of PASS and FAIL, over unsuppressed
 * security, resilience and operations results. UNKNOWN results are reported apart, not scored.
 */
function computeScore(results) {
    let passed = 0;
    let total = 0;
    for (const result of results) {
        if (result.suppressed || !model_results/* SCORED_CATEGORIES */.y.includes(result.category))
            continue;
        if (result.status === 'UNKNOWN')
            continue;
        const weight = model_results/* SEVERITY_WEIGHTS */.oZ[result.severity];
        total += weight;
        if (result.status === 'PASS')
            passed += weight;
    }
    if (total === 0)
        return { score: 100, evaluated: false };
    // One division scaled to tenths keeps binary fractions out of the rounding (2/3 -> 66.7).
    return { score: Math.round((1000 * passed) / total) / 10, evaluated: true };
}

// EXTERNAL MODULE: ./src/triage/summary.ts
var summary = __webpack_require__(3920);
// EXTERNAL MODULE: ./src/model/glob.ts
var glob = __webpack_require__(2307);
;// CONCATENATED MODULE: ./src/triage/suppress.ts

/** Entries expiring within this many days are warned about (DESIGN.md "Suppressions"). */
const EXPIRING_SOON_DAYS = 14;
const DAY_MS = 86_400_000;
function matches(entry, result) {
    if (!(0,glob/* globMatch */.e)(entry.check, result.checkId))
        return false;
    if (entry.account !== undefined && entry.account !== result.account)
        return false;
    if (entry.region !== undefined && entry.region !== result.region)
        return false;
    if (entry.resource === undefined)
        return true;
    // Ids and ARNs only: a name often comes from a Name tag, which anyone who can tag a resource
    // could set to a suppressed one's to hide it.
    const names = [result.resourceId, result.resourceArn];
    return names.some((name) => name !== undefined && (0,glob/* globMatch */.e)(entry.resource ?? '', name));
}
/** The last moment an entry suppresses: the end of its `expires` day, UTC. */
const endOfDay = (date) => Date.parse(`${date}T00:00:00.000Z`) + DAY_MS;
/**
 * Marks the FAIL and UNKNOWN results an entry in force covers; the first matching entry wins.
 * A marked result keeps its status. PASS results are never marked: an entry that covers only
 * passing resources is reported unused, so that stale exceptions are seen and removed.
 */
function applySuppressions(results, entries, now) {
    const inForce = entries.filter((entry) => endOfDay(entry.expires) > now.getTime());
    const expired = entries.filter((entry) => !inForce.includes(entry));
    const matched = new Map();
    const marked = results.map((given) => {
        // This file decides alone: marks from an earlier step (a merged job's file) are dropped.
        const { suppressed: _earlier, ...result } = given;
        if (result.status === 'PASS')
            return result;
        const entry = inForce.find((candidate) => matches(candidate, result));
        if (!entry)
            return result;
        matched.set(entry, (matched.get(entry) ?? 0) + 1);
        const suppressed = {
            reason: entry.reason,
            expires: entry.expires,
            ...(entry.owner === undefined ? {} : { owner: entry.owner }),
        };
        return { ...result, suppressed };
    });
    const soon = now.getTime() + EXPIRING_SOON_DAYS * DAY_MS;
    return {
        results: marked,
        outcome: {
            applied: inForce.flatMap((entry) => {
                const count = matched.get(entry);
                return count ? [{ ...entry, matched: count }] : [];
            }),
            expired,
            unused: inForce.filter((entry) => !matched.has(entry)),
            expiringSoon: inForce.filter((entry) => endOfDay(entry.expires) <= soon),
        },
    };
}

;// CONCATENATED MODULE: ./src/triage/assemble.ts








/**
 * The one report seam of a scan and of `merge`: results, then suppressions, baseline, score,
 * gate and summary, in that order. Pure: the same parts give the same report.
 */
function assembleReport(parts, triage) {
    const sorted = [...parts.results].sort(model_results/* compareResults */.ex);
    const suppressed = triage.suppressions
        ? applySuppressions(sorted, triage.suppressions, triage.now)
        : undefined;
    const { results, resolved, warnings } = applyBaseline(suppressed?.results ?? sorted, parts, triage.baseline, parts.resolved);
    resolved.sort(model_results/* compareResults */.ex);
    const suppressions = suppressed?.outcome ?? parts.suppressions;
    const allWarnings = [...new Set([...(parts.warnings ?? []), ...warnings])];
    const { score, evaluated } = computeScore(results);
    const gate = (0,triage_gate/* decideGate */.q7)({ results, score, config: parts.config });
    return {
        schemaVersion: report/* REPORT_SCHEMA_VERSION */.WI,
        tool: parts.tool ?? { name: version/* TOOL_NAME */.l, version: version/* TOOL_VERSION */.w },
        startedAt: parts.startedAt,
        finishedAt: parts.finishedAt.toISOString(),
        durationMs: parts.finishedAt.getTime() - Date.parse(parts.startedAt),
        account: parts.account,
        regions: parts.regions,
        services: parts.services,
        config: parts.config,
        score,
        scoreEvaluated: evaluated,
        gate,
        summary: (0,summary/* summarize */.e)(results, {
            excludedByRegion: parts.excludedByRegion,
            resolved: resolved.length,
        }),
        results,
        resolved,
        errors: parts.errors,
        resources: parts.resources(results),
        ...(suppressions ? { suppressions } : {}),
        ...(allWarnings.length > 0 ? { warnings: allWarnings } : {}),
        stats: parts.stats,
    };
}


/***/ }),

/***/ 5509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   errorReport: () => (/* binding */ errorReport)
/* harmony export */ });
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(131);
/* harmony import */ var _assemble_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(524);


/**
 * The report of a scan that could not run (no credentials, no region reachable): no results,
 * `result: error` with the reason, through the same report seam as every other report, so the
 * JSON report, the outputs and the summary all say what went wrong.
 */
function errorReport(input) {
    const { config } = input;
    const report = (0,_assemble_js__WEBPACK_IMPORTED_MODULE_1__/* .assembleReport */ .x)({
        startedAt: input.startedAt.toISOString(),
        finishedAt: input.finishedAt ?? new Date(),
        account: input.account ?? 'unknown',
        regions: config.regions === 'all' ? [] : [...config.regions],
        services: [...config.services],
        config: (0,_config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .reportConfig */ .VA)(config),
        results: [],
        excludedByRegion: {},
        errors: [],
        resources: () => ({}),
        stats: { apiCalls: {}, durationMsByService: {} },
    }, { now: input.startedAt });
    return { ...report, gate: { passed: false, result: 'error', reasons: [input.message] } };
}


/***/ }),

/***/ 4873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fN: () => (/* binding */ isReportOnly),
/* harmony export */   q7: () => (/* binding */ decideGate)
/* harmony export */ });
/* unused harmony export severityAtLeast */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _model_results_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3111);


/** How many failing resources a reason names before it says "and N more". */
const NAMED_FINDINGS = 3;
/** True when `severity` is `threshold` or more severe; nothing is at least `none`. */
function severityAtLeast(severity, threshold) {
    if (threshold === 'none')
        return false;
    return _model_results_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.indexOf(severity) <= _model_results_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.indexOf(threshold);
}
function counted(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
function byCheckThenResource(a, b) {
    return ((0,_model_results_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.checkId, b.checkId) ||
        (0,_model_results_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.region, b.region) ||
        (0,_model_results_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.resourceId, b.resourceId));
}
function nameFindings(findings) {
    const named = [...findings]
        .sort(byCheckThenResource)
        .slice(0, NAMED_FINDINGS)
        .map((finding) => `${finding.checkId} on ${finding.resourceName ?? finding.resourceId}`);
    const more = findings.length - named.length;
    return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}
/** Nothing can fail the gate: it reports only (a scan that looked at nothing still errs). */
function isReportOnly(config) {
    return config.failOnSeverity === 'none' && config.minimumScore <= 0 && !config.failOnIncomplete;
}
/**
 * Pass or fail from the results, the score and the thresholds, with one line per reason. Suppressed
 * results never fail the gate; `fail-on-severity` counts FAILs of the gate categories only, and
 * with `fail-on-new-only` only those new since the baseline. When every result is UNKNOWN the scan looked at nothing (a role
 * without permissions): that is an `error`, never a pass. A scan that could not start at all is
 * an `error` decided by the caller.
 */
function decideGate({ results, score, config }) {
    const reasons = [];
    const active = results.filter((result) => !result.suppressed);
    const gated = active.filter((result) => result.status === 'FAIL' &&
        config.gateCategories.includes(result.category) &&
        // Without a baseline nothing is marked existing: every FAIL counts, never a silent pass.
        (!config.failOnNewOnly || result.baseline !== 'existing'));
    const noun = config.failOnNewOnly ? 'new finding' : 'finding';
    for (const severity of _model_results_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC) {
        if (!severityAtLeast(severity, config.failOnSeverity))
            continue;
        const failing = gated.filter((result) => result.severity === severity);
        if (failing.length === 0)
            continue;
        reasons.push(`${counted(failing.length, `${severity} ${noun}`)} (fail-on-severity: ${config.failOnSeverity}): ${nameFindings(failing)}`);
    }
    if (score < config.minimumScore) {
        reasons.push(`score ${score} is below minimum-score ${config.minimumScore}`);
    }
    const unknown = active.filter((result) => result.status === 'UNKNOWN').length;
    if (config.failOnIncomplete && unknown > 0) {
        reasons.push(`${counted(unknown, 'check')} could not be assessed (fail-on-incomplete: true)`);
    }
    // A scan cut short by its deadline is incomplete whatever its figures say: an error.
    const cut = results.filter((result) => result.status === 'UNKNOWN' && result.failedCall?.code === _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SCAN_DEADLINE */ .fp).length;
    if (cut > 0) {
        reasons.push(`the scan-timeout-minutes deadline passed before collection finished: ${counted(cut, 'result')} could not be assessed`);
        return { passed: false, result: 'error', reasons };
    }
    if (unknown > 0 && unknown === active.length) {
        reasons.push(`no check could be assessed: all ${counted(unknown, 'result')} are UNKNOWN; grant the permissions the report names`);
        return { passed: false, result: 'error', reasons };
    }
    const passed = reasons.length === 0;
    return { passed, result: passed ? 'passed' : 'failed', reasons };
}


/***/ }),

/***/ 3920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ summarize),
/* harmony export */   w: () => (/* binding */ totalSavingsUsd)
/* harmony export */ });
/* harmony import */ var _model_money_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5221);
/* harmony import */ var _model_results_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3111);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7036);



const WHOLE_BILL_CHECKS = new Set(_rules_index_js__WEBPACK_IMPORTED_MODULE_1__.ALL_RULES.filter((rule) => rule.meta.savingIsWholeBill).map((rule) => rule.meta.id));
/**
 * Monthly savings of the failed results, each resource counted once: when a finding saves the
 * resource's whole bill (delete an unused file system), the others on it are already inside it.
 */
function totalSavingsUsd(failed) {
    const byResource = new Map();
    for (const result of failed) {
        if (!result.monthlySavingsUsd)
            continue;
        const key = [result.account, result.region, result.resourceId].join('\u0000');
        const entry = byResource.get(key) ?? { sum: 0 };
        entry.sum += result.monthlySavingsUsd;
        if (WHOLE_BILL_CHECKS.has(result.checkId)) {
            entry.wholeBill = Math.max(entry.wholeBill ?? 0, result.monthlySavingsUsd);
        }
        byResource.set(key, entry);
    }
    let total = 0;
    for (const entry of byResource.values())
        total += entry.wholeBill ?? entry.sum;
    return (0,_model_money_js__WEBPACK_IMPORTED_MODULE_2__/* .roundUsd */ .t)(total);
}
/** The report's summary counts. Suppressed results count only as suppressed. */
function summarize(results, counts) {
    const counted = results.filter((r) => !r.suppressed);
    const failed = counted.filter((r) => r.status === 'FAIL');
    const bySeverity = Object.fromEntries(_model_results_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map((s) => [s, failed.filter((r) => r.severity === s).length]));
    return {
        pass: counted.filter((r) => r.status === 'PASS').length,
        fail: failed.length,
        unknown: counted.filter((r) => r.status === 'UNKNOWN').length,
        suppressed: results.length - counted.length,
        excluded: Object.values(counts.excludedByRegion).reduce((sum, n) => sum + n, 0),
        excludedByRegion: counts.excludedByRegion,
        new: counted.filter((r) => r.baseline === 'new').length,
        resolved: counts.resolved,
        bySeverity,
        monthlySavingsUsd: totalSavingsUsd(failed),
    };
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ TOOL_NAME),
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
const TOOL_NAME = 'posture-gate';
/** Kept equal to package.json's version by a unit test; inlined so the bundle reads no files. */
const TOOL_VERSION = '0.1.0';


/***/ })

};
