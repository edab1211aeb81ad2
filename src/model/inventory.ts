import type { S3Inventory } from './s3.js';
import type { EfsInventory } from './efs.js';
import type { Ec2Inventory } from './ec2.js';
import type { RdsInventory } from './rds.js';
import type { SgInventory } from './sg.js';
import type { IamInventory } from './iam.js';
import { compareText } from './results.js';

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
 * Version 4 is the file written part by part (src/collect/inventory-file.ts), which a reader can
 * evaluate one part at a time; in memory the inventory keeps its `global` and `regional` maps.
 */
export const INVENTORY_SCHEMA_VERSION = 4;

/** Account-wide services: one part each, under the region `global`. */
export const ACCOUNT_WIDE_SERVICES = ['s3', 'iam'] as const;
export type AccountWideService = (typeof ACCOUNT_WIDE_SERVICES)[number];
export type RegionalService = Exclude<ServiceName, AccountWideService>;

/** The region account-wide parts and their results are filed under. */
export const GLOBAL_REGION = 'global';

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

/** What an inventory says of itself, apart from its parts. */
export type InventoryHeader = Omit<Inventory, 'global' | 'regional'>;

/** One collected part: a regional service in one region, or an account-wide service. */
export type InventoryPart =
  | { region: string; service: 'efs'; part: EfsInventory }
  | { region: string; service: 'ec2'; part: Ec2Inventory }
  | { region: string; service: 'sg'; part: SgInventory }
  | { region: string; service: 'rds'; part: RdsInventory }
  | { region: typeof GLOBAL_REGION; service: 's3'; part: S3Inventory }
  | { region: typeof GLOBAL_REGION; service: 'iam'; part: IamInventory };

/** One key per part: a service in a region (account-wide services under `global`). */
export const partKey = (service: ServiceName, region: string): string =>
  `${service}\u0000${region}`;

export function isAccountWide(service: ServiceName): service is AccountWideService {
  return (ACCOUNT_WIDE_SERVICES as readonly string[]).includes(service);
}

/** The inventory's header: every field but its parts. */
export function headerOf(inventory: Inventory): InventoryHeader {
  const { schemaVersion, account, collectedAt, regions, services, errors } = inventory;
  return { schemaVersion, account, collectedAt, regions, services, errors };
}

/**
 * The inventory's parts, account-wide ones first, then each region's in the order the inventory
 * holds them (the order of the report's resource tables).
 */
export function* partsOfInventory(inventory: Inventory): Generator<InventoryPart> {
  for (const service of ACCOUNT_WIDE_SERVICES) {
    const part = inventory.global[service];
    if (part) yield { region: GLOBAL_REGION, service, part } as InventoryPart;
  }
  for (const [region, parts] of Object.entries(inventory.regional)) {
    for (const [service, part] of Object.entries(parts)) {
      if (part) yield { region, service, part } as InventoryPart;
    }
  }
}

/** An inventory that holds the given parts only, under the header's account, regions and errors. */
export function inventoryOf(header: InventoryHeader, parts: Iterable<InventoryPart>): Inventory {
  const inventory: Inventory = { ...header, global: {}, regional: {} };
  for (const { region, service, part } of parts) {
    if (isAccountWide(service)) {
      (inventory.global as Record<string, unknown>)[service] = part;
    } else {
      // Own keys only: a region named as an Object.prototype key must not reach the prototype.
      if (!Object.hasOwn(inventory.regional, region)) {
        Object.defineProperty(inventory.regional, region, {
          value: {},
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      (inventory.regional[region] as Record<string, unknown>)[service] = part;
    }
  }
  return inventory;
}

/** The order failed calls are written in: by service, region, operation, message and code. */
export function compareErrors(a: CollectionError, b: CollectionError): number {
  return (
    compareText(a.service, b.service) ||
    compareText(a.region, b.region) ||
    compareText(a.operation, b.operation) ||
    compareText(a.message, b.message) ||
    compareText(a.code, b.code)
  );
}

/**
 * The inventory of parts collected in any order (a live scan's, to be saved): parts account-wide
 * first, then by region as the header lists them, then by service; failed calls sorted. The file
 * then does not depend on which call ended first.
 */
export function inventoryInOrder(
  header: InventoryHeader,
  parts: readonly InventoryPart[],
): Inventory {
  const rank = (part: InventoryPart): number =>
    isAccountWide(part.service) ? -1 : header.regions.indexOf(part.region);
  const ordered = [...parts].sort(
    (a, b) => rank(a) - rank(b) || SERVICES.indexOf(a.service) - SERVICES.indexOf(b.service),
  );
  return inventoryOf({ ...header, errors: [...header.errors].sort(compareErrors) }, ordered);
}

export interface CollectStats {
  apiCalls: Record<string, number>;
  durationMsByService: Record<string, number>;
  /** Services asked for but not collected, because no selected check reads them. */
  skippedServices?: ServiceName[];
}
