import type {
  EfsAccessPoint,
  EfsFileSystem,
  EfsInventory,
  EfsMetrics,
  EfsMountTarget,
} from '../model/efs.js';
import type { CollectionError, Fetched } from '../model/inventory.js';
import { metricWindow, type MetricSeries, type MetricWindow } from '../model/metrics.js';

/**
 * EFS in the sample account: every EFS check fails on some file system and passes on another,
 * with 30 days of hourly metrics. eu-west-1 also shows an UNKNOWN: AWS Backup was not readable.
 */

const ACCOUNT = '111122223333';
const COLLECTED_AT = new Date('2026-11-01T06:00:00.000Z');
const LOOKBACK = metricWindow(COLLECTED_AT, 30, 3600);
const CONNECTIONS = metricWindow(COLLECTED_AT, 60, 86_400);
const MIB = 2 ** 20;
const GIB = 2 ** 30;
const TIB = 2 ** 40;

const ok = <T>(value: T): Fetched<T> => ({ ok: true, value });

/** One value per bucket of the window, from a function of the bucket index. */
function series(window: MetricWindow, valueAt: (bucket: number) => number): MetricSeries {
  const start = Date.parse(window.start) / 1000;
  const count = (Date.parse(window.end) / 1000 - start) / window.periodSeconds;
  const timestamps = Array.from({ length: count }, (_, i) => start + i * window.periodSeconds);
  return { timestamps, values: timestamps.map((_, i) => valueAt(i)) };
}

/** A daily cycle between `low` and `high`, highest mid-afternoon. */
const daily = (low: number, high: number) => (hour: number) =>
  low + ((high - low) * (1 + Math.sin(((hour % 24) - 9) * (Math.PI / 12)))) / 2;

const NO_DATA: MetricSeries = { timestamps: [], values: [] };

interface Usage {
  /** Metered throughput in MiB/s, per hour. */
  mibps: (hour: number) => number;
  metadataOpsPerSecond: (hour: number) => number;
  burstCreditTib?: (hour: number) => number;
  /** Data read and written in MiB/s, per hour: provisioned file systems (Elastic would bill it). */
  io?: { readMibps: (hour: number) => number; writeMibps: (hour: number) => number };
  connections: number;
}

function metrics(usage: Usage): EfsMetrics {
  const out: EfsMetrics = {
    meteredIOBytes: ok(series(LOOKBACK, (h) => usage.mibps(h) * MIB * 3600)),
    metadataOperations: ok(
      series(LOOKBACK, (h) => Math.round(usage.metadataOpsPerSecond(h) * 3600)),
    ),
    clientConnections: ok(
      usage.connections > 0 ? series(CONNECTIONS, () => usage.connections * 1440) : NO_DATA,
    ),
  };
  if (usage.burstCreditTib) {
    const credits = usage.burstCreditTib;
    out.burstCreditBalance = ok(series(LOOKBACK, (h) => credits(h) * TIB));
  }
  if (usage.io) {
    const { readMibps, writeMibps } = usage.io;
    out.dataReadIOBytes = ok(series(LOOKBACK, (h) => readMibps(h) * MIB * 3600));
    out.dataWriteIOBytes = ok(series(LOOKBACK, (h) => writeMibps(h) * MIB * 3600));
  }
  return out;
}

function arn(region: string, kind: 'file-system' | 'access-point', id: string): string {
  return `arn:aws:elasticfilesystem:${region}:${ACCOUNT}:${kind}/${id}`;
}

function mountTarget(id: string, subnetId: string, groupId: string, az: string): EfsMountTarget {
  return {
    id,
    subnetId,
    availabilityZoneName: az,
    state: 'available',
    securityGroupIds: ok([groupId]),
  };
}

/** Denies every client action without TLS: the console's "Enforce in-transit encryption". */
function tlsStatement(resource: string): object {
  return {
    Sid: 'EnforceInTransitEncryption',
    Effect: 'Deny',
    Principal: { AWS: '*' },
    Action: '*',
    Resource: resource,
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  };
}

/** TLS enforced; only the application role may mount and write; nobody gets root. */
function strictPolicy(resource: string, role: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      tlsStatement(resource),
      {
        Sid: 'ApplicationRole',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/${role}` },
        Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'],
        Resource: resource,
      },
    ],
  });
}

/** TLS enforced, but anyone reaching a mount target gets every client action, root included. */
function mountTargetOnlyPolicy(resource: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      tlsStatement(resource),
      {
        Sid: 'AnyClientViaMountTarget',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: 'elasticfilesystem:Client*',
        Resource: resource,
        Condition: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } },
      },
    ],
  });
}

interface FileSystemSpec {
  region: string;
  id: string;
  name: string;
  tags?: Record<string, string>;
  createdAt: string;
  performanceMode?: string;
  throughputMode: string;
  provisionedThroughputMibps?: number;
  encrypted: boolean;
  availabilityZoneName?: string;
  standardGib: number;
  infrequentAccessGib?: number;
  mountTargets?: EfsMountTarget[];
  transitionToIA?: string;
  backupPolicyStatus: string | null;
  policy: (resource: string) => string | null;
  usage: Usage;
}

function fileSystem(spec: FileSystemSpec): EfsFileSystem {
  const resource = arn(spec.region, 'file-system', spec.id);
  const standard = spec.standardGib * GIB;
  const infrequentAccess = (spec.infrequentAccessGib ?? 0) * GIB;
  const out: EfsFileSystem = {
    id: spec.id,
    arn: resource,
    name: spec.name,
    tags: { Name: spec.name, ...spec.tags },
    createdAt: spec.createdAt,
    state: 'available',
    performanceMode: spec.performanceMode ?? 'generalPurpose',
    throughputMode: spec.throughputMode,
    encrypted: spec.encrypted,
    sizeInBytes: { total: standard + infrequentAccess, standard, infrequentAccess },
    mountTargets: ok(spec.mountTargets ?? []),
    lifecycle: ok(spec.transitionToIA ? { transitionToIA: spec.transitionToIA } : {}),
    backupPolicyStatus: ok(spec.backupPolicyStatus),
    policy: ok(spec.policy(resource)),
    metrics: metrics(spec.usage),
  };
  if (spec.encrypted)
    out.kmsKeyId = `arn:aws:kms:${spec.region}:${ACCOUNT}:alias/aws/elasticfilesystem`;
  if (spec.provisionedThroughputMibps !== undefined) {
    out.provisionedThroughputMibps = spec.provisionedThroughputMibps;
  }
  if (spec.availabilityZoneName) out.availabilityZoneName = spec.availabilityZoneName;
  return out;
}

function accessPoint(
  region: string,
  id: string,
  fileSystemId: string,
  name: string,
  rootDirectoryPath: string,
  posixUser?: { uid: number; gid: number },
): EfsAccessPoint {
  return {
    id,
    arn: arn(region, 'access-point', id),
    fileSystemId,
    name,
    tags: { Name: name },
    state: 'available',
    rootDirectoryPath,
    ...(posixUser ? { posixUser } : {}),
  };
}

const US = 'us-east-1';
const EU = 'eu-west-1';

function usEast1(): EfsInventory {
  const fileSystems = [
    // Production, well secured, but 128 MiB/s provisioned for a peak of 1 MiB/s: its 512 GiB of
    // Standard storage include 25 MiB/s, so 103 MiB/s are billed for nothing ($618.00 a month).
    fileSystem({
      region: US,
      id: 'fs-0a1b2c3d00000001',
      name: 'analytics-scratch',
      tags: { Environment: 'production' },
      createdAt: '2025-03-10T09:00:00.000Z',
      throughputMode: 'provisioned',
      provisionedThroughputMibps: 128,
      encrypted: true,
      standardGib: 512,
      infrequentAccessGib: 1536,
      mountTargets: [
        mountTarget(
          'fsmt-0a1b2c3d00000011',
          'subnet-0aa000000000private1',
          'sg-0e0000000000nfs01',
          'us-east-1a',
        ),
        mountTarget(
          'fsmt-0a1b2c3d00000012',
          'subnet-0aa000000000private2',
          'sg-0e0000000000nfs01',
          'us-east-1b',
        ),
      ],
      transitionToIA: 'AFTER_30_DAYS',
      backupPolicyStatus: 'ENABLED',
      policy: (resource) => strictPolicy(resource, 'analytics'),
      usage: {
        mibps: (h) => (h === 500 ? 1.0 : daily(0.05, 0.4)(h)),
        metadataOpsPerSecond: daily(5, 40),
        io: { readMibps: daily(0.09, 0.9), writeMibps: daily(0.02, 0.1) },
        connections: 6,
      },
    }),
    // Production home directories on One Zone, unencrypted, open to the internet, credits draining.
    fileSystem({
      region: US,
      id: 'fs-0a1b2c3d00000002',
      name: 'shared-home',
      tags: { Env: 'prod' },
      createdAt: '2024-06-01T12:00:00.000Z',
      throughputMode: 'bursting',
      encrypted: false,
      availabilityZoneName: 'us-east-1a',
      standardGib: 800,
      mountTargets: [
        mountTarget(
          'fsmt-0a1b2c3d00000021',
          'subnet-0aa0000000000public',
          'sg-0e000000000000open',
          'us-east-1a',
        ),
      ],
      backupPolicyStatus: 'ENABLED',
      policy: () => null,
      usage: {
        mibps: daily(20, 90),
        metadataOpsPerSecond: daily(20, 120),
        burstCreditTib: (h) => Math.max(0.05, 2.1 - h * 0.004),
        connections: 40,
      },
    }),
    // Critical training data: Max I/O it does not need, no replica, no backup, open to any client.
    fileSystem({
      region: US,
      id: 'fs-0a1b2c3d00000003',
      name: 'ml-datasets',
      tags: { DataCritical: 'true', Environment: 'staging' },
      createdAt: '2025-09-15T08:00:00.000Z',
      performanceMode: 'maxIO',
      throughputMode: 'elastic',
      encrypted: true,
      standardGib: 300,
      infrequentAccessGib: 4000,
      mountTargets: [
        mountTarget(
          'fsmt-0a1b2c3d00000031',
          'subnet-0aa000000000private1',
          'sg-0e0000000000nfs01',
          'us-east-1a',
        ),
      ],
      transitionToIA: 'AFTER_14_DAYS',
      backupPolicyStatus: 'DISABLED',
      policy: mountTargetOnlyPolicy,
      usage: { mibps: daily(5, 60), metadataOpsPerSecond: daily(10, 180), connections: 12 },
    }),
    // A build cache nobody has mounted for two months.
    fileSystem({
      region: US,
      id: 'fs-0a1b2c3d00000004',
      name: 'build-cache-2024',
      createdAt: '2024-01-20T10:00:00.000Z',
      throughputMode: 'bursting',
      encrypted: true,
      standardGib: 120,
      backupPolicyStatus: null,
      policy: () => null,
      usage: {
        mibps: () => 0,
        metadataOpsPerSecond: () => 0,
        burstCreditTib: () => 2.1,
        connections: 0,
      },
    }),
    // A render farm that earns its Max I/O and provisioned throughput, but hammers metadata.
    fileSystem({
      region: US,
      id: 'fs-0a1b2c3d00000005',
      name: 'render-farm',
      createdAt: '2025-05-05T05:00:00.000Z',
      performanceMode: 'maxIO',
      throughputMode: 'provisioned',
      provisionedThroughputMibps: 256,
      encrypted: true,
      standardGib: 2048,
      infrequentAccessGib: 1024,
      transitionToIA: 'AFTER_30_DAYS',
      backupPolicyStatus: 'ENABLED',
      policy: (resource) => strictPolicy(resource, 'render'),
      usage: {
        mibps: daily(90, 230),
        metadataOpsPerSecond: daily(600, 2400),
        io: { readMibps: daily(180, 450), writeMibps: daily(30, 80) },
        connections: 64,
      },
    }),
  ];
  return {
    fileSystems: ok(fileSystems),
    accessPoints: ok([
      accessPoint(US, 'fsap-0a1b2c3d00000101', 'fs-0a1b2c3d00000001', 'analytics-app', '/app', {
        uid: 1000,
        gid: 1000,
      }),
      accessPoint(US, 'fsap-0a1b2c3d00000102', 'fs-0a1b2c3d00000002', 'home-legacy', '/'),
      accessPoint(US, 'fsap-0a1b2c3d00000103', 'fs-0a1b2c3d00000003', 'training-jobs', '/data', {
        uid: 0,
        gid: 0,
      }),
    ]),
    replications: ok([]),
    protectedFileSystemArns: ok([arn(US, 'file-system', 'fs-0a1b2c3d00000004')]),
    // A daily AWS Backup plan still covers the build cache: its last recovery point is recent.
    lastBackupTimes: {
      [arn(US, 'file-system', 'fs-0a1b2c3d00000004')]: '2026-10-31T05:12:00.000Z',
    },
    alarms: ok([
      {
        alarmName: 'analytics-io-limit',
        metricName: 'PercentIOLimit',
        fileSystemId: 'fs-0a1b2c3d00000001',
      },
      {
        alarmName: 'analytics-clients',
        metricName: 'ClientConnections',
        fileSystemId: 'fs-0a1b2c3d00000001',
      },
      {
        alarmName: 'datasets-clients',
        metricName: 'ClientConnections',
        fileSystemId: 'fs-0a1b2c3d00000003',
      },
      {
        alarmName: 'render-clients',
        metricName: 'ClientConnections',
        fileSystemId: 'fs-0a1b2c3d00000005',
      },
    ]),
    subnets: ok([
      {
        id: 'subnet-0aa000000000private1',
        vpcId: 'vpc-0f00000000000main',
        mapPublicIpOnLaunch: false,
      },
      {
        id: 'subnet-0aa000000000private2',
        vpcId: 'vpc-0f00000000000main',
        mapPublicIpOnLaunch: false,
      },
      {
        id: 'subnet-0aa0000000000public',
        vpcId: 'vpc-0f00000000000main',
        mapPublicIpOnLaunch: true,
      },
    ]),
    securityGroups: ok([
      {
        id: 'sg-0e0000000000nfs01',
        name: 'efs-from-vpc',
        ingress: [
          {
            IpProtocol: 'tcp',
            FromPort: 2049,
            ToPort: 2049,
            IpRanges: [{ CidrIp: '10.0.0.0/16' }],
          },
        ],
      },
      {
        id: 'sg-0e000000000000open',
        name: 'home-anywhere',
        ingress: [
          { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '10.0.0.0/16' }] },
          { IpProtocol: 'tcp', FromPort: 0, ToPort: 65535, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
        ],
      },
    ]),
    metricWindows: { lookback: LOOKBACK, connections: CONNECTIONS },
  };
}

const BACKUP_DENIED = {
  operation: 'backup:ListProtectedResources',
  code: 'AccessDeniedException',
  message: 'User is not authorized to perform: backup:ListProtectedResources',
};

function euWest1(): EfsInventory {
  return {
    fileSystems: ok([
      // The model file system: every check passes.
      fileSystem({
        region: EU,
        id: 'fs-0b1c2d3e00000006',
        name: 'payments-ledger',
        tags: { Environment: 'production', DataCritical: 'true' },
        createdAt: '2024-11-11T11:00:00.000Z',
        throughputMode: 'elastic',
        encrypted: true,
        standardGib: 64,
        infrequentAccessGib: 900,
        transitionToIA: 'AFTER_30_DAYS',
        backupPolicyStatus: 'ENABLED',
        policy: (resource) => strictPolicy(resource, 'payments'),
        usage: { mibps: daily(2, 25), metadataOpsPerSecond: daily(30, 300), connections: 8 },
      }),
      // Created last week: usage checks wait; its backup status could not be read in full.
      fileSystem({
        region: EU,
        id: 'fs-0b1c2d3e00000007',
        name: 'ingest-staging',
        tags: { Environment: 'staging' },
        createdAt: '2026-10-25T14:00:00.000Z',
        throughputMode: 'bursting',
        encrypted: true,
        standardGib: 3,
        transitionToIA: 'AFTER_7_DAYS',
        backupPolicyStatus: null,
        policy: (resource) => strictPolicy(resource, 'ingest'),
        usage: { mibps: daily(0, 4), metadataOpsPerSecond: daily(1, 20), connections: 2 },
      }),
    ]),
    accessPoints: ok([]),
    replications: ok([
      {
        sourceFileSystemId: 'fs-0b1c2d3e00000006',
        destinations: [
          { fileSystemId: 'fs-0c1d2e3f00000106', region: 'eu-central-1', status: 'ENABLED' },
        ],
      },
    ]),
    protectedFileSystemArns: { ok: false, error: BACKUP_DENIED },
    alarms: ok(
      ['BurstCreditBalance', 'PercentIOLimit', 'ClientConnections'].flatMap((metricName) => [
        { alarmName: `ledger-${metricName}`, metricName, fileSystemId: 'fs-0b1c2d3e00000006' },
        { alarmName: `ingest-${metricName}`, metricName, fileSystemId: 'fs-0b1c2d3e00000007' },
      ]),
    ),
    subnets: ok([]),
    securityGroups: ok([]),
    metricWindows: { lookback: LOOKBACK, connections: CONNECTIONS },
  };
}

/** The EFS part of each sample region. */
export function sampleEfsRegions(): Record<'us-east-1' | 'eu-west-1', EfsInventory> {
  return { 'us-east-1': usEast1(), 'eu-west-1': euWest1() };
}

/** The collection errors behind the sample's EFS UNKNOWN results. */
export function sampleEfsErrors(): CollectionError[] {
  return [{ service: 'efs', region: EU, ...BACKUP_DENIED }];
}
