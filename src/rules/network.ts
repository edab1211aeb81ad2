// The one place that knows how a security group ingress permission reads: which protocols and
// ports it opens and to whom, and when "whom" is the internet.
import type { CallFailure } from '../model/inventory.js';
import type { IngressPermission, PrefixListEntries } from '../model/network.js';

export type TransportProtocol = 'tcp' | 'udp';

/** IANA numbers EC2 accepts in place of the protocol names. */
const PROTOCOL_NUMBERS: Record<TransportProtocol, string> = { tcp: '6', udp: '17' };

/** The protocol names in any case, as EC2 may spell them. */
const PROTOCOL_NAMES: Record<TransportProtocol, RegExp> = { tcp: /^tcp$/i, udp: /^udp$/i };

/** Whether the permission carries traffic of `protocol` (by name, by number or as `-1`). */
export function coversProtocol(
  permission: IngressPermission,
  protocol: TransportProtocol,
): boolean {
  // Asked per port and permission: a lower-cased copy of the name each time is garbage.
  const value = permission.IpProtocol ?? '';
  return (
    value === '-1' ||
    value === protocol ||
    value === PROTOCOL_NUMBERS[protocol] ||
    PROTOCOL_NAMES[protocol].test(value)
  );
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
  return blocksCover(parseCidrs(cidrs), family);
}

/** The CIDR blocks among `cidrs`, in their order; what is not a CIDR block is left out. */
function parseCidrs(cidrs: readonly string[]): CidrBlock[] {
  const blocks: CidrBlock[] = [];
  for (const cidr of cidrs) {
    const block = parseCidr(cidr);
    if (block) blocks.push(block);
  }
  return blocks;
}

/** Whether the blocks of `family` among `blocks` together hold every address of that family. */
function blocksCover(blocks: readonly CidrBlock[], family: AddressFamily): boolean {
  const sorted = blocks
    .filter((block) => block.family === family)
    .sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  // The first address no block seen so far holds.
  let next = 0n;
  for (const block of sorted) {
    if (block.first > next) return false;
    if (block.last >= next) next = block.last + 1n;
  }
  return next === 1n << BigInt(ADDRESS_BITS[family]);
}

/** Some CIDRs read once: their blocks, and per family whether they hold any and cover it. */
interface ParsedCidrs {
  blocks: readonly CidrBlock[];
  has: Record<AddressFamily, boolean>;
  covers: Record<AddressFamily, boolean>;
}

function parsedCidrs(cidrs: readonly string[]): ParsedCidrs {
  const blocks = parseCidrs(cidrs);
  return {
    blocks,
    has: {
      ipv4: blocks.some((block) => block.family === 'ipv4'),
      ipv6: blocks.some((block) => block.family === 'ipv6'),
    },
    covers: { ipv4: blocksCover(blocks, 'ipv4'), ipv6: blocksCover(blocks, 'ipv6') },
  };
}

/**
 * A prefix list's entries read once per list, not once per permission and port that names it:
 * keyed by the inventory's entries array, so the answer lives as long as that array and no other
 * list's entries can ever share it.
 */
const prefixListCidrs = new WeakMap<readonly string[], ParsedCidrs>();

function parsedEntries(entries: readonly string[]): ParsedCidrs {
  let parsed = prefixListCidrs.get(entries);
  if (!parsed) {
    parsed = parsedCidrs(entries);
    prefixListCidrs.set(entries, parsed);
  }
  return parsed;
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
  cidrs: ParsedCidrs;
}

/** A permission's sources, and its prefix lists whose entries are missing. */
interface PermissionSources {
  permission: IngressPermission;
  sources: Source[];
  unresolved: string[];
  /** The first failed read among `unresolved`; absent when they were not collected at all. */
  failure: CallFailure | undefined;
}

function permissionSources(
  permission: IngressPermission,
  prefixLists: PrefixListEntries | undefined,
): PermissionSources {
  const sources: Source[] = [];
  const unresolved: string[] = [];
  let failure: CallFailure | undefined;
  const cidrs = [
    ...(permission.IpRanges ?? []).map((r) => r.CidrIp),
    ...(permission.Ipv6Ranges ?? []).map((r) => r.CidrIpv6),
  ];
  for (const cidr of cidrs) {
    if (cidr) sources.push({ permission, label: cidr, cidrs: parsedCidrs([cidr]) });
  }
  for (const { PrefixListId: id } of permission.PrefixListIds ?? []) {
    if (!id) continue;
    const read = prefixLists?.[id];
    if (read?.ok) {
      sources.push({ permission, label: `prefix list ${id}`, cidrs: parsedEntries(read.value) });
    } else {
      unresolved.push(id);
      if (read) failure ??= read.error;
    }
  }
  return { permission, sources, unresolved, failure };
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
  return reachOf(permissions.map((permission) => permissionSources(permission, prefixLists)));
}

/** internetReach of permissions whose sources are read. */
function reachOf(permissions: readonly PermissionSources[]): InternetReach {
  // Most ports of most groups are reached by no permission at all.
  if (permissions.length === 0) return { status: 'closed' };
  const sources = permissions.flatMap((p) => p.sources);
  const opening = new Set<Source>();
  for (const family of ['ipv4', 'ipv6'] as const) {
    // Name the sources that open by themselves; only when none does, the ones that do together.
    const alone = sources.filter((s) => s.cidrs.covers[family]);
    const together = sources.filter((s) => s.cidrs.has[family]);
    if (alone.length > 0) alone.forEach((s) => opening.add(s));
    else if (
      blocksCover(
        together.flatMap((s) => s.cidrs.blocks),
        family,
      )
    )
      together.forEach((s) => opening.add(s));
  }
  if (opening.size > 0) {
    const rules = permissions.flatMap(({ permission }) => {
      const labels = [...opening].filter((s) => s.permission === permission).map((s) => s.label);
      return labels.length > 0 ? [{ permission, sources: [...new Set(labels)] }] : [];
    });
    const labels = [...new Set([...opening].map((s) => s.label))].sort();
    return { status: 'open', rules, sources: labels };
  }
  const unresolved = new Set(permissions.flatMap((p) => p.unresolved));
  if (unresolved.size > 0) {
    const failure = permissions.find((p) => p.failure)?.failure;
    return {
      status: 'unresolved',
      prefixLists: [...unresolved].sort(),
      ...(failure ? { failure } : {}),
    };
  }
  return { status: 'closed' };
}

/**
 * One security group's ingress, read for the questions the sg rules ask of it per protocol and
 * port (48 at the high-risk ports): a permission's sources are parsed when a question first
 * admits it (most never reach a port asked about), and the internet's reach is judged once per
 * distinct set of permissions admitted (a `-1` rule reaches every port of both protocols alike).
 */
export class IngressReach {
  /** Each permission's sources by its index, once read. */
  private readonly read: (PermissionSources | undefined)[] = [];
  /** By the indices of the permissions admitted. */
  private readonly known = new Map<string, InternetReach>();

  constructor(
    private readonly permissions: readonly IngressPermission[],
    private readonly prefixLists: PrefixListEntries | undefined,
  ) {}

  /** internetReach of the permissions that reach `port` of `protocol`. */
  toPort(protocol: TransportProtocol, port: number): InternetReach {
    return this.of(protocol, port);
  }

  /** internetReach of the permissions that open every port of `protocol`. */
  toEveryPort(protocol: TransportProtocol): InternetReach {
    return this.of(protocol, 'every');
  }

  // A plain loop, no callbacks: this runs 48 times per group, and most answers are `known`.
  private of(protocol: TransportProtocol, port: number | 'every'): InternetReach {
    let key = '';
    for (let index = 0; index < this.permissions.length; index++) {
      const permission = this.permissions[index];
      if (permission && admits(permission, protocol, port)) key += `${index} `;
    }
    let reach = this.known.get(key);
    if (!reach) {
      const admitted: PermissionSources[] = [];
      for (const [index, permission] of this.permissions.entries()) {
        if (!admits(permission, protocol, port)) continue;
        this.read[index] ??= permissionSources(permission, this.prefixLists);
        admitted.push(this.read[index]);
      }
      reach = reachOf(admitted);
      this.known.set(key, reach);
    }
    return reach;
  }
}

/** Whether the permission reaches `port` of `protocol`, or opens its every port. */
function admits(
  permission: IngressPermission,
  protocol: TransportProtocol,
  port: number | 'every',
): boolean {
  return port === 'every'
    ? coversProtocol(permission, protocol) && opensEveryPort(permission)
    : ingressReaches(permission, protocol, port);
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
