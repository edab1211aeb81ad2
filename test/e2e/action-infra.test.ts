import {
  AuthorizeSecurityGroupIngressCommand,
  CreateManagedPrefixListCommand,
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVolumeCommand,
  CreateVpcCommand,
  DescribeImagesCommand,
  DescribeManagedPrefixListsCommand,
  EnableEbsEncryptionByDefaultCommand,
  RunInstancesCommand,
  type IpPermission,
} from '@aws-sdk/client-ec2';
import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateServiceLinkedRoleCommand,
  CreateUserCommand,
  PutRolePolicyCommand,
} from '@aws-sdk/client-iam';
import {
  CreateDBClusterCommand,
  CreateDBInstanceCommand,
  CreateDBInstanceReadReplicaCommand,
} from '@aws-sdk/client-rds';
import type { Report } from '../../src/model/report.js';
import type { CheckResult } from '../../src/model/results.js';
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

const EAST = 'us-east-1';
const WEST = 'eu-west-1';
const ADMIN_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});
const policy = (...statements: object[]): string =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });

const WORLD_V4 = { IpRanges: [{ CidrIp: '0.0.0.0/0' }] };
const WORLD_V6 = { Ipv6Ranges: [{ CidrIpv6: '::/0' }] };

const HALVES_V4 = { IpRanges: [{ CidrIp: '0.0.0.0/1' }, { CidrIp: '128.0.0.0/1' }] };
const viaList = (PrefixListId: string) => ({ PrefixListIds: [{ PrefixListId }] });

/**
 * Security groups seeded in each region: name -> ingress permissions. `anywhere` is a prefix list
 * of the account holding 0.0.0.0/1 and 128.0.0.0/1; `cloudfront` the AWS-managed origin-facing
 * list.
 */
function groupsOf(lists: { anywhere: string; cloudfront: string }): Record<string, IpPermission[]> {
  return {
    'ssh-v4': [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, ...WORLD_V4 }],
    'range-v6': [{ IpProtocol: 'tcp', FromPort: 3000, ToPort: 3500, ...WORLD_V6 }],
    'all-traffic-v6': [{ IpProtocol: '-1', ...WORLD_V6 }],
    'full-range-v4': [{ IpProtocol: 'tcp', FromPort: 0, ToPort: 65535, ...WORLD_V4 }],
    'from-1-v4': [{ IpProtocol: 'udp', FromPort: 1, ToPort: 65535, ...WORLD_V4 }],
    'rdp-halves': [{ IpProtocol: 'tcp', FromPort: 3389, ToPort: 3389, ...HALVES_V4 }],
    'ssh-prefix-list': [
      { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, ...viaList(lists.anywhere) },
    ],
    'cloudfront-8080': [
      { IpProtocol: 'tcp', FromPort: 8080, ToPort: 8080, ...viaList(lists.cloudfront) },
    ],
    'ssh-private': [
      { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '10.0.0.0/8' }] },
    ],
    'https-world': [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, ...WORLD_V4, ...WORLD_V6 }],
  };
}

/** The prefix lists the groups of a region use: one of the account's, one AWS-managed. */
async function seedPrefixLists(
  aws: SeedClients,
): Promise<{ anywhere: string; cloudfront: string }> {
  const { PrefixList } = await aws.ec2.send(
    new CreateManagedPrefixListCommand({
      PrefixListName: 'anywhere',
      AddressFamily: 'IPv4',
      MaxEntries: 5,
      Entries: [{ Cidr: '0.0.0.0/1' }, { Cidr: '128.0.0.0/1' }],
    }),
  );
  const { PrefixLists = [] } = await aws.ec2.send(
    new DescribeManagedPrefixListsCommand({
      Filters: [
        { Name: 'prefix-list-name', Values: ['com.amazonaws.global.cloudfront.origin-facing'] },
      ],
    }),
  );
  const anywhere = PrefixList?.PrefixListId;
  const cloudfront = PrefixLists[0]?.PrefixListId;
  if (!anywhere || !cloudfront) throw new Error('moto did not create the prefix lists');
  return { anywhere, cloudfront };
}

interface Seeded {
  /** Instance ids by label. */
  instances: Record<string, string>;
  /** Volume ids by label. */
  volumes: Record<string, string>;
  /** Security group ids by `region/name`. */
  groups: Record<string, string>;
}

async function seedEc2(aws: SeedClients, region: string, seeded: Seeded): Promise<void> {
  const { Images = [] } = await aws.ec2.send(new DescribeImagesCommand({}));
  const ImageId = Images[0]?.ImageId;
  // In the default subnet: a public IP. Optional metadata tokens in us-east-1, required in eu-west-1.
  const launched = await aws.ec2.send(
    new RunInstancesCommand({
      ImageId,
      MinCount: 1,
      MaxCount: 1,
      ...(region === WEST ? { MetadataOptions: { HttpTokens: 'required' } } : {}),
    }),
  );
  seeded.instances[`${region}/public`] = launched.Instances?.[0]?.InstanceId ?? '';
  if (region === EAST) {
    // In a new subnet: no public IP, and IMDSv2 required.
    const { Vpc } = await aws.ec2.send(new CreateVpcCommand({ CidrBlock: '10.20.0.0/16' }));
    const { Subnet } = await aws.ec2.send(
      new CreateSubnetCommand({ VpcId: Vpc?.VpcId, CidrBlock: '10.20.1.0/24' }),
    );
    const privateOne = await aws.ec2.send(
      new RunInstancesCommand({
        ImageId,
        MinCount: 1,
        MaxCount: 1,
        SubnetId: Subnet?.SubnetId,
        MetadataOptions: { HttpTokens: 'required' },
      }),
    );
    seeded.instances[`${region}/private`] = privateOne.Instances?.[0]?.InstanceId ?? '';
    await aws.ec2.send(new EnableEbsEncryptionByDefaultCommand({}));
  }
  const volume = await aws.ec2.send(
    new CreateVolumeCommand({ AvailabilityZone: `${region}a`, Size: 8, Encrypted: true }),
  );
  seeded.volumes[`${region}/encrypted`] = volume.VolumeId ?? '';
  const lists = await seedPrefixLists(aws);
  for (const [name, permissions] of Object.entries(groupsOf(lists))) {
    const { GroupId } = await aws.ec2.send(
      new CreateSecurityGroupCommand({ GroupName: name, Description: name }),
    );
    await aws.ec2.send(
      new AuthorizeSecurityGroupIngressCommand({ GroupId, IpPermissions: permissions }),
    );
    seeded.groups[`${region}/${name}`] = GroupId ?? '';
  }
}

async function seedRds(aws: SeedClients, region: string): Promise<void> {
  const base = {
    DBInstanceClass: 'db.t3.micro',
    AllocatedStorage: 20,
    MasterUsername: 'admin_user',
    MasterUserPassword: 'e2e-password-123',
  };
  if (region === EAST) {
    await aws.rds.send(
      new CreateDBInstanceCommand({
        ...base,
        DBInstanceIdentifier: 'pg-open',
        Engine: 'postgres',
        PubliclyAccessible: true,
        BackupRetentionPeriod: 1,
      }),
    );
    await aws.rds.send(
      new CreateDBInstanceCommand({
        ...base,
        DBInstanceIdentifier: 'pg-good',
        Engine: 'postgres',
        PubliclyAccessible: false,
        StorageEncrypted: true,
        BackupRetentionPeriod: 7,
        MultiAZ: true,
        DeletionProtection: true,
      }),
    );
    await aws.rds.send(
      new CreateDBInstanceReadReplicaCommand({
        DBInstanceIdentifier: 'pg-open-replica',
        SourceDBInstanceIdentifier: 'pg-open',
      }),
    );
  } else {
    await aws.rds.send(
      new CreateDBClusterCommand({
        DBClusterIdentifier: 'aurora-eu',
        Engine: 'aurora-postgresql',
        MasterUsername: 'admin_user',
        MasterUserPassword: 'e2e-password-123',
        StorageEncrypted: true,
        DeletionProtection: true,
        BackupRetentionPeriod: 3,
      }),
    );
    await aws.rds.send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: 'aurora-eu-1',
        DBInstanceClass: 'db.r5.large',
        Engine: 'aurora-postgresql',
        DBClusterIdentifier: 'aurora-eu',
      }),
    );
  }
}

async function seedIam(aws: SeedClients): Promise<void> {
  const iam = aws.iam;
  await iam.send(new CreateRoleCommand({ RoleName: 'ci-admin', AssumeRolePolicyDocument: TRUST }));
  await iam.send(new AttachRolePolicyCommand({ RoleName: 'ci-admin', PolicyArn: ADMIN_ARN }));
  await iam.send(new CreateRoleCommand({ RoleName: 'app', AssumeRolePolicyDocument: TRUST }));
  await iam.send(
    new PutRolePolicyCommand({
      RoleName: 'app',
      PolicyName: 'data',
      PolicyDocument: policy({ Sid: 'Buckets', Effect: 'Allow', Action: ['s3:*'], Resource: '*' }),
    }),
  );
  const { Policy } = await iam.send(
    new CreatePolicyCommand({
      PolicyName: 'describe-only',
      PolicyDocument: policy({ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }),
    }),
  );
  await iam.send(new CreateGroupCommand({ GroupName: 'admins' }));
  await iam.send(new AttachGroupPolicyCommand({ GroupName: 'admins', PolicyArn: ADMIN_ARN }));
  await iam.send(new CreateUserCommand({ UserName: 'alice' }));
  await iam.send(new AddUserToGroupCommand({ GroupName: 'admins', UserName: 'alice' }));
  await iam.send(new CreateUserCommand({ UserName: 'viewer' }));
  await iam.send(new AttachUserPolicyCommand({ UserName: 'viewer', PolicyArn: Policy?.Arn }));
  await iam.send(new CreateServiceLinkedRoleCommand({ AWSServiceName: 'ecs.amazonaws.com' }));
}

const arnOf = (kind: string, name: string) => `arn:aws:iam::${ACCOUNT_ID}:${kind}/${name}`;

function results(report: Report, checkId: string): CheckResult[] {
  return report.results.filter((r) => r.checkId === checkId);
}

function resultFor(report: Report, checkId: string, resourceId: string): CheckResult {
  const found = results(report, checkId).filter((r) => r.resourceId === resourceId);
  if (found.length !== 1) throw new Error(`${found.length} ${checkId} results for ${resourceId}`);
  return found[0] as CheckResult;
}

const seeded: Seeded = { instances: {}, volumes: {}, groups: {} };
let run: ActionResult;
let report: Report;

beforeAll(async () => {
  await resetMoto(motoEndpoint());
  for (const region of [EAST, WEST]) {
    const aws = seedClients(region);
    try {
      await seedEc2(aws, region, seeded);
      await seedRds(aws, region);
      if (region === EAST) await seedIam(aws);
    } finally {
      aws.destroy();
    }
  }
  run = await runAction({
    region: `${EAST},${WEST}`,
    services: 'ec2,sg,rds,iam',
    'fail-on-severity': 'none',
  });
  if (!run.report) throw new Error(`no report: ${run.stdout}\n${run.stderr}`);
  report = run.report;
}, 120_000);

/** moto answers HTTP 500 (not implemented) to these: their checks are UNKNOWN in each region. */
const MOTO_500: Record<string, string> = {
  'ec2:GetInstanceMetadataDefaults': 'ec2.imds-defaults-not-required',
  'ec2:GetSnapshotBlockPublicAccessState': 'ec2.snapshot-block-public-access-off',
};

test('the run completes with no collection error but moto gaps and reports both regions', () => {
  expect(run.code).toBe(0);
  expect(report.errors.map((e) => [e.region, e.operation]).sort()).toEqual(
    [EAST, WEST].flatMap((region) => Object.keys(MOTO_500).map((op) => [region, op])).sort(),
  );
  expect(report.regions).toEqual([EAST, WEST]);
  // Besides those, the UNKNOWNs: the Aurora member moto describes without PubliclyAccessible, and
  // the root checks, whose <root_account> row moto's credential report lacks.
  expect(
    report.results
      .filter((r) => r.status === 'UNKNOWN')
      .map((r) => [r.checkId, r.resourceId])
      .sort(),
  ).toEqual(
    [
      ['iam.root-access-key', ACCOUNT_ID],
      ['iam.root-mfa-off', ACCOUNT_ID],
      ['rds.publicly-accessible', 'aurora-eu-1'],
      ...[EAST, WEST].flatMap(() =>
        Object.values(MOTO_500).map((checkId) => [checkId, ACCOUNT_ID]),
      ),
    ].sort(),
  );
});

test('IAM is collected once and reported once under global', () => {
  expect(report.stats.apiCalls['iam:GetAccountAuthorizationDetails']).toBe(1);
  // AdministratorAccess is attached to a role and a group: its document is fetched once.
  expect(report.stats.apiCalls['iam:GetPolicy']).toBe(1);
  expect(report.stats.apiCalls['iam:GetPolicyVersion']).toBe(1);
  const iamResults = report.results.filter((r) => r.service === 'iam');
  expect(new Set(iamResults.map((r) => r.region))).toEqual(new Set(['global']));
  const admin = results(report, 'iam.full-admin');
  expect(admin.map((r) => [r.resourceType, r.resourceName, r.status]).sort()).toEqual(
    [
      ['AWS::IAM::Group', 'admins', 'FAIL'],
      ['AWS::IAM::Role', 'app', 'PASS'],
      ['AWS::IAM::Role', 'ci-admin', 'FAIL'],
      ['AWS::IAM::User', 'alice', 'FAIL'],
      ['AWS::IAM::User', 'viewer', 'PASS'],
    ].sort(),
  );
  expect(resultFor(report, 'iam.full-admin', arnOf('user', 'alice')).detail).toContain(
    'AWS managed policy "AdministratorAccess" (through group "admins")',
  );
  // The inline policy arrives URL-encoded from GAAD; Sid names the statement.
  const app = arnOf('role', 'app');
  expect(resultFor(report, 'iam.wildcard-actions', app).status).toBe('FAIL');
  expect(resultFor(report, 'iam.wildcard-actions', app).detail).toContain('statement "Buckets"');
  expect(resultFor(report, 'iam.wildcard-resources', app).status).toBe('FAIL');
  expect(resultFor(report, 'iam.wildcard-resources', arnOf('user', 'viewer')).status).toBe('PASS');
  // AWS-managed policies are judged by full-admin only.
  expect(statusOf(report, 'iam.wildcard-actions', arnOf('role', 'ci-admin'))).toBe('PASS');
  expect(iamResults.some((r) => r.resourceId.includes('aws-service-role'))).toBe(false);
  expect(resultFor(report, 'iam.full-admin', arnOf('role', 'ci-admin')).frameworks).toEqual({
    fsbp: ['IAM.1'],
  });
});

test('EBS encryption by default is judged once per region, on the account', () => {
  const ebs = results(report, 'ec2.ebs-default-encryption-off');
  expect(ebs.map((r) => [r.region, r.resourceId, r.status]).sort()).toEqual([
    [WEST, ACCOUNT_ID, 'FAIL'],
    [EAST, ACCOUNT_ID, 'PASS'],
  ]);
  expect(ebs[0]?.frameworks).toEqual({ fsbp: ['EC2.7'], cis: ['2.2.1'] });
});

test('instances and volumes are judged per resource in their region', () => {
  const eastPublic = seeded.instances[`${EAST}/public`] ?? '';
  const eastPrivate = seeded.instances[`${EAST}/private`] ?? '';
  const westPublic = seeded.instances[`${WEST}/public`] ?? '';
  expect(statusOf(report, 'ec2.imdsv2-not-required', eastPublic)).toBe('FAIL');
  expect(statusOf(report, 'ec2.imdsv2-not-required', eastPrivate)).toBe('PASS');
  expect(statusOf(report, 'ec2.imdsv2-not-required', westPublic)).toBe('PASS');
  expect(statusOf(report, 'ec2.public-ip', eastPublic)).toBe('FAIL');
  expect(statusOf(report, 'ec2.public-ip', eastPrivate)).toBe('PASS');
  expect(resultFor(report, 'ec2.public-ip', westPublic).region).toBe(WEST);
  expect(
    statusOf(report, 'ec2.ebs-volume-unencrypted', seeded.volumes[`${EAST}/encrypted`] ?? ''),
  ).toBe('PASS');
  // Each instance's root volume is unencrypted (moto does not apply encryption by default).
  const volumes = results(report, 'ec2.ebs-volume-unencrypted');
  expect(volumes.filter((r) => r.status === 'FAIL')).toHaveLength(3);
});

test('every security group is judged on IPv4 and IPv6, ranges, split ranges, prefix lists and protocol -1', () => {
  const expected: Record<string, [string, string]> = {
    'ssh-v4': ['FAIL', 'PASS'],
    'range-v6': ['FAIL', 'PASS'],
    'all-traffic-v6': ['FAIL', 'FAIL'],
    'full-range-v4': ['FAIL', 'FAIL'],
    'from-1-v4': ['FAIL', 'FAIL'],
    'rdp-halves': ['FAIL', 'PASS'],
    'ssh-prefix-list': ['FAIL', 'PASS'],
    'cloudfront-8080': ['PASS', 'PASS'],
    'ssh-private': ['PASS', 'PASS'],
    'https-world': ['PASS', 'PASS'],
  };
  for (const region of [EAST, WEST]) {
    for (const [name, [highRisk, allPorts]] of Object.entries(expected)) {
      const id = seeded.groups[`${region}/${name}`] ?? '';
      const risk = resultFor(report, 'sg.high-risk-port-open', id);
      expect([name, region, risk.region, risk.status]).toEqual([name, region, region, highRisk]);
      expect([name, statusOf(report, 'sg.all-ports-open', id)]).toEqual([name, allPorts]);
      expect(risk.detail).toMatch(/attached to|not attached/);
    }
  }
  const range = resultFor(
    report,
    'sg.high-risk-port-open',
    seeded.groups[`${EAST}/range-v6`] ?? '',
  );
  expect(range.detail).toContain('3000, 3306, 3389 (tcp from ::/0)');
  expect(range.detail).toContain('not attached to any network interface');
  const detailOf = (checkId: string, name: string) =>
    resultFor(report, checkId, seeded.groups[`${WEST}/${name}`] ?? '').detail;
  expect(detailOf('sg.high-risk-port-open', 'rdp-halves')).toContain(
    '3389 (tcp from 0.0.0.0/1, 128.0.0.0/1)',
  );
  expect(detailOf('sg.high-risk-port-open', 'ssh-prefix-list')).toMatch(
    /^High-risk port open to the internet: 22 \(tcp from prefix list pl-\w+\)\./,
  );
  expect(detailOf('sg.all-ports-open', 'from-1-v4')).toContain('udp 1-65535 from 0.0.0.0/0');
  // Each region reads its two lists once: the entries of the one each group references.
  expect(report.stats.apiCalls['ec2:GetManagedPrefixListEntries']).toBe(4);
  // The default group of every VPC is judged too; those of the default VPCs serve the instances.
  const defaults = results(report, 'sg.high-risk-port-open').filter(
    (r) => r.resourceName === 'default',
  );
  expect(new Set(defaults.map((r) => r.region))).toEqual(new Set([EAST, WEST]));
  expect(defaults.every((r) => r.status === 'PASS')).toBe(true);
  expect(defaults.some((r) => /attached to \d+ network interface/.test(r.detail))).toBe(true);
});

test('RDS instances and clusters: replicas and cluster members are judged where CHECKS.md says', () => {
  expect(statusOf(report, 'rds.publicly-accessible', 'pg-open')).toBe('FAIL');
  expect(statusOf(report, 'rds.publicly-accessible', 'pg-good')).toBe('PASS');
  expect(statusOf(report, 'rds.storage-unencrypted', 'pg-open')).toBe('FAIL');
  expect(statusOf(report, 'rds.storage-unencrypted', 'pg-good')).toBe('PASS');
  expect(statusOf(report, 'rds.backup-retention-short', 'pg-open')).toBe('FAIL');
  expect(statusOf(report, 'rds.backup-retention-short', 'pg-good')).toBe('PASS');
  expect(statusOf(report, 'rds.backup-retention-short', 'pg-open-replica')).toBeUndefined();
  expect(statusOf(report, 'rds.single-az', 'pg-open')).toBe('FAIL');
  expect(statusOf(report, 'rds.single-az', 'pg-good')).toBe('PASS');
  expect(statusOf(report, 'rds.deletion-protection-off', 'pg-open')).toBe('FAIL');
  expect(statusOf(report, 'rds.deletion-protection-off', 'pg-good')).toBe('PASS');

  const cluster = resultFor(report, 'rds.backup-retention-short', 'aurora-eu');
  expect([cluster.region, cluster.resourceType, cluster.status]).toEqual([
    WEST,
    'AWS::RDS::DBCluster',
    'FAIL',
  ]);
  expect(statusOf(report, 'rds.deletion-protection-off', 'aurora-eu')).toBe('PASS');
  expect(statusOf(report, 'rds.storage-unencrypted', 'aurora-eu')).toBe('PASS');
  for (const check of ['rds.storage-unencrypted', 'rds.backup-retention-short', 'rds.single-az']) {
    expect(statusOf(report, check, 'aurora-eu-1')).toBeUndefined();
  }
  expect(statusOf(report, 'rds.deletion-protection-off', 'aurora-eu-1')).toBeUndefined();
  // Created without PubliclyAccessible, which moto then leaves out of DescribeDBInstances.
  const member = resultFor(report, 'rds.publicly-accessible', 'aurora-eu-1');
  expect([member.status, member.failedCall]).toEqual(['UNKNOWN', undefined]);
  expect(member.detail).toContain('PubliclyAccessible was not in the DescribeDBInstances answer');
  expect(resultFor(report, 'rds.single-az', 'aurora-eu').detail).toContain(
    "This result covers the cluster's member instances: aurora-eu-1.",
  );
});

test('listings are paged, never per resource', () => {
  const calls = report.stats.apiCalls;
  for (const operation of [
    'ec2:DescribeInstances',
    'ec2:DescribeVolumes',
    'ec2:DescribeSecurityGroups',
    'ec2:DescribeNetworkInterfaces',
    'ec2:GetEbsEncryptionByDefault',
    'rds:DescribeDBInstances',
    'rds:DescribeDBClusters',
  ]) {
    expect([operation, calls[operation]]).toEqual([operation, 2]);
  }
});
