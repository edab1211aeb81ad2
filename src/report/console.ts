import Table from 'cli-table3';
import { formatUsd } from '../model/money.js';
import type { Report } from '../model/report.js';
import { compareResults, type Severity } from '../model/results.js';
import { isReportOnly } from '../triage/gate.js';
import { escapeConsole } from './escape.js';
import { runWarnings } from './notices.js';
import { clip, formatCount, permissionsToGrant, resourceLabel } from './format.js';
import { resourceTables } from './tables.js';

export interface ConsoleOptions {
  /** ANSI colors on the verdict and severities; off by default so output is plain and stable. */
  color?: boolean;
}

const SEVERITY_COLORS: Readonly<Record<Severity, number>> = {
  critical: 31,
  high: 35,
  medium: 33,
  low: 36,
};

/**
 * Failed-check columns: severity, check, resource, region, detail. Details wrap at words (a
 * word longer than the column is truncated). The check column fits the longest check id, so ids
 * stay whole and searchable.
 */
const FAILED_WIDTHS = [10, 33, 30, 16, 44];

/** Longest resource-table cell, in characters: these tables do not wrap. */
const MAX_RESOURCE_CELL_CHARS = 60;

/** Longest resource name and detail shown: cli-table3 wraps in time quadratic in cell length. */
const MAX_NAME_CHARS = 60;
const MAX_DETAIL_CHARS = 300;

/**
 * Rows shown per table: cli-table3 needs up to milliseconds a row (50,000 would take minutes),
 * and a terminal cannot show tens of thousands usefully. The JSON report has every one.
 */
const MAX_TABLE_ROWS = 1000;

const notShown = (rows: number): string[] =>
  rows > MAX_TABLE_ROWS
    ? [
        `${formatCount(rows - MAX_TABLE_ROWS)} more rows not shown; the JSON report lists every one.`,
      ]
    : [];

// cli-table3 colors headers and borders by default; empty styles keep the output deterministic.
const newTable = (options: ConstructorParameters<typeof Table>[0]): InstanceType<typeof Table> =>
  new Table({ ...options, style: { head: [], border: [] } });

/** The report for a terminal: verdict, failed checks, resource tables, savings, what is missing. */
export function renderConsole(report: Report, options: ConsoleOptions = {}): string {
  const paint = (code: number, text: string): string =>
    options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
  const safe = (text: string, max?: number): string => escapeConsole(clip(text, max));
  const identifier = (text: string): Table.CellOptions => ({
    content: safe(text),
    wrapOnWordBoundary: false,
  });
  const { gate, summary } = report;
  const lines: string[] = [];

  lines.push(
    `${safe(report.tool.name)} ${safe(report.tool.version)}: AWS account ${safe(report.account)}, ` +
      `regions ${safe(report.regions.join(', '))}, services ${safe(report.services.join(', '))}`,
  );
  const reportOnly = gate.result === 'passed' && isReportOnly(report.config);
  const verdict = paint(
    gate.result === 'passed' ? 32 : 31,
    reportOnly ? 'REPORT ONLY' : gate.result.toUpperCase(),
  );
  lines.push(
    report.scoreEvaluated
      ? `${verdict}: posture score ${report.score} of 100`
      : `${verdict}: nothing was evaluated (no security, resilience or operations check returned PASS or FAIL)`,
  );
  for (const reason of gate.reasons) lines.push(`  - ${safe(reason)}`);
  for (const warning of runWarnings(report)) lines.push(`Warning: ${safe(warning, Infinity)}`);
  if (report.results.some((r) => r.baseline !== undefined) || report.resolved.length > 0) {
    lines.push(
      `Since the baseline: ${formatCount(summary.new)} new, ${formatCount(summary.resolved)} resolved.`,
    );
  }
  lines.push('');

  const failed = report.results
    .filter((r) => r.status === 'FAIL' && !r.suppressed)
    .sort(compareResults);
  if (failed.length > 0) {
    const table = newTable({
      head: ['Severity', 'Check', 'Resource', 'Region', 'Detail'],
      colWidths: FAILED_WIDTHS,
      wordWrap: true,
    });
    for (const r of failed.slice(0, MAX_TABLE_ROWS)) {
      table.push([
        paint(SEVERITY_COLORS[r.severity], r.severity),
        identifier(r.checkId),
        identifier(resourceLabel(r, MAX_NAME_CHARS)),
        identifier(r.region),
        safe(r.detail, MAX_DETAIL_CHARS),
      ]);
    }
    lines.push(`Failed checks (${formatCount(failed.length)})`, table.toString());
    lines.push(...notShown(failed.length), '');
  } else {
    lines.push('No failed checks.', '');
  }

  for (const resources of resourceTables(report)) {
    const table = newTable({ head: resources.columns.map((c) => safe(c)) });
    for (const row of resources.rows.slice(0, MAX_TABLE_ROWS)) {
      table.push(row.map((cell) => safe(cell, MAX_RESOURCE_CELL_CHARS)));
    }
    lines.push(safe(resources.title), table.toString(), ...notShown(resources.rows.length), '');
  }

  if (summary.monthlySavingsUsd > 0) {
    lines.push(`Estimated savings: ${formatUsd(summary.monthlySavingsUsd)} a month`);
  }
  const unknown = report.results.filter((r) => r.status === 'UNKNOWN' && !r.suppressed).length;
  if (unknown > 0) lines.push(`Could not be assessed: ${formatCount(unknown)} UNKNOWN results`);
  const grant = permissionsToGrant(report);
  if (grant.length > 0) lines.push(`Permissions to grant: ${safe(grant.join(', '), Infinity)}`);
  if (report.errors.length > 0) {
    lines.push(
      `Collection errors: ${formatCount(report.errors.length)} (listed in the JSON report)`,
    );
  }
  const apiCalls = Object.values(report.stats.apiCalls).reduce((n, c) => n + c, 0);
  lines.push(
    `Excluded resources: ${formatCount(summary.excluded)}. ` +
      `Suppressed results: ${formatCount(summary.suppressed)}. ` +
      `AWS API calls: ${formatCount(apiCalls)}.`,
  );
  return `${lines.join('\n')}\n`;
}
