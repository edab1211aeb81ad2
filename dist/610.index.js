export const id = 610;
export const ids = [610];
export const modules = {

/***/ 1610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanAccount: () => (/* binding */ scanAccount)
});

// UNUSED EXPORTS: collectAccount, homeRegion

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-backup/dist-cjs/index.js
var dist_cjs = __webpack_require__(2760);
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
/** True when the SDK will send this client's calls to an endpoint override (an emulator). */
function hasEndpointOverride(env, serviceEnvSuffix) {
    if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true')
        return false;
    return Boolean(env[`AWS_ENDPOINT_URL_${serviceEnvSuffix}`] || env.AWS_ENDPOINT_URL);
}
/**
 * The one place SDK clients are built. Endpoints come from the SDK's own AWS_ENDPOINT_URL
 * handling; with an override, S3 uses path-style addressing and S3 Control drops the account id
 * host prefix, which an emulator host cannot resolve.
 */
function createClientFactory(options) {
    const env = options.env ?? process.env;
    const byRegion = new Map();
    function build(name, region) {
        const extra = {};
        if (name === 's3' && hasEndpointOverride(env, 'S3'))
            extra.forcePathStyle = true;
        const Ctor = CLIENT_CLASSES[name];
        const client = new Ctor({
            region,
            credentials: options.credentials,
            maxAttempts: options.maxAttempts,
            retryMode: 'adaptive',
            ...extra,
        });
        const stack = client.middlewareStack;
        if (options.onCall) {
            const onCall = options.onCall;
            stack.add((next, context) => (args) => {
                const command = String(context.commandName ?? 'Unknown').replace(/Command$/, '');
                onCall(`${name}:${command}`);
                return next(args);
            }, { step: 'initialize', name: 'postureGateCallCounter' });
        }
        if (name === 's3control' && hasEndpointOverride(env, 'S3_CONTROL')) {
            stack.add((next) => (args) => {
                const request = args.request;
                if (request?.hostname)
                    request.hostname = request.hostname.replace(/^\d{12}\./, '');
                if (request?.headers?.host)
                    request.headers.host = request.headers.host.replace(/^\d{12}\./, '');
                return next(args);
            }, { step: 'finalizeRequest', name: 'postureGateStripAccountHost', priority: 'low' });
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-providers/dist-cjs/index.js
var credential_providers_dist_cjs = __webpack_require__(9719);
;// CONCATENATED MODULE: ./src/errors.ts
/** The scan could not run at all (no credentials, no account, no region): result `error`, exit 3. */
class ScanError extends Error {
    name = 'ScanError';
}

// EXTERNAL MODULE: ./src/aws/errors.ts
var aws_errors = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/aws/credentials.ts





/** A ScanError (the run cannot start: exit 3) worded for the person fixing the workflow. */
class CredentialsError extends ScanError {
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
const THROTTLING = new Set([
    'PriorRequestNotComplete',
    'RequestLimitExceeded',
    'RequestThrottled',
    'RequestThrottledException',
    'SlowDown',
    'ThrottledException',
    'Throttling',
    'ThrottlingException',
    'TooManyRequestsException',
]);
const NETWORK = new Set([
    'EAI_AGAIN',
    'ECONNREFUSED',
    'ECONNRESET',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENOTFOUND',
    'EPIPE',
    'ETIMEDOUT',
    'RequestTimeout',
    'RequestTimeoutException',
    'TimeoutError',
]);
/**
 * With `roleToAssume`: GitHub OIDC token, then STS AssumeRoleWithWebIdentity, with every secret
 * masked before it is returned. Without: the SDK default chain, resolved once here so a missing
 * credential stops the run before any collector starts, and shared by all clients afterwards.
 */
async function resolveCredentials(options, deps) {
    if (options.roleToAssume)
        return assumeRoleWithOidc(options.roleToAssume, options, deps);
    const provider = (0,credential_providers_dist_cjs/* fromNodeProviderChain */.br)({ clientConfig: { region: options.region } });
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
async function assumeRoleWithOidc(roleArn, options, deps) {
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
        credentials: {
            accessKeyId: AccessKeyId,
            secretAccessKey: SecretAccessKey,
            sessionToken: SessionToken,
            expiration: Expiration,
        },
        source: 'oidc',
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
        THROTTLING.has((0,aws_errors/* errorCode */.CA)(error)) ||
        NETWORK.has(e.code ?? '') ||
        NETWORK.has(e.name ?? ''));
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
    const fail = (operation, error) => {
        const failure = (0,aws_errors/* toCallFailure */.Ol)(operation, error);
        errors.push({ service, region: options.errorRegion ?? region, ...failure });
        return failure;
    };
    return {
        account,
        region,
        service,
        clients,
        clientsFor: options.clientsFor,
        async call(operation, fn, absentCodes = []) {
            try {
                return { ok: true, value: await fn() };
            }
            catch (error) {
                const code = codeOf(error);
                if (code && absentCodes.includes(code))
                    return { ok: true, value: null };
                return { ok: false, error: fail(operation, error) };
            }
        },
        async pages(operation, pages, items, absentCodes = []) {
            const all = [];
            try {
                for await (const page of pages)
                    all.push(...(items(page) ?? []));
                return { ok: true, value: all };
            }
            catch (error) {
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

;// CONCATENATED MODULE: ./src/collect/convert.ts
/** The ARN partition of a region (`aws`, `aws-cn`, `aws-us-gov`, `aws-eusc`). */
function partitionOf(region) {
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    if (region.startsWith('eusc-'))
        return 'aws-eusc';
    return 'aws';
}
/** An EC2 or RDS `[{Key, Value}]` tag list as a plain map. */
function tagsOf(list) {
    const tags = {};
    for (const tag of list ?? [])
        if (tag.Key)
            tags[tag.Key] = tag.Value ?? '';
    return tags;
}
/** AWS-managed policies have `aws` where the account id would be. */
function isAwsManagedPolicy(arn) {
    return /^arn:aws[a-z-]*:iam::aws:policy\//.test(arn);
}

// EXTERNAL MODULE: ./src/model/inventory.ts
var model_inventory = __webpack_require__(1621);
;// CONCATENATED MODULE: ./src/collect/ec2.ts



/** The largest page sizes the two listings accept. */
const INSTANCE_PAGE_SIZE = 1000;
const VOLUME_PAGE_SIZE = 500;
const LIVE_INSTANCE_STATES = ['pending', 'running', 'stopping', 'stopped'];
const LIVE_VOLUME_STATES = ['creating', 'available', 'in-use', 'error'];
function toInstance(instance, arnPrefix) {
    const tags = tagsOf(instance.Tags);
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
    if (instance.PublicIpAddress)
        out.publicIp = instance.PublicIpAddress;
    return out;
}
function toVolume(volume, arnPrefix) {
    const tags = tagsOf(volume.Tags);
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
    const arnPrefix = `arn:${partitionOf(ctx.region)}:ec2:${ctx.region}:${ctx.account}`;
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

;// CONCATENATED MODULE: ./src/model/metrics.ts
// Metric series and windows are plain data shared by the collector, the rules and the demo: no SDK
// here, so evaluating an inventory never loads the CloudWatch client.
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/**
 * A window of `days` ending at the last whole hour before `now`, so that hourly and daily buckets
 * line up with CloudWatch's stored aggregates.
 */
function metricWindow(now, days, periodSeconds) {
    const end = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
    return {
        start: new Date(end - days * DAY_MS).toISOString(),
        end: new Date(end).toISOString(),
        periodSeconds,
    };
}
/** The length of a metric window in seconds. */
function windowSeconds(window) {
    return (Date.parse(window.end) - Date.parse(window.start)) / 1000;
}

;// CONCATENATED MODULE: ./src/collect/metrics.ts


/** GetMetricData limits per call (CloudWatch API reference). */
const GET_METRIC_DATA_MAX_QUERIES = 500;
const GET_METRIC_DATA_MAX_DATAPOINTS = 100_800;
/** How many queries of this window fit one call under both the query and datapoint limits. */
function queriesPerCall(window) {
    const pointsPerQuery = Math.ceil(windowSeconds(window) / window.periodSeconds);
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
/** An SDK ingress permission reduced to what the network matcher reads: protocol, ports, CIDRs. */
function toIngressPermission(permission) {
    const out = { IpProtocol: permission.IpProtocol ?? '' };
    if (permission.FromPort !== undefined)
        out.FromPort = permission.FromPort;
    if (permission.ToPort !== undefined)
        out.ToPort = permission.ToPort;
    const ipv4 = (permission.IpRanges ?? []).flatMap((r) => (r.CidrIp ? [{ CidrIp: r.CidrIp }] : []));
    const ipv6 = (permission.Ipv6Ranges ?? []).flatMap((r) => r.CidrIpv6 ? [{ CidrIpv6: r.CidrIpv6 }] : []);
    if (ipv4.length > 0)
        out.IpRanges = ipv4;
    if (ipv6.length > 0)
        out.Ipv6Ranges = ipv6;
    return out;
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
 * security groups) plus one GetMetricData call per 100,800 datapoints.
 */
async function collectEfs(ctx, now = new Date()) {
    const metricWindows = {
        lookback: metricWindow(now, EFS_LOOKBACK_DAYS, HOUR_SECONDS),
        connections: metricWindow(now, EFS_CONNECTIONS_DAYS, DAY_SECONDS),
    };
    const empty = () => ({ ok: true, value: [] });
    const listing = await ctx.pages('efs:DescribeFileSystems', (0,client_efs_dist_cjs/* paginateDescribeFileSystems */.ra5)({ client: ctx.clients.efs, pageSize: EFS_PAGE_SIZE }, {}), (page) => page.FileSystems);
    const described = listing.ok ? listing.value : [];
    // With no file system (or none known) the region-wide reads would have nothing to describe.
    const base = {
        fileSystems: empty(),
        accessPoints: empty(),
        replications: empty(),
        protectedFileSystemArns: empty(),
        alarms: empty(),
        subnets: empty(),
        securityGroups: empty(),
        metricWindows,
    };
    if (!listing.ok)
        return { ...base, fileSystems: listing };
    if (described.length === 0)
        return base;
    const hasMountTargets = described.some((fs) => (fs.NumberOfMountTargets ?? 0) > 0);
    const [details, accessPoints, replications, protectedArns, alarms, metricsOf, subnets, groups] = await Promise.all([
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
    return {
        ...base,
        fileSystems: { ok: true, value: fileSystems },
        accessPoints,
        replications,
        protectedFileSystemArns: protectedArns,
        alarms,
        subnets: (0,model_inventory/* mapFetched */.KX)(subnets, (list) => usedSubnets(list, mountTargets)),
        securityGroups: (0,model_inventory/* mapFetched */.KX)(groups, (list) => usedSecurityGroups(list, mountTargets)),
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
    const tags = tagsOf(fs.Tags);
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
        const tags = tagsOf(ap.Tags);
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
/** One paginated listing of everything AWS Backup protects, kept to the EFS ARNs. */
async function collectProtectedFileSystems(ctx) {
    const listed = await ctx.pages('backup:ListProtectedResources', (0,dist_cjs/* paginateListProtectedResources */.v6I)({ client: ctx.clients.backup, pageSize: BACKUP_PAGE_SIZE }, {}), (page) => page.Results);
    return (0,model_inventory/* mapFetched */.KX)(listed, (list) => list
        .map((r) => r.ResourceArn ?? '')
        .filter((arn) => arn.includes(':elasticfilesystem:') && arn.includes(':file-system/')));
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
 * The series each file system's usage checks need, batched across file systems: three hourly
 * series over the lookback (BurstCreditBalance for bursting file systems only), daily
 * ClientConnections over 60 days, and daily StorageBytes where SizeInBytes reads zero.
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
    const sizeUnknown = (fs) => (fs.SizeInBytes?.Value ?? 0) === 0;
    const storageClasses = { total: 'Total', standard: 'Standard', infrequentAccess: 'IA' };
    const hourly = fileSystems.flatMap((fs) => [
        request(fs, 'MeteredIOBytes', 'Sum'),
        request(fs, 'MetadataIOBytes', 'SampleCount'),
        ...(isBursting(fs) ? [request(fs, 'BurstCreditBalance', 'Minimum')] : []),
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
        name: arn.slice(arn.lastIndexOf('/') + 1),
        awsManaged: isAwsManagedPolicy(arn),
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
        tags: tagsOf(r.Tags),
        inlinePolicies: inline(r.RolePolicyList),
        attachedPolicyArns: attached(r.AttachedManagedPolicies),
    }));
    const users = pages
        .flatMap((p) => p.UserDetailList ?? [])
        .map((u) => ({
        name: u.UserName ?? '',
        arn: u.Arn ?? '',
        path: u.Path ?? '/',
        tags: tagsOf(u.Tags),
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
            name: policy.PolicyName ?? '',
            awsManaged: isAwsManagedPolicy(policy.Arn),
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
        tags: tagsOf(db.TagList),
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
        tags: tagsOf(cluster.TagList),
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
    const partition = partitionOf(ctx.region);
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
        tags: tagsOf(group.Tags),
        ingress: (group.IpPermissions ?? []).map(toIngressPermission),
    };
    if (group.VpcId)
        out.vpcId = group.VpcId;
    return out;
}
/**
 * Every security group of one region (the listing the EFS collector shares) and, from one
 * paginated network interface listing, how many interfaces use each group.
 */
async function collectSecurityGroups(ctx) {
    const [groups, interfaces] = await Promise.all([
        listSecurityGroups(ctx),
        ctx.pages('ec2:DescribeNetworkInterfaces', (0,client_ec2_dist_cjs/* paginateDescribeNetworkInterfaces */.pkX)({ client: ctx.clients.ec2, pageSize: INTERFACE_PAGE_SIZE }, {}), (page) => page.NetworkInterfaces),
    ]);
    const arnPrefix = `arn:${partitionOf(ctx.region)}:ec2:${ctx.region}:${ctx.account}`;
    return {
        groups: (0,model_inventory/* mapFetched */.KX)(groups, (list) => list.map((g) => toGroup(g, arnPrefix))),
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
        throw new ScanError(`region "all" needs the list of enabled regions, but ${failure.operation} failed with ${failure.code}: ${failure.message}`);
    }
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
    const context = (service, region, errorRegion = region) => createCollectContext({
        account,
        region,
        errorRegion,
        service,
        clients: factory.forRegion(region),
        clientsFor: (other) => factory.forRegion(other),
        errors,
        sharedCache,
    });
    const timed = async (service, region, work) => {
        const start = Date.now();
        try {
            return await work();
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
        }
    };
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

// EXTERNAL MODULE: ./src/config/schema.ts + 19 modules
var schema = __webpack_require__(1095);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/aws/permissions.ts
var permissions = __webpack_require__(1105);
;// CONCATENATED MODULE: ./src/rules/kit.ts
// The rule kit: how every check turns the inventory into findings. A check is its metadata plus a
// judge that returns a verdict for one resource; the kit finds the resources, skips what the check
// does not apply to, and owns the UNKNOWNs of a failed listing or an uncollected service.


const withEvidence = (evidence) => evidence ? { evidence } : {};
const pass = (detail, evidence) => ({
    status: 'PASS',
    detail,
    ...withEvidence(evidence),
});
const fail = (detail, evidence, monthlySavingsUsd) => ({
    status: 'FAIL',
    detail,
    ...withEvidence(evidence),
    ...(monthlySavingsUsd !== undefined ? { monthlySavingsUsd } : {}),
});
const unknown = (failure, evidence) => ({
    status: 'UNKNOWN',
    failure,
    ...withEvidence(evidence),
});
/** UNKNOWN without a failed call: the answer came but cannot decide. */
const undetermined = (detail, evidence) => ({
    status: 'UNKNOWN',
    detail,
    ...withEvidence(evidence),
});
/** PASS or FAIL by a test's outcome, with one detail sentence for both. */
const passIf = (passed, detail, evidence) => (passed ? pass(detail, evidence) : fail(detail, evidence));
/** Why a call failed, in the words a user can act on. */
function failureAdvice(code, permission) {
    if ((0,aws_errors/* isAccessDenied */.w7)(code))
        return `; the scan needs ${permission}`;
    if ((0,aws_errors/* isExpiredSession */.oo)(code))
        return ': the session expired during the scan (raise role-duration-seconds)';
    return '';
}
/**
 * An UNKNOWN finding naming the call that failed and the IAM permission it needs. Only a denied
 * call is blamed on permissions: throttling or a service error says so instead.
 */
function unknownFinding(resource, failure) {
    const permission = (0,permissions/* permissionFor */.Tj)(failure.operation);
    return {
        ...resource,
        status: 'UNKNOWN',
        detail: `Could not be assessed: ${failure.operation} failed with ${failure.code}${failureAdvice(failure.code, permission)}.`,
        failedCall: { operation: failure.operation, code: failure.code, permission },
    };
}
const ACCOUNT_TYPE = 'AWS::::Account';
/**
 * When a listing failed there are no resources to judge: one account-level UNKNOWN per check and
 * region says so, rather than no result at all (which would read as "all fine").
 */
function listingUnknown(account, region, failure) {
    return unknownFinding({ region, resourceId: account, resourceType: ACCOUNT_TYPE }, failure);
}
/** The first failed read among `reads`, if any: a check that needs all of them is UNKNOWN. */
function firstFailure(...reads) {
    for (const read of reads)
        if (!read.ok)
            return read.error;
    return undefined;
}
function toFinding(ref, verdict) {
    if (verdict.status !== 'UNKNOWN')
        return { ...ref, ...verdict };
    const evidence = withEvidence(verdict.evidence);
    if ('failure' in verdict)
        return { ...unknownFinding(ref, verdict.failure), ...evidence };
    return { ...ref, status: 'UNKNOWN', detail: verdict.detail, ...evidence };
}
/** Account-wide services: one part, reported under region `global`. */
const ACCOUNT_WIDE = new Set(['s3', 'iam']);
const GLOBAL_REGION = 'global';
/** The collected parts of one service, with the region each stands for. */
function partsOf(inventory, service) {
    if (ACCOUNT_WIDE.has(service)) {
        const part = inventory.global[service];
        return part ? [{ region: GLOBAL_REGION, part }] : [];
    }
    return Object.entries(inventory.regional).flatMap(([region, parts]) => {
        const part = parts[service];
        return part ? [{ region, part }] : [];
    });
}
/** Where a scanned service has no part in the inventory: its collector failed, or a file lacks it. */
function missingRegions(inventory, service) {
    if (ACCOUNT_WIDE.has(service)) {
        return inventory.global[service] ? [] : [GLOBAL_REGION];
    }
    return inventory.regions.filter((region) => !inventory.regional[region]?.[service]);
}
/** The recorded failure of the service's collector there, or a stand-in naming the gap. */
function whyMissing(inventory, service, region) {
    const operation = `${service}:collect`;
    const recorded = inventory.errors.find((e) => e.service === service && e.region === region && e.operation === operation);
    if (recorded)
        return { operation, code: recorded.code, message: recorded.message };
    return {
        operation,
        code: 'NotCollected',
        message: `the inventory has no ${service} data for ${region}`,
    };
}
/**
 * One account-level UNKNOWN per region where the service was not collected. Rules skip a missing
 * part; without these results the service would silently drop out of the score and the gate.
 */
function notCollectedFindings(inventory, service) {
    return missingRegions(inventory, service).map((region) => listingUnknown(inventory.account, region, whyMissing(inventory, service, region)));
}
/** Categories whose checks skip resources younger than `min-age-days` (CHECKS.md). */
const USAGE_CATEGORIES = new Set(['cost', 'performance']);
function isUsageCheck(meta) {
    return USAGE_CATEGORIES.has(meta.category);
}
const kit_DAY_MS = 86_400_000;
/** Whole days between an ISO timestamp and now. */
function ageInDays(createdAt, now) {
    return Math.floor((now.getTime() - Date.parse(createdAt)) / kit_DAY_MS);
}
/** A check judged once per listed resource of each region. */
function resourceRule(check) {
    const usage = isUsageCheck(check.meta);
    const tooYoung = (item, context) => {
        const createdAt = usage ? check.createdAt?.(item) : undefined;
        return createdAt !== undefined && ageInDays(createdAt, context.now) < context.minAgeDays;
    };
    return {
        meta: check.meta,
        evaluate(inventory, context) {
            return partsOf(inventory, check.meta.service).flatMap(({ region, part }) => {
                const listed = check.resources(part);
                const listings = Array.isArray(listed)
                    ? listed
                    : [listed];
                const failure = firstFailure(...listings);
                const findings = failure ? [listingUnknown(inventory.account, region, failure)] : [];
                for (const listing of listings) {
                    if (!listing.ok)
                        continue;
                    for (const item of listing.value) {
                        if (check.appliesTo && !check.appliesTo(item, part))
                            continue;
                        if (tooYoung(item, context))
                            continue;
                        findings.push(toFinding(check.ref(item, region), check.judge(item, part, context)));
                    }
                }
                return findings;
            });
        },
    };
}
/** A check of an account setting, judged once per region; the result is about the account. */
function regionRule(check) {
    return {
        meta: check.meta,
        evaluate(inventory, context) {
            return partsOf(inventory, check.meta.service).map(({ region, part }) => toFinding({ region, resourceId: inventory.account }, check.judge(part, region, context)));
        },
    };
}
/** A check that looks at one field of each resource: PASS or FAIL by its value. */
function fieldRule(check) {
    const { field, missing, passes, detail, evidence, ...resource } = check;
    return resourceRule({
        ...resource,
        judge: (item, part) => {
            const value = field(item);
            const seen = evidence?.(value, item);
            if (value === undefined) {
                return undetermined(missing ?? 'The answer lacked the field this check reads.', seen);
            }
            return passIf(passes(value), detail(value, item, part), seen);
        },
    });
}

;// CONCATENATED MODULE: ./src/rules/engine.ts


/** Stable fingerprint of a result: the same check on the same resource keeps its id across runs. */
function resultId(checkId, account, region, resourceId) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update([checkId, account, region, resourceId].join('\u0000'))
        .digest('hex')
        .slice(0, 16);
}
function toCheckResult(rule, account, finding) {
    const { meta } = rule;
    const result = {
        id: resultId(meta.id, account, finding.region, finding.resourceId),
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
        detail: finding.detail,
        remediation: meta.remediation,
        frameworks: meta.frameworks,
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
 * Runs every rule of the scanned services over the inventory. A rule judges the parts that were
 * collected; where a part is missing, each of the service's checks is UNKNOWN there.
 */
function evaluateRules(rules, inventory, context) {
    const services = new Set(inventory.services);
    return rules
        .filter((rule) => services.has(rule.meta.service))
        .flatMap((rule) => [
        ...rule.evaluate(inventory, context),
        ...notCollectedFindings(inventory, rule.meta.service),
    ].map((f) => toCheckResult(rule, inventory.account, f)));
}

;// CONCATENATED MODULE: ./src/rules/ec2.ts

const INSTANCE_TYPE = 'AWS::EC2::Instance';
const VOLUME_TYPE = 'AWS::EC2::Volume';
function resourceRef(resource, region) {
    const ref = { region, resourceId: resource.id, resourceArn: resource.arn };
    if (resource.name !== undefined)
        ref.resourceName = resource.name;
    return ref;
}
/** EC2.8 applies to instances that can serve metadata now or after a start. */
const IMDS_STATES = new Set(['pending', 'running', 'stopped']);
const imdsv2NotRequired = fieldRule({
    meta: {
        id: 'ec2.imdsv2-not-required',
        title: 'EC2 instance does not require IMDSv2',
        service: 'ec2',
        category: 'security',
        severity: 'high',
        resourceType: INSTANCE_TYPE,
        remediation: {
            text: 'Set the instance metadata option HttpTokens to required (aws ec2 modify-instance-metadata-options --http-tokens required), after checking that its software uses IMDSv2.',
            url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html',
        },
        frameworks: { fsbp: ['EC2.8'], cis: ['5.6'] },
        failWhen: 'A `pending`, `running` or `stopped` instance has `MetadataOptions.HttpTokens` other than `required`, whatever its `HttpEndpoint` setting.',
    },
    resources: (ec2) => ec2.instances,
    ref: resourceRef,
    appliesTo: (instance) => IMDS_STATES.has(instance.state),
    field: (instance) => instance.httpTokens,
    missing: 'MetadataOptions.HttpTokens was not in the DescribeInstances answer: whether IMDSv1 is served is not known.',
    passes: (httpTokens) => httpTokens === 'required',
    detail: (httpTokens, instance) => httpTokens === 'required'
        ? 'HttpTokens is required: only IMDSv2 is served.'
        : `HttpTokens is ${httpTokens}, not required: IMDSv1 is served to anything on the ${instance.state} instance.`,
    evidence: (httpTokens, instance) => ({ state: instance.state, httpTokens: httpTokens ?? null }),
});
const ebsVolumeUnencrypted = fieldRule({
    meta: {
        id: 'ec2.ebs-volume-unencrypted',
        title: 'EBS volume not encrypted',
        service: 'ec2',
        category: 'security',
        severity: 'high',
        resourceType: VOLUME_TYPE,
        remediation: {
            text: 'Volumes cannot be encrypted in place: snapshot the volume, copy the snapshot with encryption, create a volume from it and swap it in.',
            url: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
        },
        frameworks: { fsbp: ['EC2.3'] },
        failWhen: 'The volume has `Encrypted` false, attached or not.',
    },
    resources: (ec2) => ec2.volumes,
    ref: resourceRef,
    field: (volume) => volume.encrypted,
    passes: (encrypted) => encrypted,
    detail: (encrypted, volume) => {
        const attachment = volume.attachedTo.length > 0 ? `attached to ${volume.attachedTo.join(', ')}` : 'not attached';
        return `The volume is ${encrypted ? '' : 'not '}encrypted (${attachment}).`;
    },
    evidence: (encrypted, volume) => ({
        encrypted,
        state: volume.state,
        attachedTo: volume.attachedTo,
    }),
});
const ebsDefaultEncryptionOff = regionRule({
    meta: {
        id: 'ec2.ebs-default-encryption-off',
        title: 'EBS encryption by default is off',
        service: 'ec2',
        category: 'security',
        severity: 'medium',
        resourceType: ACCOUNT_TYPE,
        remediation: {
            text: 'Turn on EBS encryption by default in this region (aws ec2 enable-ebs-encryption-by-default): every new volume and snapshot copy is then encrypted.',
            url: 'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
        },
        frameworks: { fsbp: ['EC2.7'], cis: ['2.2.1'] },
        failWhen: 'EBS encryption by default (`GetEbsEncryptionByDefault`) is off in the region: one result per region, about the account.',
    },
    judge: (ec2, region) => {
        const setting = ec2.ebsEncryptionByDefault;
        if (!setting.ok)
            return unknown(setting.error);
        if (setting.value === null) {
            return undetermined(`EbsEncryptionByDefault was not in the GetEbsEncryptionByDefault answer for ${region}: whether new volumes are encrypted by default is not known.`, { ebsEncryptionByDefault: null });
        }
        return setting.value
            ? pass(`EBS encryption by default is on in ${region}.`, { ebsEncryptionByDefault: true })
            : fail(`EBS encryption by default is off in ${region}: new volumes are unencrypted unless each request asks.`, { ebsEncryptionByDefault: false });
    },
});
const publicIp = resourceRule({
    meta: {
        id: 'ec2.public-ip',
        title: 'EC2 instance has a public IPv4 address',
        service: 'ec2',
        category: 'security',
        severity: 'medium',
        resourceType: INSTANCE_TYPE,
        remediation: {
            text: 'Launch the instance in a private subnet (no auto-assigned public IP) and reach it through a load balancer, NAT or Systems Manager Session Manager.',
            url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html',
        },
        frameworks: { fsbp: ['EC2.9'] },
        failWhen: 'The instance has a public IPv4 address (`PublicIpAddress` is set).',
    },
    resources: (ec2) => ec2.instances,
    ref: resourceRef,
    judge: (instance) => instance.publicIp
        ? fail(`The instance has the public IPv4 address ${instance.publicIp}.`, {
            publicIp: instance.publicIp,
            state: instance.state,
        })
        : pass('The instance has no public IPv4 address.', {
            publicIp: null,
            state: instance.state,
        }),
});
/** The EC2 checks of CHECKS.md, in catalogue order. */
const ec2Rules = [
    imdsv2NotRequired,
    ebsVolumeUnencrypted,
    ebsDefaultEncryptionOff,
    publicIp,
];

// EXTERNAL MODULE: ./src/model/money.ts
var money = __webpack_require__(5221);
;// CONCATENATED MODULE: ./src/rules/metrics.ts
/**
 * Reductions of stored CloudWatch series, shared by every usage rule. CHECKS.md: a throughput from a
 * byte Sum is Sum / period seconds, an operation rate is SampleCount / period seconds, and for I/O
 * and connection metrics a missing datapoint means no activity.
 */
/** The sum of every datapoint; 0 without datapoints. */
function sumOf(series) {
    return series.values.reduce((total, value) => total + value, 0);
}
/** The lowest datapoint, or undefined without datapoints (a gauge with no reading is unknown). */
function minOf(series) {
    return series.values.length > 0
        ? series.values.reduce((low, value) => Math.min(low, value))
        : undefined;
}
/** The highest datapoint; 0 without datapoints. */
function maxOf(series) {
    return series.values.reduce((high, value) => Math.max(high, value), 0);
}
/**
 * The peak per-second rate of a per-period Sum or SampleCount series: the busiest bucket divided
 * by the bucket length. With hourly buckets this is the "peak hourly mean".
 */
function peakRatePerSecond(series, periodSeconds) {
    return maxOf(series) / periodSeconds;
}
/** The mean per-second rate over a whole window of a per-period Sum or SampleCount series. */
function meanRatePerSecond(series, windowSeconds) {
    return sumOf(series) / windowSeconds;
}

;// CONCATENATED MODULE: ./src/rules/efs/common.ts

const FILE_SYSTEM_TYPE = 'AWS::EFS::FileSystem';
const ACCESS_POINT_TYPE = 'AWS::EFS::AccessPoint';
function fileSystemRef(fs, region) {
    const ref = { region, resourceId: fs.id, resourceArn: fs.arn };
    if (fs.name !== undefined)
        ref.resourceName = fs.name;
    return ref;
}
function accessPointRef(ap, region) {
    const ref = {
        region,
        resourceId: ap.id,
        resourceArn: ap.arn,
        resourceType: ACCESS_POINT_TYPE,
    };
    if (ap.name !== undefined)
        ref.resourceName = ap.name;
    return ref;
}
/** A check judged once per file system of each region. */
function fileSystemRule(check) {
    return resourceRule({
        ...check,
        meta: { ...check.meta, service: 'efs', resourceType: FILE_SYSTEM_TYPE },
        resources: (efs) => efs.fileSystems,
        ref: fileSystemRef,
        createdAt: (fs) => fs.createdAt,
    });
}
/**
 * The access points of the audited file systems. When the access point listing failed, each file
 * system stands in for the access points it may have, to be judged UNKNOWN.
 */
function accessPointItems(efs) {
    const { fileSystems, accessPoints } = efs;
    if (!fileSystems.ok)
        return fileSystems;
    if (!accessPoints.ok) {
        const failure = accessPoints.error;
        return { ok: true, value: fileSystems.value.map((fileSystem) => ({ fileSystem, failure })) };
    }
    const audited = new Set(fileSystems.value.map((fs) => fs.id));
    return {
        ok: true,
        value: accessPoints.value
            .filter((ap) => audited.has(ap.fileSystemId))
            .map((accessPoint) => ({ accessPoint })),
    };
}
/** A check judged once per access point of an audited file system. */
function accessPointRule(check) {
    return resourceRule({
        meta: { ...check.meta, service: 'efs', resourceType: ACCESS_POINT_TYPE },
        resources: accessPointItems,
        ref: (item, region) => 'accessPoint' in item
            ? accessPointRef(item.accessPoint, region)
            : { ...fileSystemRef(item.fileSystem, region), resourceType: FILE_SYSTEM_TYPE },
        judge: (item) => 'accessPoint' in item ? check.judge(item.accessPoint) : unknown(item.failure),
    });
}
/** AWS bills storage in binary gigabytes. */
const BYTES_PER_GB = 2 ** 30;
function latest(series) {
    const values = series.ok ? series.value.values : [];
    return values.length > 0 ? values[values.length - 1] : undefined;
}
function sizeInBytesGb(size) {
    const infrequentAccess = size.infrequentAccess ?? 0;
    const archive = size.archive ?? 0;
    const standard = size.standard ?? Math.max(0, size.total - infrequentAccess - archive);
    return {
        total: size.total / BYTES_PER_GB,
        standard: standard / BYTES_PER_GB,
        infrequentAccess: infrequentAccess / BYTES_PER_GB,
        archive: archive / BYTES_PER_GB,
        source: 'SizeInBytes',
    };
}
/**
 * What the file system stores. SizeInBytes is the authority; CloudWatch StorageBytes stands in
 * only when SizeInBytes reads zero (an emulator; AWS never reports below 6 KiB) and has datapoints.
 * When that StorageBytes read failed the size is unknown: the zero of SizeInBytes is no answer.
 */
function readStoredGb(fs) {
    const size = fs.sizeInBytes;
    const storage = fs.metrics.storageBytes;
    if (!storage || size.total !== 0)
        return { ok: true, value: sizeInBytesGb(size) };
    const failure = firstFailure(storage.total, storage.standard, storage.infrequentAccess);
    if (failure)
        return { ok: false, error: failure };
    const total = latest(storage.total);
    if (total === undefined)
        return { ok: true, value: sizeInBytesGb(size) };
    const infrequentAccess = latest(storage.infrequentAccess) ?? 0;
    const standard = latest(storage.standard) ?? Math.max(0, total - infrequentAccess);
    return {
        ok: true,
        value: {
            total: total / BYTES_PER_GB,
            standard: standard / BYTES_PER_GB,
            infrequentAccess: infrequentAccess / BYTES_PER_GB,
            archive: 0,
            source: 'StorageBytes',
        },
    };
}
/** Why the size is unknown, naming the failed call as UNKNOWN results do. */
function sizeReadFailure(failure) {
    return `${failure.operation} failed with ${failure.code} reading CloudWatch StorageBytes`;
}
/** Joins names for a detail sentence: `a`, `a and b`, `a, b and c`. */
function listWords(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

;// CONCATENATED MODULE: ./src/rules/efs/prices.ts
/**
 * EFS list prices in USD, us-east-1, per GB-month unless said (CHECKS.md). Medium confidence: taken
 * from snapshots of the AWS pricing page (November 2023; the Infrequent Access price of bursting
 * and provisioned file systems seen again in June 2026) and, for One Zone, a third-party table.
 * Other regions differ by a few percent; savings elsewhere are us-east-1 estimates.
 */
const EFS_PRICES = {
    asOf: '2026-06',
    confidence: 'medium',
    source: 'https://aws.amazon.com/efs/pricing/ (snapshots of 2023-11 and 2026-06), us-east-1',
    standardGbMonth: 0.3,
    /** Infrequent Access on a file system with Elastic throughput. */
    infrequentAccessElasticGbMonth: 0.016,
    /** Infrequent Access on a file system with Bursting or Provisioned throughput. */
    infrequentAccessGbMonth: 0.025,
    archiveGbMonth: 0.008,
    oneZoneGbMonth: 0.16,
    oneZoneInfrequentAccessGbMonth: 0.0133,
    provisionedThroughputMibpsMonth: 6.0,
};
function storagePrices(fs) {
    if (fs.availabilityZoneName) {
        return {
            standard: EFS_PRICES.oneZoneGbMonth,
            infrequentAccess: EFS_PRICES.oneZoneInfrequentAccessGbMonth,
            archive: EFS_PRICES.archiveGbMonth,
        };
    }
    return {
        standard: EFS_PRICES.standardGbMonth,
        infrequentAccess: fs.throughputMode === 'elastic'
            ? EFS_PRICES.infrequentAccessElasticGbMonth
            : EFS_PRICES.infrequentAccessGbMonth,
        archive: EFS_PRICES.archiveGbMonth,
    };
}
/** The monthly bill of what the file system stores (`gb`), by class. */
function monthlyStorageUsd(fs, gb) {
    const prices = storagePrices(fs);
    return (gb.standard * prices.standard +
        gb.infrequentAccess * prices.infrequentAccess +
        gb.archive * prices.archive);
}
/** The monthly bill of provisioned throughput; 0 in the other modes. */
function monthlyProvisionedThroughputUsd(fs) {
    if (fs.throughputMode !== 'provisioned')
        return 0;
    return (fs.provisionedThroughputMibps ?? 0) * EFS_PRICES.provisionedThroughputMibpsMonth;
}

;// CONCATENATED MODULE: ./src/rules/efs/cost.ts






const MIB = 2 ** 20;
/** CHECKS.md: FAIL below 30% mean use; recommend the peak at 80% use, at least 1 MiB/s. */
const LOW_USE_RATIO = 0.3;
const TARGET_PEAK_USE = 0.8;
/** Absorbs float noise so that a peak of exactly 0.8 x N recommends N, not N + 1. */
const EPSILON = 1e-9;
/** A unit price as written in price lists: at least cents, more digits where they matter. */
function formatPrice(usdPerUnit) {
    return Number.isInteger(usdPerUnit * 100) ? `$${usdPerUnit.toFixed(2)}` : `$${usdPerUnit}`;
}
function formatMibps(rate) {
    return rate >= 1 || rate === 0 ? rate.toFixed(1) : rate.toPrecision(2);
}
/** "12.3 GB", noting when the size came from CloudWatch rather than the EFS API. */
function describeSize(gb, stored) {
    const source = stored.source === 'StorageBytes' ? ' (CloudWatch StorageBytes)' : '';
    return `${gb.toFixed(1)} GB${source}`;
}
/** Why a FAIL carries no saving: the size it rests on could not be read. */
function savingUnknown(failure) {
    return `The saving could not be computed: the size is unknown (${sizeReadFailure(failure)}).`;
}
const throughputOverprovisioned = fileSystemRule({
    meta: {
        id: 'efs.throughput-overprovisioned',
        title: 'EFS provisioned throughput far above use',
        category: 'cost',
        severity: 'medium',
        remediation: {
            text: 'Switch to Elastic throughput (pay for what is used), or lower ProvisionedThroughputInMibps to the recommended figure (UpdateFileSystem; decreases are allowed once every 24 hours).',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/performance.html#throughput-modes',
        },
        frameworks: {},
        failWhen: 'Throughput mode is `provisioned` and the mean metered throughput (`MeteredIOBytes` over the 30-day lookback) is below 30% of `ProvisionedThroughputInMibps`. The saving is (provisioned - recommended) MiB/s at the Provisioned Throughput price, where recommended is the peak hourly mean / 0.8 rounded up, at least 1 MiB/s; it is zero when recommended is not below provisioned.',
    },
    appliesTo: (fs) => fs.throughputMode === 'provisioned',
    judge: (fs, efs) => {
        const metered = fs.metrics.meteredIOBytes;
        if (!metered.ok)
            return unknown(metered.error);
        const provisioned = fs.provisionedThroughputMibps;
        // Without the figure there is nothing to compare use with: not a PASS.
        if (provisioned === undefined) {
            return {
                status: 'UNKNOWN',
                detail: 'DescribeFileSystems reported no ProvisionedThroughputInMibps.',
            };
        }
        const window = efs.metricWindows.lookback;
        const meanMibps = meanRatePerSecond(metered.value, windowSeconds(window)) / MIB;
        const peakMibps = peakRatePerSecond(metered.value, window.periodSeconds) / MIB;
        const evidence = { provisionedMibps: provisioned, meanMibps, peakHourlyMeanMibps: peakMibps };
        const usePercent = provisioned > 0 ? (100 * meanMibps) / provisioned : 0;
        if (meanMibps >= LOW_USE_RATIO * provisioned) {
            return pass(`Mean metered throughput ${formatMibps(meanMibps)} MiB/s is ${usePercent.toFixed(0)}% of the provisioned ${provisioned} MiB/s.`, evidence);
        }
        const recommended = Math.max(1, Math.ceil(peakMibps / TARGET_PEAK_USE - EPSILON));
        const savings = (0,money/* roundUsd */.t)(Math.max(0, provisioned - recommended) * EFS_PRICES.provisionedThroughputMibpsMonth);
        return fail(`Mean metered throughput over 30 days is ${formatMibps(meanMibps)} MiB/s (${usePercent.toFixed(1)}% of provisioned); provisioned ${provisioned} MiB/s, peak hourly mean ${formatMibps(peakMibps)} MiB/s, recommend ${recommended} MiB/s: saves ${(0,money/* formatUsd */.U)(savings)} a month at ${formatPrice(EFS_PRICES.provisionedThroughputMibpsMonth)} per MiB/s-month, or switch to Elastic throughput.`, { ...evidence, recommendedMibps: recommended }, savings);
    },
});
const noIaLifecycle = fileSystemRule({
    meta: {
        id: 'efs.no-ia-lifecycle',
        title: 'EFS file system without an Infrequent Access lifecycle policy',
        category: 'cost',
        severity: 'medium',
        remediation: {
            text: 'Add a lifecycle policy with TransitionToIA (e.g. AFTER_30_DAYS) and TransitionToPrimaryStorageClass AFTER_1_ACCESS, so files not read for a month move to the cheaper class.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/lifecycle-management-efs.html',
        },
        frameworks: {},
        failWhen: 'The lifecycle configuration has no `TransitionToIA` rule. The saving assumes half of the Standard-class bytes move to Infrequent Access: 0.5 x Standard GB x (Standard price - IA price).',
    },
    judge: (fs) => {
        if (!fs.lifecycle.ok)
            return unknown(fs.lifecycle.error);
        const { transitionToIA } = fs.lifecycle.value;
        if (transitionToIA) {
            return pass(`Files move to Infrequent Access ${transitionToIA}.`, { transitionToIA });
        }
        const prices = storagePrices(fs);
        const read = readStoredGb(fs);
        if (!read.ok) {
            return fail(`No lifecycle policy moves files to Infrequent Access. ${savingUnknown(read.error)}`, { standardGb: null, prices });
        }
        const stored = read.value;
        const movedGb = stored.standard / 2;
        const savings = (0,money/* roundUsd */.t)(movedGb * (prices.standard - prices.infrequentAccess));
        return fail(`No lifecycle policy moves files to Infrequent Access. If half of the ${describeSize(stored.standard, stored)} in Standard moved from ${formatPrice(prices.standard)} to ${formatPrice(prices.infrequentAccess)} per GB-month: saves ${(0,money/* formatUsd */.U)(savings)} a month.`, { standardGb: stored.standard, sizeSource: stored.source, prices }, savings);
    },
});
const unused = fileSystemRule({
    meta: {
        id: 'efs.unused',
        title: 'EFS file system unused for 60 days',
        category: 'cost',
        severity: 'medium',
        remediation: {
            text: 'Confirm nothing mounts it, take a final backup (AWS Backup on-demand), then delete its mount targets and the file system.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/delete-efs-fs.html',
        },
        frameworks: {},
        failWhen: '`ClientConnections` sums to 0, or has no datapoints, over the last 60 days. The saving is the whole monthly bill: its storage by class plus, in provisioned mode, all of its provisioned throughput.',
        savingIsWholeBill: true,
    },
    judge: (fs) => {
        const connections = fs.metrics.clientConnections;
        if (!connections.ok)
            return unknown(connections.error);
        const total = sumOf(connections.value);
        if (total > 0) {
            // The last day with a connection: days with a zero Sum may follow it.
            const { timestamps, values } = connections.value;
            const last = timestamps[values.findLastIndex((value) => value > 0)] ?? 0;
            const lastDay = new Date(last * 1000).toISOString().slice(0, 10);
            return pass(`Clients connected in the last 60 days (last on ${lastDay}).`, {
                clientConnectionsSum: total,
            });
        }
        const read = readStoredGb(fs);
        if (!read.ok) {
            return fail(`No client connection in the last 60 days. ${savingUnknown(read.error)}`, {
                clientConnectionsSum: 0,
                storedGb: null,
            });
        }
        const stored = read.value;
        const storageUsd = monthlyStorageUsd(fs, stored);
        const throughputUsd = monthlyProvisionedThroughputUsd(fs);
        const savings = (0,money/* roundUsd */.t)(storageUsd + throughputUsd);
        const throughput = throughputUsd > 0
            ? ` plus ${fs.provisionedThroughputMibps} MiB/s provisioned (${(0,money/* formatUsd */.U)(throughputUsd)})`
            : '';
        return fail(`No client connection in the last 60 days. Deleting it saves ${(0,money/* formatUsd */.U)(savings)} a month: ${describeSize(stored.total, stored)} stored (${(0,money/* formatUsd */.U)(storageUsd)})${throughput}.`, { clientConnectionsSum: 0, storedGb: stored.total, sizeSource: stored.source }, savings);
    },
});

;// CONCATENATED MODULE: ./src/rules/efs/operations.ts


const alarmsMissing = fileSystemRule({
    meta: {
        id: 'efs.alarms-missing',
        title: 'EFS file system without CloudWatch alarms',
        category: 'operations',
        severity: 'medium',
        remediation: {
            text: 'Create CloudWatch alarms in namespace AWS/EFS with dimension FileSystemId on ClientConnections, on PercentIOLimit (General Purpose) and on BurstCreditBalance (Bursting throughput).',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/monitoring-cloudwatch.html',
        },
        frameworks: {},
        failWhen: 'No CloudWatch metric alarm in namespace `AWS/EFS` with this `FileSystemId` watches one of: `ClientConnections`; `PercentIOLimit` (General Purpose mode only); `BurstCreditBalance` (bursting throughput only).',
    },
    judge: (fs, efs) => {
        if (!efs.alarms.ok)
            return unknown(efs.alarms.error);
        const wanted = [
            ...(fs.throughputMode === 'bursting' ? ['BurstCreditBalance'] : []),
            ...(fs.performanceMode === 'generalPurpose' ? ['PercentIOLimit'] : []),
            'ClientConnections',
        ];
        const watched = new Set(efs.alarms.value.filter((a) => a.fileSystemId === fs.id).map((a) => a.metricName));
        const missing = wanted.filter((metric) => !watched.has(metric));
        return missing.length > 0
            ? fail(`No CloudWatch alarm on ${listWords(missing)}.`, { missing, watched: [...watched] })
            : pass(`Alarms watch ${listWords(wanted)}.`, { watched: [...watched] });
    },
});

;// CONCATENATED MODULE: ./src/rules/efs/performance.ts



const GIB = 2 ** 30;
const TIB = 2 ** 40;
/** Maximum burst credit balance: 2.1 TiB, or 2.1 TiB per TiB stored above 1 TiB. */
const MAX_CREDITS_PER_TIB = 2.1 * TIB;
const LOW_CREDIT_RATIO = 0.1;
/** Absorbs float noise at the threshold: 0.21 TiB of 2.1 TiB is 10%, not below it. */
const performance_EPSILON = 1e-9;
/** Metadata operations per second (peak hourly mean) that mark a metadata-heavy workload. */
const METADATA_OPS_LIMIT = 1000;
function formatOps(rate) {
    return rate >= 10 ? rate.toFixed(0) : rate.toFixed(2);
}
const burstCreditsLow = fileSystemRule({
    meta: {
        id: 'efs.burst-credits-low',
        title: 'EFS burst credits running low',
        category: 'performance',
        severity: 'high',
        remediation: {
            text: 'Switch to Elastic throughput, or to Provisioned throughput sized to the workload, before the credits run out and throughput falls to the baseline (50 KiB/s per GiB stored).',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/performance.html#bursting',
        },
        frameworks: {},
        failWhen: 'Throughput mode is `bursting` and the lowest `BurstCreditBalance` of the 30-day lookback is below 10% of the maximum balance: 2.1 TiB per TiB stored (all storage classes), and at least 2.1 TiB. No datapoints at all make it UNKNOWN, not FAIL.',
    },
    appliesTo: (fs) => fs.throughputMode === 'bursting',
    judge: (fs) => {
        const balance = fs.metrics.burstCreditBalance;
        if (balance && !balance.ok)
            return unknown(balance.error);
        const lowest = balance?.ok ? minOf(balance.value) : undefined;
        if (lowest === undefined) {
            return {
                status: 'UNKNOWN',
                detail: 'No BurstCreditBalance datapoints in the last 30 days: the credit balance is unknown.',
            };
        }
        const stored = readStoredGb(fs);
        // The maximum only grows with the size: a balance low against the smallest maximum is low
        // whatever the size, while any other verdict needs the size.
        const storedTib = stored.ok ? stored.value.total / 1024 : 0;
        const maxBalance = MAX_CREDITS_PER_TIB * Math.max(1, storedTib);
        const ratio = lowest / maxBalance;
        const low = ratio < LOW_CREDIT_RATIO - performance_EPSILON;
        if (!stored.ok && !low)
            return unknown(stored.error);
        const lowestText = `The lowest burst credit balance in the last 30 days was ${(lowest / GIB).toFixed(1)} GiB`;
        const drops = 'throughput drops to the baseline when it runs out';
        if (!stored.ok) {
            return fail(`${lowestText}, below 10% of the maximum at any size (${(100 * ratio).toFixed(1)}% of the smallest, 2.10 TiB): ${drops}. The maximum grows with the size, which is unknown (${sizeReadFailure(stored.error)}).`, { minimumBytes: lowest, maximumBytes: null });
        }
        const summary = `${lowestText}, ${(100 * ratio).toFixed(1)}% of the ${(maxBalance / TIB).toFixed(2)} TiB maximum`;
        const evidence = { minimumBytes: lowest, maximumBytes: maxBalance };
        return low ? fail(`${summary}: ${drops}.`, evidence) : pass(`${summary}.`, evidence);
    },
});
const maxioUnneeded = fileSystemRule({
    meta: {
        id: 'efs.maxio-unneeded',
        title: 'EFS Max I/O mode without the load that needs it',
        category: 'performance',
        severity: 'low',
        remediation: {
            text: 'Create a General Purpose file system (performance mode cannot be changed), copy the data over and switch clients: it serves the same load with lower per-operation latency.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/performance.html#performancemodes',
        },
        frameworks: {},
        failWhen: 'Performance mode is `maxIO` and the peak hourly mean of metadata operations (`MetadataIOBytes` SampleCount) over the 30-day lookback is below 1,000 per second.',
    },
    appliesTo: (fs) => fs.performanceMode === 'maxIO',
    judge: (fs, efs) => {
        const operations = fs.metrics.metadataOperations;
        if (!operations.ok)
            return unknown(operations.error);
        const peak = peakRatePerSecond(operations.value, efs.metricWindows.lookback.periodSeconds);
        const evidence = { peakHourlyMeanMetadataOpsPerSecond: peak };
        return peak < METADATA_OPS_LIMIT
            ? fail(`Max I/O mode with a peak hourly mean of ${formatOps(peak)} metadata operations per second, below 1,000: General Purpose would serve it with lower latency.`, evidence)
            : pass(`Peak hourly mean of ${formatOps(peak)} metadata operations per second justifies Max I/O.`, evidence);
    },
});
const metadataHot = fileSystemRule({
    meta: {
        id: 'efs.metadata-hot',
        title: 'EFS metadata operations above 1,000 per second',
        category: 'performance',
        severity: 'medium',
        remediation: {
            text: 'Spread the workload over more directories or more file systems, and cache metadata on clients (e.g. avoid repeated stat and listing of large directories).',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/performance-tips.html',
        },
        frameworks: {},
        failWhen: 'The peak hourly mean of metadata operations (`MetadataIOBytes` SampleCount) over the 30-day lookback is above 1,000 per second.',
    },
    judge: (fs, efs) => {
        const operations = fs.metrics.metadataOperations;
        if (!operations.ok)
            return unknown(operations.error);
        const peak = peakRatePerSecond(operations.value, efs.metricWindows.lookback.periodSeconds);
        const evidence = { peakHourlyMeanMetadataOpsPerSecond: peak };
        return peak > METADATA_OPS_LIMIT
            ? fail(`Peak hourly mean of ${formatOps(peak)} metadata operations per second, above 1,000.`, evidence)
            : pass(`Peak hourly mean of ${formatOps(peak)} metadata operations per second, within 1,000.`, evidence);
    },
});

;// CONCATENATED MODULE: ./src/rules/tags.ts
/** A tag's value by key, keys compared case-insensitively (teams write `env` and `Env`). */
function tagValue(tags, key) {
    const wanted = key.toLowerCase();
    for (const [k, v] of Object.entries(tags))
        if (k.toLowerCase() === wanted)
            return v;
    return undefined;
}
const PRODUCTION_TAG_KEYS = ['Environment', 'Env', 'Stage'];
const PRODUCTION_VALUES = new Set(['prod', 'production']);
/** CHECKS.md: an `Environment`, `Env` or `Stage` tag equal to `prod` or `production`. */
function isProduction(tags) {
    return PRODUCTION_TAG_KEYS.some((key) => PRODUCTION_VALUES.has((tagValue(tags, key) ?? '').trim().toLowerCase()));
}
/** CHECKS.md: a `DataCritical` tag equal to `true`. */
function isCriticalData(tags) {
    return (tagValue(tags, 'DataCritical') ?? '').trim().toLowerCase() === 'true';
}

;// CONCATENATED MODULE: ./src/rules/efs/resilience.ts



const criticalNotReplicated = fileSystemRule({
    meta: {
        id: 'efs.critical-not-replicated',
        title: 'EFS file system with critical data not replicated',
        category: 'resilience',
        severity: 'high',
        remediation: {
            text: 'Create a replication configuration to a file system in another Region (or Availability Zone), so a regional outage or a deletion does not take the only copy.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/efs-replication.html',
        },
        frameworks: {},
        failWhen: 'The file system is tagged `DataCritical` = `true` and is neither the source nor a destination of any replication configuration. The status of the destinations is not looked at.',
    },
    appliesTo: (fs) => isCriticalData(fs.tags),
    judge: (fs, efs) => {
        if (!efs.replications.ok)
            return unknown(efs.replications.error);
        const asSource = efs.replications.value.find((r) => r.sourceFileSystemId === fs.id);
        if (asSource) {
            const targets = asSource.destinations.map((d) => `${d.fileSystemId} in ${d.region}`);
            return pass(`Replicated to ${listWords(targets)}.`, { destinations: asSource.destinations });
        }
        const asDestination = efs.replications.value.find((r) => r.destinations.some((d) => d.fileSystemId === fs.id));
        if (asDestination) {
            return pass(`It is the replica of ${asDestination.sourceFileSystemId}.`, {
                sourceFileSystemId: asDestination.sourceFileSystemId,
            });
        }
        return fail('Tagged DataCritical=true and has no replication configuration.', {
            replication: null,
        });
    },
});
const noBackup = fileSystemRule({
    meta: {
        id: 'efs.no-backup',
        title: 'EFS file system not backed up',
        category: 'resilience',
        severity: 'high',
        remediation: {
            text: 'Turn on automatic backups (PutBackupPolicy Status ENABLED), or add the file system to an AWS Backup plan.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html',
        },
        frameworks: { fsbp: ['EFS.2', 'EFS.7'] },
        failWhen: 'The backup policy status is not `ENABLED` (or there is no backup policy), and the file system is not among the resources AWS Backup lists as protected (`ListProtectedResources`). When one of these reads failed and the other does not show a backup, the result is UNKNOWN instead.',
    },
    judge: (fs, efs) => {
        const policy = fs.backupPolicyStatus;
        if (policy.ok && policy.value === 'ENABLED') {
            return pass('Automatic backups are enabled.', { backupPolicy: 'ENABLED' });
        }
        const protectedArns = efs.protectedFileSystemArns;
        if (protectedArns.ok && protectedArns.value.includes(fs.arn)) {
            return pass('AWS Backup protects it.', { protectedResource: true });
        }
        if (!policy.ok)
            return unknown(policy.error);
        if (!protectedArns.ok)
            return unknown(protectedArns.error);
        return fail(`Automatic backups are ${policy.value === null ? 'not set up' : policy.value} and AWS Backup does not protect it.`, { backupPolicy: policy.value, protectedResource: false });
    },
});
const oneZoneProduction = fileSystemRule({
    meta: {
        id: 'efs.one-zone-production',
        title: 'Production EFS file system on One Zone storage',
        category: 'resilience',
        severity: 'high',
        remediation: {
            text: 'Move production data to a Regional file system (stored across Availability Zones): create one, copy the data (AWS DataSync or a backup restore), and switch clients over.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/storage-classes.html',
        },
        frameworks: {},
        failWhen: 'The file system is production (an `Environment`, `Env` or `Stage` tag equal to `prod` or `production`) and uses One Zone storage (`AvailabilityZoneName` is set).',
    },
    appliesTo: (fs) => isProduction(fs.tags),
    judge: (fs) => fs.availabilityZoneName
        ? fail(`Production data on One Zone storage in ${fs.availabilityZoneName}: an outage of that Availability Zone takes it offline, and its loss loses the data.`, { availabilityZoneName: fs.availabilityZoneName })
        : pass('Regional storage, across Availability Zones.'),
});

;// CONCATENATED MODULE: ./src/rules/network.ts
/** IANA numbers EC2 accepts in place of the protocol names. */
const PROTOCOL_NUMBERS = { tcp: '6', udp: '17' };
const WORLD_IPV4 = '0.0.0.0/0';
const WORLD_IPV6 = '::/0';
/** Whether the permission carries traffic of `protocol` (by name, by number or as `-1`). */
function coversProtocol(permission, protocol) {
    const value = (permission.IpProtocol ?? '').toLowerCase();
    return value === '-1' || value === protocol || value === PROTOCOL_NUMBERS[protocol];
}
/** The port bounds of a tcp or udp permission; absent bounds (or -1) mean the whole range. */
function portRange(permission) {
    const from = permission.FromPort ?? -1;
    const to = permission.ToPort ?? -1;
    return from === -1 && to === -1 ? { from: 0, to: 65535 } : { from, to };
}
/**
 * Whether the permission opens `port` of `protocol`: protocol `-1` opens every port; otherwise the
 * port must lie in FromPort..ToPort.
 */
function ingressReaches(permission, protocol, port) {
    if (!coversProtocol(permission, protocol))
        return false;
    if (permission.IpProtocol === '-1')
        return true;
    const { from, to } = portRange(permission);
    return from <= port && port <= to;
}
/** Protocol `-1`, or a tcp or udp permission over the full range 0-65535. */
function opensEveryPort(permission) {
    if (permission.IpProtocol === '-1')
        return true;
    if (!coversProtocol(permission, 'tcp') && !coversProtocol(permission, 'udp'))
        return false;
    const { from, to } = portRange(permission);
    return from <= 0 && to >= 65535;
}
/** The CIDRs of the permission that mean "anyone": `0.0.0.0/0` and `::/0`. */
function worldCidrs(permission) {
    const cidrs = [
        ...(permission.IpRanges ?? []).map((r) => r.CidrIp),
        ...(permission.Ipv6Ranges ?? []).map((r) => r.CidrIpv6),
    ];
    return cidrs.filter((c) => c === WORLD_IPV4 || c === WORLD_IPV6);
}
/** Whether the permission admits traffic from any IPv4 or IPv6 address. */
function isWorldOpen(permission) {
    return worldCidrs(permission).length > 0;
}
/** Describes the ports a permission opens, for detail sentences: `tcp 2049`, `all traffic`. */
function describePermission(permission) {
    if (permission.IpProtocol === '-1')
        return 'all traffic';
    const protocol = permission.IpProtocol ?? 'unknown protocol';
    const from = permission.FromPort ?? -1;
    const to = permission.ToPort ?? -1;
    if (from === -1 && to === -1)
        return `${protocol} all ports`;
    return from === to ? `${protocol} ${from}` : `${protocol} ${from}-${to}`;
}

;// CONCATENATED MODULE: ./src/rules/policy.ts
/**
 * The one place that knows how an AWS policy document reads: IAM identity policies, S3 bucket
 * policies and EFS file system policies all go through here.
 */
class PolicyParseError extends Error {
    name = 'PolicyParseError';
}
function toList(value) {
    if (value === undefined || value === null)
        return undefined;
    const list = Array.isArray(value) ? value : [value];
    return list.map((v) => String(v));
}
function toPrincipal(value) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'string')
        return { '*': [value] };
    if (typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const out = {};
    for (const [type, ids] of Object.entries(value))
        out[type] = toList(ids) ?? [];
    return out;
}
function toConditions(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return [];
    const out = [];
    for (const [operator, block] of Object.entries(value)) {
        if (typeof block !== 'object' || block === null)
            continue;
        for (const [key, values] of Object.entries(block)) {
            out.push({ operator, key, values: toList(values) ?? [] });
        }
    }
    return out;
}
/** Decodes a policy that IAM returned URL-encoded; plain JSON passes through unchanged. */
function decodePolicyText(text) {
    const trimmed = text.trim();
    return trimmed.startsWith('%') ? decodeURIComponent(trimmed) : trimmed;
}
/** Parses a policy document (plain or URL-encoded) into normalised statements. */
function parsePolicy(text) {
    let doc;
    try {
        doc = JSON.parse(decodePolicyText(text));
    }
    catch (error) {
        throw new PolicyParseError(`policy is not valid JSON: ${error.message}`);
    }
    return normalizeStatements(doc);
}
/** Normalises a parsed document: `Statement` as object or list, every field as a list. */
function normalizeStatements(doc) {
    if (typeof doc !== 'object' || doc === null)
        throw new PolicyParseError('policy is not an object');
    const raw = doc.Statement;
    const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    return list
        .filter((s) => typeof s === 'object' && s !== null)
        .map((s) => {
        const statement = {
            effect: String(s.Effect).toLowerCase() === 'deny' ? 'Deny' : 'Allow',
            conditions: toConditions(s.Condition),
        };
        if (typeof s.Sid === 'string')
            statement.sid = s.Sid;
        const principal = toPrincipal(s.Principal);
        if (principal)
            statement.principal = principal;
        const notPrincipal = toPrincipal(s.NotPrincipal);
        if (notPrincipal)
            statement.notPrincipal = notPrincipal;
        const action = toList(s.Action);
        if (action)
            statement.action = action;
        const notAction = toList(s.NotAction);
        if (notAction)
            statement.notAction = notAction;
        const resource = toList(s.Resource);
        if (resource)
            statement.resource = resource;
        const notResource = toList(s.NotResource);
        if (notResource)
            statement.notResource = notResource;
        return statement;
    });
}
const patternCache = new Map();
/** AWS wildcard matching: `*` any run, `?` one character, case-insensitive (actions are). */
function wildcardMatch(pattern, value) {
    let re = patternCache.get(pattern);
    if (!re) {
        const body = pattern
            .split('')
            .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
            .join('');
        re = new RegExp(`^${body}$`, 'i');
        patternCache.set(pattern, re);
    }
    return re.test(value);
}
/** Whether the statement applies to `action`, through `Action` or by not excluding it in `NotAction`. */
function coversAction(statement, action) {
    if (statement.action)
        return statement.action.some((p) => wildcardMatch(p, action));
    if (statement.notAction)
        return !statement.notAction.some((p) => wildcardMatch(p, action));
    return false;
}
/** Whether the statement applies to `resource` (an ARN, or `*` for "every resource"). */
function coversResource(statement, resource) {
    if (statement.resource)
        return statement.resource.some((p) => wildcardMatch(p, resource));
    if (statement.notResource)
        return !statement.notResource.some((p) => wildcardMatch(p, resource));
    // Resource policies (EFS) may omit Resource: the statement then covers the resource it is on.
    return true;
}
/** Principal `*`, `{"AWS": "*"}` or a list holding `*`: anyone, including anonymous callers. */
function isPublicPrincipal(statement) {
    if (statement.notPrincipal)
        return true;
    if (!statement.principal)
        return false;
    return Object.entries(statement.principal).some(([type, ids]) => (type === '*' || type === 'AWS') && ids.includes('*'));
}
/**
 * Conditions on `key` (case-insensitive, as AWS compares condition keys), optionally only those
 * whose operator is one of `operators` (compared case-insensitively, `IfExists` forms included).
 */
function conditionsOn(statement, key, operators) {
    const wantedKey = key.toLowerCase();
    const wantedOps = operators?.map((o) => o.toLowerCase());
    return statement.conditions.filter((c) => {
        if (c.key.toLowerCase() !== wantedKey)
            return false;
        if (!wantedOps)
            return true;
        const op = c.operator.toLowerCase().replace(/ifexists$/, '');
        return wantedOps.includes(op);
    });
}
/**
 * A `Deny` that binds every caller: principal `*`. A NotPrincipal counts as public for an Allow
 * but not here: the principals it lists escape the deny and keep what the allows grant them.
 */
function deniesEveryone(statement) {
    return statement.effect === 'Deny' && !statement.notPrincipal && isPublicPrincipal(statement);
}
/** A `Deny` conditioned on `aws:SecureTransport` false, whoever it binds. */
function deniesOnInsecureTransport(statement) {
    return (statement.effect === 'Deny' &&
        conditionsOn(statement, 'aws:SecureTransport', ['Bool']).some((c) => c.values.some((v) => v.toLowerCase() === 'false')));
}
/**
 * A `Deny` for everyone when `aws:SecureTransport` is false: how S3 and EFS enforce TLS. A
 * NotPrincipal or any further condition narrows the deny, leaving some callers free to use HTTP.
 */
function deniesInsecureTransport(statement) {
    return (deniesOnInsecureTransport(statement) &&
        deniesEveryone(statement) &&
        statement.conditions.every((c) => c.key.toLowerCase() === 'aws:securetransport'));
}
/** Condition keys that say who the caller is. */
const CALLER_IDENTITY_KEYS = new Set([
    'aws:principalarn',
    'aws:principalaccount',
    'aws:principalorgid',
    'aws:principalorgpaths',
    'aws:userid',
    'aws:username',
]);
/** Operators that admit only callers whose key matches the listed values. */
const MATCHING_OPERATORS = new Set([
    'stringequals',
    'stringequalsignorecase',
    'stringlike',
    'arnequals',
    'arnlike',
]);
/**
 * Whether a condition admits only named callers: a matching operator on a caller identity key
 * (`aws:PrincipalArn`, `aws:PrincipalOrgID`, `aws:PrincipalTag/...`, ...) or on one of
 * `extraKeys` (e.g. `elasticfilesystem:AccessPointArn`), with a value other than `*`. `IfExists`
 * forms do not count: an anonymous caller has no such key and passes them.
 */
function restrictsCaller(statement, extraKeys = []) {
    const extra = new Set(extraKeys.map((k) => k.toLowerCase()));
    return statement.conditions.some((c) => {
        const key = c.key.toLowerCase();
        const named = CALLER_IDENTITY_KEYS.has(key) || key.startsWith('aws:principaltag/') || extra.has(key);
        const operator = c.operator.toLowerCase().replace(/^foranyvalue:/, '');
        return named && MATCHING_OPERATORS.has(operator) && c.values.some((v) => v !== '*');
    });
}

;// CONCATENATED MODULE: ./src/rules/efs/security.ts




const EFS_CONTROLS_URL = 'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html';
const MOUNT = 'elasticfilesystem:ClientMount';
const ROOT_ACCESS = 'elasticfilesystem:ClientRootAccess';
const ACCESS_POINT_KEY = 'elasticfilesystem:AccessPointArn';
const NFS_PORT = 2049;
/** The file system policy's statements; null when none is set; a Verdict when it cannot be read. */
function policyStatements(fs) {
    if (!fs.policy.ok)
        return unknown(fs.policy.error);
    if (fs.policy.value === null)
        return null;
    try {
        return parsePolicy(fs.policy.value);
    }
    catch (error) {
        return { status: 'UNKNOWN', detail: `The file system policy is unreadable: ${String(error)}.` };
    }
}
const isVerdict = (read) => read !== null && !Array.isArray(read);
/** A statement as named in details: its Sid, or its position. */
function statementName(statement, index) {
    return statement.sid ? `statement "${statement.sid}"` : `statement ${index + 1}`;
}
/** Statements that apply to this file system for everyone (principal `*`). */
function publicStatements(fs, statements) {
    return statements
        .map((statement, index) => ({ statement, name: statementName(statement, index) }))
        .filter(({ statement }) => isPublicPrincipal(statement) && coversResource(statement, fs.arn));
}
const unencrypted = fileSystemRule({
    meta: {
        id: 'efs.unencrypted',
        title: 'EFS file system not encrypted at rest',
        category: 'security',
        severity: 'critical',
        remediation: {
            text: 'Encryption at rest can only be chosen at creation: create an encrypted file system (with a KMS key), copy the data over (AWS DataSync or a backup restore) and delete the unencrypted one.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html',
        },
        frameworks: { fsbp: ['EFS.1', 'EFS.8'], cis: ['2.4.1'] },
        failWhen: '`Encrypted` is false.',
    },
    judge: (fs) => fs.encrypted
        ? pass('Encrypted at rest.', { kmsKeyId: fs.kmsKeyId ?? null })
        : fail('Not encrypted at rest: its data and metadata are stored in plain form.', {
            encrypted: false,
        }),
});
const tlsNotEnforced = fileSystemRule({
    meta: {
        id: 'efs.tls-not-enforced',
        title: 'EFS file system does not enforce encryption in transit',
        category: 'security',
        severity: 'high',
        remediation: {
            text: 'Add a file system policy statement that denies all client actions to principal * when aws:SecureTransport is false (the console option "Enforce in-transit encryption for all clients"), and mount with -o tls.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/encryption-in-transit.html',
        },
        frameworks: {},
        failWhen: 'There is no file system policy, or none of its statements is a `Deny` to principal `*` (no NotPrincipal) covering `elasticfilesystem:ClientMount` on this file system whose only condition is `aws:SecureTransport` `false` (`Bool` or `BoolIfExists`).',
    },
    judge: (fs) => {
        const statements = policyStatements(fs);
        if (isVerdict(statements))
            return statements;
        if (statements === null) {
            return fail('No file system policy: the default policy lets clients connect without TLS.', {
                policy: null,
            });
        }
        // Every client action needs a mount first: denying ClientMount without TLS is enforcement,
        // whatever the statement says of ClientWrite and ClientRootAccess.
        const enforcing = publicStatements(fs, statements).find(({ statement }) => deniesInsecureTransport(statement) && coversAction(statement, MOUNT));
        return enforcing
            ? pass(`The file system policy denies mounting without TLS to everyone (${enforcing.name}).`)
            : fail(`The file system policy has no statement denying ${MOUNT} to everyone when aws:SecureTransport is false: clients may mount without TLS.`, { statements: statements.length });
    },
});
const nfsOpenToWorld = fileSystemRule({
    meta: {
        id: 'efs.nfs-open-to-world',
        title: 'EFS mount target reachable over NFS from the internet',
        category: 'security',
        severity: 'critical',
        remediation: {
            text: 'Remove inbound rules from 0.0.0.0/0 and ::/0 that reach TCP 2049 on the security groups of the mount targets; admit NFS only from the security groups or CIDRs of the clients.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/network-access.html',
        },
        frameworks: {},
        failWhen: 'A security group of one of its mount targets has an inbound rule from `0.0.0.0/0` or `::/0` that reaches TCP 2049: by that port, by a range covering it, or with protocol `-1`.',
    },
    judge: (fs, efs) => {
        if (!fs.mountTargets.ok)
            return unknown(fs.mountTargets.error);
        if (fs.mountTargets.value.length === 0) {
            return pass('No mount targets: the file system is not reachable over NFS.');
        }
        const exposures = [];
        let failure;
        const missing = [];
        for (const target of fs.mountTargets.value) {
            if (!target.securityGroupIds.ok) {
                failure ??= target.securityGroupIds.error;
                continue;
            }
            if (!efs.securityGroups.ok) {
                failure ??= efs.securityGroups.error;
                continue;
            }
            const groups = efs.securityGroups.value;
            for (const groupId of target.securityGroupIds.value) {
                const group = groups.find((g) => g.id === groupId);
                if (!group) {
                    missing.push(groupId);
                    continue;
                }
                for (const permission of group.ingress) {
                    const world = worldCidrs(permission);
                    if (world.length > 0 && ingressReaches(permission, 'tcp', NFS_PORT)) {
                        exposures.push(`${group.id} (${describePermission(permission)} from ${world.join(', ')}) on ${target.id}`);
                    }
                }
            }
        }
        if (exposures.length > 0) {
            return fail(`NFS (TCP 2049) is open to the internet: ${exposures.join('; ')}.`, {
                exposures,
            });
        }
        if (failure)
            return unknown(failure);
        if (missing.length > 0) {
            return {
                status: 'UNKNOWN',
                detail: `Security groups ${listWords(missing)} of its mount targets were not in the DescribeSecurityGroups listing.`,
            };
        }
        return pass(`No security group of its ${fs.mountTargets.value.length} mount target(s) admits TCP 2049 from 0.0.0.0/0 or ::/0.`);
    },
});
const iamAuthorizationOff = fileSystemRule({
    meta: {
        id: 'efs.iam-authorization-off',
        title: 'EFS file system does not require IAM authorization for NFS clients',
        category: 'security',
        severity: 'medium',
        remediation: {
            text: 'Set a file system policy that grants client actions only to named IAM principals or through access points (condition on aws:PrincipalArn or elasticfilesystem:AccessPointArn), and mount with -o tls,iam.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html',
        },
        frameworks: {},
        failWhen: 'There is no file system policy, or a statement on this file system allows `elasticfilesystem:ClientMount` (directly, through a wildcard or by NotAction) to principal `*` or through a NotPrincipal, with no condition naming specific callers or access points: `StringEquals`, `StringLike`, `ArnEquals` or `ArnLike` (not their `IfExists` forms) with a value other than `*` on a caller identity key such as `aws:PrincipalArn`, `aws:PrincipalAccount` or `aws:PrincipalOrgID`, or on `elasticfilesystem:AccessPointArn`. Deny statements are not weighed against that grant.',
    },
    judge: (fs) => {
        const statements = policyStatements(fs);
        if (isVerdict(statements))
            return statements;
        if (statements === null) {
            return fail('No file system policy: any client that reaches a mount target can mount, write and act as root without IAM authorization.', { policy: null });
        }
        const open = publicStatements(fs, statements).filter(({ statement }) => statement.effect === 'Allow' &&
            // Without ClientMount no anonymous client can mount ("Prevent anonymous access" grants
            // everyone ClientWrite and ClientRootAccess only): IAM then decides who mounts.
            coversAction(statement, MOUNT) &&
            !restrictsCaller(statement, [ACCESS_POINT_KEY]));
        if (open.length > 0) {
            const names = open.map((s) => s.name);
            return fail(`The file system policy allows client actions to everyone without a condition on the caller's identity or access point (${listWords(names)}).`, { statements: names });
        }
        return pass('Client access is granted only to named principals or through access points.');
    },
});
/** Why root is not squashed by the policy, or a Verdict when the policy cannot be read. */
function rootGrants(fs) {
    const statements = policyStatements(fs);
    if (isVerdict(statements))
        return statements;
    if (statements === null)
        return ['no file system policy (the default policy allows root)'];
    const applying = publicStatements(fs, statements).filter(({ statement }) => coversAction(statement, ROOT_ACCESS));
    // An unconditional deny to everyone squashes root whatever the allows say; one with a
    // NotPrincipal leaves the grants standing for the principals it exempts.
    if (applying.some(({ statement }) => deniesEveryone(statement) && !statement.conditions.length)) {
        return [];
    }
    return applying
        .filter(({ statement }) => statement.effect === 'Allow' && !restrictsCaller(statement))
        .map(({ name }) => `${name} grants ClientRootAccess to everyone`);
}
const rootNotSquashed = fileSystemRule({
    meta: {
        id: 'efs.root-not-squashed',
        title: 'EFS file system lets clients act as root',
        category: 'security',
        severity: 'high',
        remediation: {
            text: 'Set a file system policy that does not grant elasticfilesystem:ClientRootAccess to principal * (the console option "Prevent root access by default"), and give access points a non-root PosixUser.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html',
        },
        frameworks: {},
        failWhen: 'There is no file system policy; or a statement on this file system allows `elasticfilesystem:ClientRootAccess` (directly, through a wildcard or by NotAction) to principal `*` or through a NotPrincipal, with no condition naming specific callers, and no unconditional `Deny` of it to principal `*` overrides it; or an access point of the file system, in scope or not, enforces PosixUser Uid 0.',
    },
    judge: (fs, efs) => {
        const grants = rootGrants(fs);
        const reasons = Array.isArray(grants) ? [...grants] : [];
        let undecided = Array.isArray(grants) ? undefined : grants;
        const listed = efs.accessPoints;
        if (!listed.ok)
            undecided ??= unknown(listed.error);
        // In scope or not, a Uid 0 access point gives this file system's clients root. Before the
        // scope filter runs, `accessPoints` is the whole listing.
        const rootPoints = (efs.allAccessPoints ?? (listed.ok ? listed.value : []))
            .filter((ap) => ap.fileSystemId === fs.id && ap.posixUser?.uid === 0)
            .map((ap) => ap.id);
        if (rootPoints.length > 0) {
            reasons.push(`access point ${listWords(rootPoints)} enforces PosixUser Uid 0`);
        }
        if (reasons.length > 0) {
            return fail(`Clients can act as root: ${reasons.join('; ')}.`, { reasons });
        }
        if (undecided)
            return undecided;
        return pass('The file system policy grants ClientRootAccess to no one anonymous, and no access point enforces Uid 0.');
    },
});
const mountTargetPublicSubnet = fileSystemRule({
    meta: {
        id: 'efs.mount-target-public-subnet',
        title: 'EFS mount target in a subnet that assigns public IPs',
        category: 'security',
        severity: 'medium',
        remediation: {
            text: 'Move the mount targets to private subnets (MapPublicIpOnLaunch false): delete each mount target and create it again in a private subnet of the same Availability Zone.',
            url: `${EFS_CONTROLS_URL}#efs-6`,
        },
        frameworks: { fsbp: ['EFS.6'] },
        failWhen: 'A mount target of the file system is in a subnet with `MapPublicIpOnLaunch` true.',
    },
    judge: (fs, efs) => {
        if (!fs.mountTargets.ok)
            return unknown(fs.mountTargets.error);
        const targets = fs.mountTargets.value;
        if (targets.length === 0)
            return pass('No mount targets.');
        if (!efs.subnets.ok)
            return unknown(efs.subnets.error);
        const subnets = efs.subnets.value;
        const publicTargets = targets.filter((t) => subnets.find((s) => s.id === t.subnetId)?.mapPublicIpOnLaunch === true);
        if (publicTargets.length > 0) {
            const where = publicTargets.map((t) => `${t.id} in ${t.subnetId}`);
            return fail(`Mount targets in subnets that assign public IPs on launch: ${listWords(where)}.`, { mountTargets: where });
        }
        const unlisted = targets.filter((t) => !subnets.some((s) => s.id === t.subnetId));
        if (unlisted.length > 0) {
            return {
                status: 'UNKNOWN',
                detail: `Subnets ${listWords(unlisted.map((t) => t.subnetId))} of its mount targets were not in the DescribeSubnets listing.`,
            };
        }
        return pass(`None of its ${targets.length} mount target(s) is in a subnet that assigns public IPs.`);
    },
});
const accessPointRootDirectory = accessPointRule({
    meta: {
        id: 'efs.access-point-root-directory',
        title: 'EFS access point exposes the file system root',
        category: 'security',
        severity: 'medium',
        remediation: {
            text: 'Create the access point with a RootDirectory Path below / (e.g. /app), so its clients see only that directory tree.',
            url: `${EFS_CONTROLS_URL}#efs-3`,
        },
        frameworks: { fsbp: ['EFS.3'] },
        failWhen: 'The access point has RootDirectory `Path` `/`, which is also what AWS uses when none was given.',
    },
    judge: (ap) => ap.rootDirectoryPath === '/'
        ? fail(`Access point of ${ap.fileSystemId} uses the file system root / as its root directory.`, {
            path: ap.rootDirectoryPath,
        })
        : pass(`Access point of ${ap.fileSystemId} is confined to ${ap.rootDirectoryPath}.`, {
            path: ap.rootDirectoryPath,
        }),
});
const accessPointUserIdentity = accessPointRule({
    meta: {
        id: 'efs.access-point-user-identity',
        title: 'EFS access point does not enforce a user identity',
        category: 'security',
        severity: 'medium',
        remediation: {
            text: 'Create the access point with a PosixUser (Uid, Gid, non-zero for application data), so every request through it acts as that user whatever the client claims.',
            url: `${EFS_CONTROLS_URL}#efs-4`,
        },
        frameworks: { fsbp: ['EFS.4'] },
        failWhen: 'The access point enforces no `PosixUser`.',
    },
    judge: (ap) => ap.posixUser
        ? pass(`Access point of ${ap.fileSystemId} enforces Uid ${ap.posixUser.uid}, Gid ${ap.posixUser.gid}.`, { posixUser: ap.posixUser })
        : fail(`Access point of ${ap.fileSystemId} enforces no PosixUser: clients act as whatever user they claim.`, { posixUser: null }),
});

;// CONCATENATED MODULE: ./src/rules/efs/index.ts





/** The eighteen EFS checks, in CHECKS.md order. */
const efsRules = [
    throughputOverprovisioned,
    burstCreditsLow,
    noIaLifecycle,
    maxioUnneeded,
    unused,
    unencrypted,
    tlsNotEnforced,
    nfsOpenToWorld,
    iamAuthorizationOff,
    rootNotSquashed,
    criticalNotReplicated,
    noBackup,
    oneZoneProduction,
    alarmsMissing,
    metadataHot,
    accessPointRootDirectory,
    accessPointUserIdentity,
    mountTargetPublicSubnet,
];

;// CONCATENATED MODULE: ./src/rules/iam.ts



/**
 * IAM checks judge principals (roles, users, groups; service-linked roles are left out by the
 * collector) through every policy that applies to them: inline policies and the default versions
 * of attached managed policies, a user's also through its groups. Results are reported under
 * region `global`.
 */
const LEARN_MORE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege';
const RESOURCE_TYPES = {
    role: 'AWS::IAM::Role',
    user: 'AWS::IAM::User',
    group: 'AWS::IAM::Group',
};
function ownSources(kind, owner, policies, through = '') {
    const inline = owner.inlinePolicies.map((p) => ({
        label: `inline policy "${p.name}" of ${kind} "${owner.name}"`,
        owner: 'inline',
        document: { ok: true, value: p.document },
        operation: 'iam:GetAccountAuthorizationDetails',
    }));
    const managed = owner.attachedPolicyArns.flatMap((arn) => {
        const policy = policies.get(arn);
        if (!policy) {
            return [
                {
                    label: `managed policy "${arn}"${through}`,
                    owner: isAwsManagedPolicy(arn) ? 'aws' : 'customer',
                    missing: true,
                },
            ];
        }
        return [
            {
                label: `${policy.awsManaged ? 'AWS' : 'customer'} managed policy "${policy.name}"${through}`,
                owner: policy.awsManaged ? 'aws' : 'customer',
                document: policy.document,
                operation: policy.awsManaged
                    ? 'iam:GetPolicyVersion'
                    : 'iam:GetAccountAuthorizationDetails',
            },
        ];
    });
    return [...inline, ...managed];
}
/** Every principal with the policies that apply to it; all four lists come from one listing. */
function principalsOf(iam) {
    const { roles, users, groups, managedPolicies } = iam;
    if (!roles.ok)
        return roles;
    if (!users.ok)
        return users;
    if (!groups.ok)
        return groups;
    if (!managedPolicies.ok)
        return managedPolicies;
    const policies = new Map(managedPolicies.value.map((p) => [p.arn, p]));
    const groupsByName = new Map(groups.value.map((g) => [g.name, g]));
    const principals = [
        ...roles.value.map((r) => ({
            kind: 'role',
            ...r,
            sources: ownSources('role', r, policies),
        })),
        ...users.value.map((u) => ({
            kind: 'user',
            ...u,
            sources: [
                ...ownSources('user', u, policies),
                ...u.groups.flatMap((name) => {
                    const group = groupsByName.get(name);
                    if (!group)
                        return [{ label: `group "${name}"`, owner: 'any', missing: true }];
                    return ownSources('group', group, policies, ` (through group "${name}")`);
                }),
            ],
        })),
        ...groups.value.map((g) => ({
            kind: 'group',
            ...g,
            sources: ownSources('group', g, policies),
        })),
    ];
    return { ok: true, value: principals };
}
function parseSource(source, cache) {
    if ('missing' in source)
        return { ok: false };
    if (!source.document.ok)
        return { ok: false, error: source.document.error };
    const text = source.document.value;
    let parsed = cache.get(text);
    if (!parsed) {
        try {
            parsed = { ok: true, statements: parsePolicy(text) };
        }
        catch (error) {
            const message = error.message;
            parsed = {
                ok: false,
                error: { operation: source.operation, code: 'MalformedPolicyDocument', message },
            };
        }
        cache.set(text, parsed);
    }
    return parsed;
}
/** Parsed policy texts, kept per IAM part: the three checks read the same documents. */
const parsedByPart = new WeakMap();
/**
 * A check judged per principal over the policies of the owners it reads. A statement that allows
 * too much is a FAIL even when another policy could not be read; no hit and an unreadable or
 * uncollected policy (or group) is UNKNOWN, never PASS.
 */
function principalRule(meta, reads, test, passDetail) {
    return resourceRule({
        meta,
        resources: principalsOf,
        ref: (principal) => ({
            region: GLOBAL_REGION,
            resourceId: principal.arn,
            resourceArn: principal.arn,
            resourceName: principal.name,
            resourceType: RESOURCE_TYPES[principal.kind],
        }),
        judge: (principal, iam) => {
            let cache = parsedByPart.get(iam);
            if (!cache)
                parsedByPart.set(iam, (cache = new Map()));
            const hits = [];
            const unreadable = [];
            const sources = principal.sources.filter((s) => s.owner === 'any' || reads.includes(s.owner));
            for (const source of sources) {
                const parsed = parseSource(source, cache);
                if (!parsed.ok) {
                    unreadable.push({ policy: source.label, error: parsed.error });
                    continue;
                }
                parsed.statements.forEach((statement, index) => {
                    const allows = test(statement);
                    if (allows === undefined)
                        return;
                    const name = statement.sid ? `statement "${statement.sid}"` : `statement ${index + 1}`;
                    hits.push({ policy: source.label, statement: name, allows });
                });
            }
            const policiesRead = sources.length - unreadable.length;
            if (hits.length > 0) {
                const [first] = hits;
                const more = hits.length > 1 ? `; ${hits.length - 1} more statement(s) in the evidence` : '';
                return fail(`Allows ${first.allows} through ${first.policy}, ${first.statement}${more}.`, {
                    statements: hits,
                    policiesRead,
                });
            }
            if (unreadable.length > 0) {
                const evidence = { unreadable: unreadable.map((u) => u.policy), policiesRead };
                // A failed call names the permission to grant, so it is the one reported.
                const failure = unreadable.find((u) => u.error !== undefined)?.error;
                if (failure)
                    return unknown(failure, evidence);
                const [first] = unreadable;
                return undetermined(`Could not be assessed: ${first.policy} is not in the collected IAM data.`, evidence);
            }
            return pass(`${passDetail} (${policiesRead} ${policiesRead === 1 ? 'policy' : 'policies'} read).`, { policiesRead });
        },
    });
}
/** `*` or `*:*`: every action of every service. */
const isEveryAction = (pattern) => /^\*+(:\*+)?$/.test(pattern);
/** `s3:*`: every action of a service (wildcards in the service name included). */
const isServiceWide = (pattern) => /^[^:]+:\*+$/.test(pattern);
const READ_ONLY_PREFIXES = ['describe', 'list', 'get', 'batchget', 'head'];
/** True when every action the pattern can match is read-only: its fixed start names a read verb. */
function isReadOnlyPattern(pattern) {
    const colon = pattern.indexOf(':');
    if (colon < 0)
        return false;
    const [fixedStart = ''] = pattern.slice(colon + 1).split(/[*?]/);
    return READ_ONLY_PREFIXES.some((prefix) => fixedStart.toLowerCase().startsWith(prefix));
}
const allowsEveryResource = (s) => s.effect === 'Allow' && coversResource(s, '*');
const quoteList = (patterns) => patterns.map((p) => `"${p}"`).join(', ');
/**
 * How the detail names the resources of a statement that allows every resource: Resource "*", or
 * an Allow with NotResource, which grants everything but the resources it lists.
 */
const everyResourceWords = (s) => !s.resource && s.notResource
    ? `every resource except ${quoteList(s.notResource)} (NotResource)`
    : 'Resource "*"';
/** NotAction `*` excludes every action: the statement grants nothing. */
const grantsNoAction = (s) => (s.notAction ?? []).some(isEveryAction);
/** Action `*` on Resource `*`. */
const fullAdminStatement = (s) => allowsEveryResource(s) && (s.action ?? []).some(isEveryAction)
    ? `Action "*" on ${everyResourceWords(s)}`
    : undefined;
const fullAdmin = principalRule({
    id: 'iam.full-admin',
    title: 'IAM principal has full administrative privileges',
    service: 'iam',
    category: 'security',
    severity: 'critical',
    resourceType: RESOURCE_TYPES.role,
    remediation: {
        text: 'Replace Action "*" on Resource "*" with the actions and resources the principal needs (IAM Access Analyzer can generate a policy from its activity); keep full administrators few and behind MFA.',
        url: LEARN_MORE,
    },
    frameworks: { fsbp: ['IAM.1'] },
    failWhen: 'Any policy of the principal (inline, customer managed, or AWS managed such as AdministratorAccess) has an `Allow` statement with Action `*` (or `*:*`) on Resource `*` or with a NotResource.',
}, ['inline', 'customer', 'aws'], fullAdminStatement, 'No statement allows Action "*" on Resource "*"');
const wildcardActions = principalRule({
    id: 'iam.wildcard-actions',
    title: 'IAM policy allows service-wide wildcard actions',
    service: 'iam',
    category: 'security',
    severity: 'high',
    resourceType: RESOURCE_TYPES.role,
    remediation: {
        text: 'List the actions the principal needs instead of "service:*" or NotAction in its inline and customer managed policies.',
        url: LEARN_MORE,
    },
    frameworks: { fsbp: ['IAM.21'] },
    failWhen: 'An inline or customer managed policy of the principal has an `Allow` statement, other than a full-admin one, with an action wildcard over a whole service (`s3:*`, or `*` on narrower resources) or with a NotAction.',
}, ['inline', 'customer'], (s) => {
    if (s.effect !== 'Allow' || fullAdminStatement(s) || grantsNoAction(s))
        return undefined;
    // Allow with NotAction grants every action of every service it does not name.
    if (s.notAction)
        return `every action except ${quoteList(s.notAction)} (NotAction)`;
    const wide = (s.action ?? []).filter((p) => isEveryAction(p) || isServiceWide(p));
    return wide.length > 0 ? `the wildcard action(s) ${quoteList(wide)}` : undefined;
}, 'No inline or customer managed policy allows a service-wide wildcard action');
const wildcardResources = principalRule({
    id: 'iam.wildcard-resources',
    title: 'IAM policy allows write actions on every resource',
    service: 'iam',
    category: 'security',
    severity: 'medium',
    resourceType: RESOURCE_TYPES.role,
    remediation: {
        text: 'Name the resources (ARNs, or ARN patterns) that actions other than Describe, List, Get, BatchGet and Head may act on, in the inline and customer managed policies.',
        url: LEARN_MORE,
    },
    frameworks: {},
    failWhen: 'An inline or customer managed policy of the principal has an `Allow` statement on Resource `*` (or with a NotResource) that uses a NotAction or allows an action that is not read-only. Read-only means the action name after the service prefix starts with `Describe`, `List`, `Get`, `BatchGet` or `Head`.',
}, ['inline', 'customer'], (s) => {
    if (!allowsEveryResource(s) || grantsNoAction(s))
        return undefined;
    const resources = everyResourceWords(s);
    if (s.notAction) {
        return `every action except ${quoteList(s.notAction)} (NotAction) on ${resources}`;
    }
    const writes = (s.action ?? []).filter((p) => !isReadOnlyPattern(p));
    return writes.length > 0 ? `${quoteList(writes)} on ${resources}` : undefined;
}, 'No inline or customer managed policy allows actions other than reads on Resource "*"');
/** The IAM checks of CHECKS.md, in catalogue order. */
const iamRules = [fullAdmin, wildcardActions, wildcardResources];

;// CONCATENATED MODULE: ./src/rules/rds.ts


const rds_INSTANCE_TYPE = 'AWS::RDS::DBInstance';
const CLUSTER_TYPE = 'AWS::RDS::DBCluster';
function databaseRef({ kind, db }, region) {
    return {
        region,
        resourceId: db.id,
        resourceArn: db.arn,
        resourceType: kind === 'instance' ? rds_INSTANCE_TYPE : CLUSTER_TYPE,
    };
}
const label = ({ kind }) => (kind === 'instance' ? 'DB instance' : 'DB cluster');
/**
 * Storage, backups, Multi-AZ and deletion protection of a cluster member (Aurora, Multi-AZ DB
 * cluster) are the cluster's settings: an Aurora instance reports MultiAZ and DeletionProtection
 * false whatever its cluster says. So members get no result of their own from these checks; the
 * cluster's result covers them and its detail says so.
 */
const notClusterMember = (db) => db.clusterId === undefined;
/** Appended to a cluster's detail: its members have no result of their own. */
function coversMembers(rds, cluster) {
    const members = (rds.instances.ok ? rds.instances.value : [])
        .filter((db) => db.clusterId === cluster.id)
        .map((db) => db.id);
    return members.length > 0
        ? ` This result covers the cluster's member instances: ${members.join(', ')}.`
        : '';
}
/**
 * A check judged per database of each region. A failed listing leaves databases unseen: one
 * account-level UNKNOWN for the region says so, beside the results for what was listed.
 */
function databaseRule(meta, applies, judge) {
    return resourceRule({
        meta,
        resources: (rds) => [
            (0,model_inventory/* mapFetched */.KX)(rds.instances, (list) => list.filter(applies.instances).map((db) => ({ kind: 'instance', db }))),
            ...(applies.clusters
                ? [
                    (0,model_inventory/* mapFetched */.KX)(rds.clusters, (list) => list.map((db) => ({ kind: 'cluster', db }))),
                ]
                : []),
        ],
        ref: databaseRef,
        judge: (database, rds) => {
            const { pass, detail, evidence } = judge(database);
            if (pass === undefined)
                return undetermined(detail, evidence);
            const covers = database.kind === 'cluster' ? coversMembers(rds, database.db) : '';
            return passIf(pass, `${detail}${covers}`, evidence);
        },
    });
}
const storageUnencrypted = databaseRule({
    id: 'rds.storage-unencrypted',
    title: 'RDS storage not encrypted',
    service: 'rds',
    category: 'security',
    severity: 'critical',
    resourceType: rds_INSTANCE_TYPE,
    remediation: {
        text: 'Encryption cannot be turned on in place: snapshot the database, copy the snapshot with a KMS key, and restore from the encrypted copy.',
        url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
    },
    frameworks: { fsbp: ['RDS.3', 'RDS.27'], cis: ['2.3.1'] },
    failWhen: 'A DB cluster, or a DB instance that is not a cluster member, has `StorageEncrypted` false. The result of a cluster covers its member instances.',
}, { instances: notClusterMember, clusters: true }, (database) => ({
    pass: database.db.storageEncrypted,
    detail: `The ${label(database)}'s storage is ${database.db.storageEncrypted ? '' : 'not '}encrypted.`,
    evidence: { storageEncrypted: database.db.storageEncrypted, engine: database.db.engine },
}));
const publiclyAccessible = databaseRule({
    id: 'rds.publicly-accessible',
    title: 'RDS instance publicly accessible',
    service: 'rds',
    category: 'security',
    severity: 'critical',
    resourceType: rds_INSTANCE_TYPE,
    remediation: {
        text: 'Modify the DB instance to turn off PubliclyAccessible and reach it from inside the VPC.',
        url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding',
    },
    frameworks: { fsbp: ['RDS.2'], cis: ['2.3.3'] },
    failWhen: 'A DB instance, cluster member or not, has `PubliclyAccessible` true.',
}, { instances: () => true, clusters: false }, (database) => {
    // Clusters are not judged here (`clusters: false`); only instances reach this.
    const open = database.kind === 'instance' ? database.db.publiclyAccessible : false;
    if (open === undefined) {
        return {
            pass: undefined,
            detail: 'PubliclyAccessible was not in the DescribeDBInstances answer: whether the endpoint is public is not known.',
            evidence: { publiclyAccessible: null },
        };
    }
    return {
        pass: !open,
        detail: open
            ? 'PubliclyAccessible is true: the endpoint resolves to a public IP address.'
            : 'PubliclyAccessible is false.',
        evidence: { publiclyAccessible: open },
    };
});
/** RDS.11's default minimum retention, in days. */
const MIN_BACKUP_RETENTION_DAYS = 7;
const backupRetentionShort = databaseRule({
    id: 'rds.backup-retention-short',
    title: 'RDS backup retention under 7 days',
    service: 'rds',
    category: 'resilience',
    severity: 'high',
    resourceType: rds_INSTANCE_TYPE,
    remediation: {
        text: `Set the backup retention period to at least ${MIN_BACKUP_RETENTION_DAYS} days.`,
        url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html',
    },
    frameworks: { fsbp: ['RDS.11'] },
    failWhen: '`BackupRetentionPeriod` is below 7 days (0 means automated backups are off), on a DB cluster or on a DB instance that is neither a read replica nor a cluster member.',
}, 
// Read replicas take no automated backups of their own.
{ instances: (db) => notClusterMember(db) && db.readReplicaSource === undefined, clusters: true }, (database) => {
    const days = database.db.backupRetentionPeriod;
    return {
        pass: days >= MIN_BACKUP_RETENTION_DAYS,
        detail: days === 0
            ? `Automated backups are off (retention 0 days; at least ${MIN_BACKUP_RETENTION_DAYS} expected).`
            : `Backups are kept ${days} day${days === 1 ? '' : 's'} (at least ${MIN_BACKUP_RETENTION_DAYS} expected).`,
        evidence: { backupRetentionPeriod: days, minimum: MIN_BACKUP_RETENTION_DAYS },
    };
});
const singleAz = databaseRule({
    id: 'rds.single-az',
    title: 'RDS database not Multi-AZ',
    service: 'rds',
    category: 'resilience',
    severity: 'medium',
    resourceType: rds_INSTANCE_TYPE,
    remediation: {
        text: 'Modify the DB instance to Multi-AZ, or add a reader in another Availability Zone to the cluster.',
        url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html',
    },
    frameworks: { fsbp: ['RDS.5', 'RDS.15'] },
    failWhen: 'A DB cluster, or a DB instance that is not a cluster member, has `MultiAZ` false.',
}, { instances: notClusterMember, clusters: true }, (database) => ({
    pass: database.db.multiAz,
    detail: database.db.multiAz
        ? `The ${label(database)} is Multi-AZ.`
        : `The ${label(database)} runs in a single Availability Zone.`,
    evidence: { multiAz: database.db.multiAz },
}));
const deletionProtectionOff = databaseRule({
    id: 'rds.deletion-protection-off',
    title: 'RDS deletion protection off',
    service: 'rds',
    category: 'resilience',
    severity: 'high',
    resourceType: rds_INSTANCE_TYPE,
    remediation: {
        text: 'Turn on deletion protection on the DB instance or cluster.',
        url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection',
    },
    frameworks: { fsbp: ['RDS.7', 'RDS.8'] },
    failWhen: 'A DB cluster, or a DB instance that is not a cluster member, has `DeletionProtection` false.',
}, { instances: notClusterMember, clusters: true }, (database) => ({
    pass: database.db.deletionProtection,
    detail: `Deletion protection is ${database.db.deletionProtection ? 'on' : 'off'} for the ${label(database)}.`,
    evidence: { deletionProtection: database.db.deletionProtection },
}));
/** The RDS checks of CHECKS.md, in catalogue order. */
const rdsRules = [
    storageUnencrypted,
    publiclyAccessible,
    backupRetentionShort,
    singleAz,
    deletionProtectionOff,
];

;// CONCATENATED MODULE: ./src/rules/s3.ts



const BUCKET_TYPE = 'AWS::S3::Bucket';
function bucketRef(bucket) {
    const ref = {
        region: bucket.region,
        resourceId: bucket.name,
        resourceArn: bucket.arn,
    };
    const name = bucket.tags.ok ? tagValue(bucket.tags.value, 'Name') : undefined;
    if (name !== undefined)
        ref.resourceName = name;
    return ref;
}
/** A check judged per bucket of the scanned regions. */
function bucketRule(meta, judge) {
    return resourceRule({ meta, resources: (s3) => s3.buckets, ref: bucketRef, judge });
}
const SETTINGS = [
    { key: 'blockPublicAcls', label: 'BlockPublicAcls' },
    { key: 'ignorePublicAcls', label: 'IgnorePublicAcls' },
    { key: 'blockPublicPolicy', label: 'BlockPublicPolicy' },
    { key: 'restrictPublicBuckets', label: 'RestrictPublicBuckets' },
];
/** true on, false off (or no configuration), undefined when the read failed. */
function settingOn(read, key) {
    if (!read.ok)
        return undefined;
    return read.value?.[key] === true;
}
function settingsEvidence(read) {
    if (!read.ok)
        return `unreadable (${read.error.operation} ${read.error.code})`;
    return read.value ?? 'none';
}
const publicAccessNotBlocked = bucketRule({
    id: 's3.public-access-not-blocked',
    title: 'S3 bucket public access not blocked',
    service: 's3',
    category: 'security',
    severity: 'critical',
    resourceType: BUCKET_TYPE,
    remediation: {
        text: 'Turn on all four Block Public Access settings (BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets) on the account, which covers every bucket, or on the bucket.',
        url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    },
    frameworks: { fsbp: ['S3.1', 'S3.8'], cis: ['2.1.4'] },
    failWhen: 'At least one of the four Block Public Access settings (`BlockPublicAcls`, `IgnorePublicAcls`, `BlockPublicPolicy`, `RestrictPublicBuckets`) is on neither the bucket nor the account; a missing configuration counts as all off.',
}, (bucket, s3) => {
    const off = [];
    const unsettled = [];
    for (const { key, label } of SETTINGS) {
        const onBucket = settingOn(bucket.publicAccessBlock, key);
        const onAccount = settingOn(s3.accountPublicAccessBlock, key);
        if (onBucket === true || onAccount === true)
            continue;
        if (onBucket === false && onAccount === false)
            off.push(label);
        else
            unsettled.push(label);
    }
    const evidence = {
        bucket: settingsEvidence(bucket.publicAccessBlock),
        account: settingsEvidence(s3.accountPublicAccessBlock),
    };
    if (off.length > 0) {
        return fail(`${off.length} of 4 Block Public Access settings are off on both the bucket and the account: ${off.join(', ')}.`, { ...evidence, settingsOff: off });
    }
    const failure = unsettled.length > 0
        ? firstFailure(bucket.publicAccessBlock, s3.accountPublicAccessBlock)
        : undefined;
    if (failure)
        return unknown(failure, { ...evidence, undetermined: unsettled });
    return pass('All 4 Block Public Access settings are on, on the bucket or the account.', evidence);
});
const defaultEncryptionMissing = bucketRule({
    id: 's3.default-encryption-missing',
    title: 'S3 bucket default encryption missing',
    service: 's3',
    category: 'security',
    severity: 'high',
    resourceType: BUCKET_TYPE,
    remediation: {
        text: 'Set a default encryption configuration on the bucket: SSE-S3 (AES256), or SSE-KMS with a customer managed key and S3 Bucket Keys.',
        url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html',
    },
    frameworks: {},
    failWhen: 'The bucket has no default encryption configuration.',
}, (bucket) => {
    const read = bucket.encryption;
    if (!read.ok)
        return unknown(read.error);
    if (!read.value)
        return fail('The bucket has no default encryption configuration.');
    const algorithms = [...new Set(read.value.map((rule) => rule.algorithm))];
    return pass(`Default encryption is ${algorithms.join(', ')}.`, { rules: read.value });
});
const versioningOff = bucketRule({
    id: 's3.versioning-off',
    title: 'S3 bucket versioning off',
    service: 's3',
    category: 'resilience',
    severity: 'medium',
    resourceType: BUCKET_TYPE,
    remediation: {
        text: 'Enable versioning on the bucket, with a lifecycle rule that expires noncurrent versions to bound the storage cost.',
        url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/manage-versioning-examples.html',
    },
    frameworks: { fsbp: ['S3.14'] },
    failWhen: 'Versioning is not `Enabled`: it is `Suspended`, or was never turned on.',
}, (bucket) => {
    const read = bucket.versioning;
    if (!read.ok)
        return unknown(read.error);
    const evidence = { status: read.value };
    if (read.value === 'Enabled')
        return pass('Versioning is Enabled.', evidence);
    return fail(read.value === null
        ? 'Versioning has never been enabled on the bucket.'
        : `Versioning is ${read.value}, not Enabled.`, evidence);
});
/**
 * A TLS deny must reach object reads and writes: a deny on bucket-level actions or one prefix
 * leaves plain-HTTP object access open.
 */
function enforcesTlsForObjects(statement, bucketArn) {
    return (deniesInsecureTransport(statement) &&
        coversAction(statement, 's3:GetObject') &&
        coversAction(statement, 's3:PutObject') &&
        coversResource(statement, `${bucketArn}/*`));
}
const s3_tlsNotEnforced = bucketRule({
    id: 's3.tls-not-enforced',
    title: 'S3 bucket does not enforce TLS',
    service: 's3',
    category: 'security',
    severity: 'medium',
    resourceType: BUCKET_TYPE,
    remediation: {
        text: 'Add a bucket policy statement with Effect Deny, Principal "*", Action "s3:*", Resource the bucket and its objects (arn:aws:s3:::BUCKET and arn:aws:s3:::BUCKET/*), and Condition {"Bool": {"aws:SecureTransport": "false"}}.',
        url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-5',
    },
    frameworks: { fsbp: ['S3.5'], cis: ['2.1.1'] },
    failWhen: 'There is no bucket policy, or none of its statements is a `Deny` to principal `*` (no NotPrincipal) whose only condition is `aws:SecureTransport` `false` (`Bool` or `BoolIfExists`) and that covers both `s3:GetObject` and `s3:PutObject` on `arn:aws:s3:::BUCKET/*`; a prefix such as `BUCKET/logs/*` is not enough. The detail says whether a Deny falls short on actions or resources, or on principals or conditions.',
}, (bucket) => {
    const read = bucket.policy;
    if (!read.ok)
        return unknown(read.error);
    if (read.value === null) {
        return fail('The bucket has no policy, so requests without TLS are not denied.');
    }
    let statements;
    try {
        statements = parsePolicy(read.value);
    }
    catch (error) {
        // AWS accepted this policy, so failing to read it is ours: UNKNOWN, never a PASS or a FAIL.
        return undetermined(`The bucket policy is unreadable (${error.message}), so whether it denies requests without TLS is not known.`);
    }
    const enforcing = statements.find((s) => enforcesTlsForObjects(s, bucket.arn));
    if (enforcing) {
        const name = enforcing.sid ? `statement ${enforcing.sid}` : 'a statement';
        return pass(`The bucket policy denies requests with aws:SecureTransport false (${name}).`, {
            statement: enforcing,
        });
    }
    const partial = statements.filter(deniesInsecureTransport);
    if (partial.length > 0) {
        return fail(`The bucket policy denies requests without TLS only for some actions or resources: object reads and writes (s3:GetObject, s3:PutObject on ${bucket.arn}/*) stay open over plain HTTP.`, { statements: partial });
    }
    const narrowed = statements.filter(deniesOnInsecureTransport);
    if (narrowed.length > 0) {
        return fail('The bucket policy denies requests with aws:SecureTransport false only for some callers: the Deny names principals other than "*" or adds other conditions, so the rest can use plain HTTP.', { statements: narrowed });
    }
    return fail('No statement of the bucket policy denies requests with aws:SecureTransport false.');
});
/** The S3 checks of CHECKS.md, in catalogue order. */
const s3Rules = [
    publicAccessNotBlocked,
    defaultEncryptionMissing,
    versioningOff,
    s3_tlsNotEnforced,
];

;// CONCATENATED MODULE: ./src/rules/sg.ts


const GROUP_TYPE = 'AWS::EC2::SecurityGroup';
const RULES_URL = 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html';
/** Security Hub EC2.19's fixed list, which also holds EC2.53/54's 22 and 3389. */
const HIGH_RISK_PORTS = [
    20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500,
    5601, 8080, 8088, 8888, 9200, 9300,
];
const PROTOCOLS = ['tcp', 'udp'];
function groupRef(group, region) {
    return { region, resourceId: group.id, resourceArn: group.arn, resourceName: group.name };
}
/** How many network interfaces use the group, or null when that listing failed. */
function attachments(group, sg) {
    return sg.networkInterfaceCounts.ok ? (sg.networkInterfaceCounts.value[group.id] ?? 0) : null;
}
/** The sentence every security-group result ends with: is the group in use at all? */
function attachmentNote(group, sg) {
    if (!sg.networkInterfaceCounts.ok) {
        const { operation, code } = sg.networkInterfaceCounts.error;
        return `Whether it is attached to a network interface is unknown (${operation} failed with ${code}).`;
    }
    const count = attachments(group, sg);
    if (count === 0)
        return 'It is not attached to any network interface.';
    return `It is attached to ${count} network interface${count === 1 ? '' : 's'}.`;
}
/** A check judged per security group of each region, every detail saying whether it is in use. */
function groupRule(meta, expose, passDetail) {
    return resourceRule({
        meta,
        resources: (sg) => sg.groups,
        ref: groupRef,
        judge: (group, sg) => {
            const exposure = expose(group);
            const attachment = attachmentNote(group, sg);
            const networkInterfaces = attachments(group, sg);
            return exposure
                ? fail(`${exposure.detail} ${attachment}`, { ...exposure.evidence, networkInterfaces })
                : pass(`${passDetail} ${attachment}`, { networkInterfaces });
        },
    });
}
/** Each high-risk port some world-open permission reaches, with by which protocols and CIDRs. */
function openHighRiskPorts(group) {
    const open = [];
    for (const port of HIGH_RISK_PORTS) {
        const protocols = new Set();
        const sources = new Set();
        for (const permission of group.ingress) {
            const world = worldCidrs(permission);
            if (world.length === 0)
                continue;
            for (const protocol of PROTOCOLS) {
                if (!ingressReaches(permission, protocol, port))
                    continue;
                protocols.add(protocol);
                world.forEach((cidr) => sources.add(cidr));
            }
        }
        if (protocols.size > 0)
            open.push({ port, protocols: [...protocols], sources: [...sources].sort() });
    }
    return open;
}
const highRiskPortOpen = groupRule({
    id: 'sg.high-risk-port-open',
    title: 'Security group opens a high-risk port to the internet',
    service: 'sg',
    category: 'security',
    severity: 'critical',
    resourceType: GROUP_TYPE,
    remediation: {
        text: 'Remove the 0.0.0.0/0 and ::/0 ingress rules on these ports; allow only known CIDRs or security groups, or reach hosts through Systems Manager Session Manager.',
        url: RULES_URL,
    },
    frameworks: { fsbp: ['EC2.19', 'EC2.53', 'EC2.54'], cis: ['5.2', '5.3'] },
    failWhen: 'An inbound rule from `0.0.0.0/0` or `::/0` reaches TCP or UDP port 20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500, 5601, 8080, 8088, 8888, 9200 or 9300: by that port, by a range covering it, or with protocol `-1`.',
}, (group) => {
    const open = openHighRiskPorts(group);
    if (open.length === 0)
        return undefined;
    // Ports reached the same way are named together: `3000, 3306 (tcp from ::/0)`.
    const byWay = new Map();
    for (const o of open) {
        const way = `${o.protocols.join('/')} from ${o.sources.join(', ')}`;
        byWay.set(way, [...(byWay.get(way) ?? []), o.port]);
    }
    const ports = [...byWay].map(([way, list]) => `${list.join(', ')} (${way})`);
    return {
        detail: `High-risk port${open.length === 1 ? '' : 's'} open to the internet: ${ports.join('; ')}.`,
        evidence: { openPorts: open },
    };
}, 'No ingress from 0.0.0.0/0 or ::/0 reaches a high-risk port.');
const allPortsOpen = groupRule({
    id: 'sg.all-ports-open',
    title: 'Security group opens every port to the internet',
    service: 'sg',
    category: 'security',
    severity: 'critical',
    resourceType: GROUP_TYPE,
    remediation: {
        text: 'Replace the all-traffic or 0-65535 ingress rule from 0.0.0.0/0 or ::/0 with rules for the ports the workload serves.',
        url: RULES_URL,
    },
    frameworks: {},
    failWhen: 'An inbound rule from `0.0.0.0/0` or `::/0` has protocol `-1`, or is a TCP or UDP rule over the whole range 0 to 65535 (or with no ports given).',
}, (group) => {
    const rules = group.ingress
        .filter((p) => opensEveryPort(p) && worldCidrs(p).length > 0)
        .map((p) => `${describePermission(p)} from ${worldCidrs(p).join(', ')}`);
    if (rules.length === 0)
        return undefined;
    return {
        detail: `Every port is open to the internet: ${rules.join('; ')}.`,
        evidence: { rules },
    };
}, 'No ingress from 0.0.0.0/0 or ::/0 opens every port.');
/** The security group checks of CHECKS.md, in catalogue order. */
const sgRules = [highRiskPortOpen, allPortsOpen];

;// CONCATENATED MODULE: ./src/rules/index.ts






/** Every check posture-gate knows, in catalogue order. */
const ALL_RULES = [
    ...efsRules,
    ...ec2Rules,
    ...sgRules,
    ...rdsRules,
    ...s3Rules,
    ...iamRules,
];

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
function matchesExclusion(tags, filters) {
    return filters.some((f) => tagValue(tags, f.key)?.toLowerCase() === f.value.toLowerCase());
}
/**
 * Applies `exclude-tags` and `environment` to every tagged resource list of the inventory, so
 * that no rule judges an out-of-scope resource. A resource is any object with a `tags` map held in
 * a listing of a service part; untagged kinds (account settings), and resources whose tags could
 * not be read, are always in scope. The EFS access
 * points also stay whole as `allAccessPoints`: they are facts about their file system.
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
                (tagValue(tags, 'Environment') ?? '').toLowerCase() !== environment);
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
    return { inventory: { ...inventory, regional, global }, excludedByRegion };
}

// EXTERNAL MODULE: ./src/model/results.ts
var model_results = __webpack_require__(3111);
;// CONCATENATED MODULE: ./src/version.ts
const TOOL_NAME = 'posture-gate';
/** Kept equal to package.json's version by a unit test; inlined so the bundle reads no files. */
const TOOL_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/triage/baseline.ts
/**
 * Marks results new or existing against an earlier report. Without a baseline nothing is marked;
 * results already marked (reports being merged) keep their marks and their resolved findings.
 */
function applyBaseline(results, carriedResolved = []) {
    return { results: [...results], resolved: [...carriedResolved] };
}

;// CONCATENATED MODULE: ./src/triage/gate.ts

/** How many failing resources a reason names before it says "and N more". */
const NAMED_FINDINGS = 3;
/** True when `severity` is `threshold` or more severe; nothing is at least `none`. */
function severityAtLeast(severity, threshold) {
    if (threshold === 'none')
        return false;
    return model_results/* SEVERITIES */.oC.indexOf(severity) <= model_results/* SEVERITIES */.oC.indexOf(threshold);
}
function counted(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
function byCheckThenResource(a, b) {
    return ((0,model_results/* compareText */.n6)(a.checkId, b.checkId) ||
        (0,model_results/* compareText */.n6)(a.region, b.region) ||
        (0,model_results/* compareText */.n6)(a.resourceId, b.resourceId));
}
function nameFindings(findings) {
    const named = [...findings]
        .sort(byCheckThenResource)
        .slice(0, NAMED_FINDINGS)
        .map((finding) => `${finding.checkId} on ${finding.resourceName ?? finding.resourceId}`);
    const more = findings.length - named.length;
    return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}
/**
 * Pass or fail from the results, the score and the thresholds, with one line per reason. Suppressed
 * results never fail the gate. When every result is UNKNOWN the scan looked at nothing (a role
 * without permissions): that is an `error`, never a pass. A scan that could not start at all is
 * an `error` decided by the caller.
 */
function decideGate({ results, score, config }) {
    const reasons = [];
    const active = results.filter((result) => !result.suppressed);
    for (const severity of model_results/* SEVERITIES */.oC) {
        if (!severityAtLeast(severity, config.failOnSeverity))
            continue;
        const failing = active.filter((result) => result.status === 'FAIL' && result.severity === severity);
        if (failing.length === 0)
            continue;
        reasons.push(`${counted(failing.length, `${severity} finding`)} (fail-on-severity: ${config.failOnSeverity}): ${nameFindings(failing)}`);
    }
    if (score < config.minimumScore) {
        reasons.push(`score ${score} is below minimum-score ${config.minimumScore}`);
    }
    const unknown = active.filter((result) => result.status === 'UNKNOWN').length;
    if (config.failOnIncomplete && unknown > 0) {
        reasons.push(`${counted(unknown, 'check')} could not be assessed (fail-on-incomplete: true)`);
    }
    if (unknown > 0 && unknown === active.length) {
        reasons.push(`no check could be assessed: all ${counted(unknown, 'result')} are UNKNOWN; grant the permissions the report names`);
        return { passed: false, result: 'error', reasons };
    }
    const passed = reasons.length === 0;
    return { passed, result: passed ? 'passed' : 'failed', reasons };
}

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

;// CONCATENATED MODULE: ./src/triage/summary.ts



const WHOLE_BILL_CHECKS = new Set(ALL_RULES.filter((rule) => rule.meta.savingIsWholeBill).map((rule) => rule.meta.id));
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
    return (0,money/* roundUsd */.t)(total);
}
/** The report's summary counts. Suppressed results count only as suppressed. */
function summarize(results, counts) {
    const counted = results.filter((r) => !r.suppressed);
    const failed = counted.filter((r) => r.status === 'FAIL');
    const bySeverity = Object.fromEntries(model_results/* SEVERITIES */.oC.map((s) => [s, failed.filter((r) => r.severity === s).length]));
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

;// CONCATENATED MODULE: ./src/triage/suppress.ts
/**
 * Marks the results that a suppression covers. No suppressions file exists yet, so nothing is
 * suppressed; the report seam calls this in its place in the order.
 */
function applySuppressions(results) {
    return [...results];
}

;// CONCATENATED MODULE: ./src/triage/assemble.ts







/**
 * The one report seam of a scan and of `merge`: results, then suppressions, baseline, score,
 * gate and summary, in that order. Pure: the same parts give the same report.
 */
function assembleReport(parts) {
    const suppressed = applySuppressions([...parts.results].sort(model_results/* compareResults */.ex));
    const { results, resolved } = applyBaseline(suppressed, parts.resolved);
    resolved.sort(model_results/* compareResults */.ex);
    const { score, evaluated } = computeScore(results);
    const gate = decideGate({ results, score, config: parts.config });
    return {
        schemaVersion: 1,
        tool: parts.tool ?? { name: TOOL_NAME, version: TOOL_VERSION },
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
        summary: summarize(results, {
            excludedByRegion: parts.excludedByRegion,
            resolved: resolved.length,
        }),
        results,
        resolved,
        errors: parts.errors,
        resources: parts.resources(results),
        stats: parts.stats,
    };
}

;// CONCATENATED MODULE: ./src/triage/resources.ts




const TOO_NEW_FOR_USAGE_CHECKS = 'too new for usage checks';
const regionKey = (region, id) => `${region}\u0000${id}`;
/** `resources.efs`: every audited file system with its findings rolled up, and every access point. */
function buildEfsResources(inventory, results) {
    const parts = partsOf(inventory, 'efs').map(({ region, part }) => ({
        region,
        fileSystems: part.fileSystems.ok ? part.fileSystems.value : [],
        accessPoints: part.accessPoints.ok ? part.accessPoints.value : [],
    }));
    if (parts.length === 0)
        return {};
    // Access point findings count toward their file system.
    const owner = new Map();
    for (const { region, accessPoints } of parts) {
        for (const ap of accessPoints)
            owner.set(regionKey(region, ap.id), ap.fileSystemId);
    }
    const byFileSystem = new Map();
    for (const result of results) {
        if (result.service !== 'efs')
            continue;
        const key = regionKey(result.region, result.resourceId);
        const fileSystemId = owner.get(key);
        const fsKey = fileSystemId ? regionKey(result.region, fileSystemId) : key;
        byFileSystem.set(fsKey, [...(byFileSystem.get(fsKey) ?? []), result]);
    }
    const fileSystems = parts.flatMap(({ region, fileSystems: listed }) => listed.map((fs) => {
        const own = byFileSystem.get(regionKey(region, fs.id)) ?? [];
        const failed = own.filter((r) => r.status === 'FAIL' && !r.suppressed);
        const failCounts = Object.fromEntries(model_results/* SEVERITIES */.oC.map((s) => [s, 0]));
        for (const r of failed)
            failCounts[r.severity]++;
        const stored = readStoredGb(fs);
        return {
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
            failCounts,
            findingCategories: [...new Set(failed.map((r) => r.category))].sort(),
            monthlySavingsUsd: totalSavingsUsd(failed),
            // Every old-enough file system gets usage results (efs.unused judges them all).
            usageChecks: own.some((r) => isUsageCheck(r)) ? 'evaluated' : TOO_NEW_FOR_USAGE_CHECKS,
        };
    }));
    const audited = new Set(fileSystems.map((fs) => regionKey(fs.region, fs.id)));
    const accessPoints = parts.flatMap(({ region, accessPoints: listed }) => listed
        .filter((ap) => audited.has(regionKey(region, ap.fileSystemId)))
        .map((ap) => ({
        region,
        id: ap.id,
        name: ap.name ?? null,
        fileSystemId: ap.fileSystemId,
        path: ap.rootDirectoryPath,
        posixUser: ap.posixUser ?? null,
    })));
    const resources = { fileSystems, accessPoints };
    return { efs: { ...resources } };
}
/** One builder per analyzer that lists its resources in the report (`resources.efs`, ...). */
const RESOURCE_BUILDERS = [buildEfsResources];
function buildResources(inventory, results) {
    return Object.assign({}, ...RESOURCE_BUILDERS.map((build) => build(inventory, results)));
}

;// CONCATENATED MODULE: ./src/triage/evaluate.ts






/**
 * Inventory to report: scope, rules, then the report seam. Pure apart from the clock values
 * passed in: the same inventory and config give the same report.
 */
function evaluateInventory(inventory, config, options) {
    // A saved inventory may hold more services than this run asks for: evaluate only those asked.
    const services = inventory.services.filter((s) => config.services.includes(s));
    const scoped = applyScope({ ...inventory, services }, { excludeTags: config.excludeTags, environment: config.environment });
    const results = evaluateRules(ALL_RULES, scoped.inventory, {
        now: new Date(inventory.collectedAt),
        minAgeDays: config.minAgeDays,
    });
    return assembleReport({
        startedAt: options.startedAt.toISOString(),
        finishedAt: options.finishedAt ?? new Date(),
        account: inventory.account,
        regions: inventory.regions,
        services,
        config: (0,schema/* reportConfig */.VA)(config),
        results,
        excludedByRegion: scoped.excludedByRegion,
        errors: inventory.errors,
        resources: (judged) => buildResources(scoped.inventory, judged),
        stats: options.stats ?? { apiCalls: {}, durationMsByService: {} },
    });
}

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
    const factory = createClientFactory({
        credentials: deps.credentials,
        maxAttempts: config.maxAttempts,
        onCall: (operation) => {
            apiCalls[operation] = (apiCalls[operation] ?? 0) + 1;
        },
    });
    const identity = await getAccountId(factory.forRegion(deps.homeRegion).sts);
    const account = identity.account;
    deps.log?.(`Scanning account ${account} as ${identity.arn}`);
    const regions = config.regions === 'all' ? await enabledRegions(factory, deps.homeRegion) : config.regions;
    deps.log?.(`Regions: ${regions.join(', ')}; services: ${config.services.join(', ')}`);
    return collectInventory({
        account,
        homeRegion: deps.homeRegion,
        regions,
        services: config.services,
        factory,
        apiCalls,
    });
}
/** The whole live pipeline: credentials, collection, evaluation. */
async function scanAccount(config, deps) {
    const startedAt = new Date();
    const env = deps.env ?? process.env;
    const region = homeRegion(config, env);
    const { credentials } = await resolveCredentials({
        roleToAssume: config.roleToAssume,
        audience: config.audience,
        roleSessionName: config.roleSessionName,
        roleDurationSeconds: config.roleDurationSeconds,
        region,
        maxAttempts: config.maxAttempts,
    }, { getIDToken: deps.getIDToken, setSecret: deps.setSecret, env });
    const { inventory, stats } = await collectAccount(config, {
        credentials,
        homeRegion: region,
        log: deps.log,
    });
    return { report: evaluateInventory(inventory, config, { startedAt, stats }), inventory };
}


/***/ })

};
