import {
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeDBSnapshotAttributesCommand,
  DescribeDBSnapshotsCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { collectRds } from '../../../src/collect/rds.js';
import type { Fetched } from '../../../src/model/inventory.js';
import { ACCOUNT, at, collectContext, serviceError } from '../ec2/fixtures.js';

const rdsMock = mockClient(RDSClient);
const client = new RDSClient({ region: 'us-east-1' });

beforeEach(() => {
  rdsMock.reset();
  // A region without snapshots unless a test says otherwise.
  rdsMock.on(DescribeDBSnapshotsCommand).resolves({ DBSnapshots: [] });
  rdsMock.on(DescribeDBClusterSnapshotsCommand).resolves({ DBClusterSnapshots: [] });
});

/** The items of a listing, failing the test when the listing failed. */
function listed<T>(listing: Fetched<T[]>): T[] {
  if (!listing.ok) throw new Error(`the listing failed: ${listing.error.operation}`);
  return listing.value;
}

describe('collectRds', () => {
  it('drains instance and cluster pages of 100 and keeps what the checks read', async () => {
    rdsMock
      .on(DescribeDBInstancesCommand)
      .resolvesOnce({
        DBInstances: [
          {
            DBInstanceIdentifier: 'orders',
            DBInstanceArn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:orders`,
            DBInstanceStatus: 'available',
            Engine: 'postgres',
            StorageEncrypted: true,
            PubliclyAccessible: true,
            BackupRetentionPeriod: 7,
            MultiAZ: true,
            DeletionProtection: true,
            AutoMinorVersionUpgrade: false,
            TagList: [{ Key: 'Environment', Value: 'prod' }],
          },
        ],
        Marker: 'page-2',
      })
      .resolvesOnce({
        DBInstances: [
          // moto omits PubliclyAccessible when it was not set at creation.
          {
            DBInstanceIdentifier: 'orders-replica',
            DBInstanceArn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:orders-replica`,
            DBInstanceStatus: 'available',
            Engine: 'postgres',
            ReadReplicaSourceDBInstanceIdentifier: 'orders',
          },
          {
            DBInstanceIdentifier: 'aurora-1',
            DBClusterIdentifier: 'aurora',
            DBInstanceStatus: 'available',
            PubliclyAccessible: false,
          },
          { DBInstanceIdentifier: 'going', DBInstanceStatus: 'deleting' },
        ],
      });
    rdsMock.on(DescribeDBClustersCommand).resolves({
      DBClusters: [
        {
          DBClusterIdentifier: 'aurora',
          DBClusterArn: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:aurora`,
          Status: 'available',
          Engine: 'aurora-mysql',
          StorageEncrypted: false,
          BackupRetentionPeriod: 1,
          MultiAZ: false,
          DeletionProtection: false,
        },
      ],
    });
    const { ctx, errors } = collectContext('rds', { rds: client });

    const part = await collectRds(ctx);

    expect(errors).toEqual([]);
    const calls = rdsMock.commandCalls(DescribeDBInstancesCommand);
    expect(calls).toHaveLength(2);
    expect(at(calls, 0).args[0].input).toMatchObject({ MaxRecords: 100 });
    expect(at(rdsMock.commandCalls(DescribeDBClustersCommand), 0).args[0].input).toMatchObject({
      MaxRecords: 100,
    });
    // Four listed, the one being deleted left out.
    expect(part.instances.ok).toBe(true);
    const instances = listed(part.instances);
    expect(instances.map((db) => db.id)).toEqual(['orders', 'orders-replica', 'aurora-1']);
    expect(instances[0]).toEqual({
      id: 'orders',
      arn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:orders`,
      engine: 'postgres',
      status: 'available',
      storageEncrypted: true,
      publiclyAccessible: true,
      backupRetentionPeriod: 7,
      multiAz: true,
      deletionProtection: true,
      autoMinorVersionUpgrade: false,
      tags: { Environment: 'prod' },
    });
    // Left absent, never guessed false: the check says UNKNOWN.
    expect(instances[1]).not.toHaveProperty('publiclyAccessible');
    expect(instances[1]).not.toHaveProperty('autoMinorVersionUpgrade');
    expect(instances[1]).toMatchObject({ readReplicaSource: 'orders' });
    expect(instances[2]).toMatchObject({ clusterId: 'aurora', publiclyAccessible: false });
    expect(part.clusters).toEqual({
      ok: true,
      value: [
        {
          id: 'aurora',
          arn: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:aurora`,
          engine: 'aurora-mysql',
          status: 'available',
          storageEncrypted: false,
          backupRetentionPeriod: 1,
          multiAz: false,
          deletionProtection: false,
          tags: {},
        },
      ],
    });
  });

  it('records each denied listing as a failed read and an error', async () => {
    rdsMock.on(DescribeDBInstancesCommand).rejects(serviceError('AccessDenied'));
    rdsMock.on(DescribeDBClustersCommand).resolves({ DBClusters: [] });
    const { ctx, errors } = collectContext('rds', { rds: client }, 'eu-west-1');

    const part = await collectRds(ctx);

    expect(part).toEqual({
      instances: {
        ok: false,
        error: {
          operation: 'rds:DescribeDBInstances',
          code: 'AccessDenied',
          message: 'AccessDenied message',
          class: 'denied',
        },
      },
      clusters: { ok: true, value: [] },
      snapshots: { ok: true, value: [] },
      clusterSnapshots: { ok: true, value: [] },
    });
    expect(errors).toEqual([
      {
        service: 'rds',
        region: 'eu-west-1',
        operation: 'rds:DescribeDBInstances',
        code: 'AccessDenied',
        message: 'AccessDenied message',
        class: 'denied',
      },
    ]);
  });

  describe('snapshots', () => {
    const dbArn = (id: string) => `arn:aws:rds:us-east-1:${ACCOUNT}:snapshot:${id}`;
    const clusterArn = (id: string) => `arn:aws:rds:us-east-1:${ACCOUNT}:cluster-snapshot:${id}`;
    const restore = (...values: string[]) => [
      { AttributeName: 'restore', AttributeValues: values },
    ];

    it("lists the account's own DB and cluster snapshots in pages, and reads `restore` of manual ones", async () => {
      rdsMock
        .on(DescribeDBSnapshotsCommand)
        .resolvesOnce({
          DBSnapshots: [
            {
              DBSnapshotIdentifier: 'orders-manual',
              DBSnapshotArn: dbArn('orders-manual'),
              DBInstanceIdentifier: 'orders',
              Engine: 'postgres',
              SnapshotType: 'manual',
              Status: 'available',
              Encrypted: false,
              TagList: [{ Key: 'Team', Value: 'data' }],
            },
          ],
          Marker: 'page-2',
        })
        .resolvesOnce({
          DBSnapshots: [
            {
              DBSnapshotIdentifier: 'rds:orders-2026-11-30-03-00',
              DBSnapshotArn: dbArn('rds:orders-2026-11-30-03-00'),
              DBInstanceIdentifier: 'orders',
              Engine: 'postgres',
              SnapshotType: 'automated',
              Status: 'available',
              Encrypted: true,
            },
            // An answer without Encrypted: left absent, never guessed.
            {
              DBSnapshotIdentifier: 'odd',
              DBSnapshotArn: dbArn('odd'),
              SnapshotType: 'manual',
              Status: 'available',
            },
            { DBSnapshotIdentifier: 'going', SnapshotType: 'manual', Status: 'deleting' },
          ],
        });
      rdsMock.on(DescribeDBClusterSnapshotsCommand).resolves({
        DBClusterSnapshots: [
          {
            DBClusterSnapshotIdentifier: 'aurora-manual',
            DBClusterSnapshotArn: clusterArn('aurora-manual'),
            DBClusterIdentifier: 'aurora',
            Engine: 'aurora-mysql',
            SnapshotType: 'manual',
            Status: 'available',
            StorageEncrypted: true,
          },
          {
            DBClusterSnapshotIdentifier: 'rds:aurora-2026-11-30',
            DBClusterSnapshotArn: clusterArn('rds:aurora-2026-11-30'),
            DBClusterIdentifier: 'aurora',
            Engine: 'aurora-mysql',
            SnapshotType: 'automated',
            Status: 'available',
            StorageEncrypted: false,
          },
        ],
      });
      rdsMock
        .on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'orders-manual' })
        .resolves({
          DBSnapshotAttributesResult: {
            DBSnapshotIdentifier: 'orders-manual',
            DBSnapshotAttributes: restore('all', '444455556666'),
          },
        })
        .on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'odd' })
        .resolves({ DBSnapshotAttributesResult: { DBSnapshotAttributes: restore() } });
      rdsMock.on(DescribeDBClusterSnapshotAttributesCommand).resolves({
        DBClusterSnapshotAttributesResult: {
          DBClusterSnapshotAttributes: restore('444455556666'),
        },
      });
      rdsMock.on(DescribeDBInstancesCommand).resolves({ DBInstances: [] });
      rdsMock.on(DescribeDBClustersCommand).resolves({ DBClusters: [] });
      const { ctx, errors } = collectContext('rds', { rds: client });

      const part = await collectRds(ctx);

      expect(errors).toEqual([]);
      // One listing of each kind per region, pages of 100, other accounts' snapshots left out.
      const listings = rdsMock.commandCalls(DescribeDBSnapshotsCommand);
      expect(listings).toHaveLength(2);
      for (const call of [
        ...listings,
        ...rdsMock.commandCalls(DescribeDBClusterSnapshotsCommand),
      ]) {
        const input = call.args[0].input;
        expect(input).toMatchObject({
          MaxRecords: 100,
          IncludeShared: false,
          IncludePublic: false,
        });
        expect(input).not.toHaveProperty('SnapshotType');
      }
      expect(part.snapshots).toEqual({
        ok: true,
        value: [
          {
            id: 'orders-manual',
            arn: dbArn('orders-manual'),
            sourceId: 'orders',
            engine: 'postgres',
            snapshotType: 'manual',
            status: 'available',
            encrypted: false,
            tags: { Team: 'data' },
            restorableBy: { ok: true, value: ['all', '444455556666'] },
          },
          {
            id: 'rds:orders-2026-11-30-03-00',
            arn: dbArn('rds:orders-2026-11-30-03-00'),
            sourceId: 'orders',
            engine: 'postgres',
            snapshotType: 'automated',
            status: 'available',
            encrypted: true,
            tags: {},
          },
          {
            id: 'odd',
            arn: dbArn('odd'),
            sourceId: '',
            engine: '',
            snapshotType: 'manual',
            status: 'available',
            tags: {},
            restorableBy: { ok: true, value: [] },
          },
        ],
      });
      expect(listed(part.clusterSnapshots ?? { ok: true, value: [] })).toEqual([
        {
          id: 'aurora-manual',
          arn: clusterArn('aurora-manual'),
          sourceId: 'aurora',
          engine: 'aurora-mysql',
          snapshotType: 'manual',
          status: 'available',
          encrypted: true,
          tags: {},
          restorableBy: { ok: true, value: ['444455556666'] },
        },
        {
          id: 'rds:aurora-2026-11-30',
          arn: clusterArn('rds:aurora-2026-11-30'),
          sourceId: 'aurora',
          engine: 'aurora-mysql',
          snapshotType: 'automated',
          status: 'available',
          encrypted: false,
          tags: {},
        },
      ]);
      // Automated snapshots cannot be shared, and one being deleted is not judged: no call.
      expect(
        rdsMock
          .commandCalls(DescribeDBSnapshotAttributesCommand)
          .map((c) => c.args[0].input.DBSnapshotIdentifier)
          .sort(),
      ).toEqual(['odd', 'orders-manual']);
      expect(
        rdsMock
          .commandCalls(DescribeDBClusterSnapshotAttributesCommand)
          .map((c) => c.args[0].input.DBClusterSnapshotIdentifier),
      ).toEqual(['aurora-manual']);
    });

    it('keeps a failed attribute read on its snapshot, and reads the others', async () => {
      const manual = (id: string) => ({
        DBSnapshotIdentifier: id,
        DBSnapshotArn: dbArn(id),
        SnapshotType: 'manual',
        Status: 'available',
        Encrypted: true,
      });
      rdsMock
        .on(DescribeDBSnapshotsCommand)
        .resolves({ DBSnapshots: [manual('denied'), manual('fine')] });
      rdsMock
        .on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'denied' })
        .rejects(serviceError('AccessDenied'))
        .on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'fine' })
        .resolves({ DBSnapshotAttributesResult: { DBSnapshotAttributes: restore() } });
      rdsMock.on(DescribeDBInstancesCommand).resolves({ DBInstances: [] });
      rdsMock.on(DescribeDBClustersCommand).resolves({ DBClusters: [] });
      const { ctx, errors } = collectContext('rds', { rds: client });

      const part = await collectRds(ctx);

      const [denied, fine] = listed(part.snapshots ?? { ok: true, value: [] });
      expect(denied?.restorableBy).toEqual({
        ok: false,
        error: {
          operation: 'rds:DescribeDBSnapshotAttributes',
          code: 'AccessDenied',
          message: 'AccessDenied message',
          class: 'denied',
        },
      });
      expect(fine?.restorableBy).toEqual({ ok: true, value: [] });
      expect(errors.map((e) => [e.operation, e.code])).toEqual([
        ['rds:DescribeDBSnapshotAttributes', 'AccessDenied'],
      ]);
    });

    it('reads no attribute of a listing that failed', async () => {
      rdsMock.on(DescribeDBSnapshotsCommand).rejects(serviceError('AccessDenied'));
      rdsMock.on(DescribeDBInstancesCommand).resolves({ DBInstances: [] });
      rdsMock.on(DescribeDBClustersCommand).resolves({ DBClusters: [] });
      const { ctx, errors } = collectContext('rds', { rds: client });

      const part = await collectRds(ctx);

      expect(part.snapshots).toMatchObject({
        ok: false,
        error: { operation: 'rds:DescribeDBSnapshots', code: 'AccessDenied' },
      });
      expect(part.clusterSnapshots).toEqual({ ok: true, value: [] });
      expect(rdsMock.commandCalls(DescribeDBSnapshotAttributesCommand)).toHaveLength(0);
      expect(errors.map((e) => e.operation)).toEqual(['rds:DescribeDBSnapshots']);
    });

    it('reads the attributes of many manual snapshots at most 8 at a time', async () => {
      const ids = Array.from({ length: 20 }, (_, i) => `manual-${i}`);
      rdsMock.on(DescribeDBSnapshotsCommand).resolves({
        DBSnapshots: ids.map((id) => ({
          DBSnapshotIdentifier: id,
          SnapshotType: 'manual',
          Status: 'available',
          Encrypted: true,
        })),
      });
      let inFlight = 0;
      let most = 0;
      rdsMock.on(DescribeDBSnapshotAttributesCommand).callsFake(async () => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight -= 1;
        return { DBSnapshotAttributesResult: { DBSnapshotAttributes: restore() } };
      });
      rdsMock.on(DescribeDBInstancesCommand).resolves({ DBInstances: [] });
      rdsMock.on(DescribeDBClustersCommand).resolves({ DBClusters: [] });
      const { ctx } = collectContext('rds', { rds: client });

      await collectRds(ctx);

      expect(rdsMock.commandCalls(DescribeDBSnapshotAttributesCommand)).toHaveLength(20);
      expect(most).toBe(8);
    });
  });
});
