import {
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBSnapshotAttributesCommand,
  paginateDescribeDBClusters,
  paginateDescribeDBClusterSnapshots,
  paginateDescribeDBInstances,
  paginateDescribeDBSnapshots,
  type DBCluster,
  type DBClusterSnapshot,
  type DBInstance,
  type DBSnapshot,
} from '@aws-sdk/client-rds';
import type { CollectContext } from './context.js';
import { tagsOf } from './convert.js';
import { mapFetched, type Fetched } from '../model/inventory.js';
import type { RdsDbCluster, RdsDbInstance, RdsInventory, RdsSnapshot } from '../model/rds.js';

/** The largest page size the four listings accept. */
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
  if (db.AutoMinorVersionUpgrade !== undefined) {
    out.autoMinorVersionUpgrade = db.AutoMinorVersionUpgrade;
  }
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

function snapshotOf(
  fields: Omit<RdsSnapshot, 'encrypted' | 'tags'>,
  encrypted: boolean | undefined,
  tagList: DBSnapshot['TagList'],
): RdsSnapshot {
  return {
    ...fields,
    ...(encrypted !== undefined ? { encrypted } : {}),
    tags: tagsOf(tagList),
  };
}

const toDbSnapshot = (s: DBSnapshot): RdsSnapshot =>
  snapshotOf(
    {
      id: s.DBSnapshotIdentifier ?? '',
      arn: s.DBSnapshotArn ?? '',
      sourceId: s.DBInstanceIdentifier ?? '',
      engine: s.Engine ?? '',
      snapshotType: s.SnapshotType ?? 'unknown',
      status: s.Status ?? 'unknown',
    },
    s.Encrypted,
    s.TagList,
  );

const toClusterSnapshot = (s: DBClusterSnapshot): RdsSnapshot =>
  snapshotOf(
    {
      id: s.DBClusterSnapshotIdentifier ?? '',
      arn: s.DBClusterSnapshotArn ?? '',
      sourceId: s.DBClusterIdentifier ?? '',
      engine: s.Engine ?? '',
      snapshotType: s.SnapshotType ?? 'unknown',
      status: s.Status ?? 'unknown',
    },
    s.StorageEncrypted,
    s.TagList,
  );

/** Automated snapshots cannot be shared: only manual ones have a `restore` attribute to read. */
const isManual = (snapshot: RdsSnapshot): boolean => snapshot.snapshotType === 'manual';

/** Whom the `restore` attribute of one manual snapshot lets copy or restore it. */
async function restorableBy(
  ctx: CollectContext,
  kind: 'db' | 'cluster',
  id: string,
): Promise<Fetched<string[]>> {
  const client = ctx.clients.rds;
  const values = (attributes: { AttributeName?: string; AttributeValues?: string[] }[] = []) =>
    attributes.find((a) => a.AttributeName === 'restore')?.AttributeValues ?? [];
  if (kind === 'db') {
    const read = await ctx.call('rds:DescribeDBSnapshotAttributes', () =>
      client.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: id })),
    );
    return mapFetched(read, (answer) =>
      values(answer?.DBSnapshotAttributesResult?.DBSnapshotAttributes),
    );
  }
  const read = await ctx.call('rds:DescribeDBClusterSnapshotAttributes', () =>
    client.send(
      new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: id }),
    ),
  );
  return mapFetched(read, (answer) =>
    values(answer?.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes),
  );
}

/**
 * Adds the `restore` attribute to each manual snapshot of both listings, one call per snapshot
 * through the bounded pool (one pool for both kinds, so the bound holds for the region).
 */
async function withRestoreAttributes(
  ctx: CollectContext,
  db: Fetched<RdsSnapshot[]>,
  cluster: Fetched<RdsSnapshot[]>,
): Promise<void> {
  const manual = [
    ...(db.ok ? db.value.filter(isManual).map((s) => ({ kind: 'db' as const, s })) : []),
    ...(cluster.ok
      ? cluster.value.filter(isManual).map((s) => ({ kind: 'cluster' as const, s }))
      : []),
  ];
  await ctx.pool(manual, async ({ kind, s }) => {
    s.restorableBy = await restorableBy(ctx, kind, s.id);
  });
}

/**
 * DB instances, clusters and their snapshots in one region, listed in pages (tags come with the
 * listings), and the `restore` attribute of each manual snapshot.
 */
export async function collectRds(ctx: CollectContext): Promise<RdsInventory> {
  const client = ctx.clients.rds;
  // No SnapshotType: the account's manual and automated snapshots. IncludeShared and
  // IncludePublic stay false (their default, said here): snapshots other accounts share or make
  // public are not the account's to fix.
  const ownOnly = { IncludeShared: false, IncludePublic: false };
  const [instances, clusters, snapshots, clusterSnapshots] = await Promise.all([
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
    ctx.pages(
      'rds:DescribeDBSnapshots',
      paginateDescribeDBSnapshots({ client, pageSize: PAGE_SIZE }, ownOnly),
      (page) => page.DBSnapshots,
    ),
    ctx.pages(
      'rds:DescribeDBClusterSnapshots',
      paginateDescribeDBClusterSnapshots({ client, pageSize: PAGE_SIZE }, ownOnly),
      (page) => page.DBClusterSnapshots,
    ),
  ]);
  const present = (s: RdsSnapshot): boolean => !GONE_STATUSES.has(s.status);
  const dbSnapshots = mapFetched(snapshots, (list) => list.map(toDbSnapshot).filter(present));
  const ofClusters = mapFetched(clusterSnapshots, (list) =>
    list.map(toClusterSnapshot).filter(present),
  );
  await withRestoreAttributes(ctx, dbSnapshots, ofClusters);
  return {
    instances: mapFetched(instances, (list) =>
      list.map(toInstance).filter((db) => !GONE_STATUSES.has(db.status)),
    ),
    clusters: mapFetched(clusters, (list) =>
      list.map(toCluster).filter((c) => !GONE_STATUSES.has(c.status)),
    ),
    snapshots: dbSnapshots,
    clusterSnapshots: ofClusters,
  };
}
