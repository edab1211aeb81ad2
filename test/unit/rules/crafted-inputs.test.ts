import type { RdsDbCluster, RdsDbInstance } from '../../../src/model/rds.js';
import type { Report } from '../../../src/model/report.js';
import { evaluateRules } from './whole-inventory.js';
import { ALL_RULES } from '../../../src/rules/index.js';
import { isCriticalData, isProduction } from '../../../src/rules/tags.js';
import { mergeReports, type MergeSettings } from '../../../src/triage/merge.js';
import { fileSystem, judge, policyOf, ok as efsOk } from '../efs/fixtures.js';
import { ACCOUNT, inventoryOf, ok } from '../ec2/fixtures.js';
import { makeReport, makeResult } from '../report/fixtures.js';

/**
 * Inputs an independent review crafted to make the gate say PASS when AWS says otherwise. Each
 * case failed before its fix.
 */
const rule = (id: string) => {
  const found = ALL_RULES.find((r) => r.meta.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};

const ANYONE_ALLOW = {
  Sid: 'Anyone',
  Effect: 'Allow',
  Principal: { AWS: '*' },
  Action: [
    'elasticfilesystem:ClientMount',
    'elasticfilesystem:ClientWrite',
    'elasticfilesystem:ClientRootAccess',
  ],
};

describe('EFS file system policies', () => {
  it('a ForAnyValue:StringNotEquals Deny on aws:PrincipalOrgID binds no anonymous caller', () => {
    // ForAnyValue is false when the key is missing: unsigned requests carry no PrincipalOrgID.
    const deny = {
      Effect: 'Deny',
      Principal: '*',
      Action: '*',
      Condition: { 'ForAnyValue:StringNotEquals': { 'aws:PrincipalOrgID': 'o-abc123' } },
    };
    const fs = fileSystem({ policy: efsOk(policyOf(ANYONE_ALLOW, deny)) });
    expect(judge(rule('efs.iam-authorization-off'), fs).status).toBe('FAIL');
    expect(judge(rule('efs.root-not-squashed'), fs).status).toBe('FAIL');
  });

  it.each(['A*', 'AROA*', 'AIDA*:*'])(
    'an aws:userid value %s with a wildcard ID names no one: root stays granted',
    (userid) => {
      const allow = { ...ANYONE_ALLOW, Condition: { StringLike: { 'aws:userid': userid } } };
      const fs = fileSystem({ policy: efsOk(policyOf(allow)) });
      expect(judge(rule('efs.root-not-squashed'), fs).status).toBe('FAIL');
    },
  );

  it('a Deny on the upper-cased ARN of the file system does not cover it: ARNs match by case', () => {
    const fs = fileSystem();
    const deny = {
      Effect: 'Deny',
      Principal: '*',
      Action: 'elasticfilesystem:ClientRootAccess',
      Resource: fs.arn.toUpperCase(),
    };
    const withDeny = fileSystem({ policy: efsOk(policyOf(ANYONE_ALLOW, deny)) });
    expect(judge(rule('efs.root-not-squashed'), withDeny).status).toBe('FAIL');
  });

  it('an unreadable LastBackupTime is UNKNOWN, not a FAIL of NaN days', () => {
    const fs = fileSystem({ backupPolicyStatus: efsOk('DISABLED') });
    const finding = judge(rule('efs.no-backup'), fs, {
      protectedFileSystemArns: efsOk([fs.arn]),
      lastBackupTimes: { [fs.arn]: 'not a time' },
    });
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.detail).not.toContain('NaN');
  });
});

describe('tags', () => {
  it('counts every tag whose key matches, whatever the order: env=dev beside Env=prod', () => {
    expect(isProduction({ env: 'dev', Env: 'prod' })).toBe(true);
    expect(isProduction({ Env: 'prod', env: 'dev' })).toBe(true);
    expect(isCriticalData({ datacritical: 'no', DataCritical: 'true' })).toBe(true);
  });
});

describe('IAM wildcard actions', () => {
  it.each(['s3:?*', 's3:*?', 's3:**'])('%s is every action of the service', (action) => {
    const document = policyOf({ Effect: 'Allow', Action: action, Resource: 'arn:aws:s3:::b/*' });
    const findings = [
      ...rule('iam.wildcard-actions').evaluate(
        inventoryOf(
          {},
          {
            iam: {
              roles: ok([
                {
                  name: 'app',
                  arn: `arn:aws:iam::${ACCOUNT}:role/app`,
                  path: '/',
                  tags: {},
                  inlinePolicies: [{ name: 'p', document }],
                  attachedPolicyArns: [],
                },
              ]),
              users: ok([]),
              groups: ok([]),
              managedPolicies: ok([]),
            },
          },
        ),
        { now: new Date('2026-11-01T00:00:00Z'), minAgeDays: 30 },
      ),
    ];
    expect(findings.map((f) => f.status)).toEqual(['FAIL']);
  });
});

describe('result ids', () => {
  const database = {
    id: 'orders',
    engine: 'aurora-postgresql',
    status: 'available',
    storageEncrypted: false,
    backupRetentionPeriod: 7,
    multiAz: true,
    deletionProtection: true,
    tags: {},
  };
  const instance: RdsDbInstance = {
    ...database,
    engine: 'postgres',
    arn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:orders`,
    storageEncrypted: true,
    publiclyAccessible: false,
  };
  const cluster: RdsDbCluster = {
    ...database,
    arn: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:orders`,
  };

  it('tell apart a DB instance and a DB cluster that share an identifier', () => {
    const results = evaluateRules(
      [rule('rds.storage-unencrypted')],
      inventoryOf({ 'us-east-1': { rds: { instances: ok([instance]), clusters: ok([cluster]) } } }),
      { now: new Date('2026-11-01T00:00:00Z'), minAgeDays: 30 },
    );
    expect(results.map((r) => r.status).sort()).toEqual(['FAIL', 'PASS']);
    expect(new Set(results.map((r) => r.id)).size).toBe(2);
  });
});

describe('merge', () => {
  const settings: MergeSettings = {
    minimumScore: 0,
    failOnSeverity: 'critical',
    failOnIncomplete: false,
    gateCategories: ['security', 'resilience', 'operations'],
    failOnNewOnly: false,
  };
  const admin = (status: 'FAIL' | 'UNKNOWN' | 'PASS') =>
    makeResult({
      id: 'same-role',
      checkId: 'iam.full-admin',
      service: 'iam',
      severity: 'critical',
      region: 'global',
      resourceId: 'arn:aws:iam::111122223333:role/r',
      status,
    });
  const job = (status: 'FAIL' | 'UNKNOWN' | 'PASS'): Report =>
    makeReport({ results: [admin(status)] });

  it.each([
    ['UNKNOWN', 'FAIL'],
    ['PASS', 'FAIL'],
    ['PASS', 'UNKNOWN'],
  ] as const)('keeps the %s-beating %s when two jobs judged the same resource', (better, worse) => {
    for (const order of [
      [job(worse), job(better)],
      [job(better), job(worse)],
    ]) {
      const merged = mergeReports(order, settings, new Date('2026-11-01T08:00:00Z'));
      expect(merged.results.map((r) => r.status)).toEqual([worse]);
    }
  });
});
