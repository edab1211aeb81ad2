import type { Ec2SecurityGroup, SgInventory } from '../../../src/model/sg.js';
import type { IngressPermission } from '../../../src/model/network.js';
import { opensEveryPort } from '../../../src/rules/network.js';
import { HIGH_RISK_PORTS, sgRules } from '../../../src/rules/sg.js';
import type { EvalContext, Rule } from '../../../src/rules/kit.js';
import {
  ACCOUNT,
  at,
  denied,
  inventoryOf,
  ok,
  resultFor,
  ruleById,
  statuses,
} from '../ec2/fixtures.js';

const context: EvalContext = { now: new Date('2026-11-01T00:00:00Z'), minAgeDays: 30 };
const rule = (id: string): Rule => ruleById(sgRules, id);

const v4 = (cidr = '0.0.0.0/0') => ({ IpRanges: [{ CidrIp: cidr }] });
const v6 = (cidr = '::/0') => ({ Ipv6Ranges: [{ CidrIpv6: cidr }] });
const tcp = (from: number, to = from): IngressPermission => ({
  IpProtocol: 'tcp',
  FromPort: from,
  ToPort: to,
});
const udp = (from: number, to = from): IngressPermission => ({
  IpProtocol: 'udp',
  FromPort: from,
  ToPort: to,
});

/** A group and how many network interfaces use it. */
interface AttachedGroup {
  group: Ec2SecurityGroup;
  networkInterfaces: number;
}

function group(id: string, ingress: IngressPermission[], networkInterfaces = 1): AttachedGroup {
  return {
    group: {
      id,
      arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:security-group/${id}`,
      name: `${id}-name`,
      vpcId: 'vpc-1',
      tags: {},
      ingress,
    },
    networkInterfaces,
  };
}

/** The part listing `groups`; as the collector does, a group no interface uses has no count. */
function sg(groups: AttachedGroup[], overrides: Partial<SgInventory> = {}): SgInventory {
  return {
    groups: ok(groups.map((g) => g.group)),
    networkInterfaceCounts: ok(
      Object.fromEntries(
        groups.filter((g) => g.networkInterfaces > 0).map((g) => [g.group.id, g.networkInterfaces]),
      ),
    ),
    ...overrides,
  };
}

const evaluate = (id: string, part: SgInventory) =>
  rule(id).evaluate(inventoryOf({ 'us-east-1': { sg: part } }), context);

describe('sg rule metadata', () => {
  it('holds the 24 ports of Security Hub EC2.19', () => {
    expect([...HIGH_RISK_PORTS]).toEqual([
      20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500,
      5601, 8080, 8088, 8888, 9200, 9300,
    ]);
  });
});

describe('sg.high-risk-port-open', () => {
  it('judges IPv4 and IPv6 sources, single ports, ranges and protocol -1', () => {
    const findings = evaluate(
      'sg.high-risk-port-open',
      sg([
        group('sg-ssh-v4', [{ ...tcp(22), ...v4() }]),
        group('sg-rdp-v6', [{ ...tcp(3389), ...v6() }]),
        group('sg-range', [{ ...tcp(1000, 2000), ...v4() }]),
        group('sg-all', [{ IpProtocol: '-1', ...v6() }]),
        group('sg-udp-number', [{ IpProtocol: '17', FromPort: 3389, ToPort: 3389, ...v4() }]),
        group('sg-https', [{ ...tcp(443), ...v4(), ...v6() }]),
        group('sg-private', [{ ...tcp(22), ...v4('10.0.0.0/8'), ...v6('fd00::/8') }]),
        group('sg-near-miss', [
          { ...tcp(23, 23), ...v4('0.0.0.0/1') },
          { ...tcp(9301, 9400), ...v4() },
        ]),
        group('sg-icmp', [{ IpProtocol: 'icmp', FromPort: -1, ToPort: -1, ...v4() }]),
        group('sg-empty', []),
      ]),
    );
    expect(statuses(findings)).toEqual({
      'sg-ssh-v4': 'FAIL',
      'sg-rdp-v6': 'FAIL',
      'sg-range': 'FAIL',
      'sg-all': 'FAIL',
      'sg-udp-number': 'FAIL',
      'sg-https': 'PASS',
      'sg-private': 'PASS',
      'sg-near-miss': 'PASS',
      'sg-icmp': 'PASS',
      'sg-empty': 'PASS',
    });
    expect(resultFor(findings, 'sg-ssh-v4').detail).toContain('22 (tcp from 0.0.0.0/0)');
    expect(resultFor(findings, 'sg-rdp-v6').detail).toContain('3389 (tcp from ::/0)');
    expect(resultFor(findings, 'sg-range').detail).toContain('1433, 1434 (tcp from 0.0.0.0/0)');
    expect(resultFor(findings, 'sg-udp-number').detail).toContain('3389 (udp from 0.0.0.0/0)');
    expect(resultFor(findings, 'sg-all').evidence?.openPorts).toHaveLength(HIGH_RISK_PORTS.length);
    expect(resultFor(findings, 'sg-all').detail).toContain(
      '20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500, 5601, 8080, 8088, 8888, 9200, 9300 (tcp/udp from ::/0).',
    );
  });

  it('names both sources when IPv4 and IPv6 reach the same port', () => {
    const finding = at(
      evaluate(
        'sg.high-risk-port-open',
        sg([
          group('sg-1', [
            { ...tcp(22), ...v4() },
            { ...udp(20, 25), ...v6() },
          ]),
        ]),
      ),
      0,
    );
    expect(finding.detail).toContain('22 (tcp/udp from 0.0.0.0/0, ::/0)');
    expect(finding.detail).toContain(
      '20, 21, 23, 25 (udp from ::/0); 22 (tcp/udp from 0.0.0.0/0, ::/0)',
    );
  });

  it('says whether the group is attached to a network interface', () => {
    const findings = evaluate(
      'sg.high-risk-port-open',
      sg([
        group('sg-used', [{ ...tcp(22), ...v4() }], 2),
        group('sg-idle', [{ ...tcp(22), ...v4() }], 0),
      ]),
    );
    expect(resultFor(findings, 'sg-used').detail).toContain('attached to 2 network interfaces');
    expect(resultFor(findings, 'sg-idle').detail).toContain(
      'not attached to any network interface',
    );
    expect(resultFor(findings, 'sg-idle').evidence?.networkInterfaces).toBe(0);
  });

  it('still judges the group when the interface listing failed, saying attachment is unknown', () => {
    const finding = at(
      evaluate(
        'sg.high-risk-port-open',
        sg([group('sg-1', [{ ...tcp(22), ...v4() }])], {
          networkInterfaceCounts: denied('ec2:DescribeNetworkInterfaces'),
        }),
      ),
      0,
    );
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toContain(
      'unknown (ec2:DescribeNetworkInterfaces failed with AccessDenied)',
    );
    expect(finding.evidence?.networkInterfaces).toBeNull();
  });

  it('is UNKNOWN for the region when DescribeSecurityGroups failed', () => {
    const findings = evaluate(
      'sg.high-risk-port-open',
      sg([], { groups: denied('ec2:DescribeSecurityGroups') }),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        status: 'UNKNOWN',
        resourceId: ACCOUNT,
        failedCall: {
          operation: 'ec2:DescribeSecurityGroups',
          code: 'AccessDenied',
          permission: 'ec2:DescribeSecurityGroups',
        },
      }),
    ]);
  });
});

describe('sg.all-ports-open', () => {
  it('fails protocol -1 and 0-65535 from the world on IPv4 or IPv6, and nothing narrower', () => {
    const findings = evaluate(
      'sg.all-ports-open',
      sg([
        group('sg-all-v4', [{ IpProtocol: '-1', ...v4() }]),
        group('sg-all-v6', [{ IpProtocol: '-1', ...v6() }]),
        group('sg-full-tcp', [{ ...tcp(0, 65535), ...v6() }]),
        group('sg-full-udp', [{ ...udp(0, 65535), ...v4() }]),
        group('sg-almost', [{ ...tcp(1, 65535), ...v4() }]),
        group('sg-all-private', [{ IpProtocol: '-1', ...v4('10.0.0.0/8') }]),
        group('sg-ssh', [{ ...tcp(22), ...v4() }]),
      ]),
    );
    expect(statuses(findings)).toEqual({
      'sg-all-v4': 'FAIL',
      'sg-all-v6': 'FAIL',
      'sg-full-tcp': 'FAIL',
      'sg-full-udp': 'FAIL',
      'sg-almost': 'PASS',
      'sg-all-private': 'PASS',
      'sg-ssh': 'PASS',
    });
    expect(resultFor(findings, 'sg-all-v4').detail).toContain('all traffic from 0.0.0.0/0');
    expect(resultFor(findings, 'sg-full-tcp').detail).toContain('tcp 0-65535 from ::/0');
    expect(resultFor(findings, 'sg-ssh').detail).toContain(
      'It is attached to 1 network interface.',
    );
  });

  it('is UNKNOWN when DescribeSecurityGroups failed', () => {
    const finding = at(
      evaluate('sg.all-ports-open', sg([], { groups: denied('ec2:DescribeSecurityGroups') })),
      0,
    );
    expect(finding.status).toBe('UNKNOWN');
  });
});

describe('opensEveryPort', () => {
  it('is true for -1, full TCP or UDP ranges and absent bounds only', () => {
    expect(opensEveryPort({ IpProtocol: '-1' })).toBe(true);
    expect(opensEveryPort(tcp(0, 65535))).toBe(true);
    expect(opensEveryPort({ IpProtocol: '6', FromPort: 0, ToPort: 65535 })).toBe(true);
    expect(opensEveryPort({ IpProtocol: 'tcp' })).toBe(true);
    expect(opensEveryPort(tcp(0, 65534))).toBe(false);
    expect(opensEveryPort({ IpProtocol: 'icmp', FromPort: -1, ToPort: -1 })).toBe(false);
  });
});
