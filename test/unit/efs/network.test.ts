import {
  describeExposingRules,
  describePermission,
  ingressReaches,
  internetReach,
  opensEveryPort,
} from '../../../src/rules/network.js';
import { type IngressPermission } from '../../../src/model/network.js';

const tcp = (from: number, to: number): IngressPermission => ({
  IpProtocol: 'tcp',
  FromPort: from,
  ToPort: to,
});

describe('ingressReaches', () => {
  it('matches a port directly, inside a range, and not outside it', () => {
    expect(ingressReaches(tcp(2049, 2049), 'tcp', 2049)).toBe(true);
    expect(ingressReaches(tcp(2000, 3000), 'tcp', 2049)).toBe(true);
    expect(ingressReaches(tcp(2050, 3000), 'tcp', 2049)).toBe(false);
    expect(ingressReaches(tcp(22, 22), 'tcp', 2049)).toBe(false);
  });

  it('matches protocol -1 with no ports, and protocol numbers', () => {
    expect(ingressReaches({ IpProtocol: '-1' }, 'tcp', 2049)).toBe(true);
    expect(ingressReaches({ IpProtocol: '-1' }, 'udp', 53)).toBe(true);
    expect(ingressReaches({ IpProtocol: '6', FromPort: 2049, ToPort: 2049 }, 'tcp', 2049)).toBe(
      true,
    );
    expect(ingressReaches({ IpProtocol: '17', FromPort: 53, ToPort: 53 }, 'udp', 53)).toBe(true);
  });

  it('keeps protocols apart', () => {
    expect(ingressReaches({ IpProtocol: 'udp', FromPort: 2049, ToPort: 2049 }, 'tcp', 2049)).toBe(
      false,
    );
    expect(ingressReaches({ IpProtocol: 'icmp', FromPort: -1, ToPort: -1 }, 'tcp', 2049)).toBe(
      false,
    );
  });

  it('reads absent or -1 bounds of a tcp permission as every port', () => {
    expect(ingressReaches({ IpProtocol: 'tcp' }, 'tcp', 2049)).toBe(true);
    expect(ingressReaches(tcp(-1, -1), 'tcp', 2049)).toBe(true);
  });
});

describe('opensEveryPort', () => {
  it('is true for -1 and tcp or udp ranges from 0 or 1 to 65535 only', () => {
    expect(opensEveryPort({ IpProtocol: '-1' })).toBe(true);
    expect(opensEveryPort(tcp(0, 65535))).toBe(true);
    expect(opensEveryPort({ IpProtocol: 'udp', FromPort: 0, ToPort: 65535 })).toBe(true);
    expect(opensEveryPort(tcp(1, 65535))).toBe(true);
    expect(opensEveryPort(tcp(2, 65535))).toBe(false);
    expect(opensEveryPort(tcp(0, 65534))).toBe(false);
    expect(opensEveryPort({ IpProtocol: 'icmp', FromPort: -1, ToPort: -1 })).toBe(false);
  });
});

describe('world-open sources', () => {
  it('finds 0.0.0.0/0 and ::/0 and names nothing narrower', () => {
    const permission: IngressPermission = {
      ...tcp(2049, 2049),
      IpRanges: [{ CidrIp: '10.0.0.0/8' }, { CidrIp: '0.0.0.0/0' }],
      Ipv6Ranges: [{ CidrIpv6: '::/0' }, { CidrIpv6: '2001:db8::/32' }],
    };
    expect(internetReach([permission], {})).toEqual({
      status: 'open',
      rules: [{ permission, sources: ['0.0.0.0/0', '::/0'] }],
      sources: ['0.0.0.0/0', '::/0'],
    });
    const narrow = { ...tcp(2049, 2049), IpRanges: [{ CidrIp: '10.0.0.0/8' }] };
    expect(internetReach([narrow], {})).toEqual({ status: 'closed' });
    expect(internetReach([{ IpProtocol: '-1' }], {})).toEqual({ status: 'closed' });
    expect(internetReach([], {})).toEqual({ status: 'closed' });
  });

  it('names every source of the family when only together they cover it', () => {
    const lower = {
      ...tcp(2049, 2049),
      IpRanges: [{ CidrIp: '0.0.0.0/1' }, { CidrIp: '10.0.0.0/8' }],
    };
    const upper = {
      IpProtocol: '-1',
      IpRanges: [{ CidrIp: '128.0.0.0/1' }],
      Ipv6Ranges: [{ CidrIpv6: '2001:db8::/32' }],
    };
    const reach = internetReach([lower, upper], undefined);
    expect(reach).toEqual({
      status: 'open',
      rules: [
        { permission: lower, sources: ['0.0.0.0/1', '10.0.0.0/8'] },
        { permission: upper, sources: ['128.0.0.0/1'] },
      ],
      sources: ['0.0.0.0/1', '10.0.0.0/8', '128.0.0.0/1'],
    });
    expect(reach.status === 'open' && describeExposingRules(reach.rules)).toBe(
      'tcp 2049 from 0.0.0.0/1, 10.0.0.0/8; all traffic from 128.0.0.0/1',
    );
  });

  it('reads prefix lists by their entries, and is unresolved when some are missing', () => {
    const failure = {
      operation: 'ec2:GetManagedPrefixListEntries',
      code: 'AccessDenied',
      message: 'no',
    };
    const lists = {
      'pl-world': { ok: true as const, value: ['::/0'] },
      'pl-denied': { ok: false as const, error: failure },
    };
    const viaList = { ...tcp(2049, 2049), PrefixListIds: [{ PrefixListId: 'pl-world' }] };
    expect(internetReach([viaList], lists)).toMatchObject({
      status: 'open',
      sources: ['prefix list pl-world'],
    });
    const denied = { ...tcp(2049, 2049), PrefixListIds: [{ PrefixListId: 'pl-denied' }, {}] };
    expect(internetReach([denied], lists)).toEqual({
      status: 'unresolved',
      prefixLists: ['pl-denied'],
      failure,
    });
    expect(internetReach([viaList], undefined)).toEqual({
      status: 'unresolved',
      prefixLists: ['pl-world'],
    });
    expect(
      internetReach([denied, { IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }], lists),
    ).toMatchObject({ status: 'open', sources: ['0.0.0.0/0'] });
  });

  it('describes permissions for detail sentences', () => {
    expect(describePermission({ IpProtocol: '-1' })).toBe('all traffic');
    expect(describePermission(tcp(2049, 2049))).toBe('tcp 2049');
    expect(describePermission(tcp(0, 65535))).toBe('tcp 0-65535');
  });
});
