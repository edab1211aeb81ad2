import type { CollectionError } from '../model/inventory.js';
import type { Report, ReportConfig, Suppression, SuppressionsOutcome } from '../model/report.js';
import type { CheckResult } from '../model/results.js';
import { assembleReport, type TriageInputs } from './assemble.js';
import type { GateSettings } from './gate.js';

/** The merging job's own settings: its gate, and the suppressions and baseline it applies. */
export type MergeSettings = GateSettings & Pick<ReportConfig, 'suppressions' | 'baseline'>;

/** Reports given to `merge` that cannot be merged. */
export class MergeInputError extends Error {
  override name = 'MergeInputError';
}

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

/** Keeps the last value per key, in first-seen order. */
function dedupe<T>(entries: Iterable<[string, T]>): T[] {
  return [...new Map(entries).values()];
}

const key = (...parts: unknown[]): string => JSON.stringify(parts);

/** Every region job of an account reads IAM and the account-wide S3 calls: one error each. */
function mergeErrors(reports: readonly Report[]): CollectionError[] {
  return dedupe(
    reports.flatMap((r) =>
      (r.errors ?? []).map((e): [string, CollectionError] => [
        key(r.account, e.service, e.region, e.operation, e.code, e.message),
        e,
      ]),
    ),
  );
}

/** A resource listed by several jobs (the same region scanned twice) is listed once. */
function identity(account: string, entry: unknown): string {
  const { region, id } = (entry ?? {}) as { region?: unknown; id?: unknown };
  return typeof region === 'string' && typeof id === 'string'
    ? key(account, region, id)
    : key(account, entry);
}

function mergeResources(reports: readonly Report[]): Report['resources'] {
  const merged: Record<string, Record<string, Map<string, unknown>>> = {};
  for (const report of reports) {
    for (const [service, part] of Object.entries(report.resources ?? {})) {
      const target = (merged[service] ??= {});
      for (const [name, list] of Object.entries(part ?? {})) {
        if (!Array.isArray(list)) continue;
        const entries = (target[name] ??= new Map());
        for (const entry of list) entries.set(identity(report.account, entry), entry);
      }
    }
  }
  return Object.fromEntries(
    Object.entries(merged).map(([service, part]) => [
      service,
      Object.fromEntries(Object.entries(part).map(([name, list]) => [name, [...list.values()]])),
    ]),
  );
}

/**
 * Excluded resources by region over all reports. Jobs of one account that cover the same region
 * (IAM under `global` is covered by every job that reads IAM) saw the same resources, so each
 * account and region counts once, at its largest count; accounts then add up.
 */
function mergeExcluded(reports: readonly Report[]): Record<string, number> {
  const byAccountRegion = new Map<string, { region: string; count: number }>();
  for (const report of reports) {
    for (const [region, count] of Object.entries(report.summary.excludedByRegion)) {
      const key = `${report.account}\u0000${region}`;
      const seen = byAccountRegion.get(key)?.count ?? 0;
      byAccountRegion.set(key, { region, count: Math.max(seen, count) });
    }
  }
  const merged: Record<string, number> = {};
  for (const { region, count } of byAccountRegion.values()) {
    merged[region] = (merged[region] ?? 0) + count;
  }
  return merged;
}

/**
 * What the reports were asked to scan, with the merging job's gate settings. The scope settings
 * (environment, exclude-tags, min-age-days) are the first report's: the jobs of a matrix share them.
 */
function mergeConfig(reports: readonly Report[], first: Report, own: MergeSettings): ReportConfig {
  const configs = reports.map((r) => r.config);
  const { environment, excludeTags, minAgeDays } = first.config;
  const roles = unique(configs.map((c) => c.roleToAssume));
  return {
    regions: configs.some((c) => c.regions === 'all')
      ? 'all'
      : unique(configs.flatMap((c) => (c.regions === 'all' ? [] : c.regions))).sort(),
    services: unique(configs.flatMap((c) => c.services)).sort(),
    minimumScore: own.minimumScore,
    failOnSeverity: own.failOnSeverity,
    failOnIncomplete: own.failOnIncomplete,
    ...(environment === undefined ? {} : { environment }),
    excludeTags,
    minAgeDays,
    // A matrix over accounts assumes one role per account: name it only when there is one.
    ...(roles.length === 1 && roles[0] !== undefined ? { roleToAssume: roles[0] } : {}),
    gateCategories: [...own.gateCategories],
    failOnNewOnly: own.failOnNewOnly,
    ...(own.suppressions === undefined ? {} : { suppressions: own.suppressions }),
    ...(own.baseline === undefined ? {} : { baseline: own.baseline }),
  };
}

const SEVERITY_OF_STATUS: Readonly<Record<CheckResult['status'], number>> = {
  FAIL: 2,
  UNKNOWN: 1,
  PASS: 0,
};

/**
 * One result per id. Jobs that read the same resource (IAM from every region job) may disagree,
 * one throttled where another saw the finding: the FAIL wins, then UNKNOWN, so that a merge never
 * hides what one job found. Among equals the last job's result is kept.
 */
function worstById(results: readonly CheckResult[]): CheckResult[] {
  const kept = new Map<string, CheckResult>();
  for (const result of results) {
    const seen = kept.get(result.id);
    if (!seen || SEVERITY_OF_STATUS[result.status] >= SEVERITY_OF_STATUS[seen.status]) {
      kept.set(result.id, result);
    }
  }
  return [...kept.values()];
}

/**
 * The jobs' suppressions outcomes as one: jobs of a matrix share a suppressions file, so an entry
 * is applied where any job applied it (matches added up), unused only where every job that read
 * it found nothing, and expired or expiring where any job says so.
 */
function mergeSuppressions(reports: readonly Report[]): SuppressionsOutcome | undefined {
  const outcomes = reports.flatMap((r) => (r.suppressions ? [r.suppressions] : []));
  if (outcomes.length === 0) return undefined;
  const applied = new Map<number, Suppression & { matched: number }>();
  for (const entry of outcomes.flatMap((o) => o.applied)) {
    const seen = applied.get(entry.index);
    applied.set(entry.index, { ...entry, matched: (seen?.matched ?? 0) + entry.matched });
  }
  const byIndex = (list: Suppression[]): Suppression[] =>
    dedupe(list.map((entry): [string, Suppression] => [String(entry.index), entry])).sort(
      (a, b) => a.index - b.index,
    );
  return {
    applied: [...applied.values()].sort((a, b) => a.index - b.index),
    expired: byIndex(outcomes.flatMap((o) => o.expired)),
    unused: byIndex(outcomes.flatMap((o) => o.unused)).filter((e) => !applied.has(e.index)),
    expiringSoon: byIndex(outcomes.flatMap((o) => o.expiringSoon)),
  };
}

/**
 * One report from the reports of a matrix of jobs (accounts x regions): results, errors and
 * resources are unioned by identity, and the score and gate are decided again over all of them
 * with the merging job's thresholds. Each job's suppression and baseline marks are kept, unless
 * the merging job applies suppressions or a baseline of its own.
 */
export function mergeReports(
  reports: readonly Report[],
  own: MergeSettings,
  now: Date,
  triage: Omit<TriageInputs, 'now'> = {},
): Report {
  const [first] = reports;
  if (!first) throw new MergeInputError('merge needs at least one report');
  const byId = (list: (r: Report) => readonly CheckResult[] | undefined): CheckResult[] =>
    worstById(reports.flatMap((r) => list(r) ?? []));
  const apiCalls: Record<string, number> = {};
  const durationMsByService: Record<string, number> = {};
  for (const report of reports) {
    for (const [op, n] of Object.entries(report.stats?.apiCalls ?? {}))
      apiCalls[op] = (apiCalls[op] ?? 0) + n;
    for (const [service, ms] of Object.entries(report.stats?.durationMsByService ?? {})) {
      durationMsByService[service] = Math.max(durationMsByService[service] ?? 0, ms);
    }
  }
  const resources = mergeResources(reports);
  const carried = triage.suppressions ? undefined : mergeSuppressions(reports);
  return assembleReport(
    {
      tool: first.tool,
      startedAt: reports.map((r) => r.startedAt).sort()[0] ?? first.startedAt,
      finishedAt: now,
      account: unique(reports.map((r) => r.account))
        .sort()
        .join(','),
      regions: unique(reports.flatMap((r) => r.regions)).sort(),
      services: unique(reports.flatMap((r) => r.services)).sort(),
      config: mergeConfig(reports, first, own),
      results: byId((r) => r.results),
      resolved: byId((r) => r.resolved),
      ...(carried ? { suppressions: carried } : {}),
      warnings: reports.flatMap((r) => r.warnings ?? []),
      excludedByRegion: mergeExcluded(reports),
      errors: mergeErrors(reports),
      resources: () => resources,
      stats: { apiCalls, durationMsByService },
    },
    { ...triage, now },
  );
}
