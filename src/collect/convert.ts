// Conversions from SDK answers to inventory shapes, shared by the collectors.
import type { Tags } from '../model/inventory.js';

/** The ARN partition of a region (`aws`, `aws-cn`, `aws-us-gov`, `aws-eusc`). */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('eusc-')) return 'aws-eusc';
  return 'aws';
}

/** An EC2 or RDS `[{Key, Value}]` tag list as a plain map. */
export function tagsOf(list: readonly { Key?: string; Value?: string }[] | undefined): Tags {
  const tags: Tags = {};
  for (const tag of list ?? []) if (tag.Key) tags[tag.Key] = tag.Value ?? '';
  return tags;
}

/** AWS-managed policies have `aws` where the account id would be. */
export function isAwsManagedPolicy(arn: string): boolean {
  return /^arn:aws[a-z-]*:iam::aws:policy\//.test(arn);
}
