/**
 * The live scan: credentials, account, regions, collection. Entry points import this module
 * only when they scan, so a run that evaluates a saved inventory never loads the AWS SDK. It
 * loads with it only STS and the credential providers: the collectors, every other SDK client and
 * the rules are imported once the identity call has answered.
 */
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { createClientFactory, loadServiceClients } from './aws/clients.js';
import { getAccountId, resolveCredentials } from './aws/credentials.js';
import {
  formatMinutes,
  startDeadline,
  type DeadlineTimers,
  untilDeadline,
  type ScanDeadline,
} from './collect/deadline.js';
import type { CollectProgress } from './collect/index.js';
import { ScanError } from './errors.js';
import type { Config } from './config/schema.js';
import {
  INVENTORY_SCHEMA_VERSION,
  inventoryInOrder,
  type CollectStats,
  type Inventory,
  type InventoryHeader,
  type InventoryPart,
} from './model/inventory.js';
import type { EvaluateOptions } from './triage/evaluate.js';
import type { Report } from './model/report.js';

/** Where account-wide calls go: the first scanned region, or the environment's for `all`. */
export function homeRegion(config: Config, env: NodeJS.ProcessEnv = process.env): string {
  if (config.regions !== 'all' && config.regions[0]) return config.regions[0];
  return env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1';
}

export interface ScanDeps {
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  homeRegion: string;
  log?: (line: string) => void;
  /** The scan-timeout-minutes deadline; without it collection is bounded by call timeouts only. */
  deadline?: ScanDeadline;
  /** Told as each service finishes in each region. */
  onProgress?: (progress: CollectProgress) => void;
}

/** Where collected parts go, each as soon as it is collected; collection waits for it. */
export interface PartSink {
  add(part: InventoryPart): void | Promise<void>;
}

/**
 * Live part of the pipeline: who am I, which regions, collect. `receive` is told what the
 * collection will read before it begins (the header, whose `errors` are filled as calls fail) and
 * gives where the parts go.
 */
export async function collectAccount<Sink extends PartSink>(
  config: Config,
  deps: ScanDeps,
  receive: (header: InventoryHeader) => Promise<Sink>,
): Promise<{ header: InventoryHeader; stats: CollectStats; sink: Sink }> {
  const apiCalls: Record<string, number> = {};
  const { deadline } = deps;
  const factory = createClientFactory({
    credentials: deps.credentials,
    maxAttempts: config.maxAttempts,
    onCall: (operation) => {
      apiCalls[operation] = (apiCalls[operation] ?? 0) + 1;
    },
    abortSignal: deadline?.signal,
  });
  const beforeCollection = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await untilDeadline(work(), deadline);
    } catch (error) {
      if (!deadline?.signal.aborted) throw error;
      throw new ScanError(
        `The scan-timeout-minutes deadline (${formatMinutes(deadline.minutes)}) passed before ${step}: nothing was collected.`,
        { cause: error },
      );
    }
  };
  const identity = await beforeCollection('the account could be identified', () =>
    getAccountId(factory.forRegion(deps.homeRegion).sts),
  );
  const account = identity.account;
  deps.log?.(`Scanning account ${account} as ${identity.arn}`);
  const [{ collectParts, enabledRegions }, { ALL_RULES }, { selectRules }] = await Promise.all([
    import('./collect/index.js'),
    import('./rules/index.js'),
    import('./rules/select.js'),
    loadServiceClients(),
  ]);
  const regions =
    config.regions === 'all'
      ? await beforeCollection('the enabled regions could be listed', () =>
          enabledRegions(factory, deps.homeRegion),
        )
      : config.regions;
  // Calls that only unselected checks need are not made: a service none of them reads is skipped.
  const selected = new Set(
    selectRules(ALL_RULES, config.checks, config.skipChecks).map((rule) => rule.meta.service),
  );
  const services = config.services.filter((service) => selected.has(service));
  const skippedServices = config.services.filter((service) => !selected.has(service));
  deps.log?.(`Regions: ${regions.join(', ')}; services: ${services.join(', ')}`);
  // Dated when collection begins: the parts are judged as they come, against this time.
  const header: InventoryHeader = {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    account,
    collectedAt: new Date().toISOString(),
    regions: [...regions],
    services,
    errors: [],
  };
  const sink = await receive(header);
  const stats = await collectParts({
    header,
    homeRegion: deps.homeRegion,
    factory,
    apiCalls,
    deadline,
    onPart: (part) => sink.add(part),
    ...(deps.onProgress ? { onProgress: deps.onProgress } : {}),
  });
  if (deadline?.signal.aborted) {
    deps.log?.(
      `The scan-timeout-minutes deadline (${formatMinutes(deadline.minutes)}) passed: collection stopped, and what was not collected is UNKNOWN.`,
    );
  }
  return {
    header,
    stats: skippedServices.length === 0 ? stats : { ...stats, skippedServices },
    sink,
  };
}

export interface LiveScanDeps {
  getIDToken(audience: string): Promise<string>;
  setSecret(value: string): void;
  log(line: string): void;
  env?: NodeJS.ProcessEnv;
  /** The clock of the scan deadline; default the global timers. */
  timers?: DeadlineTimers;
  /** The AWS CLI profile whose credentials the default chain uses (`--profile`). */
  profile?: string;
  onProgress?: (progress: CollectProgress) => void;
}

/**
 * The whole live pipeline: credentials, collection, evaluation. Each part is judged as soon as it
 * is collected and let go, unless `keepInventory` asks for the inventory (to save it).
 */
export async function scanAccount(
  config: Config,
  deps: LiveScanDeps,
  triage: EvaluateOptions['triage'] = {},
  keepInventory = false,
): Promise<{ report: Report; inventory?: Inventory }> {
  const startedAt = new Date();
  const deadline = startDeadline(config.scanTimeoutMinutes, deps.timers);
  try {
    return await scanWithin(config, deps, { triage, startedAt, deadline, keepInventory });
  } finally {
    deadline.stop();
  }
}

async function scanWithin(
  config: Config,
  deps: LiveScanDeps,
  run: {
    triage: EvaluateOptions['triage'];
    startedAt: Date;
    deadline: ScanDeadline;
    keepInventory: boolean;
  },
): Promise<{ report: Report; inventory?: Inventory }> {
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
      ...(deps.profile === undefined ? {} : { profile: deps.profile }),
    },
    { getIDToken: deps.getIDToken, setSecret: deps.setSecret, env },
  );
  const kept: InventoryPart[] = [];
  const { header, stats, sink } = await collectAccount(
    config,
    {
      credentials,
      homeRegion: region,
      log: deps.log,
      deadline: run.deadline,
      ...(deps.onProgress ? { onProgress: deps.onProgress } : {}),
    },
    async (collecting) => {
      const { PartsEvaluation } = await import('./triage/evaluate.js');
      const evaluation = new PartsEvaluation(collecting, config);
      return {
        evaluation,
        add: (part: InventoryPart) => {
          if (run.keepInventory) kept.push(part);
          return evaluation.addInTurns(part);
        },
      };
    },
  );
  const report = sink.evaluation.report({
    startedAt: run.startedAt,
    stats,
    triage: run.triage,
  });
  return run.keepInventory ? { report, inventory: inventoryInOrder(header, kept) } : { report };
}
