export const id = 983;
export const ids = [983];
export const modules = {

/***/ 9983:
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
const EXPIRED = new Set(['ExpiredToken', 'ExpiredTokenException']);
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
        if (isExpiredSession(code))
            throw expiredSessionError(code);
        throw new CredentialsError(`Could not identify the AWS account with STS GetCallerIdentity (${code}): ${(0,aws_errors/* errorMessage */.gJ)(error)}`, { cause: error });
    }
    if (!output.Account || !output.Arn) {
        throw new CredentialsError('STS GetCallerIdentity returned no account id.');
    }
    return { account: output.Account, arn: output.Arn };
}
/** True for the codes AWS returns when a session's credentials have expired. */
function isExpiredSession(code) {
    return EXPIRED.has(code);
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
    if (EXPIRED.has(code)) {
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
        async pages(operation, pages, items) {
            const all = [];
            try {
                for await (const page of pages)
                    all.push(...(items(page) ?? []));
                return { ok: true, value: all };
            }
            catch (error) {
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
/** A listing's outcome without its items: how many it listed, or why it failed. */
function listingOf(read) {
    return read.ok ? { ok: true, value: { listed: read.value.length } } : read;
}

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
        instancesListing: listingOf(instances),
        instances: instances.ok ? instances.value.map((i) => toInstance(i, arnPrefix)) : [],
        volumesListing: listingOf(volumes),
        volumes: volumes.ok ? volumes.value.map((v) => toVolume(v, arnPrefix)) : [],
        ebsEncryptionByDefault: encryptionByDefault.ok
            ? { ok: true, value: encryptionByDefault.value?.EbsEncryptionByDefault === true }
            : encryptionByDefault,
    };
}

;// CONCATENATED MODULE: ./src/collect/metrics.ts

/** GetMetricData limits per call (CloudWatch API reference). */
const GET_METRIC_DATA_MAX_QUERIES = 500;
const GET_METRIC_DATA_MAX_DATAPOINTS = 100_800;
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
function windowSeconds(window) {
    return (Date.parse(window.end) - Date.parse(window.start)) / 1000;
}
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
        fileSystems: [],
        accessPoints: [],
        replications: empty(),
        protectedFileSystemArns: empty(),
        alarms: empty(),
        subnets: empty(),
        securityGroups: empty(),
        metricWindows,
    };
    if (!listing.ok)
        return { ...base, fileSystemsFailure: listing.error };
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
    const inventory = {
        ...base,
        fileSystems,
        accessPoints: accessPoints.ok ? accessPoints.value : [],
        replications,
        protectedFileSystemArns: protectedArns,
        alarms,
        subnets: mapFetched(subnets, (list) => usedSubnets(list, mountTargets)),
        securityGroups: mapFetched(groups, (list) => usedSecurityGroups(list, mountTargets)),
    };
    if (!accessPoints.ok)
        inventory.accessPointsFailure = accessPoints.error;
    return inventory;
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
function mapFetched(read, fn) {
    return read.ok ? { ok: true, value: fn(read.value) } : read;
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
        lifecycle: mapFetched(lifecycle, (answer) => {
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
        backupPolicyStatus: mapFetched(backup, (answer) => answer?.BackupPolicy?.Status ?? null),
        policy: mapFetched(policy, (answer) => answer?.Policy ?? null),
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
            securityGroupIds: mapFetched(groups, (answer) => answer?.SecurityGroups ?? []),
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
    return mapFetched(listed, (list) => list.map((ap) => {
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
/** Region-wide, without FileSystemId; moto does not implement it and answers with a 500. */
async function collectReplications(ctx) {
    const { efs } = ctx.clients;
    const listed = await ctx.pages('efs:DescribeReplicationConfigurations', tokenPages((NextToken) => efs.send(new client_efs_dist_cjs/* DescribeReplicationConfigurationsCommand */.sA4({
        MaxResults: REPLICATION_PAGE_SIZE,
        NextToken,
    })), (page) => page.NextToken), (page) => page.Replications);
    return mapFetched(listed, (list) => list.map((r) => ({
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
    return mapFetched(listed, (list) => list
        .map((r) => r.ResourceArn ?? '')
        .filter((arn) => arn.includes(':elasticfilesystem:') && arn.includes(':file-system/')));
}
/** Region-wide alarm listing, matched locally to `AWS/EFS` metrics with a FileSystemId. */
async function collectAlarms(ctx) {
    const listed = await ctx.pages('cloudwatch:DescribeAlarms', (0,client_cloudwatch_dist_cjs/* paginateDescribeAlarms */.hNb)({ client: ctx.clients.cloudwatch, pageSize: ALARM_PAGE_SIZE }, {}), (page) => page.MetricAlarms);
    return mapFetched(listed, (list) => list.flatMap(efsAlarmTargets));
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
function isAwsManagedPolicy(arn) {
    return /^arn:aws[a-z-]*:iam::aws:policy\//.test(arn);
}
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
        return { listing: details, roles: [], users: [], groups: [], managedPolicies: [] };
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
        listing: { ok: true, value: { listed: roles.length + users.length + groups.length } },
        roles,
        users,
        groups,
        managedPolicies,
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
        publiclyAccessible: db.PubliclyAccessible === true,
        backupRetentionPeriod: db.BackupRetentionPeriod ?? 0,
        multiAz: db.MultiAZ === true,
        deletionProtection: db.DeletionProtection === true,
        tags: tagsOf(db.TagList),
    };
    const source = db.ReadReplicaSourceDBInstanceIdentifier ?? db.ReadReplicaSourceDBClusterIdentifier;
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
        instancesListing: listingOf(instances),
        instances: instances.ok
            ? instances.value.map(rds_toInstance).filter((db) => !GONE_STATUSES.has(db.status))
            : [],
        clustersListing: listingOf(clusters),
        clusters: clusters.ok
            ? clusters.value.map(toCluster).filter((c) => !GONE_STATUSES.has(c.status))
            : [],
    };
}

;// CONCATENATED MODULE: ./src/collect/s3.ts



function s3_mapFetched(read, fn) {
    return read.ok ? { ok: true, value: fn(read.value) } : read;
}
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
    const reads = {
        tags: {},
        encryption: s3_mapFetched(encryption, (answer) => {
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
        versioning: s3_mapFetched(versioning, (answer) => answer?.Status ?? null),
        publicAccessBlock: s3_mapFetched(publicAccessBlock, (answer) => answer ? toSettings(answer.PublicAccessBlockConfiguration) : null),
        policy: s3_mapFetched(policy, (answer) => answer?.Policy ?? null),
    };
    if (tagging.ok) {
        for (const tag of tagging.value?.TagSet ?? [])
            if (tag.Key)
                reads.tags[tag.Key] = tag.Value ?? '';
    }
    else {
        reads.tagsFailure = tagging.error;
    }
    return reads;
}
/** Every read of a bucket whose region could not be found fails with that lookup's failure. */
function unreadBucket(failure) {
    const failed = { ok: false, error: failure };
    return {
        tags: {},
        tagsFailure: failure,
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
    const accountPublicAccessBlock = s3_mapFetched(accountBlock, (answer) => answer ? toSettings(answer.PublicAccessBlockConfiguration) : null);
    if (!listing.ok)
        return { listing, accountPublicAccessBlock, buckets: [] };
    const listed = listing.value
        .filter((b) => Boolean(b.Name))
        .sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
    const collected = await ctx.pool(listed, async (bucket) => {
        const name = bucket.Name;
        const region = bucket.BucketRegion
            ? { ok: true, value: bucket.BucketRegion }
            : s3_mapFetched(await ctx.call('s3:GetBucketLocation', () => s3.send(new client_s3_dist_cjs/* GetBucketLocationCommand */.r_J({ Bucket: name }))), (answer) => regionOfLocation(answer?.LocationConstraint));
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
            ? await readBucket(ctx, clientFor(region.value), name)
            : unreadBucket(region.error);
        return { ...base, ...reads };
    });
    return {
        listing: { ok: true, value: { bucketsInAccount: listed.length } },
        accountPublicAccessBlock,
        buckets: collected.filter((b) => b !== undefined),
    };
}

;// CONCATENATED MODULE: ./src/collect/sg.ts



/** The largest page DescribeNetworkInterfaces accepts. */
const INTERFACE_PAGE_SIZE = 1000;
function toGroup(group, arnPrefix, interfacesByGroup) {
    const id = group.GroupId ?? '';
    const out = {
        id,
        arn: group.SecurityGroupArn ?? `${arnPrefix}:security-group/${id}`,
        name: group.GroupName ?? '',
        tags: tagsOf(group.Tags),
        ingress: (group.IpPermissions ?? []).map(toIngressPermission),
        networkInterfaces: interfacesByGroup.get(id) ?? 0,
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
    const interfacesByGroup = new Map();
    for (const eni of interfaces.ok ? interfaces.value : []) {
        for (const { GroupId } of eni.Groups ?? []) {
            if (GroupId)
                interfacesByGroup.set(GroupId, (interfacesByGroup.get(GroupId) ?? 0) + 1);
        }
    }
    const arnPrefix = `arn:${partitionOf(ctx.region)}:ec2:${ctx.region}:${ctx.account}`;
    return {
        groupsListing: listingOf(groups),
        groups: groups.ok ? groups.value.map((g) => toGroup(g, arnPrefix, interfacesByGroup)) : [],
        interfacesListing: listingOf(interfaces),
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
        schemaVersion: 1,
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
// EXTERNAL MODULE: ./src/rules/types.ts
var types = __webpack_require__(3182);
;// CONCATENATED MODULE: ./src/gate/gate.ts

/** How many failing resources a reason names before it says "and N more". */
const NAMED_FINDINGS = 3;
/** True when `severity` is `threshold` or more severe; nothing is at least `none`. */
function severityAtLeast(severity, threshold) {
    if (threshold === 'none')
        return false;
    return types/* SEVERITIES */.oC.indexOf(severity) <= types/* SEVERITIES */.oC.indexOf(threshold);
}
function counted(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/** Code-unit order, not locale order: the same reasons on every machine. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function byCheckThenResource(a, b) {
    return (compareText(a.checkId, b.checkId) ||
        compareText(a.region, b.region) ||
        compareText(a.resourceId, b.resourceId));
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
    for (const severity of types/* SEVERITIES */.oC) {
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

;// CONCATENATED MODULE: ./src/gate/score.ts

/**
 * The posture score of DESIGN.md: 100 * weight of PASS / weight of PASS and FAIL, over unsuppressed
 * security, resilience and operations results. UNKNOWN results are reported apart, not scored.
 */
function computeScore(results) {
    let passed = 0;
    let total = 0;
    for (const result of results) {
        if (result.suppressed || !types/* SCORED_CATEGORIES */.y.includes(result.category))
            continue;
        if (result.status === 'UNKNOWN')
            continue;
        const weight = types/* SEVERITY_WEIGHTS */.oZ[result.severity];
        total += weight;
        if (result.status === 'PASS')
            passed += weight;
    }
    if (total === 0)
        return { score: 100, evaluated: false };
    // One division scaled to tenths keeps binary fractions out of the rounding (2/3 -> 66.7).
    return { score: Math.round((1000 * passed) / total) / 10, evaluated: true };
}

// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/report/efs.ts
var efs = __webpack_require__(4810);
;// CONCATENATED MODULE: ./src/report/resources.ts

/** One builder per analyzer that lists its resources in the report (`resources.efs`, ...). */
const RESOURCE_BUILDERS = [efs/* buildEfsResources */._h];
function buildResources(inventory, results) {
    return Object.assign({}, ...RESOURCE_BUILDERS.map((build) => build(inventory, results)));
}

// EXTERNAL MODULE: ./src/rules/helpers.ts
var helpers = __webpack_require__(178);
;// CONCATENATED MODULE: ./src/report/summary.ts


/** The report's summary counts. Suppressed results count only as suppressed. */
function summarize(results, counts) {
    const counted = results.filter((r) => !r.suppressed);
    const failed = counted.filter((r) => r.status === 'FAIL');
    const bySeverity = Object.fromEntries(types/* SEVERITIES */.oC.map((s) => [s, failed.filter((r) => r.severity === s).length]));
    return {
        pass: counted.filter((r) => r.status === 'PASS').length,
        fail: failed.length,
        unknown: counted.filter((r) => r.status === 'UNKNOWN').length,
        suppressed: results.length - counted.length,
        excluded: counts.excluded,
        new: counted.filter((r) => r.baseline === 'new').length,
        resolved: counts.resolved,
        bySeverity,
        monthlySavingsUsd: (0,helpers/* roundUsd */.tE)(failed.reduce((sum, r) => sum + (r.monthlySavingsUsd ?? 0), 0)),
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
/** Runs every rule of the scanned services over the inventory. */
function evaluateRules(rules, inventory, context) {
    const services = new Set(inventory.services);
    return rules
        .filter((rule) => services.has(rule.meta.service))
        .flatMap((rule) => rule.evaluate(inventory, context).map((f) => toCheckResult(rule, inventory.account, f)));
}

;// CONCATENATED MODULE: ./src/rules/ec2.ts

const INSTANCE_TYPE = 'AWS::EC2::Instance';
const VOLUME_TYPE = 'AWS::EC2::Volume';
const ACCOUNT_TYPE = 'AWS::::Account';
function resourceRef(region, resource) {
    const ref = { region, resourceId: resource.id, resourceArn: resource.arn };
    if (resource.name !== undefined)
        ref.resourceName = resource.name;
    return ref;
}
/**
 * A rule judged per listed resource of each region. When the region's listing failed there is
 * nothing to judge: one account-level UNKNOWN for the region says so, never silence.
 */
function perResourceRule(meta, list, judge) {
    return {
        meta,
        evaluate(inventory) {
            return Object.entries(inventory.regional).flatMap(([region, parts]) => {
                if (!parts.ec2)
                    return [];
                const { listing, items } = list(parts.ec2);
                if (!listing.ok) {
                    const account = { region, resourceId: inventory.account, resourceType: ACCOUNT_TYPE };
                    return [(0,helpers/* unknownFinding */.M8)(account, listing.error)];
                }
                return items.flatMap((item) => judge(item, region) ?? []);
            });
        },
    };
}
const instances = (ec2) => ({ listing: ec2.instancesListing, items: ec2.instances });
const volumes = (ec2) => ({ listing: ec2.volumesListing, items: ec2.volumes });
/** EC2.8 applies to instances that can serve metadata now or after a start. */
const IMDS_STATES = new Set(['pending', 'running', 'stopped']);
const imdsv2NotRequired = perResourceRule({
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
}, instances, (instance, region) => {
    if (!IMDS_STATES.has(instance.state))
        return undefined;
    const evidence = { state: instance.state, httpTokens: instance.httpTokens ?? null };
    if (instance.httpTokens === 'required') {
        return {
            ...resourceRef(region, instance),
            status: 'PASS',
            detail: 'HttpTokens is required: only IMDSv2 is served.',
            evidence,
        };
    }
    return {
        ...resourceRef(region, instance),
        status: 'FAIL',
        detail: `HttpTokens is ${instance.httpTokens ?? 'not reported'}, not required: IMDSv1 is served to anything on the ${instance.state} instance.`,
        evidence,
    };
});
const ebsVolumeUnencrypted = perResourceRule({
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
}, volumes, (volume, region) => {
    const attachment = volume.attachedTo.length > 0 ? `attached to ${volume.attachedTo.join(', ')}` : 'not attached';
    const evidence = {
        encrypted: volume.encrypted,
        state: volume.state,
        attachedTo: volume.attachedTo,
    };
    return volume.encrypted
        ? {
            ...resourceRef(region, volume),
            status: 'PASS',
            detail: `The volume is encrypted (${attachment}).`,
            evidence,
        }
        : {
            ...resourceRef(region, volume),
            status: 'FAIL',
            detail: `The volume is not encrypted (${attachment}).`,
            evidence,
        };
});
const ebsDefaultEncryptionOff = {
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
    },
    evaluate(inventory) {
        return Object.entries(inventory.regional).flatMap(([region, parts]) => {
            if (!parts.ec2)
                return [];
            const account = { region, resourceId: inventory.account };
            const setting = parts.ec2.ebsEncryptionByDefault;
            if (!setting.ok)
                return [(0,helpers/* unknownFinding */.M8)(account, setting.error)];
            return [
                setting.value
                    ? {
                        ...account,
                        status: 'PASS',
                        detail: `EBS encryption by default is on in ${region}.`,
                        evidence: { ebsEncryptionByDefault: true },
                    }
                    : {
                        ...account,
                        status: 'FAIL',
                        detail: `EBS encryption by default is off in ${region}: new volumes are unencrypted unless each request asks.`,
                        evidence: { ebsEncryptionByDefault: false },
                    },
            ];
        });
    },
};
const publicIp = perResourceRule({
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
}, instances, (instance, region) => instance.publicIp
    ? {
        ...resourceRef(region, instance),
        status: 'FAIL',
        detail: `The instance has the public IPv4 address ${instance.publicIp}.`,
        evidence: { publicIp: instance.publicIp, state: instance.state },
    }
    : {
        ...resourceRef(region, instance),
        status: 'PASS',
        detail: 'The instance has no public IPv4 address.',
        evidence: { publicIp: null, state: instance.state },
    });
/** The EC2 checks of CHECKS.md, in catalogue order. */
const ec2Rules = [
    imdsv2NotRequired,
    ebsVolumeUnencrypted,
    ebsDefaultEncryptionOff,
    publicIp,
];

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

// EXTERNAL MODULE: ./src/rules/efs/common.ts
var common = __webpack_require__(3751);
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
/** The monthly bill of what the file system stores, by class. */
function monthlyStorageUsd(fs) {
    const gb = (0,common/* storedGb */.hp)(fs);
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
const throughputOverprovisioned = (0,common/* fileSystemRule */.yc)({
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
    },
    appliesTo: (fs) => fs.throughputMode === 'provisioned',
    judge: (fs, efs) => {
        const metered = fs.metrics.meteredIOBytes;
        if (!metered.ok)
            return (0,common/* unknown */.L5)(metered.error);
        const window = efs.metricWindows.lookback;
        const provisioned = fs.provisionedThroughputMibps ?? 0;
        const meanMibps = meanRatePerSecond(metered.value, windowSeconds(window)) / MIB;
        const peakMibps = peakRatePerSecond(metered.value, window.periodSeconds) / MIB;
        const evidence = { provisionedMibps: provisioned, meanMibps, peakHourlyMeanMibps: peakMibps };
        const usePercent = provisioned > 0 ? (100 * meanMibps) / provisioned : 0;
        if (meanMibps >= LOW_USE_RATIO * provisioned) {
            return (0,common/* pass */.IX)(`Mean metered throughput ${formatMibps(meanMibps)} MiB/s is ${usePercent.toFixed(0)}% of the provisioned ${provisioned} MiB/s.`, evidence);
        }
        const recommended = Math.max(1, Math.ceil(peakMibps / TARGET_PEAK_USE - EPSILON));
        const savings = (0,helpers/* roundUsd */.tE)(Math.max(0, provisioned - recommended) * EFS_PRICES.provisionedThroughputMibpsMonth);
        return (0,common/* fail */.fJ)(`Mean metered throughput over 30 days is ${formatMibps(meanMibps)} MiB/s (${usePercent.toFixed(1)}% of provisioned); provisioned ${provisioned} MiB/s, peak hourly mean ${formatMibps(peakMibps)} MiB/s, recommend ${recommended} MiB/s: saves ${(0,helpers/* formatUsd */.UK)(savings)} a month at ${formatPrice(EFS_PRICES.provisionedThroughputMibpsMonth)} per MiB/s-month, or switch to Elastic throughput.`, { ...evidence, recommendedMibps: recommended }, savings);
    },
});
const noIaLifecycle = (0,common/* fileSystemRule */.yc)({
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
    },
    judge: (fs) => {
        if (!fs.lifecycle.ok)
            return (0,common/* unknown */.L5)(fs.lifecycle.error);
        const { transitionToIA } = fs.lifecycle.value;
        if (transitionToIA) {
            return (0,common/* pass */.IX)(`Files move to Infrequent Access ${transitionToIA}.`, { transitionToIA });
        }
        const stored = (0,common/* storedGb */.hp)(fs);
        const prices = storagePrices(fs);
        const movedGb = stored.standard / 2;
        const savings = (0,helpers/* roundUsd */.tE)(movedGb * (prices.standard - prices.infrequentAccess));
        return (0,common/* fail */.fJ)(`No lifecycle policy moves files to Infrequent Access. If half of the ${describeSize(stored.standard, stored)} in Standard moved from ${formatPrice(prices.standard)} to ${formatPrice(prices.infrequentAccess)} per GB-month: saves ${(0,helpers/* formatUsd */.UK)(savings)} a month.`, { standardGb: stored.standard, sizeSource: stored.source, prices }, savings);
    },
});
const unused = (0,common/* fileSystemRule */.yc)({
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
    },
    judge: (fs) => {
        const connections = fs.metrics.clientConnections;
        if (!connections.ok)
            return (0,common/* unknown */.L5)(connections.error);
        const total = sumOf(connections.value);
        if (total > 0) {
            const last = connections.value.timestamps[connections.value.timestamps.length - 1] ?? 0;
            const lastDay = new Date(last * 1000).toISOString().slice(0, 10);
            return (0,common/* pass */.IX)(`Clients connected in the last 60 days (last on ${lastDay}).`, {
                clientConnectionsSum: total,
            });
        }
        const stored = (0,common/* storedGb */.hp)(fs);
        const storageUsd = monthlyStorageUsd(fs);
        const throughputUsd = monthlyProvisionedThroughputUsd(fs);
        const savings = (0,helpers/* roundUsd */.tE)(storageUsd + throughputUsd);
        const throughput = throughputUsd > 0
            ? ` plus ${fs.provisionedThroughputMibps} MiB/s provisioned (${(0,helpers/* formatUsd */.UK)(throughputUsd)})`
            : '';
        return (0,common/* fail */.fJ)(`No client connection in the last 60 days. Deleting it saves ${(0,helpers/* formatUsd */.UK)(savings)} a month: ${describeSize(stored.total, stored)} stored (${(0,helpers/* formatUsd */.UK)(storageUsd)})${throughput}.`, { clientConnectionsSum: 0, storedGb: stored.total, sizeSource: stored.source }, savings);
    },
});

;// CONCATENATED MODULE: ./src/rules/efs/operations.ts

const alarmsMissing = (0,common/* fileSystemRule */.yc)({
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
    },
    judge: (fs, efs) => {
        if (!efs.alarms.ok)
            return (0,common/* unknown */.L5)(efs.alarms.error);
        const wanted = [
            ...(fs.throughputMode === 'bursting' ? ['BurstCreditBalance'] : []),
            ...(fs.performanceMode === 'generalPurpose' ? ['PercentIOLimit'] : []),
            'ClientConnections',
        ];
        const watched = new Set(efs.alarms.value.filter((a) => a.fileSystemId === fs.id).map((a) => a.metricName));
        const missing = wanted.filter((metric) => !watched.has(metric));
        return missing.length > 0
            ? (0,common/* fail */.fJ)(`No CloudWatch alarm on ${(0,common/* listWords */.yh)(missing)}.`, { missing, watched: [...watched] })
            : (0,common/* pass */.IX)(`Alarms watch ${(0,common/* listWords */.yh)(wanted)}.`, { watched: [...watched] });
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
const burstCreditsLow = (0,common/* fileSystemRule */.yc)({
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
    },
    appliesTo: (fs) => fs.throughputMode === 'bursting',
    judge: (fs) => {
        const balance = fs.metrics.burstCreditBalance;
        if (balance && !balance.ok)
            return (0,common/* unknown */.L5)(balance.error);
        const lowest = balance?.ok ? minOf(balance.value) : undefined;
        if (lowest === undefined) {
            return {
                status: 'UNKNOWN',
                detail: 'No BurstCreditBalance datapoints in the last 30 days: the credit balance is unknown.',
            };
        }
        const storedTib = (0,common/* storedGb */.hp)(fs).total / 1024;
        const maxBalance = MAX_CREDITS_PER_TIB * Math.max(1, storedTib);
        const ratio = lowest / maxBalance;
        const evidence = { minimumBytes: lowest, maximumBytes: maxBalance };
        const summary = `The lowest burst credit balance in the last 30 days was ${(lowest / GIB).toFixed(1)} GiB, ${(100 * ratio).toFixed(1)}% of the ${(maxBalance / TIB).toFixed(2)} TiB maximum`;
        return ratio < LOW_CREDIT_RATIO - performance_EPSILON
            ? (0,common/* fail */.fJ)(`${summary}: throughput drops to the baseline when it runs out.`, evidence)
            : (0,common/* pass */.IX)(`${summary}.`, evidence);
    },
});
const maxioUnneeded = (0,common/* fileSystemRule */.yc)({
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
    },
    appliesTo: (fs) => fs.performanceMode === 'maxIO',
    judge: (fs, efs) => {
        const operations = fs.metrics.metadataOperations;
        if (!operations.ok)
            return (0,common/* unknown */.L5)(operations.error);
        const peak = peakRatePerSecond(operations.value, efs.metricWindows.lookback.periodSeconds);
        const evidence = { peakHourlyMeanMetadataOpsPerSecond: peak };
        return peak < METADATA_OPS_LIMIT
            ? (0,common/* fail */.fJ)(`Max I/O mode with a peak hourly mean of ${formatOps(peak)} metadata operations per second, below 1,000: General Purpose would serve it with lower latency.`, evidence)
            : (0,common/* pass */.IX)(`Peak hourly mean of ${formatOps(peak)} metadata operations per second justifies Max I/O.`, evidence);
    },
});
const metadataHot = (0,common/* fileSystemRule */.yc)({
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
    },
    judge: (fs, efs) => {
        const operations = fs.metrics.metadataOperations;
        if (!operations.ok)
            return (0,common/* unknown */.L5)(operations.error);
        const peak = peakRatePerSecond(operations.value, efs.metricWindows.lookback.periodSeconds);
        const evidence = { peakHourlyMeanMetadataOpsPerSecond: peak };
        return peak > METADATA_OPS_LIMIT
            ? (0,common/* fail */.fJ)(`Peak hourly mean of ${formatOps(peak)} metadata operations per second, above 1,000.`, evidence)
            : (0,common/* pass */.IX)(`Peak hourly mean of ${formatOps(peak)} metadata operations per second, within 1,000.`, evidence);
    },
});

;// CONCATENATED MODULE: ./src/rules/efs/resilience.ts


const criticalNotReplicated = (0,common/* fileSystemRule */.yc)({
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
    },
    appliesTo: (fs) => (0,helpers/* isCriticalData */.im)(fs.tags),
    judge: (fs, efs) => {
        if (!efs.replications.ok)
            return (0,common/* unknown */.L5)(efs.replications.error);
        const asSource = efs.replications.value.find((r) => r.sourceFileSystemId === fs.id);
        if (asSource) {
            const targets = asSource.destinations.map((d) => `${d.fileSystemId} in ${d.region}`);
            return (0,common/* pass */.IX)(`Replicated to ${(0,common/* listWords */.yh)(targets)}.`, { destinations: asSource.destinations });
        }
        const asDestination = efs.replications.value.find((r) => r.destinations.some((d) => d.fileSystemId === fs.id));
        if (asDestination) {
            return (0,common/* pass */.IX)(`It is the replica of ${asDestination.sourceFileSystemId}.`, {
                sourceFileSystemId: asDestination.sourceFileSystemId,
            });
        }
        return (0,common/* fail */.fJ)('Tagged DataCritical=true and has no replication configuration.', {
            replication: null,
        });
    },
});
const noBackup = (0,common/* fileSystemRule */.yc)({
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
    },
    judge: (fs, efs) => {
        const policy = fs.backupPolicyStatus;
        if (policy.ok && policy.value === 'ENABLED') {
            return (0,common/* pass */.IX)('Automatic backups are enabled.', { backupPolicy: 'ENABLED' });
        }
        const protectedArns = efs.protectedFileSystemArns;
        if (protectedArns.ok && protectedArns.value.includes(fs.arn)) {
            return (0,common/* pass */.IX)('AWS Backup protects it.', { protectedResource: true });
        }
        if (!policy.ok)
            return (0,common/* unknown */.L5)(policy.error);
        if (!protectedArns.ok)
            return (0,common/* unknown */.L5)(protectedArns.error);
        return (0,common/* fail */.fJ)(`Automatic backups are ${policy.value === null ? 'not set up' : policy.value} and AWS Backup does not protect it.`, { backupPolicy: policy.value, protectedResource: false });
    },
});
const oneZoneProduction = (0,common/* fileSystemRule */.yc)({
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
    },
    appliesTo: (fs) => (0,helpers/* isProduction */.KV)(fs.tags),
    judge: (fs) => fs.availabilityZoneName
        ? (0,common/* fail */.fJ)(`Production data on One Zone storage in ${fs.availabilityZoneName}: an outage of that Availability Zone takes it offline, and its loss loses the data.`, { availabilityZoneName: fs.availabilityZoneName })
        : (0,common/* pass */.IX)('Regional storage, across Availability Zones.'),
});

;// CONCATENATED MODULE: ./src/rules/network.ts
/**
 * The one place that knows how a security group ingress permission reads: which protocols and ports
 * it opens and to whom. The shape is a subset of the EC2 SDK's `IpPermission`, so a stored
 * DescribeSecurityGroups answer can be passed as is.
 */
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
 * A `Deny` for everyone when `aws:SecureTransport` is false: how S3 and EFS enforce TLS. A
 * NotPrincipal or any further condition narrows the deny, leaving some callers free to use HTTP.
 */
function deniesInsecureTransport(statement) {
    return (statement.effect === 'Deny' &&
        !statement.notPrincipal &&
        isPublicPrincipal(statement) &&
        statement.conditions.every((c) => c.key.toLowerCase() === 'aws:securetransport') &&
        conditionsOn(statement, 'aws:SecureTransport', ['Bool']).some((c) => c.values.some((v) => v.toLowerCase() === 'false')));
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
/** What NFS clients do: mount (read), write, act as root. */
const CLIENT_ACTIONS = [
    'elasticfilesystem:ClientMount',
    'elasticfilesystem:ClientWrite',
    'elasticfilesystem:ClientRootAccess',
];
const ROOT_ACCESS = 'elasticfilesystem:ClientRootAccess';
const ACCESS_POINT_KEY = 'elasticfilesystem:AccessPointArn';
const NFS_PORT = 2049;
/** The file system policy's statements; null when none is set; a Verdict when it cannot be read. */
function policyStatements(fs) {
    if (!fs.policy.ok)
        return (0,common/* unknown */.L5)(fs.policy.error);
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
const unencrypted = (0,common/* fileSystemRule */.yc)({
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
    },
    judge: (fs) => fs.encrypted
        ? (0,common/* pass */.IX)('Encrypted at rest.', { kmsKeyId: fs.kmsKeyId ?? null })
        : (0,common/* fail */.fJ)('Not encrypted at rest: its data and metadata are stored in plain form.', {
            encrypted: false,
        }),
});
const tlsNotEnforced = (0,common/* fileSystemRule */.yc)({
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
    },
    judge: (fs) => {
        const statements = policyStatements(fs);
        if (isVerdict(statements))
            return statements;
        if (statements === null) {
            return (0,common/* fail */.fJ)('No file system policy: the default policy lets clients connect without TLS.', {
                policy: null,
            });
        }
        const enforcing = publicStatements(fs, statements).find(({ statement }) => deniesInsecureTransport(statement) &&
            CLIENT_ACTIONS.every((action) => coversAction(statement, action)));
        return enforcing
            ? (0,common/* pass */.IX)(`The file system policy denies connections without TLS (${enforcing.name}).`)
            : (0,common/* fail */.fJ)('The file system policy has no statement denying client actions to everyone when aws:SecureTransport is false: clients may connect without TLS.', { statements: statements.length });
    },
});
const nfsOpenToWorld = (0,common/* fileSystemRule */.yc)({
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
    },
    judge: (fs, efs) => {
        if (!fs.mountTargets.ok)
            return (0,common/* unknown */.L5)(fs.mountTargets.error);
        if (fs.mountTargets.value.length === 0) {
            return (0,common/* pass */.IX)('No mount targets: the file system is not reachable over NFS.');
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
            return (0,common/* fail */.fJ)(`NFS (TCP 2049) is open to the internet: ${exposures.join('; ')}.`, {
                exposures,
            });
        }
        if (failure)
            return (0,common/* unknown */.L5)(failure);
        if (missing.length > 0) {
            return {
                status: 'UNKNOWN',
                detail: `Security groups ${(0,common/* listWords */.yh)(missing)} of its mount targets were not in the DescribeSecurityGroups listing.`,
            };
        }
        return (0,common/* pass */.IX)(`No security group of its ${fs.mountTargets.value.length} mount target(s) admits TCP 2049 from 0.0.0.0/0 or ::/0.`);
    },
});
const iamAuthorizationOff = (0,common/* fileSystemRule */.yc)({
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
    },
    judge: (fs) => {
        const statements = policyStatements(fs);
        if (isVerdict(statements))
            return statements;
        if (statements === null) {
            return (0,common/* fail */.fJ)('No file system policy: any client that reaches a mount target can mount, write and act as root without IAM authorization.', { policy: null });
        }
        const open = publicStatements(fs, statements).filter(({ statement }) => statement.effect === 'Allow' &&
            CLIENT_ACTIONS.some((action) => coversAction(statement, action)) &&
            !restrictsCaller(statement, [ACCESS_POINT_KEY]));
        if (open.length > 0) {
            const names = open.map((s) => s.name);
            return (0,common/* fail */.fJ)(`The file system policy allows client actions to everyone without a condition on the caller's identity or access point (${(0,common/* listWords */.yh)(names)}).`, { statements: names });
        }
        return (0,common/* pass */.IX)('Client access is granted only to named principals or through access points.');
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
    // An unconditional deny to everyone squashes root whatever the allows say.
    if (applying.some(({ statement }) => statement.effect === 'Deny' && !statement.conditions.length)) {
        return [];
    }
    return applying
        .filter(({ statement }) => statement.effect === 'Allow' && !restrictsCaller(statement))
        .map(({ name }) => `${name} grants ClientRootAccess to everyone`);
}
const rootNotSquashed = (0,common/* fileSystemRule */.yc)({
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
    },
    judge: (fs, efs) => {
        const grants = rootGrants(fs);
        const reasons = Array.isArray(grants) ? [...grants] : [];
        let undecided = Array.isArray(grants) ? undefined : grants;
        if (efs.accessPointsFailure)
            undecided ??= (0,common/* unknown */.L5)(efs.accessPointsFailure);
        const rootPoints = efs.accessPoints
            .filter((ap) => ap.fileSystemId === fs.id && ap.posixUser?.uid === 0)
            .map((ap) => ap.id);
        if (rootPoints.length > 0) {
            reasons.push(`access point ${(0,common/* listWords */.yh)(rootPoints)} enforces PosixUser Uid 0`);
        }
        if (reasons.length > 0) {
            return (0,common/* fail */.fJ)(`Clients can act as root: ${reasons.join('; ')}.`, { reasons });
        }
        if (undecided)
            return undecided;
        return (0,common/* pass */.IX)('The file system policy grants ClientRootAccess to no one anonymous, and no access point enforces Uid 0.');
    },
});
const mountTargetPublicSubnet = (0,common/* fileSystemRule */.yc)({
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
    },
    judge: (fs, efs) => {
        if (!fs.mountTargets.ok)
            return (0,common/* unknown */.L5)(fs.mountTargets.error);
        const targets = fs.mountTargets.value;
        if (targets.length === 0)
            return (0,common/* pass */.IX)('No mount targets.');
        if (!efs.subnets.ok)
            return (0,common/* unknown */.L5)(efs.subnets.error);
        const subnets = efs.subnets.value;
        const publicTargets = targets.filter((t) => subnets.find((s) => s.id === t.subnetId)?.mapPublicIpOnLaunch === true);
        if (publicTargets.length > 0) {
            const where = publicTargets.map((t) => `${t.id} in ${t.subnetId}`);
            return (0,common/* fail */.fJ)(`Mount targets in subnets that assign public IPs on launch: ${(0,common/* listWords */.yh)(where)}.`, { mountTargets: where });
        }
        const unlisted = targets.filter((t) => !subnets.some((s) => s.id === t.subnetId));
        if (unlisted.length > 0) {
            return {
                status: 'UNKNOWN',
                detail: `Subnets ${(0,common/* listWords */.yh)(unlisted.map((t) => t.subnetId))} of its mount targets were not in the DescribeSubnets listing.`,
            };
        }
        return (0,common/* pass */.IX)(`None of its ${targets.length} mount target(s) is in a subnet that assigns public IPs.`);
    },
});
const accessPointRootDirectory = (0,common/* accessPointRule */.Dp)({
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
    },
    judge: (ap) => ap.rootDirectoryPath === '/'
        ? (0,common/* fail */.fJ)(`Access point of ${ap.fileSystemId} uses the file system root / as its root directory.`, {
            path: ap.rootDirectoryPath,
        })
        : (0,common/* pass */.IX)(`Access point of ${ap.fileSystemId} is confined to ${ap.rootDirectoryPath}.`, {
            path: ap.rootDirectoryPath,
        }),
});
const accessPointUserIdentity = (0,common/* accessPointRule */.Dp)({
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
    },
    judge: (ap) => ap.posixUser
        ? (0,common/* pass */.IX)(`Access point of ${ap.fileSystemId} enforces Uid ${ap.posixUser.uid}, Gid ${ap.posixUser.gid}.`, { posixUser: ap.posixUser })
        : (0,common/* fail */.fJ)(`Access point of ${ap.fileSystemId} enforces no PosixUser: clients act as whatever user they claim.`, { posixUser: null }),
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
const REGION = 'global';
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
        if (!policy)
            return [];
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
function principalsOf(iam) {
    const policies = new Map(iam.managedPolicies.map((p) => [p.arn, p]));
    const groups = new Map(iam.groups.map((g) => [g.name, g]));
    return [
        ...iam.roles.map((r) => ({
            kind: 'role',
            ...r,
            sources: ownSources('role', r, policies),
        })),
        ...iam.users.map((u) => ({
            kind: 'user',
            ...u,
            sources: [
                ...ownSources('user', u, policies),
                ...u.groups.flatMap((name) => {
                    const group = groups.get(name);
                    return group ? ownSources('group', group, policies, ` (through group "${name}")`) : [];
                }),
            ],
        })),
        ...iam.groups.map((g) => ({
            kind: 'group',
            ...g,
            sources: ownSources('group', g, policies),
        })),
    ];
}
function parseSource(source, cache) {
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
/**
 * A rule judged per principal over the policies of the owners it reads. A statement that allows
 * too much is a FAIL even when another policy could not be read; no hit and an unreadable policy
 * is UNKNOWN, never PASS.
 */
function principalRule(meta, reads, test, passDetail) {
    return {
        meta,
        evaluate(inventory) {
            const iam = inventory.global.iam;
            if (!iam)
                return [];
            if (!iam.listing.ok) {
                const account = {
                    region: REGION,
                    resourceId: inventory.account,
                    resourceType: 'AWS::::Account',
                };
                return [(0,helpers/* unknownFinding */.M8)(account, iam.listing.error)];
            }
            const cache = new Map();
            return principalsOf(iam).map((principal) => {
                const ref = {
                    region: REGION,
                    resourceId: principal.arn,
                    resourceArn: principal.arn,
                    resourceName: principal.name,
                    resourceType: RESOURCE_TYPES[principal.kind],
                };
                const hits = [];
                const unreadable = [];
                const sources = principal.sources.filter((s) => reads.includes(s.owner));
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
                    return {
                        ...ref,
                        status: 'FAIL',
                        detail: `Allows ${first.allows} through ${first.policy}, ${first.statement}${more}.`,
                        evidence: { statements: hits, policiesRead },
                    };
                }
                if (unreadable.length > 0) {
                    const [first] = unreadable;
                    return {
                        ...(0,helpers/* unknownFinding */.M8)(ref, first.error),
                        evidence: { unreadable: unreadable.map((u) => u.policy), policiesRead },
                    };
                }
                return {
                    ...ref,
                    status: 'PASS',
                    detail: `${passDetail} (${policiesRead} ${policiesRead === 1 ? 'policy' : 'policies'} read).`,
                    evidence: { policiesRead },
                };
            });
        },
    };
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
/** Action `*` on Resource `*`. */
const fullAdminStatement = (s) => allowsEveryResource(s) && (s.action ?? []).some(isEveryAction)
    ? 'Action "*" on Resource "*"'
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
}, ['inline', 'customer'], (s) => {
    if (s.effect !== 'Allow' || fullAdminStatement(s))
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
}, ['inline', 'customer'], (s) => {
    if (!allowsEveryResource(s))
        return undefined;
    if (s.notAction) {
        return `every action except ${quoteList(s.notAction)} (NotAction) on Resource "*"`;
    }
    const writes = (s.action ?? []).filter((p) => !isReadOnlyPattern(p));
    return writes.length > 0 ? `${quoteList(writes)} on Resource "*"` : undefined;
}, 'No inline or customer managed policy allows actions other than reads on Resource "*"');
/** The IAM checks of CHECKS.md, in catalogue order. */
const iamRules = [fullAdmin, wildcardActions, wildcardResources];

;// CONCATENATED MODULE: ./src/rules/rds.ts

const rds_INSTANCE_TYPE = 'AWS::RDS::DBInstance';
const CLUSTER_TYPE = 'AWS::RDS::DBCluster';
function databaseRef(region, { kind, db }) {
    return {
        region,
        resourceId: db.id,
        resourceArn: db.arn,
        resourceType: kind === 'instance' ? rds_INSTANCE_TYPE : CLUSTER_TYPE,
    };
}
const label = ({ kind }) => (kind === 'instance' ? 'DB instance' : 'DB cluster');
/**
 * Storage, backups, Multi-AZ and deletion protection of a cluster member are the cluster's
 * settings (an Aurora instance reports MultiAZ and DeletionProtection false whatever its
 * cluster says): members are judged through their cluster.
 */
const notClusterMember = (db) => db.clusterId === undefined;
/**
 * A rule judged per database of each region. A failed listing leaves databases unseen: one
 * account-level UNKNOWN for the region says so, beside the results for what was listed.
 */
function databaseRule(meta, applies, judge) {
    const databases = (rds) => [
        ...rds.instances.filter(applies.instances).map((db) => ({ kind: 'instance', db })),
        ...(applies.clusters ? rds.clusters.map((db) => ({ kind: 'cluster', db })) : []),
    ];
    return {
        meta,
        evaluate(inventory) {
            return Object.entries(inventory.regional).flatMap(([region, parts]) => {
                const rds = parts.rds;
                if (!rds)
                    return [];
                const failure = (0,helpers/* firstFailure */.fx)(rds.instancesListing, ...(applies.clusters ? [rds.clustersListing] : []));
                const unknown = failure
                    ? [
                        (0,helpers/* unknownFinding */.M8)({ region, resourceId: inventory.account, resourceType: 'AWS::::Account' }, failure),
                    ]
                    : [];
                const judged = databases(rds).map((database) => {
                    const { pass, detail, evidence } = judge(database);
                    return {
                        ...databaseRef(region, database),
                        status: pass ? 'PASS' : 'FAIL',
                        detail,
                        evidence,
                    };
                });
                return [...unknown, ...judged];
            });
        },
    };
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
}, { instances: () => true, clusters: false }, (database) => {
    const open = database.kind === 'instance' && database.db.publiclyAccessible;
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
    const name = (0,helpers/* tagValue */.EZ)(bucket.tags, 'Name');
    if (name !== undefined)
        ref.resourceName = name;
    return ref;
}
/**
 * A rule judged per bucket. When ListBuckets itself failed there are no buckets to judge: one
 * account-level UNKNOWN says so, rather than no result at all (which would read as "all fine").
 */
function bucketRule(meta, judge) {
    return {
        meta,
        evaluate(inventory) {
            const s3 = inventory.global.s3;
            if (!s3)
                return [];
            if (!s3.listing.ok) {
                const account = {
                    region: 'global',
                    resourceId: inventory.account,
                    resourceType: 'AWS::::Account',
                };
                return [(0,helpers/* unknownFinding */.M8)(account, s3.listing.error)];
            }
            return s3.buckets.map((bucket) => judge(bucket, s3));
        },
    };
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
}, (bucket, s3) => {
    const off = [];
    const undetermined = [];
    for (const { key, label } of SETTINGS) {
        const onBucket = settingOn(bucket.publicAccessBlock, key);
        const onAccount = settingOn(s3.accountPublicAccessBlock, key);
        if (onBucket === true || onAccount === true)
            continue;
        if (onBucket === false && onAccount === false)
            off.push(label);
        else
            undetermined.push(label);
    }
    const evidence = {
        bucket: settingsEvidence(bucket.publicAccessBlock),
        account: settingsEvidence(s3.accountPublicAccessBlock),
    };
    if (off.length > 0) {
        return {
            ...bucketRef(bucket),
            status: 'FAIL',
            detail: `${off.length} of 4 Block Public Access settings are off on both the bucket and the account: ${off.join(', ')}.`,
            evidence: { ...evidence, settingsOff: off },
        };
    }
    const failure = undetermined.length > 0
        ? (0,helpers/* firstFailure */.fx)(bucket.publicAccessBlock, s3.accountPublicAccessBlock)
        : undefined;
    if (failure) {
        return {
            ...(0,helpers/* unknownFinding */.M8)(bucketRef(bucket), failure),
            evidence: { ...evidence, undetermined },
        };
    }
    return {
        ...bucketRef(bucket),
        status: 'PASS',
        detail: 'All 4 Block Public Access settings are on, on the bucket or the account.',
        evidence,
    };
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
}, (bucket) => {
    const ref = bucketRef(bucket);
    const read = bucket.encryption;
    if (!read.ok)
        return (0,helpers/* unknownFinding */.M8)(ref, read.error);
    if (!read.value) {
        return {
            ...ref,
            status: 'FAIL',
            detail: 'The bucket has no default encryption configuration.',
        };
    }
    const algorithms = [...new Set(read.value.map((rule) => rule.algorithm))];
    return {
        ...ref,
        status: 'PASS',
        detail: `Default encryption is ${algorithms.join(', ')}.`,
        evidence: { rules: read.value },
    };
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
}, (bucket) => {
    const ref = bucketRef(bucket);
    const read = bucket.versioning;
    if (!read.ok)
        return (0,helpers/* unknownFinding */.M8)(ref, read.error);
    const evidence = { status: read.value };
    if (read.value === 'Enabled') {
        return { ...ref, status: 'PASS', detail: 'Versioning is Enabled.', evidence };
    }
    const detail = read.value === null
        ? 'Versioning has never been enabled on the bucket.'
        : `Versioning is ${read.value}, not Enabled.`;
    return { ...ref, status: 'FAIL', detail, evidence };
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
}, (bucket) => {
    const ref = bucketRef(bucket);
    const read = bucket.policy;
    if (!read.ok)
        return (0,helpers/* unknownFinding */.M8)(ref, read.error);
    if (read.value === null) {
        return {
            ...ref,
            status: 'FAIL',
            detail: 'The bucket has no policy, so requests without TLS are not denied.',
        };
    }
    let statements;
    try {
        statements = parsePolicy(read.value);
    }
    catch (error) {
        // The policy was read but cannot be shown to deny plain HTTP: a FAIL, never a PASS.
        return {
            ...ref,
            status: 'FAIL',
            detail: `The bucket policy could not be parsed (${error.message}), so it cannot be shown to deny requests without TLS.`,
        };
    }
    const enforcing = statements.find((s) => enforcesTlsForObjects(s, bucket.arn));
    if (enforcing) {
        const name = enforcing.sid ? `statement ${enforcing.sid}` : 'a statement';
        return {
            ...ref,
            status: 'PASS',
            detail: `The bucket policy denies requests with aws:SecureTransport false (${name}).`,
            evidence: { statement: enforcing },
        };
    }
    const partial = statements.filter(deniesInsecureTransport);
    if (partial.length > 0) {
        return {
            ...ref,
            status: 'FAIL',
            detail: `The bucket policy denies requests without TLS only for some actions or resources: object reads and writes (s3:GetObject, s3:PutObject on ${bucket.arn}/*) stay open over plain HTTP.`,
            evidence: { statements: partial },
        };
    }
    return {
        ...ref,
        status: 'FAIL',
        detail: 'No statement of the bucket policy denies requests with aws:SecureTransport false.',
    };
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
function groupRef(region, group) {
    return { region, resourceId: group.id, resourceArn: group.arn, resourceName: group.name };
}
/** The sentence every security-group result ends with: is the group in use at all? */
function attachmentNote(group, sg) {
    if (!sg.interfacesListing.ok) {
        const { operation, code } = sg.interfacesListing.error;
        return `Whether it is attached to a network interface is unknown (${operation} failed with ${code}).`;
    }
    const count = group.networkInterfaces;
    if (count === 0)
        return 'It is not attached to any network interface.';
    return `It is attached to ${count} network interface${count === 1 ? '' : 's'}.`;
}
function attachmentEvidence(group, sg) {
    return sg.interfacesListing.ok ? group.networkInterfaces : null;
}
/**
 * A rule judged per security group of each region; `judge` says what the group exposes, or
 * undefined when it passes. A failed listing gives one account-level UNKNOWN for the region.
 */
function groupRule(meta, judge, passDetail) {
    return {
        meta,
        evaluate(inventory) {
            return Object.entries(inventory.regional).flatMap(([region, parts]) => {
                const sg = parts.sg;
                if (!sg)
                    return [];
                if (!sg.groupsListing.ok) {
                    const account = { region, resourceId: inventory.account, resourceType: 'AWS::::Account' };
                    return [(0,helpers/* unknownFinding */.M8)(account, sg.groupsListing.error)];
                }
                return sg.groups.map((group) => {
                    const exposure = judge(group);
                    const attachment = attachmentNote(group, sg);
                    const networkInterfaces = attachmentEvidence(group, sg);
                    return exposure
                        ? {
                            ...groupRef(region, group),
                            status: 'FAIL',
                            detail: `${exposure.detail} ${attachment}`,
                            evidence: { ...exposure.evidence, networkInterfaces },
                        }
                        : {
                            ...groupRef(region, group),
                            status: 'PASS',
                            detail: `${passDetail} ${attachment}`,
                            evidence: { networkInterfaces },
                        };
                });
            });
        },
    };
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
function matchesExclusion(tags, filters) {
    return filters.some((f) => (0,helpers/* tagValue */.EZ)(tags, f.key)?.toLowerCase() === f.value.toLowerCase());
}
/**
 * Applies `exclude-tags` and `environment` to every tagged resource list of the inventory, so
 * that no rule sees an out-of-scope resource. A resource is any object with a `tags` map held in
 * a list of a service part; untagged kinds (account settings) are always in scope.
 */
function applyScope(inventory, options) {
    let excluded = 0;
    const environment = options.environment?.toLowerCase();
    const keep = (resource) => {
        const out = matchesExclusion(resource.tags, options.excludeTags) ||
            (environment !== undefined &&
                ((0,helpers/* tagValue */.EZ)(resource.tags, 'Environment') ?? '').toLowerCase() !== environment);
        if (out)
            excluded++;
        return !out;
    };
    const filterPart = (part) => {
        if (!part)
            return part;
        const copy = { ...part };
        for (const [key, value] of Object.entries(copy)) {
            if (Array.isArray(value) && value.some(isTagged)) {
                copy[key] = value.filter((item) => !isTagged(item) || keep(item));
            }
        }
        return copy;
    };
    const regional = {};
    for (const [region, parts] of Object.entries(inventory.regional)) {
        regional[region] = Object.fromEntries(Object.entries(parts).map(([service, part]) => [service, filterPart(part)]));
    }
    const global = Object.fromEntries(Object.entries(inventory.global).map(([service, part]) => [
        service,
        filterPart(part),
    ]));
    return { inventory: { ...inventory, regional, global }, excluded };
}

;// CONCATENATED MODULE: ./src/version.ts
const TOOL_NAME = 'posture-gate';
/** Kept equal to package.json's version by a unit test; inlined so the bundle reads no files. */
const TOOL_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/evaluate.ts










/**
 * Inventory to report: scope, rules, score and gate. Pure apart from the clock values passed in:
 * the same inventory and config give the same report.
 */
function evaluateInventory(inventory, config, options) {
    // A saved inventory may hold more services than this run asks for: evaluate only those asked.
    const services = inventory.services.filter((s) => config.services.includes(s));
    const scoped = applyScope({ ...inventory, services }, {
        excludeTags: config.excludeTags,
        environment: config.environment,
    });
    const results = evaluateRules(ALL_RULES, scoped.inventory, {
        now: new Date(inventory.collectedAt),
        minAgeDays: config.minAgeDays,
    }).sort(json/* compareResults */.ex);
    const { score, evaluated } = computeScore(results);
    const gate = decideGate({ results, score, config });
    const finishedAt = options.finishedAt ?? new Date();
    return {
        schemaVersion: 1,
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        startedAt: options.startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        durationMs: finishedAt.getTime() - options.startedAt.getTime(),
        account: inventory.account,
        regions: inventory.regions,
        services,
        config: (0,schema/* reportConfig */.VA)(config),
        score,
        scoreEvaluated: evaluated,
        gate,
        summary: summarize(results, { excluded: scoped.excluded, resolved: 0 }),
        results,
        resolved: [],
        errors: inventory.errors,
        resources: buildResources(scoped.inventory, results),
        stats: options.stats ?? { apiCalls: {}, durationMsByService: {} },
    };
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
        ...(deps.now ? { now: deps.now } : {}),
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
