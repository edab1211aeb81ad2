import type { Inventory, RegionInventory, Tags } from '../collect/inventory.js';
import { tagValue } from './helpers.js';

export interface TagFilter {
  key: string;
  value: string;
}

export interface ScopeOptions {
  excludeTags: readonly TagFilter[];
  environment?: string | undefined;
}

export interface ScopeOutcome {
  inventory: Inventory;
  /** Resources left out by `exclude-tags` or `environment`. */
  excluded: number;
}

interface Tagged {
  tags: Tags;
}

function isTagged(value: unknown): value is Tagged {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Tagged).tags === 'object' &&
    (value as Tagged).tags !== null
  );
}

function matchesExclusion(tags: Tags, filters: readonly TagFilter[]): boolean {
  return filters.some((f) => tagValue(tags, f.key)?.toLowerCase() === f.value.toLowerCase());
}

/**
 * Applies `exclude-tags` and `environment` to every tagged resource list of the inventory, so
 * that no rule judges an out-of-scope resource. A resource is any object with a `tags` map held in
 * a list of a service part; untagged kinds (account settings) are always in scope. The EFS access
 * points also stay whole as `allAccessPoints`: they are facts about their file system.
 */
export function applyScope(inventory: Inventory, options: ScopeOptions): ScopeOutcome {
  let excluded = 0;
  const environment = options.environment?.toLowerCase();
  const keep = (resource: Tagged): boolean => {
    const out =
      matchesExclusion(resource.tags, options.excludeTags) ||
      (environment !== undefined &&
        (tagValue(resource.tags, 'Environment') ?? '').toLowerCase() !== environment);
    if (out) excluded++;
    return !out;
  };
  const filterPart = <T extends object>(part: T | undefined): T | undefined => {
    if (!part) return part;
    const copy = { ...part } as Record<string, unknown>;
    for (const [key, value] of Object.entries(copy)) {
      if (Array.isArray(value) && value.some(isTagged)) {
        copy[key] = value.filter((item) => !isTagged(item) || keep(item));
      }
    }
    return copy as T;
  };
  const regional: Inventory['regional'] = {};
  for (const [region, parts] of Object.entries(inventory.regional)) {
    const scoped: RegionInventory = Object.fromEntries(
      Object.entries(parts).map(([service, part]) => [service, filterPart(part as object)]),
    );
    if (parts.efs && scoped.efs) {
      // efs.root-not-squashed judges a file system by all its access points, in scope or not.
      scoped.efs.allAccessPoints = parts.efs.accessPoints;
    }
    regional[region] = scoped;
  }
  const global: Inventory['global'] = Object.fromEntries(
    Object.entries(inventory.global).map(([service, part]) => [
      service,
      filterPart(part as object),
    ]),
  );
  return { inventory: { ...inventory, regional, global }, excluded };
}
