export const id = 504;
export const ids = [504];
export const modules = {

/***/ 3504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   profileName: () => (/* binding */ profileName),
/* harmony export */   profileRegion: () => (/* binding */ profileRegion)
/* harmony export */ });
/* harmony import */ var _smithy_core_config__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7291);
/**
 * The region of an AWS CLI profile, read with the SDK's own shared-config loader and its region
 * selector (the `region` key of the profile in ~/.aws/config or AWS_CONFIG_FILE, and of the
 * credentials file), so the CLI picks the region the SDK and the AWS CLI would.
 */

/** The profile the SDK uses: `--profile`, else AWS_PROFILE, else `default`. */
function profileName(profile, env) {
    return profile || env.AWS_PROFILE || 'default';
}
/**
 * The profile's `region`, or undefined when the profile sets none (or the files do not exist).
 * The files are those the SDK reads, named by `env` (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE).
 */
async function profileRegion(profile, env) {
    const provider = (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_0__.loadConfig)({
        // Only the files: the environment variables are read by the config schema.
        environmentVariableSelector: () => undefined,
        configFileSelector: _smithy_core_config__WEBPACK_IMPORTED_MODULE_0__.NODE_REGION_CONFIG_OPTIONS.configFileSelector,
        default: () => undefined,
    }, {
        profile: profileName(profile, env),
        ignoreCache: true,
        ...(env.AWS_CONFIG_FILE ? { configFilepath: env.AWS_CONFIG_FILE } : {}),
        ...(env.AWS_SHARED_CREDENTIALS_FILE ? { filepath: env.AWS_SHARED_CREDENTIALS_FILE } : {}),
    });
    const region = await provider();
    return region?.trim() || undefined;
}


/***/ })

};
