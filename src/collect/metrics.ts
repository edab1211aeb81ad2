import { paginateGetMetricData, type MetricDataResult } from '@aws-sdk/client-cloudwatch';
import type { CollectContext } from './context.js';
import type { Fetched } from '../model/inventory.js';
import { windowSeconds, type MetricSeries, type MetricWindow } from '../model/metrics.js';

/** Only plain statistics: moto answers percentiles with a 500 and metric math with nothing. */
export type MetricStatistic = 'Sum' | 'Average' | 'Minimum' | 'Maximum' | 'SampleCount';

export interface MetricRequest {
  /** The caller's name for the series, used to look it up in the answer. */
  key: string;
  namespace: string;
  metricName: string;
  dimensions: Record<string, string>;
  stat: MetricStatistic;
}

/** The series of a request by its key; a key no answer carried is a failed read, never "no data". */
export type SeriesLookup = (key: string) => Fetched<MetricSeries>;

/** GetMetricData limits per call (CloudWatch API reference). */
const GET_METRIC_DATA_MAX_QUERIES = 500;
const GET_METRIC_DATA_MAX_DATAPOINTS = 100_800;

/** How many queries of this window fit one call under both the query and datapoint limits. */
function queriesPerCall(window: MetricWindow): number {
  const pointsPerQuery = Math.ceil(windowSeconds(window) / window.periodSeconds);
  return Math.max(
    1,
    Math.min(
      GET_METRIC_DATA_MAX_QUERIES,
      Math.floor(GET_METRIC_DATA_MAX_DATAPOINTS / pointsPerQuery),
    ),
  );
}

/** Statuses of one query that mean its datapoints cannot be trusted. */
const FAILED_QUERY_STATUSES = new Set(['Forbidden', 'InternalError']);

const OPERATION = 'cloudwatch:GetMetricData';

/**
 * Reads every requested series over `window` with as few GetMetricData calls as the limits allow,
 * following NextToken. A failed call fails exactly the series it carried.
 */
export async function getMetricSeries(
  ctx: CollectContext,
  window: MetricWindow,
  requests: readonly MetricRequest[],
): Promise<SeriesLookup> {
  const size = queriesPerCall(window);
  const batches: MetricRequest[][] = [];
  for (let i = 0; i < requests.length; i += size) batches.push(requests.slice(i, i + size));
  const answers = new Map(
    (await ctx.pool(batches, (batch) => getBatch(ctx, window, batch))).flat(),
  );
  return (key) =>
    answers.get(key) ?? {
      ok: false,
      error: {
        operation: OPERATION,
        code: 'NoResult',
        message: `no series was requested as ${key}`,
      },
    };
}

async function getBatch(
  ctx: CollectContext,
  window: MetricWindow,
  batch: readonly MetricRequest[],
): Promise<[string, Fetched<MetricSeries>][]> {
  const pages = paginateGetMetricData(
    { client: ctx.clients.cloudwatch },
    {
      StartTime: new Date(window.start),
      EndTime: new Date(window.end),
      MaxDatapoints: GET_METRIC_DATA_MAX_DATAPOINTS,
      MetricDataQueries: batch.map((request, index) => ({
        Id: `m${index}`,
        ReturnData: true,
        MetricStat: {
          Metric: {
            Namespace: request.namespace,
            MetricName: request.metricName,
            Dimensions: Object.entries(request.dimensions).map(([Name, Value]) => ({
              Name,
              Value,
            })),
          },
          Period: window.periodSeconds,
          Stat: request.stat,
        },
      })),
    },
  );
  const results = await ctx.pages(OPERATION, pages, (page) => page.MetricDataResults);
  if (!results.ok)
    return batch.map((request) => [request.key, { ok: false, error: results.error }]);
  const byId = new Map<string, MetricDataResult[]>();
  for (const result of results.value) {
    const id = result.Id ?? '';
    byId.set(id, [...(byId.get(id) ?? []), result]);
  }
  return batch.map((request, index) => [request.key, toSeries(byId.get(`m${index}`) ?? [])]);
}

/** Joins the pages of one query into one ascending series. */
function toSeries(parts: readonly MetricDataResult[]): Fetched<MetricSeries> {
  if (parts.length === 0) {
    const message = 'the answer carried no result for this query';
    return { ok: false, error: { operation: OPERATION, code: 'NoResult', message } };
  }
  const failed = parts.find((p) => FAILED_QUERY_STATUSES.has(p.StatusCode ?? ''));
  if (failed) {
    const message = failed.Messages?.map((m) => m.Value).join('; ') || 'query not answered';
    const code = failed.StatusCode ?? 'InternalError';
    return { ok: false, error: { operation: OPERATION, code, message } };
  }
  const points: [number, number][] = [];
  for (const part of parts) {
    const values = part.Values ?? [];
    (part.Timestamps ?? []).forEach((t, i) => {
      const value = values[i];
      if (value !== undefined) points.push([Math.floor(new Date(t).getTime() / 1000), value]);
    });
  }
  points.sort((a, b) => a[0] - b[0]);
  return {
    ok: true,
    value: { timestamps: points.map((p) => p[0]), values: points.map((p) => p[1]) },
  };
}
