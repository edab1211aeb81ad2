import {
  describePermission,
  ingressReaches,
  isWorldOpen,
  opensEveryPort,
  worldCidrs,
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
  it('is true for -1 and full tcp or udp ranges only', () => {
    expect(opensEveryPort({ IpProtocol: '-1' })).toBe(true);
    expect(opensEveryPort(tcp(0, 65535))).toBe(true);
    expect(opensEveryPort({ IpProtocol: 'udp', FromPort: 0, ToPort: 65535 })).toBe(true);
    expect(opensEveryPort(tcp(1, 65535))).toBe(false);
    expect(opensEveryPort({ IpProtocol: 'icmp', FromPort: -1, ToPort: -1 })).toBe(false);
  });
});

describe('world-open sources', () => {
  it('finds 0.0.0.0/0 and ::/0 and nothing narrower', () => {
    const permission: IngressPermission = {
      ...tcp(2049, 2049),
      IpRanges: [{ CidrIp: '10.0.0.0/8' }, { CidrIp: '0.0.0.0/0' }],
      Ipv6Ranges: [{ CidrIpv6: '::/0' }, { CidrIpv6: '2001:db8::/32' }],
    };
    expect(worldCidrs(permission)).toEqual(['0.0.0.0/0', '::/0']);
    expect(isWorldOpen(permission)).toBe(true);
    expect(isWorldOpen({ ...tcp(2049, 2049), IpRanges: [{ CidrIp: '10.0.0.0/8' }] })).toBe(false);
    expect(isWorldOpen({ IpProtocol: '-1' })).toBe(false);
  });

  it('describes permissions for detail sentences', () => {
    expect(describePermission({ IpProtocol: '-1' })).toBe('all traffic');
    expect(describePermission(tcp(2049, 2049))).toBe('tcp 2049');
    expect(describePermission(tcp(0, 65535))).toBe('tcp 0-65535');
  });
});
