import type { Fetched, Tags } from './inventory.js';

/** The settings the RDS checks judge, common to DB instances and clusters. */
interface RdsProtection {
  id: string;
  arn: string;
  engine: string;
  status: string;
  storageEncrypted: boolean;
  backupRetentionPeriod: number;
  multiAz: boolean;
  deletionProtection: boolean;
  tags: Tags;
}

export interface RdsDbInstance extends RdsProtection {
  /**
   * AWS always returns it; absent when the answer lacked it (moto omits it unless it was set at
   * creation), which the check reports as UNKNOWN rather than guessing.
   */
  publiclyAccessible?: boolean;
  /** The source instance or cluster when this instance is a read replica. */
  readReplicaSource?: string;
  /** The cluster this instance belongs to (Aurora, Multi-AZ DB cluster). */
  clusterId?: string;
  /**
   * `AutoMinorVersionUpgrade`. Absent in inventories saved before it was collected, or when the
   * answer lacked it: the check is then UNKNOWN.
   */
  autoMinorVersionUpgrade?: boolean;
}

export type RdsDbCluster = RdsProtection;

/** A DB snapshot (DescribeDBSnapshots) or a DB cluster snapshot (DescribeDBClusterSnapshots). */
export interface RdsSnapshot {
  id: string;
  arn: string;
  /** The DB instance or cluster the snapshot was taken of. */
  sourceId: string;
  engine: string;
  /** `manual`, `automated` or `awsbackup`: only manual snapshots can be shared. */
  snapshotType: string;
  status: string;
  /** `Encrypted` (DB snapshot) or `StorageEncrypted` (cluster snapshot); absent when not answered. */
  encrypted?: boolean;
  tags: Tags;
  /**
   * Manual snapshots only: the values of the `restore` attribute (account ids that may copy or
   * restore it; `all` makes it public), from DescribeDB[Cluster]SnapshotAttributes, or that read's
   * failure.
   */
  restorableBy?: Fetched<string[]>;
}

export interface RdsInventory {
  /** DescribeDBInstances. */
  instances: Fetched<RdsDbInstance[]>;
  /** DescribeDBClusters. */
  clusters: Fetched<RdsDbCluster[]>;
  /**
   * DescribeDBSnapshots: the account's own manual and automated snapshots (not those other
   * accounts share with it). Absent in inventories saved before snapshots were collected.
   */
  snapshots?: Fetched<RdsSnapshot[]>;
  /** DescribeDBClusterSnapshots, as `snapshots`. */
  clusterSnapshots?: Fetched<RdsSnapshot[]>;
}
