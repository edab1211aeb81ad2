// Saved inventories of every earlier shape, brought to the current one on load. Each step takes a
// file of one schemaVersion to the next; a new shape adds one step here and a fixture saved by the
// version before it (test/fixtures/inventories).
import {
  ACCOUNT_WIDE_SERVICES,
  GLOBAL_REGION,
  INVENTORY_SCHEMA_VERSION,
  SERVICES,
  isAccountWide,
} from '../model/inventory.js';

type Json = Record<string, unknown>;

interface CallFailureJson {
  operation: string;
  code: string;
  message: string;
}

/** A listing of version 1: its outcome in one field, its items (empty on failure) in another. */
interface ListingV1 {
  ok: boolean;
  error?: CallFailureJson;
}

const asObject = (value: unknown): Json =>
  typeof value === 'object' && value !== null ? (value as Json) : {};

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Version 1 kept a listing's outcome apart from its items; version 2 holds them as one read. */
function listing(outcome: unknown, items: unknown): Json {
  const read = asObject(outcome) as Partial<ListingV1>;
  return read.ok === false && read.error
    ? { ok: false, error: read.error }
    : { ok: true, value: asList(items) };
}

function failedOr(failure: unknown, items: unknown): Json {
  return failure ? { ok: false, error: failure } : { ok: true, value: asList(items) };
}

function ec2V2(part: Json): Json {
  const { instancesListing, volumesListing, instances, volumes, ...rest } = part;
  return {
    ...rest,
    instances: listing(instancesListing, instances),
    volumes: listing(volumesListing, volumes),
  };
}

function sgV2(part: Json): Json {
  const { groupsListing, interfacesListing, groups, ...rest } = part;
  const counts: Record<string, number> = {};
  const groupsV2 = asList(groups).map((entry) => {
    const { networkInterfaces, ...group } = asObject(entry);
    if (typeof networkInterfaces === 'number' && networkInterfaces > 0) {
      counts[String(group.id)] = networkInterfaces;
    }
    return group;
  });
  const interfaces = asObject(interfacesListing) as Partial<ListingV1>;
  return {
    ...rest,
    groups: listing(groupsListing, groupsV2),
    networkInterfaceCounts:
      interfaces.ok === false && interfaces.error
        ? { ok: false, error: interfaces.error }
        : { ok: true, value: counts },
  };
}

function rdsV2(part: Json): Json {
  const { instancesListing, clustersListing, instances, clusters, ...rest } = part;
  return {
    ...rest,
    instances: listing(instancesListing, instances),
    clusters: listing(clustersListing, clusters),
  };
}

function efsV2(part: Json): Json {
  const { fileSystemsFailure, accessPointsFailure, fileSystems, accessPoints, ...rest } = part;
  return {
    ...rest,
    fileSystems: failedOr(fileSystemsFailure, fileSystems),
    accessPoints: failedOr(accessPointsFailure, accessPoints),
  };
}

function s3V2(part: Json): Json {
  const { listing: outcome, buckets, ...rest } = part;
  const bucketsV2 = asList(buckets).map((entry) => {
    const { tags, tagsFailure, ...bucket } = asObject(entry);
    return {
      ...bucket,
      tags: tagsFailure ? { ok: false, error: tagsFailure } : { ok: true, value: tags ?? {} },
    };
  });
  return { ...rest, buckets: listing(outcome, bucketsV2) };
}

function iamV2(part: Json): Json {
  const { listing: outcome, roles, users, groups, managedPolicies, ...rest } = part;
  return {
    ...rest,
    roles: listing(outcome, roles),
    users: listing(outcome, users),
    groups: listing(outcome, groups),
    managedPolicies: listing(outcome, managedPolicies),
  };
}

const REGIONAL_V2: Record<string, (part: Json) => Json> = {
  ec2: ec2V2,
  sg: sgV2,
  rds: rdsV2,
  efs: efsV2,
};

const GLOBAL_V2: Record<string, (part: Json) => Json> = { s3: s3V2, iam: iamV2 };

function mapParts(parts: unknown, steps: Record<string, (part: Json) => Json>): Json {
  return Object.fromEntries(
    Object.entries(asObject(parts)).map(([service, part]) => {
      const step = steps[service];
      return [service, step && part ? step(asObject(part)) : part];
    }),
  );
}

/** 1 to 2: every listing becomes one `Fetched` list; S3 bucket tags become a read of their own. */
function v1ToV2(file: Json): Json {
  return {
    ...file,
    schemaVersion: 2,
    global: mapParts(file.global, GLOBAL_V2),
    regional: Object.fromEntries(
      Object.entries(asObject(file.regional)).map(([region, parts]) => [
        region,
        mapParts(parts, REGIONAL_V2),
      ]),
    ),
  };
}

/**
 * 2 to 3: version 3 added the reads of the deeper checks (EBS snapshots and AMIs, snapshot block
 * public access, metadata defaults, VPCs and flow logs, Elastic IPs and volume pricing fields,
 * default groups' egress, RDS snapshots and minor upgrades, bucket ACLs, ownership, logging and
 * policy status, the credential report, the password policy and role trust policies), each an
 * optional field. A version 2 file lacks them, which the checks read as "not collected"; nothing
 * it has changes shape.
 */
function v2ToV3(file: Json): Json {
  return { ...file, schemaVersion: 3 };
}

const isService = (key: string): boolean => (SERVICES as readonly string[]).includes(key);

/** Account-wide services first, as partsOfInventory gives them, then the regional ones. */
const SERVICES_IN_PART_ORDER = [
  ...ACCOUNT_WIDE_SERVICES,
  ...SERVICES.filter((service) => !isAccountWide(service)),
];

/**
 * 3 to 4: the `global` and `regional` maps become one list of parts, `{region, service, part}`,
 * account-wide services first, then each region's in the file's order (partsOfInventory's order).
 * Only services are moved: other keys were never read. A service in the wrong map (S3 in a
 * region) is moved as it stands, for the check to refuse.
 */
function v3ToV4(file: Json): Json {
  const { global, regional, ...header } = file;
  const parts: Json[] = [];
  const accountWide = asObject(global);
  for (const service of SERVICES_IN_PART_ORDER) {
    const part = accountWide[service];
    if (part !== undefined) parts.push({ region: GLOBAL_REGION, service, part });
  }
  for (const [region, regionParts] of Object.entries(asObject(regional))) {
    for (const [service, part] of Object.entries(asObject(regionParts))) {
      if (isService(service) && part !== undefined) parts.push({ region, service, part });
    }
  }
  return { ...header, schemaVersion: 4, parts };
}

/** The step from each version to the next. */
const STEPS: Record<number, (file: Json) => Json> = { 1: v1ToV2, 2: v2ToV3, 3: v3ToV4 };

export class InventoryVersionError extends Error {
  override name = 'InventoryVersionError';
}

/**
 * A saved inventory of any version this release can read, in the current shape. Files written by
 * a newer posture-gate are refused rather than guessed at.
 */
export function migrateInventory(file: Json): Json {
  let current = file;
  let version = current.schemaVersion;
  while (version !== INVENTORY_SCHEMA_VERSION) {
    const step = typeof version === 'number' ? STEPS[version] : undefined;
    if (!step) {
      throw new InventoryVersionError(
        `schemaVersion ${JSON.stringify(version)} is not one this version of posture-gate reads (1 to ${INVENTORY_SCHEMA_VERSION})`,
      );
    }
    current = step(current);
    version = current.schemaVersion;
  }
  return current;
}
