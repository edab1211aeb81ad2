export const id = 896;
export const ids = [896,693];
export const modules = {

/***/ 6896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prepareRun: () => (/* binding */ prepareRun)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(131);
/* harmony import */ var _report_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1693);
// What a run reads and checks before any AWS call: the check selection, the files it will write
// (the JSON report), the suppressions file and the baseline report. A problem with any of them is
// a configuration error naming the input. What only some runs need (the rules, to check a check
// selection; the suppressions and baseline readers) is imported when needed: the first AWS call of
// a run with none of them waits for none of that code (issue 13).



async function exists(path) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(path);
        return true;
    }
    catch {
        return false;
    }
}
async function readSuppressions(file, path) {
    const { loadSuppressions } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(815), __webpack_require__.e(804)]).then(__webpack_require__.bind(__webpack_require__, 9804));
    return loadSuppressions(file, path);
}
/** The baseline report; a path that does not exist is allowed (a first run) and warned about. */
async function loadBaseline(file, path) {
    if (!(await exists(file)))
        return { path };
    const { readReport, ReportFileError } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(756)]).then(__webpack_require__.bind(__webpack_require__, 5756));
    try {
        return { path, report: await readReport(file, path) };
    }
    catch (error) {
        if (error instanceof ReportFileError) {
            throw new _config_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL('baseline', `Invalid input "baseline": ${error.message}`);
        }
        throw error;
    }
}
/** Creates the directories of each output and checks it can be written, before any scan. */
async function checkOutputs(outputs, resolvePath) {
    for (const { input, path } of outputs) {
        try {
            await (0,_report_write_js__WEBPACK_IMPORTED_MODULE_2__/* .checkWritable */ .Z)(resolvePath(path));
        }
        catch (error) {
            throw new _config_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(input, `Invalid input "${input}": "${path}" cannot be written: ${(0,_report_write_js__WEBPACK_IMPORTED_MODULE_2__.writeProblem)(error)}.`);
        }
    }
}
/**
 * Checks the selection and the files the run will write, and reads the files the config names.
 * `resolvePath` maps a path as given to the file (the action resolves against the workspace).
 */
async function prepareRun(config, resolvePath = (path) => path, outputs = []) {
    if (config.checks?.length || config.skipChecks?.length) {
        const [{ ALL_RULES }, { selectRules }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(655), __webpack_require__.e(378)]).then(__webpack_require__.bind(__webpack_require__, 7036)),
            __webpack_require__.e(/* import() */ 375).then(__webpack_require__.bind(__webpack_require__, 7375)),
        ]);
        selectRules(ALL_RULES, config.checks, config.skipChecks);
    }
    await checkOutputs(outputs, resolvePath);
    const { suppressions: suppressionsPath, baseline: baselinePath } = config;
    const suppressions = suppressionsPath === undefined
        ? undefined
        : await readSuppressions(resolvePath(suppressionsPath), suppressionsPath);
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
