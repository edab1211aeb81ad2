// The one place that knows how a security group ingress permission reads: which protocols and
// ports it opens and to whom.
import type { IngressPermission } from '../model/network.js';

export type TransportProtocol = 'tcp' | 'udp';

/** IANA numbers EC2 accepts in place of the protocol names. */
const PROTOCOL_NUMBERS: Record<TransportProtocol, string> = { tcp: '6', udp: '17' };

const WORLD_IPV4 = '0.0.0.0/0';
const WORLD_IPV6 = '::/0';

/** Whether the permission carries traffic of `protocol` (by name, by number or as `-1`). */
export function coversProtocol(
  permission: IngressPermission,
  protocol: TransportProtocol,
): boolean {
  const value = (permission.IpProtocol ?? '').toLowerCase();
  return value === '-1' || value === protocol || value === PROTOCOL_NUMBERS[protocol];
}

/** The port bounds of a tcp or udp permission; absent bounds (or -1) mean the whole range. */
function portRange(permission: IngressPermission): { from: number; to: number } {
  const from = permission.FromPort ?? -1;
  const to = permission.ToPort ?? -1;
  return from === -1 && to === -1 ? { from: 0, to: 65535 } : { from, to };
}

/**
 * Whether the permission opens `port` of `protocol`: protocol `-1` opens every port; otherwise the
 * port must lie in FromPort..ToPort.
 */
export function ingressReaches(
  permission: IngressPermission,
  protocol: TransportProtocol,
  port: number,
): boolean {
  if (!coversProtocol(permission, protocol)) return false;
  if (permission.IpProtocol === '-1') return true;
  const { from, to } = portRange(permission);
  return from <= port && port <= to;
}

/** Protocol `-1`, or a tcp or udp permission over the full range 0-65535. */
export function opensEveryPort(permission: IngressPermission): boolean {
  if (permission.IpProtocol === '-1') return true;
  if (!coversProtocol(permission, 'tcp') && !coversProtocol(permission, 'udp')) return false;
  const { from, to } = portRange(permission);
  return from <= 0 && to >= 65535;
}

/** The CIDRs of the permission that mean "anyone": `0.0.0.0/0` and `::/0`. */
export function worldCidrs(permission: IngressPermission): string[] {
  const cidrs = [
    ...(permission.IpRanges ?? []).map((r) => r.CidrIp),
    ...(permission.Ipv6Ranges ?? []).map((r) => r.CidrIpv6),
  ];
  return cidrs.filter((c): c is string => c === WORLD_IPV4 || c === WORLD_IPV6);
}

/** Whether the permission admits traffic from any IPv4 or IPv6 address. */
export function isWorldOpen(permission: IngressPermission): boolean {
  return worldCidrs(permission).length > 0;
}

/** Describes the ports a permission opens, for detail sentences: `tcp 2049`, `all traffic`. */
export function describePermission(permission: IngressPermission): string {
  if (permission.IpProtocol === '-1') return 'all traffic';
  const protocol = permission.IpProtocol ?? 'unknown protocol';
  const from = permission.FromPort ?? -1;
  const to = permission.ToPort ?? -1;
  if (from === -1 && to === -1) return `${protocol} all ports`;
  return from === to ? `${protocol} ${from}` : `${protocol} ${from}-${to}`;
}
