import { BackupClient, ListProtectedResourcesCommand } from '@aws-sdk/client-backup';
import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  type GetMetricDataCommandInput,
  type MetricDataResult,
} from '@aws-sdk/client-cloudwatch';
import {
  DescribeNetworkInterfacesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  EC2Client,
  GetManagedPrefixListEntriesCommand,
} from '@aws-sdk/client-ec2';
import {
  DescribeAccessPointsCommand,
  DescribeBackupPolicyCommand,
  DescribeFileSystemPolicyCommand,
  DescribeFileSystemsCommand,
  DescribeLifecycleConfigurationCommand,
  DescribeMountTargetSecurityGroupsCommand,
  DescribeMountTargetsCommand,
  DescribeReplicationConfigurationsCommand,
  EFSClient,
  type FileSystemDescription,
} from '@aws-sdk/client-efs';
import { mockClient } from 'aws-sdk-client-mock';
import { collectEfs } from '../../../src/collect/efs.js';
import { collectSecurityGroups } from '../../../src/collect/sg.js';
import { type EfsFileSystem } from '../../../src/model/efs.js';
import type { Fetched } from '../../../src/model/inventory.js';
import { collectContext, serviceError } from '../ec2/fixtures.js';
import { NOW, ok, valueOf } from './fixtures.js';

const efsMock = mockClient(EFSClient);
const cloudwatchMock = mockClient(CloudWatchClient);
const backupMock = mockClient(BackupClient);
const ec2Mock = mockClient(EC2Client);
const clients = {
  efs: new EFSClient({ region: 'us-east-1' }),
  cloudwatch: new CloudWatchClient({ region: 'us-east-1' }),
  backup: new BackupClient({ region: 'us-east-1' }),
  ec2: new EC2Client({ region: 'us-east-1' }),
};

const arnOf = (id: string) => `arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/${id}`;

function described(id: string, overrides: Partial<FileSystemDescription> = {}) {
  return {
    OwnerId: '111122223333',
    CreationToken: id,
    FileSystemId: id,
    FileSystemArn: arnOf(id),
    CreationTime: new Date('2025-01-01T00:00:00Z'),
    LifeCycleState: 'available' as const,
    NumberOfMountTargets: 0,
    SizeInBytes: { Value: 6144, ValueInStandard: 6144, ValueInIA: 0 },
    PerformanceMode: 'generalPurpose' as const,
    ThroughputMode: 'elastic' as const,
    Encrypted: true,
    Tags: [{ Key: 'Name', Value: `<b>${id}</b>` }],
    Name: `<b>${id}</b>`,
    ...overrides,
  };
}

/** GetMetricData answering every query with one datapoint of value 1. */
function answerEveryQuery(input: GetMetricDataCommandInput) {
  return {
    MetricDataResults: (input.MetricDataQueries ?? []).map((q): MetricDataResult => ({
      Id: q.Id,
      StatusCode: 'Complete',
      Timestamps: [new Date('2026-10-20T00:00:00Z')],
      Values: [1],
    })),
  };
}

/** A region with two file systems: fs-a with one mount target, fs-b with none. */
function mockRegion(): void {
  efsMock
    .on(DescribeFileSystemsCommand)
    .resolvesOnce({
      FileSystems: [described('fs-a', { NumberOfMountTargets: 1, ThroughputMode: 'bursting' })],
      NextMarker: 'page-2',
    })
    .resolvesOnce({ FileSystems: [described('fs-b', { SizeInBytes: { Value: 0 } })] });
  efsMock.on(DescribeMountTargetsCommand).resolves({
    MountTargets: [
      {
        MountTargetId: 'fsmt-a',
        FileSystemId: 'fs-a',
        SubnetId: 'subnet-a',
        AvailabilityZoneName: 'us-east-1a',
        LifeCycleState: 'available',
      },
    ],
  });
  efsMock.on(DescribeMountTargetSecurityGroupsCommand).resolves({ SecurityGroups: ['sg-a'] });
  efsMock
    .on(DescribeLifecycleConfigurationCommand)
    .resolves({ LifecyclePolicies: [{ TransitionToIA: 'AFTER_30_DAYS' }] });
  efsMock.on(DescribeBackupPolicyCommand).resolves({ BackupPolicy: { Status: 'ENABLED' } });
  efsMock.on(DescribeFileSystemPolicyCommand).resolves({ FileSystemId: 'x', Policy: '{}' });
  efsMock.on(DescribeAccessPointsCommand).resolves({
    AccessPoints: [
      {
        AccessPointId: 'fsap-1',
        AccessPointArn: 'arn:ap',
        FileSystemId: 'fs-a',
        LifeCycleState: 'available',
        RootDirectory: { Path: '/app' },
        PosixUser: { Uid: 1000, Gid: 1000 },
        Tags: [{ Key: 'Name', Value: 'app' }],
      },
      { AccessPointId: 'fsap-2', FileSystemId: 'fs-b', RootDirectory: { Path: '/' } },
    ],
  });
  efsMock.on(DescribeReplicationConfigurationsCommand).resolves({
    Replications: [
      {
        SourceFileSystemId: 'fs-a',
        SourceFileSystemRegion: 'us-east-1',
        SourceFileSystemArn: arnOf('fs-a'),
        OriginalSourceFileSystemArn: arnOf('fs-a'),
        CreationTime: new Date(),
        Destinations: [{ FileSystemId: 'fs-z', Region: 'us-west-2', Status: 'ENABLED' }],
      },
    ],
  });
  backupMock.on(ListProtectedResourcesCommand).resolves({
    Results: [
      {
        ResourceArn: arnOf('fs-b'),
        ResourceType: 'EFS',
        LastBackupTime: new Date('2026-10-30T04:12:00Z'),
      },
      {
        ResourceArn: 'arn:aws:ec2:us-east-1:111122223333:volume/vol-1',
        ResourceType: 'EBS',
        LastBackupTime: new Date('2026-10-31T00:00:00Z'),
      },
    ],
  });
  cloudwatchMock.on(DescribeAlarmsCommand).resolves({
    MetricAlarms: [
      {
        AlarmName: 'credits',
        Namespace: 'AWS/EFS',
        MetricName: 'BurstCreditBalance',
        Dimensions: [{ Name: 'FileSystemId', Value: 'fs-a' }],
      },
      {
        AlarmName: 'cpu',
        Namespace: 'AWS/EC2',
        MetricName: 'CPUUtilization',
        Dimensions: [{ Name: 'InstanceId', Value: 'i-1' }],
      },
      {
        AlarmName: 'math',
        Metrics: [
          {
            Id: 'c',
            MetricStat: {
              Metric: {
                Namespace: 'AWS/EFS',
                MetricName: 'ClientConnections',
                Dimensions: [{ Name: 'FileSystemId', Value: 'fs-b' }],
              },
              Period: 60,
              Stat: 'Sum',
            },
          },
        ],
      },
    ],
  });
  cloudwatchMock.on(GetMetricDataCommand).callsFake(answerEveryQuery);
  ec2Mock.on(DescribeSubnetsCommand).resolves({
    Subnets: [
      { SubnetId: 'subnet-a', VpcId: 'vpc-1', MapPublicIpOnLaunch: true },
      { SubnetId: 'subnet-unused', MapPublicIpOnLaunch: false },
    ],
  });
  ec2Mock.on(DescribeSecurityGroupsCommand).resolves({
    SecurityGroups: [
      {
        GroupId: 'sg-a',
        GroupName: 'nfs',
        IpPermissions: [
          { IpProtocol: 'tcp', FromPort: 2049, ToPort: 2049, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
        ],
      },
      { GroupId: 'sg-unused', IpPermissions: [] },
    ],
  });
}

beforeEach(() => {
  efsMock.reset();
  cloudwatchMock.reset();
  backupMock.reset();
  ec2Mock.reset();
});

function byId(fileSystems: Fetched<EfsFileSystem[]>, id: string): EfsFileSystem {
  const fs = valueOf(fileSystems).find((f) => f.id === id);
  if (!fs) throw new Error(`no ${id}`);
  return fs;
}

const callCount = () =>
  [efsMock, cloudwatchMock, backupMock, ec2Mock].reduce((n, m) => n + m.calls().length, 0);

describe('collectEfs', () => {
  it('collects file systems page by page, their details, and the region-wide listings', async () => {
    mockRegion();
    const { ctx, errors } = collectContext('efs', clients);

    const part = await collectEfs(ctx, NOW);

    expect(errors).toEqual([]);
    // The paginator reuses one input object: the second page was asked for with the marker.
    const listCalls = efsMock.commandCalls(DescribeFileSystemsCommand);
    expect(listCalls).toHaveLength(2);
    expect(listCalls[1]?.args[0].input).toEqual({ MaxItems: 100, Marker: 'page-2' });
    const a = byId(part.fileSystems, 'fs-a');
    expect(a).toMatchObject({
      arn: arnOf('fs-a'),
      name: '<b>fs-a</b>',
      tags: { Name: '<b>fs-a</b>' },
      createdAt: '2025-01-01T00:00:00.000Z',
      throughputMode: 'bursting',
      sizeInBytes: { total: 6144, standard: 6144, infrequentAccess: 0 },
      mountTargets: ok([
        {
          id: 'fsmt-a',
          subnetId: 'subnet-a',
          availabilityZoneName: 'us-east-1a',
          state: 'available',
          securityGroupIds: ok(['sg-a']),
        },
      ]),
      lifecycle: ok({ transitionToIA: 'AFTER_30_DAYS' }),
      backupPolicyStatus: ok('ENABLED'),
      policy: ok('{}'),
    });
    // Only bursting file systems get BurstCreditBalance; only zero-size ones StorageBytes.
    expect(a.metrics.burstCreditBalance?.ok).toBe(true);
    expect(a.metrics.storageBytes).toBeUndefined();
    const b = byId(part.fileSystems, 'fs-b');
    expect(b.mountTargets).toEqual(ok([]));
    expect(b.metrics.burstCreditBalance).toBeUndefined();
    expect(b.metrics.storageBytes?.total).toEqual(
      ok({ timestamps: [Date.parse('2026-10-20T00:00:00Z') / 1000], values: [1] }),
    );
    expect(efsMock.commandCalls(DescribeMountTargetsCommand)).toHaveLength(1);

    expect(efsMock.commandCalls(DescribeAccessPointsCommand)[0]?.args[0].input).toEqual({
      MaxResults: 100,
      NextToken: undefined,
    });
    expect(part.accessPoints).toEqual(
      ok([
        {
          id: 'fsap-1',
          arn: 'arn:ap',
          fileSystemId: 'fs-a',
          name: 'app',
          tags: { Name: 'app' },
          state: 'available',
          rootDirectoryPath: '/app',
          posixUser: { uid: 1000, gid: 1000 },
        },
        {
          id: 'fsap-2',
          arn: '',
          fileSystemId: 'fs-b',
          tags: {},
          state: 'unknown',
          rootDirectoryPath: '/',
        },
      ]),
    );
    expect(
      efsMock.commandCalls(DescribeReplicationConfigurationsCommand)[0]?.args[0].input,
    ).toEqual({ MaxResults: 100, NextToken: undefined });
    expect(part.replications).toEqual(
      ok([
        {
          sourceFileSystemId: 'fs-a',
          destinations: [{ fileSystemId: 'fs-z', region: 'us-west-2', status: 'ENABLED' }],
        },
      ]),
    );
    expect(part.protectedFileSystemArns).toEqual(ok([arnOf('fs-b')]));
    // LastBackupTime is kept per file system: being listed only means a recovery point lives.
    expect(part.lastBackupTimes).toEqual({ [arnOf('fs-b')]: '2026-10-30T04:12:00.000Z' });
    expect(part.alarms).toEqual(
      ok([
        { alarmName: 'credits', metricName: 'BurstCreditBalance', fileSystemId: 'fs-a' },
        { alarmName: 'math', metricName: 'ClientConnections', fileSystemId: 'fs-b' },
      ]),
    );
    expect(part.subnets).toEqual(
      ok([{ id: 'subnet-a', vpcId: 'vpc-1', mapPublicIpOnLaunch: true }]),
    );
    expect(part.securityGroups).toEqual(
      ok([
        {
          id: 'sg-a',
          name: 'nfs',
          ingress: [
            {
              IpProtocol: 'tcp',
              FromPort: 2049,
              ToPort: 2049,
              IpRanges: [{ CidrIp: '0.0.0.0/0' }],
            },
          ],
        },
      ]),
    );
    expect(part.metricWindows).toEqual({
      lookback: {
        start: '2026-10-02T06:00:00.000Z',
        end: '2026-11-01T06:00:00.000Z',
        periodSeconds: 3600,
      },
      connections: {
        start: '2026-09-02T06:00:00.000Z',
        end: '2026-11-01T06:00:00.000Z',
        periodSeconds: 86400,
      },
    });
  });

  it('makes at most 4 calls per file system plus one per mount target, and a constant per region', async () => {
    mockRegion();
    const { ctx } = collectContext('efs', clients);
    await collectEfs(ctx, NOW);
    // Region: 2 DescribeFileSystems pages, access points, replication, Backup, alarms, subnets,
    // security groups, and one GetMetricData call per window.
    const region = 2 + 6 + 2;
    // fs-a: mount targets + 1 security group call + lifecycle + backup + policy; fs-b: 3.
    expect(callCount()).toBe(region + 5 + 3);
  });

  it('reads PolicyNotFound as "no backup policy" and "no file system policy"', async () => {
    mockRegion();
    efsMock.on(DescribeBackupPolicyCommand).rejects(serviceError('PolicyNotFound', 404));
    efsMock.on(DescribeFileSystemPolicyCommand).rejects(serviceError('PolicyNotFound', 404));
    const { ctx, errors } = collectContext('efs', clients);

    const part = await collectEfs(ctx, NOW);

    expect(errors).toEqual([]);
    for (const fs of valueOf(part.fileSystems)) {
      expect(fs.backupPolicyStatus).toEqual(ok(null));
      expect(fs.policy).toEqual(ok(null));
    }
  });

  const denied = () => serviceError('AccessDeniedException');
  const PER_FILE_SYSTEM = [
    [
      'efs:DescribeMountTargets',
      'mountTargets',
      () => efsMock.on(DescribeMountTargetsCommand).rejects(denied()),
    ],
    [
      'efs:DescribeLifecycleConfiguration',
      'lifecycle',
      () => efsMock.on(DescribeLifecycleConfigurationCommand).rejects(denied()),
    ],
    [
      'efs:DescribeBackupPolicy',
      'backupPolicyStatus',
      () => efsMock.on(DescribeBackupPolicyCommand).rejects(denied()),
    ],
    [
      'efs:DescribeFileSystemPolicy',
      'policy',
      () => efsMock.on(DescribeFileSystemPolicyCommand).rejects(denied()),
    ],
  ] as const;

  it.each(PER_FILE_SYSTEM)(
    'records AccessDenied on %s as a failed read',
    async (operation, field, deny) => {
      mockRegion();
      deny();
      const { ctx, errors } = collectContext('efs', clients);

      const part = await collectEfs(ctx, NOW);

      const fs = byId(part.fileSystems, 'fs-a');
      expect(fs[field]).toEqual({
        ok: false,
        error: {
          operation,
          code: 'AccessDeniedException',
          message: 'AccessDeniedException message',
          class: 'denied',
        },
      });
      expect(errors.map((e) => [e.service, e.operation, e.code])).toContainEqual([
        'efs',
        operation,
        'AccessDeniedException',
      ]);
    },
  );

  it('records AccessDenied on DescribeMountTargetSecurityGroups on the mount target', async () => {
    mockRegion();
    efsMock
      .on(DescribeMountTargetSecurityGroupsCommand)
      .rejects(serviceError('AccessDeniedException'));
    const { ctx } = collectContext('efs', clients);

    const part = await collectEfs(ctx, NOW);

    const targets = byId(part.fileSystems, 'fs-a').mountTargets;
    expect(targets.ok && targets.value[0]?.securityGroupIds.ok).toBe(false);
  });

  const REGION_WIDE = [
    [
      'efs:DescribeReplicationConfigurations',
      'replications',
      () => efsMock.on(DescribeReplicationConfigurationsCommand).rejects(denied()),
    ],
    [
      'backup:ListProtectedResources',
      'protectedFileSystemArns',
      () => backupMock.on(ListProtectedResourcesCommand).rejects(denied()),
    ],
    [
      'cloudwatch:DescribeAlarms',
      'alarms',
      () => cloudwatchMock.on(DescribeAlarmsCommand).rejects(denied()),
    ],
    ['ec2:DescribeSubnets', 'subnets', () => ec2Mock.on(DescribeSubnetsCommand).rejects(denied())],
    [
      'ec2:DescribeSecurityGroups',
      'securityGroups',
      () => ec2Mock.on(DescribeSecurityGroupsCommand).rejects(denied()),
    ],
  ] as const;

  it.each(REGION_WIDE)(
    'records AccessDenied on %s for the region',
    async (operation, field, deny) => {
      mockRegion();
      deny();
      const { ctx, errors } = collectContext('efs', clients);

      const part = await collectEfs(ctx, NOW);

      expect(part[field]).toEqual({
        ok: false,
        error: {
          operation,
          code: 'AccessDeniedException',
          message: 'AccessDeniedException message',
          class: 'denied',
        },
      });
      expect(errors).toHaveLength(1);
      expect(valueOf(part.fileSystems)).toHaveLength(2);
    },
  );

  it('keeps the latest LastBackupTime per ARN across pages', async () => {
    mockRegion();
    backupMock
      .on(ListProtectedResourcesCommand)
      .resolvesOnce({
        Results: [
          { ResourceArn: arnOf('fs-a'), LastBackupTime: new Date('2026-10-01T00:00:00Z') },
          { ResourceArn: arnOf('fs-b') },
        ],
        NextToken: 'page-2',
      })
      .resolvesOnce({
        Results: [{ ResourceArn: arnOf('fs-a'), LastBackupTime: new Date('2026-10-20T00:00:00Z') }],
      });
    const { ctx } = collectContext('efs', clients);

    const part = await collectEfs(ctx, NOW);

    expect(part.protectedFileSystemArns).toEqual(ok([arnOf('fs-a'), arnOf('fs-b')]));
    // fs-b was listed without a time: no entry, so the rule cannot take it for a recent backup.
    expect(part.lastBackupTimes).toEqual({ [arnOf('fs-a')]: '2026-10-20T00:00:00.000Z' });
  });

  it('keeps no LastBackupTime when ListProtectedResources failed', async () => {
    mockRegion();
    backupMock.on(ListProtectedResourcesCommand).rejects(serviceError('AccessDeniedException'));
    const { ctx } = collectContext('efs', clients);

    const part = await collectEfs(ctx, NOW);

    expect(part.protectedFileSystemArns.ok).toBe(false);
    expect(part.lastBackupTimes).toBeUndefined();
  });

  it('records AccessDenied on DescribeAccessPoints as the access point failure of the region', async () => {
    mockRegion();
    efsMock.on(DescribeAccessPointsCommand).rejects(serviceError('AccessDeniedException'));
    const { ctx } = collectContext('efs', clients);

    const part = await collectEfs(ctx, NOW);

    expect(part.accessPoints.ok ? 'ok' : part.accessPoints.error.code).toBe(
      'AccessDeniedException',
    );
  });

  it('reads ReplicationNotFound as "no replication", not as a failed read', async () => {
    mockRegion();
    efsMock
      .on(DescribeReplicationConfigurationsCommand)
      .rejects(serviceError('ReplicationNotFound', 404));
    const { ctx, errors } = collectContext('efs', clients);

    const part = await collectEfs(ctx, NOW);

    expect(part.replications).toEqual(ok([]));
    expect(errors).toEqual([]);
  });

  it('turns the HTML 500 of moto for DescribeReplicationConfigurations into a failed read', async () => {
    mockRegion();
    const html = Object.assign(new SyntaxError('Unexpected token <'), {
      $metadata: { httpStatusCode: 500 },
    });
    efsMock.on(DescribeReplicationConfigurationsCommand).rejects(html);
    const { ctx } = collectContext('efs', clients);

    const part = await collectEfs(ctx, NOW);

    expect(part.replications.ok ? 'ok' : part.replications.error.code).toBe('HttpError500');
  });

  it('keeps a throttled call to its file system', async () => {
    mockRegion();
    efsMock
      .on(DescribeFileSystemPolicyCommand, { FileSystemId: 'fs-b' })
      .rejects(serviceError('ThrottlingException', 400));
    const { ctx } = collectContext('efs', clients);

    const part = await collectEfs(ctx, NOW);

    expect(byId(part.fileSystems, 'fs-a').policy).toEqual(ok('{}'));
    const b = byId(part.fileSystems, 'fs-b').policy;
    expect(b.ok ? 'ok' : b.error.code).toBe('ThrottlingException');
  });

  it('stops at a failed DescribeFileSystems and reports it for the region', async () => {
    efsMock.on(DescribeFileSystemsCommand).rejects(serviceError('AccessDeniedException'));
    const { ctx, errors } = collectContext('efs', clients);

    const part = await collectEfs(ctx, NOW);

    expect(part.fileSystems.ok ? 'ok' : part.fileSystems.error.operation).toBe(
      'efs:DescribeFileSystems',
    );
    expect(errors).toHaveLength(1);
    expect(callCount()).toBe(1);
  });

  it('leaves out file systems being deleted, with no call about them', async () => {
    efsMock.on(DescribeFileSystemsCommand).resolves({
      FileSystems: [
        described('fs-live'),
        described('fs-going', { LifeCycleState: 'deleting', NumberOfMountTargets: 1 }),
        described('fs-gone', { LifeCycleState: 'deleted' }),
      ],
    });
    efsMock.on(DescribeLifecycleConfigurationCommand).resolves({ LifecyclePolicies: [] });
    efsMock.on(DescribeBackupPolicyCommand).resolves({ BackupPolicy: { Status: 'ENABLED' } });
    efsMock.on(DescribeFileSystemPolicyCommand).resolves({ FileSystemId: 'x', Policy: '{}' });
    efsMock.on(DescribeAccessPointsCommand).resolves({ AccessPoints: [] });
    efsMock.on(DescribeReplicationConfigurationsCommand).resolves({ Replications: [] });
    backupMock.on(ListProtectedResourcesCommand).resolves({ Results: [] });
    cloudwatchMock.on(DescribeAlarmsCommand).resolves({ MetricAlarms: [] });
    cloudwatchMock.on(GetMetricDataCommand).callsFake(answerEveryQuery);
    const { ctx, errors } = collectContext('efs', clients);

    const part = await collectEfs(ctx, NOW);

    expect(valueOf(part.fileSystems).map((fs) => fs.id)).toEqual(['fs-live']);
    expect(errors).toEqual([]);
    const asked = efsMock
      .calls()
      .map((call) => (call.args[0].input as { FileSystemId?: string }).FileSystemId)
      .filter((id) => id !== undefined);
    expect(new Set(asked)).toEqual(new Set(['fs-live']));
    expect(efsMock.commandCalls(DescribeMountTargetsCommand)).toHaveLength(0);
    const queried = JSON.stringify(
      cloudwatchMock.commandCalls(GetMetricDataCommand).map((call) => call.args[0].input),
    );
    expect(queried).toContain('fs-live');
    expect(queried).not.toContain('fs-going');
    expect(queried).not.toContain('fs-gone');
  });

  it('makes one call and nothing more when every file system is being deleted', async () => {
    efsMock.on(DescribeFileSystemsCommand).resolves({
      FileSystems: [described('fs-going', { LifeCycleState: 'deleting' })],
    });
    const { ctx } = collectContext('efs', clients);

    const part = await collectEfs(ctx, NOW);

    expect(part.fileSystems).toEqual(ok([]));
    expect(callCount()).toBe(1);
  });

  it('makes one call and nothing more in a region without file systems', async () => {
    efsMock.on(DescribeFileSystemsCommand).resolves({ FileSystems: [] });
    const { ctx } = collectContext('efs', clients);

    const part = await collectEfs(ctx, NOW);

    expect(part.fileSystems).toEqual(ok([]));
    expect(callCount()).toBe(1);
  });
});

describe('managed prefix lists of the mount target security groups', () => {
  /** sg-a (on fsmt-a) admits NFS from pl-1 and pl-2; sg-unused, on no mount target, from pl-3. */
  function mockPrefixLists(): void {
    ec2Mock.on(DescribeSecurityGroupsCommand).resolves({
      SecurityGroups: [
        {
          GroupId: 'sg-a',
          GroupName: 'nfs',
          IpPermissions: [
            {
              IpProtocol: 'tcp',
              FromPort: 2049,
              ToPort: 2049,
              PrefixListIds: [{ PrefixListId: 'pl-1' }, { PrefixListId: 'pl-2' }],
            },
            { IpProtocol: '-1', PrefixListIds: [{ PrefixListId: 'pl-1', Description: 'vpn' }] },
          ],
        },
        {
          GroupId: 'sg-unused',
          IpPermissions: [{ IpProtocol: '-1', PrefixListIds: [{ PrefixListId: 'pl-3' }] }],
        },
      ],
    });
    ec2Mock
      .on(GetManagedPrefixListEntriesCommand, { PrefixListId: 'pl-1' })
      .resolves({ Entries: [{ Cidr: '0.0.0.0/1' }, { Cidr: '128.0.0.0/1' }] });
    ec2Mock
      .on(GetManagedPrefixListEntriesCommand, { PrefixListId: 'pl-2' })
      .rejects(serviceError('UnauthorizedOperation'));
    ec2Mock
      .on(GetManagedPrefixListEntriesCommand, { PrefixListId: 'pl-3' })
      .resolves({ Entries: [{ Cidr: '10.0.0.0/8' }] });
  }

  it('reads the lists of the groups its mount targets use, once each, and keeps them per permission', async () => {
    mockRegion();
    mockPrefixLists();
    const { ctx, errors } = collectContext('efs', clients);

    const part = await collectEfs(ctx, NOW);

    expect(
      ec2Mock.commandCalls(GetManagedPrefixListEntriesCommand).map((c) => c.args[0].input),
    ).toEqual([
      { PrefixListId: 'pl-1', MaxResults: 100 },
      { PrefixListId: 'pl-2', MaxResults: 100 },
    ]);
    expect(valueOf(part.securityGroups)).toEqual([
      {
        id: 'sg-a',
        name: 'nfs',
        ingress: [
          {
            IpProtocol: 'tcp',
            FromPort: 2049,
            ToPort: 2049,
            PrefixListIds: [{ PrefixListId: 'pl-1' }, { PrefixListId: 'pl-2' }],
          },
          { IpProtocol: '-1', PrefixListIds: [{ PrefixListId: 'pl-1' }] },
        ],
      },
    ]);
    expect(part.prefixLists).toEqual({
      'pl-1': ok(['0.0.0.0/1', '128.0.0.0/1']),
      'pl-2': {
        ok: false,
        error: {
          operation: 'ec2:GetManagedPrefixListEntries',
          code: 'UnauthorizedOperation',
          message: 'UnauthorizedOperation message',
          class: 'denied',
        },
      },
    });
    expect(errors.map((e) => [e.service, e.operation])).toEqual([
      ['efs', 'ec2:GetManagedPrefixListEntries'],
    ]);
  });

  it('shares each read with the security group collector of the same region', async () => {
    mockRegion();
    mockPrefixLists();
    ec2Mock.on(DescribeNetworkInterfacesCommand).resolves({ NetworkInterfaces: [] });
    const sharedCache = new Map<string, Promise<unknown>>();
    const efs = collectContext('efs', clients, 'us-east-1', sharedCache);
    const sg = collectContext('sg', clients, 'us-east-1', sharedCache);

    const [efsPart, sgPart] = await Promise.all([
      collectEfs(efs.ctx, NOW),
      collectSecurityGroups(sg.ctx),
    ]);

    const reads = ec2Mock.commandCalls(GetManagedPrefixListEntriesCommand);
    expect(reads.map((c) => c.args[0].input.PrefixListId).sort()).toEqual(['pl-1', 'pl-2', 'pl-3']);
    expect(ec2Mock.commandCalls(DescribeSecurityGroupsCommand)).toHaveLength(1);
    expect(Object.keys(efsPart.prefixLists ?? {})).toEqual(['pl-1', 'pl-2']);
    expect(Object.keys(sgPart.prefixLists ?? {})).toEqual(['pl-1', 'pl-2', 'pl-3']);
    expect(sgPart.prefixLists?.['pl-1']).toEqual(efsPart.prefixLists?.['pl-1']);
    // The denied read is recorded once, by whichever collector asked first.
    const denials = [...efs.errors, ...sg.errors].filter(
      (e) => e.operation === 'ec2:GetManagedPrefixListEntries',
    );
    expect(denials).toHaveLength(1);

    // Another region reads its own lists: a prefix list id names a list of one region.
    const west = collectContext('sg', clients, 'eu-west-1', sharedCache);
    await collectSecurityGroups(west.ctx);
    expect(ec2Mock.commandCalls(GetManagedPrefixListEntriesCommand)).toHaveLength(6);
  });

  it('reads no list when the mount target groups reference none', async () => {
    mockRegion();
    const { ctx } = collectContext('efs', clients);

    const part = await collectEfs(ctx, NOW);

    expect(part.prefixLists).toEqual({});
    expect(ec2Mock.commandCalls(GetManagedPrefixListEntriesCommand)).toHaveLength(0);
  });
});

describe('GetMetricData batching', () => {
  function mockFileSystems(count: number, mode: 'bursting' | 'elastic' | 'provisioned'): void {
    const all = Array.from({ length: count }, (_, i) =>
      described(`fs-${String(i).padStart(4, '0')}`, {
        ThroughputMode: mode,
        ...(mode === 'provisioned' ? { ProvisionedThroughputInMibps: 64 } : {}),
      }),
    );
    const pages = [];
    for (let i = 0; i < all.length; i += 100) pages.push(all.slice(i, i + 100));
    const listing = efsMock.on(DescribeFileSystemsCommand);
    pages.forEach((page, i) =>
      listing.resolvesOnce({
        FileSystems: page,
        ...(i < pages.length - 1 ? { NextMarker: `m${i}` } : {}),
      }),
    );
    efsMock.on(DescribeLifecycleConfigurationCommand).resolves({ LifecyclePolicies: [] });
    efsMock.on(DescribeBackupPolicyCommand).resolves({});
    efsMock.on(DescribeFileSystemPolicyCommand).resolves({});
    efsMock.on(DescribeAccessPointsCommand).resolves({});
    efsMock.on(DescribeReplicationConfigurationsCommand).resolves({});
    backupMock.on(ListProtectedResourcesCommand).resolves({});
    cloudwatchMock.on(DescribeAlarmsCommand).resolves({});
    cloudwatchMock.on(GetMetricDataCommand).callsFake(answerEveryQuery);
  }

  const metricCalls = () =>
    cloudwatchMock.commandCalls(GetMetricDataCommand).map((c) => c.args[0].input);

  it('packs hourly queries by 100,800 datapoints and daily ones by 500 queries', async () => {
    mockFileSystems(600, 'bursting');
    const { ctx, errors } = collectContext('efs', clients);

    const part = await collectEfs(ctx, NOW);

    expect(errors).toEqual([]);
    const calls = metricCalls();
    const hourly = calls.filter((c) => c.MetricDataQueries?.[0]?.MetricStat?.Period === 3600);
    const daily = calls.filter((c) => c.MetricDataQueries?.[0]?.MetricStat?.Period === 86400);
    // 600 x 3 hourly queries of 720 points: 140 a call; 600 daily queries: 500 a call.
    expect(hourly.map((c) => c.MetricDataQueries?.length)).toEqual([
      140, 140, 140, 140, 140, 140, 140, 140, 140, 140, 140, 140, 120,
    ]);
    expect(daily.map((c) => c.MetricDataQueries?.length)).toEqual([500, 100]);
    for (const call of calls) {
      const queries = call.MetricDataQueries ?? [];
      const pointsPerQuery = queries[0]?.MetricStat?.Period === 3600 ? 720 : 60;
      const points = queries.length * pointsPerQuery;
      expect(points).toBeLessThanOrEqual(100_800);
      expect(call.MaxDatapoints).toBe(100_800);
      for (const query of call.MetricDataQueries ?? []) {
        expect(['Sum', 'SampleCount', 'Minimum']).toContain(query.MetricStat?.Stat);
        expect(query.Expression).toBeUndefined();
      }
    }
    expect(valueOf(part.fileSystems).every((fs) => fs.metrics.burstCreditBalance?.ok)).toBe(true);
  });

  it('reads DataReadIOBytes and DataWriteIOBytes of provisioned file systems in the same hourly batches', async () => {
    mockFileSystems(600, 'provisioned');
    const { ctx, errors } = collectContext('efs', clients);

    const part = await collectEfs(ctx, NOW);

    expect(errors).toEqual([]);
    const calls = metricCalls();
    const hourly = calls.filter((c) => c.MetricDataQueries?.[0]?.MetricStat?.Period === 3600);
    // 600 x 4 hourly queries (MeteredIOBytes, MetadataIOBytes, DataReadIOBytes, DataWriteIOBytes;
    // no BurstCreditBalance) at 140 a call: 18 calls, not one more per file system.
    expect(hourly.map((c) => c.MetricDataQueries?.length)).toEqual([...Array(17).fill(140), 20]);
    expect(calls).toHaveLength(18 + 2);
    const queried = hourly.flatMap((c) =>
      (c.MetricDataQueries ?? []).map((q) => [
        q.MetricStat?.Metric?.MetricName,
        q.MetricStat?.Stat,
        q.MetricStat?.Metric?.Dimensions,
      ]),
    );
    for (const name of ['DataReadIOBytes', 'DataWriteIOBytes']) {
      const of = queried.filter(([metric]) => metric === name);
      expect(of).toHaveLength(600);
      expect(of[0]).toEqual([name, 'Sum', [{ Name: 'FileSystemId', Value: 'fs-0000' }]]);
    }
    const point = ok({ timestamps: [Date.parse('2026-10-20T00:00:00Z') / 1000], values: [1] });
    for (const fs of valueOf(part.fileSystems)) {
      expect(fs.metrics.dataReadIOBytes).toEqual(point);
      expect(fs.metrics.dataWriteIOBytes).toEqual(point);
      expect(fs.metrics.burstCreditBalance).toBeUndefined();
    }
  });

  it('reads no DataReadIOBytes or DataWriteIOBytes for other throughput modes', async () => {
    mockFileSystems(1, 'elastic');
    const { ctx } = collectContext('efs', clients);

    const part = await collectEfs(ctx, NOW);

    const names = metricCalls().flatMap((c) =>
      (c.MetricDataQueries ?? []).map((q) => q.MetricStat?.Metric?.MetricName),
    );
    expect(names).not.toContain('DataReadIOBytes');
    expect(names).not.toContain('DataWriteIOBytes');
    const metrics = valueOf(part.fileSystems)[0]?.metrics;
    expect(metrics?.dataReadIOBytes).toBeUndefined();
    expect(metrics?.dataWriteIOBytes).toBeUndefined();
  });

  it('follows NextToken and joins the pages of each series in time order', async () => {
    mockFileSystems(1, 'elastic');
    const t = (iso: string) => new Date(iso);
    const tokens: (string | undefined)[] = [];
    cloudwatchMock.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => {
      tokens.push(input.NextToken);
      const ids = (input.MetricDataQueries ?? []).map((q) => q.Id ?? '');
      if (!input.NextToken) {
        return {
          MetricDataResults: ids.map((Id) => ({
            Id,
            StatusCode: 'PartialData',
            Timestamps: [t('2026-10-30T00:00:00Z')],
            Values: [3],
          })),
          NextToken: 'next',
        };
      }
      return {
        MetricDataResults: ids.map((Id) => ({
          Id,
          StatusCode: 'Complete',
          Timestamps: [t('2026-10-29T00:00:00Z')],
          Values: [2],
        })),
      };
    });
    const { ctx } = collectContext('efs', clients);

    const part = await collectEfs(ctx, NOW);

    // Each window's call, then its second page: the two windows run concurrently.
    expect([...tokens].sort()).toEqual(['next', 'next', undefined, undefined]);
    expect(valueOf(part.fileSystems)[0]?.metrics.meteredIOBytes).toEqual(
      ok({
        timestamps: [
          Date.parse('2026-10-29T00:00:00Z') / 1000,
          Date.parse('2026-10-30T00:00:00Z') / 1000,
        ],
        values: [2, 3],
      }),
    );
  });

  it('fails a series its query was refused or not answered, and every series of a failed call', async () => {
    mockFileSystems(1, 'elastic');
    cloudwatchMock.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => {
      const queries = input.MetricDataQueries ?? [];
      if (queries[0]?.MetricStat?.Period === 86400) throw serviceError('AccessDenied');
      return {
        MetricDataResults: [
          { Id: queries[0]?.Id, StatusCode: 'Forbidden', Messages: [{ Value: 'no access' }] },
        ],
      };
    });
    const { ctx, errors } = collectContext('efs', clients);

    const part = await collectEfs(ctx, NOW);

    const metrics = valueOf(part.fileSystems)[0]?.metrics;
    const code = (read: { ok: boolean; error?: { code: string } } | undefined) => read?.error?.code;
    expect(code(metrics?.meteredIOBytes)).toBe('Forbidden');
    expect(code(metrics?.metadataOperations)).toBe('NoResult');
    expect(code(metrics?.clientConnections)).toBe('AccessDenied');
    expect(errors.map((e) => e.operation)).toEqual(['cloudwatch:GetMetricData']);
  });
});
