import Table from 'cli-table3';
import { classOf } from '../aws/errors.js';
import { permissionsFor } from '../aws/permissions.js';
import { formatUsd } from '../model/money.js';
import type { Report } from '../model/report.js';
import { compareResults, type CheckResult, type Severity } from '../model/results.js';
import { isReportOnly } from '../triage/gate.js';
import { escapeConsole } from './escape.js';
import { runWarnings } from './notices.js';
import { clip, formatCount, permissionsToGrant, resourceLabel } from './format.js';
import { resourceTables, type ResourceTable } from './tables.js';

export interface ConsoleOptions {
  /** ANSI colors on the verdict and severities; off by default so output is plain and stable. */
  color?: boolean;
  /** Columns of the terminal: no line is longer. Default 80, as when the width is unknown. */
  width?: number;
  /** Only the verdict line and the gate reasons. */
  quiet?: boolean;
}

/** The width used when the terminal's is unknown (not a TTY, the action log). */
export const DEFAULT_WIDTH = 80;

/** Narrower terminals get this width anyway: a table needs some room. */
const MIN_WIDTH = 40;

/**
 * Whether to color, the way Node decides for its own output: `FORCE_COLOR` set to an empty
 * string, 1, 2, 3 or true forces color (any other value turns it off), else `NO_COLOR` (not
 * empty) turns it off, else color only on a TTY that is not `TERM=dumb`.
 */
export function colorWanted(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return ['', '1', '2', '3', 'true'].includes(force.trim().toLowerCase());
  if (env.NO_COLOR) return false;
  return isTTY && env.TERM !== 'dumb';
}

const SEVERITY_COLORS: Readonly<Record<Severity, number>> = {
  critical: 31,
  high: 35,
  medium: 33,
  low: 36,
};

/** Longest resource name and detail shown: cli-table3 wraps in time quadratic in cell length. */
const MAX_NAME_CHARS = 60;
const MAX_DETAIL_CHARS = 300;

/** Longest resource-table cell, in characters. */
const MAX_RESOURCE_CELL_CHARS = 60;

/**
 * Resource rows shown in all: cli-table3 needs up to milliseconds a row (50,000 would take
 * minutes), and a terminal cannot show tens of thousands usefully. The JSON report has every one.
 */
const MAX_TABLE_ROWS = 1000;

const notShown = (rows: number): string =>
  `${formatCount(rows)} more rows not shown; the JSON report lists every one.`;

/** Columns a text takes: one per code point (AWS names are mostly ASCII). */
const columns = (text: string): number => [...text].length;

/**
 * Text broken at spaces into lines of at most `width` columns; a word longer than a line (a
 * URL, an ARN) is cut across lines rather than left to overflow.
 */
export function wrapText(text: string, width: number, indent = '', first = indent): string[] {
  const lines: string[] = [];
  let line = first;
  let hasWord = false;
  for (const word of text.split(' ')) {
    if (word === '') continue;
    const joined = hasWord ? `${line} ${word}` : `${line}${word}`;
    if (columns(joined) <= width) {
      line = joined;
      hasWord = true;
      continue;
    }
    if (hasWord) {
      lines.push(line);
      line = indent;
    }
    let rest = [...word];
    const room = Math.max(1, width - columns(line));
    while (rest.length > room) {
      lines.push(`${line}${rest.slice(0, room).join('')}`);
      rest = rest.slice(room);
      line = indent;
    }
    line = `${line}${rest.join('')}`;
    hasWord = true;
  }
  lines.push(line);
  return lines;
}

/**
 * Column widths (padding included) that fit `total` columns with the borders: the widest
 * column gives way first, none below its minimum.
 */
function fitWidths(natural: number[], minimum: number[], total: number): number[] {
  const widths = natural.map((w, i) => Math.max(w, minimum[i] ?? 0));
  let excess = widths.reduce((a, b) => a + b, 0) + widths.length + 1 - total;
  while (excess > 0) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) {
      const w = widths[i] ?? 0;
      if (w > (minimum[i] ?? 0) && (widest < 0 || w > (widths[widest] ?? 0))) widest = i;
    }
    if (widest < 0) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
    excess--;
  }
  return widths;
}

/**
 * A box table in these column widths (padding included). Cells are wrapped here, at spaces and
 * inside words too long for the column, so cli-table3 never cuts one short; its default colors on
 * headers and borders are off, so the output is deterministic.
 */
function boxTable(head: string[], rows: string[][], widths: number[]): string {
  const fit = (cells: string[]): string[] =>
    cells.map((cell, i) => wrapText(cell, Math.max(1, (widths[i] ?? 3) - 2)).join('\n'));
  const table = new Table({
    head: fit(head),
    colWidths: widths,
    wordWrap: false,
    style: { head: [], border: [] },
  });
  for (const row of rows) table.push(fit(row));
  return table.toString();
}

/** Natural column widths of a table: its longest cell plus the padding. */
const naturalWidths = (head: string[], rows: string[][]): number[] =>
  head.map((h, i) => Math.max(columns(h), ...rows.map((r) => columns(r[i] ?? ''))) + 2);

/** What a result that could not be assessed needs: the permission, or the call that failed. */
function unknownCause(result: CheckResult): string {
  const call = result.failedCall;
  if (!call) return 'not determined from the data collected';
  if (classOf(call) === 'denied') return `grant ${permissionsFor(call.operation).join(' and ')}`;
  return `${call.operation} failed (${call.code})`;
}

const plural = (count: number, noun: string): string =>
  `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;

/** The report for a terminal: verdict, failed checks by check, resource tables, what is missing. */
export function renderConsole(report: Report, options: ConsoleOptions = {}): string {
  const width = Math.max(MIN_WIDTH, Math.floor(options.width ?? DEFAULT_WIDTH));
  const paint = (code: number, text: string): string =>
    options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
  const safe = (text: string, max?: number): string => escapeConsole(clip(text, max));
  const lines: string[] = [];
  const say = (text: string, indent = '', first = indent): void => {
    lines.push(...wrapText(text, width, indent, first));
  };
  /** A wrapped line whose first word (not escaped text) is painted. */
  const sayPainted = (code: number, word: string, rest: string): void => {
    const wrapped = wrapText(`${word}${rest}`, width);
    wrapped[0] = `${paint(code, word)}${(wrapped[0] ?? '').slice(word.length)}`;
    lines.push(...wrapped);
  };
  const { gate, summary } = report;

  if (!options.quiet) {
    say(
      `${safe(report.tool.name)} ${safe(report.tool.version)}: AWS account ${safe(report.account)}, ` +
        `regions ${safe(report.regions.join(', '))}, services ${safe(report.services.join(', '))}`,
    );
  }
  const reportOnly = gate.result === 'passed' && isReportOnly(report.config);
  const verdict = reportOnly ? 'REPORT ONLY' : gate.result.toUpperCase();
  sayPainted(
    gate.result === 'passed' ? 32 : 31,
    verdict,
    report.scoreEvaluated
      ? `: posture score ${report.score} of 100`
      : ': nothing was evaluated (no security, resilience or operations check returned PASS or FAIL)',
  );
  for (const reason of gate.reasons) say(safe(reason), '    ', '  - ');
  if (options.quiet) return `${lines.join('\n')}\n`;

  for (const warning of runWarnings(report)) say(`Warning: ${safe(warning, Infinity)}`, '  ', '');
  const hasBaseline =
    report.results.some((r) => r.baseline !== undefined) || report.resolved.length > 0;
  if (hasBaseline) {
    say(
      `Since the baseline: ${formatCount(summary.new)} new, ${formatCount(summary.resolved)} resolved.`,
    );
  }
  lines.push('');

  const failed = report.results
    .filter((r) => r.status === 'FAIL' && !r.suppressed)
    .sort(compareResults);
  const groups = new Map<string, CheckResult[]>();
  for (const r of failed) groups.set(r.checkId, [...(groups.get(r.checkId) ?? []), r]);
  if (failed.length > 0) {
    say(`Failed checks (${formatCount(failed.length)}) in ${plural(groups.size, 'check')}`);
    const manyAccounts = new Set(failed.map((r) => r.account)).size > 1;
    let budget = MAX_TABLE_ROWS;
    for (const results of groups.values()) {
      const first = results[0];
      if (!first) continue;
      lines.push('');
      sayPainted(
        SEVERITY_COLORS[first.severity],
        first.severity,
        ` ${safe(first.checkId)}: ${safe(first.title)} (${plural(results.length, 'resource')})`,
      );
      say(`Fix: ${safe(first.remediation.text, Infinity)}`, '  ', '  ');
      say(safe(first.remediation.url, Infinity), '  ', '  ');
      const shown = results.slice(0, Math.max(0, budget));
      budget -= shown.length;
      if (shown.length > 0) {
        const head = [
          'Resource',
          ...(manyAccounts ? ['Account'] : []),
          'Region',
          ...(hasBaseline ? ['Since'] : []),
          'Detail',
        ];
        const rows = shown.map((r) => [
          safe(resourceLabel(r, MAX_NAME_CHARS)),
          ...(manyAccounts ? [safe(r.account)] : []),
          safe(r.region),
          ...(hasBaseline ? [r.baseline === 'new' ? 'new' : 'existing'] : []),
          safe(r.detail, MAX_DETAIL_CHARS),
        ]);
        const natural = naturalWidths(head, rows);
        // Resource and detail give way; account, region and since stay whole when they can.
        const minimum = head.map((h, i) =>
          h === 'Resource' || h === 'Detail' ? Math.min(natural[i] ?? 0, 12) : (natural[i] ?? 0),
        );
        lines.push(boxTable(head, rows, fitWidths(natural, minimum, width)));
      }
      if (shown.length < results.length) lines.push(notShown(results.length - shown.length));
    }
    lines.push('');
  } else {
    lines.push('No failed checks.', '');
  }

  for (const resources of resourceTables(report)) {
    lines.push(...renderResourceTable(resources, width, safe), '');
  }

  if (summary.monthlySavingsUsd > 0) {
    say(`Estimated savings: ${formatUsd(summary.monthlySavingsUsd)} a month`);
  }
  const unknown = report.results.filter((r) => r.status === 'UNKNOWN' && !r.suppressed);
  if (unknown.length > 0) {
    say(`Could not be assessed: ${formatCount(unknown.length)} UNKNOWN results`);
    const byCause = new Map<string, number>();
    for (const r of unknown) byCause.set(unknownCause(r), (byCause.get(unknownCause(r)) ?? 0) + 1);
    for (const [cause, count] of [...byCause].sort(
      (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
    )) {
      say(`${safe(cause, Infinity)}: ${plural(count, 'result')}`, '    ', '  - ');
    }
  }
  const grant = permissionsToGrant(report);
  if (grant.length > 0) say(`Permissions to grant: ${safe(grant.join(', '), Infinity)}`, '  ', '');
  if (report.errors.length > 0) {
    say(`Collection errors: ${formatCount(report.errors.length)} (listed in the JSON report)`);
  }
  const apiCalls = Object.values(report.stats.apiCalls).reduce((n, c) => n + c, 0);
  say(
    `Excluded resources: ${formatCount(summary.excluded)}. ` +
      `Suppressed results: ${formatCount(summary.suppressed)}. ` +
      `AWS API calls: ${formatCount(apiCalls)}.`,
  );
  return `${lines.join('\n')}\n`;
}

/** The check catalogue for a terminal (`posture-gate checks`): a box fitting the width. */
export function renderCatalogueTable(
  rows: readonly {
    id: string;
    category: string;
    severity: string;
    title: string;
    frameworks: string;
  }[],
  options: Pick<ConsoleOptions, 'width'> = {},
): string {
  const width = Math.max(MIN_WIDTH, Math.floor(options.width ?? DEFAULT_WIDTH));
  const head = ['Check', 'Category', 'Severity', 'Title', 'Mapping'];
  const cells = rows.map((r) => [r.id, r.category, r.severity, r.title, r.frameworks]);
  const natural = naturalWidths(head, cells);
  // The id stays whole where it can: users copy it into `checks` and `skip-checks`.
  const minimum = natural.map((w, i) => (i === 0 ? w : Math.min(w, 8)));
  return `${boxTable(head, cells, fitWidths(natural, minimum, width))}\n`;
}

/**
 * A resource table as a box when its columns fit the width, else one wrapped line per row
 * (`Column: value; ...`), which any width can show.
 */
function renderResourceTable(
  resources: ResourceTable,
  width: number,
  safe: (text: string, max?: number) => string,
): string[] {
  const head = resources.columns.map((c) => safe(c));
  const rows = resources.rows
    .slice(0, MAX_TABLE_ROWS)
    .map((row) => row.map((cell) => safe(cell, MAX_RESOURCE_CELL_CHARS)));
  const more =
    resources.rows.length > MAX_TABLE_ROWS
      ? [notShown(resources.rows.length - MAX_TABLE_ROWS)]
      : [];
  const natural = naturalWidths(head, rows);
  const minimum = natural.map((w) => Math.min(w, 10));
  const title = wrapText(safe(resources.title), width);
  if (minimum.reduce((a, b) => a + b, 0) + head.length + 1 <= width) {
    return [...title, boxTable(head, rows, fitWidths(natural, minimum, width)), ...more];
  }
  const lines = [...title];
  for (const row of rows) {
    const text = row.map((cell, i) => `${head[i]}: ${cell === '' ? '-' : cell}`).join('; ');
    lines.push(...wrapText(text, width, '    ', '  - '));
  }
  return [...lines, ...more];
}
