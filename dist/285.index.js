export const id = 285;
export const ids = [285];
export const modules = {

/***/ 2239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y3: () => (/* binding */ anchor),
/* harmony export */   il: () => (/* binding */ docText)
/* harmony export */ });
/* unused harmony exports renderCatalogue, renderCatalogueText, renderCatalogueJson, renderChecksDoc */
/* harmony import */ var _console_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9475);

/** A pipe splits a markdown table cell, even inside a code span: `\|` shows it instead. */
const cell = (text) => text.replace(/\|/g, '\\|');
/** `FSBP EFS.1, EFS.8; CIS 2.4.1`, or empty when the check maps to neither. */
function frameworksText(meta) {
    return [
        meta.frameworks.fsbp?.length ? `FSBP ${meta.frameworks.fsbp.join(', ')}` : '',
        meta.frameworks.cis?.length ? `CIS ${meta.frameworks.cis.join(', ')}` : '',
    ]
        .filter(Boolean)
        .join('; ');
}
/** The check catalogue as a markdown table: `posture-gate checks` and the README print it. */
function renderCatalogue(rules) {
    const rows = rules.map(({ meta }) => `| \`${meta.id}\` | ${meta.category} | ${meta.severity} | ${cell(meta.title)} | ${cell(frameworksText(meta))} |`);
    return [
        '| check | category | severity | what it looks for | mapping |',
        '|---|---|---|---|---|',
        ...rows,
    ].join('\n');
}
/** The catalogue for a terminal, fitting `width` columns (`posture-gate checks`). */
function renderCatalogueText(rules, width) {
    return renderCatalogueTable(rules.map(({ meta }) => ({ ...meta, frameworks: frameworksText(meta) })), width === undefined ? {} : { width });
}
/** The catalogue as JSON (`posture-gate checks --format json`): one object per check. */
function renderCatalogueJson(rules) {
    const checks = rules.map(({ meta }) => ({
        id: meta.id,
        title: meta.title,
        service: meta.service,
        category: meta.category,
        severity: meta.severity,
        resourceType: meta.resourceType,
        frameworks: meta.frameworks,
        remediation: meta.remediation,
    }));
    return `${JSON.stringify(checks, null, 2)}\n`;
}
/** Section headings of docs/checks.md, one per service. */
const SERVICE_NAMES = {
    efs: 'EFS',
    ec2: 'EC2',
    sg: 'Security groups',
    rds: 'RDS',
    s3: 'S3',
    iam: 'IAM',
};
/**
 * Metadata text as markdown that shows it as written: `code` spans are kept, every other
 * character markdown would act on is escaped, and line breaks become spaces (a table row and a
 * list item are one line each).
 */
function docText(text) {
    const plain = (part) => part
        .replace(/[\\`*[\]<>|~$]/g, '\\$&')
        // An underscore inside a word (AFTER_30_DAYS) never starts emphasis: leave it readable.
        .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_');
    return text
        .replace(/\s*\n\s*/g, ' ')
        .split(/(`[^`]+`)/)
        .map((part, index) => (index % 2 === 1 ? part.replace(/\|/g, '\\|') : plain(part)))
        .join('');
}
/** GitHub's anchor for a heading: lower case, punctuation other than `-` and `_` dropped. */
function anchor(heading) {
    return heading
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-');
}
const plural = (count, noun) => `${count} ${noun}${count === 1 ? '' : 's'}`;
function frameworkList(ids) {
    return ids?.length ? ids.join(', ') : '';
}
function checkSection(meta) {
    const title = docText(meta.title);
    return [
        `### \`${meta.id}\``,
        '',
        /[.!?]$/.test(title) ? title : `${title}.`,
        '',
        `- Service: \`${meta.service}\`; category: ${meta.category}; severity: ${meta.severity}`,
        `- FAIL when: ${docText(meta.failWhen)}`,
        `- Frameworks: ${frameworksText(meta) || 'none'}`,
        `- Remediation: ${docText(meta.remediation.text)}`,
        `- AWS documentation: <${meta.remediation.url}>`,
        '',
    ];
}
/**
 * docs/checks.md: every check of `rules`, grouped by service in catalogue order, from the rules'
 * own metadata. `npm run docs` writes it; a unit test fails when the file is stale.
 */
function renderChecksDoc(rules) {
    const services = [];
    for (const { meta } of rules)
        if (!services.includes(meta.service))
            services.push(meta.service);
    const ofService = (service) => rules.map((rule) => rule.meta).filter((meta) => meta.service === service);
    const lines = [
        '# Checks',
        '',
        "<!-- Generated from the rules' metadata by `npm run docs`: do not edit by hand. -->",
        '',
        'Every check posture-gate runs, grouped by service. A check gives one result per resource it',
        'judges: PASS, FAIL, or UNKNOWN when the data it needs could not be read (the result then names',
        'the failed call and the IAM permission to grant). Frameworks are the AWS Security Hub',
        'Foundational Security Best Practices (FSBP) controls and the CIS AWS Foundations Benchmark',
        'v3.0 recommendations a check maps to. `posture-gate checks` prints the short table of the',
        'README.',
        '',
        ...services.map((service) => `- [${SERVICE_NAMES[service]}](#${anchor(SERVICE_NAMES[service])}): ${plural(ofService(service).length, 'check')}`),
        '',
    ];
    for (const service of services) {
        const metas = ofService(service);
        lines.push(`## ${SERVICE_NAMES[service]}`, '', '| check | title | category | severity | FSBP | CIS |', '|---|---|---|---|---|---|', ...metas.map((meta) => `| [\`${meta.id}\`](#${anchor(meta.id)}) | ${docText(meta.title)} | ${meta.category} | ${meta.severity} | ${cell(frameworkList(meta.frameworks.fsbp))} | ${cell(frameworkList(meta.frameworks.cis))} |`), '', ...metas.flatMap(checkSection));
    }
    return `${lines.join('\n').trimEnd()}\n`;
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown)
/* harmony export */ });
/* unused harmony exports DEFAULT_SUMMARY_BUDGET_BYTES, CHECKS_DOC_URL */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
/* harmony import */ var _aws_permissions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1105);
/* harmony import */ var _model_inventory_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1621);
/* harmony import */ var _model_money_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(5221);
/* harmony import */ var _model_results_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3111);
/* harmony import */ var _triage_gate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4873);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(311);
/* harmony import */ var _catalogue_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2239);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4031);
/* harmony import */ var _notices_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1263);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2011);
/* harmony import */ var _tables_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7140);













/** GitHub drops a step summary over 1 MiB whole; this leaves room for other steps' output. */
const DEFAULT_SUMMARY_BUDGET_BYTES = 900 * 1024;
/** Where each check is documented: docs/checks.md of the release that wrote the report. */
const CHECKS_DOC_URL = `https://github.com/posture-gate/posture-gate/blob/v${_version_js__WEBPACK_IMPORTED_MODULE_10__/* .TOOL_VERSION */ .w}/docs/checks.md`;
const md = (text) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeMarkdown */ .FV)((0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .clip */ .$Q)(text));
const html = (text) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeHtml */ .ZD)((0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .clip */ .$Q)(text));
const bytes = (text) => node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.byteLength(text, 'utf8');
/** Cells are raw text: every one is clipped and escaped here, so none can slip through. */
function table(columns, rows, numeric = []) {
    const line = (cells) => `| ${cells.map(md).join(' | ')} |\n`;
    const rule = `|${columns.map((_, i) => (numeric.includes(i) ? ' --: ' : ' --- ')).join('|')}|\n`;
    return { head: line(columns) + rule, rows: rows.map(line), kept: rows.length };
}
function renderPart(part) {
    if (typeof part === 'string')
        return part;
    const cut = part.rows.length - part.kept;
    const note = cut > 0 && part.note ? part.note(cut) : '';
    if (part.kept === 0)
        return note;
    return part.head + part.rows.slice(0, part.kept).join('') + (note ? `\n${note}` : '');
}
const partBytes = (part) => typeof part === 'string'
    ? bytes(part)
    : part.rows.reduce((n, row) => n + bytes(row), bytes(part.head));
/** Cut to at most `max` bytes, at the last line end when there is one, never inside a character. */
function clampBytes(text, max) {
    const buffer = node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(text, 'utf8');
    if (buffer.length <= max)
        return text;
    if (max <= 0)
        return '';
    const newline = buffer.lastIndexOf(0x0a, max - 1);
    let end = newline >= 0 ? newline + 1 : max;
    while (end > 0 && ((buffer[end] ?? 0) & 0xc0) === 0x80)
        end -= 1;
    return buffer.subarray(0, end).toString('utf8');
}
function verdict(report) {
    const { gate } = report;
    const reportOnly = gate.result === 'passed' && (0,_triage_gate_js__WEBPACK_IMPORTED_MODULE_5__/* .isReportOnly */ .fN)(report.config);
    const label = reportOnly
        ? 'Report only'
        : { passed: 'Passed', failed: 'Failed', error: 'Error' }[gate.result];
    const score = report.scoreEvaluated
        ? `Posture score ${report.score} of 100.`
        : gate.result === 'error' && report.results.length === 0
            ? 'The scan could not run, so nothing was evaluated.'
            : 'Nothing was evaluated: no security, resilience or operations check returned PASS or FAIL, so the score of 100 says nothing.';
    const reasons = gate.reasons.map((reason) => `- ${md(reason)}\n`).join('');
    const only = reportOnly
        ? ' Nothing can fail this gate (fail-on-severity none, no minimum-score): it reports only.'
        : '';
    const warnings = (0,_notices_js__WEBPACK_IMPORTED_MODULE_11__/* .runWarnings */ .N)(report)
        .map((warning) => `> Warning: ${md(warning)}\n>\n`)
        .join('');
    return `**${label}.** ${score}${only}\n${reasons ? `\n${reasons}` : ''}\n${warnings ? `${warnings.slice(0, -2)}\n\n` : ''}`;
}
/** With a baseline: what is new since it, and what it had that is gone. */
function baselineParts(report) {
    if (!report.results.some((r) => r.baseline !== undefined) && report.resolved.length === 0) {
        return [];
    }
    const fresh = report.results.filter((r) => r.baseline === 'new' && !r.suppressed);
    const rows = (list) => list.map((r) => [r.severity, r.checkId, (0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .resourceLabel */ .bP)(r), r.region, r.detail]);
    const columns = ['Severity', 'Check', 'Resource', 'Region', 'Detail'];
    return [
        `### New since the baseline (${(0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatCount */ .B4)(fresh.length)})\n\n`,
        ...(fresh.length > 0 ? [table(columns, rows(fresh)), '\n'] : ['No new findings.\n\n']),
        `### Resolved since the baseline (${(0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatCount */ .B4)(report.resolved.length)})\n\n`,
        ...(report.resolved.length > 0 ? [table(columns, rows(report.resolved)), '\n'] : []),
    ];
}
/** With a suppressions file: what it suppressed, and its expired and unused entries. */
function suppressionParts(report) {
    const outcome = report.suppressions;
    if (!outcome)
        return [];
    const row = (e, state, matched = 0) => [
        `suppressions[${e.index}]`,
        e.check,
        e.resource ?? '(every resource)',
        e.expires,
        state,
        (0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatCount */ .B4)(matched),
        e.reason,
    ];
    const rows = [
        ...outcome.applied.map((e) => row(e, 'applied', e.matched)),
        ...outcome.expired.map((e) => row(e, 'expired')),
        ...outcome.unused.map((e) => row(e, 'unused')),
    ];
    if (rows.length === 0)
        return [];
    return [
        `### Suppressions\n\n`,
        table(['Entry', 'Check', 'Resource', 'Expires', 'State', 'Results', 'Reason'], rows, [5]),
        '\n',
    ];
}
function scopeLine(report, stable = false) {
    const regions = report.regions.length === 1 ? 'Region' : 'Regions';
    return (`${regions} ${md(report.regions.join(', '))}; services ${md(report.services.join(', '))}. ` +
        `${md(report.tool.name)} ${md(report.tool.version)}` +
        (stable ? '.\n\n' : `, finished ${md(report.finishedAt)}.\n\n`));
}
function serviceTable(report) {
    // FAIL counts in SEVERITIES order, then PASS and UNKNOWN.
    const columns = ['Critical', 'High', 'Medium', 'Low', 'Pass', 'Unknown'];
    const counts = new Map();
    for (const r of report.results) {
        if (r.suppressed)
            continue;
        const column = r.status === 'FAIL'
            ? _model_results_js__WEBPACK_IMPORTED_MODULE_4__/* .SEVERITIES */ .oC.indexOf(r.severity)
            : _model_results_js__WEBPACK_IMPORTED_MODULE_4__/* .SEVERITIES */ .oC.length + (r.status === 'PASS' ? 0 : 1);
        const row = counts.get(r.service) ?? columns.map(() => 0);
        row[column] = (row[column] ?? 0) + 1;
        counts.set(r.service, row);
    }
    const services = _model_inventory_js__WEBPACK_IMPORTED_MODULE_3__/* .SERVICES */ .Bg.filter((s) => report.services.includes(s) || counts.has(s));
    const rows = services.map((s) => counts.get(s) ?? columns.map(() => 0));
    const totals = columns.map((_, i) => rows.reduce((n, row) => n + (row[i] ?? 0), 0));
    return table(['Service', ...columns], [
        ...services.map((s, i) => [s, ...(rows[i] ?? []).map(_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatCount */ .B4)]),
        ['Total', ...totals.map(_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatCount */ .B4)],
    ], columns.map((_, i) => i + 1));
}
function savingsRows(report) {
    return report.results
        .filter((r) => r.status === 'FAIL' && !r.suppressed && (r.monthlySavingsUsd ?? 0) > 0)
        .sort((a, b) => (b.monthlySavingsUsd ?? 0) - (a.monthlySavingsUsd ?? 0) || (0,_model_results_js__WEBPACK_IMPORTED_MODULE_4__/* .compareResults */ .ex)(a, b));
}
/** More than one account among the results: a merged report, which needs an account column. */
function multiAccount(report) {
    const account = report.results[0]?.account ?? report.resolved[0]?.account;
    const other = (r) => r.account !== account;
    return report.results.some(other) || report.resolved.some(other);
}
/** A link's target, only when it is an https URL (a report read back may carry anything). */
function safeUrl(url) {
    return /^https:\/\/[^\s]+$/.test(url) ? url : undefined;
}
/** Where a check id links: its section of docs/checks.md, else its remediation page. */
function checkUrl(result) {
    return /^[a-z0-9]+\.[a-z0-9-]+$/.test(result.checkId)
        ? `${CHECKS_DOC_URL}#${(0,_catalogue_js__WEBPACK_IMPORTED_MODULE_6__/* .anchor */ .Y3)(result.checkId)}`
        : safeUrl(result.remediation.url);
}
const plural = (count, noun) => `${(0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatCount */ .B4)(count)} ${noun}${count === 1 ? '' : 's'}`;
/** Unsuppressed FAILs grouped by check, most severe check first, each with its resource table. */
function failedCheckGroups(report, failed, reportPath) {
    const withBaseline = report.results.some((r) => r.baseline !== undefined);
    const withAccount = multiAccount(report);
    const groups = [];
    let current = [];
    const where = reportPath ? `the JSON report ${md(reportPath)}` : 'the JSON report';
    const close = () => {
        const first = current[0];
        if (!first)
            return;
        const resourceTable = table([
            'Resource',
            ...(withAccount ? ['Account'] : []),
            'Region',
            'Detail',
            ...(withBaseline ? ['Baseline'] : []),
        ], current.map((r) => [
            (0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .resourceLabel */ .bP)(r),
            ...(withAccount ? [r.account] : []),
            r.region,
            r.detail,
            ...(withBaseline ? [r.baseline ?? ''] : []),
        ]));
        resourceTable.note = (cut) => `${plural(cut, 'more resource')} not shown here, to keep the summary under its size limit: every one is in ${where}.\n`;
        groups.push({ severity: first.severity, results: current, table: resourceTable });
        current = [];
    };
    for (const r of failed) {
        const first = current[0];
        if (first && (first.checkId !== r.checkId || first.severity !== r.severity))
            close();
        current.push(r);
    }
    close();
    return groups;
}
/**
 * One check's line, a `<summary>` that opens on its resources: severity, check id linked to its
 * documentation, title, how many resources (and how many new), and the remediation link. HTML,
 * so every value is HTML-escaped; the table inside is markdown (blank lines around it).
 */
function checkParts(group) {
    const first = group.results[0];
    const link = (url, text) => url ? `<a href="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeAttribute */ .Gj)(url)}">${text}</a>` : text;
    const fresh = group.results.filter((r) => r.baseline === 'new').length;
    const count = plural(group.results.length, 'resource') + (fresh > 0 ? `, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatCount */ .B4)(fresh)} new` : '');
    const remediationUrl = safeUrl(first.remediation.url);
    const line = `<b>${html(first.severity)}</b> ${link(checkUrl(first), `<code>${html(first.checkId)}</code>`)} ` +
        `${html(first.title)}: ${count}` +
        (remediationUrl ? ` (${link(remediationUrl, 'remediation')})` : '');
    return [
        `<details><summary>${line}</summary>\n\n`,
        `Remediation: ${md(first.remediation.text)}\n\n`,
        group.table,
        '\n</details>\n\n',
    ];
}
/**
 * UNKNOWN results by what would unblock them: the permission to grant for a denied call; for
 * any other failed call, the call and its error; results without a failed call come last.
 */
function unknownGroups(report) {
    const groups = new Map();
    for (const r of report.results) {
        if (r.status !== 'UNKNOWN' || r.suppressed)
            continue;
        const call = r.failedCall;
        // Only a denied call is fixed by granting a permission.
        const denied = call !== undefined && (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .classOf */ .Kl)(call) === 'denied';
        const key = !call ? '~' : denied ? `p:${call.permission}` : `o:${call.operation}|${call.code}`;
        const group = groups.get(key) ?? {
            permission: denied ? call.permission : '',
            operations: new Set(),
            codes: new Set(),
            count: 0,
        };
        if (call) {
            group.operations.add(call.operation);
            group.codes.add((0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .errorLabel */ .Vk)(call));
        }
        group.count += 1;
        groups.set(key, group);
    }
    return [...groups.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, group]) => group);
}
function cutNote(budget, reportPath, failedCut, failedTotal, otherCut, endCut) {
    const kib = Math.floor((budget / 1024) * 10) / 10;
    const cuts = [
        failedCut > 0
            ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatCount */ .B4)(failedCut)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatCount */ .B4)(failedTotal)} failed-check resource rows were cut, least severe first (never a check's line, never a critical).`
            : '',
        otherCut > 0 ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatCount */ .B4)(otherCut)} rows of other tables were cut.` : '',
        endCut ? 'The end of the summary was cut.' : '',
    ];
    const where = reportPath ? `the JSON report ${md(reportPath)}` : 'the JSON report';
    return (`> **This summary was shortened to stay under ${kib} KiB.** ` +
        `${cuts.filter(Boolean).join(' ')} Every result is in ${where}.\n\n`);
}
/**
 * The job summary (and PR comment body) of DESIGN.md, never larger than the budget. Past it,
 * resource rows of failed checks go first, low then medium; then rows of the savings, resource
 * and collection-error tables; then rows of high checks. A check's line and critical rows stay.
 * The note saying so sits under the verdict.
 */
function renderMarkdown(report, options = {}) {
    const budget = options.budgetBytes ?? DEFAULT_SUMMARY_BUDGET_BYTES;
    const head = `## ${md(report.tool.name)}: AWS account ${md(report.account)}\n\n` +
        verdict(report) +
        scopeLine(report, options.stable);
    const body = [
        ...baselineParts(report),
        '### Findings by service\n\n',
        serviceTable(report),
        '\n',
    ];
    const failed = report.results
        .filter((r) => r.status === 'FAIL' && !r.suppressed)
        .sort(_model_results_js__WEBPACK_IMPORTED_MODULE_4__/* .compareResults */ .ex);
    const groups = failedCheckGroups(report, failed, options.reportPath);
    body.push(`### Failed checks (${plural(groups.length, 'check')}, ${plural(failed.length, 'resource')})\n\n`);
    if (groups.length === 0)
        body.push('No failed checks.\n\n');
    for (const group of groups)
        body.push(...checkParts(group));
    const saving = savingsRows(report);
    const withAccount = multiAccount(report);
    const savingsTable = table([
        'Savings a month',
        'Check',
        'Resource',
        ...(withAccount ? ['Account'] : []),
        'Region',
        'Detail',
    ], saving.map((r) => [
        (0,_model_money_js__WEBPACK_IMPORTED_MODULE_12__/* .formatUsd */ .U)(r.monthlySavingsUsd ?? 0),
        r.checkId,
        (0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .resourceLabel */ .bP)(r),
        ...(withAccount ? [r.account] : []),
        r.region,
        r.detail,
    ]), [0]);
    if (saving.length > 0 || report.summary.monthlySavingsUsd > 0) {
        const total = md((0,_model_money_js__WEBPACK_IMPORTED_MODULE_12__/* .formatUsd */ .U)(report.summary.monthlySavingsUsd));
        const rowsSum = (0,_model_money_js__WEBPACK_IMPORTED_MODULE_12__/* .roundUsd */ .t)(saving.reduce((sum, r) => sum + (r.monthlySavingsUsd ?? 0), 0));
        const overlap = rowsSum > report.summary.monthlySavingsUsd
            ? ' A resource that one finding would delete counts once, at its whole bill, so the rows add up to more.'
            : '';
        body.push(`### Cost savings\n\nEstimated savings: **${total} a month**.${overlap}\n\n`);
        if (saving.length > 0)
            body.push(savingsTable, '\n');
    }
    const resources = (0,_tables_js__WEBPACK_IMPORTED_MODULE_9__/* .resourceTables */ .O)(report).map((t) => {
        const rendered = table(t.columns, t.rows);
        body.push(`### ${md(t.title)}\n\n`, rendered, '\n');
        return rendered;
    });
    const unknowns = unknownGroups(report);
    const unknownCount = unknowns.reduce((n, g) => n + g.count, 0);
    const errors = [...report.errors].sort(_model_inventory_js__WEBPACK_IMPORTED_MODULE_3__/* .compareErrors */ .vo);
    const errorsTable = table(['Service', 'Region', 'Operation', 'Error', 'Permission to grant', 'Message'], errors.map((e) => [
        e.service,
        e.region,
        e.operation,
        (0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .errorLabel */ .Vk)(e),
        (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .classOf */ .Kl)(e) === 'denied' ? (0,_aws_permissions_js__WEBPACK_IMPORTED_MODULE_2__/* .permissionFor */ .Tj)(e.operation) : '',
        e.message,
    ]));
    if (unknownCount > 0 || errors.length > 0) {
        const grant = (0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .permissionsToGrant */ ._O)(report);
        const internal = errors.filter((e) => (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .classOf */ .Kl)(e) === 'internal').length;
        body.push('### Could not be assessed\n\n' +
            `UNKNOWN results (the data they need could not be read): ${(0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatCount */ .B4)(unknownCount)}. ` +
            `Failed AWS calls: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatCount */ .B4)(errors.length)}.` +
            (grant.length > 0
                ? ` Grant the scanning role these permissions and run again: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeMarkdown */ .FV)(grant.join(', '))}.`
                : '') +
            (internal > 0
                ? ` ${(0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatCount */ .B4)(internal)} failed with an internal error of posture-gate: please report it at ${_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BUG_REPORT_URL */ .y5} with the JSON report's \`errors\`.`
                : '') +
            '\n\n');
    }
    if (unknownCount > 0) {
        body.push(table(['Permission to grant', 'Results', 'Failed operation', 'Error'], unknowns.map((g) => [
            g.permission ||
                (g.operations.size > 0
                    ? 'none: the call failed, run again'
                    : 'none (data not available)'),
            (0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatCount */ .B4)(g.count),
            [...g.operations].sort().join(', '),
            [...g.codes].sort().join(', '),
        ]), [1]), '\n');
    }
    if (errors.length > 0) {
        body.push(`<details><summary>Collection errors (${(0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatCount */ .B4)(errors.length)})</summary>\n\n`, errorsTable, '\n</details>\n\n');
    }
    body.push(...suppressionParts(report));
    const { summary } = report;
    const apiCalls = Object.values(report.stats.apiCalls).reduce((n, c) => n + c, 0);
    body.push(`Excluded resources: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatCount */ .B4)(summary.excluded)}. ` +
        `Suppressed results: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatCount */ .B4)(summary.suppressed)}. ` +
        `Expired suppressions: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatCount */ .B4)(report.suppressions?.expired.length ?? 0)}. ` +
        (report.results.some((r) => r.baseline !== undefined)
            ? `Resolved since the baseline: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatCount */ .B4)(summary.resolved)}. `
            : '') +
        (options.stable ? '' : `AWS API calls: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatCount */ .B4)(apiCalls)}.`) +
        (options.reportPath ? ` JSON report: ${md(options.reportPath)}.` : '') +
        '\n');
    const ofSeverity = (severity) => groups.filter((g) => g.severity === severity).map((g) => g.table);
    const cuts = [
        { tables: ofSeverity('low'), keep: 0, failedChecks: true },
        { tables: ofSeverity('medium'), keep: 0, failedChecks: true },
        { tables: [savingsTable], keep: 0, failedChecks: false },
        ...[...resources].reverse().map((t) => ({ tables: [t], keep: 0, failedChecks: false })),
        { tables: [errorsTable], keep: 0, failedChecks: false },
        { tables: ofSeverity('high'), keep: 0, failedChecks: true },
    ];
    return fit(head, body, cuts, budget, (failedCut, otherCut, endCut) => cutNote(budget, options.reportPath, failedCut, failed.length, otherCut, endCut));
}
/** The table of `tables` with the most rows still kept above `keep`. */
function largest(tables, keep) {
    let best;
    for (const t of tables)
        if (t.kept > keep && (!best || t.kept > best.kept))
            best = t;
    return best;
}
function fit(head, body, cuts, budget, note) {
    const total = body.reduce((n, part) => n + partBytes(part), bytes(head));
    if (total <= budget)
        return head + body.map(renderPart).join('');
    // Reserve the longest the note can be: its counts only shrink from the totals.
    const failedRows = cuts
        .filter((c) => c.failedChecks)
        .reduce((n, c) => n + c.tables.reduce((m, t) => m + t.rows.length, 0), 0);
    const otherRows = cuts
        .filter((c) => !c.failedChecks)
        .reduce((n, c) => n + c.tables.reduce((m, t) => m + t.rows.length, 0), 0);
    let excess = total + bytes(note(failedRows, otherRows, true)) - budget;
    let failedCut = 0;
    let otherCut = 0;
    for (const cut of cuts) {
        for (let t = largest(cut.tables, cut.keep); excess > 0 && t; t = largest(cut.tables, cut.keep)) {
            // A table's own note appears with its first cut row; reserve its longest form.
            if (t.kept === t.rows.length && t.note)
                excess += bytes(t.note(t.rows.length)) + 1;
            t.kept -= 1;
            excess -= bytes(t.rows[t.kept] ?? '');
            if (t.kept === 0)
                excess -= bytes(t.head) + 1;
            if (cut.failedChecks)
                failedCut += 1;
            else
                otherCut += 1;
        }
    }
    const text = body.map(renderPart).join('');
    const shortNote = note(failedCut, otherCut, false);
    if (bytes(head) + bytes(shortNote) + bytes(text) <= budget)
        return head + shortNote + text;
    // Only fixed text is left to cut (absurd reasons or titles): keep the note, cut the end.
    const endNote = note(failedCut, otherCut, true);
    return clampBytes(endNote + clampBytes(head + text, budget - bytes(endNote)), budget);
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
