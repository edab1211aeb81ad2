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
}

export type RdsDbCluster = RdsProtection;

export interface RdsInventory {
  /** DescribeDBInstances. */
  instances: Fetched<RdsDbInstance[]>;
  /** DescribeDBClusters. */
  clusters: Fetched<RdsDbCluster[]>;
}
