// What the EC2 collector keeps for the cost checks: the pricing fields of DescribeVolumes (no new
// call) and one DescribeAddresses per region.
import {
  DescribeAddressesCommand,
  DescribeInstancesCommand,
  DescribeVolumesCommand,
  EC2Client,
  GetEbsEncryptionByDefaultCommand,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { collectEc2 } from '../../../src/collect/ec2.js';
import { ACCOUNT, collectContext, ok, serviceError } from './fixtures.js';

const ec2Mock = mockClient(EC2Client);
const client = new EC2Client({ region: 'us-east-1' });

beforeEach(() => {
  ec2Mock.reset();
  // The region's other reads (snapshots, images, flow logs, ...) answer empty.
  ec2Mock.onAnyCommand().resolves({});
  ec2Mock.on(DescribeInstancesCommand).resolves({ Reservations: [] });
  ec2Mock.on(GetEbsEncryptionByDefaultCommand).resolves({ EbsEncryptionByDefault: true });
  ec2Mock.on(DescribeVolumesCommand).resolves({ Volumes: [] });
  ec2Mock.on(DescribeAddressesCommand).resolves({ Addresses: [] });
});

describe('collectEc2 for the cost checks', () => {
  it("keeps each volume's type, size, IOPS, throughput and creation time", async () => {
    ec2Mock.on(DescribeVolumesCommand).resolves({
      Volumes: [
        {
          VolumeId: 'vol-gp3',
          State: 'available',
          Encrypted: true,
          VolumeType: 'gp3',
          Size: 200,
          Iops: 4000,
          Throughput: 250,
          CreateTime: new Date('2025-06-01T10:00:00Z'),
        },
        // gp2: AWS reports its baseline IOPS and no Throughput.
        {
          VolumeId: 'vol-gp2',
          State: 'in-use',
          Encrypted: false,
          Attachments: [{ InstanceId: 'i-1' }],
          VolumeType: 'gp2',
          Size: 100,
          Iops: 300,
          CreateTime: new Date('2024-01-02T03:04:05Z'),
        },
      ],
    });
    const { ctx, errors } = collectContext('ec2', { ec2: client });

    const part = await collectEc2(ctx);

    expect(errors).toEqual([]);
    expect(part.volumes).toEqual(
      ok([
        {
          id: 'vol-gp3',
          arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/vol-gp3`,
          state: 'available',
          encrypted: true,
          attachedTo: [],
          tags: {},
          volumeType: 'gp3',
          sizeGib: 200,
          iops: 4000,
          throughputMibps: 250,
          createdAt: '2025-06-01T10:00:00.000Z',
        },
        {
          id: 'vol-gp2',
          arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/vol-gp2`,
          state: 'in-use',
          encrypted: false,
          attachedTo: ['i-1'],
          tags: {},
          volumeType: 'gp2',
          sizeGib: 100,
          iops: 300,
          createdAt: '2024-01-02T03:04:05.000Z',
        },
      ]),
    );
  });

  it('reads the Elastic IP addresses with one unpaginated DescribeAddresses', async () => {
    ec2Mock.on(DescribeAddressesCommand).resolves({
      Addresses: [
        {
          AllocationId: 'eipalloc-1',
          PublicIp: '198.51.100.7',
          Domain: 'vpc',
          PublicIpv4Pool: 'amazon',
          NetworkBorderGroup: 'us-east-1',
          Tags: [{ Key: 'Name', Value: 'spare' }],
        },
        {
          AllocationId: 'eipalloc-2',
          PublicIp: '198.51.100.8',
          Domain: 'vpc',
          PublicIpv4Pool: 'amazon',
          AssociationId: 'eipassoc-2',
          InstanceId: 'i-1',
          NetworkInterfaceId: 'eni-1',
          PrivateIpAddress: '10.0.0.5',
        },
      ],
    });
    const { ctx, errors } = collectContext('ec2', { ec2: client });

    const part = await collectEc2(ctx);

    expect(errors).toEqual([]);
    const calls = ec2Mock.commandCalls(DescribeAddressesCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args[0].input).toEqual({});
    expect(part.addresses).toEqual(
      ok([
        {
          id: 'eipalloc-1',
          arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:elastic-ip/eipalloc-1`,
          name: 'spare',
          publicIp: '198.51.100.7',
          domain: 'vpc',
          publicIpv4Pool: 'amazon',
          tags: { Name: 'spare' },
        },
        {
          id: 'eipalloc-2',
          arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:elastic-ip/eipalloc-2`,
          publicIp: '198.51.100.8',
          associationId: 'eipassoc-2',
          instanceId: 'i-1',
          networkInterfaceId: 'eni-1',
          domain: 'vpc',
          publicIpv4Pool: 'amazon',
          tags: {},
        },
      ]),
    );
  });

  it('records a denied DescribeAddresses and keeps the rest of the region', async () => {
    ec2Mock.on(DescribeAddressesCommand).rejects(serviceError('UnauthorizedOperation'));
    const { ctx, errors } = collectContext('ec2', { ec2: client });

    const part = await collectEc2(ctx);

    expect(part.addresses).toMatchObject({
      ok: false,
      error: { operation: 'ec2:DescribeAddresses', code: 'UnauthorizedOperation' },
    });
    expect(part.volumes).toEqual(ok([]));
    expect(errors.map((e) => [e.operation, e.code])).toEqual([
      ['ec2:DescribeAddresses', 'UnauthorizedOperation'],
    ]);
  });
});
