import { roundUsd } from '../rules/helpers.js';
import { SEVERITIES, type CheckResult } from '../rules/types.js';
import type { ReportSummary } from './types.js';

/** The report's summary counts. Suppressed results count only as suppressed. */
export function summarize(
  results: readonly CheckResult[],
  counts: { excluded: number; resolved: number },
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
    excluded: counts.excluded,
    new: counted.filter((r) => r.baseline === 'new').length,
    resolved: counts.resolved,
    bySeverity,
    monthlySavingsUsd: roundUsd(failed.reduce((sum, r) => sum + (r.monthlySavingsUsd ?? 0), 0)),
  };
}
