import type { Fetched } from '../../../src/model/inventory.js';
import type { RdsDbCluster, RdsDbInstance, RdsInventory } from '../../../src/model/rds.js';
import { rdsRules } from '../../../src/rules/rds.js';
import { evaluateRules } from '../../../src/rules/engine.js';
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
}

const listing = <T>(list: T[] | Fetched<T[]> = []): Fetched<T[]> =>
  Array.isArray(list) ? ok(list) : list;

function rds(lists: RdsLists = {}): RdsInventory {
  return { instances: listing(lists.instances), clusters: listing(lists.clusters) };
}

const evaluate = (id: string, part: RdsInventory): Finding[] =>
  rule(id).evaluate(inventoryOf({ 'us-east-1': { rds: part } }), context);

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
