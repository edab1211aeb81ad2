import {
  CreateDBClusterCommand,
  CreateDBClusterSnapshotCommand,
  CreateDBInstanceCommand,
  CreateDBSnapshotCommand,
  ModifyDBClusterSnapshotAttributeCommand,
  ModifyDBSnapshotAttributeCommand,
} from '@aws-sdk/client-rds';
import type { Report } from '../../src/model/report.js';
import type { CheckResult } from '../../src/model/results.js';
import {
  motoEndpoint,
  resetMoto,
  runAction,
  seedClients,
  type ActionResult,
  type SeedClients,
} from './harness.js';

/**
 * The deeper RDS checks on moto: public and unencrypted DB and cluster snapshots, and instances
 * without automatic minor version upgrades. moto answers every call they need, so nothing here is
 * UNKNOWN; the one quirk is that moto also takes an automated DB snapshot of an Aurora instance,
 * which AWS does not (Aurora snapshots are cluster snapshots).
 */

const REGION = 'us-east-1';
const OTHER_ACCOUNT = '444455556666';
const MASTER = { MasterUsername: 'admin_user', MasterUserPassword: 'e2e-password-123' };

async function seed(aws: SeedClients): Promise<void> {
  const rds = aws.rds;
  const base = {
    DBInstanceClass: 'db.t3.micro',
    AllocatedStorage: 20,
    Engine: 'postgres',
    ...MASTER,
  };
  await rds.send(
    new CreateDBInstanceCommand({
      ...base,
      DBInstanceIdentifier: 'pg-pinned',
      StorageEncrypted: true,
      AutoMinorVersionUpgrade: false,
    }),
  );
  await rds.send(
    new CreateDBInstanceCommand({
      ...base,
      DBInstanceIdentifier: 'pg-plain',
      StorageEncrypted: false,
      AutoMinorVersionUpgrade: true,
    }),
  );
  // Encrypted, made public by hand.
  await rds.send(
    new CreateDBSnapshotCommand({
      DBInstanceIdentifier: 'pg-pinned',
      DBSnapshotIdentifier: 'pinned-public',
    }),
  );
  await rds.send(
    new ModifyDBSnapshotAttributeCommand({
      DBSnapshotIdentifier: 'pinned-public',
      AttributeName: 'restore',
      ValuesToAdd: ['all'],
    }),
  );
  // Unencrypted like its database, shared with one named account only.
  await rds.send(
    new CreateDBSnapshotCommand({
      DBInstanceIdentifier: 'pg-plain',
      DBSnapshotIdentifier: 'plain-shared',
    }),
  );
  await rds.send(
    new ModifyDBSnapshotAttributeCommand({
      DBSnapshotIdentifier: 'plain-shared',
      AttributeName: 'restore',
      ValuesToAdd: [OTHER_ACCOUNT],
    }),
  );
  // An encrypted Aurora cluster with a private manual snapshot; an unencrypted one made public.
  for (const [id, encrypted] of [
    ['aurora-enc', true],
    ['aurora-plain', false],
  ] as const) {
    await rds.send(
      new CreateDBClusterCommand({
        DBClusterIdentifier: id,
        Engine: 'aurora-postgresql',
        StorageEncrypted: encrypted,
        ...MASTER,
      }),
    );
    await rds.send(
      new CreateDBClusterSnapshotCommand({
        DBClusterIdentifier: id,
        DBClusterSnapshotIdentifier: `${id}-manual`,
      }),
    );
  }
  await rds.send(
    new ModifyDBClusterSnapshotAttributeCommand({
      DBClusterSnapshotIdentifier: 'aurora-plain-manual',
      AttributeName: 'restore',
      ValuesToAdd: ['all'],
    }),
  );
}

const of = (report: Report, checkId: string): CheckResult[] =>
  report.results.filter((r) => r.checkId === checkId);

/** resourceId -> status, for the results of a check. */
const statuses = (report: Report, checkId: string): Record<string, string> =>
  Object.fromEntries(of(report, checkId).map((r) => [r.resourceId, r.status]));

let run: ActionResult;
let report: Report;

beforeAll(async () => {
  await resetMoto(motoEndpoint());
  const aws = seedClients(REGION);
  try {
    await seed(aws);
  } finally {
    aws.destroy();
  }
  run = await runAction({ region: REGION, services: 'rds', 'fail-on-severity': 'none' });
  if (!run.report) throw new Error(`no report: ${run.stdout}\n${run.stderr}`);
  report = run.report;
}, 120_000);

test('the run completes with no collection error', () => {
  expect(run.code).toBe(0);
  expect(report.errors).toEqual([]);
});

test('each snapshot listing is one call per region; attributes one call per manual snapshot', () => {
  const calls = report.stats.apiCalls;
  expect(calls['rds:DescribeDBSnapshots']).toBe(1);
  expect(calls['rds:DescribeDBClusterSnapshots']).toBe(1);
  // Two manual DB snapshots and two manual cluster snapshots; automated ones are not read.
  expect(calls['rds:DescribeDBSnapshotAttributes']).toBe(2);
  expect(calls['rds:DescribeDBClusterSnapshotAttributes']).toBe(2);
});

test('rds.snapshot-public fails the manual snapshots restorable by all, DB and cluster', () => {
  expect(statuses(report, 'rds.snapshot-public')).toEqual({
    'pinned-public': 'FAIL',
    'plain-shared': 'PASS',
    'aurora-enc-manual': 'PASS',
    'aurora-plain-manual': 'FAIL',
  });
  const results = of(report, 'rds.snapshot-public');
  const types = Object.fromEntries(results.map((r) => [r.resourceId, r.resourceType]));
  expect(types['pinned-public']).toBe('AWS::RDS::DBSnapshot');
  expect(types['aurora-plain-manual']).toBe('AWS::RDS::DBClusterSnapshot');
  expect(results.find((r) => r.resourceId === 'plain-shared')?.detail).toBe(
    'The manual DB snapshot of pg-plain is not public (shared with 1 named account).',
  );
  expect(results.find((r) => r.resourceId === 'pinned-public')?.frameworks).toEqual({
    fsbp: ['RDS.1'],
  });
});

test('rds.snapshot-unencrypted judges manual and automated snapshots of both kinds', () => {
  const found = statuses(report, 'rds.snapshot-unencrypted');
  expect(found).toMatchObject({
    'pinned-public': 'PASS',
    'plain-shared': 'FAIL',
    'aurora-enc-manual': 'PASS',
    'aurora-plain-manual': 'FAIL',
  });
  // moto takes an automated snapshot of each instance and cluster as it creates it.
  const automated = of(report, 'rds.snapshot-unencrypted').filter((r) =>
    r.resourceId.startsWith('rds:'),
  );
  const byPrefix = (prefix: string) =>
    automated.filter((r) => r.resourceId.startsWith(`rds:${prefix}-`)).map((r) => r.status);
  expect(byPrefix('pg-pinned')).toEqual(['PASS']);
  expect(byPrefix('pg-plain')).toEqual(['FAIL']);
  expect(byPrefix('aurora-plain')).toEqual(['FAIL']);
  expect(byPrefix('aurora-enc')).toEqual(['PASS']);
});

test('rds.auto-minor-upgrade-off fails the DB instance that does not upgrade itself', () => {
  expect(statuses(report, 'rds.auto-minor-upgrade-off')).toEqual({
    'pg-pinned': 'FAIL',
    'pg-plain': 'PASS',
  });
  expect(of(report, 'rds.auto-minor-upgrade-off')[0]?.frameworks).toEqual({
    fsbp: ['RDS.13'],
    cis: ['2.3.2'],
  });
});

test('no new check is UNKNOWN where moto answered', () => {
  const ids = ['rds.snapshot-public', 'rds.snapshot-unencrypted', 'rds.auto-minor-upgrade-off'];
  expect(report.results.filter((r) => ids.includes(r.checkId) && r.status === 'UNKNOWN')).toEqual(
    [],
  );
});
