export const id = 795;
export const ids = [795];
export const modules = {

/***/ 3795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectParts: () => (/* binding */ collectParts),
  enabledRegions: () => (/* binding */ enabledRegions)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./src/aws/errors.ts
var aws_errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/config/regions.ts
var config_regions = __webpack_require__(815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/collect/deadline.ts
var collect_deadline = __webpack_require__(7224);
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
function createCollectContext(options) {
    const { account, region, service, clients, errors, sharedCache } = options;
    const { deadline } = options;
    const fail = (operation, error) => {
        const failure = deadline?.signal.aborted
            ? (0,collect_deadline/* deadlineFailure */.dG)(operation, deadline.minutes)
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
                return { ok: true, value: await (0,collect_deadline/* untilDeadline */.Hm)(fn(), deadline) };
            }
            catch (error) {
                if (pastDeadline())
                    return { ok: false, error: fail(operation, error) };
                // By the code a failure is recorded under: the same reading of the error.
                if (absentCodes.includes((0,aws_errors/* errorCode */.CA)(error)))
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
                    const next = await (0,collect_deadline/* untilDeadline */.Hm)(iterator.next(), deadline);
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
                if (absentCodes.includes((0,aws_errors/* errorCode */.CA)(error)))
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
        signal: deadline?.signal,
    };
}

// EXTERNAL MODULE: ./src/collect/convert.ts
var convert = __webpack_require__(2997);
// EXTERNAL MODULE: ./src/model/inventory.ts
var inventory = __webpack_require__(1621);
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
    return ctx.shared('ec2:DescribeSecurityGroups', () => ctx.pages('ec2:DescribeSecurityGroups', (0,dist_cjs/* paginateDescribeSecurityGroups */.nYn)({ client: ctx.clients.ec2, pageSize: EC2_PAGE_SIZE }, {}), (page) => page.SecurityGroups));
}
/** Every subnet of the region, listed once per scan whichever collector asks first. */
function listSubnets(ctx) {
    return ctx.shared('ec2:DescribeSubnets', () => ctx.pages('ec2:DescribeSubnets', (0,dist_cjs/* paginateDescribeSubnets */.vvt)({ client: ctx.clients.ec2, pageSize: EC2_PAGE_SIZE }, {}), (page) => page.Subnets));
}
/** Every VPC of the region, listed once per scan whichever collector asks first. */
function listVpcs(ctx) {
    return ctx.shared('ec2:DescribeVpcs', () => ctx.pages('ec2:DescribeVpcs', (0,dist_cjs/* paginateDescribeVpcs */.$vN)({ client: ctx.clients.ec2, pageSize: EC2_PAGE_SIZE }, {}), (page) => page.Vpcs));
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
        const entries = await ctx.pages('ec2:GetManagedPrefixListEntries', (0,dist_cjs/* paginateGetManagedPrefixListEntries */.JFg)({ client: ctx.clients.ec2, pageSize: PREFIX_LIST_PAGE_SIZE }, { PrefixListId }), (page) => page.Entries);
        return (0,inventory/* mapFetched */.KX)(entries, (list) => list.flatMap((e) => (e.Cidr ? [e.Cidr] : [])));
    }));
    return Object.fromEntries(ids.map((id, index) => [id, reads[index]]));
}

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
    Object.assign(out, volumePricing(volume));
    return out;
}
/** The largest page DescribeSnapshots, DescribeImages and DescribeFlowLogs accept. */
const EXPOSURE_PAGE_SIZE = 1000;
/** Whether a snapshot's createVolumePermission includes everyone, read through the pool. */
async function restorableByAll(ctx, SnapshotId) {
    const read = await ctx.call('ec2:DescribeSnapshotAttribute', () => ctx.clients.ec2.send(new dist_cjs/* DescribeSnapshotAttributeCommand */.x0J({ SnapshotId, Attribute: 'createVolumePermission' })));
    return (0,inventory/* mapFetched */.KX)(read, (answer) => (answer?.CreateVolumePermissions ?? []).some((p) => p.Group === 'all'));
}
function toSnapshot(snapshot, arnPrefix, everyone) {
    const tags = (0,convert/* tagsOf */.Fg)(snapshot.Tags);
    const out = {
        id: snapshot.SnapshotId ?? '',
        arn: `${arnPrefix}:snapshot/${snapshot.SnapshotId}`,
        encrypted: snapshot.Encrypted === true,
        restorableByAll: everyone,
        tags,
    };
    if (tags.Name)
        out.name = tags.Name;
    if (snapshot.VolumeId)
        out.volumeId = snapshot.VolumeId;
    return out;
}
function toImage(image, arnPrefix) {
    const out = {
        id: image.ImageId ?? '',
        arn: `${arnPrefix}:image/${image.ImageId}`,
        state: image.State ?? 'unknown',
        tags: (0,convert/* tagsOf */.Fg)(image.Tags),
    };
    if (image.Name)
        out.name = image.Name;
    if (image.Public !== undefined)
        out.public = image.Public;
    return out;
}
/** What the cost checks price a volume by; each field only when the answer had it. */
function volumePricing(volume) {
    const out = {};
    if (volume.VolumeType)
        out.volumeType = volume.VolumeType;
    if (volume.Size !== undefined)
        out.sizeGib = volume.Size;
    if (volume.Iops !== undefined)
        out.iops = volume.Iops;
    if (volume.Throughput !== undefined)
        out.throughputMibps = volume.Throughput;
    if (volume.CreateTime)
        out.createdAt = volume.CreateTime.toISOString();
    return out;
}
function toElasticIp(address, arnPrefix) {
    const tags = (0,convert/* tagsOf */.Fg)(address.Tags);
    // An EC2-Classic address had no allocation id; its public IP named it.
    const id = address.AllocationId ?? address.PublicIp ?? '';
    const out = { id, arn: `${arnPrefix}:elastic-ip/${id}`, tags };
    if (tags.Name)
        out.name = tags.Name;
    if (address.PublicIp)
        out.publicIp = address.PublicIp;
    if (address.AssociationId)
        out.associationId = address.AssociationId;
    if (address.InstanceId)
        out.instanceId = address.InstanceId;
    if (address.NetworkInterfaceId)
        out.networkInterfaceId = address.NetworkInterfaceId;
    if (address.Domain)
        out.domain = address.Domain;
    if (address.PublicIpv4Pool)
        out.publicIpv4Pool = address.PublicIpv4Pool;
    return out;
}
/**
 * What the public-sharing, metadata-default and flow-log checks read: one call or listing each per
 * region, plus one DescribeSnapshotAttribute per snapshot the filtered listing returns (on AWS only
 * the public ones; moto ignores the filters, so each of the account's own snapshots is confirmed).
 */
async function collectExposure(ctx) {
    const client = ctx.clients.ec2;
    const partition = (0,convert/* partitionOf */.iQ)(ctx.region);
    // Snapshot and image ARNs have no account field.
    const sharedPrefix = `arn:${partition}:ec2:${ctx.region}:`;
    const accountPrefix = `arn:${partition}:ec2:${ctx.region}:${ctx.account}`;
    const listSnapshots = async () => {
        const listed = await ctx.pages('ec2:DescribeSnapshots', (0,dist_cjs/* paginateDescribeSnapshots */.CdA)({ client, pageSize: EXPOSURE_PAGE_SIZE }, { OwnerIds: ['self'], RestorableByUserIds: ['all'] }), (page) => page.Snapshots);
        if (!listed.ok)
            return listed;
        const own = listed.value.filter((s) => s.OwnerId === ctx.account && s.SnapshotId);
        const confirmed = await ctx.pool(own, (s) => restorableByAll(ctx, s.SnapshotId ?? ''));
        return {
            ok: true,
            value: own.map((s, i) => toSnapshot(s, sharedPrefix, confirmed[i])),
        };
    };
    const [publicSnapshots, images, blockState, imdsDefaults, vpcs, flowLogs] = await Promise.all([
        listSnapshots(),
        ctx.pages('ec2:DescribeImages', (0,dist_cjs/* paginateDescribeImages */.XiR)({ client, pageSize: EXPOSURE_PAGE_SIZE }, { Owners: ['self'] }), (page) => page.Images),
        ctx.call('ec2:GetSnapshotBlockPublicAccessState', () => client.send(new dist_cjs/* GetSnapshotBlockPublicAccessStateCommand */.ZeZ({}))),
        ctx.call('ec2:GetInstanceMetadataDefaults', () => client.send(new dist_cjs/* GetInstanceMetadataDefaultsCommand */.YLR({}))),
        listVpcs(ctx),
        ctx.pages('ec2:DescribeFlowLogs', (0,dist_cjs/* paginateDescribeFlowLogs */.a7w)({ client, pageSize: EXPOSURE_PAGE_SIZE }, {}), (page) => page.FlowLogs),
    ]);
    return {
        publicSnapshots,
        images: (0,inventory/* mapFetched */.KX)(images, (list) => list.map((i) => toImage(i, sharedPrefix))),
        snapshotBlockPublicAccess: (0,inventory/* mapFetched */.KX)(blockState, (answer) => answer?.State ?? null),
        imdsDefaultHttpTokens: (0,inventory/* mapFetched */.KX)(imdsDefaults, (answer) => answer?.AccountLevel?.HttpTokens ?? null),
        ...(imdsDefaults.ok && imdsDefaults.value?.AccountLevel?.HttpTokensEnforced === 'enabled'
            ? { imdsDefaultHttpTokensEnforced: true }
            : {}),
        vpcs: (0,inventory/* mapFetched */.KX)(vpcs, (list) => list.map((vpc) => {
            const tags = (0,convert/* tagsOf */.Fg)(vpc.Tags);
            return {
                id: vpc.VpcId ?? '',
                arn: `${accountPrefix}:vpc/${vpc.VpcId}`,
                isDefault: vpc.IsDefault === true,
                tags,
                ...(tags.Name ? { name: tags.Name } : {}),
            };
        })),
        flowLogs: (0,inventory/* mapFetched */.KX)(flowLogs, (list) => list.map((log) => ({
            id: log.FlowLogId ?? '',
            resourceId: log.ResourceId ?? '',
            ...(log.FlowLogStatus ? { status: log.FlowLogStatus } : {}),
        }))),
    };
}
/**
 * Instances and volumes of one region, listed in pages, plus the region's EBS default encryption,
 * its Elastic IP addresses and what the exposure checks read.
 */
async function collectEc2(ctx) {
    const client = ctx.clients.ec2;
    const arnPrefix = `arn:${(0,convert/* partitionOf */.iQ)(ctx.region)}:ec2:${ctx.region}:${ctx.account}`;
    const [instances, volumes, encryptionByDefault, addresses, exposure] = await Promise.all([
        ctx.pages('ec2:DescribeInstances', (0,dist_cjs/* paginateDescribeInstances */.H0T)({ client, pageSize: INSTANCE_PAGE_SIZE }, { Filters: [{ Name: 'instance-state-name', Values: LIVE_INSTANCE_STATES }] }), (page) => page.Reservations?.flatMap((r) => r.Instances ?? [])),
        ctx.pages('ec2:DescribeVolumes', (0,dist_cjs/* paginateDescribeVolumes */.cpp)({ client, pageSize: VOLUME_PAGE_SIZE }, { Filters: [{ Name: 'status', Values: LIVE_VOLUME_STATES }] }), (page) => page.Volumes),
        ctx.call('ec2:GetEbsEncryptionByDefault', () => client.send(new dist_cjs/* GetEbsEncryptionByDefaultCommand */.Lgn({}))),
        // Not paginated (no MaxResults or NextToken): one call returns every address of the region.
        ctx.call('ec2:DescribeAddresses', () => client.send(new dist_cjs/* DescribeAddressesCommand */.REI({}))),
        collectExposure(ctx),
    ]);
    return {
        instances: (0,inventory/* mapFetched */.KX)(instances, (list) => list.map((i) => toInstance(i, arnPrefix))),
        volumes: (0,inventory/* mapFetched */.KX)(volumes, (list) => list.map((v) => toVolume(v, arnPrefix))),
        ebsEncryptionByDefault: encryptionByDefault.ok
            ? { ok: true, value: encryptionByDefault.value?.EbsEncryptionByDefault ?? null }
            : encryptionByDefault,
        addresses: (0,inventory/* mapFetched */.KX)(addresses, (answer) => (answer?.Addresses ?? []).map((a) => toElasticIp(a, arnPrefix))),
        ...exposure,
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-backup/dist-cjs/index.js
var client_backup_dist_cjs = __webpack_require__(379);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var client_cloudwatch_dist_cjs = __webpack_require__(4085);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-efs/dist-cjs/index.js
var client_efs_dist_cjs = __webpack_require__(1663);
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
    const securityGroups = (0,inventory/* mapFetched */.KX)(groups, (list) => usedSecurityGroups(list, mountTargets));
    const ingress = securityGroups.ok ? securityGroups.value.flatMap((g) => g.ingress) : [];
    return {
        ...base,
        fileSystems: { ok: true, value: fileSystems },
        accessPoints,
        replications,
        protectedFileSystemArns: (0,inventory/* mapFetched */.KX)(protectedFs, (found) => [...found.keys()]),
        ...(protectedFs.ok ? { lastBackupTimes: lastBackupTimes(protectedFs.value) } : {}),
        alarms,
        subnets: (0,inventory/* mapFetched */.KX)(subnets, (list) => usedSubnets(list, mountTargets)),
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
        lifecycle: (0,inventory/* mapFetched */.KX)(lifecycle, (answer) => {
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
        backupPolicyStatus: (0,inventory/* mapFetched */.KX)(backup, (answer) => answer?.BackupPolicy?.Status ?? null),
        policy: (0,inventory/* mapFetched */.KX)(policy, (answer) => answer?.Policy ?? null),
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
            securityGroupIds: (0,inventory/* mapFetched */.KX)(groups, (answer) => answer?.SecurityGroups ?? []),
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
    return (0,inventory/* mapFetched */.KX)(listed, (list) => list.map((ap) => {
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
    return (0,inventory/* mapFetched */.KX)(listed, (list) => list.map((r) => ({
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
    const listed = await ctx.pages('backup:ListProtectedResources', (0,client_backup_dist_cjs/* paginateListProtectedResources */.v6I)({ client: ctx.clients.backup, pageSize: BACKUP_PAGE_SIZE }, {}), (page) => page.Results);
    return (0,inventory/* mapFetched */.KX)(listed, (list) => {
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
    return (0,inventory/* mapFetched */.KX)(listed, (list) => list.flatMap(efsAlarmTargets));
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var client_iam_dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(5175);
// EXTERNAL MODULE: ./src/model/iam-credentials.ts
var iam_credentials = __webpack_require__(6275);
;// CONCATENATED MODULE: ./src/collect/credential-report.ts





/** IAM prepares a report in seconds for most accounts; this waits up to about half a minute. */
const REPORT_POLLING = { attempts: 15, delayMs: 2000 };
/**
 * The answers of a report that is still being generated (wire codes, and the SDK's names for
 * them): retried, not recorded, until the last attempt.
 */
const NOT_READY = [
    'ReportInProgress',
    'ReportNotPresent',
    'CredentialReportNotReadyException',
    'CredentialReportNotPresentException',
];
/** No password policy is set (wire code, and the SDK's name for it). */
const NO_POLICY = ['NoSuchEntity', 'NoSuchEntityException'];
/** A credential report whose CSV is not in the documented format. */
class MalformedReportError extends Error {
    name = 'MalformedCredentialReport';
}
const KEY_COLUMNS = (n) => [
    `access_key_${n}_active`,
    `access_key_${n}_last_rotated`,
    `access_key_${n}_last_used_date`,
];
const COLUMNS = [
    'user',
    'arn',
    'user_creation_time',
    'password_enabled',
    'password_last_used',
    'password_last_changed',
    'mfa_active',
    ...KEY_COLUMNS(1),
    ...KEY_COLUMNS(2),
];
/**
 * The report's CSV as rows the checks read. Values are parsed exactly: `true`/`false`, an ISO
 * 8601 date, or one of the documented placeholders; anything else makes the whole report
 * malformed rather than guessed at. IAM user names (and so ARNs) may contain commas: quoted, the
 * CSV parser reads them; unquoted, the row is longer than the header (see `joinNameFields`).
 */
function parseCredentialReport(csv) {
    const records = (0,sync/* parse */.qg)(csv, { relax_column_count: true, skip_empty_lines: true });
    const [header, ...rows] = records;
    if (!header)
        throw new MalformedReportError('the credential report is empty');
    const index = new Map(header.map((name, i) => [name.trim(), i]));
    const missing = COLUMNS.filter((c) => !index.has(c));
    if (missing.length > 0 || index.get('user') !== 0 || index.get('arn') !== 1) {
        throw new MalformedReportError(`the credential report's header lacks ${missing.length > 0 ? missing.join(', ') : 'user and arn as its first columns'}`);
    }
    return rows.map((record, r) => {
        const fields = record.length > header.length ? joinNameFields(record, header.length) : record;
        const where = (column) => `row ${r + 2}, column ${column}`;
        const value = (column) => {
            const text = fields[index.get(column)];
            if (text === undefined)
                throw new MalformedReportError(`${where(column)} is missing`);
            return text;
        };
        const bad = (column) => new MalformedReportError(`${where(column)} has the unexpected value "${value(column)}"`);
        const bool = (column) => {
            const text = value(column);
            if (text === 'true' || text === 'false')
                return text === 'true';
            throw bad(column);
        };
        const date = (column) => {
            const text = value(column);
            if (iam_credentials/* REPORT_PLACEHOLDERS */.gM.includes(text))
                return text;
            if (/^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(Date.parse(text)))
                return text;
            throw bad(column);
        };
        const key = (n) => {
            const [active, lastRotated, lastUsed] = KEY_COLUMNS(n);
            return { active: bool(active), lastRotated: date(lastRotated), lastUsed: date(lastUsed) };
        };
        const arn = value('arn');
        if (!arn.startsWith('arn:'))
            throw bad('arn');
        const passwordEnabled = value('password_enabled');
        if (!['true', 'false', 'not_supported'].includes(passwordEnabled))
            throw bad('password_enabled');
        return {
            user: value('user'),
            arn,
            createdAt: date('user_creation_time'),
            passwordEnabled: passwordEnabled === 'not_supported' ? passwordEnabled : passwordEnabled === 'true',
            passwordLastUsed: date('password_last_used'),
            passwordLastChanged: date('password_last_changed'),
            mfaActive: bool('mfa_active'),
            accessKeys: [key(1), key(2)],
        };
    });
}
/**
 * A row whose unquoted user name and ARN were split at their commas, put back together: the ARN
 * starts at the first field that begins with `arn:` (a user name has no `:`), and the fields
 * after the ARN are the header's other columns. A row that does not fit is left as it
 * is, for the checks of its values to refuse.
 */
function joinNameFields(record, columns) {
    const arnStart = record.findIndex((field, i) => i > 0 && field.startsWith('arn:'));
    const arnEnd = record.length - (columns - 2);
    if (arnStart < 1 || arnEnd <= arnStart)
        return [...record];
    return [
        record.slice(0, arnStart).join(','),
        record.slice(arnStart, arnEnd).join(','),
        ...record.slice(arnEnd),
    ];
}
/** Waits between polls; the scan deadline ends the wait (the next call then records it). */
async function pause(ms, signal) {
    try {
        await (0,promises_.setTimeout)(ms, undefined, { signal });
    }
    catch {
        // Aborted by the deadline: the caller's next call fails with ScanDeadline.
    }
}
/**
 * GenerateCredentialReport, then GetCredentialReport until the report is ready: one Generate
 * call and at most `polling.attempts` Get calls, `polling.delayMs` apart.
 */
async function collectCredentialReport(ctx, polling = REPORT_POLLING) {
    const iam = ctx.clients.iam;
    const generated = await ctx.call('iam:GenerateCredentialReport', () => iam.send(new client_iam_dist_cjs/* GenerateCredentialReportCommand */.seh({})));
    if (!generated.ok)
        return generated;
    let ready = generated.value?.State === 'COMPLETE';
    for (let attempt = 1;; attempt++) {
        if (!ready)
            await pause(polling.delayMs, ctx.signal);
        const last = attempt >= polling.attempts;
        const got = await ctx.call('iam:GetCredentialReport', () => iam.send(new client_iam_dist_cjs/* GetCredentialReportCommand */.DBo({})), last ? [] : NOT_READY);
        if (!got.ok)
            return got;
        if (got.value === null) {
            ready = false;
            continue;
        }
        const generatedAt = got.value.GeneratedTime?.toISOString() ?? '';
        try {
            const csv = new TextDecoder().decode(got.value.Content ?? new Uint8Array());
            return { ok: true, value: { generatedAt, users: parseCredentialReport(csv) } };
        }
        catch (error) {
            return {
                ok: false,
                error: {
                    operation: 'iam:GetCredentialReport',
                    code: 'MalformedCredentialReport',
                    message: error.message,
                    class: 'malformed',
                },
            };
        }
    }
}
/** The account password policy; null when none is set (NoSuchEntity). */
async function collectPasswordPolicy(ctx) {
    const answer = await ctx.call('iam:GetAccountPasswordPolicy', () => ctx.clients.iam.send(new client_iam_dist_cjs/* GetAccountPasswordPolicyCommand */.sed({})), NO_POLICY);
    return (0,inventory/* mapFetched */.KX)(answer, (value) => {
        if (value === null)
            return null;
        const policy = value.PasswordPolicy ?? {};
        return {
            ...(policy.MinimumPasswordLength !== undefined
                ? { minimumPasswordLength: policy.MinimumPasswordLength }
                : {}),
            ...(policy.PasswordReusePrevention !== undefined
                ? { passwordReusePrevention: policy.PasswordReusePrevention }
                : {}),
        };
    });
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
 * calls, once, however many principals it is attached to. The credential report (one
 * GenerateCredentialReport, GetCredentialReport until it is ready) and the password policy (one
 * GetAccountPasswordPolicy) are read alongside, whatever the listing's fate.
 */
async function collectIam(ctx) {
    // Read alongside the listing: the report may take seconds to be generated.
    const credentials = Promise.all([collectCredentialReport(ctx), collectPasswordPolicy(ctx)]).then(([credentialReport, passwordPolicy]) => ({ credentialReport, passwordPolicy }));
    const details = await ctx.pages('iam:GetAccountAuthorizationDetails', (0,client_iam_dist_cjs/* paginateGetAccountAuthorizationDetails */.YS4)({ client: ctx.clients.iam, pageSize: PAGE_SIZE }, { Filter: [...DETAIL_FILTER] }), (page) => [page]);
    if (!details.ok) {
        return {
            roles: details,
            users: details,
            groups: details,
            managedPolicies: details,
            ...(await credentials),
        };
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
        ...(r.AssumeRolePolicyDocument !== undefined && { trustPolicy: r.AssumeRolePolicyDocument }),
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
        ...(await credentials),
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-rds/dist-cjs/index.js
var client_rds_dist_cjs = __webpack_require__(7202);
;// CONCATENATED MODULE: ./src/collect/rds.ts



/** The largest page size the four listings accept. */
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
    if (db.AutoMinorVersionUpgrade !== undefined) {
        out.autoMinorVersionUpgrade = db.AutoMinorVersionUpgrade;
    }
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
function snapshotOf(fields, encrypted, tagList) {
    return {
        ...fields,
        ...(encrypted !== undefined ? { encrypted } : {}),
        tags: (0,convert/* tagsOf */.Fg)(tagList),
    };
}
const toDbSnapshot = (s) => snapshotOf({
    id: s.DBSnapshotIdentifier ?? '',
    arn: s.DBSnapshotArn ?? '',
    sourceId: s.DBInstanceIdentifier ?? '',
    engine: s.Engine ?? '',
    snapshotType: s.SnapshotType ?? 'unknown',
    status: s.Status ?? 'unknown',
}, s.Encrypted, s.TagList);
const toClusterSnapshot = (s) => snapshotOf({
    id: s.DBClusterSnapshotIdentifier ?? '',
    arn: s.DBClusterSnapshotArn ?? '',
    sourceId: s.DBClusterIdentifier ?? '',
    engine: s.Engine ?? '',
    snapshotType: s.SnapshotType ?? 'unknown',
    status: s.Status ?? 'unknown',
}, s.StorageEncrypted, s.TagList);
/** Automated snapshots cannot be shared: only manual ones have a `restore` attribute to read. */
const isManual = (snapshot) => snapshot.snapshotType === 'manual';
/** Whom the `restore` attribute of one manual snapshot lets copy or restore it. */
async function restorableBy(ctx, kind, id) {
    const client = ctx.clients.rds;
    const values = (attributes = []) => attributes.find((a) => a.AttributeName === 'restore')?.AttributeValues ?? [];
    if (kind === 'db') {
        const read = await ctx.call('rds:DescribeDBSnapshotAttributes', () => client.send(new client_rds_dist_cjs/* DescribeDBSnapshotAttributesCommand */.auA({ DBSnapshotIdentifier: id })));
        return (0,inventory/* mapFetched */.KX)(read, (answer) => values(answer?.DBSnapshotAttributesResult?.DBSnapshotAttributes));
    }
    const read = await ctx.call('rds:DescribeDBClusterSnapshotAttributes', () => client.send(new client_rds_dist_cjs/* DescribeDBClusterSnapshotAttributesCommand */.ypC({ DBClusterSnapshotIdentifier: id })));
    return (0,inventory/* mapFetched */.KX)(read, (answer) => values(answer?.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes));
}
/**
 * Adds the `restore` attribute to each manual snapshot of both listings, one call per snapshot
 * through the bounded pool (one pool for both kinds, so the bound holds for the region).
 */
async function withRestoreAttributes(ctx, db, cluster) {
    const manual = [
        ...(db.ok ? db.value.filter(isManual).map((s) => ({ kind: 'db', s })) : []),
        ...(cluster.ok
            ? cluster.value.filter(isManual).map((s) => ({ kind: 'cluster', s }))
            : []),
    ];
    await ctx.pool(manual, async ({ kind, s }) => {
        s.restorableBy = await restorableBy(ctx, kind, s.id);
    });
}
/**
 * DB instances, clusters and their snapshots in one region, listed in pages (tags come with the
 * listings), and the `restore` attribute of each manual snapshot.
 */
async function collectRds(ctx) {
    const client = ctx.clients.rds;
    // No SnapshotType: the account's manual and automated snapshots. IncludeShared and
    // IncludePublic stay false (their default, said here): snapshots other accounts share or make
    // public are not the account's to fix.
    const ownOnly = { IncludeShared: false, IncludePublic: false };
    const [instances, clusters, snapshots, clusterSnapshots] = await Promise.all([
        ctx.pages('rds:DescribeDBInstances', (0,client_rds_dist_cjs/* paginateDescribeDBInstances */.$PQ)({ client, pageSize: rds_PAGE_SIZE }, {}), (page) => page.DBInstances),
        ctx.pages('rds:DescribeDBClusters', (0,client_rds_dist_cjs/* paginateDescribeDBClusters */.cbb)({ client, pageSize: rds_PAGE_SIZE }, {}), (page) => page.DBClusters),
        ctx.pages('rds:DescribeDBSnapshots', (0,client_rds_dist_cjs/* paginateDescribeDBSnapshots */.iKM)({ client, pageSize: rds_PAGE_SIZE }, ownOnly), (page) => page.DBSnapshots),
        ctx.pages('rds:DescribeDBClusterSnapshots', (0,client_rds_dist_cjs/* paginateDescribeDBClusterSnapshots */.G8v)({ client, pageSize: rds_PAGE_SIZE }, ownOnly), (page) => page.DBClusterSnapshots),
    ]);
    const present = (s) => !GONE_STATUSES.has(s.status);
    const dbSnapshots = (0,inventory/* mapFetched */.KX)(snapshots, (list) => list.map(toDbSnapshot).filter(present));
    const ofClusters = (0,inventory/* mapFetched */.KX)(clusterSnapshots, (list) => list.map(toClusterSnapshot).filter(present));
    await withRestoreAttributes(ctx, dbSnapshots, ofClusters);
    return {
        instances: (0,inventory/* mapFetched */.KX)(instances, (list) => list.map(rds_toInstance).filter((db) => !GONE_STATUSES.has(db.status))),
        clusters: (0,inventory/* mapFetched */.KX)(clusters, (list) => list.map(toCluster).filter((c) => !GONE_STATUSES.has(c.status))),
        snapshots: dbSnapshots,
        clusterSnapshots: ofClusters,
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3-control/dist-cjs/index.js
var client_s3_control_dist_cjs = __webpack_require__(2619);
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
function toGrant(grant) {
    const grantee = grant.Grantee;
    if (!grantee?.Type || !grant.Permission)
        return [];
    const out = { granteeType: grantee.Type, permission: grant.Permission };
    if (grantee.URI)
        out.uri = grantee.URI;
    if (grantee.ID)
        out.id = grantee.ID;
    return [out];
}
/**
 * GetBucketPolicyStatus, asked only when the bucket may have a policy: AWS answers
 * NoSuchBucketPolicy for a bucket without one, which the policy read has already said.
 */
async function readPolicyStatus(ctx, s3, name, policy) {
    if (policy.ok && policy.value === null)
        return { ok: true, value: null };
    const status = await ctx.call('s3:GetBucketPolicyStatus', () => s3.send(new client_s3_dist_cjs/* GetBucketPolicyStatusCommand */.y3E({ Bucket: name })), ['NoSuchBucketPolicy']);
    return (0,inventory/* mapFetched */.KX)(status, (answer) => {
        if (!answer)
            return null;
        const isPublic = answer.PolicyStatus?.IsPublic;
        return isPublic === undefined ? {} : { isPublic };
    });
}
async function readBucket(ctx, s3, name) {
    const [tagging, encryption, versioning, publicAccessBlock, [policy, policyStatus], acl, ownership, logging,] = await Promise.all([
        ctx.call('s3:GetBucketTagging', () => s3.send(new client_s3_dist_cjs/* GetBucketTaggingCommand */.fp5({ Bucket: name })), [
            'NoSuchTagSet',
        ]),
        ctx.call('s3:GetBucketEncryption', () => s3.send(new client_s3_dist_cjs/* GetBucketEncryptionCommand */.tQT({ Bucket: name })), ['ServerSideEncryptionConfigurationNotFoundError']),
        ctx.call('s3:GetBucketVersioning', () => s3.send(new client_s3_dist_cjs/* GetBucketVersioningCommand */._rj({ Bucket: name }))),
        ctx.call('s3:GetPublicAccessBlock', () => s3.send(new client_s3_dist_cjs/* GetPublicAccessBlockCommand */.GLk({ Bucket: name })), ['NoSuchPublicAccessBlockConfiguration']),
        ctx
            .call('s3:GetBucketPolicy', () => s3.send(new client_s3_dist_cjs/* GetBucketPolicyCommand */.mCJ({ Bucket: name })), [
            'NoSuchBucketPolicy',
        ])
            .then(async (read) => [read, await readPolicyStatus(ctx, s3, name, read)]),
        ctx.call('s3:GetBucketAcl', () => s3.send(new client_s3_dist_cjs/* GetBucketAclCommand */.QPs({ Bucket: name }))),
        ctx.call('s3:GetBucketOwnershipControls', () => s3.send(new client_s3_dist_cjs/* GetBucketOwnershipControlsCommand */.$rC({ Bucket: name })), ['OwnershipControlsNotFoundError']),
        ctx.call('s3:GetBucketLogging', () => s3.send(new client_s3_dist_cjs/* GetBucketLoggingCommand */.Bdv({ Bucket: name }))),
    ]);
    return {
        tags: (0,inventory/* mapFetched */.KX)(tagging, (answer) => {
            const tags = {};
            for (const tag of answer?.TagSet ?? [])
                if (tag.Key)
                    tags[tag.Key] = tag.Value ?? '';
            return tags;
        }),
        encryption: (0,inventory/* mapFetched */.KX)(encryption, (answer) => {
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
        versioning: (0,inventory/* mapFetched */.KX)(versioning, (answer) => answer?.Status ?? null),
        publicAccessBlock: (0,inventory/* mapFetched */.KX)(publicAccessBlock, (answer) => answer ? toSettings(answer.PublicAccessBlockConfiguration) : null),
        policy: (0,inventory/* mapFetched */.KX)(policy, (answer) => answer?.Policy ?? null),
        policyStatus,
        acl: (0,inventory/* mapFetched */.KX)(acl, (answer) => (answer?.Grants ?? []).flatMap(toGrant)),
        objectOwnership: (0,inventory/* mapFetched */.KX)(ownership, (answer) => answer?.OwnershipControls?.Rules?.[0]?.ObjectOwnership ?? null),
        logging: (0,inventory/* mapFetched */.KX)(logging, (answer) => {
            const enabled = answer?.LoggingEnabled;
            if (!enabled?.TargetBucket)
                return null;
            return { targetBucket: enabled.TargetBucket, targetPrefix: enabled.TargetPrefix ?? '' };
        }),
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
        policyStatus: failed,
        acl: failed,
        objectOwnership: failed,
        logging: failed,
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
    const accountPublicAccessBlock = (0,inventory/* mapFetched */.KX)(accountBlock, (answer) => answer ? toSettings(answer.PublicAccessBlockConfiguration) : null);
    if (!listing.ok)
        return { accountPublicAccessBlock, buckets: listing };
    const listed = listing.value
        .filter((b) => Boolean(b.Name))
        .sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
    const collected = await ctx.pool(listed, async (bucket) => {
        const name = bucket.Name;
        const region = bucket.BucketRegion
            ? { ok: true, value: bucket.BucketRegion }
            : (0,inventory/* mapFetched */.KX)(await ctx.call('s3:GetBucketLocation', () => s3.send(new client_s3_dist_cjs/* GetBucketLocationCommand */.r_J({ Bucket: name }))), (answer) => regionOfLocation(answer?.LocationConstraint));
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
        egress: (group.IpPermissionsEgress ?? []).map(toIngressPermission),
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
        const groups = (0,inventory/* mapFetched */.KX)(await listSecurityGroups(ctx), (list) => list.map((g) => toGroup(g, arnPrefix)));
        const ingress = groups.ok ? groups.value.flatMap((g) => g.ingress) : [];
        return { groups, prefixLists: await readPrefixLists(ctx, referencedPrefixLists(ingress)) };
    };
    const [{ groups, prefixLists }, interfaces] = await Promise.all([
        listGroups(),
        ctx.pages('ec2:DescribeNetworkInterfaces', (0,dist_cjs/* paginateDescribeNetworkInterfaces */.pkX)({ client: ctx.clients.ec2, pageSize: INTERFACE_PAGE_SIZE }, {}), (page) => page.NetworkInterfaces),
    ]);
    return {
        groups,
        networkInterfaceCounts: (0,inventory/* mapFetched */.KX)(interfaces, (list) => {
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
        const answer = await factory.forRegion(homeRegion).ec2.send(new dist_cjs/* DescribeRegionsCommand */.cAn({}));
        const regions = (answer.Regions ?? [])
            .flatMap((r) => (r.OptInStatus !== 'not-opted-in' && r.RegionName ? [r.RegionName] : []))
            .sort();
        if (regions.length === 0) {
            throw new errors/* ScanError */.s('region "all" needs the list of enabled regions, but ec2:DescribeRegions returned no enabled region');
        }
        // Every region name becomes an endpoint's host name and a saved inventory's key.
        const odd = regions.find((name) => !config_regions/* REGION_CODE_PATTERN */.oA.test(name));
        if (odd !== undefined) {
            throw new errors/* ScanError */.s(`region "all" needs the list of enabled regions, but ec2:DescribeRegions returned ${JSON.stringify(odd.slice(0, 64))}, which is not a region code such as us-east-1`);
        }
        return regions;
    }
    catch (error) {
        if (error instanceof errors/* ScanError */.s)
            throw error;
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
 * Collects every requested service in every region concurrently, and hands over each part as it
 * is done. A collector never throws past its service: failures become CollectionErrors in the
 * header and holes the rules report as UNKNOWN.
 */
async function collectParts(options) {
    const { header, homeRegion, factory } = options;
    const { account, regions, services, errors } = header;
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
    // What handling a part threw (a rule's defect): raised once every job has ended, so that no
    // collector is left calling AWS after the run has stopped.
    let handlingFailed;
    const handOver = async (part) => {
        try {
            await options.onPart(part);
        }
        catch (error) {
            handlingFailed ??= { error };
        }
    };
    const jobs = [];
    for (const service of services) {
        if (isRegional(service)) {
            for (const region of regions) {
                jobs.push(timed(service, region, () => REGIONAL_COLLECTORS[service](context(service, region))).then((part) => part ? handOver({ region, service, part }) : undefined));
            }
        }
        else {
            jobs.push(timed(service, inventory/* GLOBAL_REGION */.ju, () => GLOBAL_COLLECTORS[service](context(service, homeRegion, inventory/* GLOBAL_REGION */.ju), regions)).then((part) => part ? handOver({ region: inventory/* GLOBAL_REGION */.ju, service, part }) : undefined));
        }
    }
    await Promise.all(jobs);
    if (handlingFailed)
        throw handlingFailed.error;
    const durationMsByService = {};
    for (const [service, span] of spans)
        durationMsByService[service] = span.end - span.start;
    return { apiCalls: options.apiCalls, durationMsByService };
}


/***/ })

};
