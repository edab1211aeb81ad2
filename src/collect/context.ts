import type { RegionClients } from '../aws/clients.js';
import { errorCode, toCallFailure } from '../aws/errors.js';
import type { CallFailure, CollectionError, Fetched, ServiceName } from '../model/inventory.js';
import { deadlineFailure, untilDeadline, type ScanDeadline } from './deadline.js';

/** Per-resource calls of one service in one region run at most this many at a time. */
export const RESOURCE_CONCURRENCY = 8;

/**
 * What a collector gets: the region's clients and a way to make a call that never throws.
 * Failures are recorded once as CollectionErrors and handed back as data, so the rules can say
 * UNKNOWN for exactly the checks that needed the call.
 */
export interface CollectContext {
  account: string;
  region: string;
  service: ServiceName;
  clients: RegionClients;
  /**
   * Clients of another region, for account-wide services whose resources live in many regions
   * (S3 buckets). Absent in single-region contexts: callers then use `clients`.
   */
  clientsFor?(region: string): RegionClients;
  /** Runs one call. Codes in `absentCodes` are AWS "not configured" answers: `ok` with null. */
  call<T>(
    operation: string,
    fn: () => Promise<T>,
    absentCodes?: readonly string[],
  ): Promise<Fetched<T | null>>;
  /**
   * Drains a paginator into one list; a failure on any page fails the whole listing. Codes in
   * `absentCodes` are AWS "not configured" answers: `ok` with an empty list.
   */
  pages<P, T>(
    operation: string,
    pages: AsyncIterable<P>,
    items: (page: P) => T[] | undefined,
    absentCodes?: readonly string[],
  ): Promise<Fetched<T[]>>;
  /** Maps items through `fn` with bounded concurrency, keeping order. */
  pool<I, O>(items: readonly I[], fn: (item: I) => Promise<O>): Promise<O[]>;
  /** Memoises a region-wide read shared by several services (security groups, subnets). */
  shared<T>(key: string, fn: () => Promise<T>): Promise<T>;
  /**
   * The same context, recording failures under `region`: an account-wide service reading a
   * resource of one region (an S3 bucket) reports the failure where the resource is.
   */
  recordingIn(region: string): CollectContext;
  /** Aborts when the scan deadline passes: a collector that waits between calls stops waiting. */
  signal?: AbortSignal;
}

export async function mapPool<I, O>(
  items: readonly I[],
  limit: number,
  fn: (item: I) => Promise<O>,
): Promise<O[]> {
  const out = new Array<O>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      out[index] = await fn(items[index] as I);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export interface ContextOptions {
  account: string;
  region: string;
  service: ServiceName;
  clients: RegionClients;
  clientsFor?: (region: string) => RegionClients;
  errors: CollectionError[];
  sharedCache: Map<string, Promise<unknown>>;
  /** Region recorded with failed calls: `global` for account-wide services. Default: `region`. */
  errorRegion?: string;
  /**
   * The scan deadline: once it passes no call starts, a call in flight is given up, and each is
   * recorded as a ScanDeadline failure, so what was not collected is UNKNOWN naming it.
   */
  deadline?: ScanDeadline;
  /** Told of each call made through this context (each page of a listing), for progress. */
  onCall?: () => void;
}

export function createCollectContext(options: ContextOptions): CollectContext {
  const { account, region, service, clients, errors, sharedCache } = options;
  const { deadline } = options;
  const fail = (operation: string, error: unknown): CallFailure => {
    const failure = deadline?.signal.aborted
      ? deadlineFailure(operation, deadline.minutes)
      : toCallFailure(operation, error);
    errors.push({ service, region: options.errorRegion ?? region, ...failure });
    return failure;
  };
  const pastDeadline = (): boolean => deadline?.signal.aborted === true;
  return {
    account,
    region,
    service,
    clients,
    clientsFor: options.clientsFor,
    async call(operation, fn, absentCodes = []) {
      options.onCall?.();
      try {
        if (pastDeadline()) throw new Error('not started');
        return { ok: true, value: await untilDeadline(fn(), deadline) };
      } catch (error) {
        if (pastDeadline()) return { ok: false, error: fail(operation, error) };
        // By the code a failure is recorded under: the same reading of the error.
        if (absentCodes.includes(errorCode(error))) return { ok: true, value: null };
        return { ok: false, error: fail(operation, error) };
      }
    },
    async pages(operation, pages, items, absentCodes = []) {
      const all = [];
      const iterator = pages[Symbol.asyncIterator]();
      try {
        for (;;) {
          if (pastDeadline()) throw new Error('not started');
          const next = await untilDeadline(iterator.next(), deadline);
          if (next.done) break;
          options.onCall?.();
          all.push(...(items(next.value) ?? []));
        }
        return { ok: true, value: all };
      } catch (error) {
        if (pastDeadline()) {
          // The page in flight was aborted by the same signal; nothing waits for it.
          void iterator.return?.()?.catch(() => undefined);
          return { ok: false, error: fail(operation, error) };
        }
        if (absentCodes.includes(errorCode(error))) return { ok: true, value: [] };
        return { ok: false, error: fail(operation, error) };
      }
    },
    pool: (items, fn) => mapPool(items, RESOURCE_CONCURRENCY, fn),
    shared<T>(key: string, fn: () => Promise<T>): Promise<T> {
      const cacheKey = `${region}:${key}`;
      let hit = sharedCache.get(cacheKey) as Promise<T> | undefined;
      if (!hit) {
        hit = fn();
        sharedCache.set(cacheKey, hit);
      }
      return hit;
    },
    recordingIn: (errorRegion) => createCollectContext({ ...options, errorRegion }),
    signal: deadline?.signal,
  };
}
