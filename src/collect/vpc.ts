import {
  paginateDescribeSecurityGroups,
  paginateDescribeSubnets,
  type IpPermission,
  type SecurityGroup,
  type Subnet,
} from '@aws-sdk/client-ec2';
import type { IngressPermission } from '../model/network.js';
import type { CollectContext } from './context.js';
import type { Fetched } from '../model/inventory.js';

/** The largest page EC2 Describe* calls accept. */
const EC2_PAGE_SIZE = 1000;

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

/** An SDK ingress permission reduced to what the network matcher reads: protocol, ports, CIDRs. */
export function toIngressPermission(permission: IpPermission): IngressPermission {
  const out: IngressPermission = { IpProtocol: permission.IpProtocol ?? '' };
  if (permission.FromPort !== undefined) out.FromPort = permission.FromPort;
  if (permission.ToPort !== undefined) out.ToPort = permission.ToPort;
  const ipv4 = (permission.IpRanges ?? []).flatMap((r) => (r.CidrIp ? [{ CidrIp: r.CidrIp }] : []));
  const ipv6 = (permission.Ipv6Ranges ?? []).flatMap((r) =>
    r.CidrIpv6 ? [{ CidrIpv6: r.CidrIpv6 }] : [],
  );
  if (ipv4.length > 0) out.IpRanges = ipv4;
  if (ipv6.length > 0) out.Ipv6Ranges = ipv6;
  return out;
}
