import type { MetricSeries, MetricWindow } from '../model/metrics.js';

/**
 * Reductions of stored CloudWatch series, shared by every usage rule. CHECKS.md: a throughput from a
 * byte Sum is Sum / period seconds, an operation rate is SampleCount / period seconds, and for I/O
 * and connection metrics a missing datapoint means no activity.
 */

/** The sum of every datapoint; 0 without datapoints. */
export function sumOf(series: MetricSeries): number {
  return series.values.reduce((total, value) => total + value, 0);
}

/** The lowest datapoint, or undefined without datapoints (a gauge with no reading is unknown). */
export function minOf(series: MetricSeries): number | undefined {
  return series.values.length > 0
    ? series.values.reduce((low, value) => Math.min(low, value))
    : undefined;
}

/** The highest datapoint; 0 without datapoints. */
export function maxOf(series: MetricSeries): number {
  return series.values.reduce((high, value) => Math.max(high, value), 0);
}

/**
 * The peak per-second rate of a per-period Sum or SampleCount series: the busiest bucket divided
 * by the bucket length. With hourly buckets this is the "peak hourly mean".
 */
export function peakRatePerSecond(series: MetricSeries, periodSeconds: number): number {
  return maxOf(series) / periodSeconds;
}

/** The mean per-second rate over `seconds` of a per-period Sum or SampleCount series; 0 over none. */
export function meanRatePerSecond(series: MetricSeries, seconds: number): number {
  return seconds > 0 ? sumOf(series) / seconds : 0;
}

/**
 * The seconds of `window` in which a resource created at `createdAt` existed: a mean over the
 * lookback covers only those (CHECKS.md), never days before the resource existed.
 */
export function secondsExisted(window: MetricWindow, createdAt: string): number {
  const start = Date.parse(window.start);
  const created = Date.parse(createdAt);
  const from = Number.isNaN(created) ? start : Math.max(start, created);
  return Math.max(0, (Date.parse(window.end) - from) / 1000);
}
