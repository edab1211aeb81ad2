export const id = 475;
export const ids = [475,378];
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

/***/ 9475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_WIDTH: () => (/* binding */ DEFAULT_WIDTH),
/* harmony export */   colorWanted: () => (/* binding */ colorWanted),
/* harmony export */   renderCatalogueTable: () => (/* binding */ renderCatalogueTable),
/* harmony export */   renderConsole: () => (/* binding */ renderConsole),
/* harmony export */   wrapText: () => (/* binding */ wrapText)
/* harmony export */ });
/* harmony import */ var cli_table3__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5832);
/* harmony import */ var cli_table3__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(cli_table3__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
/* harmony import */ var _aws_permissions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1105);
/* harmony import */ var _model_money_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5221);
/* harmony import */ var _model_results_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3111);
/* harmony import */ var _triage_gate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4873);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4031);
/* harmony import */ var _notices_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1263);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2011);
/* harmony import */ var _tables_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7140);










/** The width used when the terminal's is unknown (not a TTY, the action log). */
const DEFAULT_WIDTH = 80;
/** Narrower terminals get this width anyway: a table needs some room. */
const MIN_WIDTH = 40;
/**
 * Whether to color, the way Node decides for its own output: `FORCE_COLOR` set to an empty
 * string, 1, 2, 3 or true forces color (any other value turns it off), else `NO_COLOR` (not
 * empty) turns it off, else color only on a TTY that is not `TERM=dumb`.
 */
function colorWanted(env, isTTY) {
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return ['', '1', '2', '3', 'true'].includes(force.trim().toLowerCase());
    if (env.NO_COLOR)
        return false;
    return isTTY && env.TERM !== 'dumb';
}
const SEVERITY_COLORS = {
    critical: 31,
    high: 35,
    medium: 33,
    low: 36,
};
/** Longest resource name and detail shown: cli-table3 wraps in time quadratic in cell length. */
const MAX_NAME_CHARS = 60;
const MAX_DETAIL_CHARS = 300;
/** Longest resource-table cell, in characters. */
const MAX_RESOURCE_CELL_CHARS = 60;
/**
 * Resource rows shown in all: cli-table3 needs up to milliseconds a row (50,000 would take
 * minutes), and a terminal cannot show tens of thousands usefully. The JSON report has every one.
 */
const MAX_TABLE_ROWS = 1000;
const notShown = (rows) => `${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCount */ .B4)(rows)} more rows not shown; the JSON report lists every one.`;
/** Columns a text takes: one per code point (AWS names are mostly ASCII). */
const columns = (text) => [...text].length;
/**
 * Text broken at spaces into lines of at most `width` columns; a word longer than a line (a
 * URL, an ARN) is cut across lines rather than left to overflow.
 */
function wrapText(text, width, indent = '', first = indent) {
    const lines = [];
    let line = first;
    let hasWord = false;
    for (const word of text.split(' ')) {
        if (word === '')
            continue;
        const joined = hasWord ? `${line} ${word}` : `${line}${word}`;
        if (columns(joined) <= width) {
            line = joined;
            hasWord = true;
            continue;
        }
        if (hasWord) {
            lines.push(line);
            line = indent;
        }
        let rest = [...word];
        const room = Math.max(1, width - columns(line));
        while (rest.length > room) {
            lines.push(`${line}${rest.slice(0, room).join('')}`);
            rest = rest.slice(room);
            line = indent;
        }
        line = `${line}${rest.join('')}`;
        hasWord = true;
    }
    lines.push(line);
    return lines;
}
/**
 * Column widths (padding included) that fit `total` columns with the borders: the widest
 * column gives way first, none below its minimum.
 */
function fitWidths(natural, minimum, total) {
    const widths = natural.map((w, i) => Math.max(w, minimum[i] ?? 0));
    let excess = widths.reduce((a, b) => a + b, 0) + widths.length + 1 - total;
    while (excess > 0) {
        let widest = -1;
        for (let i = 0; i < widths.length; i++) {
            const w = widths[i] ?? 0;
            if (w > (minimum[i] ?? 0) && (widest < 0 || w > (widths[widest] ?? 0)))
                widest = i;
        }
        if (widest < 0)
            break;
        widths[widest] = (widths[widest] ?? 0) - 1;
        excess--;
    }
    return widths;
}
/**
 * A box table in these column widths (padding included). Cells are wrapped here, at spaces and
 * inside words too long for the column, so cli-table3 never cuts one short; its default colors on
 * headers and borders are off, so the output is deterministic.
 */
function boxTable(head, rows, widths) {
    const fit = (cells) => cells.map((cell, i) => wrapText(cell, Math.max(1, (widths[i] ?? 3) - 2)).join('\n'));
    const table = new (cli_table3__WEBPACK_IMPORTED_MODULE_0___default())({
        head: fit(head),
        colWidths: widths,
        wordWrap: false,
        style: { head: [], border: [] },
    });
    for (const row of rows)
        table.push(fit(row));
    return table.toString();
}
/** Natural column widths of a table: its longest cell plus the padding. */
const naturalWidths = (head, rows) => head.map((h, i) => Math.max(columns(h), ...rows.map((r) => columns(r[i] ?? ''))) + 2);
/** What a result that could not be assessed needs: the permission, or the call that failed. */
function unknownCause(result) {
    const call = result.failedCall;
    if (!call)
        return 'not determined from the data collected';
    if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .classOf */ .Kl)(call) === 'denied')
        return `grant ${(0,_aws_permissions_js__WEBPACK_IMPORTED_MODULE_2__/* .permissionsFor */ .mr)(call.operation).join(' and ')}`;
    return `${call.operation} failed (${call.code})`;
}
const plural = (count, noun) => `${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCount */ .B4)(count)} ${noun}${count === 1 ? '' : 's'}`;
/** The report for a terminal: verdict, failed checks by check, resource tables, what is missing. */
function renderConsole(report, options = {}) {
    const width = Math.max(MIN_WIDTH, Math.floor(options.width ?? DEFAULT_WIDTH));
    const paint = (code, text) => options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
    const safe = (text, max) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeConsole */ .R7)((0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .clip */ .$Q)(text, max));
    const lines = [];
    const say = (text, indent = '', first = indent) => {
        lines.push(...wrapText(text, width, indent, first));
    };
    /** A wrapped line whose first word (not escaped text) is painted. */
    const sayPainted = (code, word, rest) => {
        const wrapped = wrapText(`${word}${rest}`, width);
        wrapped[0] = `${paint(code, word)}${(wrapped[0] ?? '').slice(word.length)}`;
        lines.push(...wrapped);
    };
    const { gate, summary } = report;
    if (!options.quiet) {
        say(`${safe(report.tool.name)} ${safe(report.tool.version)}: AWS account ${safe(report.account)}, ` +
            `regions ${safe(report.regions.join(', '))}, services ${safe(report.services.join(', '))}`);
    }
    const reportOnly = gate.result === 'passed' && (0,_triage_gate_js__WEBPACK_IMPORTED_MODULE_4__/* .isReportOnly */ .fN)(report.config);
    const verdict = reportOnly ? 'REPORT ONLY' : gate.result.toUpperCase();
    sayPainted(gate.result === 'passed' ? 32 : 31, verdict, report.scoreEvaluated
        ? `: posture score ${report.score} of 100`
        : ': nothing was evaluated (no security, resilience or operations check returned PASS or FAIL)');
    for (const reason of gate.reasons)
        say(safe(reason), '    ', '  - ');
    if (options.quiet)
        return `${lines.join('\n')}\n`;
    for (const warning of (0,_notices_js__WEBPACK_IMPORTED_MODULE_8__/* .runWarnings */ .N)(report))
        say(`Warning: ${safe(warning, Infinity)}`, '  ', '');
    const hasBaseline = report.results.some((r) => r.baseline !== undefined) || report.resolved.length > 0;
    if (hasBaseline) {
        say(`Since the baseline: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCount */ .B4)(summary.new)} new, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCount */ .B4)(summary.resolved)} resolved.`);
    }
    lines.push('');
    const failed = report.results
        .filter((r) => r.status === 'FAIL' && !r.suppressed)
        .sort(_model_results_js__WEBPACK_IMPORTED_MODULE_3__/* .compareResults */ .ex);
    const groups = new Map();
    for (const r of failed)
        groups.set(r.checkId, [...(groups.get(r.checkId) ?? []), r]);
    if (failed.length > 0) {
        say(`Failed checks (${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCount */ .B4)(failed.length)}) in ${plural(groups.size, 'check')}`);
        const manyAccounts = new Set(failed.map((r) => r.account)).size > 1;
        let budget = MAX_TABLE_ROWS;
        for (const results of groups.values()) {
            const first = results[0];
            if (!first)
                continue;
            lines.push('');
            sayPainted(SEVERITY_COLORS[first.severity], first.severity, ` ${safe(first.checkId)}: ${safe(first.title)} (${plural(results.length, 'resource')})`);
            say(`Fix: ${safe(first.remediation.text, Infinity)}`, '  ', '  ');
            say(safe(first.remediation.url, Infinity), '  ', '  ');
            const shown = results.slice(0, Math.max(0, budget));
            budget -= shown.length;
            if (shown.length > 0) {
                const head = [
                    'Resource',
                    ...(manyAccounts ? ['Account'] : []),
                    'Region',
                    ...(hasBaseline ? ['Since'] : []),
                    'Detail',
                ];
                const rows = shown.map((r) => [
                    safe((0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .resourceLabel */ .bP)(r, MAX_NAME_CHARS)),
                    ...(manyAccounts ? [safe(r.account)] : []),
                    safe(r.region),
                    ...(hasBaseline ? [r.baseline === 'new' ? 'new' : 'existing'] : []),
                    safe(r.detail, MAX_DETAIL_CHARS),
                ]);
                const natural = naturalWidths(head, rows);
                // Resource and detail give way; account, region and since stay whole when they can.
                const minimum = head.map((h, i) => h === 'Resource' || h === 'Detail' ? Math.min(natural[i] ?? 0, 12) : (natural[i] ?? 0));
                lines.push(boxTable(head, rows, fitWidths(natural, minimum, width)));
            }
            if (shown.length < results.length)
                lines.push(notShown(results.length - shown.length));
        }
        lines.push('');
    }
    else {
        lines.push('No failed checks.', '');
    }
    for (const resources of (0,_tables_js__WEBPACK_IMPORTED_MODULE_7__/* .resourceTables */ .O)(report)) {
        lines.push(...renderResourceTable(resources, width, safe), '');
    }
    if (summary.monthlySavingsUsd > 0) {
        say(`Estimated savings: ${(0,_model_money_js__WEBPACK_IMPORTED_MODULE_9__/* .formatUsd */ .U)(summary.monthlySavingsUsd)} a month`);
    }
    const unknown = report.results.filter((r) => r.status === 'UNKNOWN' && !r.suppressed);
    if (unknown.length > 0) {
        say(`Could not be assessed: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCount */ .B4)(unknown.length)} UNKNOWN results`);
        const byCause = new Map();
        for (const r of unknown)
            byCause.set(unknownCause(r), (byCause.get(unknownCause(r)) ?? 0) + 1);
        for (const [cause, count] of [...byCause].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
            say(`${safe(cause, Infinity)}: ${plural(count, 'result')}`, '    ', '  - ');
        }
    }
    const grant = (0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .permissionsToGrant */ ._O)(report);
    if (grant.length > 0)
        say(`Permissions to grant: ${safe(grant.join(', '), Infinity)}`, '  ', '');
    if (report.errors.length > 0) {
        say(`Collection errors: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCount */ .B4)(report.errors.length)} (listed in the JSON report)`);
    }
    const apiCalls = Object.values(report.stats.apiCalls).reduce((n, c) => n + c, 0);
    say(`Excluded resources: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCount */ .B4)(summary.excluded)}. ` +
        `Suppressed results: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCount */ .B4)(summary.suppressed)}. ` +
        `AWS API calls: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCount */ .B4)(apiCalls)}.`);
    return `${lines.join('\n')}\n`;
}
/** The check catalogue for a terminal (`posture-gate checks`): a box fitting the width. */
function renderCatalogueTable(rows, options = {}) {
    const width = Math.max(MIN_WIDTH, Math.floor(options.width ?? DEFAULT_WIDTH));
    const head = ['Check', 'Category', 'Severity', 'Title', 'Mapping'];
    const cells = rows.map((r) => [r.id, r.category, r.severity, r.title, r.frameworks]);
    const natural = naturalWidths(head, cells);
    // The id stays whole where it can: users copy it into `checks` and `skip-checks`.
    const minimum = natural.map((w, i) => (i === 0 ? w : Math.min(w, 8)));
    return `${boxTable(head, cells, fitWidths(natural, minimum, width))}\n`;
}
/**
 * A resource table as a box when its columns fit the width, else one wrapped line per row
 * (`Column: value; ...`), which any width can show.
 */
function renderResourceTable(resources, width, safe) {
    const head = resources.columns.map((c) => safe(c));
    const rows = resources.rows
        .slice(0, MAX_TABLE_ROWS)
        .map((row) => row.map((cell) => safe(cell, MAX_RESOURCE_CELL_CHARS)));
    const more = resources.rows.length > MAX_TABLE_ROWS
        ? [notShown(resources.rows.length - MAX_TABLE_ROWS)]
        : [];
    const natural = naturalWidths(head, rows);
    const minimum = natural.map((w) => Math.min(w, 10));
    const title = wrapText(safe(resources.title), width);
    if (minimum.reduce((a, b) => a + b, 0) + head.length + 1 <= width) {
        return [...title, boxTable(head, rows, fitWidths(natural, minimum, width)), ...more];
    }
    const lines = [...title];
    for (const row of rows) {
        const text = row.map((cell, i) => `${head[i]}: ${cell === '' ? '-' : cell}`).join('; ');
        lines.push(...wrapText(text, width, '    ', '  - '));
    }
    return [...lines, ...more];
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


/***/ }),

/***/ 7140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ resourceTables)
});

// EXTERNAL MODULE: ./src/model/results.ts
var results = __webpack_require__(3111);
// EXTERNAL MODULE: ./src/model/money.ts
var money = __webpack_require__(5221);
;// CONCATENATED MODULE: ./src/report/efs.ts


function throughputCell(fs) {
    return fs.provisionedThroughputMibps !== null
        ? `${fs.throughputMode} ${fs.provisionedThroughputMibps} MiB/s`
        : fs.throughputMode;
}
/** The per-file-system table of the console output and the job summary. */
function efsTable(report) {
    const efs = report.resources.efs;
    if (!efs || efs.fileSystems.length === 0)
        return undefined;
    return {
        title: 'EFS file systems',
        columns: [
            'Region',
            'File system',
            'Name',
            'State',
            'Size GB',
            'Throughput',
            'Performance',
            'Encrypted',
            'Storage',
            'FAIL C/H/M/L',
            'Findings',
            'Savings/month',
            'Usage checks',
        ],
        rows: efs.fileSystems.map((fs) => [
            fs.region,
            fs.id,
            fs.name ?? '',
            fs.state,
            fs.sizeGb === null ? 'unknown' : fs.sizeGb.toFixed(2),
            throughputCell(fs),
            fs.performanceMode,
            fs.encrypted ? 'yes' : 'no',
            fs.storage,
            results/* SEVERITIES */.oC.map((s) => fs.failCounts[s]).join('/'),
            fs.findingCategories.join(', '),
            (0,money/* formatUsd */.U)(fs.monthlySavingsUsd),
            fs.usageChecks,
        ]),
    };
}

;// CONCATENATED MODULE: ./src/report/tables.ts

/** One builder per analyzer that has a resource table, in the order they are shown. */
const TABLE_BUILDERS = [efsTable];
function resourceTables(report) {
    return TABLE_BUILDERS.map((build) => build(report)).filter((t) => !!t);
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


/***/ })

};
