import {
  paginateDescribeDBClusters,
  paginateDescribeDBInstances,
  type DBCluster,
  type DBInstance,
} from '@aws-sdk/client-rds';
import type { CollectContext } from './context.js';
import { listingOf, tagsOf } from './convert.js';
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
  /** DescribeDBInstances: how many instances it listed; when it failed `instances` is empty. */
  instancesListing: Fetched<{ listed: number }>;
  instances: RdsDbInstance[];
  /** DescribeDBClusters: how many clusters it listed; when it failed `clusters` is empty. */
  clustersListing: Fetched<{ listed: number }>;
  clusters: RdsDbCluster[];
}

/** The largest page size both listings accept. */
const PAGE_SIZE = 100;

/** Databases on their way out are not judged. */
const GONE_STATUSES = new Set(['deleting', 'deleted']);

function toInstance(db: DBInstance): RdsDbInstance {
  const out: RdsDbInstance = {
    id: db.DBInstanceIdentifier ?? '',
    arn: db.DBInstanceArn ?? '',
    engine: db.Engine ?? '',
    status: db.DBInstanceStatus ?? 'unknown',
    storageEncrypted: db.StorageEncrypted === true,
    backupRetentionPeriod: db.BackupRetentionPeriod ?? 0,
    multiAz: db.MultiAZ === true,
    deletionProtection: db.DeletionProtection === true,
    tags: tagsOf(db.TagList),
  };
  const source =
    db.ReadReplicaSourceDBInstanceIdentifier ?? db.ReadReplicaSourceDBClusterIdentifier;
  if (db.PubliclyAccessible !== undefined) out.publiclyAccessible = db.PubliclyAccessible;
  if (source) out.readReplicaSource = source;
  if (db.DBClusterIdentifier) out.clusterId = db.DBClusterIdentifier;
  return out;
}

function toCluster(cluster: DBCluster): RdsDbCluster {
  return {
    id: cluster.DBClusterIdentifier ?? '',
    arn: cluster.DBClusterArn ?? '',
    engine: cluster.Engine ?? '',
    status: cluster.Status ?? 'unknown',
    storageEncrypted: cluster.StorageEncrypted === true,
    backupRetentionPeriod: cluster.BackupRetentionPeriod ?? 0,
    multiAz: cluster.MultiAZ === true,
    deletionProtection: cluster.DeletionProtection === true,
    tags: tagsOf(cluster.TagList),
  };
}

/** DB instances and clusters of one region, listed in pages (tags come with the listing). */
export async function collectRds(ctx: CollectContext): Promise<RdsInventory> {
  const client = ctx.clients.rds;
  const [instances, clusters] = await Promise.all([
    ctx.pages(
      'rds:DescribeDBInstances',
      paginateDescribeDBInstances({ client, pageSize: PAGE_SIZE }, {}),
      (page) => page.DBInstances,
    ),
    ctx.pages(
      'rds:DescribeDBClusters',
      paginateDescribeDBClusters({ client, pageSize: PAGE_SIZE }, {}),
      (page) => page.DBClusters,
    ),
  ]);
  return {
    instancesListing: listingOf(instances),
    instances: instances.ok
      ? instances.value.map(toInstance).filter((db) => !GONE_STATUSES.has(db.status))
      : [],
    clustersListing: listingOf(clusters),
    clusters: clusters.ok
      ? clusters.value.map(toCluster).filter((c) => !GONE_STATUSES.has(c.status))
      : [],
  };
}
