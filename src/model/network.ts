import type { Fetched } from './inventory.js';

/**
 * A security group ingress permission, reduced to what the network checks read. The shape is a
 * subset of the EC2 SDK's `IpPermission`, so a stored DescribeSecurityGroups answer can be passed
 * as is.
 */
export interface IngressPermission {
  /** `tcp`, `udp`, `icmp`, `icmpv6`, `-1` (all traffic) or an IP protocol number such as `6`. */
  IpProtocol?: string;
  /** Absent for protocol `-1`, which opens every port. */
  FromPort?: number;
  ToPort?: number;
  IpRanges?: { CidrIp?: string }[];
  Ipv6Ranges?: { CidrIpv6?: string }[];
  /**
   * Managed prefix lists the permission admits: their entries (in the part's `prefixLists`) are
   * sources as much as `IpRanges`. Absent in inventories saved before they were collected.
   */
  PrefixListIds?: { PrefixListId?: string }[];
}

/**
 * The entries (CIDR blocks) of each managed prefix list a region's security groups reference,
 * read with GetManagedPrefixListEntries once per list and region, by prefix list id. A list whose
 * entries could not be read holds the failed read.
 */
export type PrefixListEntries = Record<string, Fetched<string[]>>;
