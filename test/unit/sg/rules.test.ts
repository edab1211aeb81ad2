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

const evaluate = (id: string, part: SgInventory) => [
  ...rule(id).evaluate(inventoryOf({ 'us-east-1': { sg: part } }), context),
];

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
    expect(resultFor(findings, 'sg-all').evidence?.openPorts).toEqual([
      { ports: [...HIGH_RISK_PORTS], protocols: ['tcp', 'udp'], sources: ['::/0'] },
    ]);
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
    // The evidence groups the ports as the detail does: one entry per way in.
    expect(finding.evidence?.openPorts).toEqual([
      { ports: [20, 21, 23, 25], protocols: ['udp'], sources: ['::/0'] },
      { ports: [22], protocols: ['tcp', 'udp'], sources: ['0.0.0.0/0', '::/0'] },
    ]);
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
  it('fails protocol -1 and 0-65535 or 1-65535 from the world on IPv4 or IPv6, and nothing narrower', () => {
    const findings = evaluate(
      'sg.all-ports-open',
      sg([
        group('sg-all-v4', [{ IpProtocol: '-1', ...v4() }]),
        group('sg-all-v6', [{ IpProtocol: '-1', ...v6() }]),
        group('sg-full-tcp', [{ ...tcp(0, 65535), ...v6() }]),
        group('sg-full-udp', [{ ...udp(0, 65535), ...v4() }]),
        group('sg-from-1', [{ ...tcp(1, 65535), ...v4() }]),
        group('sg-all-private', [{ IpProtocol: '-1', ...v4('10.0.0.0/8') }]),
        group('sg-ssh', [{ ...tcp(22), ...v4() }]),
      ]),
    );
    expect(statuses(findings)).toEqual({
      'sg-all-v4': 'FAIL',
      'sg-all-v6': 'FAIL',
      'sg-full-tcp': 'FAIL',
      'sg-full-udp': 'FAIL',
      'sg-from-1': 'FAIL',
      'sg-all-private': 'PASS',
      'sg-ssh': 'PASS',
    });
    expect(resultFor(findings, 'sg-all-v4').detail).toContain('all traffic from 0.0.0.0/0');
    expect(resultFor(findings, 'sg-full-tcp').detail).toContain('tcp 0-65535 from ::/0');
    expect(resultFor(findings, 'sg-from-1').detail).toContain('tcp 1-65535 from 0.0.0.0/0');
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

/** Groups referencing managed prefix lists, with the entries GetManagedPrefixListEntries gave. */
const listed = (...ids: string[]) => ({
  PrefixListIds: ids.map((PrefixListId) => ({ PrefixListId })),
});
const PREFIX_LISTS = {
  'pl-world': ok(['0.0.0.0/0']),
  'pl-upper-half': ok(['128.0.0.0/1']),
  'pl-halves-v6': ok(['::/1', '8000::/1']),
  'pl-office': ok(['203.0.113.0/24', '198.51.100.0/24']),
  'pl-empty': ok([]),
  'pl-denied': denied('ec2:GetManagedPrefixListEntries'),
};

describe('open to the internet: ranges that together cover the address space', () => {
  it('fails a high-risk port reached from IPv4 or IPv6 ranges of one group that cover the space', () => {
    const findings = evaluate(
      'sg.high-risk-port-open',
      sg([
        group('sg-halves', [
          { ...tcp(22), ...{ IpRanges: [{ CidrIp: '0.0.0.0/1' }, { CidrIp: '128.0.0.0/1' }] } },
        ]),
        group('sg-halves-two-rules', [
          { ...tcp(20, 25), ...v4('0.0.0.0/1') },
          { ...tcp(22), ...v4('128.0.0.0/1') },
        ]),
        group('sg-quarters', [
          {
            ...tcp(3389),
            IpRanges: ['0.0.0.0/2', '64.0.0.0/2', '128.0.0.0/2', '192.0.0.0/2'].map((CidrIp) => ({
              CidrIp,
            })),
          },
        ]),
        group('sg-v6-halves', [
          { ...udp(3389), ...v6('::/1') },
          { IpProtocol: '-1', ...v6('8000::/1') },
        ]),
        group('sg-gap', [
          { ...tcp(22), ...v4('0.0.0.0/2') },
          { ...tcp(22), ...v4('128.0.0.0/1') },
        ]),
        group('sg-families-apart', [
          { ...tcp(22), ...v4('0.0.0.0/1') },
          { ...tcp(22), ...v6('8000::/1') },
        ]),
        group('sg-protocols-apart', [
          { ...tcp(22), ...v4('0.0.0.0/1') },
          { ...udp(22), ...v4('128.0.0.0/1') },
        ]),
        group('sg-lower-half', [{ ...tcp(22), ...v4('0.0.0.0/1') }]),
        group('sg-upper-half', [{ ...tcp(22), ...v4('128.0.0.0/1') }]),
      ]),
    );
    expect(statuses(findings)).toEqual({
      'sg-halves': 'FAIL',
      'sg-halves-two-rules': 'FAIL',
      'sg-quarters': 'FAIL',
      'sg-v6-halves': 'FAIL',
      'sg-gap': 'PASS',
      'sg-families-apart': 'PASS',
      'sg-protocols-apart': 'PASS',
      // Halves in two groups: each group is judged on its own rules.
      'sg-lower-half': 'PASS',
      'sg-upper-half': 'PASS',
    });
    expect(resultFor(findings, 'sg-halves').detail).toContain(
      'High-risk port open to the internet: 22 (tcp from 0.0.0.0/1, 128.0.0.0/1).',
    );
    // 20, 21, 23 and 25 are open to the lower half only.
    const twoRules = resultFor(findings, 'sg-halves-two-rules');
    expect(twoRules.detail).toContain(
      'port open to the internet: 22 (tcp from 0.0.0.0/1, 128.0.0.0/1).',
    );
    expect(twoRules.evidence?.openPorts).toEqual([
      { ports: [22], protocols: ['tcp'], sources: ['0.0.0.0/1', '128.0.0.0/1'] },
    ]);
    expect(resultFor(findings, 'sg-v6-halves').detail).toContain('3389 (udp from 8000::/1, ::/1)');
    expect(resultFor(findings, 'sg-gap').detail).toContain(
      'No ingress from the internet reaches a high-risk port.',
    );
  });

  it('fails every port opened by protocol -1 or full ranges whose sources together cover the space', () => {
    const findings = evaluate(
      'sg.all-ports-open',
      sg([
        group('sg-split-all', [
          { ...tcp(0, 65535), ...v4('0.0.0.0/1') },
          { IpProtocol: '-1', ...v4('128.0.0.0/1') },
        ]),
        group('sg-split-udp', [
          { ...udp(1, 65535), IpRanges: [{ CidrIp: '0.0.0.0/1' }, { CidrIp: '128.0.0.0/1' }] },
        ]),
        group('sg-split-protocols', [
          { ...tcp(0, 65535), ...v4('0.0.0.0/1') },
          { ...udp(0, 65535), ...v4('128.0.0.0/1') },
        ]),
        group('sg-split-narrow', [
          { ...tcp(0, 65535), ...v4('0.0.0.0/1') },
          { ...tcp(0, 65534), ...v4('128.0.0.0/1') },
        ]),
      ]),
    );
    expect(statuses(findings)).toEqual({
      'sg-split-all': 'FAIL',
      'sg-split-udp': 'FAIL',
      'sg-split-protocols': 'PASS',
      'sg-split-narrow': 'PASS',
    });
    expect(resultFor(findings, 'sg-split-all').detail).toContain(
      'Every port is open to the internet: tcp 0-65535 from 0.0.0.0/1; all traffic from 128.0.0.0/1.',
    );
    expect(resultFor(findings, 'sg-split-udp').detail).toContain(
      'udp 1-65535 from 0.0.0.0/1, 128.0.0.0/1',
    );
  });
});

describe('open to the internet: managed prefix lists count with their entries', () => {
  const withLists = (groups: AttachedGroup[]) => sg(groups, { prefixLists: PREFIX_LISTS });

  it('fails a port reached from a prefix list whose entries, alone or with the group ranges, cover the space', () => {
    const findings = evaluate(
      'sg.high-risk-port-open',
      withLists([
        group('sg-pl-world', [{ ...tcp(22), ...listed('pl-world') }]),
        group('sg-pl-with-range', [
          { ...tcp(5432), ...listed('pl-upper-half') },
          { ...tcp(5432), ...v4('0.0.0.0/1') },
        ]),
        group('sg-pl-v6', [{ ...tcp(3306), ...listed('pl-office', 'pl-halves-v6') }]),
        group('sg-pl-office', [{ ...tcp(22), ...listed('pl-office', 'pl-empty') }]),
        group('sg-pl-half', [{ ...tcp(22), ...listed('pl-upper-half') }]),
      ]),
    );
    expect(statuses(findings)).toEqual({
      'sg-pl-world': 'FAIL',
      'sg-pl-with-range': 'FAIL',
      'sg-pl-v6': 'FAIL',
      'sg-pl-office': 'PASS',
      'sg-pl-half': 'PASS',
    });
    expect(resultFor(findings, 'sg-pl-world').detail).toContain(
      '22 (tcp from prefix list pl-world)',
    );
    expect(resultFor(findings, 'sg-pl-with-range').detail).toContain(
      '5432 (tcp from 0.0.0.0/1, prefix list pl-upper-half)',
    );
    expect(resultFor(findings, 'sg-pl-v6').detail).toContain(
      '3306 (tcp from prefix list pl-halves-v6)',
    );
  });

  it('is UNKNOWN naming the call when a prefix list reaching the port could not be read', () => {
    const findings = evaluate(
      'sg.high-risk-port-open',
      withLists([
        group('sg-pl-denied', [{ ...tcp(22), ...listed('pl-denied') }]),
        group('sg-pl-denied-half', [
          { ...tcp(22), ...listed('pl-denied') },
          { ...tcp(22), ...v4('0.0.0.0/1') },
        ]),
        group('sg-pl-denied-but-world', [
          { ...tcp(22), ...listed('pl-denied') },
          { ...tcp(3389), ...v4() },
        ]),
        group('sg-pl-denied-elsewhere', [{ ...tcp(443), ...listed('pl-denied') }]),
      ]),
    );
    expect(statuses(findings)).toEqual({
      'sg-pl-denied': 'UNKNOWN',
      'sg-pl-denied-half': 'UNKNOWN',
      // Another rule opens 3389 to the internet: that is a FAIL whatever the list holds.
      'sg-pl-denied-but-world': 'FAIL',
      'sg-pl-denied-elsewhere': 'PASS',
    });
    const unknown = resultFor(findings, 'sg-pl-denied');
    expect(unknown.failedCall).toEqual({
      operation: 'ec2:GetManagedPrefixListEntries',
      code: 'AccessDenied',
      permission: 'ec2:GetManagedPrefixListEntries',
    });
    expect(unknown.detail).toContain('ec2:GetManagedPrefixListEntries failed with AccessDenied');
    expect(resultFor(findings, 'sg-pl-denied-but-world').detail).toContain(
      '3389 (tcp from 0.0.0.0/0)',
    );
  });

  it('is UNKNOWN for a rule with a prefix list in an inventory saved before entries were read', () => {
    const findings = evaluate(
      'sg.all-ports-open',
      sg([
        group('sg-old-pl', [{ IpProtocol: '-1', ...listed('pl-world') }]),
        group('sg-old-pl-and-world', [
          { IpProtocol: '-1', ...listed('pl-world') },
          { ...tcp(0, 65535), ...v6() },
        ]),
        group('sg-old-plain', [{ ...tcp(22), ...v4() }]),
      ]),
    );
    expect(statuses(findings)).toEqual({
      'sg-old-pl': 'UNKNOWN',
      'sg-old-pl-and-world': 'FAIL',
      'sg-old-plain': 'PASS',
    });
    const old = resultFor(findings, 'sg-old-pl');
    expect(old.failedCall).toBeUndefined();
    expect(old.detail).toBe(
      'The entries of prefix list pl-world were not collected (an inventory saved before they were read): whether they open every port to the internet is unknown. It is attached to 1 network interface.',
    );
  });

  it('judges every port with a prefix list for sg.all-ports-open', () => {
    const findings = evaluate(
      'sg.all-ports-open',
      withLists([
        group('sg-pl-all', [{ ...udp(0, 65535), ...listed('pl-world') }]),
        group('sg-pl-all-denied', [{ IpProtocol: '-1', ...listed('pl-denied') }]),
        group('sg-pl-office-all', [{ IpProtocol: '-1', ...listed('pl-office') }]),
      ]),
    );
    expect(statuses(findings)).toEqual({
      'sg-pl-all': 'FAIL',
      'sg-pl-all-denied': 'UNKNOWN',
      'sg-pl-office-all': 'PASS',
    });
    expect(resultFor(findings, 'sg-pl-all').detail).toContain(
      'udp 0-65535 from prefix list pl-world',
    );
  });
});

describe('opensEveryPort', () => {
  it('is true for -1, TCP or UDP ranges from 0 or 1 to 65535 and absent bounds only', () => {
    expect(opensEveryPort({ IpProtocol: '-1' })).toBe(true);
    expect(opensEveryPort(tcp(0, 65535))).toBe(true);
    expect(opensEveryPort({ IpProtocol: '6', FromPort: 0, ToPort: 65535 })).toBe(true);
    expect(opensEveryPort({ IpProtocol: 'tcp' })).toBe(true);
    expect(opensEveryPort(tcp(1, 65535))).toBe(true);
    expect(opensEveryPort(udp(1, 65535))).toBe(true);
    expect(opensEveryPort(tcp(0, 65534))).toBe(false);
    expect(opensEveryPort(tcp(2, 65535))).toBe(false);
    expect(opensEveryPort({ IpProtocol: 'icmp', FromPort: -1, ToPort: -1 })).toBe(false);
  });
});
