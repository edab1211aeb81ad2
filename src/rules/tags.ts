import type { Tags } from '../model/inventory.js';

/** A tag's value by key, keys compared case-insensitively (teams write `env` and `Env`). */
export function tagValue(tags: Tags, key: string): string | undefined {
  const wanted = key.toLowerCase();
  for (const [k, v] of Object.entries(tags)) if (k.toLowerCase() === wanted) return v;
  return undefined;
}

const PRODUCTION_TAG_KEYS = ['Environment', 'Env', 'Stage'];
const PRODUCTION_VALUES = new Set(['prod', 'production']);

/** CHECKS.md: an `Environment`, `Env` or `Stage` tag equal to `prod` or `production`. */
export function isProduction(tags: Tags): boolean {
  return PRODUCTION_TAG_KEYS.some((key) =>
    PRODUCTION_VALUES.has((tagValue(tags, key) ?? '').trim().toLowerCase()),
  );
}

/** CHECKS.md: a `DataCritical` tag equal to `true`. */
export function isCriticalData(tags: Tags): boolean {
  return (tagValue(tags, 'DataCritical') ?? '').trim().toLowerCase() === 'true';
}
