import { SCAN_DEADLINE } from '../aws/errors.js';
import type { GateDecision, ReportConfig } from '../model/report.js';
import { compareText, SEVERITIES, type CheckResult, type Severity } from '../model/results.js';

/** How many failing resources a reason names before it says "and N more". */
const NAMED_FINDINGS = 3;

/** True when `severity` is `threshold` or more severe; nothing is at least `none`. */
export function severityAtLeast(severity: Severity, threshold: Severity | 'none'): boolean {
  if (threshold === 'none') return false;
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}

function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function byCheckThenResource(a: CheckResult, b: CheckResult): number {
  return (
    compareText(a.checkId, b.checkId) ||
    compareText(a.region, b.region) ||
    compareText(a.resourceId, b.resourceId)
  );
}

function nameFindings(findings: readonly CheckResult[]): string {
  const named = [...findings]
    .sort(byCheckThenResource)
    .slice(0, NAMED_FINDINGS)
    .map((finding) => `${finding.checkId} on ${finding.resourceName ?? finding.resourceId}`);
  const more = findings.length - named.length;
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}

export interface GateInput {
  results: readonly CheckResult[];
  /** The rounded posture score, as reported. */
  score: number;
  config: GateSettings;
}

/** The settings that decide the gate. */
export type GateSettings = Pick<
  ReportConfig,
  'minimumScore' | 'failOnSeverity' | 'failOnIncomplete' | 'gateCategories' | 'failOnNewOnly'
>;

/** Nothing can fail the gate: it reports only (a scan that looked at nothing still errs). */
export function isReportOnly(config: GateSettings): boolean {
  return config.failOnSeverity === 'none' && config.minimumScore <= 0 && !config.failOnIncomplete;
}

/**
 * Pass or fail from the results, the score and the thresholds, with one line per reason. Suppressed
 * results never fail the gate; `fail-on-severity` counts FAILs of the gate categories only, and
 * with `fail-on-new-only` only those new since the baseline. When every result is UNKNOWN the scan looked at nothing (a role
 * without permissions): that is an `error`, never a pass. A scan that could not start at all is
 * an `error` decided by the caller.
 */
export function decideGate({ results, score, config }: GateInput): GateDecision {
  const reasons: string[] = [];
  const active = results.filter((result) => !result.suppressed);

  const gated = active.filter(
    (result) =>
      result.status === 'FAIL' &&
      config.gateCategories.includes(result.category) &&
      // Without a baseline nothing is marked existing: every FAIL counts, never a silent pass.
      (!config.failOnNewOnly || result.baseline !== 'existing'),
  );
  const noun = config.failOnNewOnly ? 'new finding' : 'finding';
  for (const severity of SEVERITIES) {
    if (!severityAtLeast(severity, config.failOnSeverity)) continue;
    const failing = gated.filter((result) => result.severity === severity);
    if (failing.length === 0) continue;
    reasons.push(
      `${counted(failing.length, `${severity} ${noun}`)} (fail-on-severity: ${config.failOnSeverity}): ${nameFindings(failing)}`,
    );
  }

  if (score < config.minimumScore) {
    reasons.push(`score ${score} is below minimum-score ${config.minimumScore}`);
  }

  const unknown = active.filter((result) => result.status === 'UNKNOWN').length;
  if (config.failOnIncomplete && unknown > 0) {
    reasons.push(`${counted(unknown, 'check')} could not be assessed (fail-on-incomplete: true)`);
  }

  // A scan cut short by its deadline is incomplete whatever its figures say: an error.
  const cut = results.filter(
    (result) => result.status === 'UNKNOWN' && result.failedCall?.code === SCAN_DEADLINE,
  ).length;
  if (cut > 0) {
    reasons.push(
      `the scan-timeout-minutes deadline passed before collection finished: ${counted(cut, 'result')} could not be assessed`,
    );
    return { passed: false, result: 'error', reasons };
  }

  if (unknown > 0 && unknown === active.length) {
    reasons.push(
      `no check could be assessed: all ${counted(unknown, 'result')} are UNKNOWN; grant the permissions the report names`,
    );
    return { passed: false, result: 'error', reasons };
  }

  const passed = reasons.length === 0;
  return { passed, result: passed ? 'passed' : 'failed', reasons };
}
