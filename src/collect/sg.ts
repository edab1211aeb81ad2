import { paginateDescribeNetworkInterfaces, type SecurityGroup } from '@aws-sdk/client-ec2';
import { mapFetched } from '../model/inventory.js';
import type { Ec2SecurityGroup, SgInventory } from '../model/sg.js';
import type { CollectContext } from './context.js';
import { partitionOf, tagsOf } from './convert.js';
import {
  listSecurityGroups,
  readPrefixLists,
  referencedPrefixLists,
  toIngressPermission,
} from './vpc.js';

/** The largest page DescribeNetworkInterfaces accepts. */
const INTERFACE_PAGE_SIZE = 1000;

function toGroup(group: SecurityGroup, arnPrefix: string): Ec2SecurityGroup {
  const id = group.GroupId ?? '';
  const out: Ec2SecurityGroup = {
    id,
    arn: group.SecurityGroupArn ?? `${arnPrefix}:security-group/${id}`,
    name: group.GroupName ?? '',
    tags: tagsOf(group.Tags),
    ingress: (group.IpPermissions ?? []).map(toIngressPermission),
    egress: (group.IpPermissionsEgress ?? []).map(toIngressPermission),
  };
  if (group.VpcId) out.vpcId = group.VpcId;
  return out;
}

/**
 * Every security group of one region (the listing the EFS collector shares), the entries of the
 * managed prefix lists they reference (read once per list) and, from one paginated network
 * interface listing, how many interfaces use each group.
 */
export async function collectSecurityGroups(ctx: CollectContext): Promise<SgInventory> {
  const arnPrefix = `arn:${partitionOf(ctx.region)}:ec2:${ctx.region}:${ctx.account}`;
  const listGroups = async () => {
    const groups = mapFetched(await listSecurityGroups(ctx), (list) =>
      list.map((g) => toGroup(g, arnPrefix)),
    );
    const ingress = groups.ok ? groups.value.flatMap((g) => g.ingress) : [];
    return { groups, prefixLists: await readPrefixLists(ctx, referencedPrefixLists(ingress)) };
  };
  const [{ groups, prefixLists }, interfaces] = await Promise.all([
    listGroups(),
    ctx.pages(
      'ec2:DescribeNetworkInterfaces',
      paginateDescribeNetworkInterfaces(
        { client: ctx.clients.ec2, pageSize: INTERFACE_PAGE_SIZE },
        {},
      ),
      (page) => page.NetworkInterfaces,
    ),
  ]);
  return {
    groups,
    networkInterfaceCounts: mapFetched(interfaces, (list) => {
      const counts: Record<string, number> = {};
      for (const eni of list) {
        for (const { GroupId } of eni.Groups ?? []) {
          if (GroupId) counts[GroupId] = (counts[GroupId] ?? 0) + 1;
        }
      }
      return counts;
    }),
    prefixLists,
  };
}
