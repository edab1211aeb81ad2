import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import type { ClientFactory } from '../aws/clients.js';
import { toCallFailure } from '../aws/errors.js';
import { REGION_CODE_PATTERN } from '../config/regions.js';
import { ScanError } from '../errors.js';
import { createCollectContext, type CollectContext } from './context.js';
import type { ScanDeadline } from './deadline.js';
import { collectEc2 } from './ec2.js';
import { collectEfs } from './efs.js';
import { collectIam } from './iam.js';
import {
  GLOBAL_REGION,
  type CollectStats,
  type Inventory,
  type InventoryHeader,
  type InventoryPart,
  type RegionInventory,
  type ServiceName,
} from '../model/inventory.js';
import { collectRds } from './rds.js';
import { collectS3 } from './s3.js';
import { collectSecurityGroups } from './sg.js';

type RegionalService = keyof RegionInventory;
type GlobalService = keyof Inventory['global'];

const REGIONAL_COLLECTORS: {
  [K in RegionalService]: (ctx: CollectContext) => Promise<NonNullable<RegionInventory[K]>>;
} = {
  efs: collectEfs,
  ec2: collectEc2,
  sg: collectSecurityGroups,
  rds: collectRds,
};

const GLOBAL_COLLECTORS: {
  [K in GlobalService]: (
    ctx: CollectContext,
    regions: readonly string[],
  ) => Promise<NonNullable<Inventory['global'][K]>>;
} = {
  s3: collectS3,
  iam: collectIam,
};

function isRegional(service: ServiceName): service is RegionalService {
  return service in REGIONAL_COLLECTORS;
}

/** `region: all`: every region enabled for the account (DescribeRegions lists opted-in ones too). */
export async function enabledRegions(
  factory: ClientFactory,
  homeRegion: string,
): Promise<string[]> {
  try {
    const answer = await factory.forRegion(homeRegion).ec2.send(new DescribeRegionsCommand({}));
    const regions = (answer.Regions ?? [])
      .flatMap((r) => (r.OptInStatus !== 'not-opted-in' && r.RegionName ? [r.RegionName] : []))
      .sort();
    if (regions.length === 0) {
      throw new ScanError(
        'region "all" needs the list of enabled regions, but ec2:DescribeRegions returned no enabled region',
      );
    }
    // Every region name becomes an endpoint's host name and a saved inventory's key.
    const odd = regions.find((name) => !REGION_CODE_PATTERN.test(name));
    if (odd !== undefined) {
      throw new ScanError(
        `region "all" needs the list of enabled regions, but ec2:DescribeRegions returned ${JSON.stringify(odd.slice(0, 64))}, which is not a region code such as us-east-1`,
      );
    }
    return regions;
  } catch (error) {
    if (error instanceof ScanError) throw error;
    const failure = toCallFailure('ec2:DescribeRegions', error);
    throw new ScanError(
      `region "all" needs the list of enabled regions, but ${failure.operation} failed with ${failure.code}: ${failure.message}`,
    );
  }
}

export interface CollectOptions {
  /**
   * What is collected (account, regions, services) and when collection began. Its `errors` are
   * filled as calls fail: complete once the collection is.
   */
  header: InventoryHeader;
  /** Where account-wide services (S3 listing, IAM, S3 Control) are called. */
  homeRegion: string;
  factory: ClientFactory;
  /** Shared with the client factory's onCall, so the counts include every page. */
  apiCalls: Record<string, number>;
  /** The scan deadline; past it every context stops calling and records ScanDeadline. */
  deadline?: ScanDeadline;
  /** Told as each service finishes in each region (account-wide services: region `global`). */
  onProgress?: (progress: CollectProgress) => void;
  /**
   * Given each part as soon as it is collected, so that it can be judged and let go while the
   * other services are still being read. Collection waits for what it returns.
   */
  onPart: (part: InventoryPart) => void | Promise<void>;
}

/** One service of one region collected: for a progress line. */
export interface CollectProgress {
  service: ServiceName;
  region: string;
  /** Items of the service's listings (file systems, instances, buckets, roles, ...). */
  resources: number;
  /** Calls made through the collect context (each page counts). */
  calls: number;
  elapsedMs: number;
  /** Services and regions finished so far, and in all. */
  done: number;
  total: number;
}

/** Items of the top-level listings of a service's part: what a progress line counts. */
function countResources(part: unknown): number {
  let count = 0;
  for (const value of Object.values((part ?? {}) as Record<string, unknown>)) {
    const read = value as { ok?: unknown; value?: unknown } | null;
    if (read?.ok === true && Array.isArray(read.value)) count += read.value.length;
  }
  return count;
}

/**
 * Collects every requested service in every region concurrently, and hands over each part as it
 * is done. A collector never throws past its service: failures become CollectionErrors in the
 * header and holes the rules report as UNKNOWN.
 */
export async function collectParts(options: CollectOptions): Promise<CollectStats> {
  const { header, homeRegion, factory } = options;
  const { account, regions, services, errors } = header;
  const sharedCache = new Map<string, Promise<unknown>>();
  const spans = new Map<ServiceName, { start: number; end: number }>();
  const calls = new Map<string, number>();
  const jobKey = (service: ServiceName, region: string): string => `${service}|${region}`;
  const context = (service: ServiceName, region: string, errorRegion = region): CollectContext =>
    createCollectContext({
      onCall: () => {
        const key = jobKey(service, errorRegion);
        calls.set(key, (calls.get(key) ?? 0) + 1);
      },
      account,
      region,
      errorRegion,
      service,
      clients: factory.forRegion(region),
      clientsFor: (other) => factory.forRegion(other),
      errors,
      sharedCache,
      deadline: options.deadline,
    });
  const timed = async <T>(
    service: ServiceName,
    region: string,
    work: () => Promise<T>,
  ): Promise<T> => {
    const start = Date.now();
    let part: T | undefined;
    try {
      part = await work();
      return part;
    } catch (error) {
      // A collector bug must not stop the other services: record it like a failed call.
      errors.push({ service, region, ...toCallFailure(`${service}:collect`, error) });
      return undefined as T;
    } finally {
      const span = spans.get(service);
      const end = Date.now();
      spans.set(service, {
        start: Math.min(span?.start ?? start, start),
        end: Math.max(span?.end ?? end, end),
      });
      done++;
      options.onProgress?.({
        service,
        region,
        resources: countResources(part),
        calls: calls.get(jobKey(service, region)) ?? 0,
        elapsedMs: end - start,
        done,
        total,
      });
    }
  };

  let done = 0;
  const total = services.reduce((n, service) => n + (isRegional(service) ? regions.length : 1), 0);

  // What handling a part threw (a rule's defect): raised once every job has ended, so that no
  // collector is left calling AWS after the run has stopped.
  let handlingFailed: { error: unknown } | undefined;
  const handOver = async (part: InventoryPart): Promise<void> => {
    try {
      await options.onPart(part);
    } catch (error) {
      handlingFailed ??= { error };
    }
  };
  const jobs: Promise<void>[] = [];
  for (const service of services) {
    if (isRegional(service)) {
      for (const region of regions) {
        jobs.push(
          timed<object>(service, region, () =>
            REGIONAL_COLLECTORS[service](context(service, region)),
          ).then((part) =>
            part ? handOver({ region, service, part } as InventoryPart) : undefined,
          ),
        );
      }
    } else {
      jobs.push(
        timed<object>(service, GLOBAL_REGION, () =>
          GLOBAL_COLLECTORS[service](context(service, homeRegion, GLOBAL_REGION), regions),
        ).then((part) =>
          part ? handOver({ region: GLOBAL_REGION, service, part } as InventoryPart) : undefined,
        ),
      );
    }
  }
  await Promise.all(jobs);
  if (handlingFailed) throw handlingFailed.error;

  const durationMsByService: Record<string, number> = {};
  for (const [service, span] of spans) durationMsByService[service] = span.end - span.start;
  return { apiCalls: options.apiCalls, durationMsByService };
}
