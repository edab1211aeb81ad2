import { Buffer } from 'node:buffer';
import { BUG_REPORT_URL, classOf } from '../aws/errors.js';
import { permissionFor } from '../aws/permissions.js';
import { SERVICES } from '../model/inventory.js';
import { formatUsd, roundUsd } from '../model/money.js';
import type { Report, Suppression } from '../model/report.js';
import { compareResults, SEVERITIES, type CheckResult } from '../model/results.js';
import { isReportOnly } from '../triage/gate.js';
import { escapeMarkdown } from './escape.js';
import { runWarnings } from './notices.js';
import { clip, errorLabel, formatCount, permissionsToGrant, resourceLabel } from './format.js';
import { compareErrors } from './json.js';
import { resourceTables } from './tables.js';

/** GitHub drops a step summary over 1 MiB whole; this leaves room for other steps' output. */
export const DEFAULT_SUMMARY_BUDGET_BYTES = 900 * 1024;

export interface MarkdownOptions {
  /** Largest output in UTF-8 bytes. */
  budgetBytes?: number;
  /** Where the JSON report is written, named when rows are cut. */
  reportPath?: string;
}

const md = (text: string): string => escapeMarkdown(clip(text));
const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** A markdown table whose body rows can be cut from the end to fit the budget. */
interface Table {
  head: string;
  rows: string[];
  kept: number;
}

type Part = string | Table;

/** Cells are raw text: every one is clipped and escaped here, so none can slip through. */
function table(
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly number[] = [],
): Table {
  const line = (cells: readonly string[]): string => `| ${cells.map(md).join(' | ')} |\n`;
  const rule = `|${columns.map((_, i) => (numeric.includes(i) ? ' --: ' : ' --- ')).join('|')}|\n`;
  return { head: line(columns) + rule, rows: rows.map(line), kept: rows.length };
}

const renderPart = (part: Part): string =>
  typeof part === 'string' ? part : part.head + part.rows.slice(0, part.kept).join('');

const partBytes = (part: Part): number =>
  typeof part === 'string'
    ? bytes(part)
    : part.rows.reduce((n, row) => n + bytes(row), bytes(part.head));

/** Cut rows of `table` from its end while over budget, keeping at least `keep` rows. */
interface Cut {
  table: Table;
  keep: number;
  failedChecks: boolean;
}

/** Cut to at most `max` bytes, at the last line end when there is one, never inside a character. */
function clampBytes(text: string, max: number): string {
  const buffer = Buffer.from(text, 'utf8');
  if (buffer.length <= max) return text;
  if (max <= 0) return '';
  const newline = buffer.lastIndexOf(0x0a, max - 1);
  let end = newline >= 0 ? newline + 1 : max;
  while (end > 0 && ((buffer[end] ?? 0) & 0xc0) === 0x80) end -= 1;
  return buffer.subarray(0, end).toString('utf8');
}

function verdict(report: Report): string {
  const { gate } = report;
  const reportOnly = gate.result === 'passed' && isReportOnly(report.config);
  const label = reportOnly
    ? 'Report only'
    : { passed: 'Passed', failed: 'Failed', error: 'Error' }[gate.result];
  const score = report.scoreEvaluated
    ? `Posture score ${report.score} of 100.`
    : 'Nothing was evaluated: no security, resilience or operations check returned PASS or FAIL, so the score of 100 says nothing.';
  const reasons = gate.reasons.map((reason) => `- ${md(reason)}\n`).join('');
  const only = reportOnly
    ? ' Nothing can fail this gate (fail-on-severity none, no minimum-score): it reports only.'
    : '';
  const warnings = runWarnings(report)
    .map((warning) => `> Warning: ${md(warning)}\n>\n`)
    .join('');
  return `**${label}.** ${score}${only}\n${reasons ? `\n${reasons}` : ''}\n${warnings ? `${warnings.slice(0, -2)}\n\n` : ''}`;
}

/** With a baseline: what is new since it, and what it had that is gone. */
function baselineParts(report: Report): Part[] {
  if (!report.results.some((r) => r.baseline !== undefined) && report.resolved.length === 0) {
    return [];
  }
  const fresh = report.results.filter((r) => r.baseline === 'new' && !r.suppressed);
  const rows = (list: readonly CheckResult[]) =>
    list.map((r) => [r.severity, r.checkId, resourceLabel(r), r.region, r.detail]);
  const columns = ['Severity', 'Check', 'Resource', 'Region', 'Detail'];
  return [
    `### New since the baseline (${formatCount(fresh.length)})\n\n`,
    ...(fresh.length > 0 ? [table(columns, rows(fresh)), '\n'] : ['No new findings.\n\n']),
    `### Resolved since the baseline (${formatCount(report.resolved.length)})\n\n`,
    ...(report.resolved.length > 0 ? [table(columns, rows(report.resolved)), '\n'] : []),
  ];
}

/** With a suppressions file: what it suppressed, and its expired and unused entries. */
function suppressionParts(report: Report): Part[] {
  const outcome = report.suppressions;
  if (!outcome) return [];
  const row = (e: Suppression, state: string, matched = 0) => [
    `suppressions[${e.index}]`,
    e.check,
    e.resource ?? '(every resource)',
    e.expires,
    state,
    formatCount(matched),
    e.reason,
  ];
  const rows = [
    ...outcome.applied.map((e) => row(e, 'applied', e.matched)),
    ...outcome.expired.map((e) => row(e, 'expired')),
    ...outcome.unused.map((e) => row(e, 'unused')),
  ];
  if (rows.length === 0) return [];
  return [
    `### Suppressions\n\n`,
    table(['Entry', 'Check', 'Resource', 'Expires', 'State', 'Results', 'Reason'], rows, [5]),
    '\n',
  ];
}

function scopeLine(report: Report): string {
  const regions = report.regions.length === 1 ? 'Region' : 'Regions';
  return (
    `${regions} ${md(report.regions.join(', '))}; services ${md(report.services.join(', '))}. ` +
    `${md(report.tool.name)} ${md(report.tool.version)}, finished ${md(report.finishedAt)}.\n\n`
  );
}

function serviceTable(report: Report): Table {
  // FAIL counts in SEVERITIES order, then PASS and UNKNOWN.
  const columns = ['Critical', 'High', 'Medium', 'Low', 'Pass', 'Unknown'];
  const counts = new Map<string, number[]>();
  for (const r of report.results) {
    if (r.suppressed) continue;
    const column =
      r.status === 'FAIL'
        ? SEVERITIES.indexOf(r.severity)
        : SEVERITIES.length + (r.status === 'PASS' ? 0 : 1);
    const row = counts.get(r.service) ?? columns.map(() => 0);
    row[column] = (row[column] ?? 0) + 1;
    counts.set(r.service, row);
  }
  const services = SERVICES.filter((s) => report.services.includes(s) || counts.has(s));
  const rows = services.map((s) => counts.get(s) ?? columns.map(() => 0));
  const totals = columns.map((_, i) => rows.reduce((n, row) => n + (row[i] ?? 0), 0));
  return table(
    ['Service', ...columns],
    [
      ...services.map((s, i) => [s, ...(rows[i] ?? []).map(formatCount)]),
      ['Total', ...totals.map(formatCount)],
    ],
    columns.map((_, i) => i + 1),
  );
}

function failedChecksTable(report: Report, failed: readonly CheckResult[]): Table {
  const withBaseline = report.results.some((r) => r.baseline !== undefined);
  return table(
    ['Severity', 'Check', 'Resource', 'Region', 'Detail', ...(withBaseline ? ['Baseline'] : [])],
    failed.map((r) => [
      r.severity,
      r.checkId,
      resourceLabel(r),
      r.region,
      r.detail,
      ...(withBaseline ? [r.baseline ?? ''] : []),
    ]),
  );
}

function savingsRows(report: Report): CheckResult[] {
  return report.results
    .filter((r) => r.status === 'FAIL' && !r.suppressed && (r.monthlySavingsUsd ?? 0) > 0)
    .sort(
      (a, b) => (b.monthlySavingsUsd ?? 0) - (a.monthlySavingsUsd ?? 0) || compareResults(a, b),
    );
}

interface UnknownGroup {
  operation: string;
  codes: Set<string>;
  permission: string;
  results: CheckResult[];
}

/** UNKNOWN results by the call that failed; those without a failed call (no data) come last. */
function unknownGroups(report: Report): UnknownGroup[] {
  const groups = new Map<string, UnknownGroup>();
  for (const r of report.results) {
    if (r.status !== 'UNKNOWN' || r.suppressed) continue;
    const operation = r.failedCall?.operation ?? '';
    const group = groups.get(operation) ?? {
      operation,
      codes: new Set<string>(),
      permission: '',
      results: [],
    };
    if (r.failedCall) {
      group.codes.add(errorLabel(r.failedCall));
      // Only a denied call is fixed by granting a permission.
      if (classOf(r.failedCall) === 'denied') group.permission = r.failedCall.permission;
    }
    group.results.push(r);
    groups.set(operation, group);
  }
  return [...groups.values()].sort(
    (a, b) =>
      Number(a.operation === '') - Number(b.operation === '') ||
      (a.operation < b.operation ? -1 : 1),
  );
}

function cutNote(
  budget: number,
  reportPath: string | undefined,
  failedCut: number,
  failedTotal: number,
  otherCut: number,
  endCut: boolean,
): string {
  const kib = Math.floor((budget / 1024) * 10) / 10;
  const cuts = [
    failedCut > 0
      ? `${formatCount(failedCut)} of ${formatCount(failedTotal)} failed-check rows were cut, least severe first.`
      : '',
    otherCut > 0 ? `${formatCount(otherCut)} rows of other tables were cut.` : '',
    endCut ? 'The end of the summary was cut.' : '',
  ];
  const where = reportPath ? `the JSON report ${md(reportPath)}` : 'the JSON report';
  return (
    `> **This summary was shortened to stay under ${kib} KiB.** ` +
    `${cuts.filter(Boolean).join(' ')} Every result is in ${where}.\n\n`
  );
}

/**
 * The job summary (and PR comment body) of DESIGN.md, never larger than the budget. Past it,
 * failed-check rows of medium and low severity go first, least severe first; then rows of the
 * resource, could-not-be-assessed, error and savings tables; then high and critical rows. The
 * note saying so sits under the verdict.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const budget = options.budgetBytes ?? DEFAULT_SUMMARY_BUDGET_BYTES;
  const head =
    `## ${md(report.tool.name)}: AWS account ${md(report.account)}\n\n` +
    verdict(report) +
    scopeLine(report);
  const body: Part[] = [
    ...baselineParts(report),
    '### Findings by service\n\n',
    serviceTable(report),
    '\n',
  ];

  const failed = report.results
    .filter((r) => r.status === 'FAIL' && !r.suppressed)
    .sort(compareResults);
  const failedTable = failedChecksTable(report, failed);
  body.push(`### Failed checks (${formatCount(failed.length)})\n\n`);
  body.push(...(failed.length > 0 ? [failedTable, '\n'] : ['No failed checks.\n\n']));

  const saving = savingsRows(report);
  const savingsTable = table(
    ['Savings a month', 'Check', 'Resource', 'Region', 'Detail'],
    saving.map((r) => [
      formatUsd(r.monthlySavingsUsd ?? 0),
      r.checkId,
      resourceLabel(r),
      r.region,
      r.detail,
    ]),
    [0],
  );
  if (saving.length > 0 || report.summary.monthlySavingsUsd > 0) {
    const total = md(formatUsd(report.summary.monthlySavingsUsd));
    const rowsSum = roundUsd(saving.reduce((sum, r) => sum + (r.monthlySavingsUsd ?? 0), 0));
    const overlap =
      rowsSum > report.summary.monthlySavingsUsd
        ? ' A resource that one finding would delete counts once, at its whole bill, so the rows add up to more.'
        : '';
    body.push(`### Cost savings\n\nEstimated savings: **${total} a month**.${overlap}\n\n`);
    if (saving.length > 0) body.push(savingsTable, '\n');
  }

  const resources = resourceTables(report).map((t) => {
    const rendered = table(t.columns, t.rows);
    body.push(`### ${md(t.title)}\n\n`, rendered, '\n');
    return rendered;
  });

  const groups = unknownGroups(report);
  const unknownCount = groups.reduce((n, g) => n + g.results.length, 0);
  const unknownTable = table(
    ['Check', 'Resource', 'Region', 'Failed operation', 'Detail'],
    groups.flatMap((g) =>
      [...g.results]
        .sort(compareResults)
        .map((r) => [r.checkId, resourceLabel(r), r.region, g.operation, r.detail]),
    ),
  );
  const errors = [...report.errors].sort(compareErrors);
  const errorsTable = table(
    ['Service', 'Region', 'Operation', 'Error', 'Permission to grant', 'Message'],
    errors.map((e) => [
      e.service,
      e.region,
      e.operation,
      errorLabel(e),
      classOf(e) === 'denied' ? permissionFor(e.operation) : '',
      e.message,
    ]),
  );
  if (unknownCount > 0 || errors.length > 0) {
    const grant = permissionsToGrant(report);
    const internal = errors.filter((e) => classOf(e) === 'internal').length;
    body.push(
      '### Could not be assessed\n\n' +
        `UNKNOWN results (the data they need could not be read): ${formatCount(unknownCount)}. ` +
        `Failed AWS calls: ${formatCount(errors.length)}.` +
        (grant.length > 0
          ? ` Grant the scanning role these permissions and run again: ${escapeMarkdown(grant.join(', '))}.`
          : '') +
        (internal > 0
          ? ` ${formatCount(internal)} failed with an internal error of posture-gate: please report it at ${BUG_REPORT_URL} with the JSON report's \`errors\`.`
          : '') +
        '\n\n',
    );
  }
  if (unknownCount > 0) {
    body.push(
      table(
        ['Failed operation', 'Error', 'Permission', 'Results'],
        groups.map((g) => [
          g.operation || 'none (data not available)',
          [...g.codes].sort().join(', '),
          g.permission,
          formatCount(g.results.length),
        ]),
        [3],
      ),
      '\n',
      unknownTable,
      '\n',
    );
  }
  if (errors.length > 0) {
    body.push(`#### Collection errors (${formatCount(errors.length)})\n\n`, errorsTable, '\n');
  }

  body.push(...suppressionParts(report));
  const { summary } = report;
  const apiCalls = Object.values(report.stats.apiCalls).reduce((n, c) => n + c, 0);
  body.push(
    `Excluded resources: ${formatCount(summary.excluded)}. ` +
      `Suppressed results: ${formatCount(summary.suppressed)}. ` +
      (report.results.some((r) => r.baseline !== undefined)
        ? `Resolved since the baseline: ${formatCount(summary.resolved)}. `
        : '') +
      `AWS API calls: ${formatCount(apiCalls)}.` +
      (options.reportPath ? ` JSON report: ${md(options.reportPath)}.` : '') +
      '\n',
  );

  const severe = failed.filter((r) => r.severity === 'critical' || r.severity === 'high').length;
  const cuts: Cut[] = [
    { table: failedTable, keep: severe, failedChecks: true },
    ...[...resources].reverse().map((t) => ({ table: t, keep: 0, failedChecks: false })),
    { table: unknownTable, keep: 0, failedChecks: false },
    { table: errorsTable, keep: 0, failedChecks: false },
    { table: savingsTable, keep: 0, failedChecks: false },
    { table: failedTable, keep: 0, failedChecks: true },
  ];
  return fit(head, body, cuts, budget, (failedCut, otherCut, endCut) =>
    cutNote(budget, options.reportPath, failedCut, failed.length, otherCut, endCut),
  );
}

function fit(
  head: string,
  body: Part[],
  cuts: readonly Cut[],
  budget: number,
  note: (failedCut: number, otherCut: number, endCut: boolean) => string,
): string {
  const total = body.reduce((n, part) => n + partBytes(part), bytes(head));
  if (total <= budget) return head + body.map(renderPart).join('');

  // Reserve the longest the note can be: its counts only shrink from the totals.
  const otherRows = cuts.reduce((n, c) => n + (c.failedChecks ? 0 : c.table.rows.length), 0);
  const failedRows = cuts.find((c) => c.failedChecks)?.table.rows.length ?? 0;
  let excess = total + bytes(note(failedRows, otherRows, true)) - budget;
  let failedCut = 0;
  let otherCut = 0;
  for (const cut of cuts) {
    while (excess > 0 && cut.table.kept > cut.keep) {
      cut.table.kept -= 1;
      excess -= bytes(cut.table.rows[cut.table.kept] ?? '');
      if (cut.failedChecks) failedCut += 1;
      else otherCut += 1;
    }
  }
  const text = body.map(renderPart).join('');
  const shortNote = note(failedCut, otherCut, false);
  if (bytes(head) + bytes(shortNote) + bytes(text) <= budget) return head + shortNote + text;
  // Only fixed text is left to cut (absurd reasons or titles): keep the note, cut the end.
  const endNote = note(failedCut, otherCut, true);
  return clampBytes(endNote + clampBytes(head + text, budget - bytes(endNote)), budget);
}
