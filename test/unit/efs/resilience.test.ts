import {
  criticalNotReplicated,
  noBackup,
  oneZoneProduction,
} from '../../../src/rules/efs/resilience.js';
import {
  FS_ARN,
  FS_ID,
  NOW,
  efsPart,
  evaluate,
  failed,
  fileSystem,
  judge,
  ok,
} from './fixtures.js';

const critical = fileSystem({ tags: { DataCritical: 'TRUE' } });

describe('efs.critical-not-replicated', () => {
  it('applies only to file systems tagged DataCritical=true', () => {
    expect(evaluate(criticalNotReplicated, efsPart())).toEqual([]);
  });

  it('passes as the source or the destination of a replication', () => {
    const asSource = ok([
      {
        sourceFileSystemId: FS_ID,
        destinations: [{ fileSystemId: 'fs-replica', region: 'us-west-2', status: 'ENABLED' }],
      },
    ]);
    const finding = judge(criticalNotReplicated, critical, { replications: asSource });
    expect(finding.status).toBe('PASS');
    expect(finding.detail).toContain('fs-replica in us-west-2');
    const asDestination = ok([
      {
        sourceFileSystemId: 'fs-source',
        destinations: [{ fileSystemId: FS_ID, region: 'us-east-1', status: 'ENABLED' }],
      },
    ]);
    expect(judge(criticalNotReplicated, critical, { replications: asDestination }).status).toBe(
      'PASS',
    );
  });

  it('fails without a replication configuration', () => {
    expect(judge(criticalNotReplicated, critical).status).toBe('FAIL');
  });

  // EFS API Destination.Status: ENABLED | ENABLING | DELETING | ERROR | PAUSED | PAUSING. ERROR is
  // unrecoverable, PAUSED/PAUSING stop replication, DELETING ends it: none keeps a working replica.
  const replicatedWith = (...statuses: string[]) =>
    ok([
      {
        sourceFileSystemId: FS_ID,
        destinations: statuses.map((status, i) => ({
          fileSystemId: `fs-replica${i}`,
          region: 'us-west-2',
          status,
        })),
      },
    ]);

  it.each(['ERROR', 'PAUSED', 'PAUSING', 'DELETING'])(
    'fails when the only destination is %s, naming the status',
    (status) => {
      const finding = judge(criticalNotReplicated, critical, {
        replications: replicatedWith(status),
      });
      expect(finding.status).toBe('FAIL');
      expect(finding.detail).toContain(status);
      expect(finding.detail).toContain('fs-replica0 in us-west-2');
      expect(finding.evidence).toMatchObject({
        destinations: [{ fileSystemId: 'fs-replica0', region: 'us-west-2', status }],
      });
    },
  );

  it('passes while one destination still replicates, and while replication is being enabled', () => {
    const mixed = judge(criticalNotReplicated, critical, {
      replications: replicatedWith('PAUSED', 'ENABLED'),
    });
    expect(mixed.status).toBe('PASS');
    expect(mixed.detail).toContain('fs-replica1 in us-west-2');
    expect(mixed.detail).not.toContain('fs-replica0');
    const enabling = judge(criticalNotReplicated, critical, {
      replications: replicatedWith('ENABLING'),
    });
    expect(enabling.status).toBe('PASS');
  });

  it('fails when every destination is broken, naming each status', () => {
    const finding = judge(criticalNotReplicated, critical, {
      replications: replicatedWith('ERROR', 'DELETING'),
    });
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toContain('fs-replica0 in us-west-2 is ERROR');
    expect(finding.detail).toContain('fs-replica1 in us-west-2 is DELETING');
  });

  it('passes a file system that is itself a destination, whatever the status', () => {
    const asDestination = ok([
      {
        sourceFileSystemId: 'fs-source',
        destinations: [{ fileSystemId: FS_ID, region: 'us-east-1', status: 'ERROR' }],
      },
    ]);
    const finding = judge(criticalNotReplicated, critical, { replications: asDestination });
    expect(finding.status).toBe('PASS');
    expect(finding.detail).toContain('fs-source');
  });

  it('is UNKNOWN when DescribeReplicationConfigurations failed (moto answers 500)', () => {
    const replications = failed('efs:DescribeReplicationConfigurations', 'HttpError500');
    const finding = judge(criticalNotReplicated, critical, { replications });
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.detail).toContain('HttpError500');
  });
});

describe('efs.no-backup', () => {
  const off = fileSystem({ backupPolicyStatus: ok(null) });
  const DAY_MS = 86_400_000;
  /** ListProtectedResources listing the file system, its LastBackupTime `days` before the scan. */
  const backedUp = (days: number) => ({
    protectedFileSystemArns: ok([FS_ARN]),
    lastBackupTimes: { [FS_ARN]: new Date(NOW.getTime() - days * DAY_MS).toISOString() },
  });

  it('passes with automatic backups, even when AWS Backup could not be read', () => {
    const backup = { protectedFileSystemArns: failed('backup:ListProtectedResources') };
    expect(judge(noBackup, fileSystem(), backup).status).toBe('PASS');
    expect(noBackup.meta.frameworks).toEqual({ fsbp: ['EFS.2', 'EFS.7'] });
  });

  it('passes with a recovery point from the last 8 days, giving its date, even when the backup policy could not be read', () => {
    const finding = judge(noBackup, off, backedUp(2));
    expect(finding.status).toBe('PASS');
    expect(finding.detail).toContain('2026-10-30');
    expect(finding.evidence).toMatchObject({ lastBackupTime: '2026-10-30T06:00:00.000Z' });
    const unreadable = fileSystem({ backupPolicyStatus: failed('efs:DescribeBackupPolicy') });
    expect(judge(noBackup, unreadable, backedUp(2)).status).toBe('PASS');
    // Just inside the 8 days.
    expect(judge(noBackup, off, backedUp(7.99)).status).toBe('PASS');
  });

  it('fails when the last recovery point is older than 8 days: listed is not backed up', () => {
    // ListProtectedResources lists a resource while any recovery point of it lives (35 days by
    // default), so presence alone would pass for weeks after the backups stopped.
    const finding = judge(noBackup, off, backedUp(20));
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toContain('2026-10-12');
    expect(finding.detail).toContain('20 days');
    expect(finding.evidence).toMatchObject({
      protectedResource: true,
      lastBackupTime: '2026-10-12T06:00:00.000Z',
    });
    expect(judge(noBackup, off, backedUp(8.01)).status).toBe('FAIL');
  });

  it('passes with the backup policy ENABLED whatever the age of the last recovery point', () => {
    const finding = judge(noBackup, fileSystem(), backedUp(20));
    expect(finding.status).toBe('PASS');
    expect(finding.detail).toContain('2026-10-12');
  });

  it('is UNKNOWN, not PASS, when LastBackupTime was not collected (an inventory saved before)', () => {
    const finding = judge(noBackup, off, { protectedFileSystemArns: ok([FS_ARN]) });
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.detail).toContain('LastBackupTime');
    expect(finding.failedCall).toBeUndefined();
  });

  it('is UNKNOWN when the policy could not be read and the last recovery point is old', () => {
    const unreadable = fileSystem({ backupPolicyStatus: failed('efs:DescribeBackupPolicy') });
    const finding = judge(noBackup, unreadable, backedUp(20));
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.failedCall?.operation).toBe('efs:DescribeBackupPolicy');
  });

  it('fails with the policy missing or disabled and no AWS Backup protection', () => {
    expect(judge(noBackup, off).status).toBe('FAIL');
    const disabled = judge(noBackup, fileSystem({ backupPolicyStatus: ok('DISABLED') }));
    expect(disabled.status).toBe('FAIL');
    expect(disabled.detail).toContain('DISABLED');
    // The times of other file systems do not count for this one.
    const other = {
      protectedFileSystemArns: ok([`${FS_ARN}0`]),
      lastBackupTimes: { [`${FS_ARN}0`]: NOW.toISOString() },
    };
    expect(judge(noBackup, off, other).status).toBe('FAIL');
  });

  it('is UNKNOWN, not FAIL, when the policy is off and the Backup call failed', () => {
    const backup = {
      protectedFileSystemArns: failed('backup:ListProtectedResources', 'HttpError404'),
    };
    const finding = judge(noBackup, off, backup);
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.failedCall?.operation).toBe('backup:ListProtectedResources');
  });

  it('is UNKNOWN when the backup policy could not be read and Backup does not protect it', () => {
    const unreadable = fileSystem({ backupPolicyStatus: failed('efs:DescribeBackupPolicy') });
    expect(judge(noBackup, unreadable).status).toBe('UNKNOWN');
  });
});

describe('efs.one-zone-production', () => {
  it('applies only to production file systems', () => {
    expect(evaluate(oneZoneProduction, efsPart())).toEqual([]);
  });

  it('fails One Zone and passes Regional production storage', () => {
    const prod = { tags: { Stage: 'Production' } };
    const oneZone = fileSystem({ ...prod, availabilityZoneName: 'us-east-1a' });
    expect(judge(oneZoneProduction, oneZone).status).toBe('FAIL');
    expect(judge(oneZoneProduction, fileSystem(prod)).status).toBe('PASS');
  });
});
