import { readFile } from 'node:fs/promises';
import type { Config } from './config/schema.js';
import { decideGate } from './gate/gate.js';
import { computeScore } from './gate/score.js';
import { compareResults } from './report/json.js';
import type { Report } from './report/types.js';
import { summarize } from './report/summary.js';
import type { CheckResult } from './rules/types.js';

export class MergeInputError extends Error {
  override name = 'MergeInputError';
}

export async function readReport(path: string): Promise<Report> {
  let parsed: Partial<Report>;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<Report>;
  } catch (error) {
    throw new MergeInputError(`Cannot read report "${path}": ${(error as Error).message}`);
  }
  if (parsed.schemaVersion !== 1 || !Array.isArray(parsed.results)) {
    throw new MergeInputError(
      `"${path}" is not a posture-gate JSON report (schemaVersion 1 with results).`,
    );
  }
  return parsed as Report;
}

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

function mergeResources(reports: readonly Report[]): Report['resources'] {
  const merged: Record<string, Record<string, unknown[]>> = {};
  for (const report of reports) {
    for (const [service, part] of Object.entries(report.resources ?? {})) {
      const target = (merged[service] ??= {});
      for (const [key, list] of Object.entries(part ?? {})) {
        if (Array.isArray(list)) target[key] = [...(target[key] ?? []), ...list];
      }
    }
  }
  return merged;
}

/**
 * One report from the reports of a matrix of jobs (accounts x regions): results are unioned by id,
 * and the score and gate are decided again over all of them with the merging job's thresholds.
 */
export function mergeReports(
  reports: readonly Report[],
  config: Pick<Config, 'failOnSeverity' | 'minimumScore' | 'failOnIncomplete'>,
  now: Date,
): Report {
  const [first] = reports;
  if (!first) throw new MergeInputError('merge needs at least one report');
  const byId = new Map<string, CheckResult>();
  for (const report of reports) for (const result of report.results) byId.set(result.id, result);
  const results = [...byId.values()].sort(compareResults);
  const { score, evaluated } = computeScore(results);
  const gate = decideGate({ results, score, config });
  const apiCalls: Record<string, number> = {};
  const durationMsByService: Record<string, number> = {};
  for (const report of reports) {
    for (const [op, n] of Object.entries(report.stats?.apiCalls ?? {}))
      apiCalls[op] = (apiCalls[op] ?? 0) + n;
    for (const [service, ms] of Object.entries(report.stats?.durationMsByService ?? {})) {
      durationMsByService[service] = Math.max(durationMsByService[service] ?? 0, ms);
    }
  }
  const startedAt = reports.map((r) => r.startedAt).sort()[0] ?? first.startedAt;
  return {
    schemaVersion: 1,
    tool: first.tool,
    startedAt,
    finishedAt: now.toISOString(),
    durationMs: now.getTime() - Date.parse(startedAt),
    account: unique(reports.map((r) => r.account))
      .sort()
      .join(','),
    regions: unique(reports.flatMap((r) => r.regions)).sort(),
    services: unique(reports.flatMap((r) => r.services)).sort(),
    config: { ...first.config, ...config },
    score,
    scoreEvaluated: evaluated,
    gate,
    summary: summarize(results, {
      excluded: reports.reduce((sum, r) => sum + (r.summary?.excluded ?? 0), 0),
      resolved: reports.reduce((sum, r) => sum + (r.resolved?.length ?? 0), 0),
    }),
    results,
    resolved: reports.flatMap((r) => r.resolved ?? []).sort(compareResults),
    errors: reports.flatMap((r) => r.errors ?? []),
    resources: mergeResources(reports),
    stats: { apiCalls, durationMsByService },
  };
}
