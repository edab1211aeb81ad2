export const id = 248;
export const ids = [248];
export const modules = {

/***/ 9248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commentClient: () => (/* binding */ commentClient),
/* harmony export */   pullRequestEvent: () => (/* binding */ pullRequestEvent)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/**
 * The GitHub side of the pull request comment: the event that triggered the run and a
 * CommentClient on @actions/github. Loaded only when `comment-on-pr` is on.
 */

/** Whole-conversation deadline: a GitHub API that never answers must not hold the job. */
const GITHUB_TIMEOUT_MS = 60_000;
/** The login a GITHUB_TOKEN acts as: its installation token cannot read GET /user. */
const ACTIONS_BOT = 'github-actions[bot]';
function pullRequestEvent() {
    const { eventName, payload } = _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._;
    const number = payload.pull_request?.number;
    return { name: eventName, ...(typeof number === 'number' ? { pullRequest: number } : {}) };
}
function commentClient(token, pullRequest) {
    const octokit = _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q(token, {
        request: { signal: AbortSignal.timeout(GITHUB_TIMEOUT_MS) },
    });
    const { owner, repo } = _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.repo;
    const issue = { owner, repo, issue_number: pullRequest };
    return {
        async identity() {
            try {
                return (await octokit.rest.users.getAuthenticated()).data.login;
            }
            catch {
                return ACTIONS_BOT;
            }
        },
        listComments: () => octokit.paginate(octokit.rest.issues.listComments, { ...issue, per_page: 100 }),
        async createComment(body) {
            await octokit.rest.issues.createComment({ ...issue, body });
        },
        async updateComment(id, body) {
            await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body });
        },
    };
}


/***/ })

};
