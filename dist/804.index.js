export const id = 804;
export const ids = [804];
export const modules = {

/***/ 9804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadSuppressions: () => (/* binding */ loadSuppressions)
/* harmony export */ });
/* unused harmony export parseSuppressions */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8816);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(131);
// The suppressions file (DESIGN.md "Suppressions"): read and validated before any AWS call.




const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Date.parse rolls 2027-02-30 over into March: a real day reads back the same. */
function isCalendarDay(value) {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}
const text = (what) => zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP({ error: `must be ${what}` })
    .trim()
    .min(1, { error: `must be ${what}, not empty` });
/** YAML reads an unquoted 2027-03-31 as a date: accept it as the same day. */
const isoDate = zod__WEBPACK_IMPORTED_MODULE_3__/* .preprocess */ .vkY((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP({ error: 'must be an ISO date like 2027-03-31' })
    .regex(ISO_DATE, { error: 'must be an ISO date like 2027-03-31' })
    .refine(isCalendarDay, { error: 'is not a day of the calendar' }));
/** An account id read by YAML as a number loses leading zeros: require the 12 digits as text. */
const accountId = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP({ error: 'must be a 12-digit account id in quotes' })
    .regex(/^\d{12}$/, { error: 'must be a 12-digit account id in quotes' });
const ENTRY = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    check: text('a check id or glob'),
    resource: text('a resource id or ARN, or a glob').optional(),
    account: accountId.optional(),
    region: text('a region code').optional(),
    reason: text('the reason for the exception'),
    expires: isoDate,
    owner: text('who owns the exception').optional(),
}, {
    error: (issue) => issue.code === 'unrecognized_keys'
        ? 'has an unknown field'
        : issue.code === 'invalid_type' && issue.path?.length === 0
            ? 'must be a mapping with check, reason and expires'
            : undefined,
});
const FILE = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1, { error: 'must be 1' }),
    suppressions: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J(), { error: 'must be a list of entries' }),
}, {
    error: (issue) => issue.code === 'unrecognized_keys'
        ? 'has an unknown top-level field'
        : 'must be a mapping with version and suppressions',
});
function fail(path, message) {
    throw new _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('suppressions', `Invalid input "suppressions": "${path}" ${message}.`);
}
/** The entries of a suppressions file's text, or a ConfigError naming the entry and field. */
function parseSuppressions(source, path) {
    let document;
    try {
        document = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(source);
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
        source = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        fail(path, `cannot be read: ${error.message}`);
    }
    return parseSuppressions(source, path);
}


/***/ })

};
