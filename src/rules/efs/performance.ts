import { minOf, peakRatePerSecond } from '../metrics.js';
import { fail, pass, unknown } from '../kit.js';
import { fileSystemRule, readStoredGb, sizeReadFailure } from './common.js';

const GIB = 2 ** 30;
const TIB = 2 ** 40;
/**
 * Maximum burst credit balance: 2.1 TiB, or 2.1 TiB per TiB of Standard storage above 1 TiB. Only
 * Standard-class bytes earn credits: Infrequent Access and Archive do not (EFS user guide, Bursting
 * throughput; re:Post "How do Amazon EFS burst credits work?").
 */
const MAX_CREDITS_PER_TIB = 2.1 * TIB;
const LOW_CREDIT_RATIO = 0.1;
/** Absorbs float noise at the threshold: 0.21 TiB of 2.1 TiB is 10%, not below it. */
const EPSILON = 1e-9;
/** Metadata operations per second (peak hourly mean) that mark a metadata-heavy workload. */
const METADATA_OPS_LIMIT = 1000;

function formatOps(rate: number): string {
  return rate >= 10 ? rate.toFixed(0) : rate.toFixed(2);
}

export const burstCreditsLow = fileSystemRule({
  meta: {
    id: 'efs.burst-credits-low',
    title: 'EFS burst credits running low',
    category: 'performance',
    severity: 'high',
    remediation: {
      text: 'Switch to Elastic throughput, or to Provisioned throughput sized to the workload, before the credits run out and throughput falls to the baseline (50 KiB/s per GiB stored).',
      url: 'https://docs.aws.amazon.com/efs/latest/ug/performance.html#bursting',
    },
    frameworks: {},
    failWhen:
      'Throughput mode is `bursting` and the lowest `BurstCreditBalance` of the 30-day lookback is below 10% of the maximum balance: 2.1 TiB per TiB of Standard storage (Infrequent Access and Archive earn no credits), and at least 2.1 TiB. No datapoints at all make it UNKNOWN, not FAIL.',
  },
  appliesTo: (fs) => fs.throughputMode === 'bursting',
  judge: (fs) => {
    const balance = fs.metrics.burstCreditBalance;
    if (balance && !balance.ok) return unknown(balance.error);
    const lowest = balance?.ok ? minOf(balance.value) : undefined;
    if (lowest === undefined) {
      return {
        status: 'UNKNOWN',
        detail:
          'No BurstCreditBalance datapoints in the last 30 days: the credit balance is unknown.',
      };
    }
    const stored = readStoredGb(fs);
    // The maximum only grows with the Standard size: a balance low against the smallest maximum is
    // low whatever the size, while any other verdict needs the size.
    const storedTib = stored.ok ? stored.value.standard / 1024 : 0;
    const maxBalance = MAX_CREDITS_PER_TIB * Math.max(1, storedTib);
    const ratio = lowest / maxBalance;
    const low = ratio < LOW_CREDIT_RATIO - EPSILON;
    if (!stored.ok && !low) return unknown(stored.error);
    const lowestText = `The lowest burst credit balance in the last 30 days was ${(lowest / GIB).toFixed(1)} GiB`;
    const drops = 'throughput drops to the baseline when it runs out';
    if (!stored.ok) {
      return fail(
        `${lowestText}, below 10% of the maximum at any size (${(100 * ratio).toFixed(1)}% of the smallest, 2.10 TiB): ${drops}. The maximum grows with the Standard storage, whose size is unknown (${sizeReadFailure(stored.error)}).`,
        { minimumBytes: lowest, maximumBytes: null },
      );
    }
    const summary = `${lowestText}, ${(100 * ratio).toFixed(1)}% of the ${(maxBalance / TIB).toFixed(2)} TiB maximum`;
    const evidence = { minimumBytes: lowest, maximumBytes: maxBalance };
    return low ? fail(`${summary}: ${drops}.`, evidence) : pass(`${summary}.`, evidence);
  },
});

export const maxioUnneeded = fileSystemRule({
  meta: {
    id: 'efs.maxio-unneeded',
    title: 'EFS Max I/O mode without the load that needs it',
    category: 'performance',
    severity: 'low',
    remediation: {
      text: 'Create a General Purpose file system (performance mode cannot be changed), copy the data over and switch clients: it serves the same load with lower per-operation latency.',
      url: 'https://docs.aws.amazon.com/efs/latest/ug/performance.html#performancemodes',
    },
    frameworks: {},
    failWhen:
      'Performance mode is `maxIO` and the peak hourly mean of metadata operations (`MetadataIOBytes` SampleCount) over the 30-day lookback is below 1,000 per second.',
  },
  appliesTo: (fs) => fs.performanceMode === 'maxIO',
  judge: (fs, efs) => {
    const operations = fs.metrics.metadataOperations;
    if (!operations.ok) return unknown(operations.error);
    const peak = peakRatePerSecond(operations.value, efs.metricWindows.lookback.periodSeconds);
    const evidence = { peakHourlyMeanMetadataOpsPerSecond: peak };
    return peak < METADATA_OPS_LIMIT
      ? fail(
          `Max I/O mode with a peak hourly mean of ${formatOps(peak)} metadata operations per second, below 1,000: General Purpose would serve it with lower latency.`,
          evidence,
        )
      : pass(
          `Peak hourly mean of ${formatOps(peak)} metadata operations per second justifies Max I/O.`,
          evidence,
        );
  },
});

export const metadataHot = fileSystemRule({
  meta: {
    id: 'efs.metadata-hot',
    title: 'EFS metadata operations above 1,000 per second',
    category: 'performance',
    severity: 'medium',
    remediation: {
      text: 'Spread the workload over more directories or more file systems, and cache metadata on clients (e.g. avoid repeated stat and listing of large directories).',
      url: 'https://docs.aws.amazon.com/efs/latest/ug/performance-tips.html',
    },
    frameworks: {},
    failWhen:
      'The peak hourly mean of metadata operations (`MetadataIOBytes` SampleCount) over the 30-day lookback is above 1,000 per second.',
  },
  judge: (fs, efs) => {
    const operations = fs.metrics.metadataOperations;
    if (!operations.ok) return unknown(operations.error);
    const peak = peakRatePerSecond(operations.value, efs.metricWindows.lookback.periodSeconds);
    const evidence = { peakHourlyMeanMetadataOpsPerSecond: peak };
    return peak > METADATA_OPS_LIMIT
      ? fail(
          `Peak hourly mean of ${formatOps(peak)} metadata operations per second, above 1,000.`,
          evidence,
        )
      : pass(
          `Peak hourly mean of ${formatOps(peak)} metadata operations per second, within 1,000.`,
          evidence,
        );
  },
});
