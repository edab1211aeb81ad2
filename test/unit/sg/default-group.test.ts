import type { IngressPermission } from '../../../src/model/network.js';
import type { Ec2SecurityGroup, SgInventory } from '../../../src/model/sg.js';
import type { EvalContext } from '../../../src/rules/kit.js';
import { sgRules } from '../../../src/rules/sg.js';
import {
  ACCOUNT,
  denied,
  inventoryOf,
  ok,
  resultFor,
  ruleById,
  statuses,
} from '../ec2/fixtures.js';

const context: EvalContext = { now: new Date('2026-11-01T00:00:00Z'), minAgeDays: 30 };
const rule = ruleById(sgRules, 'sg.default-group-not-restricted');

/** A group as DescribeSecurityGroups returns it, reduced by the collector. */
function group(
  id: string,
  ingress: IngressPermission[],
  egress: IngressPermission[] | undefined,
  overrides: Partial<Ec2SecurityGroup> = {},
): Ec2SecurityGroup {
  return {
    id,
    arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:security-group/${id}`,
    name: 'default',
    vpcId: `vpc-of-${id}`,
    tags: {},
    ingress,
    ...(egress ? { egress } : {}),
    ...overrides,
  };
}

const evaluate = (groups: SgInventory['groups'], counts: Record<string, number> = {}) => [
  ...rule.evaluate(
    inventoryOf({ 'us-east-1': { sg: { groups, networkInterfaceCounts: ok(counts) } } }),
    context,
  ),
];

// AWS creates each default group with all inbound traffic from itself (a group reference, which
// the collector keeps as a permission without CIDRs) and all outbound traffic to 0.0.0.0/0 and ::/0.
const SELF = { IpProtocol: '-1' };
const OUT_ALL: IngressPermission = {
  IpProtocol: '-1',
  IpRanges: [{ CidrIp: '0.0.0.0/0' }],
  Ipv6Ranges: [{ CidrIpv6: '::/0' }],
};

describe('sg.default-group-not-restricted', () => {
  it('fails a default group with any rule: AWS defaults, outbound only, IPv6 or prefix lists', () => {
    const findings = evaluate(
      ok([
        group('sg-aws-default', [SELF], [OUT_ALL]),
        group('sg-moto-default', [], [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }]),
        group(
          'sg-v6-in',
          [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, Ipv6Ranges: [{ CidrIpv6: '::/0' }] }],
          [],
        ),
        group(
          'sg-list-out',
          [],
          [
            {
              IpProtocol: 'tcp',
              FromPort: 0,
              ToPort: 65535,
              PrefixListIds: [{ PrefixListId: 'pl-1' }],
            },
          ],
        ),
        group('sg-closed', [], []),
      ]),
      { 'sg-aws-default': 2 },
    );

    expect(statuses(findings)).toEqual({
      'sg-aws-default': 'FAIL',
      'sg-moto-default': 'FAIL',
      'sg-v6-in': 'FAIL',
      'sg-list-out': 'FAIL',
      'sg-closed': 'PASS',
    });
    expect(resultFor(findings, 'sg-aws-default').detail).toBe(
      'The default security group of vpc-of-sg-aws-default allows traffic: 1 inbound permission (all traffic with security groups), 1 outbound permission (all traffic with 0.0.0.0/0, ::/0). It is attached to 2 network interfaces.',
    );
    expect(resultFor(findings, 'sg-list-out').detail).toMatch(/tcp 0-65535 with pl-1/);
    expect(resultFor(findings, 'sg-closed').detail).toBe(
      'The default security group of vpc-of-sg-closed has no inbound and no outbound rule. It is not attached to any network interface.',
    );
  });

  it('judges only groups named default that belong to a VPC', () => {
    const findings = evaluate(
      ok([
        group('sg-web', [SELF], [OUT_ALL], { name: 'web' }),
        group('sg-classic', [SELF], [OUT_ALL], { vpcId: undefined }),
      ]),
    );

    expect(findings).toEqual([]);
  });

  it('fails on inbound rules of an inventory saved before outbound rules were collected', () => {
    const findings = evaluate(ok([group('sg-old-open', [SELF], undefined)]));

    expect(statuses(findings)).toEqual({ 'sg-old-open': 'FAIL' });
    expect(resultFor(findings, 'sg-old-open').detail).toMatch(/outbound rules not collected/);
  });

  it('is UNKNOWN without inbound rules when the outbound ones were not collected', () => {
    const findings = evaluate(ok([group('sg-old-closed', [], undefined)]));

    expect(statuses(findings)).toEqual({ 'sg-old-closed': 'UNKNOWN' });
    expect(resultFor(findings, 'sg-old-closed').detail).toMatch(
      /saved before outbound rules were collected/,
    );
  });

  it('is UNKNOWN about the account when the group listing failed', () => {
    const findings = evaluate(denied('ec2:DescribeSecurityGroups'));

    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([[ACCOUNT, 'UNKNOWN']]);
  });
});
