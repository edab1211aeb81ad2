// The one place that knows how a security group ingress permission reads: which protocols and
// ports it opens and to whom, and when "whom" is the internet.
import type { CallFailure } from '../model/inventory.js';
import type { IngressPermission, PrefixListEntries } from '../model/network.js';

export type TransportProtocol = 'tcp' | 'udp';

/** IANA numbers EC2 accepts in place of the protocol names. */
const PROTOCOL_NUMBERS: Record<TransportProtocol, string> = { tcp: '6', udp: '17' };

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

/**
 * "All ports" as CHECKS.md defines it: protocol `-1`, or a tcp or udp permission over a range from
 * 0 or 1 to 65535 (port 0 is reserved, so 1-65535 opens every usable port as well).
 */
export function opensEveryPort(permission: IngressPermission): boolean {
  if (permission.IpProtocol === '-1') return true;
  if (!coversProtocol(permission, 'tcp') && !coversProtocol(permission, 'udp')) return false;
  const { from, to } = portRange(permission);
  return from <= 1 && to >= 65535;
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

// ---------------------------------------------------------------------------------------------
// CIDR arithmetic: whether a set of blocks covers the whole IPv4 or IPv6 address space.

export type AddressFamily = 'ipv4' | 'ipv6';

const ADDRESS_BITS: Record<AddressFamily, number> = { ipv4: 32, ipv6: 128 };

/** A CIDR block as the first and last address it holds. */
export interface CidrBlock {
  family: AddressFamily;
  first: bigint;
  last: bigint;
}

/** A dotted-quad IPv4 address as a number, or undefined when it is not one. */
function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    value = (value << 8n) | BigInt(part);
  }
  return value;
}

/** The 16-bit groups of one side of `::`; the last group of the address may be dotted IPv4. */
function ipv6Groups(text: string, endsAddress: boolean): number[] | undefined {
  if (text === '') return [];
  const parts = text.split(':');
  const groups: number[] = [];
  for (const [index, part] of parts.entries()) {
    if (endsAddress && index === parts.length - 1 && part.includes('.')) {
      const ipv4 = parseIpv4(part);
      if (ipv4 === undefined) return undefined;
      groups.push(Number(ipv4 >> 16n), Number(ipv4 & 0xffffn));
    } else if (/^[0-9a-f]{1,4}$/i.test(part)) {
      groups.push(Number.parseInt(part, 16));
    } else {
      return undefined;
    }
  }
  return groups;
}

/** An IPv6 address (with `::` and an IPv4 tail allowed) as a number, or undefined. */
function parseIpv6(text: string): bigint | undefined {
  const sides = text.split('::');
  if (sides.length > 2) return undefined;
  const compressed = sides.length === 2;
  const head = ipv6Groups(sides[0] ?? '', !compressed);
  const tail = compressed ? ipv6Groups(sides[1] ?? '', true) : [];
  if (!head || !tail) return undefined;
  // `::` stands for at least one group of zeros.
  const zeros = 8 - head.length - tail.length;
  if (compressed ? zeros < 1 : zeros !== 0) return undefined;
  const groups = [...head, ...Array<number>(zeros).fill(0), ...tail];
  return groups.reduce((value, group) => (value << 16n) | BigInt(group), 0n);
}

/**
 * A CIDR block (`10.0.0.0/8`, `2001:db8::/32`), or undefined when the text is not one. Host bits
 * are cleared: `10.0.0.1/8` names the block 10.0.0.0/8.
 */
export function parseCidr(text: string): CidrBlock | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const address = text.slice(0, slash);
  const prefixText = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(prefixText)) return undefined;
  const family: AddressFamily = address.includes(':') ? 'ipv6' : 'ipv4';
  const value = family === 'ipv6' ? parseIpv6(address) : parseIpv4(address);
  const bits = ADDRESS_BITS[family];
  const prefix = Number(prefixText);
  if (value === undefined || prefix > bits) return undefined;
  const hostBits = BigInt(bits - prefix);
  const first = (value >> hostBits) << hostBits;
  return { family, first, last: first + (1n << hostBits) - 1n };
}

/**
 * Whether the blocks of `family` among `cidrs` together hold every address of that family
 * (`0.0.0.0/1` + `128.0.0.0/1` does, as `0.0.0.0/0` does). What is not a CIDR block is ignored.
 */
export function coversAddressSpace(cidrs: readonly string[], family: AddressFamily): boolean {
  const blocks = cidrs
    .map(parseCidr)
    .filter((block): block is CidrBlock => block?.family === family)
    .sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  // The first address no block seen so far holds.
  let next = 0n;
  for (const block of blocks) {
    if (block.first > next) return false;
    if (block.last >= next) next = block.last + 1n;
  }
  return next === 1n << BigInt(ADDRESS_BITS[family]);
}

// ---------------------------------------------------------------------------------------------
// Open to the internet (CHECKS.md, "Common scope rules").

/** A permission that lets the internet in, and by which of its sources (CIDRs, prefix lists). */
export interface ExposingRule {
  permission: IngressPermission;
  sources: string[];
}

/** Whether the internet gets through a set of permissions (those that reach one port). */
export type InternetReach =
  /** `sources`: every source named in `rules`, sorted. */
  | { status: 'open'; rules: ExposingRule[]; sources: string[] }
  | { status: 'closed' }
  /**
   * Not open by what is known, but a referenced prefix list's entries are missing: `failure` is
   * the first failed read, absent when the entries were not collected at all.
   */
  | { status: 'unresolved'; prefixLists: string[]; failure?: CallFailure };

/** One source of one permission: a CIDR block, or a prefix list with its entries. */
interface Source {
  permission: IngressPermission;
  label: string;
  cidrs: readonly string[];
}

/**
 * Whether the permissions together admit the whole internet: a source that covers the IPv4 or
 * IPv6 space by itself (`0.0.0.0/0`, `::/0`, a prefix list holding it), or the sources of one
 * family that cover it together (`0.0.0.0/1` + `128.0.0.0/1`). A prefix list counts with its
 * entries from `prefixLists`; when some are missing and what is known does not open, the answer
 * is unresolved.
 */
export function internetReach(
  permissions: readonly IngressPermission[],
  prefixLists: PrefixListEntries | undefined,
): InternetReach {
  const sources: Source[] = [];
  const unresolved = new Set<string>();
  let failure: CallFailure | undefined;
  for (const permission of permissions) {
    const cidrs = [
      ...(permission.IpRanges ?? []).map((r) => r.CidrIp),
      ...(permission.Ipv6Ranges ?? []).map((r) => r.CidrIpv6),
    ];
    for (const cidr of cidrs) if (cidr) sources.push({ permission, label: cidr, cidrs: [cidr] });
    for (const { PrefixListId: id } of permission.PrefixListIds ?? []) {
      if (!id) continue;
      const read = prefixLists?.[id];
      if (read?.ok) {
        sources.push({ permission, label: `prefix list ${id}`, cidrs: read.value });
      } else {
        unresolved.add(id);
        if (read) failure ??= read.error;
      }
    }
  }
  const opening = new Set<Source>();
  for (const family of ['ipv4', 'ipv6'] as const) {
    // Name the sources that open by themselves; only when none does, the ones that do together.
    const alone = sources.filter((s) => coversAddressSpace(s.cidrs, family));
    const together = sources.filter((s) => s.cidrs.some((c) => parseCidr(c)?.family === family));
    if (alone.length > 0) alone.forEach((s) => opening.add(s));
    else if (
      coversAddressSpace(
        together.flatMap((s) => s.cidrs),
        family,
      )
    )
      together.forEach((s) => opening.add(s));
  }
  if (opening.size > 0) {
    const rules = permissions.flatMap((permission) => {
      const labels = [...opening].filter((s) => s.permission === permission).map((s) => s.label);
      return labels.length > 0 ? [{ permission, sources: [...new Set(labels)] }] : [];
    });
    const labels = [...new Set([...opening].map((s) => s.label))].sort();
    return { status: 'open', rules, sources: labels };
  }
  if (unresolved.size > 0) {
    return {
      status: 'unresolved',
      prefixLists: [...unresolved].sort(),
      ...(failure ? { failure } : {}),
    };
  }
  return { status: 'closed' };
}

/** The rules that let the internet in, for detail sentences: `tcp 22 from 0.0.0.0/1; ...`. */
export function describeExposingRules(rules: readonly ExposingRule[]): string {
  return rules
    .map((rule) => `${describePermission(rule.permission)} from ${rule.sources.join(', ')}`)
    .join('; ');
}

/**
 * Why prefix lists leave a verdict open when their entries were never collected (an inventory
 * saved before they were read): one sentence naming the lists and what stays undecided.
 */
export function uncollectedPrefixLists(prefixLists: readonly string[], what: string): string {
  const lists = prefixLists.join(', ');
  return `The entries of prefix list${prefixLists.length === 1 ? '' : 's'} ${lists} were not collected (an inventory saved before they were read): whether they open ${what} to the internet is unknown.`;
}
