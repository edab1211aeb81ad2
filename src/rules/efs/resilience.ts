import { fail, pass, undetermined, unknown } from '../kit.js';
import { isCriticalData, isProduction } from '../tags.js';
import { fileSystemRule, listWords } from './common.js';

/**
 * Destination statuses that keep no working replica (EFS API `Destination.Status`): ERROR is
 * unrecoverable, PAUSED and PAUSING stop replication, DELETING ends it.
 */
const BROKEN_REPLICATION_STATUSES: ReadonlySet<string> = new Set([
  'ERROR',
  'PAUSED',
  'PAUSING',
  'DELETING',
]);

export const criticalNotReplicated = fileSystemRule({
  meta: {
    id: 'efs.critical-not-replicated',
    title: 'EFS file system with critical data not replicated',
    category: 'resilience',
    severity: 'high',
    remediation: {
      text: 'Create a replication configuration to a file system in another Region (or Availability Zone), so a regional outage or a deletion does not take the only copy; a replication in ERROR must be deleted and created again, a PAUSED one resumes once both Regions are enabled.',
      url: 'https://docs.aws.amazon.com/efs/latest/ug/efs-replication.html',
    },
    frameworks: {},
    failWhen:
      'The file system is tagged `DataCritical` = `true` and has no working replication: it is the source of no replication configuration, or every destination of its replications has status `ERROR`, `PAUSED`, `PAUSING` or `DELETING` (the detail names the status). A file system that is itself a replication destination passes.',
  },
  appliesTo: (fs) => isCriticalData(fs.tags),
  judge: (fs, efs) => {
    if (!efs.replications.ok) return unknown(efs.replications.error);
    const destinations = efs.replications.value
      .filter((r) => r.sourceFileSystemId === fs.id)
      .flatMap((r) => r.destinations);
    const where = (d: (typeof destinations)[number]) => `${d.fileSystemId} in ${d.region}`;
    const working = destinations.filter((d) => !BROKEN_REPLICATION_STATUSES.has(d.status));
    if (working.length > 0) {
      return pass(`Replicated to ${listWords(working.map(where))}.`, { destinations });
    }
    const asDestination = efs.replications.value.find((r) =>
      r.destinations.some((d) => d.fileSystemId === fs.id),
    );
    if (asDestination) {
      return pass(`It is the replica of ${asDestination.sourceFileSystemId}.`, {
        sourceFileSystemId: asDestination.sourceFileSystemId,
      });
    }
    if (destinations.length > 0) {
      const broken = destinations.map((d) => `${where(d)} is ${d.status}`);
      return fail(
        `Tagged DataCritical=true and no replication works: its replication to ${listWords(broken)}.`,
        { destinations },
      );
    }
    return fail('Tagged DataCritical=true and has no replication configuration.', {
      replication: null,
    });
  },
});

/** CHECKS.md: a recovery point from the last 8 days counts as a working backup. */
const RECENT_BACKUP_DAYS = 8;
const DAY_MS = 86_400_000;

export const noBackup = fileSystemRule({
  meta: {
    id: 'efs.no-backup',
    title: 'EFS file system not backed up',
    category: 'resilience',
    severity: 'high',
    remediation: {
      text: 'Turn on automatic backups (PutBackupPolicy Status ENABLED), or add the file system to an AWS Backup plan that backs it up at least weekly, and check that its backup jobs succeed.',
      url: 'https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html',
    },
    frameworks: { fsbp: ['EFS.2', 'EFS.7'] },
    failWhen:
      'The backup policy status is not `ENABLED` (or there is no backup policy), and AWS Backup has no recovery point of the file system from the last 8 days: `ListProtectedResources` lists every resource whose recovery points are still retained, so its `LastBackupTime` decides, not the listing. The detail gives the date of the last backup when there is one. When one of these reads failed and the other does not show a backup, the result is UNKNOWN instead; so is a listed file system whose `LastBackupTime` was not collected.',
  },
  judge: (fs, efs, context) => {
    const policy = fs.backupPolicyStatus;
    const listing = efs.protectedFileSystemArns;
    const listed = listing.ok && listing.value.includes(fs.arn);
    const lastBackupTime = listed ? efs.lastBackupTimes?.[fs.arn] : undefined;
    const lastBackup = lastBackupTime?.slice(0, 10);
    // A time that does not parse is no answer: UNKNOWN below, never a FAIL of NaN days.
    const backedUpAt = lastBackupTime === undefined ? NaN : Date.parse(lastBackupTime);
    const ageDays = Number.isNaN(backedUpAt)
      ? undefined
      : (context.now.getTime() - backedUpAt) / DAY_MS;
    const evidence = {
      backupPolicy: policy.ok ? policy.value : null,
      protectedResource: listing.ok ? listed : null,
      lastBackupTime: lastBackupTime ?? null,
    };
    if (policy.ok && policy.value === 'ENABLED') {
      const last = lastBackup ? `; the last AWS Backup recovery point is from ${lastBackup}` : '';
      return pass(`Automatic backups are enabled${last}.`, evidence);
    }
    if (ageDays !== undefined && ageDays <= RECENT_BACKUP_DAYS) {
      return pass(
        `The last AWS Backup recovery point of it is from ${lastBackup}, within the last ${RECENT_BACKUP_DAYS} days.`,
        evidence,
      );
    }
    if (!policy.ok) return unknown(policy.error);
    if (!listing.ok) return unknown(listing.error);
    const automatic = `Automatic backups are ${policy.value === null ? 'not set up' : policy.value}`;
    if (listed && ageDays === undefined) {
      return undetermined(
        efs.lastBackupTimes === undefined
          ? `${automatic} and AWS Backup lists it, but this inventory was saved before LastBackupTime was collected: whether it has a recovery point from the last ${RECENT_BACKUP_DAYS} days is unknown.`
          : `${automatic} and AWS Backup lists it without a readable LastBackupTime: whether it has a recovery point from the last ${RECENT_BACKUP_DAYS} days is unknown.`,
        evidence,
      );
    }
    if (ageDays !== undefined) {
      return fail(
        `${automatic} and the last AWS Backup recovery point is from ${lastBackup}, ${Math.floor(ageDays)} days before the scan: none in the last ${RECENT_BACKUP_DAYS} days.`,
        evidence,
      );
    }
    return fail(`${automatic} and AWS Backup holds no recovery point of it.`, evidence);
  },
});

export const oneZoneProduction = fileSystemRule({
  meta: {
    id: 'efs.one-zone-production',
    title: 'Production EFS file system on One Zone storage',
    category: 'resilience',
    severity: 'high',
    remediation: {
      text: 'Move production data to a Regional file system (stored across Availability Zones): create one, copy the data (AWS DataSync or a backup restore), and switch clients over.',
      url: 'https://docs.aws.amazon.com/efs/latest/ug/storage-classes.html',
    },
    frameworks: {},
    failWhen:
      'The file system is production (an `Environment`, `Env` or `Stage` tag equal to `prod` or `production`) and uses One Zone storage (`AvailabilityZoneName` is set).',
  },
  appliesTo: (fs) => isProduction(fs.tags),
  judge: (fs) =>
    fs.availabilityZoneName
      ? fail(
          `Production data on One Zone storage in ${fs.availabilityZoneName}: an outage of that Availability Zone takes it offline, and its loss loses the data.`,
          { availabilityZoneName: fs.availabilityZoneName },
        )
      : pass('Regional storage, across Availability Zones.'),
});
