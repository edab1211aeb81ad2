export const id = 650;
export const ids = [650];
export const modules = {

/***/ 4650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanAccount: () => (/* binding */ scanAccount)
});

// UNUSED EXPORTS: collectAccount, homeRegion

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-backup/dist-cjs/index.js
var dist_cjs = __webpack_require__(379);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var client_cloudwatch_dist_cjs = __webpack_require__(4085);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var client_ec2_dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-efs/dist-cjs/index.js
var client_efs_dist_cjs = __webpack_require__(1663);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var client_iam_dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-rds/dist-cjs/index.js
var client_rds_dist_cjs = __webpack_require__(7202);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3-control/dist-cjs/index.js
var client_s3_control_dist_cjs = __webpack_require__(2619);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
;// CONCATENATED MODULE: ./src/aws/clients.ts









/** Operation names are counted as `<prefix>:<Operation>`, the same prefix used in errors. */
const CLIENT_CLASSES = {
    backup: dist_cjs/* BackupClient */.M3I,
    cloudwatch: client_cloudwatch_dist_cjs/* CloudWatchClient */.WBn,
    ec2: client_ec2_dist_cjs/* EC2Client */.gu5,
    efs: client_efs_dist_cjs/* EFSClient */.klU,
    iam: client_iam_dist_cjs/* IAMClient */.h8v,
    rds: client_rds_dist_cjs/* RDSClient */.rYe,
    s3: client_s3_dist_cjs/* S3Client */.YxF,
    s3control: client_s3_control_dist_cjs/* S3ControlClient */.gGw,
    sts: client_sts_dist_cjs/* STSClient */.iM,
};
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
        const Ctor = CLIENT_CLASSES[name];
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
                for (const name of Object.keys(CLIENT_CLASSES)) {
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
    const standard = new client_s3_control_dist_cjs/* S3ControlClient */.gGw({ region }).config.endpointProvider;
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
        output = await sts.send(new client_sts_dist_cjs/* GetCallerIdentityCommand */.zI({}));
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
            output = await sts.send(new client_sts_dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({
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

;// CONCATENATED MODULE: ./src/collect/deadline.ts

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
    name = aws_errors/* SCAN_DEADLINE */.fp;
    constructor(minutes) {
        super(`the scan-timeout-minutes deadline (${formatMinutes(minutes)}) passed`);
        this.minutes = minutes;
    }
}
/** What a call the deadline cut (or never let start) left in the inventory. */
function deadlineFailure(operation, minutes) {
    return {
        operation,
        code: aws_errors/* SCAN_DEADLINE */.fp,
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

;// CONCATENATED MODULE: ./src/collect/context.ts


/** Per-resource calls of one service in one region run at most this many at a time. */
const RESOURCE_CONCURRENCY = 8;
async function mapPool(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            out[index] = await fn(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
}
function codeOf(error) {
    const e = error;
    return e?.Code ?? e?.name;
}
function createCollectContext(options) {
    const { account, region, service, clients, errors, sharedCache } = options;
    const { deadline } = options;
    const fail = (operation, error) => {
        const failure = deadline?.signal.aborted
            ? deadlineFailure(operation, deadline.minutes)
            : (0,aws_errors/* toCallFailure */.Ol)(operation, error);
        errors.push({ service, region: options.errorRegion ?? region, ...failure });
        return failure;
    };
    const pastDeadline = () => deadline?.signal.aborted === true;
    return {
        account,
        region,
        service,
        clients,
        clientsFor: options.clientsFor,
        async call(operation, fn, absentCodes = []) {
            options.onCall?.();
            try {
                if (pastDeadline())
                    throw new Error('not started');
                return { ok: true, value: await untilDeadline(fn(), deadline) };
            }
            catch (error) {
                if (pastDeadline())
                    return { ok: false, error: fail(operation, error) };
                const code = codeOf(error);
                if (code && absentCodes.includes(code))
                    return { ok: true, value: null };
                return { ok: false, error: fail(operation, error) };
            }
        },
        async pages(operation, pages, items, absentCodes = []) {
            const all = [];
            const iterator = pages[Symbol.asyncIterator]();
            try {
                for (;;) {
                    if (pastDeadline())
                        throw new Error('not started');
                    const next = await untilDeadline(iterator.next(), deadline);
                    if (next.done)
                        break;
                    options.onCall?.();
                    all.push(...(items(next.value) ?? []));
                }
                return { ok: true, value: all };
            }
            catch (error) {
                if (pastDeadline()) {
                    // The page in flight was aborted by the same signal; nothing waits for it.
                    void iterator.return?.()?.catch(() => undefined);
                    return { ok: false, error: fail(operation, error) };
                }
                const code = codeOf(error);
                if (code && absentCodes.includes(code))
                    return { ok: true, value: [] };
                return { ok: false, error: fail(operation, error) };
            }
        },
        pool: (items, fn) => mapPool(items, RESOURCE_CONCURRENCY, fn),
        shared(key, fn) {
            const cacheKey = `${region}:${key}`;
            let hit = sharedCache.get(cacheKey);
            if (!hit) {
                hit = fn();
                sharedCache.set(cacheKey, hit);
            }
            return hit;
        },
        recordingIn: (errorRegion) => createCollectContext({ ...options, errorRegion }),
    };
}

// EXTERNAL MODULE: ./src/collect/convert.ts
var convert = __webpack_require__(2997);
// EXTERNAL MODULE: ./src/model/inventory.ts
var model_inventory = __webpack_require__(1621);
;// CONCATENATED MODULE: ./src/collect/ec2.ts



/** The largest page sizes the two listings accept. */
const INSTANCE_PAGE_SIZE = 1000;
const VOLUME_PAGE_SIZE = 500;
const LIVE_INSTANCE_STATES = ['pending', 'running', 'stopping', 'stopped'];
const LIVE_VOLUME_STATES = ['creating', 'available', 'in-use', 'error'];
function toInstance(instance, arnPrefix) {
    const tags = (0,convert/* tagsOf */.Fg)(instance.Tags);
    const out = {
        id: instance.InstanceId ?? '',
        arn: `${arnPrefix}:instance/${instance.InstanceId}`,
        state: instance.State?.Name ?? 'unknown',
        tags,
    };
    if (tags.Name)
        out.name = tags.Name;
    if (instance.MetadataOptions?.HttpTokens)
        out.httpTokens = instance.MetadataOptions.HttpTokens;
    if (instance.MetadataOptions?.HttpEndpoint) {
        out.httpEndpoint = instance.MetadataOptions.HttpEndpoint;
    }
    if (instance.PublicIpAddress)
        out.publicIp = instance.PublicIpAddress;
    return out;
}
function toVolume(volume, arnPrefix) {
    const tags = (0,convert/* tagsOf */.Fg)(volume.Tags);
    const out = {
        id: volume.VolumeId ?? '',
        arn: `${arnPrefix}:volume/${volume.VolumeId}`,
        state: volume.State ?? 'unknown',
        encrypted: volume.Encrypted === true,
        attachedTo: (volume.Attachments ?? []).flatMap((a) => (a.InstanceId ? [a.InstanceId] : [])),
        tags,
    };
    if (tags.Name)
        out.name = tags.Name;
    return out;
}
/** Instances and volumes of one region, listed in pages, plus the region's EBS default encryption. */
async function collectEc2(ctx) {
    const client = ctx.clients.ec2;
    const arnPrefix = `arn:${(0,convert/* partitionOf */.iQ)(ctx.region)}:ec2:${ctx.region}:${ctx.account}`;
    const [instances, volumes, encryptionByDefault] = await Promise.all([
        ctx.pages('ec2:DescribeInstances', (0,client_ec2_dist_cjs/* paginateDescribeInstances */.H0T)({ client, pageSize: INSTANCE_PAGE_SIZE }, { Filters: [{ Name: 'instance-state-name', Values: LIVE_INSTANCE_STATES }] }), (page) => page.Reservations?.flatMap((r) => r.Instances ?? [])),
        ctx.pages('ec2:DescribeVolumes', (0,client_ec2_dist_cjs/* paginateDescribeVolumes */.cpp)({ client, pageSize: VOLUME_PAGE_SIZE }, { Filters: [{ Name: 'status', Values: LIVE_VOLUME_STATES }] }), (page) => page.Volumes),
        ctx.call('ec2:GetEbsEncryptionByDefault', () => client.send(new client_ec2_dist_cjs/* GetEbsEncryptionByDefaultCommand */.Lgn({}))),
    ]);
    return {
        instances: (0,model_inventory/* mapFetched */.KX)(instances, (list) => list.map((i) => toInstance(i, arnPrefix))),
        volumes: (0,model_inventory/* mapFetched */.KX)(volumes, (list) => list.map((v) => toVolume(v, arnPrefix))),
        ebsEncryptionByDefault: encryptionByDefault.ok
            ? { ok: true, value: encryptionByDefault.value?.EbsEncryptionByDefault ?? null }
            : encryptionByDefault,
    };
}

// EXTERNAL MODULE: ./src/model/metrics.ts
var metrics = __webpack_require__(5500);
;// CONCATENATED MODULE: ./src/collect/metrics.ts


/** GetMetricData limits per call (CloudWatch API reference). */
const GET_METRIC_DATA_MAX_QUERIES = 500;
const GET_METRIC_DATA_MAX_DATAPOINTS = 100_800;
/** How many queries of this window fit one call under both the query and datapoint limits. */
function queriesPerCall(window) {
    const pointsPerQuery = Math.ceil((0,metrics/* windowSeconds */.O)(window) / window.periodSeconds);
    return Math.max(1, Math.min(GET_METRIC_DATA_MAX_QUERIES, Math.floor(GET_METRIC_DATA_MAX_DATAPOINTS / pointsPerQuery)));
}
/** Statuses of one query that mean its datapoints cannot be trusted. */
const FAILED_QUERY_STATUSES = new Set(['Forbidden', 'InternalError']);
const OPERATION = 'cloudwatch:GetMetricData';
/**
 * Reads every requested series over `window` with as few GetMetricData calls as the limits allow,
 * following NextToken. A failed call fails exactly the series it carried.
 */
async function getMetricSeries(ctx, window, requests) {
    const size = queriesPerCall(window);
    const batches = [];
    for (let i = 0; i < requests.length; i += size)
        batches.push(requests.slice(i, i + size));
    const answers = new Map((await ctx.pool(batches, (batch) => getBatch(ctx, window, batch))).flat());
    return (key) => answers.get(key) ?? {
        ok: false,
        error: {
            operation: OPERATION,
            code: 'NoResult',
            message: `no series was requested as ${key}`,
        },
    };
}
async function getBatch(ctx, window, batch) {
    const pages = (0,client_cloudwatch_dist_cjs/* paginateGetMetricData */.stM)({ client: ctx.clients.cloudwatch }, {
        StartTime: new Date(window.start),
        EndTime: new Date(window.end),
        MaxDatapoints: GET_METRIC_DATA_MAX_DATAPOINTS,
        MetricDataQueries: batch.map((request, index) => ({
            Id: `m${index}`,
            ReturnData: true,
            MetricStat: {
                Metric: {
                    Namespace: request.namespace,
                    MetricName: request.metricName,
                    Dimensions: Object.entries(request.dimensions).map(([Name, Value]) => ({
                        Name,
                        Value,
                    })),
                },
                Period: window.periodSeconds,
                Stat: request.stat,
            },
        })),
    });
    const results = await ctx.pages(OPERATION, pages, (page) => page.MetricDataResults);
    if (!results.ok)
        return batch.map((request) => [request.key, { ok: false, error: results.error }]);
    const byId = new Map();
    for (const result of results.value) {
        const id = result.Id ?? '';
        byId.set(id, [...(byId.get(id) ?? []), result]);
    }
    return batch.map((request, index) => [request.key, toSeries(byId.get(`m${index}`) ?? [])]);
}
/** Joins the pages of one query into one ascending series. */
function toSeries(parts) {
    if (parts.length === 0) {
        const message = 'the answer carried no result for this query';
        return { ok: false, error: { operation: OPERATION, code: 'NoResult', message } };
    }
    const failed = parts.find((p) => FAILED_QUERY_STATUSES.has(p.StatusCode ?? ''));
    if (failed) {
        const message = failed.Messages?.map((m) => m.Value).join('; ') || 'query not answered';
        const code = failed.StatusCode ?? 'InternalError';
        return { ok: false, error: { operation: OPERATION, code, message } };
    }
    const points = [];
    for (const part of parts) {
        const values = part.Values ?? [];
        (part.Timestamps ?? []).forEach((t, i) => {
            const value = values[i];
            if (value !== undefined)
                points.push([Math.floor(new Date(t).getTime() / 1000), value]);
        });
    }
    points.sort((a, b) => a[0] - b[0]);
    return {
        ok: true,
        value: { timestamps: points.map((p) => p[0]), values: points.map((p) => p[1]) },
    };
}

;// CONCATENATED MODULE: ./src/collect/vpc.ts


/** The largest page EC2 Describe* calls accept. */
const EC2_PAGE_SIZE = 1000;
/** The largest page GetManagedPrefixListEntries accepts. */
const PREFIX_LIST_PAGE_SIZE = 100;
/**
 * Every security group of the region, listed once per scan whichever collector asks first (EFS
 * for its mount targets, the security group analyzer for all of them).
 */
function listSecurityGroups(ctx) {
    return ctx.shared('ec2:DescribeSecurityGroups', () => ctx.pages('ec2:DescribeSecurityGroups', (0,client_ec2_dist_cjs/* paginateDescribeSecurityGroups */.nYn)({ client: ctx.clients.ec2, pageSize: EC2_PAGE_SIZE }, {}), (page) => page.SecurityGroups));
}
/** Every subnet of the region, listed once per scan whichever collector asks first. */
function listSubnets(ctx) {
    return ctx.shared('ec2:DescribeSubnets', () => ctx.pages('ec2:DescribeSubnets', (0,client_ec2_dist_cjs/* paginateDescribeSubnets */.vvt)({ client: ctx.clients.ec2, pageSize: EC2_PAGE_SIZE }, {}), (page) => page.Subnets));
}
/**
 * An SDK ingress permission reduced to what the network matcher reads: protocol, ports, CIDRs and
 * managed prefix lists.
 */
function toIngressPermission(permission) {
    const out = { IpProtocol: permission.IpProtocol ?? '' };
    if (permission.FromPort !== undefined)
        out.FromPort = permission.FromPort;
    if (permission.ToPort !== undefined)
        out.ToPort = permission.ToPort;
    const ipv4 = (permission.IpRanges ?? []).flatMap((r) => (r.CidrIp ? [{ CidrIp: r.CidrIp }] : []));
    const ipv6 = (permission.Ipv6Ranges ?? []).flatMap((r) => r.CidrIpv6 ? [{ CidrIpv6: r.CidrIpv6 }] : []);
    const lists = (permission.PrefixListIds ?? []).flatMap((p) => p.PrefixListId ? [{ PrefixListId: p.PrefixListId }] : []);
    if (ipv4.length > 0)
        out.IpRanges = ipv4;
    if (ipv6.length > 0)
        out.Ipv6Ranges = ipv6;
    if (lists.length > 0)
        out.PrefixListIds = lists;
    return out;
}
/** The managed prefix lists the permissions reference, each once, sorted. */
function referencedPrefixLists(permissions) {
    const ids = permissions.flatMap((p) => (p.PrefixListIds ?? []).map((l) => l.PrefixListId));
    return [...new Set(ids.filter((id) => Boolean(id)))].sort();
}
/**
 * The entries of each prefix list (customer-managed or AWS-managed, such as the CloudFront
 * origin-facing list), read with GetManagedPrefixListEntries through the bounded pool; each list
 * is read once per region, whichever collector (security groups or EFS) asks first.
 */
async function readPrefixLists(ctx, ids) {
    const reads = await ctx.pool(ids, (PrefixListId) => ctx.shared(`ec2:GetManagedPrefixListEntries:${PrefixListId}`, async () => {
        const entries = await ctx.pages('ec2:GetManagedPrefixListEntries', (0,client_ec2_dist_cjs/* paginateGetManagedPrefixListEntries */.JFg)({ client: ctx.clients.ec2, pageSize: PREFIX_LIST_PAGE_SIZE }, { PrefixListId }), (page) => page.Entries);
        return (0,model_inventory/* mapFetched */.KX)(entries, (list) => list.flatMap((e) => (e.Cidr ? [e.Cidr] : [])));
    }));
    return Object.fromEntries(ids.map((id, index) => [id, reads[index]]));
}

;// CONCATENATED MODULE: ./src/collect/efs.ts








const EFS_LOOKBACK_DAYS = 30;
const EFS_CONNECTIONS_DAYS = 60;
const HOUR_SECONDS = 3600;
const DAY_SECONDS = 86_400;
/** DescribeFileSystems, DescribeMountTargets and DescribeAccessPoints pages: 100 is the maximum. */
const EFS_PAGE_SIZE = 100;
/** DescribeReplicationConfigurations, ListProtectedResources and DescribeAlarms maximums. */
const REPLICATION_PAGE_SIZE = 100;
const BACKUP_PAGE_SIZE = 1000;
const ALARM_PAGE_SIZE = 100;
const EFS_NAMESPACE = 'AWS/EFS';
/** File systems on their way out get no results (CHECKS.md), and no calls about them. */
const GONE_STATES = new Set(['deleting', 'deleted']);
/** Drains a token-paginated operation that the SDK has no paginator for. */
async function* tokenPages(fetch, nextToken) {
    let token;
    do {
        const page = await fetch(token);
        yield page;
        token = nextToken(page);
    } while (token);
}
/**
 * Collects the EFS part of one region: per file system 4 calls plus one per mount target, and a
 * constant number of region-wide listings (access points, replication, Backup, alarms, subnets,
 * security groups) plus one GetMetricData call per 100,800 datapoints, and one read per managed
 * prefix list the mount targets' security groups reference (shared with the security groups).
 */
async function collectEfs(ctx, now = new Date()) {
    const metricWindows = {
        lookback: (0,metrics/* metricWindow */.z)(now, EFS_LOOKBACK_DAYS, HOUR_SECONDS),
        connections: (0,metrics/* metricWindow */.z)(now, EFS_CONNECTIONS_DAYS, DAY_SECONDS),
    };
    const empty = () => ({ ok: true, value: [] });
    const listing = await ctx.pages('efs:DescribeFileSystems', (0,client_efs_dist_cjs/* paginateDescribeFileSystems */.ra5)({ client: ctx.clients.efs, pageSize: EFS_PAGE_SIZE }, {}), (page) => page.FileSystems);
    const described = listing.ok
        ? listing.value.filter((fs) => !GONE_STATES.has(fs.LifeCycleState ?? ''))
        : [];
    // With no file system (or none known) the region-wide reads would have nothing to describe.
    const base = {
        fileSystems: empty(),
        accessPoints: empty(),
        replications: empty(),
        protectedFileSystemArns: empty(),
        alarms: empty(),
        subnets: empty(),
        securityGroups: empty(),
        prefixLists: {},
        metricWindows,
    };
    if (!listing.ok)
        return { ...base, fileSystems: listing };
    if (described.length === 0)
        return base;
    const hasMountTargets = described.some((fs) => (fs.NumberOfMountTargets ?? 0) > 0);
    const [details, accessPoints, replications, protectedFs, alarms, metricsOf, subnets, groups] = await Promise.all([
        ctx.pool(described, async (fs) => ({ fs, ...(await describeFileSystemDetails(ctx, fs)) })),
        collectAccessPoints(ctx),
        collectReplications(ctx),
        collectProtectedFileSystems(ctx),
        collectAlarms(ctx),
        collectMetrics(ctx, described, metricWindows),
        hasMountTargets ? listSubnets(ctx) : Promise.resolve(empty()),
        hasMountTargets ? listSecurityGroups(ctx) : Promise.resolve(empty()),
    ]);
    const fileSystems = details.map(({ fs, ...read }) => toFileSystem(fs, read, metricsOf(fs)));
    const mountTargets = fileSystems.flatMap((fs) => fs.mountTargets.ok ? fs.mountTargets.value : []);
    const securityGroups = (0,model_inventory/* mapFetched */.KX)(groups, (list) => usedSecurityGroups(list, mountTargets));
    const ingress = securityGroups.ok ? securityGroups.value.flatMap((g) => g.ingress) : [];
    return {
        ...base,
        fileSystems: { ok: true, value: fileSystems },
        accessPoints,
        replications,
        protectedFileSystemArns: (0,model_inventory/* mapFetched */.KX)(protectedFs, (found) => [...found.keys()]),
        ...(protectedFs.ok ? { lastBackupTimes: lastBackupTimes(protectedFs.value) } : {}),
        alarms,
        subnets: (0,model_inventory/* mapFetched */.KX)(subnets, (list) => usedSubnets(list, mountTargets)),
        securityGroups,
        prefixLists: await readPrefixLists(ctx, referencedPrefixLists(ingress)),
    };
}
/** The region's subnets that hold a mount target. */
function usedSubnets(subnets, targets) {
    const used = new Set(targets.map((mt) => mt.subnetId));
    return subnets.flatMap((s) => s.SubnetId && used.has(s.SubnetId)
        ? [
            {
                id: s.SubnetId,
                ...(s.VpcId ? { vpcId: s.VpcId } : {}),
                mapPublicIpOnLaunch: s.MapPublicIpOnLaunch === true,
            },
        ]
        : []);
}
/** The region's security groups that guard a mount target. */
function usedSecurityGroups(groups, targets) {
    const used = new Set(targets.flatMap((mt) => (mt.securityGroupIds.ok ? mt.securityGroupIds.value : [])));
    return groups.flatMap((g) => g.GroupId && used.has(g.GroupId)
        ? [
            {
                id: g.GroupId,
                ...(g.GroupName ? { name: g.GroupName } : {}),
                ingress: (g.IpPermissions ?? []).map(toIngressPermission),
            },
        ]
        : []);
}
/** The per-file-system reads: 4 calls, plus one per mount target for its security groups. */
async function describeFileSystemDetails(ctx, fs) {
    const FileSystemId = fs.FileSystemId ?? '';
    const { efs } = ctx.clients;
    const [mountTargets, lifecycle, backup, policy] = await Promise.all([
        (fs.NumberOfMountTargets ?? 0) > 0
            ? collectMountTargets(ctx, FileSystemId)
            : Promise.resolve({ ok: true, value: [] }),
        ctx.call('efs:DescribeLifecycleConfiguration', () => efs.send(new client_efs_dist_cjs/* DescribeLifecycleConfigurationCommand */.nOM({ FileSystemId }))),
        ctx.call('efs:DescribeBackupPolicy', () => efs.send(new client_efs_dist_cjs/* DescribeBackupPolicyCommand */.N61({ FileSystemId })), ['PolicyNotFound']),
        ctx.call('efs:DescribeFileSystemPolicy', () => efs.send(new client_efs_dist_cjs/* DescribeFileSystemPolicyCommand */._XB({ FileSystemId })), ['PolicyNotFound']),
    ]);
    return {
        mountTargets,
        lifecycle: (0,model_inventory/* mapFetched */.KX)(lifecycle, (answer) => {
            const rules = {};
            for (const p of answer?.LifecyclePolicies ?? []) {
                if (p.TransitionToIA)
                    rules.transitionToIA = p.TransitionToIA;
                if (p.TransitionToArchive)
                    rules.transitionToArchive = p.TransitionToArchive;
                if (p.TransitionToPrimaryStorageClass) {
                    rules.transitionToPrimaryStorageClass = p.TransitionToPrimaryStorageClass;
                }
            }
            return rules;
        }),
        backupPolicyStatus: (0,model_inventory/* mapFetched */.KX)(backup, (answer) => answer?.BackupPolicy?.Status ?? null),
        policy: (0,model_inventory/* mapFetched */.KX)(policy, (answer) => answer?.Policy ?? null),
    };
}
async function collectMountTargets(ctx, FileSystemId) {
    const { efs } = ctx.clients;
    const listed = await ctx.pages('efs:DescribeMountTargets', tokenPages((Marker) => efs.send(new client_efs_dist_cjs/* DescribeMountTargetsCommand */.Sn_({ FileSystemId, MaxItems: EFS_PAGE_SIZE, Marker })), (page) => page.NextMarker), (page) => page.MountTargets);
    if (!listed.ok)
        return listed;
    const targets = await Promise.all(listed.value.map(async (mt) => {
        const MountTargetId = mt.MountTargetId ?? '';
        const groups = await ctx.call('efs:DescribeMountTargetSecurityGroups', () => efs.send(new client_efs_dist_cjs/* DescribeMountTargetSecurityGroupsCommand */.P6D({ MountTargetId })));
        return {
            id: MountTargetId,
            subnetId: mt.SubnetId ?? '',
            ...(mt.AvailabilityZoneName ? { availabilityZoneName: mt.AvailabilityZoneName } : {}),
            state: mt.LifeCycleState ?? 'unknown',
            securityGroupIds: (0,model_inventory/* mapFetched */.KX)(groups, (answer) => answer?.SecurityGroups ?? []),
        };
    }));
    return { ok: true, value: targets };
}
function toFileSystem(fs, details, metrics) {
    const tags = (0,convert/* tagsOf */.Fg)(fs.Tags);
    const name = fs.Name || tags.Name;
    const size = fs.SizeInBytes;
    const out = {
        id: fs.FileSystemId ?? '',
        arn: fs.FileSystemArn ?? '',
        tags,
        createdAt: (fs.CreationTime ?? new Date(0)).toISOString(),
        state: fs.LifeCycleState ?? 'unknown',
        performanceMode: fs.PerformanceMode ?? 'generalPurpose',
        throughputMode: fs.ThroughputMode ?? 'bursting',
        encrypted: fs.Encrypted === true,
        sizeInBytes: {
            total: size?.Value ?? 0,
            ...(size?.ValueInStandard !== undefined ? { standard: size.ValueInStandard } : {}),
            ...(size?.ValueInIA !== undefined ? { infrequentAccess: size.ValueInIA } : {}),
            ...(size?.ValueInArchive !== undefined ? { archive: size.ValueInArchive } : {}),
        },
        ...details,
        metrics,
    };
    if (name)
        out.name = name;
    if (fs.ProvisionedThroughputInMibps !== undefined) {
        out.provisionedThroughputMibps = fs.ProvisionedThroughputInMibps;
    }
    if (fs.KmsKeyId)
        out.kmsKeyId = fs.KmsKeyId;
    if (fs.AvailabilityZoneName)
        out.availabilityZoneName = fs.AvailabilityZoneName;
    return out;
}
/** One region-wide listing, not one per file system. */
async function collectAccessPoints(ctx) {
    const listed = await ctx.pages('efs:DescribeAccessPoints', (0,client_efs_dist_cjs/* paginateDescribeAccessPoints */._61)({ client: ctx.clients.efs, pageSize: EFS_PAGE_SIZE }, {}), (page) => page.AccessPoints);
    return (0,model_inventory/* mapFetched */.KX)(listed, (list) => list.map((ap) => {
        const tags = (0,convert/* tagsOf */.Fg)(ap.Tags);
        const name = ap.Name || tags.Name;
        const out = {
            id: ap.AccessPointId ?? '',
            arn: ap.AccessPointArn ?? '',
            fileSystemId: ap.FileSystemId ?? '',
            tags,
            state: ap.LifeCycleState ?? 'unknown',
            rootDirectoryPath: ap.RootDirectory?.Path ?? '/',
        };
        if (name)
            out.name = name;
        const user = ap.PosixUser;
        if (user?.Uid !== undefined && user.Gid !== undefined) {
            out.posixUser = {
                uid: user.Uid,
                gid: user.Gid,
                ...(user.SecondaryGids?.length ? { secondaryGids: user.SecondaryGids } : {}),
            };
        }
        return out;
    }));
}
/**
 * Region-wide, without FileSystemId. ReplicationNotFound means none is configured; moto does not
 * implement the call and answers with a 500.
 */
async function collectReplications(ctx) {
    const { efs } = ctx.clients;
    const listed = await ctx.pages('efs:DescribeReplicationConfigurations', tokenPages((NextToken) => efs.send(new client_efs_dist_cjs/* DescribeReplicationConfigurationsCommand */.sA4({
        MaxResults: REPLICATION_PAGE_SIZE,
        NextToken,
    })), (page) => page.NextToken), (page) => page.Replications, ['ReplicationNotFound']);
    return (0,model_inventory/* mapFetched */.KX)(listed, (list) => list.map((r) => ({
        sourceFileSystemId: r.SourceFileSystemId ?? '',
        destinations: (r.Destinations ?? []).map((d) => ({
            fileSystemId: d.FileSystemId ?? '',
            region: d.Region ?? '',
            status: d.Status ?? 'UNKNOWN',
        })),
    })));
}
/**
 * One paginated listing of everything AWS Backup protects, kept to the EFS file systems: each ARN
 * with its latest LastBackupTime (undefined when the answer gave none). A resource stays listed
 * while any recovery point of it is retained, so only the time says whether backups still run.
 */
async function collectProtectedFileSystems(ctx) {
    const listed = await ctx.pages('backup:ListProtectedResources', (0,dist_cjs/* paginateListProtectedResources */.v6I)({ client: ctx.clients.backup, pageSize: BACKUP_PAGE_SIZE }, {}), (page) => page.Results);
    return (0,model_inventory/* mapFetched */.KX)(listed, (list) => {
        const found = new Map();
        for (const r of list) {
            const arn = r.ResourceArn ?? '';
            if (!arn.includes(':elasticfilesystem:') || !arn.includes(':file-system/'))
                continue;
            const earlier = found.get(arn);
            const time = r.LastBackupTime;
            found.set(arn, earlier && (!time || earlier > time) ? earlier : time);
        }
        return found;
    });
}
/** The LastBackupTime of each listed file system that has one, as ISO 8601. */
function lastBackupTimes(found) {
    const times = {};
    for (const [arn, time] of found)
        if (time)
            times[arn] = time.toISOString();
    return times;
}
/** Region-wide alarm listing, matched locally to `AWS/EFS` metrics with a FileSystemId. */
async function collectAlarms(ctx) {
    const listed = await ctx.pages('cloudwatch:DescribeAlarms', (0,client_cloudwatch_dist_cjs/* paginateDescribeAlarms */.hNb)({ client: ctx.clients.cloudwatch, pageSize: ALARM_PAGE_SIZE }, {}), (page) => page.MetricAlarms);
    return (0,model_inventory/* mapFetched */.KX)(listed, (list) => list.flatMap(efsAlarmTargets));
}
/** The EFS metrics an alarm watches: its own metric, or the metrics of a metric-math alarm. */
function efsAlarmTargets(alarm) {
    const alarmName = alarm.AlarmName ?? '';
    const watched = [
        { namespace: alarm.Namespace, metricName: alarm.MetricName, dimensions: alarm.Dimensions },
        ...(alarm.Metrics ?? []).map((q) => ({
            namespace: q.MetricStat?.Metric?.Namespace,
            metricName: q.MetricStat?.Metric?.MetricName,
            dimensions: q.MetricStat?.Metric?.Dimensions,
        })),
    ];
    return watched.flatMap(({ namespace, metricName, dimensions }) => {
        const fileSystemId = dimensions?.find((d) => d.Name === 'FileSystemId')?.Value;
        if (namespace !== EFS_NAMESPACE || !metricName || !fileSystemId)
            return [];
        return [{ alarmName, metricName, fileSystemId }];
    });
}
/**
 * The series each file system's usage checks need, batched across file systems: hourly series over
 * the lookback (MeteredIOBytes and MetadataIOBytes; BurstCreditBalance for bursting file systems;
 * DataReadIOBytes and DataWriteIOBytes, which price Elastic throughput, for provisioned ones),
 * daily ClientConnections over 60 days, and daily StorageBytes where SizeInBytes reads zero.
 */
async function collectMetrics(ctx, fileSystems, windows) {
    const request = (fs, metricName, stat, storageClass) => {
        const id = fs.FileSystemId ?? '';
        return {
            key: `${id}/${metricName}/${stat}/${storageClass ?? ''}`,
            namespace: EFS_NAMESPACE,
            metricName,
            stat,
            dimensions: { FileSystemId: id, ...(storageClass ? { StorageClass: storageClass } : {}) },
        };
    };
    const isBursting = (fs) => (fs.ThroughputMode ?? 'bursting') === 'bursting';
    const isProvisioned = (fs) => fs.ThroughputMode === 'provisioned';
    const sizeUnknown = (fs) => (fs.SizeInBytes?.Value ?? 0) === 0;
    const storageClasses = { total: 'Total', standard: 'Standard', infrequentAccess: 'IA' };
    const hourly = fileSystems.flatMap((fs) => [
        request(fs, 'MeteredIOBytes', 'Sum'),
        request(fs, 'MetadataIOBytes', 'SampleCount'),
        ...(isBursting(fs) ? [request(fs, 'BurstCreditBalance', 'Minimum')] : []),
        ...(isProvisioned(fs)
            ? [request(fs, 'DataReadIOBytes', 'Sum'), request(fs, 'DataWriteIOBytes', 'Sum')]
            : []),
    ]);
    const daily = fileSystems.flatMap((fs) => [
        request(fs, 'ClientConnections', 'Sum'),
        ...(sizeUnknown(fs)
            ? Object.values(storageClasses).map((c) => request(fs, 'StorageBytes', 'Average', c))
            : []),
    ]);
    const [hourlySeries, dailySeries] = await Promise.all([
        getMetricSeries(ctx, windows.lookback, hourly),
        getMetricSeries(ctx, windows.connections, daily),
    ]);
    return (fs) => {
        const metrics = {
            meteredIOBytes: hourlySeries(request(fs, 'MeteredIOBytes', 'Sum').key),
            metadataOperations: hourlySeries(request(fs, 'MetadataIOBytes', 'SampleCount').key),
            clientConnections: dailySeries(request(fs, 'ClientConnections', 'Sum').key),
        };
        if (isBursting(fs)) {
            metrics.burstCreditBalance = hourlySeries(request(fs, 'BurstCreditBalance', 'Minimum').key);
        }
        if (isProvisioned(fs)) {
            metrics.dataReadIOBytes = hourlySeries(request(fs, 'DataReadIOBytes', 'Sum').key);
            metrics.dataWriteIOBytes = hourlySeries(request(fs, 'DataWriteIOBytes', 'Sum').key);
        }
        if (sizeUnknown(fs)) {
            const storage = (c) => dailySeries(request(fs, 'StorageBytes', 'Average', c).key);
            metrics.storageBytes = {
                total: storage(storageClasses.total),
                standard: storage(storageClasses.standard),
                infrequentAccess: storage(storageClasses.infrequentAccess),
            };
        }
        return metrics;
    };
}

// EXTERNAL MODULE: ./src/model/iam.ts
var model_iam = __webpack_require__(1632);
;// CONCATENATED MODULE: ./src/collect/iam.ts



/** The largest page size GetAccountAuthorizationDetails accepts. */
const PAGE_SIZE = 1000;
/** AWS-managed policies are left out of the listing: there are over a thousand, mostly unused. */
const DETAIL_FILTER = ['Role', 'User', 'Group', 'LocalManagedPolicy'];
const SERVICE_LINKED_PATH = '/aws-service-role/';
function inline(list) {
    return (list ?? []).map((p) => ({ name: p.PolicyName ?? '', document: p.PolicyDocument ?? '' }));
}
function attached(list) {
    return (list ?? []).flatMap((p) => (p.PolicyArn ? [p.PolicyArn] : []));
}
function defaultDocument(policy) {
    return policy.PolicyVersionList?.find((v) => v.IsDefaultVersion)?.Document;
}
/**
 * A managed policy GAAD did not return (AWS-managed ones, left out by the filter): its default
 * version id from GetPolicy, then the document from GetPolicyVersion.
 */
async function fetchManagedPolicy(ctx, arn) {
    const iam = ctx.clients.iam;
    const base = {
        arn,
        name: (0,model_iam/* managedPolicyName */.h)({ arn }),
        awsManaged: (0,convert/* isAwsManagedPolicy */.$h)(arn),
    };
    const policy = await ctx.call('iam:GetPolicy', () => iam.send(new client_iam_dist_cjs/* GetPolicyCommand */.s4W({ PolicyArn: arn })));
    if (!policy.ok)
        return { ...base, document: policy };
    const versionId = policy.value?.Policy?.DefaultVersionId;
    const version = await ctx.call('iam:GetPolicyVersion', () => iam.send(new client_iam_dist_cjs/* GetPolicyVersionCommand */.G45({ PolicyArn: arn, VersionId: versionId })));
    if (!version.ok)
        return { ...base, document: version };
    return { ...base, document: { ok: true, value: version.value?.PolicyVersion?.Document ?? '' } };
}
/**
 * IAM is global: collected once per run from the home region, whatever the regions scanned. One
 * paginated GetAccountAuthorizationDetails gives every principal with its inline policies and the
 * account's own managed policies; each AWS-managed policy attached to a principal then costs two
 * calls, once, however many principals it is attached to.
 */
async function collectIam(ctx) {
    const details = await ctx.pages('iam:GetAccountAuthorizationDetails', (0,client_iam_dist_cjs/* paginateGetAccountAuthorizationDetails */.YS4)({ client: ctx.clients.iam, pageSize: PAGE_SIZE }, { Filter: [...DETAIL_FILTER] }), (page) => [page]);
    if (!details.ok) {
        return { roles: details, users: details, groups: details, managedPolicies: details };
    }
    const pages = details.value;
    const roles = pages
        .flatMap((p) => p.RoleDetailList ?? [])
        .filter((r) => !(r.Path ?? '').startsWith(SERVICE_LINKED_PATH))
        .map((r) => ({
        name: r.RoleName ?? '',
        arn: r.Arn ?? '',
        path: r.Path ?? '/',
        tags: (0,convert/* tagsOf */.Fg)(r.Tags),
        inlinePolicies: inline(r.RolePolicyList),
        attachedPolicyArns: attached(r.AttachedManagedPolicies),
    }));
    const users = pages
        .flatMap((p) => p.UserDetailList ?? [])
        .map((u) => ({
        name: u.UserName ?? '',
        arn: u.Arn ?? '',
        path: u.Path ?? '/',
        tags: (0,convert/* tagsOf */.Fg)(u.Tags),
        inlinePolicies: inline(u.UserPolicyList),
        attachedPolicyArns: attached(u.AttachedManagedPolicies),
        groups: u.GroupList ?? [],
    }));
    const groups = pages
        .flatMap((p) => p.GroupDetailList ?? [])
        .map((g) => ({
        name: g.GroupName ?? '',
        arn: g.Arn ?? '',
        path: g.Path ?? '/',
        inlinePolicies: inline(g.GroupPolicyList),
        attachedPolicyArns: attached(g.AttachedManagedPolicies),
    }));
    const inUse = new Set([...roles, ...users, ...groups].flatMap((p) => p.attachedPolicyArns));
    const listed = new Map();
    for (const policy of pages.flatMap((p) => p.Policies ?? [])) {
        const document = defaultDocument(policy);
        if (!policy.Arn || !inUse.has(policy.Arn) || document === undefined)
            continue;
        listed.set(policy.Arn, {
            arn: policy.Arn,
            name: (0,model_iam/* managedPolicyName */.h)({ arn: policy.Arn, name: policy.PolicyName }),
            awsManaged: (0,convert/* isAwsManagedPolicy */.$h)(policy.Arn),
            document: { ok: true, value: document },
        });
    }
    const missing = [...inUse].filter((arn) => !listed.has(arn)).sort();
    const fetched = await ctx.pool(missing, (arn) => fetchManagedPolicy(ctx, arn));
    const managedPolicies = [...listed.values(), ...fetched].sort((a, b) => a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0);
    return {
        roles: { ok: true, value: roles },
        users: { ok: true, value: users },
        groups: { ok: true, value: groups },
        managedPolicies: { ok: true, value: managedPolicies },
    };
}

;// CONCATENATED MODULE: ./src/collect/rds.ts



/** The largest page size both listings accept. */
const rds_PAGE_SIZE = 100;
/** Databases on their way out are not judged. */
const GONE_STATUSES = new Set(['deleting', 'deleted']);
function rds_toInstance(db) {
    const out = {
        id: db.DBInstanceIdentifier ?? '',
        arn: db.DBInstanceArn ?? '',
        engine: db.Engine ?? '',
        status: db.DBInstanceStatus ?? 'unknown',
        storageEncrypted: db.StorageEncrypted === true,
        backupRetentionPeriod: db.BackupRetentionPeriod ?? 0,
        multiAz: db.MultiAZ === true,
        deletionProtection: db.DeletionProtection === true,
        tags: (0,convert/* tagsOf */.Fg)(db.TagList),
    };
    const source = db.ReadReplicaSourceDBInstanceIdentifier ?? db.ReadReplicaSourceDBClusterIdentifier;
    if (db.PubliclyAccessible !== undefined)
        out.publiclyAccessible = db.PubliclyAccessible;
    if (source)
        out.readReplicaSource = source;
    if (db.DBClusterIdentifier)
        out.clusterId = db.DBClusterIdentifier;
    return out;
}
function toCluster(cluster) {
    return {
        id: cluster.DBClusterIdentifier ?? '',
        arn: cluster.DBClusterArn ?? '',
        engine: cluster.Engine ?? '',
        status: cluster.Status ?? 'unknown',
        storageEncrypted: cluster.StorageEncrypted === true,
        backupRetentionPeriod: cluster.BackupRetentionPeriod ?? 0,
        multiAz: cluster.MultiAZ === true,
        deletionProtection: cluster.DeletionProtection === true,
        tags: (0,convert/* tagsOf */.Fg)(cluster.TagList),
    };
}
/** DB instances and clusters of one region, listed in pages (tags come with the listing). */
async function collectRds(ctx) {
    const client = ctx.clients.rds;
    const [instances, clusters] = await Promise.all([
        ctx.pages('rds:DescribeDBInstances', (0,client_rds_dist_cjs/* paginateDescribeDBInstances */.$PQ)({ client, pageSize: rds_PAGE_SIZE }, {}), (page) => page.DBInstances),
        ctx.pages('rds:DescribeDBClusters', (0,client_rds_dist_cjs/* paginateDescribeDBClusters */.cbb)({ client, pageSize: rds_PAGE_SIZE }, {}), (page) => page.DBClusters),
    ]);
    return {
        instances: (0,model_inventory/* mapFetched */.KX)(instances, (list) => list.map(rds_toInstance).filter((db) => !GONE_STATUSES.has(db.status))),
        clusters: (0,model_inventory/* mapFetched */.KX)(clusters, (list) => list.map(toCluster).filter((c) => !GONE_STATUSES.has(c.status))),
    };
}

;// CONCATENATED MODULE: ./src/collect/s3.ts




/** GetBucketLocation answers null for us-east-1 and the legacy `EU` for eu-west-1. */
function regionOfLocation(constraint) {
    if (!constraint)
        return 'us-east-1';
    return constraint === 'EU' ? 'eu-west-1' : constraint;
}
function toSettings(config) {
    return {
        blockPublicAcls: config?.BlockPublicAcls === true,
        ignorePublicAcls: config?.IgnorePublicAcls === true,
        blockPublicPolicy: config?.BlockPublicPolicy === true,
        restrictPublicBuckets: config?.RestrictPublicBuckets === true,
    };
}
async function readBucket(ctx, s3, name) {
    const [tagging, encryption, versioning, publicAccessBlock, policy] = await Promise.all([
        ctx.call('s3:GetBucketTagging', () => s3.send(new client_s3_dist_cjs/* GetBucketTaggingCommand */.fp5({ Bucket: name })), [
            'NoSuchTagSet',
        ]),
        ctx.call('s3:GetBucketEncryption', () => s3.send(new client_s3_dist_cjs/* GetBucketEncryptionCommand */.tQT({ Bucket: name })), ['ServerSideEncryptionConfigurationNotFoundError']),
        ctx.call('s3:GetBucketVersioning', () => s3.send(new client_s3_dist_cjs/* GetBucketVersioningCommand */._rj({ Bucket: name }))),
        ctx.call('s3:GetPublicAccessBlock', () => s3.send(new client_s3_dist_cjs/* GetPublicAccessBlockCommand */.GLk({ Bucket: name })), ['NoSuchPublicAccessBlockConfiguration']),
        ctx.call('s3:GetBucketPolicy', () => s3.send(new client_s3_dist_cjs/* GetBucketPolicyCommand */.mCJ({ Bucket: name })), [
            'NoSuchBucketPolicy',
        ]),
    ]);
    return {
        tags: (0,model_inventory/* mapFetched */.KX)(tagging, (answer) => {
            const tags = {};
            for (const tag of answer?.TagSet ?? [])
                if (tag.Key)
                    tags[tag.Key] = tag.Value ?? '';
            return tags;
        }),
        encryption: (0,model_inventory/* mapFetched */.KX)(encryption, (answer) => {
            const rules = answer?.ServerSideEncryptionConfiguration?.Rules ?? [];
            const defaults = rules.flatMap((rule) => {
                const sse = rule.ApplyServerSideEncryptionByDefault;
                if (!sse?.SSEAlgorithm)
                    return [];
                const out = { algorithm: sse.SSEAlgorithm };
                if (sse.KMSMasterKeyID)
                    out.kmsKeyId = sse.KMSMasterKeyID;
                if (rule.BucketKeyEnabled !== undefined)
                    out.bucketKeyEnabled = rule.BucketKeyEnabled;
                return [out];
            });
            return defaults.length > 0 ? defaults : null;
        }),
        versioning: (0,model_inventory/* mapFetched */.KX)(versioning, (answer) => answer?.Status ?? null),
        publicAccessBlock: (0,model_inventory/* mapFetched */.KX)(publicAccessBlock, (answer) => answer ? toSettings(answer.PublicAccessBlockConfiguration) : null),
        policy: (0,model_inventory/* mapFetched */.KX)(policy, (answer) => answer?.Policy ?? null),
    };
}
/** Every read of a bucket whose region could not be found fails with that lookup's failure. */
function unreadBucket(failure) {
    const failed = { ok: false, error: failure };
    return {
        tags: failed,
        encryption: failed,
        versioning: failed,
        publicAccessBlock: failed,
        policy: failed,
    };
}
/**
 * S3 is account-wide: ListBuckets and the account's Block Public Access are read once from the
 * home region (`ctx.region`), then each bucket in the scanned regions is read through a client of
 * its own region, as S3 answers bucket calls only in the bucket's region.
 */
async function collectS3(ctx, regions) {
    const s3 = ctx.clients.s3;
    const inScope = (region) => regions === 'all' || regions.includes(region);
    const clientFor = (region) => region === ctx.region || !ctx.clientsFor ? s3 : ctx.clientsFor(region).s3;
    const partition = (0,convert/* partitionOf */.iQ)(ctx.region);
    const [listing, accountBlock] = await Promise.all([
        // No page size: moto truncates at MaxBuckets without a continuation token.
        ctx.pages('s3:ListBuckets', (0,client_s3_dist_cjs/* paginateListBuckets */.JPx)({ client: s3 }, {}), (page) => page.Buckets),
        ctx.call('s3control:GetPublicAccessBlock', () => ctx.clients.s3control.send(new client_s3_control_dist_cjs/* GetPublicAccessBlockCommand */.GLk({ AccountId: ctx.account })), ['NoSuchPublicAccessBlockConfiguration']),
    ]);
    const accountPublicAccessBlock = (0,model_inventory/* mapFetched */.KX)(accountBlock, (answer) => answer ? toSettings(answer.PublicAccessBlockConfiguration) : null);
    if (!listing.ok)
        return { accountPublicAccessBlock, buckets: listing };
    const listed = listing.value
        .filter((b) => Boolean(b.Name))
        .sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
    const collected = await ctx.pool(listed, async (bucket) => {
        const name = bucket.Name;
        const region = bucket.BucketRegion
            ? { ok: true, value: bucket.BucketRegion }
            : (0,model_inventory/* mapFetched */.KX)(await ctx.call('s3:GetBucketLocation', () => s3.send(new client_s3_dist_cjs/* GetBucketLocationCommand */.r_J({ Bucket: name }))), (answer) => regionOfLocation(answer?.LocationConstraint));
        if (region.ok && !inScope(region.value))
            return undefined;
        const base = {
            name,
            arn: `arn:${partition}:s3:::${name}`,
            // A bucket of unknown region is kept, not dropped: it is reported UNKNOWN in the home region.
            region: region.ok ? region.value : ctx.region,
            ...(bucket.CreationDate ? { createdAt: bucket.CreationDate.toISOString() } : {}),
        };
        const reads = region.ok
            ? await readBucket(ctx.recordingIn(region.value), clientFor(region.value), name)
            : unreadBucket(region.error);
        return { ...base, ...reads };
    });
    return {
        accountPublicAccessBlock,
        buckets: { ok: true, value: collected.filter((b) => b !== undefined) },
    };
}

;// CONCATENATED MODULE: ./src/collect/sg.ts




/** The largest page DescribeNetworkInterfaces accepts. */
const INTERFACE_PAGE_SIZE = 1000;
function toGroup(group, arnPrefix) {
    const id = group.GroupId ?? '';
    const out = {
        id,
        arn: group.SecurityGroupArn ?? `${arnPrefix}:security-group/${id}`,
        name: group.GroupName ?? '',
        tags: (0,convert/* tagsOf */.Fg)(group.Tags),
        ingress: (group.IpPermissions ?? []).map(toIngressPermission),
    };
    if (group.VpcId)
        out.vpcId = group.VpcId;
    return out;
}
/**
 * Every security group of one region (the listing the EFS collector shares), the entries of the
 * managed prefix lists they reference (read once per list) and, from one paginated network
 * interface listing, how many interfaces use each group.
 */
async function collectSecurityGroups(ctx) {
    const arnPrefix = `arn:${(0,convert/* partitionOf */.iQ)(ctx.region)}:ec2:${ctx.region}:${ctx.account}`;
    const listGroups = async () => {
        const groups = (0,model_inventory/* mapFetched */.KX)(await listSecurityGroups(ctx), (list) => list.map((g) => toGroup(g, arnPrefix)));
        const ingress = groups.ok ? groups.value.flatMap((g) => g.ingress) : [];
        return { groups, prefixLists: await readPrefixLists(ctx, referencedPrefixLists(ingress)) };
    };
    const [{ groups, prefixLists }, interfaces] = await Promise.all([
        listGroups(),
        ctx.pages('ec2:DescribeNetworkInterfaces', (0,client_ec2_dist_cjs/* paginateDescribeNetworkInterfaces */.pkX)({ client: ctx.clients.ec2, pageSize: INTERFACE_PAGE_SIZE }, {}), (page) => page.NetworkInterfaces),
    ]);
    return {
        groups,
        networkInterfaceCounts: (0,model_inventory/* mapFetched */.KX)(interfaces, (list) => {
            const counts = {};
            for (const eni of list) {
                for (const { GroupId } of eni.Groups ?? []) {
                    if (GroupId)
                        counts[GroupId] = (counts[GroupId] ?? 0) + 1;
                }
            }
            return counts;
        }),
        prefixLists,
    };
}

;// CONCATENATED MODULE: ./src/collect/index.ts











const REGIONAL_COLLECTORS = {
    efs: collectEfs,
    ec2: collectEc2,
    sg: collectSecurityGroups,
    rds: collectRds,
};
const GLOBAL_COLLECTORS = {
    s3: collectS3,
    iam: collectIam,
};
function isRegional(service) {
    return service in REGIONAL_COLLECTORS;
}
/** `region: all`: every region enabled for the account (DescribeRegions lists opted-in ones too). */
async function enabledRegions(factory, homeRegion) {
    try {
        const answer = await factory.forRegion(homeRegion).ec2.send(new client_ec2_dist_cjs/* DescribeRegionsCommand */.cAn({}));
        const regions = (answer.Regions ?? [])
            .flatMap((r) => (r.OptInStatus !== 'not-opted-in' && r.RegionName ? [r.RegionName] : []))
            .sort();
        if (regions.length === 0)
            throw new Error('DescribeRegions returned no enabled region');
        return regions;
    }
    catch (error) {
        const failure = (0,aws_errors/* toCallFailure */.Ol)('ec2:DescribeRegions', error);
        throw new errors/* ScanError */.s(`region "all" needs the list of enabled regions, but ${failure.operation} failed with ${failure.code}: ${failure.message}`);
    }
}
/** Items of the top-level listings of a service's part: what a progress line counts. */
function countResources(part) {
    let count = 0;
    for (const value of Object.values((part ?? {}))) {
        const read = value;
        if (read?.ok === true && Array.isArray(read.value))
            count += read.value.length;
    }
    return count;
}
/**
 * Collects every requested service in every region concurrently. A collector never throws past
 * its service: failures become CollectionErrors and holes the rules report as UNKNOWN.
 */
async function collectInventory(options) {
    const { account, homeRegion, regions, services, factory } = options;
    const errors = [];
    const sharedCache = new Map();
    const spans = new Map();
    const calls = new Map();
    const jobKey = (service, region) => `${service}|${region}`;
    const context = (service, region, errorRegion = region) => createCollectContext({
        onCall: () => {
            const key = jobKey(service, errorRegion);
            calls.set(key, (calls.get(key) ?? 0) + 1);
        },
        account,
        region,
        errorRegion,
        service,
        clients: factory.forRegion(region),
        clientsFor: (other) => factory.forRegion(other),
        errors,
        sharedCache,
        deadline: options.deadline,
    });
    const timed = async (service, region, work) => {
        const start = Date.now();
        let part;
        try {
            part = await work();
            return part;
        }
        catch (error) {
            // A collector bug must not stop the other services: record it like a failed call.
            errors.push({ service, region, ...(0,aws_errors/* toCallFailure */.Ol)(`${service}:collect`, error) });
            return undefined;
        }
        finally {
            const span = spans.get(service);
            const end = Date.now();
            spans.set(service, {
                start: Math.min(span?.start ?? start, start),
                end: Math.max(span?.end ?? end, end),
            });
            done++;
            options.onProgress?.({
                service,
                region,
                resources: countResources(part),
                calls: calls.get(jobKey(service, region)) ?? 0,
                elapsedMs: end - start,
                done,
                total,
            });
        }
    };
    let done = 0;
    const total = services.reduce((n, service) => n + (isRegional(service) ? regions.length : 1), 0);
    const regional = Object.fromEntries(regions.map((r) => [r, {}]));
    const global = {};
    const jobs = [];
    for (const service of services) {
        if (isRegional(service)) {
            for (const region of regions) {
                jobs.push(timed(service, region, () => REGIONAL_COLLECTORS[service](context(service, region))).then((part) => {
                    if (part)
                        regional[region][service] = part;
                }));
            }
        }
        else {
            jobs.push(timed(service, 'global', () => GLOBAL_COLLECTORS[service](context(service, homeRegion, 'global'), regions)).then((part) => {
                if (part)
                    global[service] = part;
            }));
        }
    }
    await Promise.all(jobs);
    const inventory = {
        schemaVersion: model_inventory/* INVENTORY_SCHEMA_VERSION */.Gi,
        account,
        collectedAt: (options.now?.() ?? new Date()).toISOString(),
        regions: [...regions],
        services: [...services],
        global,
        regional,
        errors,
    };
    const durationMsByService = {};
    for (const [service, span] of spans)
        durationMsByService[service] = span.end - span.start;
    return { inventory, stats: { apiCalls: options.apiCalls, durationMsByService } };
}

// EXTERNAL MODULE: ./src/rules/index.ts + 16 modules
var rules = __webpack_require__(2112);
// EXTERNAL MODULE: ./src/rules/select.ts
var rules_select = __webpack_require__(7375);
// EXTERNAL MODULE: ./src/triage/evaluate.ts + 3 modules
var evaluate = __webpack_require__(7002);
;// CONCATENATED MODULE: ./src/pipeline.ts








/** Where account-wide calls go: the first scanned region, or the environment's for `all`. */
function homeRegion(config, env = process.env) {
    if (config.regions !== 'all' && config.regions[0])
        return config.regions[0];
    return env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1';
}
/** Live part of the pipeline: who am I, which regions, collect. */
async function collectAccount(config, deps) {
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
            return await untilDeadline(work(), deadline);
        }
        catch (error) {
            if (!deadline?.signal.aborted)
                throw error;
            throw new errors/* ScanError */.s(`The scan-timeout-minutes deadline (${formatMinutes(deadline.minutes)}) passed before ${step}: nothing was collected.`, { cause: error });
        }
    };
    const identity = await beforeCollection('the account could be identified', () => getAccountId(factory.forRegion(deps.homeRegion).sts));
    const account = identity.account;
    deps.log?.(`Scanning account ${account} as ${identity.arn}`);
    const regions = config.regions === 'all'
        ? await beforeCollection('the enabled regions could be listed', () => enabledRegions(factory, deps.homeRegion))
        : config.regions;
    // Calls that only unselected checks need are not made: a service none of them reads is skipped.
    const selected = new Set((0,rules_select/* selectRules */.u)(rules/* ALL_RULES */.U, config.checks, config.skipChecks).map((rule) => rule.meta.service));
    const services = config.services.filter((service) => selected.has(service));
    const skippedServices = config.services.filter((service) => !selected.has(service));
    deps.log?.(`Regions: ${regions.join(', ')}; services: ${services.join(', ')}`);
    const collected = await collectInventory({
        account,
        homeRegion: deps.homeRegion,
        regions,
        services,
        factory,
        apiCalls,
        deadline,
        ...(deps.onProgress ? { onProgress: deps.onProgress } : {}),
    });
    if (deadline?.signal.aborted) {
        deps.log?.(`The scan-timeout-minutes deadline (${formatMinutes(deadline.minutes)}) passed: collection stopped, and what was not collected is UNKNOWN.`);
    }
    if (skippedServices.length === 0)
        return collected;
    return { ...collected, stats: { ...collected.stats, skippedServices } };
}
/** The whole live pipeline: credentials, collection, evaluation. */
async function scanAccount(config, deps, triage = {}) {
    const startedAt = new Date();
    const deadline = startDeadline(config.scanTimeoutMinutes, deps.timers);
    try {
        return await scanWithin(config, deps, triage, startedAt, deadline);
    }
    finally {
        deadline.stop();
    }
}
async function scanWithin(config, deps, triage, startedAt, deadline) {
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
    const { inventory, stats } = await collectAccount(config, {
        credentials,
        homeRegion: region,
        log: deps.log,
        deadline,
        ...(deps.onProgress ? { onProgress: deps.onProgress } : {}),
    });
    return {
        report: (0,evaluate/* evaluateInventory */.w)(inventory, config, { startedAt, stats, triage }),
        inventory,
    };
}


/***/ })

};
