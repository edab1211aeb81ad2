import { Buffer } from 'node:buffer';
import { BUG_REPORT_URL, classOf } from '../aws/errors.js';
import { permissionFor } from '../aws/permissions.js';
import { compareErrors, SERVICES } from '../model/inventory.js';
import { formatUsd, roundUsd } from '../model/money.js';
import type { Report, Suppression } from '../model/report.js';
import { compareResults, SEVERITIES, type CheckResult, type Severity } from '../model/results.js';
import { isReportOnly } from '../triage/gate.js';
import { TOOL_VERSION } from '../version.js';
import { anchor } from './catalogue.js';
import { escapeAttribute, escapeHtml, escapeMarkdown } from './escape.js';
import { runWarnings } from './notices.js';
import { clip, errorLabel, formatCount, permissionsToGrant, resourceLabel } from './format.js';
import { resourceTables } from './tables.js';

/** GitHub drops a step summary over 1 MiB whole; this leaves room for other steps' output. */
export const DEFAULT_SUMMARY_BUDGET_BYTES = 900 * 1024;

/** Where each check is documented: docs/checks.md of the release that wrote the report. */
export const CHECKS_DOC_URL = `https://github.com/posture-gate/posture-gate/blob/v${TOOL_VERSION}/docs/checks.md`;

export interface MarkdownOptions {
  /** Largest output in UTF-8 bytes. */
  budgetBytes?: number;
  /** Where the JSON report is written, named when rows are cut. */
  reportPath?: string;
  /**
   * Leave out what changes from run to run on the same account (finish time, API call count),
   * so a PR comment is rewritten only when the result changed.
   */
  stable?: boolean;
}

const md = (text: string): string => escapeMarkdown(clip(text));
const html = (text: string): string => escapeHtml(clip(text));
const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * A markdown table whose body rows can be cut from the end to fit the budget. When rows are
 * cut, `note` says how many under the kept ones; with none kept, the header goes too.
 */
interface Table {
  head: string;
  rows: string[];
  kept: number;
  note?: (cut: number) => string;
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

function renderPart(part: Part): string {
  if (typeof part === 'string') return part;
  const cut = part.rows.length - part.kept;
  const note = cut > 0 && part.note ? part.note(cut) : '';
  if (part.kept === 0) return note;
  return part.head + part.rows.slice(0, part.kept).join('') + (note ? `\n${note}` : '');
}

const partBytes = (part: Part): number =>
  typeof part === 'string'
    ? bytes(part)
    : part.rows.reduce((n, row) => n + bytes(row), bytes(part.head));

/** Tables cut together, from the one with the most rows left, down to `keep` rows each. */
interface Cut {
  tables: Table[];
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
    : gate.result === 'error' && report.results.length === 0
      ? 'The scan could not run, so nothing was evaluated.'
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

function scopeLine(report: Report, stable = false): string {
  const regions = report.regions.length === 1 ? 'Region' : 'Regions';
  return (
    `${regions} ${md(report.regions.join(', '))}; services ${md(report.services.join(', '))}. ` +
    `${md(report.tool.name)} ${md(report.tool.version)}` +
    (stable ? '.\n\n' : `, finished ${md(report.finishedAt)}.\n\n`)
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

function savingsRows(report: Report): CheckResult[] {
  return report.results
    .filter((r) => r.status === 'FAIL' && !r.suppressed && (r.monthlySavingsUsd ?? 0) > 0)
    .sort(
      (a, b) => (b.monthlySavingsUsd ?? 0) - (a.monthlySavingsUsd ?? 0) || compareResults(a, b),
    );
}

/** More than one account among the results: a merged report, which needs an account column. */
function multiAccount(report: Report): boolean {
  const account = report.results[0]?.account ?? report.resolved[0]?.account;
  const other = (r: CheckResult): boolean => r.account !== account;
  return report.results.some(other) || report.resolved.some(other);
}

/** A link's target, only when it is an https URL (a report read back may carry anything). */
function safeUrl(url: string): string | undefined {
  return /^https:\/\/[^\s]+$/.test(url) ? url : undefined;
}

/** Where a check id links: its section of docs/checks.md, else its remediation page. */
function checkUrl(result: CheckResult): string | undefined {
  return /^[a-z0-9]+\.[a-z0-9-]+$/.test(result.checkId)
    ? `${CHECKS_DOC_URL}#${anchor(result.checkId)}`
    : safeUrl(result.remediation.url);
}

const plural = (count: number, noun: string): string =>
  `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;

interface CheckGroup {
  severity: Severity;
  results: CheckResult[];
  table: Table;
}

/** Unsuppressed FAILs grouped by check, most severe check first, each with its resource table. */
function failedCheckGroups(
  report: Report,
  failed: readonly CheckResult[],
  reportPath: string | undefined,
): CheckGroup[] {
  const withBaseline = report.results.some((r) => r.baseline !== undefined);
  const withAccount = multiAccount(report);
  const groups: CheckGroup[] = [];
  let current: CheckResult[] = [];
  const where = reportPath ? `the JSON report ${md(reportPath)}` : 'the JSON report';
  const close = (): void => {
    const first = current[0];
    if (!first) return;
    const resourceTable = table(
      [
        'Resource',
        ...(withAccount ? ['Account'] : []),
        'Region',
        'Detail',
        ...(withBaseline ? ['Baseline'] : []),
      ],
      current.map((r) => [
        resourceLabel(r),
        ...(withAccount ? [r.account] : []),
        r.region,
        r.detail,
        ...(withBaseline ? [r.baseline ?? ''] : []),
      ]),
    );
    resourceTable.note = (cut) =>
      `${plural(cut, 'more resource')} not shown here, to keep the summary under its size limit: every one is in ${where}.\n`;
    groups.push({ severity: first.severity, results: current, table: resourceTable });
    current = [];
  };
  for (const r of failed) {
    const first = current[0];
    if (first && (first.checkId !== r.checkId || first.severity !== r.severity)) close();
    current.push(r);
  }
  close();
  return groups;
}

/**
 * One check's line, a `<summary>` that opens on its resources: severity, check id linked to its
 * documentation, title, how many resources (and how many new), and the remediation link. HTML,
 * so every value is HTML-escaped; the table inside is markdown (blank lines around it).
 */
function checkParts(group: CheckGroup): Part[] {
  const first = group.results[0] as CheckResult;
  const link = (url: string | undefined, text: string): string =>
    url ? `<a href="${escapeAttribute(url)}">${text}</a>` : text;
  const fresh = group.results.filter((r) => r.baseline === 'new').length;
  const count =
    plural(group.results.length, 'resource') + (fresh > 0 ? `, ${formatCount(fresh)} new` : '');
  const remediationUrl = safeUrl(first.remediation.url);
  const line =
    `<b>${html(first.severity)}</b> ${link(checkUrl(first), `<code>${html(first.checkId)}</code>`)} ` +
    `${html(first.title)}: ${count}` +
    (remediationUrl ? ` (${link(remediationUrl, 'remediation')})` : '');
  return [
    `<details><summary>${line}</summary>\n\n`,
    `Remediation: ${md(first.remediation.text)}\n\n`,
    group.table,
    '\n</details>\n\n',
  ];
}

interface UnknownGroup {
  /** The IAM permission to grant, or empty when the cause is not a permission. */
  permission: string;
  operations: Set<string>;
  codes: Set<string>;
  count: number;
}

/**
 * UNKNOWN results by what would unblock them: the permission to grant for a denied call; for
 * any other failed call, the call and its error; results without a failed call come last.
 */
function unknownGroups(report: Report): UnknownGroup[] {
  const groups = new Map<string, UnknownGroup>();
  for (const r of report.results) {
    if (r.status !== 'UNKNOWN' || r.suppressed) continue;
    const call = r.failedCall;
    // Only a denied call is fixed by granting a permission.
    const denied = call !== undefined && classOf(call) === 'denied';
    const key = !call ? '~' : denied ? `p:${call.permission}` : `o:${call.operation}|${call.code}`;
    const group = groups.get(key) ?? {
      permission: denied ? call.permission : '',
      operations: new Set<string>(),
      codes: new Set<string>(),
      count: 0,
    };
    if (call) {
      group.operations.add(call.operation);
      group.codes.add(errorLabel(call));
    }
    group.count += 1;
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, group]) => group);
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
      ? `${formatCount(failedCut)} of ${formatCount(failedTotal)} failed-check resource rows were cut, least severe first (never a check's line, never a critical).`
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
 * resource rows of failed checks go first, low then medium; then rows of the savings, resource
 * and collection-error tables; then rows of high checks. A check's line and critical rows stay.
 * The note saying so sits under the verdict.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const budget = options.budgetBytes ?? DEFAULT_SUMMARY_BUDGET_BYTES;
  const head =
    `## ${md(report.tool.name)}: AWS account ${md(report.account)}\n\n` +
    verdict(report) +
    scopeLine(report, options.stable);
  const body: Part[] = [
    ...baselineParts(report),
    '### Findings by service\n\n',
    serviceTable(report),
    '\n',
  ];

  const failed = report.results
    .filter((r) => r.status === 'FAIL' && !r.suppressed)
    .sort(compareResults);
  const groups = failedCheckGroups(report, failed, options.reportPath);
  body.push(
    `### Failed checks (${plural(groups.length, 'check')}, ${plural(failed.length, 'resource')})\n\n`,
  );
  if (groups.length === 0) body.push('No failed checks.\n\n');
  for (const group of groups) body.push(...checkParts(group));

  const saving = savingsRows(report);
  const withAccount = multiAccount(report);
  const savingsTable = table(
    [
      'Savings a month',
      'Check',
      'Resource',
      ...(withAccount ? ['Account'] : []),
      'Region',
      'Detail',
    ],
    saving.map((r) => [
      formatUsd(r.monthlySavingsUsd ?? 0),
      r.checkId,
      resourceLabel(r),
      ...(withAccount ? [r.account] : []),
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

  const unknowns = unknownGroups(report);
  const unknownCount = unknowns.reduce((n, g) => n + g.count, 0);
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
        ['Permission to grant', 'Results', 'Failed operation', 'Error'],
        unknowns.map((g) => [
          g.permission ||
            (g.operations.size > 0
              ? 'none: the call failed, run again'
              : 'none (data not available)'),
          formatCount(g.count),
          [...g.operations].sort().join(', '),
          [...g.codes].sort().join(', '),
        ]),
        [1],
      ),
      '\n',
    );
  }
  if (errors.length > 0) {
    body.push(
      `<details><summary>Collection errors (${formatCount(errors.length)})</summary>\n\n`,
      errorsTable,
      '\n</details>\n\n',
    );
  }

  body.push(...suppressionParts(report));
  const { summary } = report;
  const apiCalls = Object.values(report.stats.apiCalls).reduce((n, c) => n + c, 0);
  body.push(
    `Excluded resources: ${formatCount(summary.excluded)}. ` +
      `Suppressed results: ${formatCount(summary.suppressed)}. ` +
      `Expired suppressions: ${formatCount(report.suppressions?.expired.length ?? 0)}. ` +
      (report.results.some((r) => r.baseline !== undefined)
        ? `Resolved since the baseline: ${formatCount(summary.resolved)}. `
        : '') +
      (options.stable ? '' : `AWS API calls: ${formatCount(apiCalls)}.`) +
      (options.reportPath ? ` JSON report: ${md(options.reportPath)}.` : '') +
      '\n',
  );

  const ofSeverity = (severity: Severity): Table[] =>
    groups.filter((g) => g.severity === severity).map((g) => g.table);
  const cuts: Cut[] = [
    { tables: ofSeverity('low'), keep: 0, failedChecks: true },
    { tables: ofSeverity('medium'), keep: 0, failedChecks: true },
    { tables: [savingsTable], keep: 0, failedChecks: false },
    ...[...resources].reverse().map((t) => ({ tables: [t], keep: 0, failedChecks: false })),
    { tables: [errorsTable], keep: 0, failedChecks: false },
    { tables: ofSeverity('high'), keep: 0, failedChecks: true },
  ];
  return fit(head, body, cuts, budget, (failedCut, otherCut, endCut) =>
    cutNote(budget, options.reportPath, failedCut, failed.length, otherCut, endCut),
  );
}

/** The table of `tables` with the most rows still kept above `keep`. */
function largest(tables: readonly Table[], keep: number): Table | undefined {
  let best: Table | undefined;
  for (const t of tables) if (t.kept > keep && (!best || t.kept > best.kept)) best = t;
  return best;
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
  const failedRows = cuts
    .filter((c) => c.failedChecks)
    .reduce((n, c) => n + c.tables.reduce((m, t) => m + t.rows.length, 0), 0);
  const otherRows = cuts
    .filter((c) => !c.failedChecks)
    .reduce((n, c) => n + c.tables.reduce((m, t) => m + t.rows.length, 0), 0);
  let excess = total + bytes(note(failedRows, otherRows, true)) - budget;
  let failedCut = 0;
  let otherCut = 0;
  for (const cut of cuts) {
    for (
      let t = largest(cut.tables, cut.keep);
      excess > 0 && t;
      t = largest(cut.tables, cut.keep)
    ) {
      // A table's own note appears with its first cut row; reserve its longest form.
      if (t.kept === t.rows.length && t.note) excess += bytes(t.note(t.rows.length)) + 1;
      t.kept -= 1;
      excess -= bytes(t.rows[t.kept] ?? '');
      if (t.kept === 0) excess -= bytes(t.head) + 1;
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
