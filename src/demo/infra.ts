import type { EbsVolume, Ec2Instance, Ec2Inventory, ElasticIp } from '../model/ec2.js';
import type { IamInventory, IamRole } from '../model/iam.js';
import type { Fetched, RegionInventory } from '../model/inventory.js';
import type { RdsDbInstance, RdsInventory, RdsSnapshot } from '../model/rds.js';
import type { SgInventory } from '../model/sg.js';

/**
 * EC2, security groups, RDS and IAM of the demo account: every check of these services fails on
 * some resource and passes on another, in us-east-1 and eu-west-1.
 */

const ACCOUNT = '111122223333';

/** A listing that was read. */
const listed = <T>(value: T[]): Fetched<T[]> => ({ ok: true, value });
const arn = (region: string, service: string, resource: string): string =>
  `arn:aws:${service}:${region}:${ACCOUNT}:${resource}`;

const WORLD_V4 = [{ CidrIp: '0.0.0.0/0' }];
const WORLD_V6 = [{ CidrIpv6: '::/0' }];
/** The AWS-managed prefix list of CloudFront's origin-facing servers, in us-east-1. */
const CLOUDFRONT_ORIGIN_FACING = 'pl-3b927c52';

function usEast1(): Required<Pick<RegionInventory, 'ec2' | 'sg' | 'rds'>> {
  const region = 'us-east-1';
  const ec2: Ec2Inventory = {
    instances: listed<Ec2Instance>([
      {
        id: 'i-0a1b2c3d4e5f60001',
        arn: arn(region, 'ec2', 'instance/i-0a1b2c3d4e5f60001'),
        name: 'web-1',
        state: 'running',
        httpTokens: 'optional',
        publicIp: '54.210.10.5',
        tags: { Name: 'web-1', Environment: 'production' },
      },
      {
        id: 'i-0a1b2c3d4e5f60002',
        arn: arn(region, 'ec2', 'instance/i-0a1b2c3d4e5f60002'),
        name: 'batch-worker',
        state: 'running',
        httpTokens: 'required',
        tags: { Name: 'batch-worker', Environment: 'production' },
      },
      {
        id: 'i-0a1b2c3d4e5f60003',
        arn: arn(region, 'ec2', 'instance/i-0a1b2c3d4e5f60003'),
        name: 'legacy-reports',
        state: 'stopped',
        httpTokens: 'optional',
        tags: { Name: 'legacy-reports' },
      },
      {
        // Left out by the default exclude-tags (Temporary=true).
        id: 'i-0a1b2c3d4e5f60004',
        arn: arn(region, 'ec2', 'instance/i-0a1b2c3d4e5f60004'),
        name: 'scratch',
        state: 'running',
        httpTokens: 'optional',
        publicIp: '3.88.14.201',
        tags: { Name: 'scratch', Temporary: 'true' },
      },
    ]),
    volumes: listed<EbsVolume>([
      {
        id: 'vol-0a1b2c3d4e5f60001',
        arn: arn(region, 'ec2', 'volume/vol-0a1b2c3d4e5f60001'),
        state: 'in-use',
        encrypted: false,
        attachedTo: ['i-0a1b2c3d4e5f60001'],
        tags: {},
        volumeType: 'gp2',
        sizeGib: 100,
        iops: 300,
        createdAt: '2024-03-11T09:12:00.000Z',
      },
      {
        id: 'vol-0a1b2c3d4e5f60002',
        arn: arn(region, 'ec2', 'volume/vol-0a1b2c3d4e5f60002'),
        state: 'in-use',
        encrypted: true,
        attachedTo: ['i-0a1b2c3d4e5f60002'],
        tags: {},
        volumeType: 'gp3',
        sizeGib: 200,
        iops: 3000,
        throughputMibps: 125,
        createdAt: '2025-02-03T14:30:00.000Z',
      },
      {
        // Left behind by a retired build host: unattached gp2, counted once at its whole price.
        id: 'vol-0a1b2c3d4e5f60003',
        arn: arn(region, 'ec2', 'volume/vol-0a1b2c3d4e5f60003'),
        name: 'build-cache-old',
        state: 'available',
        encrypted: true,
        attachedTo: [],
        tags: { Name: 'build-cache-old' },
        volumeType: 'gp2',
        sizeGib: 500,
        iops: 1500,
        createdAt: '2025-04-14T08:00:00.000Z',
      },
    ]),
    ebsEncryptionByDefault: { ok: true, value: false },
    // A snapshot and an AMI shared with everyone, and no account-wide guard against either.
    publicSnapshots: listed([
      {
        id: 'snap-0a1b2c3d4e5f60001',
        arn: `arn:aws:ec2:${region}::snapshot/snap-0a1b2c3d4e5f60001`,
        name: 'orders-db-export',
        volumeId: 'vol-0a1b2c3d4e5f60001',
        encrypted: false,
        restorableByAll: { ok: true, value: true },
        tags: { Name: 'orders-db-export' },
      },
    ]),
    images: listed([
      {
        id: 'ami-0a1b2c3d4e5f60001',
        arn: `arn:aws:ec2:${region}::image/ami-0a1b2c3d4e5f60001`,
        name: 'golden-base-2026-10',
        state: 'available',
        public: true,
        tags: {},
      },
      {
        id: 'ami-0a1b2c3d4e5f60002',
        arn: `arn:aws:ec2:${region}::image/ami-0a1b2c3d4e5f60002`,
        name: 'api-2026-11',
        state: 'available',
        public: false,
        tags: {},
      },
    ]),
    snapshotBlockPublicAccess: { ok: true, value: 'unblocked' },
    imdsDefaultHttpTokens: { ok: true, value: null },
    vpcs: listed([
      {
        id: 'vpc-0a1b2c3d',
        arn: arn(region, 'ec2', 'vpc/vpc-0a1b2c3d'),
        name: 'main',
        isDefault: false,
        tags: { Name: 'main' },
      },
    ]),
    // A flow log on one subnet only: the VPC itself has none.
    flowLogs: listed([
      { id: 'fl-0a1b2c3d4e5f60001', resourceId: 'subnet-0a1b2c3d', status: 'ACTIVE' },
    ]),
    addresses: listed<ElasticIp>([
      {
        id: 'eipalloc-0a1b2c3d4e5f60001',
        arn: arn(region, 'ec2', 'elastic-ip/eipalloc-0a1b2c3d4e5f60001'),
        publicIp: '54.210.10.5',
        associationId: 'eipassoc-0a1b2c3d4e5f60001',
        instanceId: 'i-0a1b2c3d4e5f60001',
        networkInterfaceId: 'eni-0a1b2c3d4e5f60001',
        domain: 'vpc',
        publicIpv4Pool: 'amazon',
        tags: {},
      },
      {
        id: 'eipalloc-0a1b2c3d4e5f60002',
        arn: arn(region, 'ec2', 'elastic-ip/eipalloc-0a1b2c3d4e5f60002'),
        name: 'old-vpn-endpoint',
        publicIp: '3.214.77.20',
        domain: 'vpc',
        publicIpv4Pool: 'amazon',
        tags: { Name: 'old-vpn-endpoint' },
      },
    ]),
  };
  const sg: SgInventory = {
    groups: listed([
      {
        id: 'sg-0a1b2c3d4e5f60001',
        arn: arn(region, 'ec2', 'security-group/sg-0a1b2c3d4e5f60001'),
        name: 'web',
        vpcId: 'vpc-0a1b2c3d',
        tags: {},
        ingress: [
          {
            IpProtocol: 'tcp',
            FromPort: 443,
            ToPort: 443,
            IpRanges: WORLD_V4,
            Ipv6Ranges: WORLD_V6,
          },
          // SSH opened as two halves: no 0.0.0.0/0 in sight, yet every IPv4 address gets in.
          {
            IpProtocol: 'tcp',
            FromPort: 22,
            ToPort: 22,
            IpRanges: [{ CidrIp: '0.0.0.0/1' }, { CidrIp: '128.0.0.0/1' }],
          },
          // 8080 for CloudFront only, through the AWS-managed origin-facing prefix list.
          {
            IpProtocol: 'tcp',
            FromPort: 8080,
            ToPort: 8080,
            PrefixListIds: [{ PrefixListId: CLOUDFRONT_ORIGIN_FACING }],
          },
        ],
      },
      {
        id: 'sg-0a1b2c3d4e5f60002',
        arn: arn(region, 'ec2', 'security-group/sg-0a1b2c3d4e5f60002'),
        name: 'orders-db',
        vpcId: 'vpc-0a1b2c3d',
        tags: {},
        ingress: [
          {
            IpProtocol: 'tcp',
            FromPort: 5432,
            ToPort: 5432,
            IpRanges: [{ CidrIp: '10.0.0.0/16' }],
          },
        ],
      },
      {
        id: 'sg-0a1b2c3d4e5f60003',
        arn: arn(region, 'ec2', 'security-group/sg-0a1b2c3d4e5f60003'),
        name: 'debug-anything',
        vpcId: 'vpc-0a1b2c3d',
        tags: {},
        ingress: [{ IpProtocol: '-1', Ipv6Ranges: WORLD_V6 }],
      },
      {
        id: 'sg-0a1b2c3d4e5f60004',
        arn: arn(region, 'ec2', 'security-group/sg-0a1b2c3d4e5f60004'),
        name: 'default',
        vpcId: 'vpc-0a1b2c3d',
        tags: {},
        // As AWS creates it: all traffic from itself in, everything out.
        ingress: [{ IpProtocol: '-1' }],
        egress: [{ IpProtocol: '-1', IpRanges: WORLD_V4 }],
      },
    ]),
    networkInterfaceCounts: {
      ok: true,
      value: { 'sg-0a1b2c3d4e5f60001': 1, 'sg-0a1b2c3d4e5f60002': 2 },
    },
    prefixLists: {
      // An excerpt of com.amazonaws.global.cloudfront.origin-facing.
      [CLOUDFRONT_ORIGIN_FACING]: {
        ok: true,
        value: ['15.158.0.0/16', '64.252.64.0/18', '130.176.0.0/18'],
      },
    },
  };
  const database = {
    engine: 'postgres',
    status: 'available',
    storageEncrypted: true,
    publiclyAccessible: false,
    backupRetentionPeriod: 7,
    multiAz: true,
    deletionProtection: true,
    autoMinorVersionUpgrade: true,
  };
  const rds: RdsInventory = {
    instances: listed<RdsDbInstance>([
      {
        ...database,
        id: 'orders-db',
        arn: arn(region, 'rds', 'db:orders-db'),
        tags: { Environment: 'production' },
      },
      {
        ...database,
        id: 'orders-db-replica',
        arn: arn(region, 'rds', 'db:orders-db-replica'),
        backupRetentionPeriod: 0,
        readReplicaSource: 'orders-db',
        tags: { Environment: 'production' },
      },
      {
        ...database,
        id: 'reporting-db',
        arn: arn(region, 'rds', 'db:reporting-db'),
        engine: 'mysql',
        storageEncrypted: false,
        publiclyAccessible: true,
        backupRetentionPeriod: 1,
        multiAz: false,
        deletionProtection: false,
        autoMinorVersionUpgrade: false,
        tags: {},
      },
      {
        ...database,
        id: 'analytics-1',
        arn: arn(region, 'rds', 'db:analytics-1'),
        engine: 'aurora-postgresql',
        clusterId: 'analytics',
        multiAz: false,
        deletionProtection: false,
        tags: {},
      },
    ]),
    clusters: listed([
      {
        id: 'analytics',
        arn: arn(region, 'rds', 'cluster:analytics'),
        engine: 'aurora-postgresql',
        status: 'available',
        storageEncrypted: true,
        backupRetentionPeriod: 1,
        multiAz: true,
        deletionProtection: false,
        tags: {},
      },
    ]),
    snapshots: listed<RdsSnapshot>([
      {
        // An export someone made public to hand it over: unencrypted, like its database.
        id: 'reporting-db-export',
        arn: arn(region, 'rds', 'snapshot:reporting-db-export'),
        sourceId: 'reporting-db',
        engine: 'mysql',
        snapshotType: 'manual',
        status: 'available',
        encrypted: false,
        tags: {},
        restorableBy: { ok: true, value: ['all'] },
      },
      {
        id: 'orders-db-before-migration',
        arn: arn(region, 'rds', 'snapshot:orders-db-before-migration'),
        sourceId: 'orders-db',
        engine: 'postgres',
        snapshotType: 'manual',
        status: 'available',
        encrypted: true,
        tags: { Environment: 'production' },
        restorableBy: { ok: true, value: ['444455556666'] },
      },
      {
        id: 'rds:orders-db-2026-10-31-05-00',
        arn: arn(region, 'rds', 'snapshot:rds:orders-db-2026-10-31-05-00'),
        sourceId: 'orders-db',
        engine: 'postgres',
        snapshotType: 'automated',
        status: 'available',
        encrypted: true,
        tags: { Environment: 'production' },
      },
    ]),
    clusterSnapshots: listed<RdsSnapshot>([
      {
        id: 'analytics-pre-upgrade',
        arn: arn(region, 'rds', 'cluster-snapshot:analytics-pre-upgrade'),
        sourceId: 'analytics',
        engine: 'aurora-postgresql',
        snapshotType: 'manual',
        status: 'available',
        encrypted: true,
        tags: {},
        restorableBy: { ok: true, value: [] },
      },
    ]),
  };
  return { ec2, sg, rds };
}

function euWest1(): Required<Pick<RegionInventory, 'ec2' | 'sg' | 'rds'>> {
  const region = 'eu-west-1';
  return {
    ec2: {
      instances: listed([
        {
          id: 'i-0e1f2a3b4c5d60001',
          arn: arn(region, 'ec2', 'instance/i-0e1f2a3b4c5d60001'),
          name: 'api-eu',
          state: 'running',
          httpTokens: 'required',
          tags: { Name: 'api-eu', Environment: 'production' },
        },
      ]),
      volumes: listed<EbsVolume>([
        {
          id: 'vol-0e1f2a3b4c5d60001',
          arn: arn(region, 'ec2', 'volume/vol-0e1f2a3b4c5d60001'),
          state: 'in-use',
          encrypted: true,
          attachedTo: ['i-0e1f2a3b4c5d60001'],
          tags: {},
          volumeType: 'gp3',
          sizeGib: 100,
          iops: 3000,
          throughputMibps: 125,
          createdAt: '2025-09-01T12:00:00.000Z',
        },
        {
          // A restore test nobody deleted: its provisioned IOPS bill more than its storage.
          id: 'vol-0e1f2a3b4c5d60002',
          arn: arn(region, 'ec2', 'volume/vol-0e1f2a3b4c5d60002'),
          name: 'orders-db-restore-test',
          state: 'available',
          encrypted: true,
          attachedTo: [],
          tags: { Name: 'orders-db-restore-test' },
          volumeType: 'io1',
          sizeGib: 100,
          iops: 1000,
          createdAt: '2026-02-10T16:45:00.000Z',
        },
      ]),
      ebsEncryptionByDefault: { ok: true, value: true },
      publicSnapshots: listed([]),
      images: listed([
        {
          id: 'ami-0e1f2a3b4c5d60001',
          arn: `arn:aws:ec2:${region}::image/ami-0e1f2a3b4c5d60001`,
          name: 'api-eu-2026-11',
          state: 'available',
          public: false,
          tags: {},
        },
      ]),
      snapshotBlockPublicAccess: { ok: true, value: 'block-all-sharing' },
      imdsDefaultHttpTokens: { ok: true, value: 'required' },
      vpcs: listed([
        {
          id: 'vpc-0e1f2a3b',
          arn: arn(region, 'ec2', 'vpc/vpc-0e1f2a3b'),
          isDefault: false,
          tags: {},
        },
      ]),
      flowLogs: listed([
        { id: 'fl-0e1f2a3b4c5d60001', resourceId: 'vpc-0e1f2a3b', status: 'ACTIVE' },
      ]),
      addresses: listed<ElasticIp>([]),
    },
    sg: {
      groups: listed([
        {
          id: 'sg-0e1f2a3b4c5d60001',
          arn: arn(region, 'ec2', 'security-group/sg-0e1f2a3b4c5d60001'),
          name: 'api-eu',
          vpcId: 'vpc-0e1f2a3b',
          tags: {},
          // A range written for 8000-8100 that also opens 8080 and 8088.
          ingress: [{ IpProtocol: 'tcp', FromPort: 8000, ToPort: 8100, IpRanges: WORLD_V4 }],
        },
        {
          id: 'sg-0e1f2a3b4c5d60002',
          arn: arn(region, 'ec2', 'security-group/sg-0e1f2a3b4c5d60002'),
          name: 'ops-temporary-access',
          vpcId: 'vpc-0e1f2a3b',
          tags: {},
          // Every port but the reserved 0: every port that can be used.
          ingress: [{ IpProtocol: 'tcp', FromPort: 1, ToPort: 65535, IpRanges: WORLD_V4 }],
        },
        {
          id: 'sg-0e1f2a3b4c5d60003',
          arn: arn(region, 'ec2', 'security-group/sg-0e1f2a3b4c5d60003'),
          name: 'default',
          vpcId: 'vpc-0e1f2a3b',
          tags: {},
          // Emptied of its rules, as CIS 5.4 asks.
          ingress: [],
          egress: [],
        },
      ]),
      networkInterfaceCounts: {
        ok: true,
        value: { 'sg-0e1f2a3b4c5d60001': 1, 'sg-0e1f2a3b4c5d60002': 1 },
      },
      prefixLists: {},
    },
    rds: {
      instances: listed([
        {
          id: 'customers-db',
          arn: arn(region, 'rds', 'db:customers-db'),
          engine: 'postgres',
          status: 'available',
          storageEncrypted: true,
          publiclyAccessible: false,
          backupRetentionPeriod: 14,
          multiAz: true,
          deletionProtection: true,
          autoMinorVersionUpgrade: true,
          tags: { Environment: 'production' },
        },
      ]),
      clusters: listed([]),
      snapshots: listed([]),
      clusterSnapshots: listed([]),
    },
  };
}

/** The regional parts of the demo's infrastructure, by region. */
export function sampleInfraRegions(): Record<string, RegionInventory> {
  return { 'us-east-1': usEast1(), 'eu-west-1': euWest1() };
}

const policyArn = (name: string): string => `arn:aws:iam::${ACCOUNT}:policy/${name}`;
const AWS_ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const AWS_READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

/** Principals of the demo account; inline documents URL-encoded, as IAM returns them. */
export function sampleIamInventory(): IamInventory {
  const document = (...statements: object[]): string =>
    encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: statements }));
  return {
    roles: listed<IamRole>([
      {
        name: 'ci-deploy',
        arn: `arn:aws:iam::${ACCOUNT}:role/ci-deploy`,
        path: '/',
        tags: {},
        inlinePolicies: [],
        attachedPolicyArns: [AWS_ADMIN],
        // Any repository of the GitHub organisation can deploy with it.
        trustPolicy: document({
          Effect: 'Allow',
          Principal: {
            Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`,
          },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
            StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/*' },
          },
        }),
      },
      {
        name: 'app-runtime',
        arn: `arn:aws:iam::${ACCOUNT}:role/app-runtime`,
        path: '/service/',
        tags: { Environment: 'production' },
        inlinePolicies: [
          {
            name: 'app-data',
            document: document(
              {
                Sid: 'Uploads',
                Effect: 'Allow',
                Action: 's3:*',
                Resource: ['arn:aws:s3:::acme-uploads', 'arn:aws:s3:::acme-uploads/*'],
              },
              { Sid: 'Sessions', Effect: 'Allow', Action: 'dynamodb:PutItem', Resource: '*' },
              {
                // Hot-patches its workers: the code it uploads runs with their roles.
                Sid: 'Workers',
                Effect: 'Allow',
                Action: 'lambda:UpdateFunctionCode',
                Resource: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:app-*`,
              },
            ),
          },
        ],
        attachedPolicyArns: [],
        trustPolicy: document({
          Effect: 'Allow',
          Principal: { Service: 'ec2.amazonaws.com' },
          Action: 'sts:AssumeRole',
        }),
      },
      {
        name: 'security-audit',
        arn: `arn:aws:iam::${ACCOUNT}:role/security-audit`,
        path: '/',
        tags: {},
        inlinePolicies: [],
        attachedPolicyArns: [AWS_READ_ONLY],
        // The auditor's account, with the external ID it was given.
        trustPolicy: document({
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::999988887777:root' },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'sts:ExternalId': 'acme-audit-7f3c' } },
        }),
      },
    ]),
    users: listed([
      {
        name: 'alice',
        arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
        path: '/',
        tags: {},
        inlinePolicies: [],
        attachedPolicyArns: [],
        groups: ['admins'],
      },
      {
        name: 'build-bot',
        arn: `arn:aws:iam::${ACCOUNT}:user/build-bot`,
        path: '/',
        tags: {},
        inlinePolicies: [],
        attachedPolicyArns: [policyArn('build-artifacts')],
        groups: [],
      },
    ]),
    groups: listed([
      {
        name: 'admins',
        arn: `arn:aws:iam::${ACCOUNT}:group/admins`,
        path: '/',
        inlinePolicies: [
          {
            name: 'break-glass',
            document: document({ Effect: 'Allow', Action: '*', Resource: '*' }),
          },
        ],
        attachedPolicyArns: [],
      },
    ]),
    managedPolicies: listed([
      {
        arn: policyArn('build-artifacts'),
        name: 'build-artifacts',
        awsManaged: false,
        document: {
          ok: true,
          value: document({
            Effect: 'Allow',
            Action: ['s3:PutObject', 's3:GetObject'],
            Resource: 'arn:aws:s3:::acme-build-artifacts/*',
          }),
        },
      },
      {
        arn: AWS_ADMIN,
        name: 'AdministratorAccess',
        awsManaged: true,
        document: {
          ok: true,
          value:
            '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
        },
      },
      {
        arn: AWS_READ_ONLY,
        name: 'ReadOnlyAccess',
        awsManaged: true,
        document: {
          ok: true,
          value: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Action: ['ec2:Describe*', 'rds:Describe*', 's3:Get*', 's3:List*'],
                Resource: '*',
              },
            ],
          }),
        },
      },
    ]),
  };
}
