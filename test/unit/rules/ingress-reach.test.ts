import type { IngressPermission, PrefixListEntries } from '../../../src/model/network.js';
import {
  coversProtocol,
  IngressReach,
  ingressReaches,
  internetReach,
  opensEveryPort,
  type TransportProtocol,
} from '../../../src/rules/network.js';

const failure = { operation: 'ec2:GetManagedPrefixListEntries', code: 'Throttling', message: '' };

const LISTS: PrefixListEntries = {
  'pl-world': { ok: true, value: ['0.0.0.0/0'] },
  'pl-upper': { ok: true, value: ['128.0.0.0/1'] },
  'pl-private': { ok: true, value: ['10.0.0.0/8', 'fd00::/8'] },
  'pl-failed': { ok: false, error: failure },
};

const list = (id: string) => ({ PrefixListIds: [{ PrefixListId: id }] });

/** One group's ingress with every kind of answer at some port: open, closed, unresolved. */
const INGRESS: IngressPermission[] = [
  { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
  { IpProtocol: 'TCP', FromPort: 20, ToPort: 25, IpRanges: [{ CidrIp: '0.0.0.0/1' }] },
  { IpProtocol: 'tcp', FromPort: 21, ToPort: 3389, ...list('pl-upper') },
  { IpProtocol: '17', FromPort: 0, ToPort: 65535, Ipv6Ranges: [{ CidrIpv6: '::/0' }] },
  { IpProtocol: 'udp', FromPort: 53, ToPort: 53, ...list('pl-failed') },
  { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, ...list('pl-missing') },
  { IpProtocol: 'tcp', FromPort: 8080, ToPort: 8080, ...list('pl-private') },
  { IpProtocol: '-1', ...list('pl-world') },
];

const PORTS = [20, 21, 22, 23, 25, 53, 443, 3389, 5432, 8080, 9300];
const PROTOCOLS: TransportProtocol[] = ['tcp', 'udp'];

describe('IngressReach', () => {
  it('answers as internetReach on the permissions each question admits, asked in any order', () => {
    for (const ingress of [INGRESS, INGRESS.slice(0, 7), INGRESS.slice(1, 6)]) {
      for (const prefixLists of [LISTS, undefined]) {
        const reach = new IngressReach(ingress, prefixLists);
        // Twice over, forwards then backwards: a remembered answer is the one asked for.
        for (const ports of [PORTS, [...PORTS].reverse()]) {
          for (const port of ports) {
            for (const protocol of PROTOCOLS) {
              const reaching = ingress.filter((p) => ingressReaches(p, protocol, port));
              expect([protocol, port, reach.toPort(protocol, port)]).toEqual([
                protocol,
                port,
                internetReach(reaching, prefixLists),
              ]);
            }
          }
          for (const protocol of PROTOCOLS) {
            const everyPort = ingress.filter(
              (p) => coversProtocol(p, protocol) && opensEveryPort(p),
            );
            expect(reach.toEveryPort(protocol)).toEqual(internetReach(everyPort, prefixLists));
          }
        }
      }
    }
  });

  it('tells ports apart that different permissions reach', () => {
    const reach = new IngressReach(INGRESS.slice(0, 3), LISTS);
    expect(reach.toPort('tcp', 22)).toMatchObject({ status: 'open', sources: ['0.0.0.0/0'] });
    expect(reach.toPort('tcp', 3389)).toEqual({ status: 'closed' });
    expect(reach.toPort('tcp', 23)).toMatchObject({
      status: 'open',
      sources: ['0.0.0.0/1', 'prefix list pl-upper'],
    });
    expect(reach.toPort('udp', 22)).toEqual({ status: 'closed' });
    expect(reach.toPort('tcp', 22)).toMatchObject({ status: 'open', sources: ['0.0.0.0/0'] });
  });

  it("reads each group's own ingress and prefix lists, never another's", () => {
    const open = [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, ...list('pl-1') }];
    const region1: PrefixListEntries = { 'pl-1': { ok: true, value: ['0.0.0.0/0'] } };
    const region2: PrefixListEntries = { 'pl-1': { ok: true, value: ['10.0.0.0/8'] } };
    expect(new IngressReach(open, region1).toPort('tcp', 22)).toMatchObject({ status: 'open' });
    // The same list id with other entries (another region), and a copy of the same permission.
    expect(new IngressReach(open, region2).toPort('tcp', 22)).toEqual({ status: 'closed' });
    expect(new IngressReach([{ ...open[0] }], region2).toPort('tcp', 22)).toEqual({
      status: 'closed',
    });
    expect(new IngressReach(open, undefined).toPort('tcp', 22)).toEqual({
      status: 'unresolved',
      prefixLists: ['pl-1'],
    });
    expect(new IngressReach(open, region1).toPort('tcp', 22)).toMatchObject({ status: 'open' });
    // internetReach reads the same entries arrays and answers alike.
    expect(internetReach(open, region2)).toEqual({ status: 'closed' });
    expect(internetReach(open, region1)).toMatchObject({ status: 'open' });
  });
});
