import type { Report } from '../model/report.js';

/** The action's outputs (DESIGN.md), as the strings `core.setOutput` writes. */
export function actionOutputs(report: Report, reportPath: string): Record<string, string> {
  const { summary } = report;
  return {
    score: report.score.toFixed(1),
    passed: String(report.gate.passed),
    result: report.gate.result,
    'critical-count': String(summary.bySeverity.critical),
    'high-count': String(summary.bySeverity.high),
    'medium-count': String(summary.bySeverity.medium),
    'low-count': String(summary.bySeverity.low),
    'findings-count': String(summary.fail),
    'new-findings-count': String(summary.new),
    'unknown-count': String(summary.unknown),
    'monthly-savings-usd': summary.monthlySavingsUsd.toFixed(2),
    'report-path': reportPath,
  };
}

/** Outputs of a run that could not produce a report (bad input, no credentials). */
export const ERROR_OUTPUTS: Readonly<Record<string, string>> = { passed: 'false', result: 'error' };
