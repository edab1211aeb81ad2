import {
  DescribeFlowLogsCommand,
  DescribeImagesCommand,
  DescribeSnapshotAttributeCommand,
  DescribeSnapshotsCommand,
  DescribeVpcsCommand,
  EC2Client,
  GetInstanceMetadataDefaultsCommand,
  GetSnapshotBlockPublicAccessStateCommand,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { collectEc2 } from '../../../src/collect/ec2.js';
import { ACCOUNT, at, collectContext, ok, serviceError } from './fixtures.js';

const ec2Mock = mockClient(EC2Client);
const client = new EC2Client({ region: 'us-east-1' });

beforeEach(() => {
  ec2Mock.reset();
  ec2Mock.onAnyCommand().resolves({});
});

describe('collectEc2: snapshots, AMIs, account settings, VPCs and flow logs', () => {
  it('lists the public snapshots of the account and confirms each with its attribute', async () => {
    ec2Mock
      .on(DescribeSnapshotsCommand)
      .resolvesOnce({
        Snapshots: [
          { SnapshotId: 'snap-public', OwnerId: ACCOUNT, VolumeId: 'vol-1', Encrypted: false },
          // moto ignores the filters and lists other owners' snapshots: never judged.
          { SnapshotId: 'snap-amazon', OwnerId: '137112412989' },
        ],
        NextToken: 'more',
      })
      .resolvesOnce({
        Snapshots: [
          {
            SnapshotId: 'snap-shared',
            OwnerId: ACCOUNT,
            Encrypted: true,
            Tags: [{ Key: 'Name', Value: 'db' }],
          },
          { SnapshotId: 'snap-denied', OwnerId: ACCOUNT, Encrypted: false },
        ],
      });
    ec2Mock
      .on(DescribeSnapshotAttributeCommand, { SnapshotId: 'snap-public' })
      .resolves({ CreateVolumePermissions: [{ UserId: '444455556666' }, { Group: 'all' }] })
      .on(DescribeSnapshotAttributeCommand, { SnapshotId: 'snap-shared' })
      .resolves({ CreateVolumePermissions: [{ UserId: '444455556666' }] })
      .on(DescribeSnapshotAttributeCommand, { SnapshotId: 'snap-denied' })
      .rejects(serviceError('UnauthorizedOperation'));
    const { ctx, errors } = collectContext('ec2', { ec2: client });

    const part = await collectEc2(ctx);

    const listings = ec2Mock.commandCalls(DescribeSnapshotsCommand);
    expect(listings).toHaveLength(2);
    expect(at(listings, 0).args[0].input).toMatchObject({
      OwnerIds: ['self'],
      RestorableByUserIds: ['all'],
      MaxResults: 1000,
    });
    const attributes = ec2Mock.commandCalls(DescribeSnapshotAttributeCommand);
    expect(attributes.map((c) => c.args[0].input.SnapshotId).sort()).toEqual([
      'snap-denied',
      'snap-public',
      'snap-shared',
    ]);
    expect(attributes.every((c) => c.args[0].input.Attribute === 'createVolumePermission')).toBe(
      true,
    );
    expect(part.publicSnapshots).toEqual(
      ok([
        {
          id: 'snap-public',
          arn: 'arn:aws:ec2:us-east-1::snapshot/snap-public',
          volumeId: 'vol-1',
          encrypted: false,
          restorableByAll: ok(true),
          tags: {},
        },
        {
          id: 'snap-shared',
          arn: 'arn:aws:ec2:us-east-1::snapshot/snap-shared',
          name: 'db',
          encrypted: true,
          restorableByAll: ok(false),
          tags: { Name: 'db' },
        },
        {
          id: 'snap-denied',
          arn: 'arn:aws:ec2:us-east-1::snapshot/snap-denied',
          encrypted: false,
          restorableByAll: {
            ok: false,
            error: {
              operation: 'ec2:DescribeSnapshotAttribute',
              code: 'UnauthorizedOperation',
              message: 'UnauthorizedOperation message',
              class: 'denied',
            },
          },
          tags: {},
        },
      ]),
    );
    expect(errors.map((e) => e.operation)).toEqual(['ec2:DescribeSnapshotAttribute']);
  });

  it('makes no attribute call when the listing fails', async () => {
    ec2Mock.on(DescribeSnapshotsCommand).rejects(serviceError('UnauthorizedOperation'));
    const { ctx } = collectContext('ec2', { ec2: client });

    const part = await collectEc2(ctx);

    expect(part.publicSnapshots).toMatchObject({
      ok: false,
      error: { operation: 'ec2:DescribeSnapshots' },
    });
    expect(ec2Mock.commandCalls(DescribeSnapshotAttributeCommand)).toHaveLength(0);
  });

  it('lists the AMIs the account owns and keeps Public only when the answer has it', async () => {
    ec2Mock.on(DescribeImagesCommand).resolves({
      Images: [
        { ImageId: 'ami-open', Name: 'web', State: 'available', Public: true },
        { ImageId: 'ami-closed', State: 'available', Public: false },
        { ImageId: 'ami-bare', State: 'pending' },
      ],
    });
    const { ctx } = collectContext('ec2', { ec2: client }, 'eu-west-1');

    const part = await collectEc2(ctx);

    expect(at(ec2Mock.commandCalls(DescribeImagesCommand), 0).args[0].input).toMatchObject({
      Owners: ['self'],
      MaxResults: 1000,
    });
    expect(part.images).toEqual(
      ok([
        {
          id: 'ami-open',
          arn: 'arn:aws:ec2:eu-west-1::image/ami-open',
          name: 'web',
          state: 'available',
          public: true,
          tags: {},
        },
        {
          id: 'ami-closed',
          arn: 'arn:aws:ec2:eu-west-1::image/ami-closed',
          state: 'available',
          public: false,
          tags: {},
        },
        {
          id: 'ami-bare',
          arn: 'arn:aws:ec2:eu-west-1::image/ami-bare',
          state: 'pending',
          tags: {},
        },
      ]),
    );
  });

  it('reads the snapshot block public access state and the metadata default', async () => {
    ec2Mock
      .on(GetSnapshotBlockPublicAccessStateCommand)
      .resolves({ State: 'block-new-sharing', ManagedBy: 'account' });
    ec2Mock
      .on(GetInstanceMetadataDefaultsCommand)
      .resolves({ AccountLevel: { HttpTokens: 'required', HttpPutResponseHopLimit: 2 } });
    const { ctx } = collectContext('ec2', { ec2: client });

    const part = await collectEc2(ctx);

    expect(part.snapshotBlockPublicAccess).toEqual(ok('block-new-sharing'));
    expect(part.imdsDefaultHttpTokens).toEqual(ok('required'));
  });

  it('reads the account-level IMDSv2 launch enforcement (HttpTokensEnforced)', async () => {
    ec2Mock
      .on(GetInstanceMetadataDefaultsCommand)
      .resolves({ AccountLevel: { HttpTokensEnforced: 'enabled' } });
    const { ctx } = collectContext('ec2', { ec2: client });

    const part = await collectEc2(ctx);

    expect(part.imdsDefaultHttpTokens).toEqual(ok(null));
    expect(part.imdsDefaultHttpTokensEnforced).toBe(true);
  });

  it('reads an account without metadata defaults as null, a server error as a failed read', async () => {
    // AWS leaves AccountLevel (or its HttpTokens) out when the account sets no default.
    ec2Mock.on(GetInstanceMetadataDefaultsCommand).resolves({ AccountLevel: {} });
    // moto answers HTTP 500 (not implemented).
    ec2Mock
      .on(GetSnapshotBlockPublicAccessStateCommand)
      .rejects(serviceError('InternalError', 500));
    const { ctx, errors } = collectContext('ec2', { ec2: client });

    const part = await collectEc2(ctx);

    expect(part.imdsDefaultHttpTokens).toEqual(ok(null));
    expect(part.snapshotBlockPublicAccess).toMatchObject({
      ok: false,
      error: { operation: 'ec2:GetSnapshotBlockPublicAccessState', code: 'InternalError' },
    });
    expect(errors.map((e) => e.operation)).toEqual(['ec2:GetSnapshotBlockPublicAccessState']);
  });

  it('lists the VPCs and every flow log of the region in pages', async () => {
    ec2Mock.on(DescribeVpcsCommand).resolves({
      Vpcs: [
        { VpcId: 'vpc-default', IsDefault: true },
        { VpcId: 'vpc-app', IsDefault: false, Tags: [{ Key: 'Name', Value: 'app' }] },
      ],
    });
    ec2Mock
      .on(DescribeFlowLogsCommand)
      .resolvesOnce({
        FlowLogs: [{ FlowLogId: 'fl-1', ResourceId: 'vpc-app', FlowLogStatus: 'ACTIVE' }],
        NextToken: 'more',
      })
      .resolvesOnce({ FlowLogs: [{ FlowLogId: 'fl-2', ResourceId: 'subnet-1' }] });
    const { ctx } = collectContext('ec2', { ec2: client });

    const part = await collectEc2(ctx);

    expect(at(ec2Mock.commandCalls(DescribeVpcsCommand), 0).args[0].input).toMatchObject({
      MaxResults: 1000,
    });
    expect(at(ec2Mock.commandCalls(DescribeFlowLogsCommand), 1).args[0].input).toMatchObject({
      MaxResults: 1000,
      NextToken: 'more',
    });
    expect(part.vpcs).toEqual(
      ok([
        {
          id: 'vpc-default',
          arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:vpc/vpc-default`,
          isDefault: true,
          tags: {},
        },
        {
          id: 'vpc-app',
          arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:vpc/vpc-app`,
          name: 'app',
          isDefault: false,
          tags: { Name: 'app' },
        },
      ]),
    );
    expect(part.flowLogs).toEqual(
      ok([
        { id: 'fl-1', resourceId: 'vpc-app', status: 'ACTIVE' },
        { id: 'fl-2', resourceId: 'subnet-1' },
      ]),
    );
  });
});
