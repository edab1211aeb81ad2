import type { EfsFileSystem } from '../../model/efs.js';
import type { StoredGb } from './common.js';

/**
 * EFS list prices in USD, us-east-1, per GB-month unless said (CHECKS.md). Medium confidence: taken
 * from snapshots of the AWS pricing page (November 2023; the Infrequent Access price of bursting
 * and provisioned file systems seen again in June 2026) and, for One Zone, a third-party table.
 * Other regions differ by a few percent; savings elsewhere are us-east-1 estimates.
 */
export const EFS_PRICES = {
  asOf: '2026-06',
  confidence: 'medium',
  source: 'https://aws.amazon.com/efs/pricing/ (snapshots of 2023-11 and 2026-06), us-east-1',
  standardGbMonth: 0.3,
  /** Infrequent Access on a file system with Elastic throughput. */
  infrequentAccessElasticGbMonth: 0.016,
  /** Infrequent Access on a file system with Bursting or Provisioned throughput. */
  infrequentAccessGbMonth: 0.025,
  archiveGbMonth: 0.008,
  oneZoneGbMonth: 0.16,
  oneZoneInfrequentAccessGbMonth: 0.0133,
  provisionedThroughputMibpsMonth: 6.0,
  /** Elastic throughput: per GB read and per GB written. */
  elasticReadGb: 0.03,
  elasticWriteGb: 0.06,
} as const;

/**
 * Throughput that Standard storage includes in provisioned mode: 50 KiB/s per GiB of Standard
 * (or One Zone) storage, i.e. Standard GiB / 20.48 MiB/s. AWS bills provisioned throughput only
 * above it (re:Post "Is EFS Provisioned Throughput mode billed at daily granularity?", and the
 * EFS pricing page's provisioned throughput example).
 */
const INCLUDED_KIBPS_PER_GIB = 50;

export function includedThroughputMibps(gb: StoredGb): number {
  return (gb.standard * INCLUDED_KIBPS_PER_GIB) / 1024;
}

/** billed(x) = max(0, x - included): the part of `mibps` provisioned throughput AWS bills. */
export function billedThroughputMibps(mibps: number, includedMibps: number): number {
  return Math.max(0, mibps - includedMibps);
}

/** Per GB-month prices of the storage classes of one file system. */
export interface StoragePrices {
  standard: number;
  infrequentAccess: number;
  archive: number;
}

export function storagePrices(fs: EfsFileSystem): StoragePrices {
  if (fs.availabilityZoneName) {
    return {
      standard: EFS_PRICES.oneZoneGbMonth,
      infrequentAccess: EFS_PRICES.oneZoneInfrequentAccessGbMonth,
      archive: EFS_PRICES.archiveGbMonth,
    };
  }
  return {
    standard: EFS_PRICES.standardGbMonth,
    infrequentAccess:
      fs.throughputMode === 'elastic'
        ? EFS_PRICES.infrequentAccessElasticGbMonth
        : EFS_PRICES.infrequentAccessGbMonth,
    archive: EFS_PRICES.archiveGbMonth,
  };
}

/** The monthly bill of what the file system stores (`gb`), by class. */
export function monthlyStorageUsd(fs: EfsFileSystem, gb: StoredGb): number {
  const prices = storagePrices(fs);
  return (
    gb.standard * prices.standard +
    gb.infrequentAccess * prices.infrequentAccess +
    gb.archive * prices.archive
  );
}

/** The monthly bill of provisioned throughput above what Standard storage includes; 0 in the other modes. */
export function monthlyProvisionedThroughputUsd(fs: EfsFileSystem, gb: StoredGb): number {
  if (fs.throughputMode !== 'provisioned') return 0;
  const billed = billedThroughputMibps(
    fs.provisionedThroughputMibps ?? 0,
    includedThroughputMibps(gb),
  );
  return billed * EFS_PRICES.provisionedThroughputMibpsMonth;
}

/** What Elastic throughput bills for `readGb` read and `writeGb` written. */
export function elasticIoUsd(readGb: number, writeGb: number): number {
  return readGb * EFS_PRICES.elasticReadGb + writeGb * EFS_PRICES.elasticWriteGb;
}
