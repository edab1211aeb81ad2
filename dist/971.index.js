export const id = 971;
export const ids = [971,693];
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
/**
 * The error code of a failed SDK call. A response that is not an AWS error document (an
 * emulator's HTML 500 for an unimplemented call) surfaces as a parse error; it becomes
 * `HttpError<status>` so reports do not blame the caller's permissions for it.
 */
function errorCode(error) {
    const e = (error ?? {});
    const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
    const name = e.Code ?? e.name ?? e.code;
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
/* harmony export */   WI: () => (/* binding */ REPORT_SCHEMA_VERSION),
/* harmony export */   Ws: () => (/* binding */ checkEntryOf),
/* harmony export */   nB: () => (/* binding */ CHECK_FIELDS)
/* harmony export */ });
/**
 * The schemaVersion the JSON report is written in. Version 2 writes each check's metadata once,
 * in `checks`; every reader also reads version 1, where each result carries it.
 */
const REPORT_SCHEMA_VERSION = 2;
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

/***/ 9786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareRun: () => (/* binding */ prepareRun)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/config/schema.ts + 1 modules
var schema = __webpack_require__(4105);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/config/suppressions.ts
// The suppressions file (DESIGN.md "Suppressions"): read and validated before any AWS call.




const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Date.parse rolls 2027-02-30 over into March: a real day reads back the same. */
function isCalendarDay(value) {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}
const suppressions_text = (what) => schemas/* string */.YjP({ error: `must be ${what}` })
    .trim()
    .min(1, { error: `must be ${what}, not empty` });
/** YAML reads an unquoted 2027-03-31 as a date: accept it as the same day. */
const isoDate = schemas/* preprocess */.vkY((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), schemas/* string */.YjP({ error: 'must be an ISO date like 2027-03-31' })
    .regex(ISO_DATE, { error: 'must be an ISO date like 2027-03-31' })
    .refine(isCalendarDay, { error: 'is not a day of the calendar' }));
/** An account id read by YAML as a number loses leading zeros: require the 12 digits as text. */
const accountId = schemas/* string */.YjP({ error: 'must be a 12-digit account id in quotes' })
    .regex(/^\d{12}$/, { error: 'must be a 12-digit account id in quotes' });
const ENTRY = schemas/* strictObject */.rej({
    check: suppressions_text('a check id or glob'),
    resource: suppressions_text('a resource id or ARN, or a glob').optional(),
    account: accountId.optional(),
    region: suppressions_text('a region code').optional(),
    reason: suppressions_text('the reason for the exception'),
    expires: isoDate,
    owner: suppressions_text('who owns the exception').optional(),
}, {
    error: (issue) => issue.code === 'unrecognized_keys'
        ? 'has an unknown field'
        : issue.code === 'invalid_type' && issue.path?.length === 0
            ? 'must be a mapping with check, reason and expires'
            : undefined,
});
const FILE = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1, { error: 'must be 1' }),
    suppressions: schemas/* array */.YOg(schemas/* unknown */.L5J(), { error: 'must be a list of entries' }),
}, {
    error: (issue) => issue.code === 'unrecognized_keys'
        ? 'has an unknown top-level field'
        : 'must be a mapping with version and suppressions',
});
function fail(path, message) {
    throw new schema/* ConfigError */.xL('suppressions', `Invalid input "suppressions": "${path}" ${message}.`);
}
/** The entries of a suppressions file's text, or a ConfigError naming the entry and field. */
function parseSuppressions(source, path) {
    let document;
    try {
        document = (0,dist/* parse */.qg)(source);
    }
    catch (error) {
        const first = error.message.split('\n')[0] ?? '';
        fail(path, `is not valid YAML (${first.replace(/[:.\s]+$/, '')})`);
    }
    const file = FILE.safeParse(document);
    if (!file.success) {
        const issue = file.error.issues[0];
        const field = issue?.path.join('.') || 'the file';
        fail(path, `${field} ${issue?.message ?? 'is not a suppressions file'} (version: 1, suppressions: [...])`);
    }
    return file.data.suppressions.map((raw, index) => {
        const entry = ENTRY.safeParse(raw);
        if (!entry.success) {
            const issue = entry.error.issues[0];
            const keys = issue?.code === 'unrecognized_keys' ? ` ${issue.keys.join(', ')}` : '';
            const field = issue?.path.join('.') || 'entry';
            fail(path, `suppressions[${index}]: ${field}${keys} ${issue?.message ?? 'is not valid'}`);
        }
        const { check, resource, account, region, reason, expires, owner } = entry.data;
        return {
            index,
            check,
            ...(resource === undefined ? {} : { resource }),
            ...(account === undefined ? {} : { account }),
            ...(region === undefined ? {} : { region }),
            reason,
            expires,
            ...(owner === undefined ? {} : { owner }),
        };
    });
}
/** The entries of the suppressions file `file`; messages name it as `path`, as the user gave it. */
async function loadSuppressions(file, path = file) {
    let source;
    try {
        source = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        fail(path, `cannot be read: ${error.message}`);
    }
    return parseSuppressions(source, path);
}

// EXTERNAL MODULE: ./src/model/report.ts
var model_report = __webpack_require__(5235);
;// CONCATENATED MODULE: ./src/report/read.ts



/** A file given as a report that cannot be read as one; the message names the file. */
class ReportFileError extends Error {
    name = 'ReportFileError';
}
/** What every reader of a report (merge, baseline) relies on, in both versions. */
const COMMON = {
    account: schemas/* string */.YjP(),
    regions: schemas/* array */.YOg(schemas/* string */.YjP()),
    services: schemas/* array */.YOg(schemas/* string */.YjP()),
    config: schemas/* looseObject */._H3({}),
    summary: schemas/* looseObject */._H3({ excludedByRegion: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()) }),
};
/** Version 1: every result carries its check's metadata. */
const REPORT_V1 = schemas/* looseObject */._H3({
    ...COMMON,
    schemaVersion: schemas/* literal */.euz(1),
    results: schemas/* array */.YOg(schemas/* looseObject */._H3({ id: schemas/* string */.YjP() })),
});
const CHECK_ENTRY = schemas/* looseObject */._H3({
    title: schemas/* string */.YjP(),
    service: schemas/* string */.YjP(),
    category: schemas/* string */.YjP(),
    severity: schemas/* string */.YjP(),
    resourceType: schemas/* string */.YjP(),
    remediation: schemas/* looseObject */._H3({ text: schemas/* string */.YjP(), url: schemas/* string */.YjP() }),
    frameworks: schemas/* looseObject */._H3({}).optional(),
});
const STORED_RESULT = schemas/* looseObject */._H3({ id: schemas/* string */.YjP(), checkId: schemas/* string */.YjP() });
/** Version 2: the check catalogue once, each result naming its check. */
const REPORT_V2 = schemas/* looseObject */._H3({
    ...COMMON,
    schemaVersion: schemas/* literal */.euz(2),
    checks: schemas/* record */.g1P(schemas/* string */.YjP(), CHECK_ENTRY),
    results: schemas/* array */.YOg(STORED_RESULT),
    resolved: schemas/* array */.YOg(STORED_RESULT).optional(),
});
const REPORT_FILE = schemas/* discriminatedUnion */.gMt('schemaVersion', [REPORT_V1, REPORT_V2]);
/**
 * A version 1 report as version 2 reads in memory: its results already carry their checks'
 * metadata, so only the version changes.
 */
function upgradeV1(report) {
    return { ...report, schemaVersion: model_report/* REPORT_SCHEMA_VERSION */.WI };
}
/**
 * A version 2 report in memory: each result gets its check's metadata back, the same objects for
 * every result of a check, and keeps whatever of it the file wrote on the result itself.
 */
function joinChecks(report, path) {
    const checks = new Map(Object.entries(report.checks).map(([checkId, entry]) => [
        checkId,
        { ...entry, frameworks: entry.frameworks ?? {} },
    ]));
    const join = (list) => (result, index) => {
        const entry = checks.get(result.checkId);
        if (!entry) {
            throw new ReportFileError(`"${path}" is not a posture-gate JSON report of schemaVersion 2 (${list}.${index}.checkId: "${result.checkId}" is not in checks).`);
        }
        return { ...entry, ...result };
    };
    const { checks: _catalogue, ...rest } = report;
    return {
        ...rest,
        results: report.results.map(join('results')),
        resolved: (report.resolved ?? []).map(join('resolved')),
    };
}
/** A parsed report file of either version as it reads in memory; messages name it as `path`. */
function reportFromJson(parsed, path) {
    const checked = REPORT_FILE.safeParse(parsed);
    if (!checked.success) {
        const issue = checked.error.issues[0];
        const where = issue?.path.length ? ` (${issue.path.join('.')}: ${issue.message})` : '';
        throw new ReportFileError(`"${path}" is not a posture-gate JSON report of schemaVersion 1 or 2${where}.`);
    }
    // The file's own objects, not zod's copies: those put the checked keys first, and a report read
    // back must keep its key order to be written again byte for byte.
    const report = parsed;
    return report.schemaVersion === 1 ? upgradeV1(report) : joinChecks(report, path);
}
/** The report in `file`, of version 1 or 2; messages name it as `path`, the path the user gave. */
async function readReport(file, path = file) {
    let parsed;
    try {
        parsed = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (error) {
        throw new ReportFileError(`Cannot read report "${path}": ${error.message}`);
    }
    return reportFromJson(parsed, path);
}

// EXTERNAL MODULE: ./src/report/write.ts
var write = __webpack_require__(1693);
// EXTERNAL MODULE: ./src/rules/index.ts + 21 modules
var rules = __webpack_require__(7036);
// EXTERNAL MODULE: ./src/rules/select.ts
var rules_select = __webpack_require__(7375);
;// CONCATENATED MODULE: ./src/prepare.ts
// What a run reads and checks before any AWS call: the check selection, the files it will write
// (the JSON report), the suppressions file and the baseline report. A problem with any of them is
// a configuration error naming the input.







async function exists(path) {
    try {
        await (0,promises_.access)(path);
        return true;
    }
    catch {
        return false;
    }
}
/** The baseline report; a path that does not exist is allowed (a first run) and warned about. */
async function loadBaseline(file, path) {
    if (!(await exists(file)))
        return { path };
    try {
        return { path, report: await readReport(file, path) };
    }
    catch (error) {
        if (error instanceof ReportFileError) {
            throw new schema/* ConfigError */.xL('baseline', `Invalid input "baseline": ${error.message}`);
        }
        throw error;
    }
}
/** Creates the directories of each output and checks it can be written, before any scan. */
async function checkOutputs(outputs, resolvePath) {
    for (const { input, path } of outputs) {
        try {
            await (0,write/* checkWritable */.Z)(resolvePath(path));
        }
        catch (error) {
            throw new schema/* ConfigError */.xL(input, `Invalid input "${input}": "${path}" cannot be written: ${(0,write.writeProblem)(error)}.`);
        }
    }
}
/**
 * Checks the selection and the files the run will write, and reads the files the config names.
 * `resolvePath` maps a path as given to the file (the action resolves against the workspace).
 */
async function prepareRun(config, resolvePath = (path) => path, outputs = []) {
    (0,rules_select.selectRules)(rules.ALL_RULES, config.checks, config.skipChecks);
    await checkOutputs(outputs, resolvePath);
    const { suppressions: suppressionsPath, baseline: baselinePath } = config;
    const suppressions = suppressionsPath === undefined
        ? undefined
        : await loadSuppressions(resolvePath(suppressionsPath), suppressionsPath);
    const baseline = baselinePath === undefined
        ? undefined
        : await loadBaseline(resolvePath(baselinePath), baselinePath);
    return { ...(suppressions ? { suppressions } : {}), ...(baseline ? { baseline } : {}) };
}


/***/ }),

/***/ 1693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ checkWritable),
/* harmony export */   q: () => (/* binding */ writeFileAtomic),
/* harmony export */   writeProblem: () => (/* binding */ writeProblem)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** The temporary file a write of `path` goes through (a suffix, so the rename stays on one disk). */
const temporaryFile = (path, purpose = 'tmp') => `${path}.${process.pid}.${purpose}`;
/** Pieces are gathered to about this many characters per write: few system calls, little memory. */
const WRITE_BATCH = 1 << 16;
/**
 * Writes through a temporary file and a rename, so a reader never sees half a report and a failed
 * write leaves the file that was there (an earlier report) as it was. `content` may be given in
 * pieces (a large report): they are written as they come, never joined into one string.
 */
async function writeFileAtomic(path, content) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    const temporary = temporaryFile(path);
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(temporary, 'w');
        try {
            let batch = '';
            for (const piece of typeof content === 'string' ? [content] : content) {
                batch += piece;
                if (batch.length >= WRITE_BATCH) {
                    await handle.writeFile(batch, 'utf8');
                    batch = '';
                }
            }
            if (batch !== '')
                await handle.writeFile(batch, 'utf8');
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temporary, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temporary, { force: true }).catch(() => undefined);
        throw error;
    }
}
/**
 * Checks, before a run, that {@link writeFileAtomic} will be able to write `path`: its directory is
 * created, a temporary file is created and removed beside it, and `path` is not a directory. An
 * existing file at `path` is never opened. Throws the file system's error (with its `code`).
 */
async function checkWritable(path) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    });
    if (existing?.isDirectory()) {
        throw Object.assign(new Error(`EISDIR: illegal operation on a directory, '${path}'`), {
            code: 'EISDIR',
        });
    }
    const probe = temporaryFile(path, 'probe');
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(probe, 'wx');
    await handle.close();
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(probe, { force: true });
}
/** Why a path cannot be written, in words, from the file system's error code. */
function writeProblem(error) {
    const { code, message } = error;
    const reasons = {
        ENOTDIR: 'a part of its directory is a file, not a directory',
        EISDIR: 'it is a directory',
        EACCES: 'permission denied',
        EPERM: 'permission denied',
        EROFS: 'the file system is read-only',
        ENOSPC: 'no space left on the device',
        ENAMETOOLONG: 'the name is too long',
        ELOOP: 'too many symbolic links',
    };
    const reason = code === undefined ? undefined : reasons[code];
    return reason === undefined ? String(message ?? error) : `${reason} (${code})`;
}


/***/ }),

/***/ 7375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   closestIds: () => (/* binding */ closestIds),
/* harmony export */   selectRules: () => (/* binding */ selectRules)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1916);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4105);
/* harmony import */ var _model_glob_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2307);
// Which checks run: the `checks` and `skip-checks` inputs resolved against the catalogue.



const SUGGESTIONS = 3;
/**
 * The ids nearest to a mistyped one, for the error message; when it names a known service, that
 * service's checks only (`s3.nope` suggests S3 checks, not the nearest spelling elsewhere).
 */
function closestIds(wanted, ids) {
    const fixed = wanted.replace(/[*?]/g, '');
    const service = fixed.split('.')[0] ?? '';
    const sameService = ids.filter((id) => id.startsWith(`${service}.`));
    return [...(sameService.length > 0 ? sameService : ids)]
        .map((id) => ({ id, far: (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(fixed, id) }))
        .sort((a, b) => a.far - b.far || (a.id < b.id ? -1 : 1))
        .slice(0, SUGGESTIONS)
        .map(({ id }) => id);
}
function matching(rules, pattern) {
    return rules.filter((rule) => (0,_model_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .globMatch */ .e)(pattern, rule.meta.id));
}
/** Every pattern must name at least one check: a typo must not silently run nothing or all. */
function requireMatches(input, patterns, rules) {
    const ids = rules.map((rule) => rule.meta.id);
    for (const pattern of patterns) {
        if (matching(rules, pattern).length > 0)
            continue;
        const what = /[*?]/.test(pattern) ? 'matches no check' : 'is not a check';
        throw new _config_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(input, `Invalid input "${input}": "${pattern}" ${what}; closest: ${closestIds(pattern, ids).join(', ')}. Run "posture-gate checks" for the list.`);
    }
}
/**
 * The rules to run: those `checks` names (every rule when absent), less those `skip-checks`
 * names. An id or glob that names no check is a configuration error naming the closest ids.
 */
function selectRules(rules, checks, skipChecks) {
    requireMatches('checks', checks ?? [], rules);
    requireMatches('skip-checks', skipChecks ?? [], rules);
    const chosen = checks ? rules.filter((r) => checks.some((p) => (0,_model_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .globMatch */ .e)(p, r.meta.id))) : rules;
    return chosen.filter((r) => !(skipChecks ?? []).some((p) => (0,_model_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .globMatch */ .e)(p, r.meta.id)));
}


/***/ })

};
