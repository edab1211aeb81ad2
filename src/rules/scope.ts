import type { Fetched, Inventory, RegionInventory, TagFilter, Tags } from '../model/inventory.js';

export interface ScopeOptions {
  excludeTags: readonly TagFilter[];
  environment?: string | undefined;
}

export interface ScopeOutcome {
  inventory: Inventory;
  /**
   * Resources left out by `exclude-tags` or `environment`, by region; account-wide resources without a region of their own (IAM principals)
   * under `global`. Lets `merge` count what several region jobs of one account saw once.
   */
  excludedByRegion: Record<string, number>;
}

/** A resource's tags: a map, or (S3, read one call per bucket) a read that may have failed. */
type TagsField = Tags | Fetched<Tags>;

interface Tagged {
  tags: TagsField;
  region?: string;
}

function isTagged(value: unknown): value is Tagged {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Tagged).tags === 'object' &&
    (value as Tagged).tags !== null
  );
}

/** The tags, or undefined when they could not be read. */
function readTags(field: TagsField): Tags | undefined {
  if (typeof field.ok !== 'boolean') return field as Tags;
  const read = field as Fetched<Tags>;
  return read.ok ? read.value : undefined;
}

/** A listing of resources: a `Fetched` list that was read. */
function isReadListing(value: unknown): value is { ok: true; value: unknown[] } {
  const read = value as Fetched<unknown> | null;
  return typeof read === 'object' && read !== null && read.ok === true && Array.isArray(read.value);
}

/**
 * A tag's value by its key exactly as written. `exclude-tags` and `environment` are the user's
 * filters and AWS tag keys are case-sensitive (`env` and `Env` are two tags); only the values
 * compare case-insensitively. The production and critical-data conventions of src/rules/tags.ts
 * compare keys case-insensitively instead.
 */
function exactTagValue(tags: Tags, key: string): string | undefined {
  return Object.hasOwn(tags, key) ? tags[key] : undefined;
}

function matchesExclusion(tags: Tags, filters: readonly TagFilter[]): boolean {
  return filters.some((f) => exactTagValue(tags, f.key)?.toLowerCase() === f.value.toLowerCase());
}

/**
 * Applies `exclude-tags` and `environment` to every tagged resource list of the inventory, so
 * that no rule judges an out-of-scope resource. A resource is any object with a `tags` map held in
 * a listing of a service part; untagged kinds (account settings), and resources whose tags could
 * not be read, are always in scope (the results of the latter say so: see `tagsUnread` in the
 * rule kit). The EFS access points also stay whole as `allAccessPoints`: they are facts about
 * their file system.
 */
export function applyScope(inventory: Inventory, options: ScopeOptions): ScopeOutcome {
  const excludedByRegion: Record<string, number> = {};
  const environment = options.environment?.toLowerCase();
  const keep = (resource: Tagged, partRegion: string): boolean => {
    const tags = readTags(resource.tags);
    if (tags === undefined) return true;
    const out =
      matchesExclusion(tags, options.excludeTags) ||
      (environment !== undefined &&
        (exactTagValue(tags, 'Environment') ?? '').toLowerCase() !== environment);
    if (out) {
      const region = resource.region ?? partRegion;
      excludedByRegion[region] = (excludedByRegion[region] ?? 0) + 1;
    }
    return !out;
  };
  const filterPart = <T extends object>(part: T | undefined, region: string): T | undefined => {
    if (!part) return part;
    const copy = { ...part } as Record<string, unknown>;
    for (const [key, listing] of Object.entries(copy)) {
      if (isReadListing(listing) && listing.value.some(isTagged)) {
        const value = listing.value.filter((item) => !isTagged(item) || keep(item, region));
        copy[key] = { ok: true, value };
      }
    }
    return copy as T;
  };
  const regional: Inventory['regional'] = {};
  for (const [region, parts] of Object.entries(inventory.regional)) {
    const scoped: RegionInventory = Object.fromEntries(
      Object.entries(parts).map(([service, part]) => [service, filterPart(part as object, region)]),
    );
    if (parts.efs?.accessPoints.ok && scoped.efs) {
      // efs.root-not-squashed judges a file system by all its access points, in scope or not.
      scoped.efs.allAccessPoints = parts.efs.accessPoints.value;
    }
    regional[region] = scoped;
  }
  const global: Inventory['global'] = Object.fromEntries(
    Object.entries(inventory.global).map(([service, part]) => [
      service,
      filterPart(part as object, 'global'),
    ]),
  );
  if (inventory.global.iam?.roles.ok && global.iam) {
    // iam.privilege-escalation: iam:PassRole to an administrator role out of scope is a path.
    global.iam.allRoles = inventory.global.iam.roles.value;
  }
  return { inventory: { ...inventory, regional, global }, excludedByRegion };
}
