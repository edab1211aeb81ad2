import type { CollectStats, Inventory } from './collect/inventory.js';
import { reportConfig, type Config } from './config/schema.js';
import { decideGate } from './gate/gate.js';
import { computeScore } from './gate/score.js';
import { compareResults } from './report/json.js';
import { buildResources } from './report/resources.js';
import { summarize } from './report/summary.js';
import type { Report } from './report/types.js';
import { evaluateRules } from './rules/engine.js';
import { ALL_RULES } from './rules/index.js';
import { applyScope } from './rules/scope.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

export interface EvaluateOptions {
  startedAt: Date;
  finishedAt?: Date;
  stats?: CollectStats;
}

/**
 * Inventory to report: scope, rules, score and gate. Pure apart from the clock values passed in:
 * the same inventory and config give the same report.
 */
export function evaluateInventory(
  inventory: Inventory,
  config: Config,
  options: EvaluateOptions,
): Report {
  // A saved inventory may hold more services than this run asks for: evaluate only those asked.
  const services = inventory.services.filter((s) => config.services.includes(s));
  const scoped = applyScope(
    { ...inventory, services },
    {
      excludeTags: config.excludeTags,
      environment: config.environment,
    },
  );
  const results = evaluateRules(ALL_RULES, scoped.inventory, {
    now: new Date(inventory.collectedAt),
    minAgeDays: config.minAgeDays,
  }).sort(compareResults);
  const { score, evaluated } = computeScore(results);
  const gate = decideGate({ results, score, config });
  const finishedAt = options.finishedAt ?? new Date();
  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    startedAt: options.startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: finishedAt.getTime() - options.startedAt.getTime(),
    account: inventory.account,
    regions: inventory.regions,
    services,
    config: reportConfig(config),
    score,
    scoreEvaluated: evaluated,
    gate,
    summary: summarize(results, { excludedByRegion: scoped.excludedByRegion, resolved: 0 }),
    results,
    resolved: [],
    errors: inventory.errors,
    resources: buildResources(scoped.inventory, results),
    stats: options.stats ?? { apiCalls: {}, durationMsByService: {} },
  };
}
