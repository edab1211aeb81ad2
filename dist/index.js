import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 815:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kk: () => (/* binding */ isKnownRegion),
/* harmony export */   Qu: () => (/* binding */ KNOWN_REGIONS),
/* harmony export */   oA: () => (/* binding */ REGION_CODE_PATTERN)
/* harmony export */ });
/* unused harmony exports COMMERCIAL_REGIONS, GOVCLOUD_REGIONS, CHINA_REGIONS, SOVEREIGN_REGIONS */
/**
 * AWS region codes the `region` input accepts, checked against the partition table of the AWS SDK
 * (late 2026). A region launched later must be added here before it can be named.
 */
const COMMERCIAL_REGIONS = [
    'af-south-1',
    'ap-east-1',
    'ap-east-2',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-south-1',
    'ap-south-2',
    'ap-southeast-1',
    'ap-southeast-2',
    'ap-southeast-3',
    'ap-southeast-4',
    'ap-southeast-5',
    'ap-southeast-6',
    'ap-southeast-7',
    'ca-central-1',
    'ca-west-1',
    'eu-central-1',
    'eu-central-2',
    'eu-north-1',
    'eu-south-1',
    'eu-south-2',
    'eu-west-1',
    'eu-west-2',
    'eu-west-3',
    'il-central-1',
    'me-central-1',
    'me-south-1',
    'me-west-1',
    'mx-central-1',
    'sa-east-1',
    'sa-west-1',
    'us-east-1',
    'us-east-2',
    'us-west-1',
    'us-west-2',
];
const GOVCLOUD_REGIONS = ['us-gov-east-1', 'us-gov-west-1'];
const CHINA_REGIONS = ['cn-north-1', 'cn-northwest-1'];
/** The AWS European Sovereign Cloud: its own partition (`aws-eusc`), open to every customer. */
const SOVEREIGN_REGIONS = ['eusc-de-east-1'];
const KNOWN_REGIONS = [
    ...COMMERCIAL_REGIONS,
    ...GOVCLOUD_REGIONS,
    ...CHINA_REGIONS,
    ...SOVEREIGN_REGIONS,
];
const KNOWN_REGION_SET = new Set(KNOWN_REGIONS);
/** The shape of every region code: a geography, one or more words, a number (`us-gov-west-1`). */
const REGION_CODE_PATTERN = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;
function isKnownRegion(code) {
    return KNOWN_REGION_SET.has(code);
}


/***/ }),

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   VA: () => (/* binding */ reportConfig),
/* harmony export */   mc: () => (/* binding */ INPUTS),
/* harmony export */   o4: () => (/* binding */ parseConfig),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony exports Rejection, parseInputs */
/* harmony import */ var _model_inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1621);
/* harmony import */ var _model_results_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3111);
/* harmony import */ var _regions_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(815);



/** A value a parser refused: the offending text (a whole value or one list item) and why. */
class Rejection {
    value;
    problem;
    constructor(value, problem) {
        this.value = value;
        this.problem = problem;
    }
}
function listItems(text) {
    return [
        ...new Set(text
            .split(',')
            .map((item) => item.trim())
            .filter((item) => item !== '')),
    ];
}
function oneOf(allowed) {
    return (text) => {
        const wanted = text.toLowerCase();
        const match = allowed.find((option) => option === wanted);
        return match ?? new Rejection(text, `is not one of ${allowed.join(', ')}`);
    };
}
const parseBoolean = (text) => {
    const parsed = oneOf(['true', 'false'])(text);
    return parsed instanceof Rejection ? parsed : parsed === 'true';
};
function wholeNumber(min, max) {
    const range = max === undefined ? `of ${min} or more` : `from ${min} to ${max}`;
    return (text) => {
        const value = Number(text);
        const inRange = /^\d+$/.test(text) &&
            Number.isSafeInteger(value) &&
            value >= min &&
            (max === undefined || value <= max);
        return inRange ? value : new Rejection(text, `is not a whole number ${range}`);
    };
}
/** A number of minutes, fractions allowed (0.5 is 30 seconds), from `min` to `max`. */
function minutes(min, max) {
    return (text) => {
        const value = Number(text);
        return /^\d+(\.\d+)?$/.test(text) && value >= min && value <= max
            ? value
            : new Rejection(text, `is not a number of minutes from ${min} to ${max}`);
    };
}
const parseScore = (text) => {
    const value = Number(text);
    return /^\d+(\.\d+)?$/.test(text) && value <= 100
        ? value
        : new Rejection(text, 'is not a number from 0 to 100');
};
const REGION_CHOICES = 'give one region, a comma list of regions, or all';
/** Region codes in the order given, or `all` for every enabled region. */
const parseRegions = (text) => {
    const items = listItems(text);
    if (items.length === 0)
        return new Rejection(text, `names no region; ${REGION_CHOICES}`);
    if (items.some((item) => item.toLowerCase() === 'all'))
        return 'all';
    const regions = [];
    for (const item of items) {
        const code = item.toLowerCase();
        if (!_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .REGION_CODE_PATTERN */ .oA.test(code)) {
            return new Rejection(item, `is not a region code like us-east-1; ${REGION_CHOICES}`);
        }
        if (!(0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .isKnownRegion */ .Kk)(code)) {
            return new Rejection(item, `is not a known AWS region (${_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .KNOWN_REGIONS */ .Qu.join(', ')}, or all)`);
        }
        if (!regions.includes(code))
            regions.push(code);
    }
    return regions;
};
/** The region the AWS SDK would pick, so that the action and the CLI audit the expected one. */
function environmentRegion(env) {
    for (const variable of ['AWS_REGION', 'AWS_DEFAULT_REGION']) {
        const value = env[variable]?.trim();
        if (value)
            return { text: value, source: variable };
    }
    return { text: 'us-east-1' };
}
const SERVICE_CHOICES = [..._model_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICES */ .Bg, 'all'];
const parseServices = (text) => {
    const items = listItems(text);
    if (items.length === 0) {
        return new Rejection(text, `names no service; give some of ${SERVICE_CHOICES.join(', ')}`);
    }
    const services = [];
    for (const item of items) {
        const choice = oneOf(SERVICE_CHOICES)(item);
        if (choice instanceof Rejection)
            return choice;
        if (choice === 'all')
            return [..._model_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICES */ .Bg];
        if (!services.includes(choice))
            services.push(choice);
    }
    return services;
};
const parseFailOnSeverity = oneOf([..._model_results_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC, 'none']);
const ROLE_ARN_PATTERN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const parseRoleArn = (text) => {
    if (text === '')
        return undefined;
    return ROLE_ARN_PATTERN.test(text)
        ? text
        : new Rejection(text, 'is not an IAM role ARN like arn:aws:iam::123456789012:role/NAME');
};
const parseSessionName = (text) => /^[\w+=,.@-]{2,64}$/.test(text)
    ? text
    : new Rejection(text, 'is not 2 to 64 characters of letters, digits and _+=,.@-');
function nonEmpty(what) {
    return (text) => (text === '' ? new Rejection(text, `is empty; give ${what}`) : text);
}
const parseOptionalText = (text) => (text === '' ? undefined : text);
/** A token; the default's unexpanded `${{ github.token }}` (outside a runner) is no token. */
const parseToken = (text) => text === '' || /^\$\{\{.*\}\}$/.test(text.trim()) ? undefined : text;
const NO_EXCLUDED_TAGS = 'none';
const parseTagFilters = (text) => {
    if (text.toLowerCase() === NO_EXCLUDED_TAGS)
        return [];
    const items = listItems(text);
    if (items.length === 0) {
        return new Rejection(text, 'names no tag; give a comma list of Key=Value pairs, or none');
    }
    const filters = [];
    for (const item of items) {
        const separator = item.indexOf('=');
        const key = item.slice(0, separator).trim();
        const value = item.slice(separator + 1).trim();
        if (separator < 0 || key === '' || value === '') {
            return new Rejection(item, 'is not a Key=Value pair; give a comma list of Key=Value pairs, or none');
        }
        filters.push({ key, value });
    }
    return filters;
};
const CATEGORY_CHOICES = [..._model_results_js__WEBPACK_IMPORTED_MODULE_1__/* .CATEGORIES */ .R6, 'all'];
const parseCategories = (text) => {
    const items = listItems(text);
    if (items.length === 0) {
        return new Rejection(text, `names no category; give some of ${CATEGORY_CHOICES.join(', ')}`);
    }
    const categories = [];
    for (const item of items) {
        const choice = oneOf(CATEGORY_CHOICES)(item);
        if (choice instanceof Rejection)
            return choice;
        if (choice === 'all')
            return [..._model_results_js__WEBPACK_IMPORTED_MODULE_1__/* .CATEGORIES */ .R6];
        if (!categories.includes(choice))
            categories.push(choice);
    }
    return categories;
};
/** A check id or a glob of ids: lower-case letters, digits, `.`, `-`, `*` and `?`. */
const CHECK_PATTERN = /^[a-z0-9*?]+(\.[a-z0-9*?-]+)?$/;
/**
 * Check ids or globs, as given; undefined for every check. Whether each names a check is decided
 * against the catalogue, which the rules own (src/rules/select.ts).
 */
function checkPatterns(allMeansEvery) {
    return (text) => {
        const items = listItems(text.toLowerCase());
        if (items.length === 0)
            return undefined;
        if (allMeansEvery && items.includes('all'))
            return undefined;
        const bad = items.find((item) => !CHECK_PATTERN.test(item));
        return bad === undefined
            ? items
            : new Rejection(bad, 'is not a check id like s3.versioning-off or a glob like s3.*');
    };
}
/**
 * Every action input and CLI flag: the single source of names, defaults, help text, parsers
 * and `Config` properties. action.yml must list the same inputs with the same defaults and
 * descriptions.
 */
const INPUTS = [
    {
        name: 'region',
        key: 'regions',
        default: '',
        description: 'AWS region to audit: one region (us-east-1), a comma list, or all (every enabled region). Empty: AWS_REGION or AWS_DEFAULT_REGION of the environment, else us-east-1.',
        parse: parseRegions,
        fallback: environmentRegion,
    },
    {
        name: 'services',
        key: 'services',
        default: 'all',
        description: 'Services to audit: a comma list of efs, ec2, sg, rds, s3, iam, or all.',
        parse: parseServices,
    },
    {
        name: 'minimum-score',
        key: 'minimumScore',
        default: '0',
        description: 'Fail when the posture score (0 to 100) is below this.',
        parse: parseScore,
    },
    {
        name: 'fail-on-severity',
        key: 'failOnSeverity',
        default: 'critical',
        description: 'Fail when an unsuppressed FAIL of this severity or higher exists: critical, high, medium, low, or none.',
        parse: parseFailOnSeverity,
    },
    {
        name: 'gate-categories',
        key: 'gateCategories',
        default: 'security,resilience,operations',
        description: 'Categories whose FAILs fail-on-severity counts: a comma list of security, resilience, operations, cost, performance, or all. Cost and performance findings are advisory unless listed.',
        parse: parseCategories,
    },
    {
        name: 'checks',
        key: 'checks',
        default: 'all',
        description: 'Only run these checks: a comma list of check ids or globs (s3.*, efs.*-open-*), or all.',
        parse: checkPatterns(true),
    },
    {
        name: 'skip-checks',
        key: 'skipChecks',
        default: '',
        description: 'Never run these checks: a comma list of check ids or globs, applied after checks.',
        parse: checkPatterns(false),
    },
    {
        name: 'fail-on-new-only',
        key: 'failOnNewOnly',
        default: 'false',
        description: 'With a baseline, only new findings count for fail-on-severity: true or false. The score is unchanged.',
        parse: parseBoolean,
    },
    {
        name: 'fail-on-incomplete',
        key: 'failOnIncomplete',
        default: 'false',
        description: 'Fail when any check could not be assessed (UNKNOWN: missing permissions, API errors): true or false.',
        parse: parseBoolean,
    },
    {
        name: 'role-to-assume',
        key: 'roleToAssume',
        default: '',
        description: 'ARN of an IAM role to assume with GitHub OIDC (the job needs permissions id-token: write). Empty: use the credentials already in the environment.',
        parse: parseRoleArn,
    },
    {
        name: 'audience',
        key: 'audience',
        default: 'sts.amazonaws.com',
        description: 'OIDC audience of the GitHub token exchanged for the role.',
        parse: nonEmpty('the OIDC audience'),
    },
    {
        name: 'role-session-name',
        key: 'roleSessionName',
        default: 'posture-gate',
        description: 'Session name for the assumed role: 2 to 64 characters of letters, digits and _+=,.@-',
        parse: parseSessionName,
    },
    {
        name: 'role-duration-seconds',
        key: 'roleDurationSeconds',
        default: '3600',
        description: 'Length of the assumed-role session in seconds, 900 to 43200.',
        parse: wholeNumber(900, 43200),
    },
    {
        name: 'environment',
        key: 'environment',
        default: '',
        description: 'Only audit resources whose Environment tag (that key exactly) equals this, compared case-insensitively. Empty: every resource.',
        parse: parseOptionalText,
    },
    {
        name: 'exclude-tags',
        key: 'excludeTags',
        default: 'ExcludeFromAnalysis=true,Temporary=true',
        description: 'Leave out resources carrying any of these tags and count them as excluded: a comma list of Key=Value pairs (keys match exactly, as AWS tag keys are case-sensitive; values case-insensitively), or none to exclude nothing.',
        parse: parseTagFilters,
    },
    {
        name: 'min-age-days',
        key: 'minAgeDays',
        default: '30',
        description: 'Usage-based checks (cost, performance) skip resources younger than this many days.',
        parse: wholeNumber(0),
    },
    {
        name: 'suppressions',
        key: 'suppressions',
        default: '',
        description: 'Path to a suppressions YAML file: exceptions with a reason and an expiry date. Empty: none.',
        parse: parseOptionalText,
    },
    {
        name: 'baseline',
        key: 'baseline',
        default: '',
        description: 'Path to an earlier JSON report: findings not in it are new. A path that does not exist is a warning, and every finding is new.',
        parse: parseOptionalText,
    },
    {
        name: 'report-path',
        key: 'reportPath',
        default: 'posture-report.json',
        description: 'Where the JSON report is written.',
        parse: nonEmpty('a file path'),
    },
    {
        name: 'sarif-path',
        key: 'sarifPath',
        default: '',
        description: 'Where a SARIF 2.1.0 file of the FAIL results is written, for GitHub code scanning (upload it with github/codeql-action/upload-sarif). Empty: none.',
        parse: parseOptionalText,
    },
    {
        name: 'summary',
        key: 'summary',
        default: 'true',
        description: 'Write the job summary: true or false.',
        parse: parseBoolean,
    },
    {
        name: 'comment-on-pr',
        key: 'commentOnPr',
        default: 'false',
        description: 'On pull_request and pull_request_target events, create or update one comment on the pull request with the summary: true or false. Needs permissions pull-requests: write.',
        parse: parseBoolean,
    },
    {
        name: 'github-token',
        key: 'githubToken',
        default: '${{ github.token }}',
        description: 'Token for the pull request comment.',
        parse: parseToken,
    },
    {
        name: 'max-attempts',
        key: 'maxAttempts',
        default: '8',
        description: 'AWS SDK attempts per call, 1 to 20 (adaptive retry mode).',
        parse: wholeNumber(1, 20),
    },
    {
        name: 'scan-timeout-minutes',
        key: 'scanTimeoutMinutes',
        default: '60',
        description: 'Deadline for the whole scan, in minutes (0.1 to 1440, fractions allowed): past it, collection stops, what was not collected is UNKNOWN, the report and summary are written, and the result is error.',
        parse: minutes(0.1, 1440),
    },
];
/** Bad input values; `message` is the first line, `lines` has the first problem of every input. */
class ConfigError extends Error {
    input;
    lines;
    name = 'ConfigError';
    constructor(input, message, lines = [message]) {
        super(message);
        this.input = input;
        this.lines = lines;
    }
}
function errorLine(name, rejection, source) {
    const from = source === undefined ? '' : ` (from ${source})`;
    return `Invalid input "${name}": ${JSON.stringify(rejection.value)}${from} ${rejection.problem}.`;
}
/**
 * One input: the raw text, trimmed, with empty meaning "not given" (the runner passes empty
 * strings for unset inputs), parsed into its typed value or rejected with one line.
 */
function parseInput(spec, raw, env, given) {
    if (raw !== undefined && typeof raw !== 'string') {
        return { line: `Invalid input "${spec.name}": expected text.` };
    }
    const fallback = given ?? spec.fallback?.(env) ?? { text: spec.default };
    const trimmed = raw?.trim() ?? '';
    const parsed = spec.parse(trimmed === '' ? fallback.text : trimmed);
    if (parsed instanceof Rejection) {
        return { line: errorLine(spec.name, parsed, trimmed === '' ? fallback.source : undefined) };
    }
    return { value: parsed };
}
/**
 * Raw inputs (kebab-case keys) to the config of any input table; `parseConfig` is this for INPUTS.
 * Unknown keys are ignored: the CLI rejects unknown flags itself. Every parser is the input's own,
 * so no schema library is loaded here: the action validates its inputs before anything else, and
 * zod would add about 20 ms to every start (issue 13).
 */
function parseInputs(table, raw, env, fallbacks = {}) {
    const config = {};
    const errors = [];
    for (const spec of table) {
        const outcome = parseInput(spec, raw[spec.name], env, fallbacks[spec.name]);
        if ('line' in outcome)
            errors.push({ input: spec.name, line: outcome.line });
        // An optional input not given gets no property at all, as `ConfigOf` types it (`key?:`).
        else if (outcome.value !== undefined)
            config[spec.key] = outcome.value;
    }
    // Each value came from its entry's parser, which is what ConfigOf reads.
    return errors.length > 0
        ? { ok: false, errors }
        : { ok: true, config: config };
}
/**
 * Validates raw input values (action inputs or CLI flags, by their kebab-case names) into a
 * `Config`, or throws a `ConfigError` with one line per bad input. `fallbacks` replace an input's
 * own fallback when it is not given (the CLI's region of an AWS profile); the region default
 * reads `env`.
 */
function parseConfig(raw, env = process.env, fallbacks = {}) {
    const outcome = parseInputs(INPUTS, raw, env, fallbacks);
    if (outcome.ok)
        return outcome.config;
    const [first] = outcome.errors;
    throw new ConfigError(first?.input ?? '', first?.line ?? '', outcome.errors.map((error) => error.line));
}
/** The effective configuration as the report records it: no credentials, tags as Key=Value. */
function reportConfig(config) {
    return {
        regions: config.regions === 'all' ? 'all' : [...config.regions],
        services: [...config.services],
        minimumScore: config.minimumScore,
        failOnSeverity: config.failOnSeverity,
        failOnIncomplete: config.failOnIncomplete,
        ...(config.environment === undefined ? {} : { environment: config.environment }),
        excludeTags: config.excludeTags.map((tag) => `${tag.key}=${tag.value}`),
        minAgeDays: config.minAgeDays,
        ...(config.roleToAssume === undefined ? {} : { roleToAssume: config.roleToAssume }),
        gateCategories: [...config.gateCategories],
        failOnNewOnly: config.failOnNewOnly,
        ...(config.checks === undefined ? {} : { checks: [...config.checks] }),
        ...(config.skipChecks === undefined ? {} : { skipChecks: [...config.skipChecks] }),
        ...(config.suppressions === undefined ? {} : { suppressions: config.suppressions }),
        ...(config.baseline === undefined ? {} : { baseline: config.baseline }),
    };
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8874);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8874:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __nccwpck_require__(131);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(4031);
// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __nccwpck_require__(5468);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/workflow-commands.ts
/**
 * The few runner commands the action issues, written exactly as @actions/core 3 writes them.
 *
 * Why not @actions/core itself: issue 13 wants the action at its configuration error and its first
 * AWS call within 100 ms of start, and importing @actions/core loads its OIDC HTTP client
 * (@actions/http-client, undici) and platform helpers (@actions/exec, @actions/io) whatever is
 * called, about 50 ms. The action imports @actions/core only for what needs it (the job summary,
 * getIDToken). test/unit/action/workflow-commands.test.ts runs both on the same input and compares.
 */


function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function issue(command, message, properties = '') {
    process.stdout.write(`::${command}${properties}::${escapeData(message)}${external_node_os_.EOL}`);
}
/** The input's value, trimmed; '' when not given. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
/** To the GITHUB_OUTPUT file, under a random delimiter; without it, a set-output command. */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT || '';
    if (!file) {
        process.stdout.write(external_node_os_.EOL);
        issue('set-output', value, ` name=${escapeProperty(name)}`);
        return;
    }
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    // The Web Crypto global, not node:crypto: the same random UUID without loading that module
    // (about 10 ms) on every start.
    const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
    if (name.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (value.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, {
        encoding: 'utf8',
    });
}
function setSecret(secret) {
    issue('add-mask', secret);
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function notice(message) {
    issue('notice', message);
}
function warning(message) {
    issue('warning', message);
}
function error(message) {
    issue('error', message);
}
function startGroup(name) {
    issue('group', name);
}
function endGroup() {
    issue('endgroup', '');
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}

;// CONCATENATED MODULE: ./src/main.ts





// Only what reading and checking the inputs needs is imported statically: the rules, the report
// renderers and the scan are imported once the inputs are valid, so that a configuration error
// (and the first AWS call) comes without loading them first. The log and the outputs go through
// ./workflow-commands.js; @actions/core is imported only by the job summary and getIDToken.
/**
 * Everything the action writes to the log, escaped for the runner: AWS-sourced text (names, tags,
 * error messages) reaches the log through here only, so no line carries a workflow command.
 */
function escapedLog(keepColor = false) {
    const escape = (text) => (0,report_escape/* escapeLog */.Ah)(text, { keepColor });
    return {
        info: (text) => info(escape(text)),
        notice: (text) => notice(escape(text)),
        warning: (text) => warning(escape(text)),
        error: (text) => error(escape(text)),
        startGroup: (name) => startGroup(escape(name)),
        endGroup: () => endGroup(),
        setFailed: (text) => setFailed(escape(text)),
    };
}
const log = escapedLog();
/** The console report was escaped cell by cell by its renderer; the log keeps its colours. */
const consoleLog = escapedLog(true);
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        setOutput(name, value);
}
function failWithError(message) {
    setOutputs(outputs/* ERROR_OUTPUTS */.Q);
    log.setFailed(message);
}
async function writeJobSummary(markdown) {
    try {
        const { summary } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(421)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6421));
        await summary.addRaw(markdown).write();
    }
    catch (error) {
        log.warning(`Could not write the job summary: ${error.message}`);
    }
}
/** The sticky PR comment; whatever happens here, the gate is unaffected. */
async function commentOnPullRequest(report, config) {
    try {
        const [{ pullRequestEvent, commentClient }, { commentBody, postComment }] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(413), __nccwpck_require__.e(248)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9248)),
            Promise.all(/* import() */[__nccwpck_require__.e(832), __nccwpck_require__.e(475), __nccwpck_require__.e(285), __nccwpck_require__.e(230)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1914)),
        ]);
        const event = pullRequestEvent();
        const token = config.githubToken;
        await postComment(event, commentBody(report, config.reportPath), async () => {
            if (!token)
                throw new Error('github-token is empty');
            return commentClient(token, event.pullRequest ?? 0);
        }, log);
    }
    catch (error) {
        log.warning(`comment-on-pr: could not comment: ${error.message}`);
    }
}
function readConfig() {
    const raw = Object.fromEntries(schema/* INPUTS */.mc.map((input) => [input.name, getInput(input.name)]));
    try {
        return (0,schema/* parseConfig */.o4)(raw);
    }
    catch (error) {
        if (error instanceof schema/* ConfigError */.xL) {
            failWithError(error.message);
            return undefined;
        }
        throw error;
    }
}
/** The live scan, or, when it cannot start or finish, a report with `result: error` saying why. */
async function scanOrErrorReport(config, triage) {
    const startedAt = new Date();
    try {
        const { scanAccount } = await Promise.all(/* import() */[__nccwpck_require__.e(233), __nccwpck_require__.e(102)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3102));
        const { report } = await scanAccount(config, {
            getIDToken: async (audience) => (await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(421)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6421))).getIDToken(audience),
            setSecret: setSecret,
            log: log.info,
        }, triage);
        return report;
    }
    catch (error) {
        const message = `posture-gate could not run the scan: ${error.message}`;
        const { errorReport } = await Promise.all(/* import() */[__nccwpck_require__.e(655), __nccwpck_require__.e(509)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5509));
        return errorReport({ config, message, startedAt });
    }
}
/** The action: inputs, scan, JSON report, outputs, job summary, gate. */
async function run() {
    try {
        const config = readConfig();
        if (!config)
            return;
        if (config.githubToken)
            setSecret(config.githubToken);
        const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
        // The files the run writes, checked before any AWS call and named if a write fails later.
        const outputs = [
            { input: 'report-path', path: config.reportPath },
            ...(config.sarifPath === undefined ? [] : [{ input: 'sarif-path', path: config.sarifPath }]),
        ];
        const { prepareRun } = await __nccwpck_require__.e(/* import() */ 896).then(__nccwpck_require__.bind(__nccwpck_require__, 6896));
        let triage;
        try {
            triage = await prepareRun(config, (path) => (0,external_node_path_.resolve)(workspace, path), outputs);
        }
        catch (error) {
            if (!(error instanceof schema/* ConfigError */.xL))
                throw error;
            failWithError(error.message);
            return;
        }
        const report = await scanOrErrorReport(config, triage);
        const [{ logConsoleReport, logOutcome }, { colorWanted }, { emitReports }, { sarifAnchor }] = await Promise.all([
            __nccwpck_require__.e(/* import() */ 261).then(__nccwpck_require__.bind(__nccwpck_require__, 1261)),
            Promise.all(/* import() */[__nccwpck_require__.e(832), __nccwpck_require__.e(475), __nccwpck_require__.e(325)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9475)),
            Promise.all(/* import() */[__nccwpck_require__.e(832), __nccwpck_require__.e(655), __nccwpck_require__.e(475), __nccwpck_require__.e(285), __nccwpck_require__.e(562)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5562)),
            Promise.all(/* import() */[__nccwpck_require__.e(832), __nccwpck_require__.e(655), __nccwpck_require__.e(475), __nccwpck_require__.e(643)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5881)),
        ]);
        try {
            await emitReports(report, {
                json: { path: config.reportPath, file: (0,external_node_path_.resolve)(workspace, config.reportPath) },
                ...(config.sarifPath === undefined
                    ? {}
                    : {
                        sarif: {
                            path: config.sarifPath,
                            file: (0,external_node_path_.resolve)(workspace, config.sarifPath),
                            anchorPath: sarifAnchor(process.env.GITHUB_WORKFLOW_REF),
                        },
                    }),
                setOutputs,
                text: {
                    format: 'table',
                    write: (text) => logConsoleReport(text, consoleLog),
                    // The action log is no TTY: color only when FORCE_COLOR asks for it.
                    console: { color: colorWanted(process.env, false) },
                },
                ...(config.summary ? { summary: writeJobSummary } : {}),
            });
        }
        catch (error) {
            // Checked before the scan, an output can still fail later (a full disk, a directory removed
            // meanwhile): that is the output's problem, not the scan's; the message names its input.
            const failed = error.path;
            const output = outputs.find(({ path }) => {
                const file = (0,external_node_path_.resolve)(workspace, path);
                return failed !== undefined && (failed.startsWith(file) || file.startsWith(failed));
            });
            if (output === undefined)
                throw error;
            const { writeProblem } = await __nccwpck_require__.e(/* import() */ 693).then(__nccwpck_require__.bind(__nccwpck_require__, 1693));
            failWithError(`posture-gate could not write its output: input "${output.input}" ("${output.path}") cannot be written: ${writeProblem(error)}.`);
            return;
        }
        if (config.commentOnPr)
            await commentOnPullRequest(report, config);
        logOutcome(report, log, config.reportPath);
    }
    catch (error) {
        failWithError(`posture-gate could not run the scan: ${error.message}`);
    }
}


/***/ }),

/***/ 1621:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ SERVICES),
/* harmony export */   Gi: () => (/* binding */ INVENTORY_SCHEMA_VERSION),
/* harmony export */   KW: () => (/* binding */ inventoryInOrder),
/* harmony export */   KX: () => (/* binding */ mapFetched),
/* harmony export */   RD: () => (/* binding */ isAccountWide),
/* harmony export */   be: () => (/* binding */ partKey),
/* harmony export */   ju: () => (/* binding */ GLOBAL_REGION),
/* harmony export */   o8: () => (/* binding */ inventoryOf),
/* harmony export */   vo: () => (/* binding */ compareErrors)
/* harmony export */ });
/* unused harmony exports ERROR_CLASSES, ACCOUNT_WIDE_SERVICES, headerOf, partsOfInventory */
/* harmony import */ var _results_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3111);

const SERVICES = ['efs', 'ec2', 'sg', 'rds', 's3', 'iam'];
/**
 * What kind of failure a failed call was, for the person deciding what to do about it: only
 * `denied` is fixed by granting a permission; `internal` is a defect of posture-gate itself.
 * `service` is any other error AWS answered with. Absent in inventories and reports written
 * before classes existed: read the class from the code then (`classOf` in src/aws/errors.ts).
 */
const ERROR_CLASSES = (/* unused pure expression or super */ null && ([
    'denied',
    'throttled',
    'not-found',
    'timeout',
    'network',
    'malformed',
    'service',
    'internal',
]));
/** A read's value transformed, or its failure passed on unchanged. */
function mapFetched(read, fn) {
    return read.ok ? { ok: true, value: fn(read.value) } : read;
}
/**
 * The shape version of a saved inventory. A new shape gets the next number and a migration from
 * the one before (src/collect/migrations.ts), so files saved by every earlier version still load.
 * Version 4 is the file written part by part (src/collect/inventory-file.ts), which a reader can
 * evaluate one part at a time; in memory the inventory keeps its `global` and `regional` maps.
 */
const INVENTORY_SCHEMA_VERSION = 4;
/** Account-wide services: one part each, under the region `global`. */
const ACCOUNT_WIDE_SERVICES = ['s3', 'iam'];
/** The region account-wide parts and their results are filed under. */
const GLOBAL_REGION = 'global';
/** One key per part: a service in a region (account-wide services under `global`). */
const partKey = (service, region) => `${service}\u0000${region}`;
function isAccountWide(service) {
    return ACCOUNT_WIDE_SERVICES.includes(service);
}
/** The inventory's header: every field but its parts. */
function headerOf(inventory) {
    const { schemaVersion, account, collectedAt, regions, services, errors } = inventory;
    return { schemaVersion, account, collectedAt, regions, services, errors };
}
/**
 * The inventory's parts, account-wide ones first, then each region's in the order the inventory
 * holds them (the order of the report's resource tables).
 */
function* partsOfInventory(inventory) {
    for (const service of ACCOUNT_WIDE_SERVICES) {
        const part = inventory.global[service];
        if (part)
            yield { region: GLOBAL_REGION, service, part };
    }
    for (const [region, parts] of Object.entries(inventory.regional)) {
        for (const [service, part] of Object.entries(parts)) {
            if (part)
                yield { region, service, part };
        }
    }
}
/** An inventory that holds the given parts only, under the header's account, regions and errors. */
function inventoryOf(header, parts) {
    const inventory = { ...header, global: {}, regional: {} };
    for (const { region, service, part } of parts) {
        if (isAccountWide(service)) {
            inventory.global[service] = part;
        }
        else {
            // Own keys only: a region named as an Object.prototype key must not reach the prototype.
            if (!Object.hasOwn(inventory.regional, region)) {
                Object.defineProperty(inventory.regional, region, {
                    value: {},
                    enumerable: true,
                    writable: true,
                    configurable: true,
                });
            }
            inventory.regional[region][service] = part;
        }
    }
    return inventory;
}
/** The order failed calls are written in: by service, region, operation, message and code. */
function compareErrors(a, b) {
    return ((0,_results_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.service, b.service) ||
        (0,_results_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.region, b.region) ||
        (0,_results_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.operation, b.operation) ||
        (0,_results_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.message, b.message) ||
        (0,_results_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.code, b.code));
}
/**
 * The inventory of parts collected in any order (a live scan's, to be saved): parts account-wide
 * first, then by region as the header lists them, then by service; failed calls sorted. The file
 * then does not depend on which call ended first.
 */
function inventoryInOrder(header, parts) {
    const rank = (part) => isAccountWide(part.service) ? -1 : header.regions.indexOf(part.region);
    const ordered = [...parts].sort((a, b) => rank(a) - rank(b) || SERVICES.indexOf(a.service) - SERVICES.indexOf(b.service));
    return inventoryOf({ ...header, errors: [...header.errors].sort(compareErrors) }, ordered);
}


/***/ }),

/***/ 3111:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R6: () => (/* binding */ CATEGORIES),
/* harmony export */   ex: () => (/* binding */ compareResults),
/* harmony export */   n6: () => (/* binding */ compareText),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   oZ: () => (/* binding */ SEVERITY_WEIGHTS),
/* harmony export */   y: () => (/* binding */ SCORED_CATEGORIES)
/* harmony export */ });
const SEVERITIES = ['critical', 'high', 'medium', 'low'];
/** Score weight of each severity (DESIGN.md "Results, score, gate"). */
const SEVERITY_WEIGHTS = {
    critical: 10,
    high: 5,
    medium: 2,
    low: 1,
};
const CATEGORIES = ['security', 'resilience', 'operations', 'cost', 'performance'];
/** Categories whose results count toward the posture score. */
const SCORED_CATEGORIES = ['security', 'resilience', 'operations'];
const STATUS_ORDER = { FAIL: 0, UNKNOWN: 1, PASS: 2 };
/** Code-unit order, not localeCompare: output must not depend on the machine's locale. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * The order of results everywhere: most severe first, then check, region, resource and status.
 * Account and id break the remaining ties of merged multi-account reports, so the order is total.
 */
function compareResults(a, b) {
    return (SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
        compareText(a.checkId, b.checkId) ||
        compareText(a.region, b.region) ||
        compareText(a.resourceId, b.resourceId) ||
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        compareText(a.account, b.account) ||
        compareText(a.id, b.id));
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ah: () => (/* binding */ escapeLog),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Gj: () => (/* binding */ escapeAttribute),
/* harmony export */   R7: () => (/* binding */ escapeConsole),
/* harmony export */   ZD: () => (/* binding */ escapeHtml)
/* harmony export */ });
/**
 * Escaping of AWS-sourced text (names, tags, ids, messages) for the places reports put it. AWS lets
 * account users write almost any character into a name, so every value is treated as hostile.
 */
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/**
 * C0, DEL, C1 and line separators end a table row or move a terminal's cursor; bidi overrides
 * reorder what a reader sees.
 */
const UNSAFE_CHARACTERS = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// `$` starts GitHub math; `|` splits a table cell even inside other inline spans.
const MARKDOWN_PUNCTUATION = /[\\`*_[\]()#+!|~{}$]/g;
/**
 * What any step of {@link escapeMarkdown} changes: most cells (ids, regions, plain details) have
 * none of it and are returned as they are, without a pass of each step.
 */
const MARKDOWN_TO_ESCAPE = new RegExp(`${UNSAFE_CHARACTERS.source}|${MARKDOWN_PUNCTUATION.source}|[&<>"'@]|^\\s*(?:-|\\d+\\.)`);
/**
 * Text for a markdown table cell or inline text, safe in GitHub's renderer: shows the literal
 * characters, never becomes HTML, a link, a list or a new row.
 */
function escapeMarkdown(text) {
    if (!MARKDOWN_TO_ESCAPE.test(text))
        return text;
    return (text
        .replace(UNSAFE_CHARACTERS, ' ')
        .replace(MARKDOWN_PUNCTUATION, '\\$&')
        // A leading list marker would start a list where the text begins a line.
        .replace(/^(\s*)-/, '$1\\-')
        .replace(/^(\s*\d+)\./, '$1\\.')
        // Entities last: the markdown pass must not see the `#` and `;` they add.
        .replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c)
        // GitHub turns `@name` into a mention that notifies people, even after escaping; a word
        // joiner keeps the text as shown and stops the mention. `user@example.com` is never one.
        .replace(/(^|\W)@(?=\w)/g, '$1@\u2060'));
}
/** Markdown punctuation as numeric entities: inert in HTML and in markdown alike. */
const HTML_AND_MARKDOWN = /[&<>"'\\`*_[\]()#+!|~{}$]/g;
/**
 * Text for HTML content or a quoted attribute (a `<summary>`, a link's `href`): every HTML
 * metacharacter as an entity, markdown punctuation as a numeric entity (GitHub may still treat
 * the text as markdown), controls as spaces, and no `@mention`.
 */
function escapeHtml(text) {
    return text
        .replace(UNSAFE_CHARACTERS, ' ')
        .replace(HTML_AND_MARKDOWN, (c) => HTML_ENTITIES[c] ?? `&#${c.charCodeAt(0)};`)
        .replace(/(^|\W)@(?=\w)/g, '$1@\u2060');
}
/** A quoted HTML attribute value (a link's `href`): the HTML metacharacters as entities. */
function escapeAttribute(text) {
    return text.replace(UNSAFE_CHARACTERS, '').replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}
/**
 * ANSI sequences: CSI (7-bit or 8-bit) with its parameters, terminated OSC/DCS/APC/PM/SOS
 * strings, and other ESC sequences (whose final byte is not a string or CSI introducer). An
 * unterminated string is left for the control pass so the text after it stays visible.
 */
const ANSI_SEQUENCE = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d-\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)|\u001b[ -/]*[0-OQ-WYZ\\`-~]/g;
/**
 * Invisible format characters (Unicode category Cf: soft hyphen, zero-width spaces and joiners,
 * bidi marks, the byte-order mark, tag characters) and the other default-ignorable code points.
 * A terminal shows nothing for them, and a culture-aware comparison skips them, so `#\u00ad#[`
 * could read as `##[`; shown escaped, they can neither hide text nor split a command marker.
 */
const INVISIBLE_CHARACTERS = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
/**
 * What the Actions runner reads as a workflow command in a line a step writes (actions/runner,
 * src/Runner.Common/ActionCommand.cs): `##[` anywhere in the line; `::` at its start, once
 * leading whitespace is trimmed, when another `::` follows (a lone `::/0` is never a command);
 * and, inside a command, the `%` encodings it decodes (`%25`, `%0D`, `%0A` in data, `%3A` and
 * `%2C` in properties, `%3B` and `%5D` in `##[` commands), matched here in either case.
 */
const COMMAND_MARKER = /##\[|^(\s*):(?=:[\s\S]*::)|%(?=25|0d|0a|3a|2c|3b|5d)/giu;
/** Shows a character as `\xNN`, `\uNNNN` or `\u{NNNNN}`: visible, and never one the runner reads. */
function shown(character) {
    const code = character.codePointAt(0) ?? 0;
    if (code > 0xffff)
        return `\\u{${code.toString(16)}}`;
    return code > 0xff
        ? `\\u${code.toString(16).padStart(4, '0')}`
        : `\\x${code.toString(16).padStart(2, '0')}`;
}
/**
 * One line of text for a terminal and for the Actions log, the one escaping every log line with
 * AWS-sourced text goes through: ANSI sequences removed; control, line-breaking, bidi and
 * invisible characters shown as `\xNN` or `\uNNNN`, so a name cannot move the cursor, recolor
 * the terminal, reorder or hide text, or start a new line; and the runner's command markers
 * shown with one character escaped (`##[` as `##\x5b`, a leading `::` as `\x3a:`, `%0A` as
 * `\x250A`), so no line can carry a workflow command (an annotation, `add-mask`,
 * `stop-commands`) whatever a resource is named. The text is taken to start a line, the
 * strictest place. The result has no line break, and a second pass leaves it unchanged.
 */
function escapeConsole(text) {
    return text
        .replace(ANSI_SEQUENCE, '')
        .replace(UNSAFE_CHARACTERS, shown)
        .replace(INVISIBLE_CHARACTERS, shown)
        .replace(COMMAND_MARKER, (marker, indent) => marker === '##[' ? '##\\x5b' : marker === '%' ? '\\x25' : `${indent ?? ''}\\x3a`);
}
/** A colour (SGR) sequence, the only ANSI sequence a line may keep. */
// eslint-disable-next-line no-control-regex -- matching the escape character is the point
const COLOR_SEQUENCE = /(\u001b\[[0-9;]*m)/;
/**
 * Text of several lines for the Actions log (a rendered table, a message that may hold a line
 * break): each line escaped with {@link escapeConsole}, the line breaks kept. With `keepColor`,
 * for text posture-gate coloured itself (the console report, whose cells are already escaped),
 * the colour sequences stay and the text between them is escaped.
 */
function escapeLog(text, options = {}) {
    const escapeLine = (line) => options.keepColor
        ? line
            .split(COLOR_SEQUENCE)
            .map((part, i) => (i % 2 === 1 ? part : escapeConsole(part)))
            .join('')
        : escapeConsole(line);
    return text
        .split(/\r\n|\r|\n/)
        .map(escapeLine)
        .join('\n');
}


/***/ }),

/***/ 5468:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ ERROR_OUTPUTS),
/* harmony export */   d: () => (/* binding */ actionOutputs)
/* harmony export */ });
/** The action's outputs (DESIGN.md), as the strings `core.setOutput` writes. */
function actionOutputs(report, reportPath) {
    const { summary } = report;
    return {
        score: report.score.toFixed(1),
        passed: String(report.gate.passed),
        result: report.gate.result,
        'critical-count': String(summary.bySeverity.critical),
        'high-count': String(summary.bySeverity.high),
        'medium-count': String(summary.bySeverity.medium),
        'low-count': String(summary.bySeverity.low),
        'findings-count': String(summary.fail),
        'new-findings-count': String(summary.new),
        'unknown-count': String(summary.unknown),
        'monthly-savings-usd': summary.monthlySavingsUsd.toFixed(2),
        'report-path': reportPath,
    };
}
/** Outputs of a run that could not produce a report (bad input, no credentials). */
const ERROR_OUTPUTS = { passed: 'false', result: 'error' };


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
