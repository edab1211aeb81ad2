import type { CallFailure } from '../../model/inventory.js';
import { windowSeconds } from '../../model/metrics.js';
import { formatUsd, roundUsd } from '../../model/money.js';
import { fail, pass, unknown } from '../kit.js';
import { meanRatePerSecond, peakRatePerSecond, sumOf } from '../metrics.js';
import { fileSystemRule, readStoredGb, sizeReadFailure, type StoredGb } from './common.js';
import {
  EFS_PRICES,
  monthlyProvisionedThroughputUsd,
  monthlyStorageUsd,
  storagePrices,
} from './prices.js';

const MIB = 2 ** 20;
/** CHECKS.md: FAIL below 30% mean use; recommend the peak at 80% use, at least 1 MiB/s. */
const LOW_USE_RATIO = 0.3;
const TARGET_PEAK_USE = 0.8;
/** Absorbs float noise so that a peak of exactly 0.8 x N recommends N, not N + 1. */
const EPSILON = 1e-9;

/** A unit price as written in price lists: at least cents, more digits where they matter. */
function formatPrice(usdPerUnit: number): string {
  return Number.isInteger(usdPerUnit * 100) ? `$${usdPerUnit.toFixed(2)}` : `$${usdPerUnit}`;
}

function formatMibps(rate: number): string {
  return rate >= 1 || rate === 0 ? rate.toFixed(1) : rate.toPrecision(2);
}

/** "12.3 GB", noting when the size came from CloudWatch rather than the EFS API. */
function describeSize(gb: number, stored: StoredGb): string {
  const source = stored.source === 'StorageBytes' ? ' (CloudWatch StorageBytes)' : '';
  return `${gb.toFixed(1)} GB${source}`;
}

/** Why a FAIL carries no saving: the size it rests on could not be read. */
function savingUnknown(failure: CallFailure): string {
  return `The saving could not be computed: the size is unknown (${sizeReadFailure(failure)}).`;
}

export const throughputOverprovisioned = fileSystemRule({
  meta: {
    id: 'efs.throughput-overprovisioned',
    title: 'EFS provisioned throughput far above use',
    category: 'cost',
    severity: 'medium',
    remediation: {
      text: 'Switch to Elastic throughput (pay for what is used), or lower ProvisionedThroughputInMibps to the recommended figure (UpdateFileSystem; decreases are allowed once every 24 hours).',
      url: 'https://docs.aws.amazon.com/efs/latest/ug/performance.html#throughput-modes',
    },
    frameworks: {},
    failWhen:
      'Throughput mode is `provisioned` and the mean metered throughput (`MeteredIOBytes` over the 30-day lookback) is below 30% of `ProvisionedThroughputInMibps`. The saving is (provisioned - recommended) MiB/s at the Provisioned Throughput price, where recommended is the peak hourly mean / 0.8 rounded up, at least 1 MiB/s; it is zero when recommended is not below provisioned.',
  },
  appliesTo: (fs) => fs.throughputMode === 'provisioned',
  judge: (fs, efs) => {
    const metered = fs.metrics.meteredIOBytes;
    if (!metered.ok) return unknown(metered.error);
    const provisioned = fs.provisionedThroughputMibps;
    // Without the figure there is nothing to compare use with: not a PASS.
    if (provisioned === undefined) {
      return {
        status: 'UNKNOWN',
        detail: 'DescribeFileSystems reported no ProvisionedThroughputInMibps.',
      };
    }
    const window = efs.metricWindows.lookback;
    const meanMibps = meanRatePerSecond(metered.value, windowSeconds(window)) / MIB;
    const peakMibps = peakRatePerSecond(metered.value, window.periodSeconds) / MIB;
    const evidence = { provisionedMibps: provisioned, meanMibps, peakHourlyMeanMibps: peakMibps };
    const usePercent = provisioned > 0 ? (100 * meanMibps) / provisioned : 0;
    if (meanMibps >= LOW_USE_RATIO * provisioned) {
      return pass(
        `Mean metered throughput ${formatMibps(meanMibps)} MiB/s is ${usePercent.toFixed(0)}% of the provisioned ${provisioned} MiB/s.`,
        evidence,
      );
    }
    const recommended = Math.max(1, Math.ceil(peakMibps / TARGET_PEAK_USE - EPSILON));
    const savings = roundUsd(
      Math.max(0, provisioned - recommended) * EFS_PRICES.provisionedThroughputMibpsMonth,
    );
    return fail(
      `Mean metered throughput over 30 days is ${formatMibps(meanMibps)} MiB/s (${usePercent.toFixed(1)}% of provisioned); provisioned ${provisioned} MiB/s, peak hourly mean ${formatMibps(peakMibps)} MiB/s, recommend ${recommended} MiB/s: saves ${formatUsd(savings)} a month at ${formatPrice(EFS_PRICES.provisionedThroughputMibpsMonth)} per MiB/s-month, or switch to Elastic throughput.`,
      { ...evidence, recommendedMibps: recommended },
      savings,
    );
  },
});

export const noIaLifecycle = fileSystemRule({
  meta: {
    id: 'efs.no-ia-lifecycle',
    title: 'EFS file system without an Infrequent Access lifecycle policy',
    category: 'cost',
    severity: 'medium',
    remediation: {
      text: 'Add a lifecycle policy with TransitionToIA (e.g. AFTER_30_DAYS) and TransitionToPrimaryStorageClass AFTER_1_ACCESS, so files not read for a month move to the cheaper class.',
      url: 'https://docs.aws.amazon.com/efs/latest/ug/lifecycle-management-efs.html',
    },
    frameworks: {},
    failWhen:
      'The lifecycle configuration has no `TransitionToIA` rule. The saving assumes half of the Standard-class bytes move to Infrequent Access: 0.5 x Standard GB x (Standard price - IA price).',
  },
  judge: (fs) => {
    if (!fs.lifecycle.ok) return unknown(fs.lifecycle.error);
    const { transitionToIA } = fs.lifecycle.value;
    if (transitionToIA) {
      return pass(`Files move to Infrequent Access ${transitionToIA}.`, { transitionToIA });
    }
    const prices = storagePrices(fs);
    const read = readStoredGb(fs);
    if (!read.ok) {
      return fail(
        `No lifecycle policy moves files to Infrequent Access. ${savingUnknown(read.error)}`,
        { standardGb: null, prices },
      );
    }
    const stored = read.value;
    const movedGb = stored.standard / 2;
    const savings = roundUsd(movedGb * (prices.standard - prices.infrequentAccess));
    return fail(
      `No lifecycle policy moves files to Infrequent Access. If half of the ${describeSize(stored.standard, stored)} in Standard moved from ${formatPrice(prices.standard)} to ${formatPrice(prices.infrequentAccess)} per GB-month: saves ${formatUsd(savings)} a month.`,
      { standardGb: stored.standard, sizeSource: stored.source, prices },
      savings,
    );
  },
});

export const unused = fileSystemRule({
  meta: {
    id: 'efs.unused',
    title: 'EFS file system unused for 60 days',
    category: 'cost',
    severity: 'medium',
    remediation: {
      text: 'Confirm nothing mounts it, take a final backup (AWS Backup on-demand), then delete its mount targets and the file system.',
      url: 'https://docs.aws.amazon.com/efs/latest/ug/delete-efs-fs.html',
    },
    frameworks: {},
    failWhen:
      '`ClientConnections` sums to 0, or has no datapoints, over the last 60 days. The saving is the whole monthly bill: its storage by class plus, in provisioned mode, all of its provisioned throughput.',
    savingIsWholeBill: true,
  },
  judge: (fs) => {
    const connections = fs.metrics.clientConnections;
    if (!connections.ok) return unknown(connections.error);
    const total = sumOf(connections.value);
    if (total > 0) {
      // The last day with a connection: days with a zero Sum may follow it.
      const { timestamps, values } = connections.value;
      const last = timestamps[values.findLastIndex((value) => value > 0)] ?? 0;
      const lastDay = new Date(last * 1000).toISOString().slice(0, 10);
      return pass(`Clients connected in the last 60 days (last on ${lastDay}).`, {
        clientConnectionsSum: total,
      });
    }
    const read = readStoredGb(fs);
    if (!read.ok) {
      return fail(`No client connection in the last 60 days. ${savingUnknown(read.error)}`, {
        clientConnectionsSum: 0,
        storedGb: null,
      });
    }
    const stored = read.value;
    const storageUsd = monthlyStorageUsd(fs, stored);
    const throughputUsd = monthlyProvisionedThroughputUsd(fs);
    const savings = roundUsd(storageUsd + throughputUsd);
    const throughput =
      throughputUsd > 0
        ? ` plus ${fs.provisionedThroughputMibps} MiB/s provisioned (${formatUsd(throughputUsd)})`
        : '';
    return fail(
      `No client connection in the last 60 days. Deleting it saves ${formatUsd(savings)} a month: ${describeSize(stored.total, stored)} stored (${formatUsd(storageUsd)})${throughput}.`,
      { clientConnectionsSum: 0, storedGb: stored.total, sizeSource: stored.source },
      savings,
    );
  },
});
