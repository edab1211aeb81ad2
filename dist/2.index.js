export const id = 2;
export const ids = [2];
export const modules = {

/***/ 1916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = __webpack_unused_export__ = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
__webpack_unused_export__ = closest;


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

/***/ 7375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   closestIds: () => (/* binding */ closestIds),
/* harmony export */   selectRules: () => (/* binding */ selectRules)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1916);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(131);
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

/***/ 7002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PartsEvaluation: () => (/* binding */ PartsEvaluation)
});

// UNUSED EXPORTS: evaluateInventory, evaluateParts

// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
// EXTERNAL MODULE: ./src/model/inventory.ts
var inventory = __webpack_require__(1621);
// EXTERNAL MODULE: ./src/model/results.ts
var model_results = __webpack_require__(3111);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/rules/kit.ts
var kit = __webpack_require__(7163);
;// CONCATENATED MODULE: ./src/rules/engine.ts


/**
 * The SHA-256 digest of a text, in hex. `crypto.hash` digests in one call, without the Hash object
 * `createHash` makes for each (it came with Node 20.12 and 21.7; older Node 20 releases, which
 * the CLI also runs on, take the slower way). Both give the same digest.
 */
const sha256Hex = typeof external_node_crypto_.hash === 'function'
    ? (text) => external_node_crypto_.hash('sha256', text, 'hex')
    : (text) => external_node_crypto_.createHash('sha256').update(text).digest('hex');
/**
 * Stable fingerprint of a result: the same check on the same resource keeps its id across runs.
 * `kind` is given for a resource of another type than the check's own (an RDS cluster judged by a
 * check of DB instances) when its id is not an ARN: the bare identifier alone could name another
 * resource (a cluster and an instance may share one). ARNs are unique and keep ids unchanged.
 */
function resultId(checkId, account, region, resourceId, kind) {
    const fields = `${checkId}\u0000${account}\u0000${region}\u0000${resourceId}`;
    const digest = sha256Hex(kind ? `${fields}\u0000${kind}` : fields);
    // The first 16 characters as a string of their own: a slice of 16 would keep the whole digest
    // alive in memory for every result, while slices this short are copies, and joined into one.
    return [digest.slice(0, 8), digest.slice(8, 16)].join('');
}
function toCheckResult(rule, account, finding, details) {
    const { meta } = rule;
    const result = {
        id: resultId(meta.id, account, finding.region, finding.resourceId, finding.resourceType !== undefined &&
            finding.resourceType !== meta.resourceType &&
            !finding.resourceId.startsWith('arn:')
            ? finding.resourceType
            : undefined),
        checkId: meta.id,
        title: meta.title,
        service: meta.service,
        category: meta.category,
        severity: meta.severity,
        status: finding.status,
        account,
        region: finding.region,
        resourceType: finding.resourceType ?? meta.resourceType,
        resourceId: finding.resourceId,
        detail: details ? interned(details, finding.detail) : finding.detail,
        remediation: meta.remediation,
        frameworks: finding.frameworks ?? meta.frameworks,
    };
    if (finding.resourceArn !== undefined)
        result.resourceArn = finding.resourceArn;
    if (finding.resourceName !== undefined)
        result.resourceName = finding.resourceName;
    if (finding.evidence !== undefined)
        result.evidence = finding.evidence;
    if (finding.monthlySavingsUsd !== undefined)
        result.monthlySavingsUsd = finding.monthlySavingsUsd;
    if (finding.failedCall !== undefined)
        result.failedCall = finding.failedCall;
    return result;
}
/**
 * One string for every copy of the same text: most details repeat (a few hundred distinct
 * sentences for thousands of results), and each copy would be held until the report is written.
 */
function interned(strings, text) {
    const known = strings.get(text);
    if (known !== undefined)
        return known;
    strings.set(text, text);
    return text;
}
/**
 * Turns the findings of one run into its results, all of one account. Details repeat (a few
 * hundred distinct sentences for thousands of results) and every result is held until the report
 * is written: equal texts share one string across the run, whatever part they came from.
 */
class ResultMaker {
    account;
    results = [];
    details = new Map();
    constructor(account) {
        this.account = account;
    }
    /** The rule's findings over the parts the inventory holds; a missing part gives none. */
    judge(rule, inventory, context) {
        for (const finding of rule.evaluate(inventory, context))
            this.add(rule, finding);
    }
    /** The rule's UNKNOWN results where its service has no part. */
    notCollected(rule, header, collected) {
        for (const finding of (0,kit/* notCollectedFindings */.n8)(header, rule.meta.service, collected)) {
            this.add(rule, finding);
        }
    }
    add(rule, finding) {
        this.results.push(toCheckResult(rule, this.account, finding, this.details));
    }
}

// EXTERNAL MODULE: ./src/rules/index.ts + 21 modules
var rules = __webpack_require__(7036);
;// CONCATENATED MODULE: ./src/rules/scope.ts
function isTagged(value) {
    return (typeof value === 'object' &&
        value !== null &&
        typeof value.tags === 'object' &&
        value.tags !== null);
}
/** The tags, or undefined when they could not be read. */
function readTags(field) {
    if (typeof field.ok !== 'boolean')
        return field;
    const read = field;
    return read.ok ? read.value : undefined;
}
/** A listing of resources: a `Fetched` list that was read. */
function isReadListing(value) {
    const read = value;
    return typeof read === 'object' && read !== null && read.ok === true && Array.isArray(read.value);
}
/**
 * A tag's value by its key exactly as written. `exclude-tags` and `environment` are the user's
 * filters and AWS tag keys are case-sensitive (`env` and `Env` are two tags); only the values
 * compare case-insensitively. The production and critical-data conventions of src/rules/tags.ts
 * compare keys case-insensitively instead.
 */
function exactTagValue(tags, key) {
    return Object.hasOwn(tags, key) ? tags[key] : undefined;
}
function matchesExclusion(tags, filters) {
    return filters.some((f) => exactTagValue(tags, f.key)?.toLowerCase() === f.value.toLowerCase());
}
/**
 * Applies `exclude-tags` and `environment` to every tagged resource list of the inventory, so
 * that no rule judges an out-of-scope resource. A resource is any object with a `tags` map held in
 * a listing of a service part; untagged kinds (account settings), and resources whose tags could
 * not be read, are always in scope (the results of the latter say so: see `tagsUnread` in the
 * rule kit). The EFS access points also stay whole as `allAccessPoints`: they are facts about
 * their file system.
 */
function applyScope(inventory, options) {
    const excludedByRegion = {};
    const environment = options.environment?.toLowerCase();
    const keep = (resource, partRegion) => {
        const tags = readTags(resource.tags);
        if (tags === undefined)
            return true;
        const out = matchesExclusion(tags, options.excludeTags) ||
            (environment !== undefined &&
                (exactTagValue(tags, 'Environment') ?? '').toLowerCase() !== environment);
        if (out) {
            const region = resource.region ?? partRegion;
            excludedByRegion[region] = (excludedByRegion[region] ?? 0) + 1;
        }
        return !out;
    };
    const filterPart = (part, region) => {
        if (!part)
            return part;
        const copy = { ...part };
        for (const [key, listing] of Object.entries(copy)) {
            if (isReadListing(listing) && listing.value.some(isTagged)) {
                const value = listing.value.filter((item) => !isTagged(item) || keep(item, region));
                copy[key] = { ok: true, value };
            }
        }
        return copy;
    };
    const regional = {};
    for (const [region, parts] of Object.entries(inventory.regional)) {
        const scoped = Object.fromEntries(Object.entries(parts).map(([service, part]) => [service, filterPart(part, region)]));
        if (parts.efs?.accessPoints.ok && scoped.efs) {
            // efs.root-not-squashed judges a file system by all its access points, in scope or not.
            scoped.efs.allAccessPoints = parts.efs.accessPoints.value;
        }
        regional[region] = scoped;
    }
    const global = Object.fromEntries(Object.entries(inventory.global).map(([service, part]) => [
        service,
        filterPart(part, 'global'),
    ]));
    if (inventory.global.iam?.roles.ok && global.iam) {
        // iam.privilege-escalation: iam:PassRole to an administrator role out of scope is a path.
        global.iam.allRoles = inventory.global.iam.roles.value;
    }
    return { inventory: { ...inventory, regional, global }, excludedByRegion };
}

// EXTERNAL MODULE: ./src/rules/select.ts
var rules_select = __webpack_require__(7375);
// EXTERNAL MODULE: ./src/triage/assemble.ts + 3 modules
var assemble = __webpack_require__(524);
// EXTERNAL MODULE: ./src/rules/efs/common.ts
var common = __webpack_require__(3751);
// EXTERNAL MODULE: ./src/triage/summary.ts
var summary = __webpack_require__(3920);
;// CONCATENATED MODULE: ./src/triage/resources.ts




const TOO_NEW_FOR_USAGE_CHECKS = 'too new for usage checks';
const regionKey = (region, id) => `${region}\u0000${id}`;
/**
 * The report's resource tables (`resources.efs`): rows listed part by part while each part is in
 * memory, and rolled up with the results once every result carries its suppression and baseline
 * marks. Only what a row shows is kept of a part. Rows are by region in the order `regions` lists
 * them, whatever order the parts came in (a live scan judges each as soon as it is collected).
 */
class ResourceTables {
    regions;
    efsListed = false;
    fileSystems = [];
    accessPoints = [];
    /** Access point to its file system: access point findings count toward their file system. */
    owner = new Map();
    constructor(regions) {
        this.regions = regions;
    }
    /** Lists the resources of the inventory's parts, in scope as the rules judged them. */
    list(inventory) {
        for (const { region, part } of (0,kit/* partsOf */.CI)(inventory, 'efs')) {
            this.efsListed = true;
            const fileSystems = part.fileSystems.ok ? part.fileSystems.value : [];
            const accessPoints = part.accessPoints.ok ? part.accessPoints.value : [];
            for (const ap of accessPoints)
                this.owner.set(regionKey(region, ap.id), ap.fileSystemId);
            for (const fs of fileSystems) {
                const stored = (0,common/* readStoredGb */.vA)(fs);
                this.fileSystems.push({
                    region,
                    id: fs.id,
                    name: fs.name ?? null,
                    state: fs.state,
                    sizeGb: stored.ok ? Math.round(stored.value.total * 100) / 100 : null,
                    sizeSource: stored.ok ? stored.value.source : 'unknown',
                    throughputMode: fs.throughputMode,
                    provisionedThroughputMibps: fs.provisionedThroughputMibps ?? null,
                    performanceMode: fs.performanceMode,
                    encrypted: fs.encrypted,
                    storage: fs.availabilityZoneName ? 'one-zone' : 'regional',
                    availabilityZone: fs.availabilityZoneName ?? null,
                });
            }
            const audited = new Set(fileSystems.map((fs) => fs.id));
            for (const ap of accessPoints) {
                if (!audited.has(ap.fileSystemId))
                    continue;
                this.accessPoints.push({
                    region,
                    id: ap.id,
                    name: ap.name ?? null,
                    fileSystemId: ap.fileSystemId,
                    path: ap.rootDirectoryPath,
                    posixUser: ap.posixUser ?? null,
                });
            }
        }
    }
    /** The tables, each file system with its findings rolled up. */
    build(results) {
        if (!this.efsListed)
            return {};
        const byFileSystem = new Map();
        for (const result of results) {
            if (result.service !== 'efs')
                continue;
            const key = regionKey(result.region, result.resourceId);
            const fileSystemId = this.owner.get(key);
            const fsKey = fileSystemId ? regionKey(result.region, fileSystemId) : key;
            const own = byFileSystem.get(fsKey);
            if (own)
                own.push(result);
            else
                byFileSystem.set(fsKey, [result]);
        }
        const fileSystems = this.inRegionOrder(this.fileSystems).map((row) => {
            const own = byFileSystem.get(regionKey(row.region, row.id)) ?? [];
            const failed = own.filter((r) => r.status === 'FAIL' && !r.suppressed);
            const failCounts = Object.fromEntries(model_results/* SEVERITIES */.oC.map((s) => [s, 0]));
            for (const r of failed)
                failCounts[r.severity]++;
            return {
                ...row,
                failCounts,
                findingCategories: [...new Set(failed.map((r) => r.category))].sort(),
                monthlySavingsUsd: (0,summary/* totalSavingsUsd */.w)(failed),
                // Every old-enough file system gets usage results (efs.unused judges them all).
                usageChecks: own.some((r) => (0,kit/* isUsageCheck */.SM)(r)) ? 'evaluated' : TOO_NEW_FOR_USAGE_CHECKS,
            };
        });
        const efs = { fileSystems, accessPoints: this.inRegionOrder(this.accessPoints) };
        return { efs: { ...efs } };
    }
    /** Stable: rows of one region keep the order their part lists them in. */
    inRegionOrder(rows) {
        const rank = (row) => {
            const at = this.regions.indexOf(row.region);
            return at === -1 ? this.regions.length : at;
        };
        return [...rows].sort((a, b) => rank(a) - rank(b));
    }
}

;// CONCATENATED MODULE: ./src/triage/evaluate.ts









/**
 * An inventory judged one part at a time (a service in a region, or an account-wide service):
 * every rule reads only its own service's parts, so a part can be released once its rules have
 * run, and a saved inventory never has to be in memory whole. Only the results, the counts of
 * excluded resources and the rows of the resource tables are kept.
 */
class PartsEvaluation {
    header;
    config;
    /**
     * The services collected, asked for, and read by a selected check: a saved inventory may hold
     * more, and a live scan collects only these.
     */
    services;
    /** Asked for and collected, but read by no selected check: skipped, as a live scan skips them. */
    skipped;
    rulesByService = new Map();
    context;
    scope;
    maker;
    tables;
    judged = new Set();
    excludedByRegion = {};
    constructor(header, config) {
        this.header = header;
        this.config = config;
        const asked = header.services.filter((s) => config.services.includes(s));
        for (const rule of (0,rules_select.selectRules)(rules.ALL_RULES, config.checks, config.skipChecks)) {
            const { service } = rule.meta;
            if (!asked.includes(service))
                continue;
            const rules = this.rulesByService.get(service);
            if (rules)
                rules.push(rule);
            else
                this.rulesByService.set(service, [rule]);
        }
        this.services = asked.filter((s) => this.rulesByService.has(s));
        this.skipped = asked.filter((s) => !this.rulesByService.has(s));
        this.context = { now: new Date(header.collectedAt), minAgeDays: config.minAgeDays };
        this.scope = { excludeTags: config.excludeTags, environment: config.environment };
        this.maker = new ResultMaker(header.account);
        this.tables = new ResourceTables(header.regions);
    }
    /**
     * Scopes and judges one part. A part of a service not asked for, or read by no selected check,
     * is passed over: nothing judges it, so nothing of it is counted or listed.
     */
    add(part) {
        const steps = this.judging(part);
        while (!steps.next().done)
            ;
    }
    /**
     * {@link add}, giving the event loop a turn after each rule: a live scan judges parts while
     * other calls are in flight, and a large part (IAM) would otherwise hold their answers and
     * timers for seconds.
     */
    async addInTurns(part) {
        const steps = this.judging(part);
        while (!steps.next().done)
            await new Promise((resolve) => setImmediate(resolve));
    }
    /** The work of {@link add}, a rule at a time. */
    *judging(part) {
        const rules = this.rulesByService.get(part.service);
        if (!rules)
            return;
        this.judged.add((0,inventory/* partKey */.be)(part.service, part.region));
        const scoped = applyScope((0,inventory/* inventoryOf */.o8)(this.header, [part]), this.scope);
        for (const [region, count] of Object.entries(scoped.excludedByRegion)) {
            this.excludedByRegion[region] = (this.excludedByRegion[region] ?? 0) + count;
        }
        for (const rule of rules) {
            this.maker.judge(rule, scoped.inventory, this.context);
            yield;
        }
        this.tables.list(scoped.inventory);
    }
    /** The report, once every part was added: UNKNOWN where a service has no part. */
    report(options) {
        const collected = (service, region) => this.judged.has((0,inventory/* partKey */.be)(service, region));
        for (const rules of this.rulesByService.values()) {
            for (const rule of rules)
                this.maker.notCollected(rule, this.header, collected);
        }
        return (0,assemble/* assembleReport */.x)({
            startedAt: options.startedAt.toISOString(),
            finishedAt: options.finishedAt ?? new Date(),
            account: this.header.account,
            regions: this.header.regions,
            services: this.services,
            config: (0,schema/* reportConfig */.VA)(this.config),
            results: this.maker.results,
            // By region name: the parts may come in any order.
            excludedByRegion: Object.fromEntries(Object.entries(this.excludedByRegion).sort(([a], [b]) => (0,model_results/* compareText */.n6)(a, b))),
            // The failed calls of what was judged: a skipped service's would ask for permissions
            // no selected check needs.
            errors: this.header.errors.filter((e) => this.services.includes(e.service)),
            resources: (judged) => this.tables.build(judged),
            stats: this.stats(options.stats),
        }, { ...options.triage, now: options.startedAt });
    }
    /** The run's statistics, with the services this evaluation skipped. */
    stats(given) {
        const stats = given ?? { apiCalls: {}, durationMsByService: {} };
        const skipped = [...new Set([...(stats.skippedServices ?? []), ...this.skipped])];
        return skipped.length > 0 ? { ...stats, skippedServices: skipped } : stats;
    }
}
/**
 * Inventory to report: scope, rules, then the report seam. Pure apart from the clock values
 * passed in: the same inventory and config give the same report.
 */
function evaluateInventory(inventory, config, options) {
    const evaluation = new PartsEvaluation(headerOf(inventory), config);
    for (const part of partsOfInventory(inventory))
        evaluation.add(part);
    return evaluation.report(options);
}
/** The report of parts read one at a time (a saved inventory streamed from its file). */
async function evaluateParts(header, parts, config, options) {
    const evaluation = new PartsEvaluation(header, config);
    for await (const part of parts)
        evaluation.add(part);
    return evaluation.report(options);
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
