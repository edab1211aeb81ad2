export const id = 375;
export const ids = [375];
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

/***/ 2307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ globMatch)
/* harmony export */ });
// Wildcards as AWS and posture-gate users write them: `*` any run of characters (slashes and
// colons too, so `arn:aws:s3:::logs-*` matches), `?` one character.
//
// Matched directly, not through a RegExp per pattern: most patterns are met once (each bucket
// and file system policy names its own resource), and compiling each one filled the old heap
// with compiled code at 50,000 resources. The matcher keeps the RegExp's meaning exactly: a
// wildcard matches no line terminator (`.` without the s flag) and case is folded as the i
// flag without u folds it.
const LINE_TERMINATORS = new Set(['\n', '\r', '\u2028', '\u2029']);
/** The i flag's case folding (Canonicalize, non-Unicode): upper case, never into ASCII. */
function canonical(char) {
    const upper = char.toUpperCase();
    if (upper.length !== 1)
        return char;
    if (char.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128)
        return char;
    return upper;
}
function globMatch(pattern, value, ignoreCase = false) {
    const same = (p, v) => p === v || (ignoreCase && canonical(p) === canonical(v));
    let p = 0;
    let v = 0;
    // The last `*` seen and where in the value its run ends: on a mismatch the run grows by one.
    let star = -1;
    let runEnd = 0;
    while (v < value.length) {
        const char = value[v];
        const wanted = pattern[p];
        if (wanted === '*') {
            star = p;
            p += 1;
            runEnd = v;
        }
        else if (wanted !== undefined &&
            (wanted === '?' ? !LINE_TERMINATORS.has(char) : same(wanted, char))) {
            p += 1;
            v += 1;
        }
        else if (star >= 0 && !LINE_TERMINATORS.has(value[runEnd])) {
            p = star + 1;
            runEnd += 1;
            v = runEnd;
        }
        else {
            return false;
        }
    }
    while (pattern[p] === '*')
        p += 1;
    return p === pattern.length;
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


/***/ })

};
