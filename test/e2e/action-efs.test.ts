import { PutMetricAlarmCommand, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  ModifySubnetAttributeCommand,
} from '@aws-sdk/client-ec2';
import {
  CreateAccessPointCommand,
  CreateFileSystemCommand,
  CreateMountTargetCommand,
  PutFileSystemPolicyCommand,
  PutLifecycleConfigurationCommand,
  type CreateFileSystemCommandInput,
} from '@aws-sdk/client-efs';
import type { Report } from '../../src/model/report.js';
import {
  ACCOUNT_ID,
  motoEndpoint,
  resetMoto,
  runAction,
  seedClients,
  statusOf,
  type ActionResult,
  type SeedClients,
} from './harness.js';

const REGION = 'us-east-1';
const MIB = 2 ** 20;
const GIB = 2 ** 30;
const HOUR_MS = 3_600_000;
/** A datapoint time inside the last whole hours, half past so it sits inside one hourly bucket. */
const hoursAgo = (hours: number) =>
  new Date((Math.floor(Date.now() / HOUR_MS) - hours) * HOUR_MS + HOUR_MS / 2);

/** File system ids by label. */
const fs: Record<string, string> = {};
/** Access point ids by label. */
const ap: Record<string, string> = {};
let run: ActionResult;
let report: Report;

async function createFileSystem(
  aws: SeedClients,
  label: string,
  input: Omit<CreateFileSystemCommandInput, 'CreationToken'>,
  tags: Record<string, string> = {},
): Promise<string> {
  const answer = await aws.efs.send(
    new CreateFileSystemCommand({
      CreationToken: label,
      ...input,
      Tags: Object.entries({ Name: label, ...tags }).map(([Key, Value]) => ({ Key, Value })),
    }),
  );
  const id = answer.FileSystemId ?? '';
  fs[label] = id;
  return id;
}

async function putMetric(
  aws: SeedClients,
  fileSystemId: string,
  MetricName: string,
  values: { at: Date; sum: number; count?: number; min?: number }[],
  extra: Record<string, string> = {},
): Promise<void> {
  await aws.cloudwatch.send(
    new PutMetricDataCommand({
      Namespace: 'AWS/EFS',
      MetricData: values.map((v) => ({
        MetricName,
        Timestamp: v.at,
        Dimensions: Object.entries({ FileSystemId: fileSystemId, ...extra }).map(
          ([Name, Value]) => ({ Name, Value }),
        ),
        StatisticValues: {
          SampleCount: v.count ?? 1,
          Sum: v.sum,
          Minimum: v.min ?? v.sum,
          Maximum: v.min ?? v.sum,
        },
      })),
    }),
  );
}

async function alarm(aws: SeedClients, fileSystemId: string, MetricName: string): Promise<void> {
  await aws.cloudwatch.send(
    new PutMetricAlarmCommand({
      AlarmName: `${fileSystemId}-${MetricName}`,
      Namespace: 'AWS/EFS',
      MetricName,
      Dimensions: [{ Name: 'FileSystemId', Value: fileSystemId }],
      Statistic: 'Average',
      Period: 300,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanThreshold',
    }),
  );
}

const STRICT_POLICY = (id: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Action: '*',
        Resource: `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT_ID}:file-system/${id}`,
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT_ID}:role/app` },
        Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'],
      },
    ],
  });

async function seed(aws: SeedClients): Promise<void> {
  const { Vpc } = await aws.ec2.send(new CreateVpcCommand({ CidrBlock: '10.40.0.0/16' }));
  const VpcId = Vpc?.VpcId ?? '';
  const subnet = async (cidr: string, az: string, mapPublic: boolean) => {
    const { Subnet } = await aws.ec2.send(
      new CreateSubnetCommand({ VpcId, CidrBlock: cidr, AvailabilityZone: az }),
    );
    const SubnetId = Subnet?.SubnetId ?? '';
    if (mapPublic) {
      await aws.ec2.send(
        new ModifySubnetAttributeCommand({ SubnetId, MapPublicIpOnLaunch: { Value: true } }),
      );
    }
    return SubnetId;
  };
  const privateSubnet = await subnet('10.40.1.0/24', 'us-east-1a', false);
  const publicSubnet = await subnet('10.40.2.0/24', 'us-east-1a', true);
  const group = async (name: string, cidr: string) => {
    const { GroupId = '' } = await aws.ec2.send(
      new CreateSecurityGroupCommand({ GroupName: name, Description: name, VpcId }),
    );
    await aws.ec2.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId,
        IpPermissions: [
          { IpProtocol: 'tcp', FromPort: 2049, ToPort: 2049, IpRanges: [{ CidrIp: cidr }] },
        ],
      }),
    );
    return GroupId;
  };
  const nfsPrivate = await group('efs-private', '10.0.0.0/8');
  const nfsWorld = await group('efs-world', '0.0.0.0/0');

  // Passes every check that applies to it.
  const secure = await createFileSystem(
    aws,
    'secure',
    { Encrypted: true, Backup: true, ThroughputMode: 'elastic' },
    { Environment: 'production' },
  );
  await aws.efs.send(
    new CreateMountTargetCommand({
      FileSystemId: secure,
      SubnetId: privateSubnet,
      SecurityGroups: [nfsPrivate],
    }),
  );
  await aws.efs.send(
    new PutLifecycleConfigurationCommand({
      FileSystemId: secure,
      LifecyclePolicies: [{ TransitionToIA: 'AFTER_30_DAYS' }],
    }),
  );
  await aws.efs.send(
    new PutFileSystemPolicyCommand({ FileSystemId: secure, Policy: STRICT_POLICY(secure) }),
  );
  await alarm(aws, secure, 'PercentIOLimit');
  await alarm(aws, secure, 'ClientConnections');
  await putMetric(aws, secure, 'ClientConnections', [{ at: hoursAgo(30), sum: 4 }]);
  const secureAp = await aws.efs.send(
    new CreateAccessPointCommand({
      FileSystemId: secure,
      RootDirectory: { Path: '/app' },
      PosixUser: { Uid: 1000, Gid: 1000 },
    }),
  );
  ap.secure = secureAp.AccessPointId ?? '';

  // Production on One Zone, unencrypted, reachable from the internet, credits nearly gone.
  const exposed = await createFileSystem(
    aws,
    'exposed',
    { ThroughputMode: 'bursting', AvailabilityZoneName: 'us-east-1a' },
    { Env: 'prod' },
  );
  await aws.efs.send(
    new CreateMountTargetCommand({
      FileSystemId: exposed,
      SubnetId: publicSubnet,
      SecurityGroups: [nfsWorld],
    }),
  );
  await putMetric(aws, exposed, 'ClientConnections', [{ at: hoursAgo(5), sum: 30 }]);
  await putMetric(aws, exposed, 'BurstCreditBalance', [
    { at: hoursAgo(10), sum: 2 * 2 ** 40, min: 2 * 2 ** 40 },
    { at: hoursAgo(4), sum: 20 * GIB, min: 20 * GIB },
  ]);
  const exposedAp = await aws.efs.send(new CreateAccessPointCommand({ FileSystemId: exposed }));
  ap.exposed = exposedAp.AccessPointId ?? '';

  // Critical data: replication and AWS Backup cannot be read from moto.
  const critical = await createFileSystem(
    aws,
    'critical',
    { Encrypted: true, PerformanceMode: 'maxIO', ThroughputMode: 'elastic' },
    { DataCritical: 'true' },
  );
  await putMetric(aws, critical, 'ClientConnections', [{ at: hoursAgo(2), sum: 1 }]);
  const rootAp = await aws.efs.send(
    new CreateAccessPointCommand({
      FileSystemId: critical,
      RootDirectory: { Path: '/data' },
      PosixUser: { Uid: 0, Gid: 0 },
    }),
  );
  ap.root = rootAp.AccessPointId ?? '';

  // 128 MiB/s provisioned for a peak hour of 1 MiB/s, and metadata-hot in that hour.
  const provisioned = await createFileSystem(aws, 'provisioned', {
    Encrypted: true,
    Backup: true,
    ThroughputMode: 'provisioned',
    ProvisionedThroughputInMibps: 128,
  });
  await putMetric(aws, provisioned, 'MeteredIOBytes', [
    { at: hoursAgo(20), sum: 1.0 * MIB * 3600, count: 1000 },
    { at: hoursAgo(40), sum: 0.25 * MIB * 3600, count: 1000 },
  ]);
  await putMetric(aws, provisioned, 'MetadataIOBytes', [
    { at: hoursAgo(20), sum: 4096 * 4_000_000, count: 4_000_000 },
  ]);
  await putMetric(aws, provisioned, 'ClientConnections', [{ at: hoursAgo(20), sum: 2 }]);

  // Nobody connects; its 100 GiB come from CloudWatch StorageBytes (moto reports 0 bytes).
  const idle = await createFileSystem(aws, 'idle', { Encrypted: true, Backup: true });
  await putMetric(aws, idle, 'BurstCreditBalance', [
    { at: hoursAgo(3), sum: 2.1 * 2 ** 40, min: 2.1 * 2 ** 40 },
  ]);
  for (const [StorageClass, bytes] of [
    ['Total', 100 * GIB],
    ['Standard', 100 * GIB],
    ['IA', 0],
  ] as const) {
    await putMetric(aws, idle, 'StorageBytes', [{ at: hoursAgo(6), sum: bytes }], {
      StorageClass,
    });
  }
}

beforeAll(async () => {
  await resetMoto(motoEndpoint());
  const aws = seedClients(REGION);
  try {
    await seed(aws);
  } finally {
    aws.destroy();
  }
  run = await runAction({
    region: REGION,
    services: 'efs',
    'min-age-days': '0',
    'fail-on-severity': 'none',
    'max-attempts': '1',
  });
  if (!run.report) throw new Error(`no report: ${run.stdout}\n${run.stderr}`);
  report = run.report;
}, 120_000);

const statuses = (label: string, id = fs[label] ?? '') =>
  Object.fromEntries(
    report.results.filter((r) => r.resourceId === id).map((r) => [r.checkId, r.status]),
  );

test('the run completes; moto withholds only replication and AWS Backup', () => {
  expect(run.code).toBe(0);
  expect(report.errors.map((e) => [e.operation, e.code]).sort()).toEqual([
    ['backup:ListProtectedResources', 'HttpError404'],
    ['efs:DescribeReplicationConfigurations', 'HttpError500'],
  ]);
});

test('a well configured file system passes every check that applies to it', () => {
  expect(statuses('secure')).toEqual({
    'efs.no-ia-lifecycle': 'PASS',
    'efs.unused': 'PASS',
    'efs.unencrypted': 'PASS',
    'efs.tls-not-enforced': 'PASS',
    'efs.nfs-open-to-world': 'PASS',
    'efs.iam-authorization-off': 'PASS',
    'efs.root-not-squashed': 'PASS',
    'efs.no-backup': 'PASS',
    'efs.one-zone-production': 'PASS',
    'efs.alarms-missing': 'PASS',
    'efs.metadata-hot': 'PASS',
    'efs.mount-target-public-subnet': 'PASS',
  });
});

test('an exposed production file system fails what it should', () => {
  expect(statuses('exposed')).toEqual({
    'efs.burst-credits-low': 'FAIL',
    'efs.no-ia-lifecycle': 'FAIL',
    'efs.unused': 'PASS',
    'efs.unencrypted': 'FAIL',
    'efs.tls-not-enforced': 'FAIL',
    'efs.nfs-open-to-world': 'FAIL',
    'efs.iam-authorization-off': 'FAIL',
    'efs.root-not-squashed': 'FAIL',
    // moto turns automatic backups on for One Zone file systems, as AWS does.
    'efs.no-backup': 'PASS',
    'efs.one-zone-production': 'FAIL',
    'efs.alarms-missing': 'FAIL',
    'efs.metadata-hot': 'PASS',
    'efs.mount-target-public-subnet': 'FAIL',
  });
});

test('what moto cannot answer is UNKNOWN, never PASS or FAIL', () => {
  const critical = statuses('critical');
  expect(critical['efs.critical-not-replicated']).toBe('UNKNOWN');
  expect(critical['efs.no-backup']).toBe('UNKNOWN');
  expect(critical['efs.maxio-unneeded']).toBe('FAIL');
  expect(critical['efs.root-not-squashed']).toBe('FAIL');
  const unknown = report.results.filter((r) => r.status === 'UNKNOWN');
  expect(unknown.map((r) => [r.checkId, r.resourceId]).sort()).toEqual(
    [
      ['efs.critical-not-replicated', fs.critical],
      ['efs.no-backup', fs.critical],
    ].sort(),
  );
});

test('over-provisioned throughput saves $756.00 a month', () => {
  const result = report.results.find(
    (r) => r.checkId === 'efs.throughput-overprovisioned' && r.resourceId === fs.provisioned,
  );
  expect(result?.status).toBe('FAIL');
  expect(result?.monthlySavingsUsd).toBe(756);
  expect(result?.detail).toContain(
    'provisioned 128 MiB/s, peak hourly mean 1.0 MiB/s, recommend 2 MiB/s: saves $756.00 a month',
  );
  // moto stores no bytes, so no Standard storage includes any throughput: all of it is billed.
  expect(result?.detail).toContain('(128.0 MiB/s billed now, 2.0 at 2 MiB/s)');
  expect(statusOf(report, 'efs.metadata-hot', fs.provisioned ?? '')).toBe('FAIL');
});

test('an idle file system is priced from CloudWatch StorageBytes', () => {
  const result = report.results.find((r) => r.checkId === 'efs.unused' && r.resourceId === fs.idle);
  expect(result?.status).toBe('FAIL');
  // 100 GiB x $0.30
  expect(result?.monthlySavingsUsd).toBe(30);
  expect(statusOf(report, 'efs.burst-credits-low', fs.idle ?? '')).toBe('PASS');
});

test('access points are judged one by one', () => {
  const pair = (id = '') => [
    statusOf(report, 'efs.access-point-root-directory', id),
    statusOf(report, 'efs.access-point-user-identity', id),
  ];
  expect(pair(ap.secure)).toEqual(['PASS', 'PASS']);
  expect(pair(ap.exposed)).toEqual(['FAIL', 'FAIL']);
  expect(pair(ap.root)).toEqual(['PASS', 'PASS']);
});

test('the report lists file systems and access points, and the savings output', () => {
  const efs = report.resources.efs as { fileSystems: { id: string }[]; accessPoints: unknown[] };
  expect(efs.fileSystems.map((f) => f.id).sort()).toEqual(Object.values(fs).sort());
  expect(efs.accessPoints).toHaveLength(3);
  expect(Number(run.outputs['monthly-savings-usd'])).toBe(report.summary.monthlySavingsUsd);
  expect(run.summary).toContain('EFS file systems');
});

test('collection stays within 6 + mount targets calls per file system and a constant per region', () => {
  const calls = report.stats.apiCalls;
  const perFileSystem = [
    'efs:DescribeMountTargets',
    'efs:DescribeMountTargetSecurityGroups',
    'efs:DescribeLifecycleConfiguration',
    'efs:DescribeBackupPolicy',
    'efs:DescribeFileSystemPolicy',
  ].reduce((sum, op) => sum + (calls[op] ?? 0), 0);
  // Lifecycle, backup policy and file system policy for each of the 5; mount targets and their
  // security groups for the 2 that have one.
  expect(perFileSystem).toBe(3 * Object.keys(fs).length + 2 * 2);
  expect(calls['cloudwatch:GetMetricData']).toBe(2);
  expect(calls['cloudwatch:GetMetricStatistics']).toBeUndefined();
  expect(calls['efs:DescribeAccessPoints']).toBe(1);
  expect(calls['efs:ListTagsForResource']).toBeUndefined();
});
