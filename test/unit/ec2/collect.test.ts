import {
  DescribeInstancesCommand,
  DescribeVolumesCommand,
  EC2Client,
  GetEbsEncryptionByDefaultCommand,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { collectEc2 } from '../../../src/collect/ec2.js';
import { ACCOUNT, at, collectContext, ok, serviceError, valueOf } from './fixtures.js';

const ec2Mock = mockClient(EC2Client);
const client = new EC2Client({ region: 'us-east-1' });

beforeEach(() => {
  ec2Mock.reset();
  // Calls a test does not stub answer empty, as AWS does for an account without such resources.
  ec2Mock.onAnyCommand().resolves({});
});

describe('collectEc2', () => {
  it('drains instance pages of 1000 and keeps what the checks read', async () => {
    ec2Mock
      .on(DescribeInstancesCommand)
      .resolvesOnce({
        Reservations: [
          {
            Instances: [
              {
                InstanceId: 'i-1',
                State: { Name: 'running' },
                MetadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'disabled' },
                PublicIpAddress: '54.214.1.2',
                Tags: [{ Key: 'Name', Value: 'web' }],
              },
            ],
          },
        ],
        NextToken: 'page-2',
      })
      .resolvesOnce({
        Reservations: [
          {
            Instances: [
              {
                InstanceId: 'i-2',
                State: { Name: 'stopped' },
                MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' },
              },
            ],
          },
        ],
      });
    ec2Mock.on(DescribeVolumesCommand).resolves({
      Volumes: [
        {
          VolumeId: 'vol-1',
          State: 'in-use',
          Encrypted: false,
          Attachments: [{ InstanceId: 'i-1' }],
        },
        {
          VolumeId: 'vol-2',
          State: 'available',
          Encrypted: true,
          Tags: [{ Key: 'team', Value: 'a' }],
        },
      ],
    });
    ec2Mock.on(GetEbsEncryptionByDefaultCommand).resolves({ EbsEncryptionByDefault: true });
    const { ctx, errors } = collectContext('ec2', { ec2: client });

    const part = await collectEc2(ctx);

    expect(errors).toEqual([]);
    const instanceCalls = ec2Mock.commandCalls(DescribeInstancesCommand);
    expect(instanceCalls).toHaveLength(2);
    expect(at(instanceCalls, 0).args[0].input).toMatchObject({
      MaxResults: 1000,
      Filters: [
        { Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] },
      ],
    });
    expect(at(instanceCalls, 1).args[0].input.NextToken).toBe('page-2');
    expect(at(ec2Mock.commandCalls(DescribeVolumesCommand), 0).args[0].input).toMatchObject({
      MaxResults: 500,
    });
    expect(part.instances).toEqual(
      ok([
        {
          id: 'i-1',
          arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-1`,
          name: 'web',
          state: 'running',
          httpTokens: 'optional',
          httpEndpoint: 'disabled',
          publicIp: '54.214.1.2',
          tags: { Name: 'web' },
        },
        {
          id: 'i-2',
          arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-2`,
          state: 'stopped',
          httpTokens: 'required',
          httpEndpoint: 'enabled',
          tags: {},
        },
      ]),
    );
    expect(part.volumes).toEqual(
      ok([
        {
          id: 'vol-1',
          arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/vol-1`,
          state: 'in-use',
          encrypted: false,
          attachedTo: ['i-1'],
          tags: {},
        },
        {
          id: 'vol-2',
          arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/vol-2`,
          state: 'available',
          encrypted: true,
          attachedTo: [],
          tags: { team: 'a' },
        },
      ]),
    );
    expect(part.ebsEncryptionByDefault).toEqual({ ok: true, value: true });
    expect(JSON.parse(JSON.stringify(part))).toEqual(part);
  });

  it('turns each denied call into a failed read and an error, never into data', async () => {
    ec2Mock.onAnyCommand().rejects(serviceError('UnauthorizedOperation'));
    const { ctx, errors } = collectContext('ec2', { ec2: client }, 'eu-west-1');

    const part = await collectEc2(ctx);

    const failed = (operation: string) => ({
      ok: false,
      error: {
        operation,
        code: 'UnauthorizedOperation',
        message: 'UnauthorizedOperation message',
        class: 'denied',
      },
    });
    expect(part).toEqual({
      instances: failed('ec2:DescribeInstances'),
      volumes: failed('ec2:DescribeVolumes'),
      ebsEncryptionByDefault: failed('ec2:GetEbsEncryptionByDefault'),
      publicSnapshots: failed('ec2:DescribeSnapshots'),
      images: failed('ec2:DescribeImages'),
      snapshotBlockPublicAccess: failed('ec2:GetSnapshotBlockPublicAccessState'),
      imdsDefaultHttpTokens: failed('ec2:GetInstanceMetadataDefaults'),
      vpcs: failed('ec2:DescribeVpcs'),
      flowLogs: failed('ec2:DescribeFlowLogs'),
      addresses: failed('ec2:DescribeAddresses'),
    });
    expect(errors.map((e) => [e.service, e.region, e.operation, e.code]).sort()).toEqual(
      [
        'ec2:DescribeAddresses',
        'ec2:DescribeFlowLogs',
        'ec2:DescribeImages',
        'ec2:DescribeInstances',
        'ec2:DescribeSnapshots',
        'ec2:DescribeVolumes',
        'ec2:DescribeVpcs',
        'ec2:GetEbsEncryptionByDefault',
        'ec2:GetInstanceMetadataDefaults',
        'ec2:GetSnapshotBlockPublicAccessState',
      ].map((operation) => ['ec2', 'eu-west-1', operation, 'UnauthorizedOperation']),
    );
  });

  it('fails the whole listing when a later page fails', async () => {
    ec2Mock
      .on(DescribeInstancesCommand)
      .resolvesOnce({ Reservations: [{ Instances: [{ InstanceId: 'i-1' }] }], NextToken: 'next' })
      .rejectsOnce(serviceError('RequestLimitExceeded', 503));
    ec2Mock.on(DescribeVolumesCommand).resolves({});
    ec2Mock.on(GetEbsEncryptionByDefaultCommand).resolves({ EbsEncryptionByDefault: false });
    const { ctx } = collectContext('ec2', { ec2: client });

    const part = await collectEc2(ctx);

    // No partial list: the instances of the first page are not kept.
    expect(part.instances).toEqual({
      ok: false,
      error: {
        operation: 'ec2:DescribeInstances',
        code: 'RequestLimitExceeded',
        message: 'RequestLimitExceeded message',
        class: 'throttled',
      },
    });
    expect(part.volumes).toEqual(ok([]));
    expect(part.ebsEncryptionByDefault).toEqual({ ok: true, value: false });
  });

  it('keeps fields the answer lacked as absent, never as false or optional', async () => {
    ec2Mock.on(DescribeInstancesCommand).resolves({
      Reservations: [{ Instances: [{ InstanceId: 'i-1', State: { Name: 'running' } }] }],
    });
    ec2Mock.on(DescribeVolumesCommand).resolves({});
    ec2Mock.on(GetEbsEncryptionByDefaultCommand).resolves({});
    const { ctx, errors } = collectContext('ec2', { ec2: client });

    const part = await collectEc2(ctx);

    expect(errors).toEqual([]);
    expect(at(valueOf(part.instances), 0)).not.toHaveProperty('httpTokens');
    expect(at(valueOf(part.instances), 0)).not.toHaveProperty('httpEndpoint');
    expect(part.ebsEncryptionByDefault).toEqual({ ok: true, value: null });
  });

  it('builds ARNs in the region partition', async () => {
    ec2Mock
      .on(DescribeInstancesCommand)
      .resolves({ Reservations: [{ Instances: [{ InstanceId: 'i-1' }] }] });
    ec2Mock.on(DescribeVolumesCommand).resolves({});
    ec2Mock.on(GetEbsEncryptionByDefaultCommand).resolves({});
    const { ctx } = collectContext('ec2', { ec2: client }, 'cn-north-1');

    const part = await collectEc2(ctx);

    expect(at(valueOf(part.instances), 0).arn).toBe(
      `arn:aws-cn:ec2:cn-north-1:${ACCOUNT}:instance/i-1`,
    );
  });
});
