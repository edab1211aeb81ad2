import {
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { collectRds } from '../../../src/collect/rds.js';
import type { Fetched } from '../../../src/model/inventory.js';
import { ACCOUNT, at, collectContext, serviceError } from '../ec2/fixtures.js';

const rdsMock = mockClient(RDSClient);
const client = new RDSClient({ region: 'us-east-1' });

beforeEach(() => rdsMock.reset());

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
      tags: { Environment: 'prod' },
    });
    // Left absent, never guessed false: the check says UNKNOWN.
    expect(instances[1]).not.toHaveProperty('publiclyAccessible');
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
});
