import {
  paginateDescribeDBClusters,
  paginateDescribeDBInstances,
  type DBCluster,
  type DBInstance,
} from '@aws-sdk/client-rds';
import type { CollectContext } from './context.js';
import { tagsOf } from './convert.js';
import { mapFetched } from '../model/inventory.js';
import type { RdsDbCluster, RdsDbInstance, RdsInventory } from '../model/rds.js';

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
    instances: mapFetched(instances, (list) =>
      list.map(toInstance).filter((db) => !GONE_STATUSES.has(db.status)),
    ),
    clusters: mapFetched(clusters, (list) =>
      list.map(toCluster).filter((c) => !GONE_STATUSES.has(c.status)),
    ),
  };
}
