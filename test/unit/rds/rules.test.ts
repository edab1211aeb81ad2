import type { Fetched } from '../../../src/model/inventory.js';
import type {
  RdsDbCluster,
  RdsDbInstance,
  RdsInventory,
  RdsSnapshot,
} from '../../../src/model/rds.js';
import { rdsRules } from '../../../src/rules/rds.js';
import { evaluateRules } from '../rules/whole-inventory.js';
import type { EvalContext, Rule } from '../../../src/rules/kit.js';
import type { Finding } from '../../../src/model/results.js';
import { ACCOUNT, at, denied, inventoryOf, ok, ruleById } from '../ec2/fixtures.js';

const context: EvalContext = { now: new Date('2026-11-01T00:00:00Z'), minAgeDays: 30 };
const rule = (id: string): Rule => ruleById(rdsRules, id);

/** A DB instance that passes every RDS check unless overridden. */
function instance(id: string, overrides: Partial<RdsDbInstance> = {}): RdsDbInstance {
  return {
    id,
    arn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:${id}`,
    engine: 'postgres',
    status: 'available',
    storageEncrypted: true,
    publiclyAccessible: false,
    backupRetentionPeriod: 7,
    multiAz: true,
    deletionProtection: true,
    autoMinorVersionUpgrade: true,
    tags: {},
    ...overrides,
  };
}

function cluster(id: string, overrides: Partial<RdsDbCluster> = {}): RdsDbCluster {
  return {
    id,
    arn: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:${id}`,
    engine: 'aurora-postgresql',
    status: 'available',
    storageEncrypted: true,
    backupRetentionPeriod: 14,
    multiAz: true,
    deletionProtection: true,
    tags: {},
    ...overrides,
  };
}

/** What each listing gave: its items (a successful listing) or its failure. */
interface RdsLists {
  instances?: RdsDbInstance[] | Fetched<RdsDbInstance[]>;
  clusters?: RdsDbCluster[] | Fetched<RdsDbCluster[]>;
  snapshots?: RdsSnapshot[] | Fetched<RdsSnapshot[]>;
  clusterSnapshots?: RdsSnapshot[] | Fetched<RdsSnapshot[]>;
}

const listing = <T>(list: T[] | Fetched<T[]> = []): Fetched<T[]> =>
  Array.isArray(list) ? ok(list) : list;

function rds(lists: RdsLists = {}): RdsInventory {
  return {
    instances: listing(lists.instances),
    clusters: listing(lists.clusters),
    snapshots: listing(lists.snapshots),
    clusterSnapshots: listing(lists.clusterSnapshots),
  };
}

const evaluate = (id: string, part: RdsInventory): Finding[] => [
  ...rule(id).evaluate(inventoryOf({ 'us-east-1': { rds: part } }), context),
];

const summary = (findings: Finding[]) =>
  findings.map((f) => [f.resourceType, f.resourceId, f.status]);

/** An Aurora member reports instance-level values that mean nothing: its cluster holds them. */
const auroraMember = instance('aurora-1', {
  clusterId: 'aurora',
  storageEncrypted: false,
  multiAz: false,
  deletionProtection: false,
  backupRetentionPeriod: 1,
});

describe('rds.storage-unencrypted', () => {
  it('judges instances and clusters, members through their cluster', () => {
    const findings = evaluate(
      'rds.storage-unencrypted',
      rds({
        instances: [
          instance('db-enc'),
          instance('db-plain', { storageEncrypted: false }),
          auroraMember,
        ],
        clusters: [cluster('aurora', { storageEncrypted: false }), cluster('aurora-enc')],
      }),
    );
    expect(summary(findings)).toEqual([
      ['AWS::RDS::DBInstance', 'db-enc', 'PASS'],
      ['AWS::RDS::DBInstance', 'db-plain', 'FAIL'],
      ['AWS::RDS::DBCluster', 'aurora', 'FAIL'],
      ['AWS::RDS::DBCluster', 'aurora-enc', 'PASS'],
    ]);
    expect(at(findings, 2).detail).toBe(
      "The DB cluster's storage is not encrypted. This result covers the cluster's member instances: aurora-1.",
    );
    expect(at(findings, 3).detail).toBe("The DB cluster's storage is encrypted.");
  });

  it('is UNKNOWN for the region when a listing failed, still judging what was listed', () => {
    const findings = evaluate(
      'rds.storage-unencrypted',
      rds({ instances: [instance('db-1')], clusters: denied('rds:DescribeDBClusters') }),
    );
    expect(summary(findings)).toEqual([
      ['AWS::::Account', ACCOUNT, 'UNKNOWN'],
      ['AWS::RDS::DBInstance', 'db-1', 'PASS'],
    ]);
    expect(at(findings, 0).failedCall).toEqual({
      operation: 'rds:DescribeDBClusters',
      code: 'AccessDenied',
      permission: 'rds:DescribeDBClusters',
    });
  });
});

describe('rds.publicly-accessible', () => {
  it('judges every DB instance, cluster members included, and no cluster', () => {
    const findings = evaluate(
      'rds.publicly-accessible',
      rds({
        instances: [
          instance('db-private'),
          instance('db-public', { publiclyAccessible: true }),
          { ...auroraMember, publiclyAccessible: true },
        ],
        clusters: [cluster('aurora')],
      }),
    );
    expect(summary(findings)).toEqual([
      ['AWS::RDS::DBInstance', 'db-private', 'PASS'],
      ['AWS::RDS::DBInstance', 'db-public', 'FAIL'],
      ['AWS::RDS::DBInstance', 'aurora-1', 'FAIL'],
    ]);
  });

  it('is UNKNOWN, never PASS, when the answer lacked PubliclyAccessible', () => {
    const findings = evaluate(
      'rds.publicly-accessible',
      rds({ instances: [instance('db-unreported', { publiclyAccessible: undefined })] }),
    );
    expect(findings).toEqual([
      {
        region: 'us-east-1',
        resourceId: 'db-unreported',
        resourceArn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:db-unreported`,
        resourceType: 'AWS::RDS::DBInstance',
        status: 'UNKNOWN',
        detail:
          'PubliclyAccessible was not in the DescribeDBInstances answer: whether the endpoint is public is not known.',
        evidence: { publiclyAccessible: null },
      },
    ]);
  });

  it('ignores a failed cluster listing, which it does not need', () => {
    const findings = evaluate(
      'rds.publicly-accessible',
      rds({ clusters: denied('rds:DescribeDBClusters') }),
    );
    expect(findings).toEqual([]);
  });

  it('is UNKNOWN when DescribeDBInstances failed', () => {
    const findings = evaluate(
      'rds.publicly-accessible',
      rds({ instances: denied('rds:DescribeDBInstances') }),
    );
    expect(summary(findings)).toEqual([['AWS::::Account', ACCOUNT, 'UNKNOWN']]);
  });
});

describe('rds.backup-retention-short', () => {
  it('fails under 7 days; leaves out read replicas and cluster members', () => {
    const findings = evaluate(
      'rds.backup-retention-short',
      rds({
        instances: [
          instance('db-7'),
          instance('db-1', { backupRetentionPeriod: 1 }),
          instance('db-off', { backupRetentionPeriod: 0 }),
          instance('db-replica', { backupRetentionPeriod: 0, readReplicaSource: 'db-7' }),
          auroraMember,
        ],
        clusters: [
          cluster('aurora', { backupRetentionPeriod: 6 }),
          cluster('aurora-35', { backupRetentionPeriod: 35 }),
        ],
      }),
    );
    expect(summary(findings)).toEqual([
      ['AWS::RDS::DBInstance', 'db-7', 'PASS'],
      ['AWS::RDS::DBInstance', 'db-1', 'FAIL'],
      ['AWS::RDS::DBInstance', 'db-off', 'FAIL'],
      ['AWS::RDS::DBCluster', 'aurora', 'FAIL'],
      ['AWS::RDS::DBCluster', 'aurora-35', 'PASS'],
    ]);
    expect(at(findings, 1).detail).toBe('Backups are kept 1 day (at least 7 expected).');
    expect(at(findings, 2).detail).toContain('Automated backups are off');
  });

  it('is UNKNOWN when DescribeDBInstances failed', () => {
    const finding = at(
      evaluate('rds.backup-retention-short', rds({ instances: denied('rds:DescribeDBInstances') })),
      0,
    );
    expect(finding.status).toBe('UNKNOWN');
  });
});

describe('rds.single-az', () => {
  it('fails single-AZ instances and clusters, members judged through their cluster', () => {
    const findings = evaluate(
      'rds.single-az',
      rds({
        instances: [instance('db-multi'), instance('db-single', { multiAz: false }), auroraMember],
        clusters: [cluster('aurora'), cluster('aurora-single', { multiAz: false })],
      }),
    );
    expect(summary(findings)).toEqual([
      ['AWS::RDS::DBInstance', 'db-multi', 'PASS'],
      ['AWS::RDS::DBInstance', 'db-single', 'FAIL'],
      ['AWS::RDS::DBCluster', 'aurora', 'PASS'],
      ['AWS::RDS::DBCluster', 'aurora-single', 'FAIL'],
    ]);
    expect(at(findings, 2).detail).toBe(
      "The DB cluster is Multi-AZ. This result covers the cluster's member instances: aurora-1.",
    );
  });

  it('is UNKNOWN when DescribeDBClusters failed', () => {
    const finding = at(
      evaluate('rds.single-az', rds({ clusters: denied('rds:DescribeDBClusters') })),
      0,
    );
    expect(finding).toMatchObject({
      status: 'UNKNOWN',
      failedCall: { operation: 'rds:DescribeDBClusters' },
    });
  });
});

describe('rds.deletion-protection-off', () => {
  it('fails unprotected instances and clusters, members judged through their cluster', () => {
    const findings = evaluate(
      'rds.deletion-protection-off',
      rds({
        instances: [
          instance('db-on'),
          instance('db-off', { deletionProtection: false }),
          auroraMember,
        ],
        clusters: [cluster('aurora', { deletionProtection: false })],
      }),
    );
    expect(summary(findings)).toEqual([
      ['AWS::RDS::DBInstance', 'db-on', 'PASS'],
      ['AWS::RDS::DBInstance', 'db-off', 'FAIL'],
      ['AWS::RDS::DBCluster', 'aurora', 'FAIL'],
    ]);
    expect(at(findings, 2).detail).toBe(
      "Deletion protection is off for the DB cluster. This result covers the cluster's member instances: aurora-1.",
    );
  });

  it('gives one UNKNOWN per region when both listings failed', () => {
    const findings = evaluate(
      'rds.deletion-protection-off',
      rds({
        instances: denied('rds:DescribeDBInstances'),
        clusters: denied('rds:DescribeDBClusters'),
      }),
    );
    expect(summary(findings)).toEqual([['AWS::::Account', ACCOUNT, 'UNKNOWN']]);
  });
});

describe('DocumentDB and Neptune, listed by the RDS calls', () => {
  const part = rds({
    instances: [
      instance('db-pg'),
      instance('docs-1', { engine: 'docdb', clusterId: 'docs', publiclyAccessible: false }),
      instance('graph-1', { engine: 'neptune', clusterId: 'graph', publiclyAccessible: true }),
    ],
    clusters: [
      cluster('aurora'),
      cluster('docs', { engine: 'docdb', storageEncrypted: false, multiAz: false }),
      cluster('graph', { engine: 'neptune', deletionProtection: false }),
    ],
  });
  const results = evaluateRules(rdsRules, inventoryOf({ 'us-east-1': { rds: part } }), context);
  const of = (checkId: string) =>
    results
      .filter((r) => r.checkId === checkId)
      .map((r) => [r.resourceId, r.resourceType, r.status, r.frameworks]);
  const RDS_FRAMEWORKS = Object.fromEntries(rdsRules.map((r) => [r.meta.id, r.meta.frameworks]));

  it('carry their own resource types and no RDS framework mapping', () => {
    const cases: [string, unknown[][]][] = [
      [
        'rds.storage-unencrypted',
        [
          ['db-pg', 'AWS::RDS::DBInstance', 'PASS', RDS_FRAMEWORKS['rds.storage-unencrypted']],
          ['aurora', 'AWS::RDS::DBCluster', 'PASS', RDS_FRAMEWORKS['rds.storage-unencrypted']],
          ['docs', 'AWS::DocDB::DBCluster', 'FAIL', {}],
          ['graph', 'AWS::Neptune::DBCluster', 'PASS', {}],
        ],
      ],
      [
        'rds.publicly-accessible',
        [
          ['db-pg', 'AWS::RDS::DBInstance', 'PASS', RDS_FRAMEWORKS['rds.publicly-accessible']],
          ['docs-1', 'AWS::DocDB::DBInstance', 'PASS', {}],
          ['graph-1', 'AWS::Neptune::DBInstance', 'FAIL', {}],
        ],
      ],
      [
        'rds.single-az',
        [
          ['db-pg', 'AWS::RDS::DBInstance', 'PASS', RDS_FRAMEWORKS['rds.single-az']],
          ['aurora', 'AWS::RDS::DBCluster', 'PASS', RDS_FRAMEWORKS['rds.single-az']],
          ['docs', 'AWS::DocDB::DBCluster', 'FAIL', {}],
          ['graph', 'AWS::Neptune::DBCluster', 'PASS', {}],
        ],
      ],
      [
        'rds.deletion-protection-off',
        [
          ['db-pg', 'AWS::RDS::DBInstance', 'PASS', RDS_FRAMEWORKS['rds.deletion-protection-off']],
          ['aurora', 'AWS::RDS::DBCluster', 'PASS', RDS_FRAMEWORKS['rds.deletion-protection-off']],
          ['docs', 'AWS::DocDB::DBCluster', 'PASS', {}],
          ['graph', 'AWS::Neptune::DBCluster', 'FAIL', {}],
        ],
      ],
    ];
    for (const [checkId, expected] of cases) {
      expect(RDS_FRAMEWORKS[checkId]).not.toEqual({});
      expect(of(checkId)).toEqual(expected);
    }
  });

  it('keep the RDS mapping on an account-level UNKNOWN, which is about no engine', () => {
    const failed = evaluateRules(
      rdsRules,
      inventoryOf({
        'us-east-1': {
          rds: rds({
            instances: denied('rds:DescribeDBInstances'),
            clusters: denied('rds:DescribeDBClusters'),
          }),
        },
      }),
      context,
    );
    for (const result of failed) {
      expect(result.resourceType).toBe('AWS::::Account');
      expect(result.frameworks).toEqual(RDS_FRAMEWORKS[result.checkId]);
    }
  });
});

/** A DB snapshot as DescribeDBSnapshots lists it: manual, encrypted and private unless overridden. */
function dbSnapshot(id: string, overrides: Partial<RdsSnapshot> = {}): RdsSnapshot {
  return {
    id,
    arn: `arn:aws:rds:us-east-1:${ACCOUNT}:snapshot:${id}`,
    sourceId: 'orders',
    engine: 'postgres',
    snapshotType: 'manual',
    status: 'available',
    encrypted: true,
    tags: {},
    restorableBy: ok([]),
    ...overrides,
  };
}

function clusterSnapshot(id: string, overrides: Partial<RdsSnapshot> = {}): RdsSnapshot {
  return {
    ...dbSnapshot(id),
    arn: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster-snapshot:${id}`,
    sourceId: 'aurora',
    engine: 'aurora-postgresql',
    ...overrides,
  };
}

/** An inventory saved before snapshots were collected: the part has no snapshot listings. */
function savedBeforeSnapshots(part: RdsInventory): RdsInventory {
  const { snapshots: _db, clusterSnapshots: _cluster, ...rest } = part;
  return rest;
}

describe('rds.snapshot-public', () => {
  it('fails a manual DB or cluster snapshot whose restore attribute includes all', () => {
    const findings = evaluate(
      'rds.snapshot-public',
      rds({
        snapshots: [
          dbSnapshot('private'),
          dbSnapshot('shared', { restorableBy: ok(['444455556666']) }),
          dbSnapshot('public', { sourceId: 'reporting', restorableBy: ok(['all']) }),
        ],
        clusterSnapshots: [
          clusterSnapshot('aurora-public', { restorableBy: ok(['444455556666', 'all']) }),
          clusterSnapshot('aurora-shared', { restorableBy: ok(['444455556666', '777788889999']) }),
        ],
      }),
    );
    expect(summary(findings)).toEqual([
      ['AWS::RDS::DBSnapshot', 'private', 'PASS'],
      ['AWS::RDS::DBSnapshot', 'shared', 'PASS'],
      ['AWS::RDS::DBSnapshot', 'public', 'FAIL'],
      ['AWS::RDS::DBClusterSnapshot', 'aurora-public', 'FAIL'],
      ['AWS::RDS::DBClusterSnapshot', 'aurora-shared', 'PASS'],
    ]);
    expect(at(findings, 2).detail).toBe(
      'The manual DB snapshot of reporting is public: its restore attribute includes all, so any AWS account can copy or restore it.',
    );
    expect(at(findings, 2).evidence).toEqual({ restore: ['all'] });
    expect(at(findings, 0).detail).toBe(
      'The manual DB snapshot of orders is not public (shared with no other account).',
    );
    expect(at(findings, 4).detail).toBe(
      'The manual DB cluster snapshot of aurora is not public (shared with 2 named accounts).',
    );
  });

  it('does not judge automated snapshots, which cannot be shared', () => {
    const { restorableBy: _none, ...automated } = dbSnapshot('rds:orders-2026-11-30', {
      snapshotType: 'automated',
    });
    const findings = evaluate(
      'rds.snapshot-public',
      rds({
        snapshots: [automated],
        clusterSnapshots: [clusterSnapshot('rds:aurora', { snapshotType: 'automated' })],
      }),
    );
    expect(findings).toEqual([]);
  });

  it('is UNKNOWN, naming the call, when the restore attribute could not be read', () => {
    const findings = evaluate(
      'rds.snapshot-public',
      rds({
        snapshots: [
          dbSnapshot('unread', { restorableBy: denied('rds:DescribeDBSnapshotAttributes') }),
        ],
        clusterSnapshots: [
          clusterSnapshot('c-unread', {
            restorableBy: denied('rds:DescribeDBClusterSnapshotAttributes'),
          }),
        ],
      }),
    );
    expect(summary(findings)).toEqual([
      ['AWS::RDS::DBSnapshot', 'unread', 'UNKNOWN'],
      ['AWS::RDS::DBClusterSnapshot', 'c-unread', 'UNKNOWN'],
    ]);
    expect(at(findings, 0).failedCall).toEqual({
      operation: 'rds:DescribeDBSnapshotAttributes',
      code: 'AccessDenied',
      permission: 'rds:DescribeDBSnapshotAttributes',
    });
    expect(at(findings, 1).failedCall?.permission).toBe('rds:DescribeDBClusterSnapshotAttributes');
  });

  it('is UNKNOWN, never PASS, for a manual snapshot with no restore attribute recorded', () => {
    const { restorableBy: _none, ...bare } = dbSnapshot('bare');
    const findings = evaluate('rds.snapshot-public', rds({ snapshots: [bare] }));
    expect(summary(findings)).toEqual([['AWS::RDS::DBSnapshot', 'bare', 'UNKNOWN']]);
  });

  it('is UNKNOWN for the region when a snapshot listing failed, still judging the other', () => {
    const findings = evaluate(
      'rds.snapshot-public',
      rds({
        snapshots: [dbSnapshot('public', { restorableBy: ok(['all']) })],
        clusterSnapshots: denied('rds:DescribeDBClusterSnapshots'),
      }),
    );
    expect(summary(findings)).toEqual([
      ['AWS::::Account', ACCOUNT, 'UNKNOWN'],
      ['AWS::RDS::DBSnapshot', 'public', 'FAIL'],
    ]);
    expect(at(findings, 0).failedCall?.permission).toBe('rds:DescribeDBClusterSnapshots');
  });

  it('is UNKNOWN for each region of an inventory saved before snapshots were collected', () => {
    const findings = evaluate('rds.snapshot-public', savedBeforeSnapshots(rds()));
    expect(summary(findings)).toEqual([['AWS::::Account', ACCOUNT, 'UNKNOWN']]);
    expect(at(findings, 0).detail).toBe(
      'This inventory was saved before RDS snapshots were collected: whether any DB or cluster snapshot is public is unknown.',
    );
  });
});

describe('rds.snapshot-unencrypted', () => {
  it('fails unencrypted DB and cluster snapshots, manual and automated alike', () => {
    const findings = evaluate(
      'rds.snapshot-unencrypted',
      rds({
        snapshots: [
          dbSnapshot('enc'),
          dbSnapshot('plain', { encrypted: false }),
          dbSnapshot('rds:orders-auto', { snapshotType: 'automated', encrypted: false }),
        ],
        clusterSnapshots: [
          clusterSnapshot('c-enc'),
          clusterSnapshot('rds:aurora-auto', { snapshotType: 'automated', encrypted: false }),
        ],
      }),
    );
    expect(summary(findings)).toEqual([
      ['AWS::RDS::DBSnapshot', 'enc', 'PASS'],
      ['AWS::RDS::DBSnapshot', 'plain', 'FAIL'],
      ['AWS::RDS::DBSnapshot', 'rds:orders-auto', 'FAIL'],
      ['AWS::RDS::DBClusterSnapshot', 'c-enc', 'PASS'],
      ['AWS::RDS::DBClusterSnapshot', 'rds:aurora-auto', 'FAIL'],
    ]);
    expect(at(findings, 2).detail).toBe('The automated DB snapshot of orders is not encrypted.');
    expect(at(findings, 3).detail).toBe('The manual DB cluster snapshot of aurora is encrypted.');
  });

  it('is UNKNOWN, never PASS, when the answer lacked Encrypted or StorageEncrypted', () => {
    const { encrypted: _db, ...noField } = dbSnapshot('db');
    const { encrypted: _cluster, ...noClusterField } = clusterSnapshot('cluster');
    const findings = evaluate(
      'rds.snapshot-unencrypted',
      rds({ snapshots: [noField], clusterSnapshots: [noClusterField] }),
    );
    expect(summary(findings)).toEqual([
      ['AWS::RDS::DBSnapshot', 'db', 'UNKNOWN'],
      ['AWS::RDS::DBClusterSnapshot', 'cluster', 'UNKNOWN'],
    ]);
    expect(at(findings, 1).detail).toBe(
      'StorageEncrypted was not in the answer for the manual DB cluster snapshot of aurora: whether it is encrypted is unknown.',
    );
  });

  it('is UNKNOWN when DescribeDBSnapshots failed, and on an inventory saved before snapshots', () => {
    const failed = evaluate(
      'rds.snapshot-unencrypted',
      rds({ snapshots: denied('rds:DescribeDBSnapshots') }),
    );
    expect(summary(failed)).toEqual([['AWS::::Account', ACCOUNT, 'UNKNOWN']]);
    expect(at(failed, 0).failedCall?.operation).toBe('rds:DescribeDBSnapshots');
    const old = evaluate('rds.snapshot-unencrypted', savedBeforeSnapshots(rds()));
    expect(summary(old)).toEqual([['AWS::::Account', ACCOUNT, 'UNKNOWN']]);
    expect(at(old, 0).detail).toMatch(/saved before RDS snapshots were collected/);
  });
});

describe('rds.auto-minor-upgrade-off', () => {
  it('fails each DB instance with AutoMinorVersionUpgrade false, Aurora members included', () => {
    const findings = evaluate(
      'rds.auto-minor-upgrade-off',
      rds({
        instances: [
          instance('db-auto'),
          instance('db-manual', { autoMinorVersionUpgrade: false }),
          instance('aurora-1', { clusterId: 'aurora', engine: 'aurora-postgresql' }),
          instance('aurora-2', {
            clusterId: 'aurora',
            engine: 'aurora-postgresql',
            autoMinorVersionUpgrade: false,
          }),
        ],
        clusters: [cluster('aurora')],
      }),
    );
    // Each Aurora instance counts, and clusters get no result of their own.
    expect(summary(findings)).toEqual([
      ['AWS::RDS::DBInstance', 'db-auto', 'PASS'],
      ['AWS::RDS::DBInstance', 'db-manual', 'FAIL'],
      ['AWS::RDS::DBInstance', 'aurora-1', 'PASS'],
      ['AWS::RDS::DBInstance', 'aurora-2', 'FAIL'],
    ]);
    expect(at(findings, 1).detail).toBe(
      'AutoMinorVersionUpgrade is false: minor engine upgrades, security fixes among them, wait for a manual upgrade.',
    );
    expect(at(findings, 1).evidence).toEqual({
      autoMinorVersionUpgrade: false,
      engine: 'postgres',
    });
  });

  it('is UNKNOWN, never PASS, when the field is missing', () => {
    const { autoMinorVersionUpgrade: _none, ...old } = instance('db-old');
    const findings = evaluate('rds.auto-minor-upgrade-off', rds({ instances: [old] }));
    expect(summary(findings)).toEqual([['AWS::RDS::DBInstance', 'db-old', 'UNKNOWN']]);
    expect(at(findings, 0).detail).toMatch(/AutoMinorVersionUpgrade is not in the inventory/);
  });

  it('skips DocumentDB, where the setting does not apply, and judges Neptune unmapped', () => {
    const results = evaluateRules(
      rdsRules,
      inventoryOf({
        'us-east-1': {
          rds: rds({
            instances: [
              instance('docs-1', { engine: 'docdb', autoMinorVersionUpgrade: false }),
              instance('graph-1', { engine: 'neptune', autoMinorVersionUpgrade: false }),
            ],
          }),
        },
      }),
      context,
    ).filter((r) => r.checkId === 'rds.auto-minor-upgrade-off');
    expect(results.map((r) => [r.resourceId, r.resourceType, r.status, r.frameworks])).toEqual([
      ['graph-1', 'AWS::Neptune::DBInstance', 'FAIL', {}],
    ]);
  });

  it('is UNKNOWN when DescribeDBInstances failed', () => {
    const findings = evaluate(
      'rds.auto-minor-upgrade-off',
      rds({ instances: denied('rds:DescribeDBInstances') }),
    );
    expect(summary(findings)).toEqual([['AWS::::Account', ACCOUNT, 'UNKNOWN']]);
  });
});

describe('snapshots of DocumentDB and Neptune clusters', () => {
  it('carry their own resource types and no RDS framework mapping', () => {
    const results = evaluateRules(
      rdsRules,
      inventoryOf({
        'us-east-1': {
          rds: rds({
            clusterSnapshots: [
              clusterSnapshot('docs-snap', { engine: 'docdb', restorableBy: ok(['all']) }),
              clusterSnapshot('graph-snap', { engine: 'neptune', encrypted: false }),
              clusterSnapshot('aurora-snap'),
            ],
          }),
        },
      }),
      context,
    ).filter((r) => r.checkId.startsWith('rds.snapshot-'));
    expect(
      results.map((r) => [r.checkId, r.resourceId, r.resourceType, r.status, r.frameworks]),
    ).toEqual([
      ['rds.snapshot-public', 'docs-snap', 'AWS::DocDB::DBClusterSnapshot', 'FAIL', {}],
      ['rds.snapshot-public', 'graph-snap', 'AWS::Neptune::DBClusterSnapshot', 'PASS', {}],
      [
        'rds.snapshot-public',
        'aurora-snap',
        'AWS::RDS::DBClusterSnapshot',
        'PASS',
        { fsbp: ['RDS.1'] },
      ],
      ['rds.snapshot-unencrypted', 'docs-snap', 'AWS::DocDB::DBClusterSnapshot', 'PASS', {}],
      ['rds.snapshot-unencrypted', 'graph-snap', 'AWS::Neptune::DBClusterSnapshot', 'FAIL', {}],
      [
        'rds.snapshot-unencrypted',
        'aurora-snap',
        'AWS::RDS::DBClusterSnapshot',
        'PASS',
        { fsbp: ['RDS.4'] },
      ],
    ]);
  });
});
