import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { createClientFactory } from './aws/clients.js';
import { getAccountId, resolveCredentials } from './aws/credentials.js';
import { collectInventory, enabledRegions } from './collect/index.js';
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
    summary: summarize(results, { excluded: scoped.excluded, resolved: 0 }),
    results,
    resolved: [],
    errors: inventory.errors,
    resources: buildResources(scoped.inventory, results),
    stats: options.stats ?? { apiCalls: {}, durationMsByService: {} },
  };
}

/** Where account-wide calls go: the first scanned region, or the environment's for `all`. */
export function homeRegion(config: Config, env: NodeJS.ProcessEnv = process.env): string {
  if (config.regions !== 'all' && config.regions[0]) return config.regions[0];
  return env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1';
}

export interface ScanDeps {
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  homeRegion: string;
  now?: () => Date;
  log?: (line: string) => void;
}

/** Live part of the pipeline: who am I, which regions, collect. */
export async function collectAccount(
  config: Config,
  deps: ScanDeps,
): Promise<{ inventory: Inventory; stats: CollectStats }> {
  const apiCalls: Record<string, number> = {};
  const factory = createClientFactory({
    credentials: deps.credentials,
    maxAttempts: config.maxAttempts,
    onCall: (operation) => {
      apiCalls[operation] = (apiCalls[operation] ?? 0) + 1;
    },
  });
  const identity = await getAccountId(factory.forRegion(deps.homeRegion).sts);
  const account = identity.account;
  deps.log?.(`Scanning account ${account} as ${identity.arn}`);
  const regions =
    config.regions === 'all' ? await enabledRegions(factory, deps.homeRegion) : config.regions;
  deps.log?.(`Regions: ${regions.join(', ')}; services: ${config.services.join(', ')}`);
  return collectInventory({
    account,
    homeRegion: deps.homeRegion,
    regions,
    services: config.services,
    factory,
    apiCalls,
    ...(deps.now ? { now: deps.now } : {}),
  });
}

export interface LiveScanDeps {
  getIDToken(audience: string): Promise<string>;
  setSecret(value: string): void;
  log(line: string): void;
  env?: NodeJS.ProcessEnv;
}

/** The whole live pipeline: credentials, collection, evaluation. */
export async function scanAccount(
  config: Config,
  deps: LiveScanDeps,
): Promise<{ report: Report; inventory: Inventory }> {
  const startedAt = new Date();
  const env = deps.env ?? process.env;
  const region = homeRegion(config, env);
  const { credentials } = await resolveCredentials(
    {
      roleToAssume: config.roleToAssume,
      audience: config.audience,
      roleSessionName: config.roleSessionName,
      roleDurationSeconds: config.roleDurationSeconds,
      region,
      maxAttempts: config.maxAttempts,
    },
    { getIDToken: deps.getIDToken, setSecret: deps.setSecret, env },
  );
  const { inventory, stats } = await collectAccount(config, {
    credentials,
    homeRegion: region,
    log: deps.log,
  });
  return { report: evaluateInventory(inventory, config, { startedAt, stats }), inventory };
}
