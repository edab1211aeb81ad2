import {
  criticalNotReplicated,
  noBackup,
  oneZoneProduction,
} from '../../../src/rules/efs/resilience.js';
import { FS_ARN, FS_ID, efsPart, evaluate, failed, fileSystem, judge, ok } from './fixtures.js';

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

  it('is UNKNOWN when DescribeReplicationConfigurations failed (moto answers 500)', () => {
    const replications = failed('efs:DescribeReplicationConfigurations', 'HttpError500');
    const finding = judge(criticalNotReplicated, critical, { replications });
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.detail).toContain('HttpError500');
  });
});

describe('efs.no-backup', () => {
  const off = fileSystem({ backupPolicyStatus: ok(null) });

  it('passes with automatic backups, even when AWS Backup could not be read', () => {
    const backup = { protectedFileSystemArns: failed('backup:ListProtectedResources') };
    expect(judge(noBackup, fileSystem(), backup).status).toBe('PASS');
    expect(noBackup.meta.frameworks).toEqual({ fsbp: ['EFS.2', 'EFS.7'] });
  });

  it('passes when AWS Backup protects it, even when the backup policy could not be read', () => {
    const protectedArns = { protectedFileSystemArns: ok([FS_ARN]) };
    expect(judge(noBackup, off, protectedArns).status).toBe('PASS');
    const unreadable = fileSystem({ backupPolicyStatus: failed('efs:DescribeBackupPolicy') });
    expect(judge(noBackup, unreadable, protectedArns).status).toBe('PASS');
  });

  it('fails with the policy missing or disabled and no AWS Backup protection', () => {
    expect(judge(noBackup, off).status).toBe('FAIL');
    const disabled = judge(noBackup, fileSystem({ backupPolicyStatus: ok('DISABLED') }));
    expect(disabled.status).toBe('FAIL');
    expect(disabled.detail).toContain('DISABLED');
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
