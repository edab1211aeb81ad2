import type { S3Inventory } from './s3.js';
import type { EfsInventory } from './efs.js';
import type { Ec2Inventory } from './ec2.js';
import type { RdsInventory } from './rds.js';
import type { SgInventory } from './sg.js';
import type { IamInventory } from './iam.js';

export const SERVICES = ['efs', 'ec2', 'sg', 'rds', 's3', 'iam'] as const;
export type ServiceName = (typeof SERVICES)[number];

/**
 * What kind of failure a failed call was, for the person deciding what to do about it: only
 * `denied` is fixed by granting a permission; `internal` is a defect of posture-gate itself.
 * `service` is any other error AWS answered with. Absent in inventories and reports written
 * before classes existed: read the class from the code then (`classOf` in src/aws/errors.ts).
 */
export const ERROR_CLASSES = [
  'denied',
  'throttled',
  'not-found',
  'timeout',
  'network',
  'malformed',
  'service',
  'internal',
] as const;
export type ErrorClass = (typeof ERROR_CLASSES)[number];

/** A failed AWS call, as recorded in the report's `errors`. */
export interface CollectionError {
  service: ServiceName;
  region: string;
  operation: string;
  code: string;
  message: string;
  class?: ErrorClass;
}

/** Where a failed call left a hole in the inventory: enough for a rule to say UNKNOWN and why. */
export interface CallFailure {
  operation: string;
  code: string;
  message: string;
  class?: ErrorClass;
}

/**
 * The answer to one read. AWS "not configured" answers (PolicyNotFound, NoSuchBucketPolicy, ...)
 * are data and arrive as `ok` with a null or empty value; only real failures are `ok: false`.
 */
export type Fetched<T> = { ok: true; value: T } | { ok: false; error: CallFailure };

/** A read's value transformed, or its failure passed on unchanged. */
export function mapFetched<T, U>(read: Fetched<T>, fn: (value: T) => U): Fetched<U> {
  return read.ok ? { ok: true, value: fn(read.value) } : read;
}

/** Tags as a plain map. AWS-sourced: keys and values are untrusted text. */
export type Tags = Record<string, string>;

/** One `exclude-tags` entry: a resource with this tag is out of scope. */
export interface TagFilter {
  key: string;
  value: string;
}

/** Region-scoped parts, one per service. */
export interface RegionInventory {
  efs?: EfsInventory;
  ec2?: Ec2Inventory;
  sg?: SgInventory;
  rds?: RdsInventory;
}

/**
 * The shape version of a saved inventory. A new shape gets the next number and a migration from
 * the one before (src/collect/migrations.ts), so files saved by every earlier version still load.
 */
export const INVENTORY_SCHEMA_VERSION = 3;

/** Everything one scan collected: JSON-serialisable, evaluated offline by the rules. */
export interface Inventory {
  schemaVersion: typeof INVENTORY_SCHEMA_VERSION;
  account: string;
  collectedAt: string;
  regions: string[];
  services: ServiceName[];
  /** Account-wide parts: S3 (buckets carry their own region) and IAM (reported as region `global`). */
  global: { s3?: S3Inventory; iam?: IamInventory };
  regional: Record<string, RegionInventory>;
  errors: CollectionError[];
}

export interface CollectStats {
  apiCalls: Record<string, number>;
  durationMsByService: Record<string, number>;
  /** Services asked for but not collected, because no selected check reads them. */
  skippedServices?: ServiceName[];
}
