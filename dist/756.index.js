export const id = 756;
export const ids = [756];
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

/***/ 5756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ReportFileError: () => (/* binding */ ReportFileError),
/* harmony export */   readReport: () => (/* binding */ readReport)
/* harmony export */ });
/* unused harmony exports upgradeV1, reportFromJson */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _model_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5235);



/** A file given as a report that cannot be read as one; the message names the file. */
class ReportFileError extends Error {
    name = 'ReportFileError';
}
/** What every reader of a report (merge, baseline) relies on, in every version. */
const COMMON = {
    account: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    regions: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    services: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    config: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({}),
    summary: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ excludedByRegion: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()) }),
};
/**
 * A resource's fields, on each result up to version 2: a result read without them would be
 * written as a resourceTable entry that no reader takes (a baseline's resolved FAILs, a merge).
 */
const RESOURCE = {
    account: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    region: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    resourceId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    resourceArn: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    resourceName: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
};
/** Version 1: every result carries its check's metadata. */
const REPORT_V1 = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    ...COMMON,
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1),
    results: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), ...RESOURCE })),
});
const CHECK_ENTRY = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    service: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    category: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    severity: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    resourceType: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    remediation: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ text: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }),
    frameworks: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({}).optional(),
});
const STORED_RESULT = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), checkId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() });
const V2_RESULT = STORED_RESULT.extend(RESOURCE);
/** Version 2: the check catalogue once, each result naming its check. */
const REPORT_V2 = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    ...COMMON,
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(2),
    checks: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), CHECK_ENTRY),
    results: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(V2_RESULT),
    resolved: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(V2_RESULT).optional(),
});
const RESOURCE_ENTRY = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ ...RESOURCE, account: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() });
// A result's own field over its entry's is of the entry's type: written again, it is the entry.
const TABLED_RESULT = STORED_RESULT.extend({
    ...RESOURCE_ENTRY.partial().shape,
    resource: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().nonnegative(),
});
/** Version 3: also each resource once, each result naming its resource by position. */
const REPORT_V3 = REPORT_V2.extend({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(3),
    resourceTable: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(RESOURCE_ENTRY),
    results: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(TABLED_RESULT),
    resolved: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(TABLED_RESULT).optional(),
});
const REPORT_FILE = zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('schemaVersion', [REPORT_V1, REPORT_V2, REPORT_V3]);
/**
 * A version 1 report as the current version reads in memory: its results already carry their
 * checks' metadata and their resources' fields, so only the version changes.
 */
function upgradeV1(report) {
    return { ...report, schemaVersion: _model_report_js__WEBPACK_IMPORTED_MODULE_2__/* .REPORT_SCHEMA_VERSION */ .WI };
}
/**
 * A version 2 or 3 report in memory: each result gets its check's metadata back (the same objects
 * for every result of a check) and, from version 3, its resource's fields, and keeps whatever of
 * its check the file wrote on the result itself.
 */
function joinTables(report, path) {
    const checks = new Map(Object.entries(report.checks).map(([checkId, entry]) => [
        checkId,
        { ...entry, frameworks: entry.frameworks ?? {} },
    ]));
    // An entry without its account is of the report's account; an id that is an ARN is the ARN.
    // Only its resource fields: anything else a file puts in an entry is not its results'.
    const resources = report.schemaVersion === 3
        ? report.resourceTable.map((entry) => {
            const arn = (0,_model_report_js__WEBPACK_IMPORTED_MODULE_2__/* .arnOfId */ .__)(entry.resourceId);
            return {
                account: report.account,
                ...(arn === undefined ? {} : { resourceArn: arn }),
                ...Object.fromEntries(_model_report_js__WEBPACK_IMPORTED_MODULE_2__/* .RESOURCE_FIELDS */ .Z9.filter((field) => entry[field] !== undefined).map((field) => [
                    field,
                    entry[field],
                ])),
            };
        })
        : [];
    const problem = (where, what) => new ReportFileError(`"${path}" is not a posture-gate JSON report of schemaVersion ${report.schemaVersion} (${where}: ${what}).`);
    const join = (list) => (stored, index) => {
        const entry = checks.get(stored.checkId);
        if (!entry) {
            throw problem(`${list}.${index}.checkId`, `"${stored.checkId}" is not in checks`);
        }
        // Only version 3 has positions: a field of that name in an earlier file is the result's own.
        if (report.schemaVersion !== 3)
            return { ...entry, ...stored };
        const { resource, ...own } = stored;
        const fields = resources[resource];
        if (!fields) {
            throw problem(`${list}.${index}.resource`, `${resource} is past the end of resourceTable (${resources.length} entries)`);
        }
        return { ...entry, ...fields, ...own };
    };
    const { checks: _catalogue, resourceTable: _table, ...rest } = report;
    return {
        ...rest,
        schemaVersion: _model_report_js__WEBPACK_IMPORTED_MODULE_2__/* .REPORT_SCHEMA_VERSION */ .WI,
        results: report.results.map(join('results')),
        resolved: (report.resolved ?? []).map(join('resolved')),
    };
}
/** A parsed report file of any version as it reads in memory; messages name it as `path`. */
function reportFromJson(parsed, path) {
    const checked = REPORT_FILE.safeParse(parsed);
    if (!checked.success) {
        const issue = checked.error.issues[0];
        const where = issue?.path.length ? ` (${issue.path.join('.')}: ${issue.message})` : '';
        throw new ReportFileError(`"${path}" is not a posture-gate JSON report of schemaVersion 1, 2 or 3${where}.`);
    }
    // The file's own objects, not zod's copies: those put the checked keys first, and a report read
    // back must keep its key order to be written again byte for byte.
    const report = parsed;
    return report.schemaVersion === 1 ? upgradeV1(report) : joinTables(report, path);
}
/** The report in `file`, of any version; messages name it as `path`, the path the user gave. */
async function readReport(file, path = file) {
    let parsed;
    try {
        parsed = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch (error) {
        throw new ReportFileError(`Cannot read report "${path}": ${error.message}`);
    }
    return reportFromJson(parsed, path);
}


/***/ })

};
