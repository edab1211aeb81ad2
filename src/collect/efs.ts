import { paginateListProtectedResources } from '@aws-sdk/client-backup';
import { paginateDescribeAlarms, type MetricAlarm } from '@aws-sdk/client-cloudwatch';
import type { SecurityGroup, Subnet } from '@aws-sdk/client-ec2';
import {
  DescribeBackupPolicyCommand,
  DescribeFileSystemPolicyCommand,
  DescribeLifecycleConfigurationCommand,
  DescribeMountTargetSecurityGroupsCommand,
  DescribeMountTargetsCommand,
  DescribeReplicationConfigurationsCommand,
  paginateDescribeAccessPoints,
  paginateDescribeFileSystems,
  type FileSystemDescription,
} from '@aws-sdk/client-efs';
import type {
  EfsAccessPoint,
  EfsAlarm,
  EfsFileSystem,
  EfsInventory,
  EfsLifecycle,
  EfsMetrics,
  EfsMountTarget,
  EfsReplication,
  EfsSecurityGroup,
  EfsSubnet,
} from '../model/efs.js';
import { mapFetched, type Fetched } from '../model/inventory.js';
import { metricWindow, type MetricSeries } from '../model/metrics.js';
import type { CollectContext } from './context.js';
import { tagsOf } from './convert.js';
import { getMetricSeries, type MetricRequest } from './metrics.js';
import {
  listSecurityGroups,
  listSubnets,
  readPrefixLists,
  referencedPrefixLists,
  toIngressPermission,
} from './vpc.js';

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
const GONE_STATES: ReadonlySet<string> = new Set(['deleting', 'deleted']);

/** Drains a token-paginated operation that the SDK has no paginator for. */
async function* tokenPages<P>(
  fetch: (token: string | undefined) => Promise<P>,
  nextToken: (page: P) => string | undefined,
): AsyncGenerator<P> {
  let token: string | undefined;
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
export async function collectEfs(ctx: CollectContext, now = new Date()): Promise<EfsInventory> {
  const metricWindows = {
    lookback: metricWindow(now, EFS_LOOKBACK_DAYS, HOUR_SECONDS),
    connections: metricWindow(now, EFS_CONNECTIONS_DAYS, DAY_SECONDS),
  };
  const empty = <T>(): Fetched<T[]> => ({ ok: true, value: [] });
  const listing = await ctx.pages(
    'efs:DescribeFileSystems',
    paginateDescribeFileSystems({ client: ctx.clients.efs, pageSize: EFS_PAGE_SIZE }, {}),
    (page) => page.FileSystems,
  );
  const described = listing.ok
    ? listing.value.filter((fs) => !GONE_STATES.has(fs.LifeCycleState ?? ''))
    : [];
  // With no file system (or none known) the region-wide reads would have nothing to describe.
  const base: EfsInventory = {
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
  if (!listing.ok) return { ...base, fileSystems: listing };
  if (described.length === 0) return base;

  const hasMountTargets = described.some((fs) => (fs.NumberOfMountTargets ?? 0) > 0);
  const [details, accessPoints, replications, protectedFs, alarms, metricsOf, subnets, groups] =
    await Promise.all([
      ctx.pool(described, async (fs) => ({ fs, ...(await describeFileSystemDetails(ctx, fs)) })),
      collectAccessPoints(ctx),
      collectReplications(ctx),
      collectProtectedFileSystems(ctx),
      collectAlarms(ctx),
      collectMetrics(ctx, described, metricWindows),
      hasMountTargets ? listSubnets(ctx) : Promise.resolve(empty<never>()),
      hasMountTargets ? listSecurityGroups(ctx) : Promise.resolve(empty<never>()),
    ]);

  const fileSystems = details.map(({ fs, ...read }) => toFileSystem(fs, read, metricsOf(fs)));
  const mountTargets = fileSystems.flatMap((fs) =>
    fs.mountTargets.ok ? fs.mountTargets.value : [],
  );
  const securityGroups = mapFetched(groups, (list) => usedSecurityGroups(list, mountTargets));
  const ingress = securityGroups.ok ? securityGroups.value.flatMap((g) => g.ingress) : [];
  return {
    ...base,
    fileSystems: { ok: true, value: fileSystems },
    accessPoints,
    replications,
    protectedFileSystemArns: mapFetched(protectedFs, (found) => [...found.keys()]),
    ...(protectedFs.ok ? { lastBackupTimes: lastBackupTimes(protectedFs.value) } : {}),
    alarms,
    subnets: mapFetched(subnets, (list) => usedSubnets(list, mountTargets)),
    securityGroups,
    prefixLists: await readPrefixLists(ctx, referencedPrefixLists(ingress)),
  };
}

/** The region's subnets that hold a mount target. */
function usedSubnets(subnets: readonly Subnet[], targets: readonly EfsMountTarget[]): EfsSubnet[] {
  const used = new Set(targets.map((mt) => mt.subnetId));
  return subnets.flatMap((s) =>
    s.SubnetId && used.has(s.SubnetId)
      ? [
          {
            id: s.SubnetId,
            ...(s.VpcId ? { vpcId: s.VpcId } : {}),
            mapPublicIpOnLaunch: s.MapPublicIpOnLaunch === true,
          },
        ]
      : [],
  );
}

/** The region's security groups that guard a mount target. */
function usedSecurityGroups(
  groups: readonly SecurityGroup[],
  targets: readonly EfsMountTarget[],
): EfsSecurityGroup[] {
  const used = new Set(
    targets.flatMap((mt) => (mt.securityGroupIds.ok ? mt.securityGroupIds.value : [])),
  );
  return groups.flatMap((g) =>
    g.GroupId && used.has(g.GroupId)
      ? [
          {
            id: g.GroupId,
            ...(g.GroupName ? { name: g.GroupName } : {}),
            ingress: (g.IpPermissions ?? []).map(toIngressPermission),
          },
        ]
      : [],
  );
}

interface FileSystemDetails {
  mountTargets: Fetched<EfsMountTarget[]>;
  lifecycle: Fetched<EfsLifecycle>;
  backupPolicyStatus: Fetched<string | null>;
  policy: Fetched<string | null>;
}

/** The per-file-system reads: 4 calls, plus one per mount target for its security groups. */
async function describeFileSystemDetails(
  ctx: CollectContext,
  fs: FileSystemDescription,
): Promise<FileSystemDetails> {
  const FileSystemId = fs.FileSystemId ?? '';
  const { efs } = ctx.clients;
  const [mountTargets, lifecycle, backup, policy] = await Promise.all([
    (fs.NumberOfMountTargets ?? 0) > 0
      ? collectMountTargets(ctx, FileSystemId)
      : Promise.resolve<Fetched<EfsMountTarget[]>>({ ok: true, value: [] }),
    ctx.call('efs:DescribeLifecycleConfiguration', () =>
      efs.send(new DescribeLifecycleConfigurationCommand({ FileSystemId })),
    ),
    ctx.call(
      'efs:DescribeBackupPolicy',
      () => efs.send(new DescribeBackupPolicyCommand({ FileSystemId })),
      ['PolicyNotFound'],
    ),
    ctx.call(
      'efs:DescribeFileSystemPolicy',
      () => efs.send(new DescribeFileSystemPolicyCommand({ FileSystemId })),
      ['PolicyNotFound'],
    ),
  ]);
  return {
    mountTargets,
    lifecycle: mapFetched(lifecycle, (answer) => {
      const rules: EfsLifecycle = {};
      for (const p of answer?.LifecyclePolicies ?? []) {
        if (p.TransitionToIA) rules.transitionToIA = p.TransitionToIA;
        if (p.TransitionToArchive) rules.transitionToArchive = p.TransitionToArchive;
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

async function collectMountTargets(
  ctx: CollectContext,
  FileSystemId: string,
): Promise<Fetched<EfsMountTarget[]>> {
  const { efs } = ctx.clients;
  const listed = await ctx.pages(
    'efs:DescribeMountTargets',
    tokenPages(
      (Marker) =>
        efs.send(
          new DescribeMountTargetsCommand({ FileSystemId, MaxItems: EFS_PAGE_SIZE, Marker }),
        ),
      (page) => page.NextMarker,
    ),
    (page) => page.MountTargets,
  );
  if (!listed.ok) return listed;
  const targets = await Promise.all(
    listed.value.map(async (mt): Promise<EfsMountTarget> => {
      const MountTargetId = mt.MountTargetId ?? '';
      const groups = await ctx.call('efs:DescribeMountTargetSecurityGroups', () =>
        efs.send(new DescribeMountTargetSecurityGroupsCommand({ MountTargetId })),
      );
      return {
        id: MountTargetId,
        subnetId: mt.SubnetId ?? '',
        ...(mt.AvailabilityZoneName ? { availabilityZoneName: mt.AvailabilityZoneName } : {}),
        state: mt.LifeCycleState ?? 'unknown',
        securityGroupIds: mapFetched(groups, (answer) => answer?.SecurityGroups ?? []),
      };
    }),
  );
  return { ok: true, value: targets };
}

function toFileSystem(
  fs: FileSystemDescription,
  details: FileSystemDetails,
  metrics: EfsMetrics,
): EfsFileSystem {
  const tags = tagsOf(fs.Tags);
  const name = fs.Name || tags.Name;
  const size = fs.SizeInBytes;
  const out: EfsFileSystem = {
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
  if (name) out.name = name;
  if (fs.ProvisionedThroughputInMibps !== undefined) {
    out.provisionedThroughputMibps = fs.ProvisionedThroughputInMibps;
  }
  if (fs.KmsKeyId) out.kmsKeyId = fs.KmsKeyId;
  if (fs.AvailabilityZoneName) out.availabilityZoneName = fs.AvailabilityZoneName;
  return out;
}

/** One region-wide listing, not one per file system. */
async function collectAccessPoints(ctx: CollectContext): Promise<Fetched<EfsAccessPoint[]>> {
  const listed = await ctx.pages(
    'efs:DescribeAccessPoints',
    paginateDescribeAccessPoints({ client: ctx.clients.efs, pageSize: EFS_PAGE_SIZE }, {}),
    (page) => page.AccessPoints,
  );
  return mapFetched(listed, (list) =>
    list.map((ap) => {
      const tags = tagsOf(ap.Tags);
      const name = ap.Name || tags.Name;
      const out: EfsAccessPoint = {
        id: ap.AccessPointId ?? '',
        arn: ap.AccessPointArn ?? '',
        fileSystemId: ap.FileSystemId ?? '',
        tags,
        state: ap.LifeCycleState ?? 'unknown',
        rootDirectoryPath: ap.RootDirectory?.Path ?? '/',
      };
      if (name) out.name = name;
      const user = ap.PosixUser;
      if (user?.Uid !== undefined && user.Gid !== undefined) {
        out.posixUser = {
          uid: user.Uid,
          gid: user.Gid,
          ...(user.SecondaryGids?.length ? { secondaryGids: user.SecondaryGids } : {}),
        };
      }
      return out;
    }),
  );
}

/**
 * Region-wide, without FileSystemId. ReplicationNotFound means none is configured; moto does not
 * implement the call and answers with a 500.
 */
async function collectReplications(ctx: CollectContext): Promise<Fetched<EfsReplication[]>> {
  const { efs } = ctx.clients;
  const listed = await ctx.pages(
    'efs:DescribeReplicationConfigurations',
    tokenPages(
      (NextToken) =>
        efs.send(
          new DescribeReplicationConfigurationsCommand({
            MaxResults: REPLICATION_PAGE_SIZE,
            NextToken,
          }),
        ),
      (page) => page.NextToken,
    ),
    (page) => page.Replications,
    ['ReplicationNotFound'],
  );
  return mapFetched(listed, (list) =>
    list.map((r) => ({
      sourceFileSystemId: r.SourceFileSystemId ?? '',
      destinations: (r.Destinations ?? []).map((d) => ({
        fileSystemId: d.FileSystemId ?? '',
        region: d.Region ?? '',
        status: d.Status ?? 'UNKNOWN',
      })),
    })),
  );
}

/**
 * One paginated listing of everything AWS Backup protects, kept to the EFS file systems: each ARN
 * with its latest LastBackupTime (undefined when the answer gave none). A resource stays listed
 * while any recovery point of it is retained, so only the time says whether backups still run.
 */
async function collectProtectedFileSystems(
  ctx: CollectContext,
): Promise<Fetched<Map<string, Date | undefined>>> {
  const listed = await ctx.pages(
    'backup:ListProtectedResources',
    paginateListProtectedResources({ client: ctx.clients.backup, pageSize: BACKUP_PAGE_SIZE }, {}),
    (page) => page.Results,
  );
  return mapFetched(listed, (list) => {
    const found = new Map<string, Date | undefined>();
    for (const r of list) {
      const arn = r.ResourceArn ?? '';
      if (!arn.includes(':elasticfilesystem:') || !arn.includes(':file-system/')) continue;
      const earlier = found.get(arn);
      const time = r.LastBackupTime;
      found.set(arn, earlier && (!time || earlier > time) ? earlier : time);
    }
    return found;
  });
}

/** The LastBackupTime of each listed file system that has one, as ISO 8601. */
function lastBackupTimes(found: ReadonlyMap<string, Date | undefined>): Record<string, string> {
  const times: Record<string, string> = {};
  for (const [arn, time] of found) if (time) times[arn] = time.toISOString();
  return times;
}

/** Region-wide alarm listing, matched locally to `AWS/EFS` metrics with a FileSystemId. */
async function collectAlarms(ctx: CollectContext): Promise<Fetched<EfsAlarm[]>> {
  const listed = await ctx.pages(
    'cloudwatch:DescribeAlarms',
    paginateDescribeAlarms({ client: ctx.clients.cloudwatch, pageSize: ALARM_PAGE_SIZE }, {}),
    (page) => page.MetricAlarms,
  );
  return mapFetched(listed, (list) => list.flatMap(efsAlarmTargets));
}

/** The EFS metrics an alarm watches: its own metric, or the metrics of a metric-math alarm. */
function efsAlarmTargets(alarm: MetricAlarm): EfsAlarm[] {
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
    if (namespace !== EFS_NAMESPACE || !metricName || !fileSystemId) return [];
    return [{ alarmName, metricName, fileSystemId }];
  });
}

/**
 * The series each file system's usage checks need, batched across file systems: hourly series over
 * the lookback (MeteredIOBytes and MetadataIOBytes; BurstCreditBalance for bursting file systems;
 * DataReadIOBytes and DataWriteIOBytes, which price Elastic throughput, for provisioned ones),
 * daily ClientConnections over 60 days, and daily StorageBytes where SizeInBytes reads zero.
 */
async function collectMetrics(
  ctx: CollectContext,
  fileSystems: readonly FileSystemDescription[],
  windows: EfsInventory['metricWindows'],
): Promise<(fs: FileSystemDescription) => EfsMetrics> {
  const request = (
    fs: FileSystemDescription,
    metricName: string,
    stat: MetricRequest['stat'],
    storageClass?: string,
  ): MetricRequest => {
    const id = fs.FileSystemId ?? '';
    return {
      key: `${id}/${metricName}/${stat}/${storageClass ?? ''}`,
      namespace: EFS_NAMESPACE,
      metricName,
      stat,
      dimensions: { FileSystemId: id, ...(storageClass ? { StorageClass: storageClass } : {}) },
    };
  };
  const isBursting = (fs: FileSystemDescription): boolean =>
    (fs.ThroughputMode ?? 'bursting') === 'bursting';
  const isProvisioned = (fs: FileSystemDescription): boolean => fs.ThroughputMode === 'provisioned';
  const sizeUnknown = (fs: FileSystemDescription): boolean => (fs.SizeInBytes?.Value ?? 0) === 0;
  const storageClasses = { total: 'Total', standard: 'Standard', infrequentAccess: 'IA' } as const;

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
    const metrics: EfsMetrics = {
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
      const storage = (c: string): Fetched<MetricSeries> =>
        dailySeries(request(fs, 'StorageBytes', 'Average', c).key);
      metrics.storageBytes = {
        total: storage(storageClasses.total),
        standard: storage(storageClasses.standard),
        infrequentAccess: storage(storageClasses.infrequentAccess),
      };
    }
    return metrics;
  };
}
