import type { Config } from '../config/schema.js';
import { reportConfig } from '../config/schema.js';
import {
  headerOf,
  inventoryOf,
  partKey,
  partsOfInventory,
  type CollectStats,
  type Inventory,
  type InventoryHeader,
  type InventoryPart,
  type ServiceName,
} from '../model/inventory.js';
import type { Report } from '../model/report.js';
import { compareText } from '../model/results.js';
import { ResultMaker } from '../rules/engine.js';
import { ALL_RULES } from '../rules/index.js';
import type { EvalContext, Rule } from '../rules/kit.js';
import { applyScope, type ScopeOptions } from '../rules/scope.js';
import { selectRules } from '../rules/select.js';
import { assembleReport, type TriageInputs } from './assemble.js';
import { ResourceTables } from './resources.js';

export interface EvaluateOptions {
  startedAt: Date;
  finishedAt?: Date;
  stats?: CollectStats;
  /** Suppressions and baseline read from the files the config names. */
  triage?: Omit<TriageInputs, 'now'>;
}

/**
 * An inventory judged one part at a time (a service in a region, or an account-wide service):
 * every rule reads only its own service's parts, so a part can be released once its rules have
 * run, and a saved inventory never has to be in memory whole. Only the results, the counts of
 * excluded resources and the rows of the resource tables are kept.
 */
export class PartsEvaluation {
  /**
   * The services collected, asked for, and read by a selected check: a saved inventory may hold
   * more, and a live scan collects only these.
   */
  private readonly services: ServiceName[];
  /** Asked for and collected, but read by no selected check: skipped, as a live scan skips them. */
  private readonly skipped: ServiceName[];
  private readonly rulesByService = new Map<ServiceName, Rule[]>();
  private readonly context: EvalContext;
  private readonly scope: ScopeOptions;
  private readonly maker: ResultMaker;
  private readonly tables: ResourceTables;
  private readonly judged = new Set<string>();
  private readonly excludedByRegion: Record<string, number> = {};

  constructor(
    private readonly header: InventoryHeader,
    private readonly config: Config,
  ) {
    const asked = header.services.filter((s) => config.services.includes(s));
    for (const rule of selectRules(ALL_RULES, config.checks, config.skipChecks)) {
      const { service } = rule.meta;
      if (!asked.includes(service)) continue;
      const rules = this.rulesByService.get(service);
      if (rules) rules.push(rule);
      else this.rulesByService.set(service, [rule]);
    }
    this.services = asked.filter((s) => this.rulesByService.has(s));
    this.skipped = asked.filter((s) => !this.rulesByService.has(s));
    this.context = { now: new Date(header.collectedAt), minAgeDays: config.minAgeDays };
    this.scope = { excludeTags: config.excludeTags, environment: config.environment };
    this.maker = new ResultMaker(header.account);
    this.tables = new ResourceTables(header.regions);
  }

  /**
   * Scopes and judges one part. A part of a service not asked for, or read by no selected check,
   * is passed over: nothing judges it, so nothing of it is counted or listed.
   */
  add(part: InventoryPart): void {
    const steps = this.judging(part);
    while (!steps.next().done);
  }

  /**
   * {@link add}, giving the event loop a turn after each rule: a live scan judges parts while
   * other calls are in flight, and a large part (IAM) would otherwise hold their answers and
   * timers for seconds.
   */
  async addInTurns(part: InventoryPart): Promise<void> {
    const steps = this.judging(part);
    while (!steps.next().done) await new Promise<void>((resolve) => setImmediate(resolve));
  }

  /** The work of {@link add}, a rule at a time. */
  private *judging(part: InventoryPart): Generator<void> {
    const rules = this.rulesByService.get(part.service);
    if (!rules) return;
    this.judged.add(partKey(part.service, part.region));
    const scoped = applyScope(inventoryOf(this.header, [part]), this.scope);
    for (const [region, count] of Object.entries(scoped.excludedByRegion)) {
      this.excludedByRegion[region] = (this.excludedByRegion[region] ?? 0) + count;
    }
    for (const rule of rules) {
      this.maker.judge(rule, scoped.inventory, this.context);
      yield;
    }
    this.tables.list(scoped.inventory);
  }

  /** The report, once every part was added: UNKNOWN where a service has no part. */
  report(options: EvaluateOptions): Report {
    const collected = (service: ServiceName, region: string): boolean =>
      this.judged.has(partKey(service, region));
    for (const rules of this.rulesByService.values()) {
      for (const rule of rules) this.maker.notCollected(rule, this.header, collected);
    }
    return assembleReport(
      {
        startedAt: options.startedAt.toISOString(),
        finishedAt: options.finishedAt ?? new Date(),
        account: this.header.account,
        regions: this.header.regions,
        services: this.services,
        config: reportConfig(this.config),
        results: this.maker.results,
        // By region name: the parts may come in any order.
        excludedByRegion: Object.fromEntries(
          Object.entries(this.excludedByRegion).sort(([a], [b]) => compareText(a, b)),
        ),
        // The failed calls of what was judged: a skipped service's would ask for permissions
        // no selected check needs.
        errors: this.header.errors.filter((e) => this.services.includes(e.service)),
        resources: (judged) => this.tables.build(judged),
        stats: this.stats(options.stats),
      },
      { ...options.triage, now: options.startedAt },
    );
  }

  /** The run's statistics, with the services this evaluation skipped. */
  private stats(given: CollectStats | undefined): CollectStats {
    const stats = given ?? { apiCalls: {}, durationMsByService: {} };
    const skipped = [...new Set([...(stats.skippedServices ?? []), ...this.skipped])];
    return skipped.length > 0 ? { ...stats, skippedServices: skipped } : stats;
  }
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
  const evaluation = new PartsEvaluation(headerOf(inventory), config);
  for (const part of partsOfInventory(inventory)) evaluation.add(part);
  return evaluation.report(options);
}

/** The report of parts read one at a time (a saved inventory streamed from its file). */
export async function evaluateParts(
  header: InventoryHeader,
  parts: AsyncIterable<InventoryPart>,
  config: Config,
  options: EvaluateOptions,
): Promise<Report> {
  const evaluation = new PartsEvaluation(header, config);
  for await (const part of parts) evaluation.add(part);
  return evaluation.report(options);
}
