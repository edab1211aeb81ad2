export const id = 643;
export const ids = [643];
export const modules = {

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

/***/ 5881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FALLBACK_ANCHOR: () => (/* binding */ FALLBACK_ANCHOR),
/* harmony export */   FINGERPRINT_KEY: () => (/* binding */ FINGERPRINT_KEY),
/* harmony export */   SARIF_MAX_BYTES: () => (/* binding */ SARIF_MAX_BYTES),
/* harmony export */   SARIF_MAX_RESULTS: () => (/* binding */ SARIF_MAX_RESULTS),
/* harmony export */   buildSarif: () => (/* binding */ buildSarif),
/* harmony export */   renderSarif: () => (/* binding */ renderSarif),
/* harmony export */   sarifAnchor: () => (/* binding */ sarifAnchor),
/* harmony export */   sarifText: () => (/* binding */ sarifText)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5235);
/* harmony import */ var _model_results_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3111);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7036);
/* harmony import */ var _catalogue_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2239);
// SARIF 2.1.0 for GitHub code scanning (DESIGN.md "SARIF"): one run, the checks as rules, one
// result per FAIL. Pure: the report and the repository file to anchor results to go in, the SARIF
// log comes out; where that file comes from (GITHUB_WORKFLOW_REF) is the entry points' business.





/** GitHub code scanning rejects a run of more results than this. */
const SARIF_MAX_RESULTS = 25_000;
/** The file stays under 10 MB (GitHub's upload limit), with room to spare. */
const SARIF_MAX_BYTES = 9_900_000;
/** The `partialFingerprints` key that carries a result's stable id. */
const FINGERPRINT_KEY = 'postureGateResultId/v1';
/** The file results are anchored to when the workflow file is not known. */
const FALLBACK_ANCHOR = 'action.yml';
const SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const LEVELS = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
};
/** GitHub's security-severity scale: critical 9.0 and up, high 7.0 to 8.9, and so on. */
const SECURITY_SEVERITY = {
    critical: '9.0',
    high: '7.0',
    medium: '5.0',
    low: '3.0',
};
/** GitHub shows at most 10 tags of a rule (and rejects more than 20). */
const MAX_TAGS = 10;
/** GitHub cuts rule descriptions at 1,024 characters. */
const MAX_DESCRIPTION = 1024;
/**
 * The workflow file of the run, from `GITHUB_WORKFLOW_REF`
 * (`owner/repo/.github/workflows/posture.yml@refs/heads/main`), or `action.yml` when it is not
 * set or not of that shape.
 */
function sarifAnchor(workflowRef) {
    const match = /^[^/]+\/[^/]+\/(\.github\/workflows\/[^@]+)@/.exec(workflowRef?.trim() ?? '');
    const path = match?.[1];
    if (!path || path.split('/').some((part) => part === '..' || part === ''))
        return FALLBACK_ANCHOR;
    return path;
}
/* eslint-disable no-control-regex -- matching control characters is the point */
/** C0, DEL, C1, line separators and bidi controls: they end a line or reorder what is shown. */
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */
/**
 * AWS-sourced text for a SARIF message. SARIF message text is plain text in which `[` and `]`
 * start embedded links unless escaped with a backslash, and GitHub renders it as markdown: every
 * character either would act on is backslash-escaped (`#` too, which would link an issue), so a
 * resource named `<img src=x>|**bold**` shows as those characters. The message is one line, so
 * markers that act only at the start of a line need nothing.
 */
function sarifText(text) {
    return (text
        .replace(UNSAFE_CHARACTERS, ' ')
        // With `[` and `]` escaped no link can form, so `(`, `)` and `!` stay as they are.
        .replace(/[\\`*_[\]#|~$<>&]/g, '\\$&')
        // A mention notifies people, even after escaping; a word joiner keeps the text as shown.
        .replace(/(^|\W)@(?=\w)/g, '$1@\u2060'));
}
/** Our own text (a reason from the suppressions file) as one plain line. */
const plainLine = (text) => text.replace(UNSAFE_CHARACTERS, ' ');
const cut = (text, max) => text.length <= max ? text : `${text.slice(0, max - 3)}...`;
/** `s3.versioning-off` as `S3VersioningOff`: SARIF's readable rule name. */
function ruleName(checkId) {
    return checkId
        .split(/[.-]/)
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join('');
}
function tags(meta) {
    return [
        meta.category,
        ...(meta.frameworks.fsbp ?? []).map((id) => `FSBP:${id}`),
        ...(meta.frameworks.cis ?? []).map((id) => `CIS:${id}`),
    ].slice(0, MAX_TAGS);
}
function sarifRule(meta) {
    const { text, url } = meta.remediation;
    return {
        id: meta.id,
        name: ruleName(meta.id),
        shortDescription: { text: cut(meta.title, MAX_DESCRIPTION) },
        fullDescription: { text: cut(meta.failWhen || meta.title, MAX_DESCRIPTION) },
        defaultConfiguration: { level: LEVELS[meta.severity] },
        // The help carries the whole FAIL condition, which the description may have had to cut.
        help: {
            text: [
                ...(meta.failWhen ? [`FAIL when: ${meta.failWhen}`] : []),
                `Remediation: ${text}`,
                `AWS documentation: ${url}`,
            ].join('\n\n'),
            markdown: [
                ...(meta.failWhen ? [`**FAIL when:** ${(0,_catalogue_js__WEBPACK_IMPORTED_MODULE_3__/* .docText */ .il)(meta.failWhen)}`] : []),
                `**Remediation:** ${(0,_catalogue_js__WEBPACK_IMPORTED_MODULE_3__/* .docText */ .il)(text)}`,
                `[AWS documentation](${url})`,
            ].join('\n\n'),
        },
        helpUri: url,
        properties: { tags: tags(meta), 'security-severity': SECURITY_SEVERITY[meta.severity] },
    };
}
/** A check's metadata as its results carry it, for a check the catalogue does not know. */
function metaOfResult(result) {
    return { id: result.checkId, ...(0,_model_report_js__WEBPACK_IMPORTED_MODULE_4__/* .checkEntryOf */ .Ws)(result), failWhen: '' };
}
/** One line naming the resource and where it is, then the rule's detail sentence. */
function messageText(result) {
    const id = sarifText(result.resourceId);
    const name = result.resourceName && result.resourceName !== result.resourceId;
    const label = name ? `${sarifText(result.resourceName)} (${id})` : id;
    const region = result.region === 'global' ? '' : `, ${result.region}`;
    return `${result.resourceType} ${label} (account ${sarifText(result.account)}${sarifText(region)}): ${sarifText(result.detail)}`;
}
function sarifResult(result, ruleIndex, anchorPath) {
    return {
        ruleId: result.checkId,
        ruleIndex,
        level: LEVELS[result.severity],
        message: { text: messageText(result) },
        locations: [
            {
                physicalLocation: { artifactLocation: { uri: anchorPath }, region: { startLine: 1 } },
                logicalLocations: [
                    {
                        name: result.resourceId,
                        fullyQualifiedName: result.resourceArn ?? result.resourceId,
                        kind: 'resource',
                    },
                ],
            },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: result.id },
        ...(result.baseline
            ? { baselineState: result.baseline === 'new' ? 'new' : 'unchanged' }
            : {}),
        ...(result.suppressed
            ? {
                suppressions: [
                    {
                        kind: 'external',
                        status: 'accepted',
                        justification: plainLine(result.suppressed.reason),
                    },
                ],
            }
            : {}),
    };
}
/** The FAIL results, unsuppressed first, each part most severe first. */
function failsInOrder(report) {
    const fails = report.results.filter((r) => r.status === 'FAIL');
    const open = fails.filter((r) => !r.suppressed).sort(_model_results_js__WEBPACK_IMPORTED_MODULE_1__/* .compareResults */ .ex);
    const suppressed = fails.filter((r) => r.suppressed).sort(_model_results_js__WEBPACK_IMPORTED_MODULE_1__/* .compareResults */ .ex);
    return [...open, ...suppressed];
}
/** Keeps runs of different accounts and regions apart in code scanning (its "category"). */
function automationId(report) {
    const regions = report.config.regions === 'all' ? 'all' : [...report.regions].sort().join(',');
    return `posture-gate/${report.account}/${regions || 'none'}/`;
}
function byteLength(value) {
    return node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.byteLength(JSON.stringify(value), 'utf8');
}
/**
 * The SARIF log of a report: the checks that have results as rules (catalogue order), and one
 * result per FAIL, anchored to `anchorPath`. Past `maxResults` or `maxBytes` the least severe
 * results are left out, and the run's properties say how many.
 */
function buildSarif(report, options) {
    const maxResults = options.maxResults ?? SARIF_MAX_RESULTS;
    const maxBytes = options.maxBytes ?? SARIF_MAX_BYTES;
    const catalogue = options.checks ?? _rules_index_js__WEBPACK_IMPORTED_MODULE_2__.ALL_RULES.map((rule) => rule.meta);
    const order = new Map(catalogue.map((meta, index) => [meta.id, index]));
    const metaById = new Map(catalogue.map((meta) => [meta.id, meta]));
    const checkIds = [...new Set(report.results.map((r) => r.checkId))].sort((a, b) => (order.get(a) ?? order.size) - (order.get(b) ?? order.size) || (a < b ? -1 : a > b ? 1 : 0));
    const rules = checkIds.map((id) => {
        const meta = metaById.get(id) ?? metaOfResult(report.results.find((r) => r.checkId === id));
        return sarifRule(meta);
    });
    const ruleIndex = new Map(checkIds.map((id, index) => [id, index]));
    const fails = failsInOrder(report);
    const results = fails
        .slice(0, maxResults)
        .map((r) => sarifResult(r, ruleIndex.get(r.checkId) ?? 0, options.anchorPath));
    const log = (kept, leftOut) => {
        const bySeverity = Object.fromEntries(_model_results_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.map((s) => [s, leftOut.filter((r) => r.severity === s).length]));
        const note = `${leftOut.length} of ${fails.length} FAIL results were left out to stay within GitHub code scanning's limits (${maxResults} results, ${maxBytes} bytes), the least severe first; the JSON report has every result.`;
        return {
            $schema: SCHEMA_URI,
            version: '2.1.0',
            runs: [
                {
                    tool: {
                        driver: {
                            name: report.tool.name,
                            version: report.tool.version,
                            ...(/^\d+\.\d+\.\d+/.test(report.tool.version)
                                ? { semanticVersion: report.tool.version }
                                : {}),
                            rules,
                        },
                    },
                    automationDetails: { id: automationId(report) },
                    invocations: [
                        {
                            executionSuccessful: report.gate.result !== 'error',
                            startTimeUtc: report.startedAt,
                            endTimeUtc: report.finishedAt,
                            ...(leftOut.length > 0
                                ? { toolExecutionNotifications: [{ level: 'warning', message: { text: note } }] }
                                : {}),
                        },
                    ],
                    results: kept,
                    properties: {
                        resultsLeftOut: leftOut.length,
                        ...(leftOut.length > 0 ? { resultsLeftOutBySeverity: bySeverity } : {}),
                    },
                },
            ],
        };
    };
    // The size of everything but the results, with the largest left-out figures it can carry.
    const frame = byteLength(log([], fails)) + 1;
    let size = frame;
    let kept = 0;
    for (const result of results) {
        const next = size + byteLength(result) + (kept > 0 ? 1 : 0);
        if (next >= maxBytes)
            break;
        size = next;
        kept += 1;
    }
    return log(results.slice(0, kept), fails.slice(kept));
}
/** The SARIF file's text: compact JSON (the size limit counts), one trailing newline. */
function renderSarif(report, options) {
    return `${JSON.stringify(buildSarif(report, options))}\n`;
}


/***/ })

};
