import { globMatch } from '../model/glob.js';
import type { Suppression, SuppressionsOutcome } from '../model/report.js';
import type { CheckResult } from '../model/results.js';

/** Entries expiring within this many days are warned about (DESIGN.md "Suppressions"). */
export const EXPIRING_SOON_DAYS = 14;

const DAY_MS = 86_400_000;

function matches(entry: Suppression, result: CheckResult): boolean {
  if (!globMatch(entry.check, result.checkId)) return false;
  if (entry.account !== undefined && entry.account !== result.account) return false;
  if (entry.region !== undefined && entry.region !== result.region) return false;
  if (entry.resource === undefined) return true;
  // Ids and ARNs only: a name often comes from a Name tag, which anyone who can tag a resource
  // could set to a suppressed one's to hide it.
  const names = [result.resourceId, result.resourceArn];
  return names.some((name) => name !== undefined && globMatch(entry.resource ?? '', name));
}

/** The last moment an entry suppresses: the end of its `expires` day, UTC. */
const endOfDay = (date: string): number => Date.parse(`${date}T00:00:00.000Z`) + DAY_MS;

export interface SuppressionsApplied {
  results: CheckResult[];
  outcome: SuppressionsOutcome;
}

/**
 * Marks the FAIL and UNKNOWN results an entry in force covers; the first matching entry wins.
 * A marked result keeps its status. PASS results are never marked: an entry that covers only
 * passing resources is reported unused, so that stale exceptions are seen and removed.
 */
export function applySuppressions(
  results: readonly CheckResult[],
  entries: readonly Suppression[],
  now: Date,
): SuppressionsApplied {
  const inForce = entries.filter((entry) => endOfDay(entry.expires) > now.getTime());
  const expired = entries.filter((entry) => !inForce.includes(entry));
  const matched = new Map<Suppression, number>();
  const marked = results.map((given) => {
    // This file decides alone: marks from an earlier step (a merged job's file) are dropped.
    const { suppressed: _earlier, ...result } = given;
    if (result.status === 'PASS') return result;
    const entry = inForce.find((candidate) => matches(candidate, result));
    if (!entry) return result;
    matched.set(entry, (matched.get(entry) ?? 0) + 1);
    const suppressed: NonNullable<CheckResult['suppressed']> = {
      reason: entry.reason,
      expires: entry.expires,
      ...(entry.owner === undefined ? {} : { owner: entry.owner }),
    };
    return { ...result, suppressed };
  });
  const soon = now.getTime() + EXPIRING_SOON_DAYS * DAY_MS;
  return {
    results: marked,
    outcome: {
      applied: inForce.flatMap((entry) => {
        const count = matched.get(entry);
        return count ? [{ ...entry, matched: count }] : [];
      }),
      expired,
      unused: inForce.filter((entry) => !matched.has(entry)),
      expiringSoon: inForce.filter((entry) => endOfDay(entry.expires) <= soon),
    },
  };
}
