import type { CallFailure } from '../../model/inventory.js';
import { windowSeconds } from '../../model/metrics.js';
import { formatUsd, roundUsd } from '../../model/money.js';
import { ageInDays, fail, pass, undetermined, unknown } from '../kit.js';
import { meanRatePerSecond, peakRatePerSecond, secondsExisted, sumOf } from '../metrics.js';
import { fileSystemRule, readStoredGb, sizeReadFailure, type StoredGb } from './common.js';
import {
  EFS_PRICES,
  billedThroughputMibps,
  elasticIoUsd,
  includedThroughputMibps,
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

/** AWS bills storage and transfer in binary gigabytes. */
const BYTES_PER_GB = 2 ** 30;
const DAY_SECONDS = 86_400;

/** "over 30 days", or "over the 10 days since it was created" for a younger file system. */
function spanText(existedSeconds: number, windowLength: number): string {
  if (existedSeconds >= windowLength) return `over ${Math.round(windowLength / DAY_SECONDS)} days`;
  return `over the ${Math.max(1, Math.round(existedSeconds / DAY_SECONDS))} days since it was created`;
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
      "Throughput mode is `provisioned` and the mean metered throughput (`MeteredIOBytes` over the 30-day lookback, or over the days since creation for a younger file system) is below 30% of `ProvisionedThroughputInMibps`. AWS bills provisioned throughput only above what Standard storage includes (Standard GiB / 20.48 MiB/s): billed(x) = max(0, x - included). recommended = the peak hourly mean / 0.8 rounded up, at least 1 MiB/s. When recommended is below provisioned, the saving is (billed(provisioned) - billed(recommended)) at the Provisioned Throughput price. Otherwise it never advises a higher figure: it recommends Elastic throughput, saving billed(provisioned) x price minus the Elastic cost of the lookback's `DataReadIOBytes` ($0.03/GB) and `DataWriteIOBytes` ($0.06/GB), scaled to a month for a younger file system, and passes when Elastic is not cheaper; without those bytes (an inventory saved before they were collected) it fails with no saving figure.",
  },
  appliesTo: (fs) => fs.throughputMode === 'provisioned',
  judge: (fs, efs) => {
    const metered = fs.metrics.meteredIOBytes;
    if (!metered.ok) return unknown(metered.error);
    const provisioned = fs.provisionedThroughputMibps;
    // Without the figure there is nothing to compare use with: not a PASS.
    if (provisioned === undefined) {
      return undetermined('DescribeFileSystems reported no ProvisionedThroughputInMibps.');
    }
    const window = efs.metricWindows.lookback;
    const lookbackSeconds = windowSeconds(window);
    const existed = secondsExisted(window, fs.createdAt);
    const span = spanText(existed, lookbackSeconds);
    const meanMibps = meanRatePerSecond(metered.value, existed) / MIB;
    const peakMibps = peakRatePerSecond(metered.value, window.periodSeconds) / MIB;
    const evidence = { provisionedMibps: provisioned, meanMibps, peakHourlyMeanMibps: peakMibps };
    const usePercent = provisioned > 0 ? (100 * meanMibps) / provisioned : 0;
    if (meanMibps >= LOW_USE_RATIO * provisioned) {
      return pass(
        `Mean metered throughput ${span} is ${formatMibps(meanMibps)} MiB/s, ${usePercent.toFixed(0)}% of the provisioned ${provisioned} MiB/s.`,
        evidence,
      );
    }
    const lowUse = `Mean metered throughput ${span} is ${formatMibps(meanMibps)} MiB/s (${usePercent.toFixed(1)}% of provisioned)`;
    const price = EFS_PRICES.provisionedThroughputMibpsMonth;
    const needed = Math.max(1, Math.ceil(peakMibps / TARGET_PEAK_USE - EPSILON));
    const stored = readStoredGb(fs);
    const includes = (gb: StoredGb, mibps: number) =>
      `the ${formatMibps(mibps)} MiB/s its ${describeSize(gb.standard, gb)} of Standard storage includes`;

    if (needed < provisioned) {
      const lower = `${lowUse}; provisioned ${provisioned} MiB/s, peak hourly mean ${formatMibps(peakMibps)} MiB/s, recommend ${needed} MiB/s`;
      const lowerEvidence = { ...evidence, recommendedMibps: needed };
      if (!stored.ok) {
        return fail(
          `${lower} or switch to Elastic throughput. ${savingUnknown(stored.error)}`,
          lowerEvidence,
        );
      }
      const included = includedThroughputMibps(stored.value);
      const billedNow = billedThroughputMibps(provisioned, included);
      const billedThen = billedThroughputMibps(needed, included);
      const savings = roundUsd((billedNow - billedThen) * price);
      return fail(
        `${lower}: saves ${formatUsd(savings)} a month at ${formatPrice(price)} per MiB/s-month of throughput billed above ${includes(stored.value, included)} (${formatMibps(billedNow)} MiB/s billed now, ${formatMibps(billedThen)} at ${needed} MiB/s), or switch to Elastic throughput.`,
        { ...lowerEvidence, includedMibps: included, billedMibps: billedNow },
        savings,
      );
    }

    // A spiky load: its peak needs all that is provisioned, or more. Never advise raising the
    // figure; Elastic throughput bills the bytes moved instead.
    const spiky = `${lowUse}, but its peak hourly mean of ${formatMibps(peakMibps)} MiB/s needs ${needed} MiB/s at 80% use, ${needed > provisioned ? 'more than' : 'all of'} the provisioned ${provisioned} MiB/s`;
    const elasticEvidence = { ...evidence, peakNeedsMibps: needed, recommendation: 'elastic' };
    const reads = fs.metrics.dataReadIOBytes;
    const writes = fs.metrics.dataWriteIOBytes;
    if (!reads || !writes) {
      return fail(
        `${spiky}: switch to Elastic throughput; its cost cannot be compared, as this inventory was saved before DataReadIOBytes and DataWriteIOBytes were collected.`,
        elasticEvidence,
      );
    }
    if (!reads.ok) return unknown(reads.error, elasticEvidence);
    if (!writes.ok) return unknown(writes.error, elasticEvidence);
    // The lookback's bytes, as a month: a younger file system's days stand for the whole window.
    const toMonth = existed > 0 ? lookbackSeconds / existed : 1;
    const readGb = sumOf(reads.value) / BYTES_PER_GB;
    const writeGb = sumOf(writes.value) / BYTES_PER_GB;
    const elasticUsd = roundUsd(elasticIoUsd(readGb, writeGb) * toMonth);
    const elastic = `would bill ${formatUsd(elasticUsd)} a month for its I/O (${readGb.toFixed(1)} GB read at ${formatPrice(EFS_PRICES.elasticReadGb)} and ${writeGb.toFixed(1)} GB written at ${formatPrice(EFS_PRICES.elasticWriteGb)} ${span})`;
    const costed = { ...elasticEvidence, readGb, writeGb, elasticMonthlyUsd: elasticUsd };
    if (!stored.ok) {
      // The included throughput is unknown, so the bill is too: at most all of it is billed.
      const ceiling = roundUsd(provisioned * price);
      if (elasticUsd >= ceiling) {
        return pass(
          `${spiky}, and Elastic throughput ${elastic}, no less than the ${formatUsd(ceiling)} all of the provisioned throughput could bill: provisioned is the cheaper mode.`,
          costed,
        );
      }
      return unknown(stored.error, costed);
    }
    const included = includedThroughputMibps(stored.value);
    const billedUsd = roundUsd(billedThroughputMibps(provisioned, included) * price);
    const savings = roundUsd(billedUsd - elasticUsd);
    const billed = `the ${formatUsd(billedUsd)} a month of provisioned throughput billed above ${includes(stored.value, included)}`;
    const priced = { ...costed, includedMibps: included, provisionedBilledMonthlyUsd: billedUsd };
    if (savings > 0) {
      return fail(
        `${spiky}: switch to Elastic throughput, which ${elastic}, against ${billed}: saves ${formatUsd(savings)} a month.`,
        priced,
        savings,
      );
    }
    return pass(
      `${spiky}, and Elastic throughput ${elastic}, no less than ${billed}: provisioned is the cheaper mode.`,
      priced,
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
      '`ClientConnections` sums to 0, or has no datapoints, over the last 60 days, or since creation for a younger file system (the detail says which). The saving is the whole monthly bill: its storage by class plus, in provisioned mode, its provisioned throughput billed above what its Standard storage includes (Standard GiB / 20.48 MiB/s).',
    savingIsWholeBill: true,
  },
  judge: (fs, efs, context) => {
    const connections = fs.metrics.clientConnections;
    if (!connections.ok) return unknown(connections.error);
    const window = efs.metricWindows.connections;
    const since =
      Date.parse(fs.createdAt) > Date.parse(window.start)
        ? `since it was created ${ageInDays(fs.createdAt, context.now)} days ago`
        : `in the last ${Math.round(windowSeconds(window) / DAY_SECONDS)} days`;
    const total = sumOf(connections.value);
    if (total > 0) {
      // The last day with a connection: days with a zero Sum may follow it.
      const { timestamps, values } = connections.value;
      const last = timestamps[values.findLastIndex((value) => value > 0)] ?? 0;
      const lastDay = new Date(last * 1000).toISOString().slice(0, 10);
      return pass(`Clients connected ${since} (last on ${lastDay}).`, {
        clientConnectionsSum: total,
      });
    }
    const read = readStoredGb(fs);
    if (!read.ok) {
      return fail(`No client connection ${since}. ${savingUnknown(read.error)}`, {
        clientConnectionsSum: 0,
        storedGb: null,
      });
    }
    const stored = read.value;
    const storageUsd = monthlyStorageUsd(fs, stored);
    const throughputUsd = monthlyProvisionedThroughputUsd(fs, stored);
    const savings = roundUsd(storageUsd + throughputUsd);
    const included = includedThroughputMibps(stored);
    const billed = billedThroughputMibps(fs.provisionedThroughputMibps ?? 0, included);
    const throughput =
      throughputUsd > 0
        ? ` plus ${formatMibps(billed)} MiB/s of provisioned throughput billed above the ${formatMibps(included)} MiB/s its Standard storage includes (${formatUsd(throughputUsd)})`
        : '';
    return fail(
      `No client connection ${since}. Deleting it saves ${formatUsd(savings)} a month: ${describeSize(stored.total, stored)} stored (${formatUsd(storageUsd)})${throughput}.`,
      { clientConnectionsSum: 0, storedGb: stored.total, sizeSource: stored.source },
      savings,
    );
  },
});
