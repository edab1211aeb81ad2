import type { Fetched, Tags } from './inventory.js';
import type { IngressPermission, PrefixListEntries } from './network.js';

export interface Ec2SecurityGroup {
  id: string;
  arn: string;
  name: string;
  vpcId?: string;
  tags: Tags;
  /**
   * Inbound permissions reduced to what the network matcher reads: protocol, ports, CIDRs and
   * managed prefix lists.
   */
  ingress: IngressPermission[];
  /**
   * Outbound permissions (`IpPermissionsEgress`) in the same shape; a permission that lists none
   * of CIDRs and prefix lists names security groups. Absent in inventories saved before they were
   * collected.
   */
  egress?: IngressPermission[];
}

export interface SgInventory {
  /** DescribeSecurityGroups. */
  groups: Fetched<Ec2SecurityGroup[]>;
  /**
   * From DescribeNetworkInterfaces: how many network interfaces use each group, by group id; a
   * group that no interface uses is absent.
   */
  networkInterfaceCounts: Fetched<Record<string, number>>;
  /**
   * The entries of every managed prefix list the groups reference. Absent in an inventory saved
   * before they were read: a rule that needs one is then UNKNOWN.
   */
  prefixLists?: PrefixListEntries;
}
