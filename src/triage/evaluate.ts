import type { Config } from '../config/schema.js';
import { reportConfig } from '../config/schema.js';
import type { CollectStats, Inventory } from '../model/inventory.js';
import type { Report } from '../model/report.js';
import { evaluateRules } from '../rules/engine.js';
import { ALL_RULES } from '../rules/index.js';
import { applyScope } from '../rules/scope.js';
import { selectRules } from '../rules/select.js';
import { assembleReport, type TriageInputs } from './assemble.js';
import { buildResources } from './resources.js';

export interface EvaluateOptions {
  startedAt: Date;
  finishedAt?: Date;
  stats?: CollectStats;
  /** Suppressions and baseline read from the files the config names. */
  triage?: Omit<TriageInputs, 'now'>;
}

/**
 * Inventory to report: scope, rules, then the report seam. Pure apart from the clock values
 * passed in: the same inventory and config give the same report.
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
    { excludeTags: config.excludeTags, environment: config.environment },
  );
  const rules = selectRules(ALL_RULES, config.checks, config.skipChecks);
  const results = evaluateRules(rules, scoped.inventory, {
    now: new Date(inventory.collectedAt),
    minAgeDays: config.minAgeDays,
  });
  return assembleReport(
    {
      startedAt: options.startedAt.toISOString(),
      finishedAt: options.finishedAt ?? new Date(),
      account: inventory.account,
      regions: inventory.regions,
      services,
      config: reportConfig(config),
      results,
      excludedByRegion: scoped.excludedByRegion,
      errors: inventory.errors,
      resources: (judged) => buildResources(scoped.inventory, judged),
      stats: options.stats ?? { apiCalls: {}, durationMsByService: {} },
    },
    { ...options.triage, now: options.startedAt },
  );
}
