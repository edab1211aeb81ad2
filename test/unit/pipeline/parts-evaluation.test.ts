import { parseConfig, type Config } from '../../../src/config/schema.js';
import { sampleInventory } from '../../../src/demo/index.js';
import {
  headerOf,
  inventoryOf,
  partsOfInventory,
  type Inventory,
  type InventoryPart,
} from '../../../src/model/inventory.js';
import { compareResults, type CheckResult } from '../../../src/model/results.js';
import { ALL_RULES } from '../../../src/rules/index.js';
import { applyScope } from '../../../src/rules/scope.js';
import { evaluateInventory, evaluateParts, PartsEvaluation } from '../../../src/triage/evaluate.js';
import { syntheticInventory } from '../../../scripts/synthetic-inventory.mjs';
import { evaluateRules } from '../rules/whole-inventory.js';

/**
 * A saved inventory is judged one part at a time (a service in a region, or S3 or IAM), so that
 * it is never in memory whole. That is only right if no rule reads another part than the one it
 * judges: these tests hold every rule to giving, part by part, what it gives over the whole.
 */
const startedAt = new Date('2026-11-02T00:00:00Z');
const configOf = (inventory: Inventory, overrides: Record<string, string> = {}): Config => ({
  ...parseConfig({ 'fail-on-severity': 'none', ...overrides }, {}),
  regions: inventory.regions,
});
const sorted = (results: readonly CheckResult[]) => [...results].sort(compareResults);
/** The results of every rule over the whole inventory, scoped as `config` asks. */
const whole = (inventory: Inventory, config: Config): CheckResult[] => {
  const { excludeTags, environment } = config;
  const scoped = applyScope(inventory, { excludeTags, environment }).inventory;
  const context = { now: new Date(inventory.collectedAt), minAgeDays: config.minAgeDays };
  return sorted(evaluateRules(ALL_RULES, scoped, context));
};

const accounts: [string, () => Inventory][] = [
  ['the demo account', sampleInventory],
  [
    'a synthetic account of 2,000 resources',
    () => syntheticInventory(2000) as unknown as Inventory,
  ],
];

describe.each(accounts)('%s judged part by part', (_name, inventoryOfAccount) => {
  const inventory = inventoryOfAccount();

  it('gives every result the whole inventory gives, and no other', () => {
    const config = configOf(inventory);
    const report = evaluateInventory(inventory, config, { startedAt });
    expect(report.results.length).toBeGreaterThan(100);
    expect(report.results).toEqual(whole(inventory, config));
  });

  it('gives the same report whatever order the parts come in', async () => {
    const config = configOf(inventory);
    const parts = [...partsOfInventory(inventory)].reverse();
    async function* streamed(): AsyncGenerator<InventoryPart> {
      for (const part of parts) yield part;
    }
    const fromParts = await evaluateParts(headerOf(inventory), streamed(), config, {
      startedAt,
      finishedAt: startedAt,
    });
    const fromWhole = evaluateInventory(inventory, config, { startedAt, finishedAt: startedAt });
    expect(fromParts.results).toEqual(fromWhole.results);
    expect(fromParts.summary).toEqual(fromWhole.summary);
    expect(fromParts.score).toBe(fromWhole.score);
    // A live scan judges parts in the order they finish: the rows stay in the header's order.
    expect(fromParts.resources.efs?.fileSystems).not.toHaveLength(0);
    expect(fromParts.resources).toEqual(fromWhole.resources);
  });
});

describe('a part judged while a live scan still collects', () => {
  it('gives other work a turn after each rule, and the same report', async () => {
    const inventory = syntheticInventory(2000) as unknown as Inventory;
    const config = configOf(inventory);
    const iam = [...partsOfInventory(inventory)].find((p) => p.service === 'iam') as InventoryPart;
    const rules = ALL_RULES.filter((rule) => rule.meta.service === 'iam').length;
    let turns = 0;
    let counting = true;
    const count = (): void => {
      turns += 1;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    const inTurns = new PartsEvaluation(headerOf(inventory), config);
    await inTurns.addInTurns(iam);
    counting = false;
    expect(turns).toBeGreaterThanOrEqual(rules - 1);

    const atOnce = new PartsEvaluation(headerOf(inventory), config);
    atOnce.add(iam);
    const options = { startedAt, finishedAt: startedAt };
    expect(inTurns.report(options)).toEqual(atOnce.report(options));
  });
});

describe('a part by part evaluation', () => {
  const inventory = sampleInventory();

  it('counts what exclude-tags and environment leave out as the whole inventory does', () => {
    const config = configOf(inventory, { environment: 'prod' });
    const report = evaluateInventory(inventory, config, { startedAt });
    const { excludedByRegion } = applyScope(inventory, {
      excludeTags: config.excludeTags,
      environment: config.environment,
    });
    expect(Object.values(excludedByRegion).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(report.summary.excludedByRegion).toEqual(excludedByRegion);
  });

  it('is UNKNOWN, naming the gap, where a service has no part in a region', () => {
    const parts = [...partsOfInventory(inventory)].filter(
      (p) => !(p.service === 'rds' && p.region === inventory.regions[0]),
    );
    const lacking = inventoryOf(headerOf(inventory), parts);
    const config = configOf(lacking);
    const report = evaluateInventory(lacking, config, { startedAt });
    const gap = report.results.filter(
      (r) => r.service === 'rds' && r.region === inventory.regions[0],
    );
    expect(gap.length).toBeGreaterThan(0);
    expect(gap.every((r) => r.status === 'UNKNOWN')).toBe(true);
    expect(gap[0]?.detail).toContain('rds:collect failed');
    expect(report.results).toEqual(whole(lacking, config));
  });

  it('judges only the services asked for, and counts nothing of the others as excluded', () => {
    const config = { ...configOf(inventory, { environment: 'prod' }), services: ['iam' as const] };
    const report = evaluateInventory(inventory, config, { startedAt });
    expect(new Set(report.results.map((r) => r.service))).toEqual(new Set(['iam']));
    const iamOnly = inventoryOf(
      headerOf(inventory),
      [...partsOfInventory(inventory)].filter((p) => p.service === 'iam'),
    );
    const { excludedByRegion } = applyScope(iamOnly, { excludeTags: [], environment: 'prod' });
    expect(report.summary.excludedByRegion).toEqual(excludedByRegion);
  });

  it('lists no EFS file system when every EFS check is skipped: none was judged', () => {
    const config = configOf(inventory, { 'skip-checks': 'efs.*' });
    const report = evaluateInventory(inventory, config, { startedAt });
    expect(report.results.some((r) => r.service === 'efs')).toBe(false);
    expect(report.resources.efs).toBeUndefined();
    const judged = evaluateInventory(inventory, configOf(inventory), { startedAt });
    expect(judged.resources.efs?.fileSystems).not.toHaveLength(0);
  });

  it('names, as a live scan does, only the services a selected check reads, and their failed calls', () => {
    const failedCall = (service: 'efs' | 's3') => ({
      service,
      region: service === 's3' ? 'global' : (inventory.regions[0] ?? ''),
      operation: `${service}:Describe`,
      code: 'AccessDenied',
      message: 'denied',
    });
    const withErrors = { ...inventory, errors: [failedCall('efs'), failedCall('s3')] };
    const report = evaluateInventory(withErrors, configOf(withErrors, { checks: 's3.*' }), {
      startedAt,
    });
    expect(report.services).toEqual(['s3']);
    expect(report.errors.map((e) => e.service)).toEqual(['s3']);
    expect(report.stats.skippedServices).toEqual(['efs', 'ec2', 'sg', 'rds', 'iam']);
  });
});
