import type { CollectionError } from '../model/inventory.js';
import {
  CHECK_FIELDS,
  checkEntryOf,
  REPORT_SCHEMA_VERSION,
  type CheckEntry,
  type Report,
} from '../model/report.js';
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
  'checks',
  'results',
  'resolved',
  'errors',
  'resources',
  'suppressions',
  'warnings',
  'stats',
] as const;

/** A written result's own fields; its check's fields only where they differ from `checks`. */
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

/** Results of one check share their metadata objects, so the reference test settles most. */
const sameValue = (a: unknown, b: unknown): boolean =>
  a === b || JSON.stringify(a) === JSON.stringify(b);

const sameEntry = (a: CheckEntry, b: CheckEntry): boolean =>
  CHECK_FIELDS.every((field) => sameValue(a[field], b[field]));

/**
 * Each check's metadata as most of its results carry it (the first such, in written order, on a
 * tie). Results that differ (a DocumentDB cluster judged by an RDS check has its own resource type
 * and no framework mapping; a merged report of an older version a different title) write the
 * fields that differ, so nothing is lost.
 */
export function checkCatalogue(results: Iterable<CheckResult>): Map<string, CheckEntry> {
  const candidates = new Map<string, { entry: CheckEntry; count: number }[]>();
  for (const result of results) {
    const seen = candidates.get(result.checkId) ?? [];
    candidates.set(result.checkId, seen);
    const entry = checkEntryOf(result);
    const same = seen.find((candidate) => sameEntry(candidate.entry, entry));
    if (same) same.count += 1;
    else seen.push({ entry, count: 1 });
  }
  const catalogue = new Map<string, CheckEntry>();
  for (const checkId of [...candidates.keys()].sort(compareText)) {
    const [first, ...rest] = candidates.get(checkId) ?? [];
    if (!first) continue;
    catalogue.set(
      checkId,
      rest.reduce((best, c) => (c.count > best.count ? c : best), first).entry,
    );
  }
  return catalogue;
}

function writtenEntry(entry: CheckEntry): Record<string, unknown> {
  const { frameworks, ...rest } = entry;
  const mapped = Object.keys(frameworks).length > 0;
  return withKeyOrder(mapped ? { ...rest, frameworks } : rest, CHECK_FIELDS);
}

function writtenResult(
  result: CheckResult,
  entry: CheckEntry | undefined,
): Record<string, unknown> {
  const own = entry
    ? Object.fromEntries(
        Object.entries(result).filter(
          ([key, value]) =>
            !(CHECK_FIELDS as readonly string[]).includes(key) ||
            !sameValue(value, entry[key as keyof CheckEntry]),
        ),
      )
    : result;
  return withKeyOrder(own, RESULT_KEYS);
}

// Printed to a workflow log (`--format json`), a line holding `##[` would be a runner command;
// `#` appears only inside strings, where `\u005b` is the same `[` to every JSON reader.
const safe = (json: string): string => json.replace(/##\[/g, '##\\u005b');

/** A value as a member of the top-level object: 2-space indent, nested one level. */
const member = (key: string, value: unknown): string =>
  safe(`  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`);

/** One result per line: the file stays readable and line-diffable at a fraction of the bytes. */
function* resultList(
  key: string,
  results: readonly CheckResult[],
  catalogue: ReadonlyMap<string, CheckEntry>,
): Generator<string> {
  if (results.length === 0) {
    yield `  ${JSON.stringify(key)}: []`;
    return;
  }
  yield `  ${JSON.stringify(key)}: [\n`;
  for (let i = 0; i < results.length; i += 1) {
    const result = results[i] as CheckResult;
    const line = safe(JSON.stringify(writtenResult(result, catalogue.get(result.checkId))));
    yield `    ${line}${i < results.length - 1 ? ',\n' : '\n'}`;
  }
  yield '  ]';
}

/**
 * The JSON report, schemaVersion 2, in pieces to be written one after the other: the same bytes
 * for the same report, whatever order its parts arrived in.
 */
export function* jsonChunks(report: Report): Generator<string> {
  const results = [...report.results].sort(compareResults);
  const resolved = [...report.resolved].sort(compareResults);
  const catalogue = checkCatalogue([...results, ...resolved]);
  const ordered = withKeyOrder(
    {
      ...report,
      schemaVersion: REPORT_SCHEMA_VERSION,
      checks: Object.fromEntries(
        [...catalogue].map(([checkId, entry]) => [checkId, writtenEntry(entry)]),
      ),
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
  yield '{\n';
  let first = true;
  for (const [key, value] of Object.entries(ordered)) {
    if (!first) yield ',\n';
    first = false;
    if (key === 'results') yield* resultList(key, results, catalogue);
    else if (key === 'resolved') yield* resultList(key, resolved, catalogue);
    else yield member(key, value);
  }
  yield '\n}\n';
}

/** The JSON report as one string (`--format json`): the bytes {@link jsonChunks} writes. */
export function renderJson(report: Report): string {
  return [...jsonChunks(report)].join('');
}
