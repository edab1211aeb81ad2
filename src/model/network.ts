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
}
