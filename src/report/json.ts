import type { CollectionError } from '../model/inventory.js';
import type { Report } from '../model/report.js';
import { compareResults, compareText, type CheckResult } from '../model/results.js';

export function compareErrors(a: CollectionError, b: CollectionError): number {
  return (
    compareText(a.service, b.service) ||
    compareText(a.region, b.region) ||
    compareText(a.operation, b.operation) ||
    compareText(a.message, b.message) ||
    compareText(a.code, b.code)
  );
}

const REPORT_KEYS = [
  'schemaVersion',
  'tool',
  'startedAt',
  'finishedAt',
  'durationMs',
  'account',
  'regions',
  'services',
  'config',
  'score',
  'scoreEvaluated',
  'gate',
  'summary',
  'results',
  'resolved',
  'errors',
  'resources',
  'suppressions',
  'warnings',
  'stats',
] as const;

const RESULT_KEYS = [
  'id',
  'checkId',
  'title',
  'service',
  'category',
  'severity',
  'status',
  'account',
  'region',
  'resourceType',
  'resourceId',
  'resourceArn',
  'resourceName',
  'detail',
  'evidence',
  'remediation',
  'frameworks',
  'monthlySavingsUsd',
  'failedCall',
  'suppressed',
  'baseline',
] as const;

/**
 * The object's keys in the documented order, any others after them sorted: a report read back
 * from a file or merged from several keeps the same bytes as one built in memory.
 */
function withKeyOrder(value: object, order: readonly string[]): Record<string, unknown> {
  const source = value as Record<string, unknown>;
  const known = new Set(order);
  const keys = [
    ...order,
    ...Object.keys(source)
      .filter((k) => !known.has(k))
      .sort(compareText),
  ];
  const out: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

const sortedKeys = (value: object): Record<string, unknown> =>
  withKeyOrder(value, Object.keys(value).sort(compareText));

const orderResults = (results: readonly CheckResult[]): Record<string, unknown>[] =>
  [...results].sort(compareResults).map((r) => withKeyOrder(r, RESULT_KEYS));

/** The JSON report: 2-space indent, trailing newline, the same bytes for the same report. */
export function renderJson(report: Report): string {
  const ordered = withKeyOrder(
    {
      ...report,
      results: orderResults(report.results),
      resolved: orderResults(report.resolved),
      errors: [...report.errors].sort(compareErrors),
      // Calls finish in whatever order concurrency gives; the maps are keyed, so sort them.
      stats: withKeyOrder(
        {
          ...report.stats,
          apiCalls: sortedKeys(report.stats.apiCalls),
          durationMsByService: sortedKeys(report.stats.durationMsByService),
        },
        ['apiCalls', 'durationMsByService'],
      ),
    },
    REPORT_KEYS,
  );
  // Printed to a workflow log (`--format json`), a line holding `##[` would be a runner command;
  // `#` appears only inside strings, where `\u005b` is the same `[` to every JSON reader.
  return `${JSON.stringify(ordered, null, 2)}\n`.replace(/##\[/g, '##\\u005b');
}
