import { paginateDescribeNetworkInterfaces, type SecurityGroup } from '@aws-sdk/client-ec2';
import type { IngressPermission } from '../rules/network.js';
import type { CollectContext } from './context.js';
import { listingOf, partitionOf, tagsOf } from './convert.js';
import type { Fetched, Tags } from './inventory.js';
import { listSecurityGroups, toIngressPermission } from './vpc.js';

export interface Ec2SecurityGroup {
  id: string;
  arn: string;
  name: string;
  vpcId?: string;
  tags: Tags;
  /** Inbound permissions reduced to what the network matcher reads (protocol, ports, CIDRs). */
  ingress: IngressPermission[];
  /** Network interfaces using the group; meaningful only when `interfacesListing` is ok. */
  networkInterfaces: number;
}

export interface SgInventory {
  /** DescribeSecurityGroups: how many groups it listed; when it failed `groups` is empty. */
  groupsListing: Fetched<{ listed: number }>;
  groups: Ec2SecurityGroup[];
  /** DescribeNetworkInterfaces: when it failed, whether a group is in use is unknown. */
  interfacesListing: Fetched<{ listed: number }>;
}

/** The largest page DescribeNetworkInterfaces accepts. */
const INTERFACE_PAGE_SIZE = 1000;

function toGroup(
  group: SecurityGroup,
  arnPrefix: string,
  interfacesByGroup: ReadonlyMap<string, number>,
): Ec2SecurityGroup {
  const id = group.GroupId ?? '';
  const out: Ec2SecurityGroup = {
    id,
    arn: group.SecurityGroupArn ?? `${arnPrefix}:security-group/${id}`,
    name: group.GroupName ?? '',
    tags: tagsOf(group.Tags),
    ingress: (group.IpPermissions ?? []).map(toIngressPermission),
    networkInterfaces: interfacesByGroup.get(id) ?? 0,
  };
  if (group.VpcId) out.vpcId = group.VpcId;
  return out;
}

/**
 * Every security group of one region (the listing the EFS collector shares) and, from one
 * paginated network interface listing, how many interfaces use each group.
 */
export async function collectSecurityGroups(ctx: CollectContext): Promise<SgInventory> {
  const [groups, interfaces] = await Promise.all([
    listSecurityGroups(ctx),
    ctx.pages(
      'ec2:DescribeNetworkInterfaces',
      paginateDescribeNetworkInterfaces(
        { client: ctx.clients.ec2, pageSize: INTERFACE_PAGE_SIZE },
        {},
      ),
      (page) => page.NetworkInterfaces,
    ),
  ]);
  const interfacesByGroup = new Map<string, number>();
  for (const eni of interfaces.ok ? interfaces.value : []) {
    for (const { GroupId } of eni.Groups ?? []) {
      if (GroupId) interfacesByGroup.set(GroupId, (interfacesByGroup.get(GroupId) ?? 0) + 1);
    }
  }
  const arnPrefix = `arn:${partitionOf(ctx.region)}:ec2:${ctx.region}:${ctx.account}`;
  return {
    groupsListing: listingOf(groups),
    groups: groups.ok ? groups.value.map((g) => toGroup(g, arnPrefix, interfacesByGroup)) : [],
    interfacesListing: listingOf(interfaces),
  };
}
