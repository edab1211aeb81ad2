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
} as const;

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

/** The monthly bill of provisioned throughput; 0 in the other modes. */
export function monthlyProvisionedThroughputUsd(fs: EfsFileSystem): number {
  if (fs.throughputMode !== 'provisioned') return 0;
  return (fs.provisionedThroughputMibps ?? 0) * EFS_PRICES.provisionedThroughputMibpsMonth;
}
