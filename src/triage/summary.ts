import { roundUsd } from '../model/money.js';
import type { ReportSummary } from '../model/report.js';
import { SEVERITIES, type CheckResult } from '../model/results.js';
import { ALL_RULES } from '../rules/index.js';

const WHOLE_BILL_CHECKS = new Set(
  ALL_RULES.filter((rule) => rule.meta.savingIsWholeBill).map((rule) => rule.meta.id),
);

/**
 * Monthly savings of the failed results, each resource counted once: when a finding saves the
 * resource's whole bill (delete an unused file system), the others on it are already inside it.
 */
export function totalSavingsUsd(failed: readonly CheckResult[]): number {
  const byResource = new Map<string, { sum: number; wholeBill?: number }>();
  for (const result of failed) {
    if (!result.monthlySavingsUsd) continue;
    const key = [result.account, result.region, result.resourceId].join('\u0000');
    const entry = byResource.get(key) ?? { sum: 0 };
    entry.sum += result.monthlySavingsUsd;
    if (WHOLE_BILL_CHECKS.has(result.checkId)) {
      entry.wholeBill = Math.max(entry.wholeBill ?? 0, result.monthlySavingsUsd);
    }
    byResource.set(key, entry);
  }
  let total = 0;
  for (const entry of byResource.values()) total += entry.wholeBill ?? entry.sum;
  return roundUsd(total);
}

/** The report's summary counts. Suppressed results count only as suppressed. */
export function summarize(
  results: readonly CheckResult[],
  counts: { excludedByRegion: Record<string, number>; resolved: number },
): ReportSummary {
  const counted = results.filter((r) => !r.suppressed);
  const failed = counted.filter((r) => r.status === 'FAIL');
  const bySeverity = Object.fromEntries(
    SEVERITIES.map((s) => [s, failed.filter((r) => r.severity === s).length]),
  ) as ReportSummary['bySeverity'];
  return {
    pass: counted.filter((r) => r.status === 'PASS').length,
    fail: failed.length,
    unknown: counted.filter((r) => r.status === 'UNKNOWN').length,
    suppressed: results.length - counted.length,
    excluded: Object.values(counts.excludedByRegion).reduce((sum, n) => sum + n, 0),
    excludedByRegion: counts.excludedByRegion,
    new: counted.filter((r) => r.baseline === 'new').length,
    resolved: counts.resolved,
    bySeverity,
    monthlySavingsUsd: totalSavingsUsd(failed),
  };
}
