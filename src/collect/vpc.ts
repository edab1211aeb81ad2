import {
  paginateDescribeSecurityGroups,
  paginateDescribeSubnets,
  paginateDescribeVpcs,
  paginateGetManagedPrefixListEntries,
  type IpPermission,
  type SecurityGroup,
  type Subnet,
  type Vpc,
} from '@aws-sdk/client-ec2';
import type { IngressPermission, PrefixListEntries } from '../model/network.js';
import type { CollectContext } from './context.js';
import { mapFetched, type Fetched } from '../model/inventory.js';

/** The largest page EC2 Describe* calls accept. */
const EC2_PAGE_SIZE = 1000;
/** The largest page GetManagedPrefixListEntries accepts. */
const PREFIX_LIST_PAGE_SIZE = 100;

/**
 * Every security group of the region, listed once per scan whichever collector asks first (EFS
 * for its mount targets, the security group analyzer for all of them).
 */
export function listSecurityGroups(ctx: CollectContext): Promise<Fetched<SecurityGroup[]>> {
  return ctx.shared('ec2:DescribeSecurityGroups', () =>
    ctx.pages(
      'ec2:DescribeSecurityGroups',
      paginateDescribeSecurityGroups({ client: ctx.clients.ec2, pageSize: EC2_PAGE_SIZE }, {}),
      (page) => page.SecurityGroups,
    ),
  );
}

/** Every subnet of the region, listed once per scan whichever collector asks first. */
export function listSubnets(ctx: CollectContext): Promise<Fetched<Subnet[]>> {
  return ctx.shared('ec2:DescribeSubnets', () =>
    ctx.pages(
      'ec2:DescribeSubnets',
      paginateDescribeSubnets({ client: ctx.clients.ec2, pageSize: EC2_PAGE_SIZE }, {}),
      (page) => page.Subnets,
    ),
  );
}

/** Every VPC of the region, listed once per scan whichever collector asks first. */
export function listVpcs(ctx: CollectContext): Promise<Fetched<Vpc[]>> {
  return ctx.shared('ec2:DescribeVpcs', () =>
    ctx.pages(
      'ec2:DescribeVpcs',
      paginateDescribeVpcs({ client: ctx.clients.ec2, pageSize: EC2_PAGE_SIZE }, {}),
      (page) => page.Vpcs,
    ),
  );
}

/**
 * An SDK ingress permission reduced to what the network matcher reads: protocol, ports, CIDRs and
 * managed prefix lists.
 */
export function toIngressPermission(permission: IpPermission): IngressPermission {
  const out: IngressPermission = { IpProtocol: permission.IpProtocol ?? '' };
  if (permission.FromPort !== undefined) out.FromPort = permission.FromPort;
  if (permission.ToPort !== undefined) out.ToPort = permission.ToPort;
  const ipv4 = (permission.IpRanges ?? []).flatMap((r) => (r.CidrIp ? [{ CidrIp: r.CidrIp }] : []));
  const ipv6 = (permission.Ipv6Ranges ?? []).flatMap((r) =>
    r.CidrIpv6 ? [{ CidrIpv6: r.CidrIpv6 }] : [],
  );
  const lists = (permission.PrefixListIds ?? []).flatMap((p) =>
    p.PrefixListId ? [{ PrefixListId: p.PrefixListId }] : [],
  );
  if (ipv4.length > 0) out.IpRanges = ipv4;
  if (ipv6.length > 0) out.Ipv6Ranges = ipv6;
  if (lists.length > 0) out.PrefixListIds = lists;
  return out;
}

/** The managed prefix lists the permissions reference, each once, sorted. */
export function referencedPrefixLists(permissions: readonly IngressPermission[]): string[] {
  const ids = permissions.flatMap((p) => (p.PrefixListIds ?? []).map((l) => l.PrefixListId));
  return [...new Set(ids.filter((id): id is string => Boolean(id)))].sort();
}

/**
 * The entries of each prefix list (customer-managed or AWS-managed, such as the CloudFront
 * origin-facing list), read with GetManagedPrefixListEntries through the bounded pool; each list
 * is read once per region, whichever collector (security groups or EFS) asks first.
 */
export async function readPrefixLists(
  ctx: CollectContext,
  ids: readonly string[],
): Promise<PrefixListEntries> {
  const reads = await ctx.pool(ids, (PrefixListId) =>
    ctx.shared(`ec2:GetManagedPrefixListEntries:${PrefixListId}`, async () => {
      const entries = await ctx.pages(
        'ec2:GetManagedPrefixListEntries',
        paginateGetManagedPrefixListEntries(
          { client: ctx.clients.ec2, pageSize: PREFIX_LIST_PAGE_SIZE },
          { PrefixListId },
        ),
        (page) => page.Entries,
      );
      return mapFetched(entries, (list) => list.flatMap((e) => (e.Cidr ? [e.Cidr] : [])));
    }),
  );
  return Object.fromEntries(ids.map((id, index) => [id, reads[index] as Fetched<string[]>]));
}
