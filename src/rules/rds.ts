import { mapFetched, type Fetched } from '../model/inventory.js';
import type { RdsDbCluster, RdsDbInstance, RdsInventory, RdsSnapshot } from '../model/rds.js';
import {
  ACCOUNT_TYPE,
  fail,
  partsOf,
  pass,
  passIf,
  resourceRule,
  toFinding,
  undetermined,
  unknown,
  type ResourceCheck,
  type ResourceRef,
  type Rule,
  type Verdict,
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

type Snapshot = { kind: 'db' | 'cluster'; snapshot: RdsSnapshot };

const SNAPSHOT_TYPES = { db: 'AWS::RDS::DBSnapshot', cluster: 'AWS::RDS::DBClusterSnapshot' };

/** DocumentDB and Neptune have cluster snapshots only; judged as their clusters are (above). */
const OTHER_ENGINE_SNAPSHOTS: Readonly<Record<string, string>> = {
  docdb: 'AWS::DocDB::DBClusterSnapshot',
  neptune: 'AWS::Neptune::DBClusterSnapshot',
};

function snapshotRef({ kind, snapshot }: Snapshot, region: string): ResourceRef {
  const ref = { region, resourceId: snapshot.id, resourceArn: snapshot.arn };
  const other = Object.hasOwn(OTHER_ENGINE_SNAPSHOTS, snapshot.engine)
    ? OTHER_ENGINE_SNAPSHOTS[snapshot.engine]
    : undefined;
  if (other) return { ...ref, resourceType: other, frameworks: {} };
  return { ...ref, resourceType: SNAPSHOT_TYPES[kind] };
}

const snapshotLabel = ({ kind, snapshot }: Snapshot): string =>
  `${snapshot.snapshotType} ${kind === 'db' ? 'DB snapshot' : 'DB cluster snapshot'} of ${snapshot.sourceId || 'an unnamed source'}`;

/** A listing the inventory lacks: the judged part of the region adds nothing from it. */
const NONE: Fetched<RdsSnapshot[]> = { ok: true, value: [] };

/**
 * A check judged per DB and cluster snapshot. An inventory saved before snapshots were collected
 * has neither listing: one account-level UNKNOWN per region says so, never a silent PASS.
 */
function snapshotRule(
  meta: ResourceCheck<'rds', Snapshot>['meta'],
  applies: (snapshot: RdsSnapshot) => boolean,
  uncollected: string,
  judge: (snapshot: Snapshot) => Verdict,
): Rule {
  const listed = resourceRule({
    meta,
    resources: (rds) => [
      mapFetched(rds.snapshots ?? NONE, (list) =>
        list.map((snapshot): Snapshot => ({ kind: 'db', snapshot })),
      ),
      mapFetched(rds.clusterSnapshots ?? NONE, (list) =>
        list.map((snapshot): Snapshot => ({ kind: 'cluster', snapshot })),
      ),
    ],
    appliesTo: ({ snapshot }) => applies(snapshot),
    ref: snapshotRef,
    judge,
  });
  return {
    meta,
    *evaluate(inventory, context) {
      yield* listed.evaluate(inventory, context);
      yield* partsOf(inventory, 'rds')
        .filter(({ part }) => part.snapshots === undefined || part.clusterSnapshots === undefined)
        .map(({ region }) =>
          toFinding(
            { region, resourceId: inventory.account, resourceType: ACCOUNT_TYPE },
            undetermined(
              `This inventory was saved before RDS snapshots were collected: ${uncollected} is unknown.`,
            ),
          ),
        );
    },
  };
}

/** The `restore` value that lets every AWS account copy or restore a snapshot. */
const EVERYONE = 'all';

const snapshotPublic = snapshotRule(
  {
    id: 'rds.snapshot-public',
    title: 'RDS snapshot public',
    service: 'rds',
    category: 'security',
    severity: 'critical',
    resourceType: SNAPSHOT_TYPES.db,
    remediation: {
      text: "Remove `all` from the snapshot's `restore` attribute (ModifyDBSnapshotAttribute or ModifyDBClusterSnapshotAttribute with ValuesToRemove `all`); share it with named accounts if it must be shared.",
      url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html',
    },
    frameworks: { fsbp: ['RDS.1'] },
    failWhen:
      'A manual DB snapshot or DB cluster snapshot of the account has `all` among the values of its `restore` attribute (DescribeDBSnapshotAttributes, DescribeDBClusterSnapshotAttributes): any AWS account can copy it or restore a database from it. Automated snapshots cannot be shared and are not judged; snapshots other accounts share with this one are not listed. A snapshot whose attribute could not be read is UNKNOWN, and so is each region of an inventory saved before snapshots were collected.',
  },
  (snapshot) => snapshot.snapshotType === 'manual',
  'whether any DB or cluster snapshot is public',
  (item) => {
    const read = item.snapshot.restorableBy;
    if (read === undefined) {
      return undetermined(
        `The ${snapshotLabel(item)} has no restore attribute in the inventory: whether it is public is unknown.`,
      );
    }
    if (!read.ok) return unknown(read.error);
    const accounts = read.value.filter((value) => value !== EVERYONE);
    const evidence = { restore: read.value };
    const shared =
      accounts.length === 0
        ? 'shared with no other account'
        : `shared with ${accounts.length} named account${accounts.length === 1 ? '' : 's'}`;
    if (read.value.includes(EVERYONE)) {
      return fail(
        `The ${snapshotLabel(item)} is public: its restore attribute includes all, so any AWS account can copy or restore it.`,
        evidence,
      );
    }
    return pass(`The ${snapshotLabel(item)} is not public (${shared}).`, evidence);
  },
);

const snapshotUnencrypted = snapshotRule(
  {
    id: 'rds.snapshot-unencrypted',
    title: 'RDS snapshot not encrypted',
    service: 'rds',
    category: 'security',
    severity: 'medium',
    resourceType: SNAPSHOT_TYPES.db,
    remediation: {
      text: 'Copy the snapshot with a KMS key (CopyDBSnapshot or CopyDBClusterSnapshot with KmsKeyId) and delete the unencrypted original. Snapshots of an unencrypted database stay unencrypted until the database itself is encrypted (rds.storage-unencrypted).',
      url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_CopySnapshot.html',
    },
    frameworks: { fsbp: ['RDS.4'] },
    failWhen:
      'A DB snapshot has `Encrypted` false, or a DB cluster snapshot has `StorageEncrypted` false: manual and automated snapshots of the account alike. A snapshot whose answer lacked the field is UNKNOWN, and so is each region of an inventory saved before snapshots were collected.',
  },
  () => true,
  'whether any DB or cluster snapshot is unencrypted',
  (item) => {
    const { encrypted } = item.snapshot;
    const field = item.kind === 'db' ? 'Encrypted' : 'StorageEncrypted';
    if (encrypted === undefined) {
      return undetermined(
        `${field} was not in the answer for the ${snapshotLabel(item)}: whether it is encrypted is unknown.`,
        { encrypted: null },
      );
    }
    return passIf(encrypted, `The ${snapshotLabel(item)} is ${encrypted ? '' : 'not '}encrypted.`, {
      encrypted,
    });
  },
);

const autoMinorUpgradeOff = databaseRule(
  {
    id: 'rds.auto-minor-upgrade-off',
    title: 'RDS automatic minor version upgrades off',
    service: 'rds',
    category: 'security',
    severity: 'medium',
    resourceType: INSTANCE_TYPE,
    remediation: {
      text: 'Modify the DB instance to turn on Auto minor version upgrade. For an Aurora cluster, turn it on for the cluster and for every instance in it: Aurora upgrades only when all of them have it on.',
      url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html',
    },
    frameworks: { fsbp: ['RDS.13'], cis: ['2.3.2'] },
    failWhen:
      'A DB instance, cluster member or not, has `AutoMinorVersionUpgrade` false (each Aurora instance counts: Aurora applies a minor upgrade only when every instance of the cluster has it on). DocumentDB instances are not judged: the setting does not apply to DocumentDB. An instance whose answer lacked the field, or an inventory saved before it was collected, is UNKNOWN.',
  },
  // AWS: "This parameter does not apply to Amazon DocumentDB" (DocumentDB API, DBInstance).
  { instances: (db) => db.engine !== 'docdb', clusters: false },
  (database) => {
    // Clusters are not judged here (`clusters: false`); only instances reach this.
    const on = database.kind === 'instance' ? database.db.autoMinorVersionUpgrade : undefined;
    if (on === undefined) {
      return {
        pass: undefined,
        detail:
          'AutoMinorVersionUpgrade is not in the inventory (an answer without it, or an inventory saved before it was collected): whether minor upgrades are applied automatically is unknown.',
        evidence: { autoMinorVersionUpgrade: null },
      };
    }
    return {
      pass: on,
      detail: on
        ? 'Minor engine upgrades are applied automatically in the maintenance window.'
        : 'AutoMinorVersionUpgrade is false: minor engine upgrades, security fixes among them, wait for a manual upgrade.',
      evidence: { autoMinorVersionUpgrade: on, engine: database.db.engine },
    };
  },
);

/** The RDS checks of CHECKS.md, in catalogue order. */
export const rdsRules: readonly Rule[] = [
  storageUnencrypted,
  publiclyAccessible,
  backupRetentionShort,
  singleAz,
  deletionProtectionOff,
  snapshotPublic,
  snapshotUnencrypted,
  autoMinorUpgradeOff,
];
