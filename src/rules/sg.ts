import type { CallFailure } from '../model/inventory.js';
import type { IngressPermission, PrefixListEntries } from '../model/network.js';
import type { Ec2SecurityGroup, SgInventory } from '../model/sg.js';
import {
  fail,
  pass,
  resourceRule,
  undetermined,
  unknown,
  type ResourceCheck,
  type ResourceRef,
  type Rule,
} from './kit.js';
import {
  describeExposingRules,
  IngressReach,
  uncollectedPrefixLists,
  type ExposingRule,
  type TransportProtocol,
} from './network.js';

const GROUP_TYPE = 'AWS::EC2::SecurityGroup';
const RULES_URL = 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html';

/** Security Hub EC2.19's fixed list, which also holds EC2.53/54's 22 and 3389. */
export const HIGH_RISK_PORTS = [
  20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500,
  5601, 8080, 8088, 8888, 9200, 9300,
] as const;

const PROTOCOLS: readonly TransportProtocol[] = ['tcp', 'udp'];

function groupRef(group: Ec2SecurityGroup, region: string): ResourceRef {
  return { region, resourceId: group.id, resourceArn: group.arn, resourceName: group.name };
}

/** How many network interfaces use the group, or null when that listing failed. */
function attachments(group: Ec2SecurityGroup, sg: SgInventory): number | null {
  return sg.networkInterfaceCounts.ok ? (sg.networkInterfaceCounts.value[group.id] ?? 0) : null;
}

/** The sentence every security-group result ends with: is the group in use at all? */
function attachmentNote(group: Ec2SecurityGroup, sg: SgInventory): string {
  if (!sg.networkInterfaceCounts.ok) {
    const { operation, code } = sg.networkInterfaceCounts.error;
    return `Whether it is attached to a network interface is unknown (${operation} failed with ${code}).`;
  }
  const count = attachments(group, sg);
  if (count === 0) return 'It is not attached to any network interface.';
  return `It is attached to ${count} network interface${count === 1 ? '' : 's'}.`;
}

/**
 * What a group exposes: `open` when it fails the check, `unresolved` when that depends on prefix
 * lists whose entries are missing (`failure` the failed read; absent when never collected), or
 * undefined when it passes.
 */
type Exposure =
  | { open: { detail: string; evidence: Record<string, unknown> } }
  | { unresolved: { prefixLists: string[]; failure?: CallFailure; what: string } }
  | undefined;

/** A check judged per security group of each region, every detail saying whether it is in use. */
function groupRule(
  meta: ResourceCheck<'sg', Ec2SecurityGroup>['meta'],
  expose: (group: Ec2SecurityGroup, prefixLists: PrefixListEntries | undefined) => Exposure,
  passDetail: string,
): Rule {
  return resourceRule({
    meta,
    resources: (sg) => sg.groups,
    ref: groupRef,
    judge: (group, sg) => {
      const exposure = expose(group, sg.prefixLists);
      const attachment = attachmentNote(group, sg);
      const networkInterfaces = attachments(group, sg);
      if (!exposure) return pass(`${passDetail} ${attachment}`, { networkInterfaces });
      if ('open' in exposure) {
        const { detail, evidence } = exposure.open;
        return fail(`${detail} ${attachment}`, { ...evidence, networkInterfaces });
      }
      const { prefixLists, failure, what } = exposure.unresolved;
      const evidence = { prefixLists, networkInterfaces };
      return failure
        ? unknown(failure, evidence)
        : undetermined(`${uncollectedPrefixLists(prefixLists, what)} ${attachment}`, evidence);
    },
  });
}

/** Where prefix lists left ports undecided: the lists, the first failed read, the ports. */
class Unresolved {
  // Arrays, not sets: one of these is made per group, and nearly all stay empty.
  readonly prefixLists: string[] = [];
  failure: CallFailure | undefined;
  readonly ports: number[] = [];

  add(prefixLists: readonly string[], failure: CallFailure | undefined, port?: number): void {
    for (const id of prefixLists) if (!this.prefixLists.includes(id)) this.prefixLists.push(id);
    this.failure ??= failure;
    if (port !== undefined && !this.ports.includes(port)) this.ports.push(port);
  }

  exposure(what: string): Exposure {
    if (this.prefixLists.length === 0) return undefined;
    const prefixLists = [...this.prefixLists].sort();
    return {
      unresolved: { prefixLists, what, ...(this.failure ? { failure: this.failure } : {}) },
    };
  }
}

interface OpenPort {
  port: number;
  protocols: TransportProtocol[];
  sources: string[];
}

/**
 * Each high-risk port the internet reaches, with by which protocols and sources; and the ports
 * that prefix lists with missing entries leave undecided.
 */
function openHighRiskPorts(
  group: Ec2SecurityGroup,
  prefixLists: PrefixListEntries | undefined,
): { open: OpenPort[]; unresolved: Unresolved } {
  const ingress = new IngressReach(group.ingress, prefixLists);
  const open: OpenPort[] = [];
  const unresolved = new Unresolved();
  for (const port of HIGH_RISK_PORTS) {
    // Built only for a port the internet reaches: most groups reach none.
    let reached: OpenPort | undefined;
    for (const protocol of PROTOCOLS) {
      const reach = ingress.toPort(protocol, port);
      if (reach.status === 'open') {
        reached ??= { port, protocols: [], sources: [] };
        reached.protocols.push(protocol);
        reached.sources.push(...reach.sources);
      } else if (reach.status === 'unresolved') {
        unresolved.add(reach.prefixLists, reach.failure, port);
      }
    }
    if (reached) open.push({ ...reached, sources: [...new Set(reached.sources)].sort() });
  }
  return { open, unresolved };
}

const highRiskPortOpen = groupRule(
  {
    id: 'sg.high-risk-port-open',
    title: 'Security group opens a high-risk port to the internet',
    service: 'sg',
    category: 'security',
    severity: 'critical',
    resourceType: GROUP_TYPE,
    remediation: {
      text: 'Remove the ingress rules that open these ports to the internet (0.0.0.0/0, ::/0, or ranges and prefix lists that together cover every address); allow only known CIDRs or security groups, or reach hosts through Systems Manager Session Manager.',
      url: RULES_URL,
    },
    frameworks: { fsbp: ['EC2.19', 'EC2.53', 'EC2.54'], cis: ['5.2', '5.3'] },
    failWhen:
      "Ingress from the internet (`0.0.0.0/0` or `::/0`, IPv4 or IPv6 ranges of the group's rules that together cover the whole address space, or a managed prefix list whose entries do) reaches TCP or UDP port 20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500, 5601, 8080, 8088, 8888, 9200 or 9300: by that port, by a range covering it, or with protocol `-1`. When a prefix list reaching such a port could not be read and nothing else opens one, the result is UNKNOWN.",
  },
  (group, prefixLists) => {
    const { open, unresolved } = openHighRiskPorts(group, prefixLists);
    if (open.length === 0) {
      const { ports } = unresolved;
      return unresolved.exposure(`port${ports.length === 1 ? '' : 's'} ${ports.join(', ')}`);
    }
    // Ports reached the same way are named together, in the detail (`3000, 3306 (tcp from ::/0)`)
    // and in the evidence: a group open to all traffic is one entry, not 24.
    const byWay = new Map<string, { ports: number[]; protocols: string[]; sources: string[] }>();
    for (const { port, protocols, sources } of open) {
      const way = `${protocols.join('/')} from ${sources.join(', ')}`;
      const same = byWay.get(way);
      if (same) same.ports.push(port);
      else byWay.set(way, { ports: [port], protocols, sources });
    }
    const ports = [...byWay].map(([way, { ports: list }]) => `${list.join(', ')} (${way})`);
    return {
      open: {
        detail: `High-risk port${open.length === 1 ? '' : 's'} open to the internet: ${ports.join('; ')}.`,
        evidence: { openPorts: [...byWay.values()] },
      },
    };
  },
  'No ingress from the internet reaches a high-risk port.',
);

const allPortsOpen = groupRule(
  {
    id: 'sg.all-ports-open',
    title: 'Security group opens every port to the internet',
    service: 'sg',
    category: 'security',
    severity: 'critical',
    resourceType: GROUP_TYPE,
    remediation: {
      text: 'Replace the all-traffic or full-range (0-65535, 1-65535) ingress rules open to the internet (0.0.0.0/0, ::/0, or ranges and prefix lists that together cover every address) with rules for the ports the workload serves.',
      url: RULES_URL,
    },
    frameworks: {},
    failWhen:
      "Ingress from the internet (`0.0.0.0/0` or `::/0`, IPv4 or IPv6 ranges of the group's rules that together cover the whole address space, or a managed prefix list whose entries do) to all ports: by protocol `-1`, or by a TCP or UDP rule over a range from 0 or 1 to 65535 (or with no ports given). When a prefix list of such a rule could not be read and nothing else opens every port, the result is UNKNOWN.",
  },
  (group, prefixLists) => {
    // Per protocol, the permissions opening every port; -1 opens every port of both.
    const ingress = new IngressReach(group.ingress, prefixLists);
    const rules: ExposingRule[] = [];
    const unresolved = new Unresolved();
    for (const protocol of PROTOCOLS) {
      const reach = ingress.toEveryPort(protocol);
      if (reach.status === 'open') rules.push(...reach.rules);
      else if (reach.status === 'unresolved') unresolved.add(reach.prefixLists, reach.failure);
    }
    if (rules.length === 0) return unresolved.exposure('every port');
    // A -1 rule found for tcp and udp is named once, with every source found for it.
    const sourcesOf = new Map<ExposingRule['permission'], Set<string>>();
    for (const rule of rules) {
      const known = sourcesOf.get(rule.permission) ?? new Set<string>();
      rule.sources.forEach((source) => known.add(source));
      sourcesOf.set(rule.permission, known);
    }
    const described = group.ingress.flatMap((permission) => {
      const sources = sourcesOf.get(permission);
      return sources ? [describeExposingRules([{ permission, sources: [...sources] }])] : [];
    });
    return {
      open: {
        detail: `Every port is open to the internet: ${described.join('; ')}.`,
        evidence: { rules: described },
      },
    };
  },
  'No ingress from the internet opens every port.',
);

/** The security group checks of CHECKS.md, in catalogue order. */
// The default security group check (issue 12).

/** One permission in words: `all traffic` or `tcp 22`, and its peers (CIDRs, prefix lists, groups). */
function describePermission(permission: IngressPermission): string {
  const { IpProtocol: protocol = '', FromPort: from, ToPort: to } = permission;
  const traffic =
    protocol === '-1'
      ? 'all traffic'
      : from === undefined || from === to
        ? `${protocol}${from === undefined ? '' : ` ${from}`}`
        : `${protocol} ${from}-${to}`;
  const peers = [
    ...(permission.IpRanges ?? []).flatMap((r) => (r.CidrIp ? [r.CidrIp] : [])),
    ...(permission.Ipv6Ranges ?? []).flatMap((r) => (r.CidrIpv6 ? [r.CidrIpv6] : [])),
    ...(permission.PrefixListIds ?? []).flatMap((l) => (l.PrefixListId ? [l.PrefixListId] : [])),
  ];
  // The reduced permission keeps no group references: a permission with no other peer names groups.
  return `${traffic} with ${peers.length > 0 ? peers.join(', ') : 'security groups'}`;
}

function countOf(permissions: readonly IngressPermission[], direction: string): string {
  const n = permissions.length;
  return `${n} ${direction} permission${n === 1 ? '' : 's'}${n > 0 ? ` (${permissions.map(describePermission).join('; ')})` : ''}`;
}

const defaultGroupNotRestricted = resourceRule({
  meta: {
    id: 'sg.default-group-not-restricted',
    title: "VPC's default security group has rules",
    service: 'sg',
    category: 'security',
    severity: 'high',
    resourceType: GROUP_TYPE,
    remediation: {
      text: 'Move what uses the default security group to least-privilege groups of its own, then remove every inbound and outbound rule of the default group (it cannot be deleted).',
      url: 'https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html',
    },
    frameworks: { fsbp: ['EC2.2'], cis: ['5.4'] },
    failWhen:
      "A VPC's default security group (GroupName `default`, with a VpcId) has any inbound or outbound rule: IPv4 or IPv6 ranges, prefix lists or security group references. UNKNOWN when it has no inbound rule and its outbound rules were not collected (an inventory saved before they were).",
  },
  resources: (sg) => sg.groups,
  ref: groupRef,
  appliesTo: (group) => group.name === 'default' && group.vpcId !== undefined,
  judge: (group, sg) => {
    const networkInterfaces = attachments(group, sg);
    const attachment = attachmentNote(group, sg);
    const vpc = group.vpcId ?? '';
    const evidence = {
      vpcId: vpc,
      inbound: group.ingress.length,
      outbound: group.egress?.length ?? null,
      networkInterfaces,
    };
    if (group.egress === undefined && group.ingress.length === 0) {
      return undetermined(
        `The default security group of ${vpc} has no inbound rule, and this inventory was saved before outbound rules were collected: whether it allows outbound traffic is unknown. ${attachment}`,
        evidence,
      );
    }
    const egress = group.egress ?? [];
    if (group.ingress.length === 0 && egress.length === 0) {
      return pass(
        `The default security group of ${vpc} has no inbound and no outbound rule. ${attachment}`,
        evidence,
      );
    }
    const outbound =
      group.egress === undefined ? 'outbound rules not collected' : countOf(egress, 'outbound');
    return fail(
      `The default security group of ${vpc} allows traffic: ${countOf(group.ingress, 'inbound')}, ${outbound}. ${attachment}`,
      evidence,
    );
  },
});

export const sgRules: readonly Rule[] = [highRiskPortOpen, allPortsOpen, defaultGroupNotRestricted];
