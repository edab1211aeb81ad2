export const id = 562;
export const ids = [562,693];
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

/***/ 5562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FORMATS: () => (/* binding */ FORMATS),
  emitReports: () => (/* binding */ emitReports),
  renderReport: () => (/* binding */ renderReport)
});

// EXTERNAL MODULE: ./src/report/console.ts
var console = __webpack_require__(9475);
// EXTERNAL MODULE: ./src/model/inventory.ts
var inventory = __webpack_require__(1621);
// EXTERNAL MODULE: ./src/model/report.ts
var model_report = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/model/results.ts
var model_results = __webpack_require__(3111);
;// CONCATENATED MODULE: ./src/report/json.ts



const REPORT_KEYS = [
    'schemaVersion',
    'tool',
    'startedAt',
    'finishedAt',
    'durationMs',
    'account',
    'regions',
    'services',
    'config',
    'score',
    'scoreEvaluated',
    'gate',
    'summary',
    'checks',
    'resourceTable',
    'results',
    'resolved',
    'errors',
    'resources',
    'suppressions',
    'warnings',
    'stats',
];
/**
 * A written result's own fields: its resource by position in `resourceTable`, its check's fields
 * only where they differ from `checks`.
 */
const RESULT_KEYS = [
    'id',
    'checkId',
    'title',
    'service',
    'category',
    'severity',
    'status',
    'resource',
    'resourceType',
    'detail',
    'evidence',
    'remediation',
    'frameworks',
    'monthlySavingsUsd',
    'failedCall',
    'suppressed',
    'baseline',
];
/**
 * The object's keys in the documented order, any others after them sorted: a report read back
 * from a file or merged from several keeps the same bytes as one built in memory.
 */
function withKeyOrder(value, order) {
    const source = value;
    const known = new Set(order);
    const keys = [
        ...order,
        ...Object.keys(source)
            .filter((k) => !known.has(k))
            .sort(model_results/* compareText */.n6),
    ];
    const out = {};
    for (const key of keys)
        if (source[key] !== undefined)
            out[key] = source[key];
    return out;
}
const sortedKeys = (value) => withKeyOrder(value, Object.keys(value).sort(model_results/* compareText */.n6));
/** Results of one check share their metadata objects, so the reference test settles most. */
const sameValue = (a, b) => a === b || JSON.stringify(a) === JSON.stringify(b);
/**
 * Whether the result carries `entry`'s metadata, every one of `CHECK_FIELDS`, with no copy made.
 * Named, not `result[field]` in a loop: a load by a changing key is slow, and this runs per result.
 */
const carriesEntry = (result, entry) => sameValue(result.title, entry.title) &&
    sameValue(result.service, entry.service) &&
    sameValue(result.category, entry.category) &&
    sameValue(result.severity, entry.severity) &&
    sameValue(result.resourceType, entry.resourceType) &&
    sameValue(result.remediation, entry.remediation) &&
    sameValue(result.frameworks, entry.frameworks);
/**
 * Each check's metadata as most of its results carry it (the first such, in written order, on a
 * tie). Results that differ (a DocumentDB cluster judged by an RDS check has its own resource type
 * and no framework mapping; a merged report of an older version a different title) write the
 * fields that differ, so nothing is lost.
 */
function checkCatalogue(results) {
    const candidates = new Map();
    for (const result of results) {
        let seen = candidates.get(result.checkId);
        if (seen === undefined) {
            seen = [];
            candidates.set(result.checkId, seen);
        }
        // Loops, not find() with a closure: nothing is allocated per result.
        let same;
        for (const candidate of seen) {
            if (carriesEntry(result, candidate.entry)) {
                same = candidate;
                break;
            }
        }
        if (same)
            same.count += 1;
        else
            seen.push({ entry: (0,model_report/* checkEntryOf */.Ws)(result), count: 1 });
    }
    const catalogue = new Map();
    for (const checkId of [...candidates.keys()].sort(model_results/* compareText */.n6)) {
        const [first, ...rest] = candidates.get(checkId) ?? [];
        if (!first)
            continue;
        catalogue.set(checkId, rest.reduce((best, c) => (c.count > best.count ? c : best), first).entry);
    }
    return catalogue;
}
function writtenEntry(entry) {
    const { frameworks, ...rest } = entry;
    const mapped = Object.keys(frameworks).length > 0;
    return withKeyOrder(mapped ? { ...rest, frameworks } : rest, model_report/* CHECK_FIELDS */.nB);
}
/** The result's resource fields, in `RESOURCE_FIELDS` order, those it lacks left out. */
function resourceEntryOf(result) {
    const entry = {};
    for (const field of model_report/* RESOURCE_FIELDS */.Z9)
        if (result[field] !== undefined)
            entry[field] = result[field];
    return entry;
}
/**
 * A resource entry as written: a report of one account names it once, at the top (a merged report
 * in every entry); an IAM principal, identified by its ARN, does not repeat it as `resourceArn`.
 * Fields left undefined are not written.
 */
const writtenResourceEntry = (entry, reportAccount) => ({
    account: entry.account === reportAccount ? undefined : entry.account,
    region: entry.region,
    resourceId: entry.resourceId,
    resourceArn: (0,model_report/* isArnNamed */.Fc)(entry) ? undefined : entry.resourceArn,
    resourceName: entry.resourceName,
});
const compareEntries = (a, b) => (0,model_results/* compareText */.n6)(a.account, b.account) ||
    (0,model_results/* compareText */.n6)(a.region, b.region) ||
    (0,model_results/* compareText */.n6)(a.resourceId, b.resourceId) ||
    (0,model_results/* compareText */.n6)(a.resourceArn ?? '', b.resourceArn ?? '') ||
    (0,model_results/* compareText */.n6)(a.resourceName ?? '', b.resourceName ?? '');
/** A missing field and one set to undefined or null are the same resource's. */
const sameField = (a, b) => (a ?? null) === (b ?? null);
/** Every one of `RESOURCE_FIELDS`, by name as in {@link carriesEntry}. */
const sameResource = (entry, result) => sameField(entry.resourceId, result.resourceId) &&
    sameField(entry.region, result.region) &&
    sameField(entry.account, result.account) &&
    sameField(entry.resourceArn, result.resourceArn) &&
    sameField(entry.resourceName, result.resourceName);
function resourceTable(results) {
    // Looked up by id, then told apart by the other fields (an id in two regions or accounts): no
    // key is built per result.
    const seenById = new Map();
    const entries = [];
    const positions = new Uint32Array(results.length);
    results.forEach((result, i) => {
        let sameId = seenById.get(result.resourceId);
        if (sameId === undefined) {
            sameId = [];
            seenById.set(result.resourceId, sameId);
        }
        let seen;
        for (const at of sameId) {
            if (sameResource(entries[at], result)) {
                seen = at;
                break;
            }
        }
        if (seen === undefined) {
            seen = entries.push(resourceEntryOf(result)) - 1;
            sameId.push(seen);
        }
        positions[i] = seen;
    });
    const order = entries
        .map((_, i) => i)
        .sort((a, b) => compareEntries(entries[a], entries[b]));
    const sortedPosition = new Uint32Array(entries.length);
    order.forEach((seen, position) => (sortedPosition[seen] = position));
    positions.forEach((seen, i) => (positions[i] = sortedPosition[seen]));
    return { entries: order.map((seen) => entries[seen]), positions };
}
const RESULT_ONLY = new Set(model_report/* RESOURCE_FIELDS */.Z9);
/** The fields a result is made of; one read back from a file may have others. */
const KNOWN_RESULT_KEYS = new Set([...RESULT_KEYS, ...model_report/* RESOURCE_FIELDS */.Z9]);
function hasOnlyKnownKeys(result) {
    // for-in, not Object.keys: no array per result. It also sees inherited enumerable keys, which
    // only sends such an odd result the general way.
    for (const key in result)
        if (!KNOWN_RESULT_KEYS.has(key))
            return false;
    return true;
}
/** A check field of the result, or undefined (not written) where it is the catalogue's. */
function ownCheckField(result, entry, field) {
    return entry === undefined || !sameValue(result[field], entry[field]) ? result[field] : undefined;
}
/**
 * A result as written: its own fields in `RESULT_KEYS` order, its resource by position, its check's
 * fields only where they differ from the catalogue. Built in that order at once for a result of
 * known fields (JSON.stringify leaves out the undefined ones); any other goes the general way.
 */
function writtenResult(result, entry, resource) {
    if (!hasOnlyKnownKeys(result))
        return writtenResultOfAnyShape(result, entry, resource);
    return {
        id: result.id,
        checkId: result.checkId,
        title: ownCheckField(result, entry, 'title'),
        service: ownCheckField(result, entry, 'service'),
        category: ownCheckField(result, entry, 'category'),
        severity: ownCheckField(result, entry, 'severity'),
        status: result.status,
        resource,
        resourceType: ownCheckField(result, entry, 'resourceType'),
        detail: result.detail,
        evidence: result.evidence,
        remediation: ownCheckField(result, entry, 'remediation'),
        frameworks: ownCheckField(result, entry, 'frameworks'),
        monthlySavingsUsd: result.monthlySavingsUsd,
        failedCall: result.failedCall,
        suppressed: result.suppressed,
        baseline: result.baseline,
    };
}
/** {@link writtenResult} of a result with other fields (read from a file): those sorted after. */
function writtenResultOfAnyShape(result, entry, resource) {
    const own = {};
    for (const [key, value] of Object.entries(result)) {
        // A member named "__proto__" (JSON.parse keeps one from a file) assigned here would become
        // the prototype, and the fields under it would be read below as the result's own.
        if (RESULT_ONLY.has(key) || key === '__proto__')
            continue;
        const checkField = entry !== undefined && model_report/* CHECK_FIELDS */.nB.includes(key);
        if (!checkField || !sameValue(value, entry[key]))
            own[key] = value;
    }
    // Set last: a field named `resource` read from a version 1 or 2 file must not replace it.
    own.resource = resource;
    return withKeyOrder(own, RESULT_KEYS);
}
// Printed to a workflow log (`--format json`), a line holding `##[` would be a runner command;
// `#` appears only inside strings, where `\u005b` is the same `[` to every JSON reader.
const safe = (json) => json.includes('##[') ? json.replace(/##\[/g, '##\\u005b') : json;
/** A value as a member of the top-level object: 2-space indent, nested one level. */
const member = (key, value) => safe(`  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`);
/**
 * One item per line, unindented: the file stays readable and line-diffable at a fraction of the
 * bytes (four spaces before each of 160,000 results would be 2% of the file).
 */
function* lineList(key, items, written) {
    if (items.length === 0) {
        yield `  ${JSON.stringify(key)}: []`;
        return;
    }
    yield `  ${JSON.stringify(key)}: [\n`;
    for (let i = 0; i < items.length; i += 1) {
        // The line and its end apart: joined, they would be copied once more to be written.
        yield safe(JSON.stringify(written(items[i], i)));
        yield i < items.length - 1 ? ',\n' : '\n';
    }
    yield '  ]';
}
/**
 * The JSON report, schemaVersion 3, in pieces to be written one after the other: the same bytes
 * for the same report, whatever order its parts arrived in.
 */
function* jsonChunks(report) {
    const results = [...report.results].sort(model_results/* compareResults */.ex);
    const resolved = [...report.resolved].sort(model_results/* compareResults */.ex);
    const all = [...results, ...resolved];
    const catalogue = checkCatalogue(all);
    const table = resourceTable(all);
    const written = (offset) => (result, index) => writtenResult(result, catalogue.get(result.checkId), table.positions[offset + index]);
    const ordered = withKeyOrder({
        ...report,
        schemaVersion: model_report/* REPORT_SCHEMA_VERSION */.WI,
        checks: Object.fromEntries([...catalogue].map(([checkId, entry]) => [checkId, writtenEntry(entry)])),
        resourceTable: table.entries,
        errors: [...report.errors].sort(inventory/* compareErrors */.vo),
        // Calls finish in whatever order concurrency gives; the maps are keyed, so sort them.
        stats: withKeyOrder({
            ...report.stats,
            apiCalls: sortedKeys(report.stats.apiCalls),
            durationMsByService: sortedKeys(report.stats.durationMsByService),
        }, ['apiCalls', 'durationMsByService']),
    }, REPORT_KEYS);
    yield '{\n';
    let first = true;
    for (const [key, value] of Object.entries(ordered)) {
        if (!first)
            yield ',\n';
        first = false;
        if (key === 'results')
            yield* lineList(key, results, written(0));
        else if (key === 'resolved')
            yield* lineList(key, resolved, written(results.length));
        else if (key === 'resourceTable') {
            yield* lineList(key, table.entries, (entry) => writtenResourceEntry(entry, report.account));
        }
        else
            yield member(key, value);
    }
    yield '\n}\n';
}
/** The JSON report as one string (`--format json`): the bytes {@link jsonChunks} writes. */
function renderJson(report) {
    return [...jsonChunks(report)].join('');
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __webpack_require__(5468);
// EXTERNAL MODULE: ./src/report/sarif.ts
var report_sarif = __webpack_require__(5881);
// EXTERNAL MODULE: ./src/report/write.ts
var report_write = __webpack_require__(1693);
;// CONCATENATED MODULE: ./src/report/emit.ts






const FORMATS = ['table', 'json', 'markdown', 'sarif'];
/**
 * The report in one of the text formats; `reportPath` is where the summary says the JSON is, and
 * `sarifAnchor` the repository file SARIF results point at.
 */
function renderReport(report, format, reportPath, sarifAnchor = report_sarif.FALLBACK_ANCHOR, consoleOptions = {}) {
    if (format === 'json')
        return renderJson(report);
    if (format === 'sarif')
        return (0,report_sarif.renderSarif)(report, { anchorPath: sarifAnchor });
    if (format === 'markdown')
        return (0,markdown/* renderMarkdown */.Gc)(report, reportPath ? { reportPath } : {});
    return (0,console.renderConsole)(report, consoleOptions);
}
/**
 * Writes every form of one report, the JSON file first, so that a later failure (a summary that
 * cannot be written) never costs the report already on disk.
 */
async function emitReports(report, targets) {
    const reportPath = targets.json?.path;
    if (targets.json)
        await (0,report_write/* writeFileAtomic */.q)(targets.json.file, jsonChunks(report));
    const { sarif } = targets;
    if (sarif) {
        await (0,report_write/* writeFileAtomic */.q)(sarif.file, (0,report_sarif.renderSarif)(report, { anchorPath: sarif.anchorPath }));
    }
    if (reportPath !== undefined) {
        targets.setOutputs?.({
            ...(0,outputs/* actionOutputs */.d)(report, reportPath),
            ...(sarif ? { 'sarif-path': sarif.path } : {}),
        });
    }
    if (targets.text) {
        const { format, write, sarifAnchor, console } = targets.text;
        if (typeof write !== 'function' && format === 'json') {
            await (0,report_write/* writeFileAtomic */.q)(write.file, jsonChunks(report));
        }
        else {
            const text = renderReport(report, format, reportPath, sarifAnchor, console);
            await (typeof write === 'function' ? write(text) : (0,report_write/* writeFileAtomic */.q)(write.file, text));
        }
    }
    if (targets.summary) {
        await targets.summary((0,markdown/* renderMarkdown */.Gc)(report, reportPath ? { reportPath } : {}));
    }
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


/***/ }),

/***/ 1693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ checkWritable),
/* harmony export */   q: () => (/* binding */ writeFileAtomic),
/* harmony export */   writeProblem: () => (/* binding */ writeProblem)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/** The temporary file a write of `path` goes through (a suffix, so the rename stays on one disk). */
const temporaryFile = (path, purpose = 'tmp') => `${path}.${process.pid}.${purpose}`;
/** Pieces are encoded into a buffer of this many bytes, written when full: few system calls. */
const WRITE_BATCH_BYTES = 1 << 16;
/** The most UTF-8 bytes one UTF-16 code unit can take. */
const MAX_UTF8_BYTES_PER_UNIT = 3;
const isHighSurrogate = (unit) => unit >= 0xd800 && unit <= 0xdbff;
/**
 * Writes the pieces one after the other through one reused buffer: no piece is joined to another
 * in a string, so each is garbage once it is encoded. A character split between two pieces (a
 * surrogate pair) is encoded whole.
 */
async function writePieces(handle, pieces) {
    const batch = node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.allocUnsafe(WRITE_BATCH_BYTES);
    let used = 0;
    const flush = async () => {
        if (used > 0)
            await handle.writeFile(batch.subarray(0, used));
        used = 0;
    };
    let highSurrogate = '';
    for (const whole of pieces) {
        let piece = highSurrogate + whole;
        highSurrogate = '';
        if (isHighSurrogate(piece.charCodeAt(piece.length - 1))) {
            highSurrogate = piece.slice(-1);
            piece = piece.slice(0, -1);
        }
        const most = piece.length * MAX_UTF8_BYTES_PER_UNIT;
        if (used + most > batch.length)
            await flush();
        if (most > batch.length)
            await handle.writeFile(piece, 'utf8');
        else
            used += batch.write(piece, used, 'utf8');
    }
    await flush();
    // Ends the content alone: written as a piece on its own would have been.
    if (highSurrogate !== '')
        await handle.writeFile(highSurrogate, 'utf8');
}
/**
 * Writes through a temporary file and a rename, so a reader never sees half a report and a failed
 * write leaves the file that was there (an earlier report) as it was. `content` may be given in
 * pieces (a large report): they are written as they come, never joined into one string.
 */
async function writeFileAtomic(path, content) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const temporary = temporaryFile(path);
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temporary, 'w');
        try {
            await writePieces(handle, typeof content === 'string' ? [content] : content);
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true }).catch(() => undefined);
        throw error;
    }
}
/**
 * Checks, before a run, that {@link writeFileAtomic} will be able to write `path`: its directory is
 * created, a temporary file is created and removed beside it, and `path` is not a directory. An
 * existing file at `path` is never opened. Throws the file system's error (with its `code`).
 */
async function checkWritable(path) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch((error) => {
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
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(probe, 'wx');
    await handle.close();
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(probe, { force: true });
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


/***/ })

};
