import type { Tags } from '../model/inventory.js';

/** A tag's value by key, keys compared case-insensitively (teams write `env` and `Env`). */
export function tagValue(tags: Tags, key: string): string | undefined {
  const wanted = key.toLowerCase();
  for (const [k, v] of Object.entries(tags)) if (k.toLowerCase() === wanted) return v;
  return undefined;
}

/**
 * Whether any tag whose key is one of `keys`, compared case-insensitively, has one of `values`
 * (trimmed, case-insensitive). Every such tag counts: `env=dev` beside `Env=prod` is production.
 */
function anyTagIs(tags: Tags, keys: readonly string[], values: ReadonlySet<string>): boolean {
  const wanted = new Set(keys.map((key) => key.toLowerCase()));
  return Object.entries(tags).some(
    ([k, v]) => wanted.has(k.toLowerCase()) && values.has(v.trim().toLowerCase()),
  );
}

const PRODUCTION_TAG_KEYS = ['Environment', 'Env', 'Stage'];
const PRODUCTION_VALUES: ReadonlySet<string> = new Set(['prod', 'production']);

/** CHECKS.md: an `Environment`, `Env` or `Stage` tag equal to `prod` or `production`. */
export function isProduction(tags: Tags): boolean {
  return anyTagIs(tags, PRODUCTION_TAG_KEYS, PRODUCTION_VALUES);
}

/** CHECKS.md: a `DataCritical` tag equal to `true`. */
export function isCriticalData(tags: Tags): boolean {
  return anyTagIs(tags, ['DataCritical'], new Set(['true']));
}
