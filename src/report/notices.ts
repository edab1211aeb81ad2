import type { Report, Suppression } from '../model/report.js';

/** How a message names a suppressions entry: its place in the file and what it covers. */
export function suppressionLabel(entry: Suppression): string {
  const on = entry.resource === undefined ? '' : ` on ${entry.resource}`;
  return `suppressions[${entry.index}] (${entry.check}${on})`;
}

/**
 * What a run tells a person besides its findings, one line each: the baseline's warnings, and
 * suppressions that expired, expire soon, or matched nothing. Text from AWS never appears here,
 * only text from the user's own files; renderers still escape it for their medium.
 */
export function runWarnings(report: Report): string[] {
  const outcome = report.suppressions;
  return [
    ...(report.warnings ?? []),
    ...(outcome?.expired ?? []).map(
      (e) =>
        `${suppressionLabel(e)} expired on ${e.expires}: it suppresses nothing, and its findings count again.`,
    ),
    ...(outcome?.expiringSoon ?? []).map(
      (e) =>
        `${suppressionLabel(e)} expires on ${e.expires}: renew it with a reason, or fix the finding.`,
    ),
    ...(outcome?.unused ?? []).map(
      (e) =>
        `${suppressionLabel(e)} matched no finding: remove it if the exception is no longer needed.`,
    ),
  ];
}
