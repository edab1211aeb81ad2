import type { CollectionError, CollectStats, ServiceName } from '../model/inventory.js';
import {
  REPORT_SCHEMA_VERSION,
  type Report,
  type ReportConfig,
  type ReportResources,
} from '../model/report.js';
import { compareResults, type CheckResult } from '../model/results.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import type { Suppression, SuppressionsOutcome } from '../model/report.js';
import { applyBaseline, type BaselineInput } from './baseline.js';
import { decideGate } from './gate.js';
import { computeScore } from './score.js';
import { summarize } from './summary.js';
import { applySuppressions } from './suppress.js';

/** What a report is made of, from a scan or from the reports being merged. */
export interface ReportParts {
  tool?: Report['tool'];
  startedAt: string;
  finishedAt: Date;
  account: string;
  regions: string[];
  services: ServiceName[];
  config: ReportConfig;
  results: readonly CheckResult[];
  /** What merged reports carry in: resolved findings, suppressions outcome, warnings. */
  resolved?: readonly CheckResult[];
  suppressions?: SuppressionsOutcome;
  warnings?: readonly string[];
  excludedByRegion: Record<string, number>;
  errors: CollectionError[];
  /** The resource tables, built from the results once they carry their suppression marks. */
  resources: (results: readonly CheckResult[]) => ReportResources;
  stats: CollectStats;
}

/** What the run brings to triage besides the results. */
export interface TriageInputs {
  /** The suppressions file's entries; absent when no file was given. */
  suppressions?: readonly Suppression[];
  baseline?: BaselineInput;
  /** Today, for suppression expiry. */
  now: Date;
}

/**
 * The one report seam of a scan and of `merge`: results, then suppressions, baseline, score,
 * gate and summary, in that order. Pure: the same parts give the same report.
 */
export function assembleReport(parts: ReportParts, triage: TriageInputs): Report {
  const sorted = [...parts.results].sort(compareResults);
  const suppressed = triage.suppressions
    ? applySuppressions(sorted, triage.suppressions, triage.now)
    : undefined;
  const { results, resolved, warnings } = applyBaseline(
    suppressed?.results ?? sorted,
    parts,
    triage.baseline,
    parts.resolved,
  );
  resolved.sort(compareResults);
  const suppressions = suppressed?.outcome ?? parts.suppressions;
  const allWarnings = [...new Set([...(parts.warnings ?? []), ...warnings])];
  const { score, evaluated } = computeScore(results);
  const gate = decideGate({ results, score, config: parts.config });
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: parts.tool ?? { name: TOOL_NAME, version: TOOL_VERSION },
    startedAt: parts.startedAt,
    finishedAt: parts.finishedAt.toISOString(),
    durationMs: parts.finishedAt.getTime() - Date.parse(parts.startedAt),
    account: parts.account,
    regions: parts.regions,
    services: parts.services,
    config: parts.config,
    score,
    scoreEvaluated: evaluated,
    gate,
    summary: summarize(results, {
      excludedByRegion: parts.excludedByRegion,
      resolved: resolved.length,
    }),
    results,
    resolved,
    errors: parts.errors,
    resources: parts.resources(results),
    ...(suppressions ? { suppressions } : {}),
    ...(allWarnings.length > 0 ? { warnings: allWarnings } : {}),
    stats: parts.stats,
  };
}
