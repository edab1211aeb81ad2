import type { Report } from '../model/report.js';
import { formatCount, permissionsToGrant } from './format.js';
import { runWarnings } from './notices.js';

/** The workflow commands the action log uses; tests pass a recorder. */
export interface ActionLog {
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  startGroup(name: string): void;
  endGroup(): void;
  setFailed(message: string): void;
}

/** A console section longer than this many lines is folded in the log. */
const GROUP_MIN_LINES = 8;

/**
 * The console report in the log: each section (blank-line separated) longer than a few lines in
 * a folded group titled by its first line, so the log opens on the verdict, not on a table.
 */
export function logConsoleReport(text: string, log: ActionLog): void {
  for (const block of text.split(/\n{2,}/)) {
    const lines = block.replace(/\n+$/, '').split('\n');
    if (lines.length === 1 && lines[0] === '') continue;
    if (lines.length > GROUP_MIN_LINES) {
      log.startGroup(lines[0] ?? '');
      log.info(lines.slice(1).join('\n'));
      log.endGroup();
    } else {
      log.info(lines.join('\n'));
    }
  }
}

/** One warning when anything is UNKNOWN, naming the permissions to grant when that is the cause. */
export function unknownWarning(report: Report): string | undefined {
  const unknown = report.results.filter((r) => r.status === 'UNKNOWN' && !r.suppressed).length;
  if (unknown === 0) return undefined;
  const count = `${formatCount(unknown)} result${unknown === 1 ? '' : 's'} could not be assessed (UNKNOWN)`;
  const grant = permissionsToGrant(report);
  return grant.length > 0
    ? `${count}. Grant the scanning role these permissions and run again: ${grant.join(', ')}.`
    : `${count}: the calls they need failed or returned no data, not for want of a permission; the job summary lists them under "Could not be assessed".`;
}

/** setFailed's own line: it names no reason again, each has its own annotation already. */
export function failMessage(report: Report, reportPath?: string): string {
  const where = reportPath ? `the job summary and ${reportPath}` : 'the job summary';
  const count = report.gate.reasons.length;
  const reasons = `${count} reason${count === 1 ? '' : 's'} annotated above`;
  return report.gate.result === 'error'
    ? `posture-gate: the scan ended in error (${reasons}); ${where} say more.`
    : `posture-gate: the gate failed (${reasons}); ${where} list every finding.`;
}

/**
 * After the reports are written: the run's warnings, one warning for what is UNKNOWN, one error
 * annotation per gate reason, and a failed step that repeats none of them.
 */
export function logOutcome(report: Report, log: ActionLog, reportPath?: string): void {
  for (const warning of runWarnings(report)) log.warning(warning);
  const unknown = unknownWarning(report);
  if (unknown) log.warning(unknown);
  if (report.gate.passed) return;
  for (const reason of report.gate.reasons) log.error(reason);
  log.setFailed(failMessage(report, reportPath));
}
