import type { Ec2SecurityGroup, SgInventory } from '../model/sg.js';
import {
  fail,
  pass,
  resourceRule,
  type ResourceCheck,
  type ResourceRef,
  type Rule,
} from './kit.js';
import {
  describePermission,
  ingressReaches,
  opensEveryPort,
  worldCidrs,
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

/** What a group exposes, or undefined when it passes the check. */
type Exposure = { detail: string; evidence: Record<string, unknown> } | undefined;

/** A check judged per security group of each region, every detail saying whether it is in use. */
function groupRule(
  meta: ResourceCheck<'sg', Ec2SecurityGroup>['meta'],
  expose: (group: Ec2SecurityGroup) => Exposure,
  passDetail: string,
): Rule {
  return resourceRule({
    meta,
    resources: (sg) => sg.groups,
    ref: groupRef,
    judge: (group, sg) => {
      const exposure = expose(group);
      const attachment = attachmentNote(group, sg);
      const networkInterfaces = attachments(group, sg);
      return exposure
        ? fail(`${exposure.detail} ${attachment}`, { ...exposure.evidence, networkInterfaces })
        : pass(`${passDetail} ${attachment}`, { networkInterfaces });
    },
  });
}

interface OpenPort {
  port: number;
  protocols: TransportProtocol[];
  sources: string[];
}

/** Each high-risk port some world-open permission reaches, with by which protocols and CIDRs. */
function openHighRiskPorts(group: Ec2SecurityGroup): OpenPort[] {
  const open: OpenPort[] = [];
  for (const port of HIGH_RISK_PORTS) {
    const protocols = new Set<TransportProtocol>();
    const sources = new Set<string>();
    for (const permission of group.ingress) {
      const world = worldCidrs(permission);
      if (world.length === 0) continue;
      for (const protocol of PROTOCOLS) {
        if (!ingressReaches(permission, protocol, port)) continue;
        protocols.add(protocol);
        world.forEach((cidr) => sources.add(cidr));
      }
    }
    if (protocols.size > 0)
      open.push({ port, protocols: [...protocols], sources: [...sources].sort() });
  }
  return open;
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
      text: 'Remove the 0.0.0.0/0 and ::/0 ingress rules on these ports; allow only known CIDRs or security groups, or reach hosts through Systems Manager Session Manager.',
      url: RULES_URL,
    },
    frameworks: { fsbp: ['EC2.19', 'EC2.53', 'EC2.54'], cis: ['5.2', '5.3'] },
    failWhen:
      'An inbound rule from `0.0.0.0/0` or `::/0` reaches TCP or UDP port 20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500, 5601, 8080, 8088, 8888, 9200 or 9300: by that port, by a range covering it, or with protocol `-1`.',
  },
  (group) => {
    const open = openHighRiskPorts(group);
    if (open.length === 0) return undefined;
    // Ports reached the same way are named together: `3000, 3306 (tcp from ::/0)`.
    const byWay = new Map<string, number[]>();
    for (const o of open) {
      const way = `${o.protocols.join('/')} from ${o.sources.join(', ')}`;
      byWay.set(way, [...(byWay.get(way) ?? []), o.port]);
    }
    const ports = [...byWay].map(([way, list]) => `${list.join(', ')} (${way})`);
    return {
      detail: `High-risk port${open.length === 1 ? '' : 's'} open to the internet: ${ports.join('; ')}.`,
      evidence: { openPorts: open },
    };
  },
  'No ingress from 0.0.0.0/0 or ::/0 reaches a high-risk port.',
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
      text: 'Replace the all-traffic or 0-65535 ingress rule from 0.0.0.0/0 or ::/0 with rules for the ports the workload serves.',
      url: RULES_URL,
    },
    frameworks: {},
    failWhen:
      'An inbound rule from `0.0.0.0/0` or `::/0` has protocol `-1`, or is a TCP or UDP rule over the whole range 0 to 65535 (or with no ports given).',
  },
  (group) => {
    const rules = group.ingress
      .filter((p) => opensEveryPort(p) && worldCidrs(p).length > 0)
      .map((p) => `${describePermission(p)} from ${worldCidrs(p).join(', ')}`);
    if (rules.length === 0) return undefined;
    return {
      detail: `Every port is open to the internet: ${rules.join('; ')}.`,
      evidence: { rules },
    };
  },
  'No ingress from 0.0.0.0/0 or ::/0 opens every port.',
);

/** The security group checks of CHECKS.md, in catalogue order. */
export const sgRules: readonly Rule[] = [highRiskPortOpen, allPortsOpen];
