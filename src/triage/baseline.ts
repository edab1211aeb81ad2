import type { CheckResult } from '../model/results.js';

export interface BaselineOutcome {
  results: CheckResult[];
  /** Findings of the baseline that are gone now. */
  resolved: CheckResult[];
}

/**
 * Marks results new or existing against an earlier report. Without a baseline nothing is marked;
 * results already marked (reports being merged) keep their marks and their resolved findings.
 */
export function applyBaseline(
  results: readonly CheckResult[],
  carriedResolved: readonly CheckResult[] = [],
): BaselineOutcome {
  return { results: [...results], resolved: [...carriedResolved] };
}
