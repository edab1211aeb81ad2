import { compareErrors } from '../model/inventory.js';
import {
  CHECK_FIELDS,
  checkEntryOf,
  REPORT_SCHEMA_VERSION,
  isArnNamed,
  RESOURCE_FIELDS,
  type CheckEntry,
  type Report,
  type ResourceEntry,
} from '../model/report.js';
import { compareResults, compareText, type CheckResult } from '../model/results.js';

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
  'resourceTable',
  'results',
  'resolved',
  'errors',
  'resources',
  'suppressions',
  'warnings',
  'stats',
] as const;

/**
 * A written result's own fields: its resource by position in `resourceTable`, its check's fields
 * only where they differ from `checks`.
 */
const RESULT_KEYS = [
  'id',
  'checkId',
  'title',
  'service',
  'category',
  'severity',
  'status',
  'resource',
  'resourceType',
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

/**
 * Whether the result carries `entry`'s metadata, every one of `CHECK_FIELDS`, with no copy made.
 * Named, not `result[field]` in a loop: a load by a changing key is slow, and this runs per result.
 */
const carriesEntry = (result: CheckResult, entry: CheckEntry): boolean =>
  sameValue(result.title, entry.title) &&
  sameValue(result.service, entry.service) &&
  sameValue(result.category, entry.category) &&
  sameValue(result.severity, entry.severity) &&
  sameValue(result.resourceType, entry.resourceType) &&
  sameValue(result.remediation, entry.remediation) &&
  sameValue(result.frameworks, entry.frameworks);

/**
 * Each check's metadata as most of its results carry it (the first such, in written order, on a
 * tie). Results that differ (a DocumentDB cluster judged by an RDS check has its own resource type
 * and no framework mapping; a merged report of an older version a different title) write the
 * fields that differ, so nothing is lost.
 */
export function checkCatalogue(results: Iterable<CheckResult>): Map<string, CheckEntry> {
  const candidates = new Map<string, { entry: CheckEntry; count: number }[]>();
  for (const result of results) {
    let seen = candidates.get(result.checkId);
    if (seen === undefined) {
      seen = [];
      candidates.set(result.checkId, seen);
    }
    // Loops, not find() with a closure: nothing is allocated per result.
    let same: { entry: CheckEntry; count: number } | undefined;
    for (const candidate of seen) {
      if (carriesEntry(result, candidate.entry)) {
        same = candidate;
        break;
      }
    }
    if (same) same.count += 1;
    else seen.push({ entry: checkEntryOf(result), count: 1 });
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

/** The result's resource fields, in `RESOURCE_FIELDS` order, those it lacks left out. */
function resourceEntryOf(result: CheckResult): ResourceEntry {
  const entry: Record<string, unknown> = {};
  for (const field of RESOURCE_FIELDS)
    if (result[field] !== undefined) entry[field] = result[field];
  return entry as unknown as ResourceEntry;
}

/**
 * A resource entry as written: a report of one account names it once, at the top (a merged report
 * in every entry); an IAM principal, identified by its ARN, does not repeat it as `resourceArn`.
 * Fields left undefined are not written.
 */
const writtenResourceEntry = (entry: ResourceEntry, reportAccount: string): object => ({
  account: entry.account === reportAccount ? undefined : entry.account,
  region: entry.region,
  resourceId: entry.resourceId,
  resourceArn: isArnNamed(entry) ? undefined : entry.resourceArn,
  resourceName: entry.resourceName,
});

const compareEntries = (a: ResourceEntry, b: ResourceEntry): number =>
  compareText(a.account, b.account) ||
  compareText(a.region, b.region) ||
  compareText(a.resourceId, b.resourceId) ||
  compareText(a.resourceArn ?? '', b.resourceArn ?? '') ||
  compareText(a.resourceName ?? '', b.resourceName ?? '');

/**
 * Every resource the results judge, once, in account, region and id order; `positions[i]` is the
 * entry of `results[i]`.
 */
export interface ResourceTable {
  entries: ResourceEntry[];
  positions: Uint32Array;
}

/** A missing field and one set to undefined or null are the same resource's. */
const sameField = (a: unknown, b: unknown): boolean => (a ?? null) === (b ?? null);

/** Every one of `RESOURCE_FIELDS`, by name as in {@link carriesEntry}. */
const sameResource = (entry: ResourceEntry, result: CheckResult): boolean =>
  sameField(entry.resourceId, result.resourceId) &&
  sameField(entry.region, result.region) &&
  sameField(entry.account, result.account) &&
  sameField(entry.resourceArn, result.resourceArn) &&
  sameField(entry.resourceName, result.resourceName);

export function resourceTable(results: readonly CheckResult[]): ResourceTable {
  // Looked up by id, then told apart by the other fields (an id in two regions or accounts): no
  // key is built per result.
  const seenById = new Map<string, number[]>();
  const entries: ResourceEntry[] = [];
  const positions = new Uint32Array(results.length);
  results.forEach((result, i) => {
    let sameId = seenById.get(result.resourceId);
    if (sameId === undefined) {
      sameId = [];
      seenById.set(result.resourceId, sameId);
    }
    let seen: number | undefined;
    for (const at of sameId) {
      if (sameResource(entries[at] as ResourceEntry, result)) {
        seen = at;
        break;
      }
    }
    if (seen === undefined) {
      seen = entries.push(resourceEntryOf(result)) - 1;
      sameId.push(seen);
    }
    positions[i] = seen;
  });
  const order = entries
    .map((_, i) => i)
    .sort((a, b) => compareEntries(entries[a] as ResourceEntry, entries[b] as ResourceEntry));
  const sortedPosition = new Uint32Array(entries.length);
  order.forEach((seen, position) => (sortedPosition[seen] = position));
  positions.forEach((seen, i) => (positions[i] = sortedPosition[seen] as number));
  return { entries: order.map((seen) => entries[seen] as ResourceEntry), positions };
}

const RESULT_ONLY = new Set<string>(RESOURCE_FIELDS);

/** The fields a result is made of; one read back from a file may have others. */
const KNOWN_RESULT_KEYS = new Set<string>([...RESULT_KEYS, ...RESOURCE_FIELDS]);

function hasOnlyKnownKeys(result: CheckResult): boolean {
  // for-in, not Object.keys: no array per result. It also sees inherited enumerable keys, which
  // only sends such an odd result the general way.
  for (const key in result) if (!KNOWN_RESULT_KEYS.has(key)) return false;
  return true;
}

/** A check field of the result, or undefined (not written) where it is the catalogue's. */
function ownCheckField<K extends (typeof CHECK_FIELDS)[number]>(
  result: CheckResult,
  entry: CheckEntry | undefined,
  field: K,
): CheckResult[K] | undefined {
  return entry === undefined || !sameValue(result[field], entry[field]) ? result[field] : undefined;
}

/**
 * A result as written: its own fields in `RESULT_KEYS` order, its resource by position, its check's
 * fields only where they differ from the catalogue. Built in that order at once for a result of
 * known fields (JSON.stringify leaves out the undefined ones); any other goes the general way.
 */
function writtenResult(
  result: CheckResult,
  entry: CheckEntry | undefined,
  resource: number,
): object {
  if (!hasOnlyKnownKeys(result)) return writtenResultOfAnyShape(result, entry, resource);
  return {
    id: result.id,
    checkId: result.checkId,
    title: ownCheckField(result, entry, 'title'),
    service: ownCheckField(result, entry, 'service'),
    category: ownCheckField(result, entry, 'category'),
    severity: ownCheckField(result, entry, 'severity'),
    status: result.status,
    resource,
    resourceType: ownCheckField(result, entry, 'resourceType'),
    detail: result.detail,
    evidence: result.evidence,
    remediation: ownCheckField(result, entry, 'remediation'),
    frameworks: ownCheckField(result, entry, 'frameworks'),
    monthlySavingsUsd: result.monthlySavingsUsd,
    failedCall: result.failedCall,
    suppressed: result.suppressed,
    baseline: result.baseline,
  };
}

/** {@link writtenResult} of a result with other fields (read from a file): those sorted after. */
function writtenResultOfAnyShape(
  result: CheckResult,
  entry: CheckEntry | undefined,
  resource: number,
): Record<string, unknown> {
  const own: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(result)) {
    // A member named "__proto__" (JSON.parse keeps one from a file) assigned here would become
    // the prototype, and the fields under it would be read below as the result's own.
    if (RESULT_ONLY.has(key) || key === '__proto__') continue;
    const checkField = entry !== undefined && (CHECK_FIELDS as readonly string[]).includes(key);
    if (!checkField || !sameValue(value, entry[key as keyof CheckEntry])) own[key] = value;
  }
  // Set last: a field named `resource` read from a version 1 or 2 file must not replace it.
  own.resource = resource;
  return withKeyOrder(own, RESULT_KEYS);
}

// Printed to a workflow log (`--format json`), a line holding `##[` would be a runner command;
// `#` appears only inside strings, where `\u005b` is the same `[` to every JSON reader.
const safe = (json: string): string =>
  json.includes('##[') ? json.replace(/##\[/g, '##\\u005b') : json;

/** A value as a member of the top-level object: 2-space indent, nested one level. */
const member = (key: string, value: unknown): string =>
  safe(`  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`);

/**
 * One item per line, unindented: the file stays readable and line-diffable at a fraction of the
 * bytes (four spaces before each of 160,000 results would be 2% of the file).
 */
function* lineList<T>(
  key: string,
  items: readonly T[],
  written: (item: T, index: number) => unknown,
): Generator<string> {
  if (items.length === 0) {
    yield `  ${JSON.stringify(key)}: []`;
    return;
  }
  yield `  ${JSON.stringify(key)}: [\n`;
  for (let i = 0; i < items.length; i += 1) {
    // The line and its end apart: joined, they would be copied once more to be written.
    yield safe(JSON.stringify(written(items[i] as T, i)));
    yield i < items.length - 1 ? ',\n' : '\n';
  }
  yield '  ]';
}

/**
 * The JSON report, schemaVersion 3, in pieces to be written one after the other: the same bytes
 * for the same report, whatever order its parts arrived in.
 */
export function* jsonChunks(report: Report): Generator<string> {
  const results = [...report.results].sort(compareResults);
  const resolved = [...report.resolved].sort(compareResults);
  const all = [...results, ...resolved];
  const catalogue = checkCatalogue(all);
  const table = resourceTable(all);
  const written =
    (offset: number) =>
    (result: CheckResult, index: number): unknown =>
      writtenResult(
        result,
        catalogue.get(result.checkId),
        table.positions[offset + index] as number,
      );
  const ordered = withKeyOrder(
    {
      ...report,
      schemaVersion: REPORT_SCHEMA_VERSION,
      checks: Object.fromEntries(
        [...catalogue].map(([checkId, entry]) => [checkId, writtenEntry(entry)]),
      ),
      resourceTable: table.entries,
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
    if (key === 'results') yield* lineList(key, results, written(0));
    else if (key === 'resolved') yield* lineList(key, resolved, written(results.length));
    else if (key === 'resourceTable') {
      yield* lineList(key, table.entries, (entry) => writtenResourceEntry(entry, report.account));
    } else yield member(key, value);
  }
  yield '\n}\n';
}

/** The JSON report as one string (`--format json`): the bytes {@link jsonChunks} writes. */
export function renderJson(report: Report): string {
  return [...jsonChunks(report)].join('');
}
