// Reading an inventory saved with --save-inventory: parse, migrate from its version, validate.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ERROR_CLASSES, SERVICES, type Inventory } from '../model/inventory.js';
import { InventoryVersionError, migrateInventory } from './migrations.js';

/** A file given as a saved inventory that cannot be used; the message names the file and field. */
export class InventoryFileError extends Error {
  override name = 'InventoryFileError';
}

const failure = z.object({
  operation: z.string(),
  code: z.string(),
  message: z.string(),
  class: z.enum(ERROR_CLASSES).optional(),
});

const fetched = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: failure }),
  ]);

const tags = z.record(z.string(), z.string());

/** A listed resource: the fields every check names it by; the rest is read by the rules. */
const resource = (fields: z.ZodRawShape = {}) =>
  z.looseObject({ id: z.string(), arn: z.string(), ...fields });

/**
 * A check of `schema` that builds nothing: a zod parse copies every object it checks (a 42 MB copy
 * of a large inventory, made to be thrown away), while `validate` on the compiled schema only
 * answers whether it would pass. Compiled on first use: the CLI's other commands never load a
 * file.
 */
function validator<T extends z.ZodType>(schema: T): (value: unknown) => boolean {
  let compiled: T | undefined;
  return (value) => (compiled ??= z.compile(schema)).validate(value);
}

/**
 * A list checked one item at a time: an item that fails is parsed again for zod's issues, a
 * validated copy made for that item alone, never for the whole list.
 */
const eachOf = <T extends z.ZodType>(item: T) => {
  const valid = validator(item);
  return z.array(z.unknown()).superRefine((items, ctx) => {
    for (let index = 0; index < items.length; index += 1) {
      if (valid(items[index])) continue;
      const checked = item.safeParse(items[index]);
      if (!checked.success) {
        for (const issue of checked.error.issues) {
          ctx.addIssue({ code: 'custom', message: issue.message, path: [index, ...issue.path] });
        }
        return;
      }
    }
  });
};

const listingOf = <T extends z.ZodType>(item: T) => fetched(eachOf(item));

const ec2 = z.looseObject({
  instances: listingOf(resource({ state: z.string(), tags })),
  volumes: listingOf(
    resource({
      encrypted: z.boolean(),
      attachedTo: z.array(z.string()),
      volumeType: z.string().optional(),
      sizeGib: z.number().optional(),
      iops: z.number().optional(),
      throughputMibps: z.number().optional(),
      createdAt: z.string().optional(),
    }),
  ),
  ebsEncryptionByDefault: fetched(z.boolean().nullable()),
  publicSnapshots: listingOf(
    resource({ encrypted: z.boolean(), restorableByAll: fetched(z.boolean()), tags }),
  ).optional(),
  images: listingOf(resource({ state: z.string(), tags })).optional(),
  snapshotBlockPublicAccess: fetched(z.string().nullable()).optional(),
  imdsDefaultHttpTokens: fetched(z.string().nullable()).optional(),
  imdsDefaultHttpTokensEnforced: z.boolean().optional(),
  vpcs: listingOf(resource({ isDefault: z.boolean(), tags })).optional(),
  flowLogs: listingOf(z.looseObject({ id: z.string(), resourceId: z.string() })).optional(),
  addresses: listingOf(resource({ tags })).optional(),
});

/**
 * What the reachability checks read of a permission (IngressPermission): a value of another type
 * (an `IpProtocol` of -1, not "-1") would otherwise read as no traffic, a PASS.
 */
const permission = z.looseObject({
  IpProtocol: z.string().optional(),
  FromPort: z.number().optional(),
  ToPort: z.number().optional(),
  IpRanges: z.array(z.looseObject({ CidrIp: z.string().optional() })).optional(),
  Ipv6Ranges: z.array(z.looseObject({ CidrIpv6: z.string().optional() })).optional(),
  PrefixListIds: z.array(z.looseObject({ PrefixListId: z.string().optional() })).optional(),
});

/** The entries of each managed prefix list, by id (PrefixListEntries). */
const prefixLists = z.record(z.string(), fetched(z.array(z.string()))).optional();

const sg = z.looseObject({
  groups: listingOf(
    resource({
      name: z.string(),
      tags,
      ingress: z.array(permission),
      egress: z.array(permission).optional(),
    }),
  ),
  networkInterfaceCounts: fetched(z.record(z.string(), z.number())),
  prefixLists,
});

const database = resource({ engine: z.string(), status: z.string(), tags });
const snapshot = resource({
  snapshotType: z.string(),
  status: z.string(),
  tags,
  restorableBy: fetched(z.array(z.string())).optional(),
});
const rds = z.looseObject({
  instances: listingOf(database),
  clusters: listingOf(database),
  snapshots: listingOf(snapshot).optional(),
  clusterSnapshots: listingOf(snapshot).optional(),
});

const efs = z.looseObject({
  fileSystems: listingOf(
    resource({
      createdAt: z.string(),
      tags,
      sizeInBytes: z.looseObject({ total: z.number() }),
      mountTargets: fetched(z.array(z.looseObject({ id: z.string() }))),
      metrics: z.looseObject({}),
    }),
  ),
  accessPoints: listingOf(resource({ fileSystemId: z.string(), tags })),
  replications: fetched(z.array(z.looseObject({}))),
  protectedFileSystemArns: fetched(z.array(z.string())),
  lastBackupTimes: z.record(z.string(), z.string()).optional(),
  alarms: fetched(z.array(z.looseObject({}))),
  subnets: fetched(z.array(z.looseObject({}))),
  securityGroups: fetched(z.array(z.looseObject({ id: z.string(), ingress: z.array(permission) }))),
  prefixLists,
  metricWindows: z.looseObject({}),
});

const s3 = z.looseObject({
  accountPublicAccessBlock: fetched(z.looseObject({}).nullable()),
  buckets: listingOf(
    z.looseObject({
      name: z.string(),
      arn: z.string(),
      region: z.string(),
      tags: fetched(tags),
      policyStatus: fetched(z.object({ isPublic: z.boolean().optional() }).nullable()).optional(),
      acl: fetched(
        z.array(z.looseObject({ granteeType: z.string(), permission: z.string() })),
      ).optional(),
      objectOwnership: fetched(z.string().nullable()).optional(),
      logging: fetched(
        z.looseObject({ targetBucket: z.string(), targetPrefix: z.string() }).nullable(),
      ).optional(),
    }),
  ),
});

const principal = z.looseObject({ name: z.string(), arn: z.string() });
const reportKey = z.looseObject({
  active: z.boolean(),
  lastRotated: z.string(),
  lastUsed: z.string(),
});
const iam = z.looseObject({
  roles: listingOf(principal.extend({ trustPolicy: z.string().optional() })),
  users: listingOf(principal),
  groups: listingOf(principal),
  managedPolicies: listingOf(z.looseObject({ arn: z.string() })),
  credentialReport: fetched(
    z.looseObject({
      generatedAt: z.string(),
      users: z.array(
        z.looseObject({
          user: z.string(),
          arn: z.string(),
          createdAt: z.string(),
          passwordEnabled: z.union([z.boolean(), z.literal('not_supported')]),
          passwordLastUsed: z.string(),
          passwordLastChanged: z.string(),
          mfaActive: z.boolean(),
          accessKeys: z.tuple([reportKey, reportKey]),
        }),
      ),
    }),
  ).optional(),
  passwordPolicy: fetched(
    z
      .looseObject({
        minimumPasswordLength: z.number().optional(),
        passwordReusePrevention: z.number().optional(),
      })
      .nullable(),
  ).optional(),
});

const INVENTORY_FILE = z.looseObject({
  schemaVersion: z.number(),
  account: z.string(),
  collectedAt: z.iso.datetime(),
  regions: z.array(z.string()),
  services: z.array(z.enum(SERVICES)),
  global: z.looseObject({ s3: s3.optional(), iam: iam.optional() }),
  regional: z.record(
    z.string(),
    z.looseObject({
      efs: efs.optional(),
      ec2: ec2.optional(),
      sg: sg.optional(),
      rds: rds.optional(),
    }),
  ),
  errors: z.array(z.looseObject({ service: z.string(), operation: z.string() })).optional(),
});

const validInventory = validator(INVENTORY_FILE);

const NOT_AN_INVENTORY = 'is not a posture-gate inventory (written by --save-inventory)';

/** The file's text as JSON; the text itself is not kept. */
function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InventoryFileError(`cannot read "${path}" as JSON: ${(error as Error).message}`);
  }
}

/** A parsed file of any supported version, migrated and validated; errors name the field. */
function checkedInventory(parsed: unknown, path: string): Inventory {
  if (typeof parsed !== 'object' || parsed === null || !('schemaVersion' in parsed)) {
    throw new InventoryFileError(`"${path}" ${NOT_AN_INVENTORY}: it has no schemaVersion.`);
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateInventory(parsed as Record<string, unknown>);
  } catch (error) {
    if (error instanceof InventoryVersionError) {
      throw new InventoryFileError(`"${path}" ${NOT_AN_INVENTORY}: ${error.message}.`);
    }
    throw error;
  }
  // Only a file that fails the check is parsed, and it is the parse that decides and names the issue.
  const checked = validInventory(migrated) ? undefined : INVENTORY_FILE.safeParse(migrated);
  if (checked && !checked.success) {
    const issue = checked.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new InventoryFileError(`"${path}" ${NOT_AN_INVENTORY}: ${where}${issue?.message}.`);
  }
  // The file's own objects, not zod's copies: those would reorder keys that reports print.
  return { ...migrated, errors: migrated.errors ?? [] } as unknown as Inventory;
}

/** The inventory in a file of any supported version, validated; errors name the field. */
export function parseSavedInventory(text: string, path: string): Inventory {
  return checkedInventory(parseJson(text, path), path);
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new InventoryFileError(`cannot read "${path}": ${(error as Error).message}`);
  }
}

/** The file's text parsed; the text dies with this function's frame. */
async function readParsed(path: string): Promise<unknown> {
  return parseJson(await readText(path), path);
}

export async function loadSavedInventory(path: string): Promise<Inventory> {
  // The text is garbage once parsed (35 MB at 50,000 resources). Awaited in this frame it would
  // stay alive until this function returns: an async function keeps an awaited value for its
  // whole statement, here through validation.
  const parsed = await readParsed(path);
  return checkedInventory(parsed, path);
}
