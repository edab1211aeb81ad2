import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CollectionError } from '../../src/model/inventory.js';
import { parseConfig } from '../../src/config/schema.js';
import { mergeReports, type MergeSettings } from '../../src/triage/merge.js';
import { readReport } from '../../src/report/read.js';
import type { Report } from '../../src/model/report.js';
import type { CheckResult } from '../../src/model/results.js';
import { makeReport, makeResult } from './report/fixtures.js';

const NOW = new Date('2026-11-01T07:00:00.000Z');
const GATE: MergeSettings = {
  minimumScore: 0,
  failOnSeverity: 'critical',
  failOnIncomplete: false,
  gateCategories: ['security', 'resilience', 'operations'],
  failOnNewOnly: false,
};
const ACCOUNT_A = '111122223333';
const ACCOUNT_B = '444455556666';

const iamResult = (account: string): CheckResult =>
  makeResult({
    id: `iam.user-without-mfa|${account}|global|alice`,
    checkId: 'iam.user-without-mfa',
    service: 'iam',
    account,
    region: 'global',
    resourceId: 'alice',
  });

const efsResult = (account: string, region: string, resourceId: string): CheckResult =>
  makeResult({ id: `efs|${account}|${region}|${resourceId}`, account, region, resourceId });

const error = (service: CollectionError['service'], region: string, operation: string) => ({
  service,
  region,
  operation,
  code: 'AccessDenied',
  message: `not authorized to perform ${operation}`,
});

// Account-wide calls every region job makes again, recorded under `global` by the collector.
const IAM_DENIED = error('iam', 'global', 'iam:GetAccountAuthorizationDetails');
const S3_ACCOUNT_BLOCK_DENIED = error('s3', 'global', 's3control:GetPublicAccessBlock');

const fileSystem = (region: string, id: string) => ({ region, id, name: null, sizeGb: 1 });

/**
 * The report of one job of the matrix: one account, one region, every service. `iamExcluded`
 * principals are left out account-wide (under `global`), `regionExcluded` resources in the region.
 */
function regionJob(
  account: string,
  region: string,
  iamExcluded: number,
  regionExcluded = 0,
): Report {
  const base = makeReport();
  return makeReport({
    account,
    regions: [region],
    services: ['efs', 'ec2', 'sg', 'rds', 's3', 'iam'],
    config: {
      ...base.config,
      regions: [region],
      services: ['efs', 'ec2', 'sg', 'rds', 's3', 'iam'],
      failOnSeverity: 'none',
      excludeTags: ['ExcludeFromAnalysis=true', 'Temporary=true'],
      roleToAssume: `arn:aws:iam::${account}:role/posture-gate-readonly`,
    },
    summary: {
      ...base.summary,
      excluded: iamExcluded + regionExcluded,
      excludedByRegion: { global: iamExcluded, [region]: regionExcluded },
      resolved: 1,
    },
    results: [iamResult(account), efsResult(account, region, `fs-${region}`)],
    resolved: [{ ...iamResult(account), id: `resolved|${account}`, resourceId: 'bob' }],
    errors: [
      IAM_DENIED,
      S3_ACCOUNT_BLOCK_DENIED,
      error('efs', region, 'efs:DescribeMountTargetSecurityGroups'),
    ],
    resources: { efs: { fileSystems: [fileSystem(region, `fs-${region}`)], accessPoints: [] } },
  });
}

describe('mergeReports across the region jobs of one account', () => {
  // 3 IAM users excluded account-wide, seen by both jobs; 2 file systems excluded in us-east-1.
  const merged = mergeReports(
    [regionJob(ACCOUNT_A, 'us-east-1', 3, 2), regionJob(ACCOUNT_A, 'eu-west-1', 3)],
    GATE,
    NOW,
  );

  it('keeps each account-wide result and failed call once', () => {
    expect(merged.results).toHaveLength(3);
    expect(merged.summary.fail).toBe(3);
    expect(merged.errors).toHaveLength(4);
    expect(merged.errors.filter((e) => e.region === 'global')).toEqual([
      IAM_DENIED,
      S3_ACCOUNT_BLOCK_DENIED,
    ]);
  });

  it('counts an account-wide exclusion once', () => {
    expect(merged.summary.excluded).toBe(3 + 2);
    expect(merged.summary.excludedByRegion).toEqual({ global: 3, 'us-east-1': 2, 'eu-west-1': 0 });
  });

  it('counts a resolved result seen by every job once', () => {
    expect(merged.resolved).toHaveLength(1);
    expect(merged.summary.resolved).toBe(1);
  });

  it('lists each region once and every resource of both', () => {
    expect(merged.regions).toEqual(['eu-west-1', 'us-east-1']);
    expect(merged.resources.efs?.fileSystems).toEqual([
      fileSystem('us-east-1', 'fs-us-east-1'),
      fileSystem('eu-west-1', 'fs-eu-west-1'),
    ]);
  });

  it('lists a resource of a region scanned twice once', () => {
    const twice = mergeReports(
      [regionJob(ACCOUNT_A, 'us-east-1', 0), regionJob(ACCOUNT_A, 'us-east-1', 0)],
      GATE,
      NOW,
    );
    expect(twice.resources.efs?.fileSystems).toEqual([fileSystem('us-east-1', 'fs-us-east-1')]);
    expect(twice.errors).toHaveLength(3);
  });

  it('counts exactly when both jobs excluded regional resources too', () => {
    // 3 account-wide, 2 in us-east-1, 1 in eu-west-1: 6 in all.
    const both = mergeReports(
      [regionJob(ACCOUNT_A, 'us-east-1', 3, 2), regionJob(ACCOUNT_A, 'eu-west-1', 3, 1)],
      GATE,
      NOW,
    );
    expect(both.summary.excluded).toBe(6);
  });
});

describe('mergeReports across accounts', () => {
  const merged = mergeReports(
    [
      regionJob(ACCOUNT_A, 'us-east-1', 4),
      regionJob(ACCOUNT_A, 'eu-west-1', 4),
      regionJob(ACCOUNT_B, 'us-east-1', 7),
      regionJob(ACCOUNT_B, 'eu-west-1', 7),
    ],
    GATE,
    NOW,
  );

  it('keeps the same failed call of two accounts apart', () => {
    expect(merged.account).toBe(`${ACCOUNT_A},${ACCOUNT_B}`);
    expect(merged.results).toHaveLength(2 * 3);
    expect(merged.errors).toHaveLength(2 * 4);
    expect(merged.errors.filter((e) => e.region === 'global')).toHaveLength(4);
  });

  it('adds up the exclusions of each account, each account-wide one once', () => {
    expect(merged.summary.excluded).toBe(4 + 7);
    expect(merged.summary.resolved).toBe(2);
  });

  it('keeps resources of the same region and id in two accounts apart', () => {
    expect(merged.resources.efs?.fileSystems).toHaveLength(4);
  });

  it('adds up exclusions of jobs that do not read IAM', () => {
    const regional = (account: string, region: string, excluded: number): Report => ({
      ...regionJob(account, region, 0, excluded),
      services: ['efs'],
    });
    const sum = mergeReports(
      [regional(ACCOUNT_A, 'us-east-1', 2), regional(ACCOUNT_A, 'eu-west-1', 5)],
      GATE,
      NOW,
    );
    expect(sum.summary.excluded).toBe(7);
  });
});

describe('the merged config', () => {
  // What the CLI passes: the merge job's whole Config, parsed from its own flags.
  const mergeJob = parseConfig(
    { 'fail-on-severity': 'high', 'minimum-score': '80', 'fail-on-incomplete': 'true' },
    { AWS_REGION: 'ap-south-1' },
  );
  const merged = mergeReports(
    [regionJob(ACCOUNT_A, 'us-east-1', 0), regionJob(ACCOUNT_B, 'eu-west-1', 0)],
    mergeJob,
    NOW,
  );

  it('takes only the gate settings from the merge job', () => {
    expect(merged.config).toEqual({
      regions: ['eu-west-1', 'us-east-1'],
      services: ['ec2', 'efs', 'iam', 'rds', 's3', 'sg'],
      minimumScore: 80,
      failOnSeverity: 'high',
      failOnIncomplete: true,
      excludeTags: ['ExcludeFromAnalysis=true', 'Temporary=true'],
      minAgeDays: 30,
      gateCategories: ['security', 'resilience', 'operations'],
      failOnNewOnly: false,
    });
    expect(merged.gate.passed).toBe(false);
  });

  it('names the assumed role when every job assumed the same one', () => {
    const one = mergeReports(
      [regionJob(ACCOUNT_A, 'us-east-1', 0), regionJob(ACCOUNT_A, 'eu-west-1', 0)],
      GATE,
      NOW,
    );
    expect(one.config.roleToAssume).toBe(`arn:aws:iam::${ACCOUNT_A}:role/posture-gate-readonly`);
  });

  it('is all regions when any job scanned all', () => {
    const all = regionJob(ACCOUNT_A, 'us-east-1', 0);
    const merged = mergeReports(
      [{ ...all, config: { ...all.config, regions: 'all' } }, regionJob(ACCOUNT_B, 'eu-west-1', 0)],
      GATE,
      NOW,
    );
    expect(merged.config.regions).toBe('all');
  });
});

describe('readReport', () => {
  it('names what is missing from a file that is not a mergeable report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'posture-gate-merge-'));
    const path = join(dir, 'old.json');
    const report = makeReport();
    writeFileSync(
      path,
      JSON.stringify({ ...report, summary: { ...report.summary, excludedByRegion: undefined } }),
    );
    await expect(readReport(path)).rejects.toThrow(
      /is not a posture-gate JSON report of schemaVersion 1, 2 or 3 \(summary\.excludedByRegion: /,
    );
  });
});

describe('mergeReports with baselines and suppressions', () => {
  const critical = (
    account: string,
    id: string,
    marks: Pick<CheckResult, 'baseline' | 'suppressed'> = {},
  ): CheckResult =>
    makeResult({
      id,
      account,
      resourceId: id,
      severity: 'critical',
      checkId: 'efs.unencrypted',
      ...marks,
    });
  const fixedA = critical(ACCOUNT_A, 'a-fixed');
  const jobA = makeReport({
    account: ACCOUNT_A,
    results: [
      critical(ACCOUNT_A, 'a-old', { baseline: 'existing' }),
      critical(ACCOUNT_A, 'a-new', { baseline: 'new' }),
    ],
    resolved: [fixedA],
  });
  const jobB = makeReport({
    account: ACCOUNT_B,
    regions: ['eu-west-1'],
    results: [critical(ACCOUNT_B, 'b-old', { baseline: 'existing' })],
    warnings: [
      'The baseline "b.json" covers regions us-east-1, this run eu-west-1: findings outside its regions count as new.',
    ],
  });
  const gateOnNew: MergeSettings = { ...GATE, failOnNewOnly: true };

  it('keeps the new and existing marks of each job, and their resolved findings', () => {
    const merged = mergeReports([jobA, jobB], GATE, NOW);
    expect(merged.results.map((r) => [r.id, r.baseline])).toEqual([
      ['a-new', 'new'],
      ['a-old', 'existing'],
      ['b-old', 'existing'],
    ]);
    expect(merged.summary.new).toBe(1);
    expect(merged.resolved).toEqual([fixedA]);
    expect(merged.summary.resolved).toBe(1);
  });

  it('gates on the new findings of the jobs with fail-on-new-only', () => {
    const merged = mergeReports([jobA, jobB], gateOnNew, NOW);
    expect(merged.gate.reasons).toEqual([
      '1 critical new finding (fail-on-severity: critical): efs.unencrypted on a-new',
    ]);
  });

  it('carries the warnings of the jobs', () => {
    expect(mergeReports([jobA, jobB], GATE, NOW).warnings).toEqual(jobB.warnings);
  });

  it('recomputes the marks and resolved findings against a baseline of its own', () => {
    const baseline = makeReport({
      account: `${ACCOUNT_A},${ACCOUNT_B}`,
      regions: ['eu-west-1', 'us-east-1'],
      results: [critical(ACCOUNT_A, 'a-new'), critical(ACCOUNT_B, 'b-gone')],
    });
    const merged = mergeReports([jobA, jobB], gateOnNew, NOW, {
      baseline: { path: 'merged-baseline.json', report: baseline },
    });
    expect(merged.results.map((r) => [r.id, r.baseline])).toEqual([
      ['a-new', 'existing'],
      ['a-old', 'new'],
      ['b-old', 'new'],
    ]);
    expect(merged.resolved.map((r) => r.id)).toEqual(['b-gone']);
    expect(merged.summary).toMatchObject({ new: 2, resolved: 1 });
    expect(merged.gate.reasons).toEqual([
      '2 critical new findings (fail-on-severity: critical): efs.unencrypted on a-old, efs.unencrypted on b-old',
    ]);
  });

  it('adds up the suppressions outcomes of jobs that read the same file', () => {
    const logs = { index: 0, check: 's3.*', reason: 'logs', expires: '2027-03-31' };
    const admins = {
      index: 1,
      check: 'iam.full-admin',
      reason: 'break-glass',
      expires: '2026-11-10',
    };
    const old = { index: 2, check: 'sg.*', reason: 'old', expires: '2026-01-01' };
    const merged = mergeReports(
      [
        makeReport({
          suppressions: {
            applied: [{ ...logs, matched: 2 }],
            expired: [old],
            unused: [admins],
            expiringSoon: [admins],
          },
        }),
        makeReport({
          account: ACCOUNT_B,
          suppressions: {
            applied: [
              { ...logs, matched: 1 },
              { ...admins, matched: 1 },
            ],
            expired: [old],
            unused: [],
            expiringSoon: [admins],
          },
        }),
      ],
      GATE,
      NOW,
    );
    expect(merged.suppressions).toEqual({
      applied: [
        { ...logs, matched: 3 },
        { ...admins, matched: 1 },
      ],
      expired: [old],
      unused: [],
      expiringSoon: [admins],
    });
  });

  it('replaces the suppression marks of the jobs with its own suppressions file', () => {
    const muted = makeReport({
      results: [
        critical(ACCOUNT_A, 'a-muted', {
          suppressed: { reason: 'job file', expires: '2027-01-01' },
        }),
      ],
    });
    const merged = mergeReports([muted], GATE, NOW, {
      suppressions: [{ index: 0, check: 's3.*', reason: 'merge file', expires: '2027-01-01' }],
    });
    expect(merged.results[0]?.suppressed).toBeUndefined();
    expect(merged.gate.passed).toBe(false);
    expect(merged.suppressions?.unused).toHaveLength(1);
  });
});
