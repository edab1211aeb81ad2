import { mapFetched } from '../model/inventory.js';
import type { RdsDbCluster, RdsDbInstance, RdsInventory } from '../model/rds.js';
import {
  passIf,
  resourceRule,
  undetermined,
  type ResourceCheck,
  type ResourceRef,
  type Rule,
} from './kit.js';

const INSTANCE_TYPE = 'AWS::RDS::DBInstance';
const CLUSTER_TYPE = 'AWS::RDS::DBCluster';

type Database = { kind: 'instance'; db: RdsDbInstance } | { kind: 'cluster'; db: RdsDbCluster };

/**
 * DescribeDBInstances and DescribeDBClusters also list Amazon DocumentDB and Neptune databases.
 * The same checks judge them, under their own resource types and with no framework mapping: the
 * RDS controls of Security Hub and CIS do not apply to them (CHECKS.md).
 */
const OTHER_ENGINES: Readonly<Record<string, { instance: string; cluster: string }>> = {
  docdb: { instance: 'AWS::DocDB::DBInstance', cluster: 'AWS::DocDB::DBCluster' },
  neptune: { instance: 'AWS::Neptune::DBInstance', cluster: 'AWS::Neptune::DBCluster' },
};

function databaseRef({ kind, db }: Database, region: string): ResourceRef {
  const ref = { region, resourceId: db.id, resourceArn: db.arn };
  const other = Object.hasOwn(OTHER_ENGINES, db.engine) ? OTHER_ENGINES[db.engine] : undefined;
  if (other) return { ...ref, resourceType: other[kind], frameworks: {} };
  return { ...ref, resourceType: kind === 'instance' ? INSTANCE_TYPE : CLUSTER_TYPE };
}

const label = ({ kind }: Database): string => (kind === 'instance' ? 'DB instance' : 'DB cluster');

/**
 * Which databases a check judges: `instances` filters the instances, clusters are all or none.
 * A check that judges clusters leaves their members out: the cluster's result covers them.
 */
interface Applies {
  instances: (db: RdsDbInstance) => boolean;
  clusters: boolean;
}

/**
 * Storage, backups, Multi-AZ and deletion protection of a cluster member (Aurora, Multi-AZ DB
 * cluster) are the cluster's settings: an Aurora instance reports MultiAZ and DeletionProtection
 * false whatever its cluster says. So members get no result of their own from these checks; the
 * cluster's result covers them and its detail says so.
 */
const notClusterMember = (db: RdsDbInstance): boolean => db.clusterId === undefined;

/** What a check says of one database; `pass` undefined when the answer lacked its field. */
interface Judgement {
  pass: boolean | undefined;
  detail: string;
  evidence: Record<string, unknown>;
}

/** Appended to a cluster's detail: its members have no result of their own. */
function coversMembers(rds: RdsInventory, cluster: RdsDbCluster): string {
  const members = (rds.instances.ok ? rds.instances.value : [])
    .filter((db) => db.clusterId === cluster.id)
    .map((db) => db.id);
  return members.length > 0
    ? ` This result covers the cluster's member instances: ${members.join(', ')}.`
    : '';
}

/**
 * A check judged per database of each region. A failed listing leaves databases unseen: one
 * account-level UNKNOWN for the region says so, beside the results for what was listed.
 */
function databaseRule(
  meta: ResourceCheck<'rds', Database>['meta'],
  applies: Applies,
  judge: (database: Database) => Judgement,
): Rule {
  return resourceRule({
    meta,
    resources: (rds) => [
      mapFetched(rds.instances, (list) =>
        list.filter(applies.instances).map((db): Database => ({ kind: 'instance', db })),
      ),
      ...(applies.clusters
        ? [
            mapFetched(rds.clusters, (list) =>
              list.map((db): Database => ({ kind: 'cluster', db })),
            ),
          ]
        : []),
    ],
    ref: databaseRef,
    judge: (database, rds) => {
      const { pass, detail, evidence } = judge(database);
      if (pass === undefined) return undetermined(detail, evidence);
      const covers = database.kind === 'cluster' ? coversMembers(rds, database.db) : '';
      return passIf(pass, `${detail}${covers}`, evidence);
    },
  });
}

const storageUnencrypted = databaseRule(
  {
    id: 'rds.storage-unencrypted',
    title: 'RDS storage not encrypted',
    service: 'rds',
    category: 'security',
    severity: 'critical',
    resourceType: INSTANCE_TYPE,
    remediation: {
      text: 'Encryption cannot be turned on in place: snapshot the database, copy the snapshot with a KMS key, and restore from the encrypted copy.',
      url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
    },
    frameworks: { fsbp: ['RDS.3', 'RDS.27'], cis: ['2.3.1'] },
    failWhen:
      'A DB cluster, or a DB instance that is not a cluster member, has `StorageEncrypted` false. The result of a cluster covers its member instances.',
  },
  { instances: notClusterMember, clusters: true },
  (database) => ({
    pass: database.db.storageEncrypted,
    detail: `The ${label(database)}'s storage is ${database.db.storageEncrypted ? '' : 'not '}encrypted.`,
    evidence: { storageEncrypted: database.db.storageEncrypted, engine: database.db.engine },
  }),
);

const publiclyAccessible = databaseRule(
  {
    id: 'rds.publicly-accessible',
    title: 'RDS instance publicly accessible',
    service: 'rds',
    category: 'security',
    severity: 'critical',
    resourceType: INSTANCE_TYPE,
    remediation: {
      text: 'Modify the DB instance to turn off PubliclyAccessible and reach it from inside the VPC.',
      url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding',
    },
    frameworks: { fsbp: ['RDS.2'], cis: ['2.3.3'] },
    failWhen: 'A DB instance, cluster member or not, has `PubliclyAccessible` true.',
  },
  { instances: () => true, clusters: false },
  (database) => {
    // Clusters are not judged here (`clusters: false`); only instances reach this.
    const open = database.kind === 'instance' ? database.db.publiclyAccessible : false;
    if (open === undefined) {
      return {
        pass: undefined,
        detail:
          'PubliclyAccessible was not in the DescribeDBInstances answer: whether the endpoint is public is not known.',
        evidence: { publiclyAccessible: null },
      };
    }
    return {
      pass: !open,
      detail: open
        ? 'PubliclyAccessible is true: the endpoint resolves to a public IP address.'
        : 'PubliclyAccessible is false.',
      evidence: { publiclyAccessible: open },
    };
  },
);

/** RDS.11's default minimum retention, in days. */
const MIN_BACKUP_RETENTION_DAYS = 7;

const backupRetentionShort = databaseRule(
  {
    id: 'rds.backup-retention-short',
    title: 'RDS backup retention under 7 days',
    service: 'rds',
    category: 'resilience',
    severity: 'high',
    resourceType: INSTANCE_TYPE,
    remediation: {
      text: `Set the backup retention period to at least ${MIN_BACKUP_RETENTION_DAYS} days.`,
      url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html',
    },
    frameworks: { fsbp: ['RDS.11'] },
    failWhen:
      '`BackupRetentionPeriod` is below 7 days (0 means automated backups are off), on a DB cluster or on a DB instance that is neither a read replica nor a cluster member.',
  },
  // Read replicas take no automated backups of their own.
  { instances: (db) => notClusterMember(db) && db.readReplicaSource === undefined, clusters: true },
  (database) => {
    const days = database.db.backupRetentionPeriod;
    return {
      pass: days >= MIN_BACKUP_RETENTION_DAYS,
      detail:
        days === 0
          ? `Automated backups are off (retention 0 days; at least ${MIN_BACKUP_RETENTION_DAYS} expected).`
          : `Backups are kept ${days} day${days === 1 ? '' : 's'} (at least ${MIN_BACKUP_RETENTION_DAYS} expected).`,
      evidence: { backupRetentionPeriod: days, minimum: MIN_BACKUP_RETENTION_DAYS },
    };
  },
);

const singleAz = databaseRule(
  {
    id: 'rds.single-az',
    title: 'RDS database not Multi-AZ',
    service: 'rds',
    category: 'resilience',
    severity: 'medium',
    resourceType: INSTANCE_TYPE,
    remediation: {
      text: 'Modify the DB instance to Multi-AZ, or add a reader in another Availability Zone to the cluster.',
      url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html',
    },
    frameworks: { fsbp: ['RDS.5', 'RDS.15'] },
    failWhen: 'A DB cluster, or a DB instance that is not a cluster member, has `MultiAZ` false.',
  },
  { instances: notClusterMember, clusters: true },
  (database) => ({
    pass: database.db.multiAz,
    detail: database.db.multiAz
      ? `The ${label(database)} is Multi-AZ.`
      : `The ${label(database)} runs in a single Availability Zone.`,
    evidence: { multiAz: database.db.multiAz },
  }),
);

const deletionProtectionOff = databaseRule(
  {
    id: 'rds.deletion-protection-off',
    title: 'RDS deletion protection off',
    service: 'rds',
    category: 'resilience',
    severity: 'high',
    resourceType: INSTANCE_TYPE,
    remediation: {
      text: 'Turn on deletion protection on the DB instance or cluster.',
      url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection',
    },
    frameworks: { fsbp: ['RDS.7', 'RDS.8'] },
    failWhen:
      'A DB cluster, or a DB instance that is not a cluster member, has `DeletionProtection` false.',
  },
  { instances: notClusterMember, clusters: true },
  (database) => ({
    pass: database.db.deletionProtection,
    detail: `Deletion protection is ${database.db.deletionProtection ? 'on' : 'off'} for the ${label(database)}.`,
    evidence: { deletionProtection: database.db.deletionProtection },
  }),
);

/** The RDS checks of CHECKS.md, in catalogue order. */
export const rdsRules: readonly Rule[] = [
  storageUnencrypted,
  publiclyAccessible,
  backupRetentionShort,
  singleAz,
  deletionProtectionOff,
];
