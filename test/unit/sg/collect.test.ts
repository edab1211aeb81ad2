import {
  DescribeNetworkInterfacesCommand,
  DescribeSecurityGroupsCommand,
  EC2Client,
  GetManagedPrefixListEntriesCommand,
  type GetManagedPrefixListEntriesCommandInput,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { RESOURCE_CONCURRENCY } from '../../../src/collect/context.js';
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
          egress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
        },
        {
          id: 'sg-idle',
          arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:security-group/sg-idle`,
          name: 'idle',
          tags: {},
          ingress: [],
          egress: [],
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

/** A group admitting tcp 22 and all traffic from managed prefix lists. */
function groupWithLists(id: string, lists: string[], other: string[] = []) {
  return {
    GroupId: id,
    GroupName: id,
    IpPermissions: [
      {
        IpProtocol: 'tcp',
        FromPort: 22,
        ToPort: 22,
        PrefixListIds: lists.map((PrefixListId) => ({ PrefixListId, Description: 'office' })),
      },
      { IpProtocol: '-1', PrefixListIds: other.map((PrefixListId) => ({ PrefixListId })) },
    ],
  };
}

/** GetManagedPrefixListEntries answering one entry per list: 10.<n>.0.0/16 for pl-<n>. */
function answerEntries(input: GetManagedPrefixListEntriesCommandInput) {
  const n = (input.PrefixListId ?? '').replace('pl-', '');
  return { Entries: [{ Cidr: `10.${n}.0.0/16`, Description: 'x' }] };
}

describe('managed prefix lists', () => {
  it('keeps the prefix lists of each permission and reads each list once, in pages of 100', async () => {
    ec2Mock.on(DescribeSecurityGroupsCommand).resolves({
      SecurityGroups: [
        groupWithLists('sg-a', ['pl-1', 'pl-2']),
        groupWithLists('sg-b', ['pl-1'], ['pl-2']),
      ],
    });
    ec2Mock.on(DescribeNetworkInterfacesCommand).resolves({ NetworkInterfaces: [] });
    ec2Mock
      .on(GetManagedPrefixListEntriesCommand, { PrefixListId: 'pl-1' })
      .resolvesOnce({ Entries: [{ Cidr: '0.0.0.0/1' }], NextToken: 'more' })
      .resolvesOnce({ Entries: [{ Cidr: '128.0.0.0/1', Description: 'upper' }, {}] });
    ec2Mock
      .on(GetManagedPrefixListEntriesCommand, { PrefixListId: 'pl-2' })
      .resolves({ Entries: [{ Cidr: '2001:db8::/32' }] });
    const { ctx, errors } = collectContext('sg', { ec2: client });

    const part = await collectSecurityGroups(ctx);

    expect(errors).toEqual([]);
    expect(at(valueOf(part.groups), 1).ingress).toEqual([
      { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, PrefixListIds: [{ PrefixListId: 'pl-1' }] },
      { IpProtocol: '-1', PrefixListIds: [{ PrefixListId: 'pl-2' }] },
    ]);
    // pl-1 in two pages, pl-2 in one: each list once, whatever the number of groups using it.
    const calls = ec2Mock.commandCalls(GetManagedPrefixListEntriesCommand);
    expect(
      calls.map((c) => [c.args[0].input.PrefixListId, c.args[0].input.MaxResults]).sort(),
    ).toEqual([
      ['pl-1', 100],
      ['pl-1', 100],
      ['pl-2', 100],
    ]);
    expect(part.prefixLists).toEqual({
      'pl-1': { ok: true, value: ['0.0.0.0/1', '128.0.0.0/1'] },
      'pl-2': { ok: true, value: ['2001:db8::/32'] },
    });
  });

  it('records a list that cannot be read as a failed read of that list only', async () => {
    ec2Mock.on(DescribeSecurityGroupsCommand).resolves({
      SecurityGroups: [groupWithLists('sg-a', ['pl-1', 'pl-9'])],
    });
    ec2Mock.on(DescribeNetworkInterfacesCommand).resolves({ NetworkInterfaces: [] });
    ec2Mock.on(GetManagedPrefixListEntriesCommand).callsFake(answerEntries);
    ec2Mock
      .on(GetManagedPrefixListEntriesCommand, { PrefixListId: 'pl-9' })
      .rejects(serviceError('UnauthorizedOperation'));
    const { ctx, errors } = collectContext('sg', { ec2: client });

    const part = await collectSecurityGroups(ctx);

    expect(part.prefixLists?.['pl-1']).toEqual({ ok: true, value: ['10.1.0.0/16'] });
    expect(part.prefixLists?.['pl-9']).toMatchObject({
      ok: false,
      error: { operation: 'ec2:GetManagedPrefixListEntries', code: 'UnauthorizedOperation' },
    });
    expect(errors.map((e) => [e.service, e.region, e.operation])).toEqual([
      ['sg', 'us-east-1', 'ec2:GetManagedPrefixListEntries'],
    ]);
  });

  it('reads no list when no group references one, and none when the group listing failed', async () => {
    ec2Mock.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [WEB_GROUP] });
    ec2Mock.on(DescribeNetworkInterfacesCommand).resolves({ NetworkInterfaces: [] });
    const { ctx } = collectContext('sg', { ec2: client });
    expect((await collectSecurityGroups(ctx)).prefixLists).toEqual({});
    expect(ec2Mock.commandCalls(GetManagedPrefixListEntriesCommand)).toHaveLength(0);

    ec2Mock.reset();
    ec2Mock.on(DescribeSecurityGroupsCommand).rejects(serviceError('UnauthorizedOperation'));
    ec2Mock.on(DescribeNetworkInterfacesCommand).resolves({ NetworkInterfaces: [] });
    const denied = collectContext('sg', { ec2: client });
    expect((await collectSecurityGroups(denied.ctx)).prefixLists).toEqual({});
    expect(ec2Mock.commandCalls(GetManagedPrefixListEntriesCommand)).toHaveLength(0);
  });

  it('reads many lists through the bounded pool', async () => {
    const ids = Array.from({ length: 3 * RESOURCE_CONCURRENCY }, (_, i) => `pl-${i}`);
    ec2Mock.on(DescribeSecurityGroupsCommand).resolves({
      SecurityGroups: [groupWithLists('sg-a', ids), groupWithLists('sg-b', [...ids].reverse())],
    });
    ec2Mock.on(DescribeNetworkInterfacesCommand).resolves({ NetworkInterfaces: [] });
    let inFlight = 0;
    let most = 0;
    ec2Mock.on(GetManagedPrefixListEntriesCommand).callsFake(async (input) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
      return answerEntries(input as GetManagedPrefixListEntriesCommandInput);
    });
    const { ctx } = collectContext('sg', { ec2: client });

    const part = await collectSecurityGroups(ctx);

    expect(ec2Mock.commandCalls(GetManagedPrefixListEntriesCommand)).toHaveLength(ids.length);
    expect(most).toBe(RESOURCE_CONCURRENCY);
    expect(Object.keys(part.prefixLists ?? {}).sort()).toEqual([...ids].sort());
    expect(part.prefixLists?.['pl-17']).toEqual({ ok: true, value: ['10.17.0.0/16'] });
  });
});
