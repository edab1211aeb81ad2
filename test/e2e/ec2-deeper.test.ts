import {
  CreateFlowLogsCommand,
  CreateSnapshotCommand,
  CreateVolumeCommand,
  CreateVpcCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotsCommand,
  DescribeVpcsCommand,
  ModifyImageAttributeCommand,
  ModifySnapshotAttributeCommand,
  RegisterImageCommand,
  RevokeSecurityGroupEgressCommand,
  type EC2Client,
} from '@aws-sdk/client-ec2';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import type { Report } from '../../src/model/report.js';
import type { CheckResult } from '../../src/model/results.js';
import { startMoto, type MotoServer } from '../../scripts/moto.mjs';
import { ACCOUNT_ID, runAction, seedClients, statusOf, type ActionResult } from './harness.js';

// The public sharing, metadata-default, default security group and flow log checks on moto. This
// file starts a moto of its own without moto's default AMIs: their ~1,180 snapshots of other
// owners come back from DescribeSnapshots whatever its filters (moto ignores OwnerIds and
// RestorableByUserIds), which the collector drops by owner but would make the listing large.

const EAST = 'us-east-1';
const WEST = 'eu-west-1';
/** moto answers HTTP 500 (not implemented) to these two: their checks must be UNKNOWN. */
const MOTO_500 = ['ec2:GetInstanceMetadataDefaults', 'ec2:GetSnapshotBlockPublicAccessState'];

interface Seeded {
  snapshots: Record<'public' | 'private' | 'shared' | 'west', string>;
  images: Record<'public' | 'private', string>;
  vpcs: Record<'default' | 'logged' | 'bare', string>;
  /** Default security groups by the VPC label. */
  defaultGroups: Record<'default' | 'logged', string>;
}

let moto: MotoServer;
/** The account's own snapshots in both regions, the AMIs' backing snapshots moto makes included. */
let ownSnapshots = 0;
let run: ActionResult;
let report: Report;
const seeded: Seeded = {
  snapshots: { public: '', private: '', shared: '', west: '' },
  images: { public: '', private: '' },
  vpcs: { default: '', logged: '', bare: '' },
  defaultGroups: { default: '', logged: '' },
};

async function snapshotOf(ec2: EC2Client, region: string): Promise<string> {
  const volume = await ec2.send(
    new CreateVolumeCommand({ AvailabilityZone: `${region}a`, Size: 1 }),
  );
  const { SnapshotId } = await ec2.send(new CreateSnapshotCommand({ VolumeId: volume.VolumeId }));
  if (!SnapshotId) throw new Error('moto created no snapshot');
  return SnapshotId;
}

async function defaultGroupOf(ec2: EC2Client, VpcId: string): Promise<string> {
  const { SecurityGroups = [] } = await ec2.send(
    new DescribeSecurityGroupsCommand({
      Filters: [
        { Name: 'vpc-id', Values: [VpcId] },
        { Name: 'group-name', Values: ['default'] },
      ],
    }),
  );
  const id = SecurityGroups[0]?.GroupId;
  if (!id) throw new Error(`moto made no default group for ${VpcId}`);
  return id;
}

async function seedEast(): Promise<void> {
  const aws = seedClients(EAST, moto.endpoint);
  try {
    const { ec2 } = aws;
    seeded.snapshots.public = await snapshotOf(ec2, EAST);
    seeded.snapshots.private = await snapshotOf(ec2, EAST);
    seeded.snapshots.shared = await snapshotOf(ec2, EAST);
    await ec2.send(
      new ModifySnapshotAttributeCommand({
        SnapshotId: seeded.snapshots.public,
        Attribute: 'createVolumePermission',
        OperationType: 'add',
        GroupNames: ['all'],
      }),
    );
    await ec2.send(
      new ModifySnapshotAttributeCommand({
        SnapshotId: seeded.snapshots.shared,
        Attribute: 'createVolumePermission',
        OperationType: 'add',
        UserIds: ['444455556666'],
      }),
    );
    for (const label of ['public', 'private'] as const) {
      const { ImageId } = await ec2.send(
        new RegisterImageCommand({
          Name: `e2e-${label}`,
          RootDeviceName: '/dev/sda1',
          BlockDeviceMappings: [
            { DeviceName: '/dev/sda1', Ebs: { SnapshotId: seeded.snapshots.private } },
          ],
        }),
      );
      seeded.images[label] = ImageId ?? '';
    }
    await ec2.send(
      new ModifyImageAttributeCommand({
        ImageId: seeded.images.public,
        LaunchPermission: { Add: [{ Group: 'all' }] },
      }),
    );

    const { Vpcs = [] } = await ec2.send(
      new DescribeVpcsCommand({ Filters: [{ Name: 'is-default', Values: ['true'] }] }),
    );
    seeded.vpcs.default = Vpcs[0]?.VpcId ?? '';
    for (const label of ['logged', 'bare'] as const) {
      const { Vpc } = await ec2.send(
        new CreateVpcCommand({ CidrBlock: label === 'logged' ? '10.30.0.0/16' : '10.31.0.0/16' }),
      );
      seeded.vpcs[label] = Vpc?.VpcId ?? '';
    }
    // moto checks that the flow log's S3 destination exists.
    await aws.s3.send(new CreateBucketCommand({ Bucket: 'e2e-flow-logs' }));
    const flow = await ec2.send(
      new CreateFlowLogsCommand({
        ResourceIds: [seeded.vpcs.logged],
        ResourceType: 'VPC',
        TrafficType: 'ALL',
        LogDestinationType: 's3',
        LogDestination: 'arn:aws:s3:::e2e-flow-logs',
      }),
    );
    if (flow.FlowLogIds?.length !== 1) {
      throw new Error(`moto created no flow log: ${JSON.stringify(flow.Unsuccessful)}`);
    }

    // moto gives each default group an allow-all outbound rule; the logged VPC's is emptied.
    seeded.defaultGroups.default = await defaultGroupOf(ec2, seeded.vpcs.default);
    seeded.defaultGroups.logged = await defaultGroupOf(ec2, seeded.vpcs.logged);
    await ec2.send(
      new RevokeSecurityGroupEgressCommand({
        GroupId: seeded.defaultGroups.logged,
        IpPermissions: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
      }),
    );
  } finally {
    aws.destroy();
  }
}

async function seedWest(): Promise<void> {
  const aws = seedClients(WEST, moto.endpoint);
  try {
    seeded.snapshots.west = await snapshotOf(aws.ec2, WEST);
  } finally {
    aws.destroy();
  }
}

const results = (checkId: string, region = EAST): CheckResult[] =>
  report.results.filter((r) => r.checkId === checkId && r.region === region);

beforeAll(async () => {
  moto = await startMoto({ env: { MOTO_EC2_LOAD_DEFAULT_AMIS: 'false' } });
  await seedEast();
  await seedWest();
  for (const region of [EAST, WEST]) {
    const aws = seedClients(region, moto.endpoint);
    const { Snapshots = [] } = await aws.ec2.send(new DescribeSnapshotsCommand({}));
    ownSnapshots += Snapshots.filter((s) => s.OwnerId === ACCOUNT_ID).length;
    aws.destroy();
  }
  run = await runAction(
    { region: `${EAST},${WEST}`, services: 'ec2,sg', 'fail-on-severity': 'none' },
    { endpoint: moto.endpoint },
  );
  if (!run.report) throw new Error(`no report: ${run.stdout}\n${run.stderr}`);
  report = run.report;
}, 120_000);

afterAll(async () => {
  await moto?.stop();
});

test('the run completes; the only collection errors are the two calls moto does not implement', () => {
  expect(run.code).toBe(0);
  expect(report.errors.map((e) => [e.region, e.operation]).sort()).toEqual(
    [EAST, WEST].flatMap((region) => MOTO_500.map((operation) => [region, operation])).sort(),
  );
});

test('a snapshot restorable by everyone fails; private and shared ones get no result', () => {
  const east = results('ec2.snapshot-public');
  expect(east.map((r) => [r.resourceId, r.resourceType, r.status])).toEqual([
    [seeded.snapshots.public, 'AWS::EC2::Snapshot', 'FAIL'],
  ]);
  expect(east[0]?.resourceArn).toBe(`arn:aws:ec2:${EAST}::snapshot/${seeded.snapshots.public}`);
  // eu-west-1 has one private snapshot: one PASS about the account.
  expect(results('ec2.snapshot-public', WEST).map((r) => [r.resourceId, r.status])).toEqual([
    [ACCOUNT_ID, 'PASS'],
  ]);
  // moto ignores the listing's filters: each of the account's snapshots is confirmed, once.
  expect(report.stats.apiCalls['ec2:DescribeSnapshots']).toBe(2);
  expect(ownSnapshots).toBeGreaterThanOrEqual(4);
  expect(report.stats.apiCalls['ec2:DescribeSnapshotAttribute']).toBe(ownSnapshots);
});

test("moto's Public field follows the launch permission: the public AMI fails, the other passes", () => {
  expect(statusOf(report, 'ec2.ami-public', seeded.images.public)).toBe('FAIL');
  expect(statusOf(report, 'ec2.ami-public', seeded.images.private)).toBe('PASS');
});

test('a VPC fails without a flow log of its own, passes with one', () => {
  expect(statusOf(report, 'ec2.vpc-flow-logs-off', seeded.vpcs.logged)).toBe('PASS');
  expect(statusOf(report, 'ec2.vpc-flow-logs-off', seeded.vpcs.bare)).toBe('FAIL');
  expect(statusOf(report, 'ec2.vpc-flow-logs-off', seeded.vpcs.default)).toBe('FAIL');
});

test("the default security group fails with moto's outbound rule, passes once emptied", () => {
  const open = results('sg.default-group-not-restricted').find(
    (r) => r.resourceId === seeded.defaultGroups.default,
  );
  expect(open?.status).toBe('FAIL');
  expect(open?.detail).toMatch(/0 inbound permissions, 1 outbound permission \(all traffic/);
  expect(statusOf(report, 'sg.default-group-not-restricted', seeded.defaultGroups.logged)).toBe(
    'PASS',
  );
  // Only default groups are judged.
  expect(
    results('sg.default-group-not-restricted').every((r) => r.resourceName === 'default'),
  ).toBe(true);
});

test.each([
  ['ec2.snapshot-block-public-access-off', 'ec2:GetSnapshotBlockPublicAccessState'],
  ['ec2.imds-defaults-not-required', 'ec2:GetInstanceMetadataDefaults'],
])('%s is UNKNOWN on moto (HTTP 500), never PASS', (checkId, operation) => {
  for (const region of [EAST, WEST]) {
    expect(results(checkId, region).map((r) => [r.status, r.failedCall?.operation])).toEqual([
      ['UNKNOWN', operation],
    ]);
  }
});
