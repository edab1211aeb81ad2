export const id = 102;
export const ids = [102];
export const modules = {

/***/ 7224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hm: () => (/* binding */ untilDeadline),
/* harmony export */   dG: () => (/* binding */ deadlineFailure),
/* harmony export */   db: () => (/* binding */ startDeadline),
/* harmony export */   dp: () => (/* binding */ formatMinutes)
/* harmony export */ });
/* unused harmony export DeadlineError */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);

function startDeadline(minutes, timers = globalThis) {
    const controller = new AbortController();
    const handle = timers.setTimeout(() => controller.abort(new DeadlineError(minutes)), Math.round(minutes * 60_000));
    handle?.unref?.();
    return {
        signal: controller.signal,
        minutes,
        stop: () => timers.clearTimeout(handle),
    };
}
/** Minutes as people write them: `60 min`, `0.5 min`. */
function formatMinutes(minutes) {
    return `${Number(minutes.toFixed(2))} min`;
}
class DeadlineError extends Error {
    minutes;
    name = _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SCAN_DEADLINE */ .fp;
    constructor(minutes) {
        super(`the scan-timeout-minutes deadline (${formatMinutes(minutes)}) passed`);
        this.minutes = minutes;
    }
}
/** What a call the deadline cut (or never let start) left in the inventory. */
function deadlineFailure(operation, minutes) {
    return {
        operation,
        code: _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SCAN_DEADLINE */ .fp,
        message: `Not collected: ${new DeadlineError(minutes).message} before this call finished.`,
        class: 'timeout',
    };
}
/** `work`, or a DeadlineError as soon as the deadline passes, whichever comes first. */
function untilDeadline(work, deadline) {
    if (!deadline)
        return work;
    const { signal } = deadline;
    if (signal.aborted) {
        work.catch(() => undefined);
        return Promise.reject(new DeadlineError(deadline.minutes));
    }
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(new DeadlineError(deadline.minutes));
        signal.addEventListener('abort', onAbort, { once: true });
        work.then((value) => {
            signal.removeEventListener('abort', onAbort);
            resolve(value);
        }, (error) => {
            signal.removeEventListener('abort', onAbort);
            reject(error);
        });
    });
}


/***/ }),

/***/ 3102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanAccount: () => (/* binding */ scanAccount)
});

// UNUSED EXPORTS: collectAccount, homeRegion

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
;// CONCATENATED MODULE: ./src/aws/clients.ts

const CLIENT_NAMES = [
    'backup',
    'cloudwatch',
    'ec2',
    'efs',
    'iam',
    'rds',
    's3',
    's3control',
    'sts',
];
/**
 * The service clients' classes, once {@link loadServiceClients} has loaded them. Only STS is
 * loaded with this module: the identity call, the first AWS call of a scan, waits for no other
 * SDK client's code.
 */
let classes;
async function loadServiceClients() {
    classes ??= { ...(await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(771)]).then(__webpack_require__.bind(__webpack_require__, 5771))).SERVICE_CLIENTS, sts: dist_cjs/* STSClient */.iM };
}
function classOf(name) {
    if (name === 'sts')
        return dist_cjs/* STSClient */.iM;
    if (!classes)
        throw new Error(`The ${name} client is used before loadServiceClients().`);
    return classes[name];
}
/** Time to establish a TCP (and TLS) connection, per attempt. */
const CONNECTION_TIMEOUT_MS = 5_000;
/**
 * Time for one attempt to get its whole answer. A timed-out attempt fails with `TimeoutError`,
 * which the SDK's retry strategy treats as transient, so it is retried up to max-attempts.
 */
const REQUEST_TIMEOUT_MS = 60_000;
/** True when the SDK will send this client's calls to an endpoint override (an emulator). */
function hasEndpointOverride(env, serviceEnvSuffix) {
    if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true')
        return false;
    return Boolean(env[`AWS_ENDPOINT_URL_${serviceEnvSuffix}`] || env.AWS_ENDPOINT_URL);
}
/**
 * The one place SDK clients are built. Endpoints come from the SDK's own AWS_ENDPOINT_URL
 * handling; with an override, S3 uses path-style addressing and S3 Control drops the account id
 * host prefix, which an emulator host cannot resolve (and which makes an IP literal host an
 * invalid URL). Every client has bounded time: CONNECTION_TIMEOUT_MS and REQUEST_TIMEOUT_MS.
 */
function createClientFactory(options) {
    const env = options.env ?? process.env;
    const byRegion = new Map();
    function build(name, region) {
        const extra = {};
        if (name === 's3' && hasEndpointOverride(env, 'S3'))
            extra.forcePathStyle = true;
        if (name === 's3control' && hasEndpointOverride(env, 'S3_CONTROL')) {
            extra.endpointProvider = withoutAccountIdHost(region);
        }
        const Ctor = classOf(name);
        const client = new Ctor({
            region,
            credentials: options.credentials,
            maxAttempts: options.maxAttempts,
            retryMode: 'adaptive',
            requestHandler: {
                connectionTimeout: CONNECTION_TIMEOUT_MS,
                requestTimeout: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
                // Without it the handler only logs a warning when requestTimeout passes.
                throwOnRequestTimeout: true,
            },
            ...extra,
        });
        if (options.abortSignal)
            withAbortSignal(client, options.abortSignal);
        const stack = client.middlewareStack;
        if (options.onCall) {
            const onCall = options.onCall;
            stack.add((next, context) => (args) => {
                const command = String(context.commandName ?? 'Unknown').replace(/Command$/, '');
                onCall(`${name}:${command}`);
                return next(args);
            }, { step: 'initialize', name: 'postureGateCallCounter' });
        }
        return client;
    }
    return {
        forRegion(region) {
            let clients = byRegion.get(region);
            if (!clients) {
                const cache = {};
                clients = {};
                for (const name of CLIENT_NAMES) {
                    Object.defineProperty(clients, name, {
                        enumerable: true,
                        get: () => (cache[name] ??= build(name, region)),
                    });
                }
                byRegion.set(region, clients);
            }
            return clients;
        },
    };
}
/**
 * S3 Control's endpoint rules put the account id in front of the host when an operation requires
 * it (`123456789012.127.0.0.1`, an invalid URL). With an endpoint override the rules are asked for
 * the endpoint with `RequiresAccountId: false`, which yields the override as written; the account
 * id still travels in the x-amz-account-id header, as S3 Control requires.
 */
function withoutAccountIdHost(region) {
    const standard = new (classOf('s3control'))({ region }).config.endpointProvider;
    return (params, context) => standard({ ...params, RequiresAccountId: false }, context);
}
/** Sends every command of `client` with `signal`, unless the caller passes a signal of its own. */
function withAbortSignal(client, signal) {
    const target = client;
    const send = target.send.bind(client);
    target.send = (command, options) => send(command, { abortSignal: signal, ...options });
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-providers/dist-cjs/index.js
var credential_providers_dist_cjs = __webpack_require__(9719);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/aws/errors.ts
var aws_errors = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/aws/credentials.ts





/** Failures worth another try: the same request may pass a moment later. */
const TRANSIENT_CLASSES = new Set(['throttled', 'network', 'timeout']);
/** A ScanError (the run cannot start: exit 3) worded for the person fixing the workflow. */
class CredentialsError extends errors/* ScanError */.s {
    name = 'CredentialsError';
}
/** A web identity exchange that keeps failing will not recover with more tries. */
const ASSUME_ROLE_MAX_ATTEMPTS = 3;
const RETRY_BASE_DELAY_MS = 250;
const OIDC_ENV = ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
const TOKEN_REFUSED = new Set([
    'AccessDenied',
    'InvalidIdentityToken',
    'InvalidIdentityTokenException',
    'IDPRejectedClaim',
    'IDPRejectedClaimException',
]);
/**
 * With `roleToAssume`: GitHub OIDC token, then STS AssumeRoleWithWebIdentity, with every secret
 * masked before it is returned. Without: the SDK default chain, resolved once here so a missing
 * credential stops the run before any collector starts, and shared by all clients afterwards.
 */
async function resolveCredentials(options, deps) {
    if (options.roleToAssume)
        return assumeRoleWithOidc(options.roleToAssume, options, deps);
    const provider = (0,credential_providers_dist_cjs/* fromNodeProviderChain */.br)({
        clientConfig: { region: options.region },
        ...(options.profile === undefined ? {} : { profile: options.profile }),
    });
    try {
        const identity = await provider();
        return { credentials: provider, source: 'default-chain', expiration: identity.expiration };
    }
    catch (error) {
        throw noCredentialsError(error);
    }
}
/** The account and caller ARN the credentials belong to (STS GetCallerIdentity). */
async function getAccountId(sts) {
    let output;
    try {
        output = await sts.send(new dist_cjs/* GetCallerIdentityCommand */.zI({}));
    }
    catch (error) {
        // The default chain is resolved lazily by clients built without resolveCredentials.
        if (error?.name === 'CredentialsProviderError') {
            throw noCredentialsError(error);
        }
        const code = (0,aws_errors/* errorCode */.CA)(error);
        if ((0,aws_errors/* isExpiredSession */.oo)(code))
            throw expiredSessionError(code);
        throw new CredentialsError(`Could not identify the AWS account with STS GetCallerIdentity (${code}): ${(0,aws_errors/* errorMessage */.gJ)(error)}`, { cause: error });
    }
    if (!output.Account || !output.Arn) {
        throw new CredentialsError('STS GetCallerIdentity returned no account id.');
    }
    return { account: output.Account, arn: output.Arn };
}
/** For a scan that outlives its session: one-hour sessions expire mid-scan on large accounts. */
function expiredSessionError(code) {
    return new CredentialsError(`The AWS session expired before the scan finished (${code}).\n` +
        "Raise role-duration-seconds (up to the role's maximum session duration; role chaining is " +
        'capped at one hour), or split the scan over more jobs by region or service.');
}
/**
 * Credentials this close to their expiration are replaced. The SDK asks its credential provider
 * again when less than five minutes are left; refreshing a little earlier than that means the
 * SDK always gets credentials it keeps for a while.
 */
const REFRESH_BEFORE_EXPIRY_MS = 6 * 60_000;
/**
 * With OIDC: a provider that hands out the assumed role's credentials and, once they are within
 * REFRESH_BEFORE_EXPIRY_MS of their expiration, gets a new GitHub OIDC token and assumes the role
 * again, so a scan longer than role-duration-seconds keeps working. Concurrent callers share one
 * refresh; a refresh that fails while the old credentials are still valid is tried again on the
 * next call, and only once they have expired does the failure reach the calls.
 */
async function assumeRoleWithOidc(roleArn, options, deps) {
    const now = deps.now ?? Date.now;
    let current = await assumeOnce(roleArn, options, deps);
    const expiration = current.expiration;
    let refreshing;
    const provider = async () => {
        const expires = current.expiration?.getTime();
        if (expires === undefined || expires - now() > REFRESH_BEFORE_EXPIRY_MS)
            return current;
        refreshing ??= assumeOnce(roleArn, options, deps)
            .then((fresh) => (current = fresh))
            .finally(() => {
            refreshing = undefined;
        });
        try {
            return await refreshing;
        }
        catch (error) {
            if (expires > now())
                return current;
            throw error;
        }
    };
    return { credentials: provider, source: 'oidc', expiration };
}
/** One GitHub OIDC token exchanged for the role's credentials, every secret masked. */
async function assumeOnce(roleArn, options, deps) {
    const env = deps.env ?? process.env;
    const missing = OIDC_ENV.filter((name) => !env[name]);
    if (missing.length > 0)
        throw oidcUnavailableError(env, missing);
    let token;
    try {
        token = await deps.getIDToken(options.audience);
    }
    catch (error) {
        throw new CredentialsError(`Could not get a GitHub OIDC token for audience "${options.audience}": ${oneLine(error)}`, { cause: error });
    }
    deps.setSecret(token);
    // Retries are ours alone (maxAttempts 1) so that only transient failures are retried.
    const sts = deps.stsClient ?? createClientFactory({ maxAttempts: 1, env }).forRegion(options.region).sts;
    const attempts = Math.max(1, Math.min(options.maxAttempts, ASSUME_ROLE_MAX_ATTEMPTS));
    let output;
    for (let attempt = 1;; attempt++) {
        try {
            output = await sts.send(new dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({
                RoleArn: roleArn,
                RoleSessionName: options.roleSessionName,
                DurationSeconds: options.roleDurationSeconds,
                WebIdentityToken: token,
            }));
            break;
        }
        catch (error) {
            if (attempt >= attempts || !isTransient(error)) {
                throw assumeRoleError(error, roleArn, options, token);
            }
            await sleep(Math.random() * RETRY_BASE_DELAY_MS * 2 ** attempt);
        }
    }
    const { AccessKeyId, SecretAccessKey, SessionToken, Expiration } = output.Credentials ?? {};
    if (!AccessKeyId || !SecretAccessKey || !SessionToken) {
        throw new CredentialsError(`STS returned no credentials for role ${roleArn}.`);
    }
    for (const secret of [AccessKeyId, SecretAccessKey, SessionToken])
        deps.setSecret(secret);
    return {
        accessKeyId: AccessKeyId,
        secretAccessKey: SecretAccessKey,
        sessionToken: SessionToken,
        expiration: Expiration,
    };
}
function oidcUnavailableError(env, missing) {
    if (env.GITHUB_ACTIONS !== 'true') {
        return new CredentialsError('role-to-assume uses GitHub OIDC, which exists only inside a GitHub Actions job.\n' +
            'Outside Actions, leave role-to-assume empty and use a profile or AWS_* environment credentials.');
    }
    return new CredentialsError(`No GitHub OIDC token is available (${missing.join(' and ')} not set): the workflow or job ` +
        'needs `permissions: id-token: write`, and pull requests from forks never get an OIDC token.\n' +
        'For those, leave role-to-assume empty and provide AWS credentials from a previous step.');
}
function assumeRoleError(error, roleArn, options, token) {
    const code = (0,aws_errors/* errorCode */.CA)(error);
    // STS does not echo the token today; scrub it anyway so no message can carry it.
    const message = (0,aws_errors/* errorMessage */.gJ)(error).replaceAll(token, '***');
    if (TOKEN_REFUSED.has(code)) {
        const sub = tokenSubject(token);
        return new CredentialsError(`STS refused the GitHub OIDC token for role ${roleArn} (${code}: ${message}).\n` +
            `Check the role's trust policy: token.actions.githubusercontent.com:aud must be ` +
            `"${options.audience}" and token.actions.githubusercontent.com:sub must match ` +
            `${sub ? `this job's sub "${sub}"` : "this job's sub claim"}; a job with \`environment:\` ` +
            'has sub repo:OWNER/REPO:environment:NAME instead of a branch or tag ref.', { cause: error });
    }
    if ((0,aws_errors/* isExpiredSession */.oo)(code)) {
        return new CredentialsError(`STS found the GitHub OIDC token already expired for role ${roleArn} (${code}); ` +
            "check the runner's clock and re-run the job.", { cause: error });
    }
    if (/DurationSeconds/i.test(message)) {
        return new CredentialsError(`STS refused role-duration-seconds ${options.roleDurationSeconds} for role ${roleArn}: ` +
            `${message} Lower role-duration-seconds or raise the role's maximum session duration.`, { cause: error });
    }
    return new CredentialsError(`Could not assume role ${roleArn} with GitHub OIDC (${code}): ${message}`, { cause: error });
}
function noCredentialsError(error) {
    return new CredentialsError(`No usable AWS credentials in the default chain (${(0,aws_errors/* errorMessage */.gJ)(error)}).\n` +
        'Set role-to-assume to use GitHub OIDC, or provide credentials in an earlier step ' +
        '(aws-actions/configure-aws-credentials, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY); ' +
        'locally, set AWS_PROFILE or run aws sso login.', { cause: error });
}
/** Network failures, throttling and 5xx; never an authorization answer. */
function isTransient(error) {
    const e = (error ?? {});
    const status = e.$metadata?.httpStatusCode ?? 0;
    return (Boolean(e.$retryable) ||
        status >= 500 ||
        status === 429 ||
        TRANSIENT_CLASSES.has((0,aws_errors/* errorClass */.PC)(error)));
}
/** The `sub` claim, which is not secret, so users can compare it with their trust policy. */
function tokenSubject(token) {
    try {
        const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());
        return typeof payload?.sub === 'string' ? payload.sub : undefined;
    }
    catch {
        return undefined;
    }
}
function oneLine(error) {
    const text = error instanceof Error ? error.message : String(error);
    return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

// EXTERNAL MODULE: ./src/collect/deadline.ts
var collect_deadline = __webpack_require__(7224);
// EXTERNAL MODULE: ./src/model/inventory.ts
var inventory = __webpack_require__(1621);
;// CONCATENATED MODULE: ./src/pipeline.ts





/** Where account-wide calls go: the first scanned region, or the environment's for `all`. */
function homeRegion(config, env = process.env) {
    if (config.regions !== 'all' && config.regions[0])
        return config.regions[0];
    return env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1';
}
/**
 * Live part of the pipeline: who am I, which regions, collect. `receive` is told what the
 * collection will read before it begins (the header, whose `errors` are filled as calls fail) and
 * gives where the parts go.
 */
async function collectAccount(config, deps, receive) {
    const apiCalls = {};
    const { deadline } = deps;
    const factory = createClientFactory({
        credentials: deps.credentials,
        maxAttempts: config.maxAttempts,
        onCall: (operation) => {
            apiCalls[operation] = (apiCalls[operation] ?? 0) + 1;
        },
        abortSignal: deadline?.signal,
    });
    const beforeCollection = async (step, work) => {
        try {
            return await (0,collect_deadline/* untilDeadline */.Hm)(work(), deadline);
        }
        catch (error) {
            if (!deadline?.signal.aborted)
                throw error;
            throw new errors/* ScanError */.s(`The scan-timeout-minutes deadline (${(0,collect_deadline/* formatMinutes */.dp)(deadline.minutes)}) passed before ${step}: nothing was collected.`, { cause: error });
        }
    };
    const identity = await beforeCollection('the account could be identified', () => getAccountId(factory.forRegion(deps.homeRegion).sts));
    const account = identity.account;
    deps.log?.(`Scanning account ${account} as ${identity.arn}`);
    const [{ collectParts, enabledRegions }, { ALL_RULES }, { selectRules }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(175), __webpack_require__.e(795)]).then(__webpack_require__.bind(__webpack_require__, 3795)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4655)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7375)),
        loadServiceClients(),
    ]);
    const regions = config.regions === 'all'
        ? await beforeCollection('the enabled regions could be listed', () => enabledRegions(factory, deps.homeRegion))
        : config.regions;
    // Calls that only unselected checks need are not made: a service none of them reads is skipped.
    const selected = new Set(selectRules(ALL_RULES, config.checks, config.skipChecks).map((rule) => rule.meta.service));
    const services = config.services.filter((service) => selected.has(service));
    const skippedServices = config.services.filter((service) => !selected.has(service));
    deps.log?.(`Regions: ${regions.join(', ')}; services: ${services.join(', ')}`);
    // Dated when collection begins: the parts are judged as they come, against this time.
    const header = {
        schemaVersion: inventory/* INVENTORY_SCHEMA_VERSION */.Gi,
        account,
        collectedAt: new Date().toISOString(),
        regions: [...regions],
        services,
        errors: [],
    };
    const sink = await receive(header);
    const stats = await collectParts({
        header,
        homeRegion: deps.homeRegion,
        factory,
        apiCalls,
        deadline,
        onPart: (part) => sink.add(part),
        ...(deps.onProgress ? { onProgress: deps.onProgress } : {}),
    });
    if (deadline?.signal.aborted) {
        deps.log?.(`The scan-timeout-minutes deadline (${(0,collect_deadline/* formatMinutes */.dp)(deadline.minutes)}) passed: collection stopped, and what was not collected is UNKNOWN.`);
    }
    return {
        header,
        stats: skippedServices.length === 0 ? stats : { ...stats, skippedServices },
        sink,
    };
}
/**
 * The whole live pipeline: credentials, collection, evaluation. Each part is judged as soon as it
 * is collected and let go, unless `keepInventory` asks for the inventory (to save it).
 */
async function scanAccount(config, deps, triage = {}, keepInventory = false) {
    const startedAt = new Date();
    const deadline = (0,collect_deadline/* startDeadline */.db)(config.scanTimeoutMinutes, deps.timers);
    try {
        return await scanWithin(config, deps, { triage, startedAt, deadline, keepInventory });
    }
    finally {
        deadline.stop();
    }
}
async function scanWithin(config, deps, run) {
    const env = deps.env ?? process.env;
    const region = homeRegion(config, env);
    const { credentials } = await resolveCredentials({
        roleToAssume: config.roleToAssume,
        audience: config.audience,
        roleSessionName: config.roleSessionName,
        roleDurationSeconds: config.roleDurationSeconds,
        region,
        maxAttempts: config.maxAttempts,
        ...(deps.profile === undefined ? {} : { profile: deps.profile }),
    }, { getIDToken: deps.getIDToken, setSecret: deps.setSecret, env });
    const kept = [];
    const { header, stats, sink } = await collectAccount(config, {
        credentials,
        homeRegion: region,
        log: deps.log,
        deadline: run.deadline,
        ...(deps.onProgress ? { onProgress: deps.onProgress } : {}),
    }, async (collecting) => {
        const { PartsEvaluation } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7002));
        const evaluation = new PartsEvaluation(collecting, config);
        return {
            evaluation,
            add: (part) => {
                if (run.keepInventory)
                    kept.push(part);
                return evaluation.addInTurns(part);
            },
        };
    });
    const report = sink.evaluation.report({
        startedAt: run.startedAt,
        stats,
        triage: run.triage,
    });
    return run.keepInventory ? { report, inventory: (0,inventory/* inventoryInOrder */.KW)(header, kept) } : { report };
}


/***/ })

};
