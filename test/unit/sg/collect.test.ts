import {
  DescribeNetworkInterfacesCommand,
  DescribeSecurityGroupsCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { collectSecurityGroups } from '../../../src/collect/sg.js';
import { listSecurityGroups } from '../../../src/collect/vpc.js';
import { ACCOUNT, at, collectContext, serviceError, valueOf } from '../ec2/fixtures.js';

const ec2Mock = mockClient(EC2Client);
const client = new EC2Client({ region: 'us-east-1' });

beforeEach(() => ec2Mock.reset());

const WEB_GROUP = {
  GroupId: 'sg-web',
  GroupName: 'web',
  VpcId: 'vpc-1',
  SecurityGroupArn: `arn:aws:ec2:us-east-1:${ACCOUNT}:security-group/sg-web`,
  Tags: [{ Key: 'Environment', Value: 'prod' }],
  IpPermissions: [
    {
      IpProtocol: 'tcp',
      FromPort: 22,
      ToPort: 22,
      IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'ssh' }],
      Ipv6Ranges: [{ CidrIpv6: '::/0' }],
      UserIdGroupPairs: [{ GroupId: 'sg-other' }],
    },
    { IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: 'sg-web' }] },
  ],
  IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
};

describe('collectSecurityGroups', () => {
  it('lists groups in pages of 1000 and counts the interfaces using each', async () => {
    ec2Mock
      .on(DescribeSecurityGroupsCommand)
      .resolvesOnce({ SecurityGroups: [WEB_GROUP], NextToken: 'more' })
      .resolvesOnce({ SecurityGroups: [{ GroupId: 'sg-idle', GroupName: 'idle' }] });
    ec2Mock
      .on(DescribeNetworkInterfacesCommand)
      .resolvesOnce({
        NetworkInterfaces: [{ Groups: [{ GroupId: 'sg-web' }] }],
        NextToken: 'more',
      })
      .resolvesOnce({
        NetworkInterfaces: [{ Groups: [{ GroupId: 'sg-web' }, { GroupId: 'sg-x' }] }],
      });
    const { ctx, errors } = collectContext('sg', { ec2: client });

    const part = await collectSecurityGroups(ctx);

    expect(errors).toEqual([]);
    expect(ec2Mock.commandCalls(DescribeSecurityGroupsCommand)).toHaveLength(2);
    expect(at(ec2Mock.commandCalls(DescribeSecurityGroupsCommand), 0).args[0].input).toMatchObject({
      MaxResults: 1000,
    });
    expect(
      at(ec2Mock.commandCalls(DescribeNetworkInterfacesCommand), 0).args[0].input,
    ).toMatchObject({
      MaxResults: 1000,
    });
    // Two interfaces use sg-web, one sg-x (not listed); sg-idle, used by none, has no count.
    expect(part.networkInterfaceCounts).toEqual({ ok: true, value: { 'sg-web': 2, 'sg-x': 1 } });
    expect(part.groups).toEqual({
      ok: true,
      value: [
        {
          id: 'sg-web',
          arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:security-group/sg-web`,
          name: 'web',
          vpcId: 'vpc-1',
          tags: { Environment: 'prod' },
          ingress: [
            {
              IpProtocol: 'tcp',
              FromPort: 22,
              ToPort: 22,
              IpRanges: [{ CidrIp: '0.0.0.0/0' }],
              Ipv6Ranges: [{ CidrIpv6: '::/0' }],
            },
            { IpProtocol: '-1' },
          ],
        },
        {
          id: 'sg-idle',
          arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:security-group/sg-idle`,
          name: 'idle',
          tags: {},
          ingress: [],
        },
      ],
    });
  });

  it('shares one security group listing per region with the EFS collector', async () => {
    ec2Mock.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [WEB_GROUP] });
    ec2Mock.on(DescribeNetworkInterfacesCommand).resolves({ NetworkInterfaces: [] });
    const sharedCache = new Map<string, Promise<unknown>>();
    const efs = collectContext('efs', { ec2: client }, 'us-east-1', sharedCache);
    const sg = collectContext('sg', { ec2: client }, 'us-east-1', sharedCache);

    const [forEfs, part] = await Promise.all([
      listSecurityGroups(efs.ctx),
      collectSecurityGroups(sg.ctx),
    ]);

    expect(ec2Mock.commandCalls(DescribeSecurityGroupsCommand)).toHaveLength(1);
    expect(forEfs.ok && at(forEfs.value, 0).GroupId).toBe('sg-web');
    expect(valueOf(part.groups).map((g) => g.id)).toEqual(['sg-web']);
  });

  it('keeps the groups when only the interface listing is denied', async () => {
    ec2Mock.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [WEB_GROUP] });
    ec2Mock.on(DescribeNetworkInterfacesCommand).rejects(serviceError('UnauthorizedOperation'));
    const { ctx, errors } = collectContext('sg', { ec2: client });

    const part = await collectSecurityGroups(ctx);

    expect(valueOf(part.groups)).toHaveLength(1);
    expect(part.networkInterfaceCounts).toMatchObject({
      ok: false,
      error: { operation: 'ec2:DescribeNetworkInterfaces', code: 'UnauthorizedOperation' },
    });
    expect(errors.map((e) => e.operation)).toEqual(['ec2:DescribeNetworkInterfaces']);
  });

  it('records a denied group listing as a failed read with no groups', async () => {
    ec2Mock.on(DescribeSecurityGroupsCommand).rejects(serviceError('UnauthorizedOperation'));
    ec2Mock.on(DescribeNetworkInterfacesCommand).resolves({ NetworkInterfaces: [] });
    const { ctx, errors } = collectContext('sg', { ec2: client });

    const part = await collectSecurityGroups(ctx);

    expect(part.groups).toMatchObject({
      ok: false,
      error: { code: 'UnauthorizedOperation' },
    });
    expect(part.groups).not.toHaveProperty('value');
    expect(errors).toEqual([
      expect.objectContaining({
        service: 'sg',
        region: 'us-east-1',
        operation: 'ec2:DescribeSecurityGroups',
      }),
    ]);
  });
});
