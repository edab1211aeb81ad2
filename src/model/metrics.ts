// Metric series and windows are plain data shared by the collector, the rules and the demo: no SDK
// here, so evaluating an inventory never loads the CloudWatch client.

/**
 * One metric's datapoints over a window, oldest first: bucket start times (epoch seconds) and the
 * statistic's value per bucket. Buckets without data are absent, as CloudWatch returns them.
 */
export interface MetricSeries {
  timestamps: number[];
  values: number[];
}

/** The time range and bucket size every series of one GetMetricData batch shares. */
export interface MetricWindow {
  start: string;
  end: string;
  periodSeconds: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * A window of `days` ending at the last whole hour before `now`, so that hourly and daily buckets
 * line up with CloudWatch's stored aggregates.
 */
export function metricWindow(now: Date, days: number, periodSeconds: number): MetricWindow {
  const end = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  return {
    start: new Date(end - days * DAY_MS).toISOString(),
    end: new Date(end).toISOString(),
    periodSeconds,
  };
}

/** The length of a metric window in seconds. */
export function windowSeconds(window: MetricWindow): number {
  return (Date.parse(window.end) - Date.parse(window.start)) / 1000;
}
