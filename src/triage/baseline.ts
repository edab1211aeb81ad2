import type { Report } from '../model/report.js';
import type { CheckResult } from '../model/results.js';

/** An earlier report to diff against, or the path that was given and did not exist. */
export interface BaselineInput {
  path: string;
  report?: Report;
}

export interface BaselineOutcome {
  results: CheckResult[];
  /** FAILs of the baseline that are not FAIL now (PASS, UNKNOWN, gone or out of scope). */
  resolved: CheckResult[];
  warnings: string[];
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().every((item, i) => item === [...b].sort()[i]);

/** Where the baseline does not cover this run: its findings there cannot be told apart. */
function scopeWarnings(current: ScopeOf, baseline: Report, path: string): string[] {
  const warnings: string[] = [];
  if (baseline.account !== current.account) {
    warnings.push(
      `The baseline "${path}" is of account ${baseline.account}, not ${current.account}: every finding counts as new.`,
    );
    return warnings;
  }
  if (!sameList(baseline.regions, current.regions)) {
    warnings.push(
      `The baseline "${path}" covers regions ${baseline.regions.join(', ') || 'none'}, this run ${current.regions.join(', ')}: findings outside its regions count as new.`,
    );
  }
  if (!sameList(baseline.services, current.services)) {
    warnings.push(
      `The baseline "${path}" covers services ${baseline.services.join(', ') || 'none'}, this run ${current.services.join(', ')}: findings outside its services count as new.`,
    );
  }
  return warnings;
}

export interface ScopeOf {
  account: string;
  regions: readonly string[];
  services: readonly string[];
}

/**
 * Marks each FAIL `new` or `existing` against an earlier report, matched by the stable result id,
 * and lists the baseline's FAILs that are gone. Without a baseline, marks already on the results
 * (reports being merged) and the resolved findings carried with them are kept.
 */
export function applyBaseline(
  results: readonly CheckResult[],
  scope: ScopeOf,
  baseline: BaselineInput | undefined,
  carriedResolved: readonly CheckResult[] = [],
): BaselineOutcome {
  if (!baseline) return { results: [...results], resolved: [...carriedResolved], warnings: [] };
  if (!baseline.report) {
    return {
      results: results.map((r) => (r.status === 'FAIL' ? { ...r, baseline: 'new' } : r)),
      resolved: [],
      warnings: [
        `The baseline "${baseline.path}" does not exist: every finding counts as new. The first run on a branch has none; later runs should download the last report.`,
      ],
    };
  }
  const failedBefore = new Map(
    baseline.report.results.filter((r) => r.status === 'FAIL').map((r) => [r.id, r]),
  );
  const failingNow = new Set(results.filter((r) => r.status === 'FAIL').map((r) => r.id));
  return {
    results: results.map((r) => {
      if (r.status !== 'FAIL') {
        const { baseline: _unmarked, ...rest } = r;
        return rest;
      }
      return { ...r, baseline: failedBefore.has(r.id) ? 'existing' : 'new' };
    }),
    resolved: [...failedBefore.values()]
      .filter((r) => !failingNow.has(r.id))
      .map(({ baseline: _mark, suppressed: _mute, ...rest }) => rest),
    warnings: scopeWarnings(scope, baseline.report, baseline.path),
  };
}
