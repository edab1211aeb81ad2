import type { Suppression } from '../../../src/model/report.js';
import type { CheckResult } from '../../../src/model/results.js';
import { applySuppressions } from '../../../src/triage/suppress.js';
import { makeResult } from '../report/fixtures.js';
import { daysAfter, demoReport, entry, expectedScore } from './demo.js';

const NOW = new Date('2026-11-01T07:00:00.000Z');

const bucket = (name: string, overrides: Partial<CheckResult> = {}): CheckResult =>
  makeResult({
    checkId: 's3.versioning-off',
    service: 's3',
    category: 'resilience',
    severity: 'medium',
    resourceType: 'AWS::S3::Bucket',
    resourceId: name,
    resourceArn: `arn:aws:s3:::${name}`,
    ...overrides,
  });

const fileSystem = makeResult({
  checkId: 'efs.tls-not-enforced',
  resourceId: 'fs-0a1b2c3d00000002',
  resourceArn: 'arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-0a1b2c3d00000002',
  resourceName: 'shared-home',
});

/** The resource ids each result suppressed by these entries. */
function suppressedIds(
  results: readonly CheckResult[],
  entries: readonly Suppression[],
  now = NOW,
): string[] {
  return applySuppressions(results, entries, now)
    .results.filter((r) => r.suppressed)
    .map((r) => r.resourceId);
}

describe('applySuppressions: what an entry covers', () => {
  const results = [
    bucket('acme-logs-eu'),
    bucket('acme-logs-us'),
    bucket('acme-website'),
    bucket('acme-logs-tls', { checkId: 's3.tls-not-enforced', category: 'security' }),
    fileSystem,
  ];

  it('matches the check by id or glob', () => {
    expect(suppressedIds(results, [entry({ check: 's3.versioning-off' })])).toEqual([
      'acme-logs-eu',
      'acme-logs-us',
      'acme-website',
    ]);
    expect(suppressedIds(results, [entry({ check: 's3.*' })])).toHaveLength(4);
    expect(suppressedIds(results, [entry({ check: '*-not-enforced' })])).toEqual([
      'acme-logs-tls',
      'fs-0a1b2c3d00000002',
    ]);
    expect(suppressedIds(results, [entry({ check: 's3.versioning' })])).toEqual([]);
  });

  it('matches the resource by id glob or ARN glob, never by a name anyone could tag', () => {
    const check = 's3.versioning-off';
    expect(suppressedIds(results, [entry({ check, resource: 'acme-logs-*' })])).toEqual([
      'acme-logs-eu',
      'acme-logs-us',
    ]);
    expect(suppressedIds(results, [entry({ check, resource: 'arn:aws:s3:::acme-web*' })])).toEqual([
      'acme-website',
    ]);
    expect(suppressedIds(results, [entry({ check: 'efs.*', resource: 'shared-*' })])).toEqual([]);
    expect(suppressedIds(results, [entry({ check: 'efs.*', resource: 'fs-*02' })])).toEqual([
      'fs-0a1b2c3d00000002',
    ]);
    expect(
      suppressedIds(results, [entry({ check: 'efs.*', resource: '*:file-system/fs-*02' })]),
    ).toEqual(['fs-0a1b2c3d00000002']);
    expect(suppressedIds(results, [entry({ check, resource: 'acme-logs' })])).toEqual([]);
  });

  it('matches only the account and region it names, when it names them', () => {
    const eu = bucket('acme-logs-eu', { region: 'eu-west-1' });
    const other = bucket('acme-logs-other', { account: '444455556666' });
    const all = [eu, other, bucket('acme-logs-us')];
    expect(suppressedIds(all, [entry({ region: 'eu-west-1' })])).toEqual(['acme-logs-eu']);
    expect(suppressedIds(all, [entry({ account: '444455556666' })])).toEqual(['acme-logs-other']);
    expect(suppressedIds(all, [entry({ account: '111122223333', region: 'us-east-1' })])).toEqual([
      'acme-logs-us',
    ]);
  });

  it('marks FAIL and UNKNOWN results, keeping their status, and never a PASS', () => {
    const mixed = [
      bucket('a', { status: 'FAIL' }),
      bucket('b', { status: 'UNKNOWN' }),
      bucket('c', { status: 'PASS' }),
    ];
    const { results: marked } = applySuppressions(
      mixed,
      [entry({ reason: 'Logs bucket', owner: '@platform', expires: '2027-03-31' })],
      NOW,
    );
    expect(marked.map((r) => [r.resourceId, r.status, r.suppressed])).toEqual([
      ['a', 'FAIL', { reason: 'Logs bucket', expires: '2027-03-31', owner: '@platform' }],
      ['b', 'UNKNOWN', { reason: 'Logs bucket', expires: '2027-03-31', owner: '@platform' }],
      ['c', 'PASS', undefined],
    ]);
  });

  it('lets the first matching entry win, leaving a later one that matched nothing else unused', () => {
    const first = entry({ index: 0, check: 's3.*', reason: 'first' });
    const second = entry({ index: 1, check: 's3.versioning-off', reason: 'second' });
    const { results: marked, outcome } = applySuppressions(
      [bucket('acme-logs-eu')],
      [first, second],
      NOW,
    );
    expect(marked[0]?.suppressed?.reason).toBe('first');
    expect(outcome.applied).toEqual([{ ...first, matched: 1 }]);
    expect(outcome.unused).toEqual([second]);
  });

  it('counts the results each applied entry matched', () => {
    const logs = entry({ index: 3, resource: 'acme-logs-*' });
    const { outcome } = applySuppressions(results, [logs], NOW);
    expect(outcome.applied).toEqual([{ ...logs, matched: 3 }]);
  });
});

describe('applySuppressions: expiry and stale entries', () => {
  const results = [bucket('acme-logs-eu'), bucket('acme-website', { status: 'PASS' })];

  it('suppresses nothing with an expired entry, and lists it as expired only', () => {
    const old = entry({ expires: '2026-10-31' });
    const { results: marked, outcome } = applySuppressions(results, [old], NOW);
    expect(marked.filter((r) => r.suppressed)).toEqual([]);
    expect(outcome).toEqual({ applied: [], expired: [old], unused: [], expiringSoon: [] });
  });

  it('keeps an entry in force to the end of its expires day, UTC', () => {
    const today = entry({ expires: '2026-11-01' });
    const lastMoment = new Date('2026-11-01T23:59:59.999Z');
    expect(suppressedIds(results, [today], lastMoment)).toEqual(['acme-logs-eu']);
    const nextDay = new Date('2026-11-02T00:00:00.000Z');
    expect(suppressedIds(results, [today], nextDay)).toEqual([]);
    expect(applySuppressions(results, [today], nextDay).outcome.expired).toEqual([today]);
  });

  it('warns of an entry that expires within 14 days, and still applies it', () => {
    const soon = entry({ index: 0, expires: daysAfter(NOW, 10) });
    const later = entry({ index: 1, check: 's3.*', expires: daysAfter(NOW, 30) });
    const { outcome } = applySuppressions(results, [soon, later], NOW);
    expect(outcome.expiringSoon).toEqual([soon]);
    expect(outcome.applied).toEqual([{ ...soon, matched: 1 }]);
  });

  it('lists an entry that matches only PASS results as unused', () => {
    const stale = entry({ resource: 'acme-website' });
    const { results: marked, outcome } = applySuppressions(results, [stale], NOW);
    expect(marked.filter((r) => r.suppressed)).toEqual([]);
    expect(outcome).toEqual({ applied: [], expired: [], unused: [stale], expiringSoon: [] });
  });
});

describe('suppressions in the report of the demo account', () => {
  const plain = demoReport();
  // Every critical finding of the demo, each with its own exception.
  const entries = [
    entry({ index: 0, check: 'efs.*', resource: 'fs-0a1b2c3d00000002', reason: 'Lab file system' }),
    entry({ index: 1, check: 'iam.full-admin', reason: 'Break-glass principals' }),
    entry({ index: 2, check: 'rds.*', resource: 'arn:aws:rds:us-east-1:*:db:reporting-db' }),
    entry({ index: 3, check: 's3.*public*', resource: 'acme-public-*' }),
    entry({ index: 4, check: 'sg.*', reason: 'Behind the VPN' }),
    entry({ index: 5, check: 'efs.no-backup', region: 'eu-west-1', expires: '2026-10-01' }),
    entry({ index: 6, check: 'ec2.public-ip', account: '999999999999' }),
    entry({
      index: 7,
      check: 'iam.role-trust-too-broad',
      resource: 'arn:aws:iam::*:role/ci-deploy',
      reason: 'Deploys from any repository of the organisation',
    }),
    entry({ index: 8, check: 'rds.snapshot-public', reason: 'Export shared for the audit' }),
    entry({ index: 9, check: 'ec2.*-public', reason: 'Published on purpose' }),
    entry({ index: 10, check: 'iam.root-*', reason: 'Root key retired next sprint' }),
  ];
  const report = demoReport({}, { suppressions: entries });
  const suppressed = report.results.filter((r) => r.suppressed);

  it('keeps the status of every suppressed result', () => {
    expect(suppressed.length).toBeGreaterThan(0);
    const before = new Map(plain.results.map((r) => [r.id, r.status]));
    for (const r of suppressed) expect(r.status).toBe(before.get(r.id));
    expect(report.results.map((r) => r.id)).toEqual(plain.results.map((r) => r.id));
  });

  it('leaves suppressed results out of the gate', () => {
    expect(plain.gate.passed).toBe(false);
    expect(report.summary.bySeverity.critical).toBe(0);
    expect(report.gate).toEqual({ passed: true, result: 'passed', reasons: [] });
  });

  it('leaves suppressed results out of the score', () => {
    expect(report.score).toBe(expectedScore(report.results));
    expect(report.score).toBeGreaterThan(plain.score);
  });

  it('counts suppressed results in summary.suppressed only', () => {
    const failed = suppressed.filter((r) => r.status === 'FAIL').length;
    const unknown = suppressed.filter((r) => r.status === 'UNKNOWN').length;
    expect(report.summary.suppressed).toBe(suppressed.length);
    expect(report.summary.fail).toBe(plain.summary.fail - failed);
    expect(report.summary.unknown).toBe(plain.summary.unknown - unknown);
    expect(report.summary.pass).toBe(plain.summary.pass);
  });

  it('lets the finding of an expired entry count again', () => {
    const backup = report.results.find(
      (r) => r.checkId === 'efs.no-backup' && r.region === 'eu-west-1' && r.status !== 'PASS',
    );
    expect(backup?.status).toBe('UNKNOWN');
    expect(backup?.suppressed).toBeUndefined();
    expect(report.suppressions?.expired).toEqual([entries[5]]);
  });

  it('reports what each entry did', () => {
    expect(report.suppressions?.applied.map((e) => [e.index, e.matched])).toEqual([
      [0, 10],
      [1, 3],
      [2, 6],
      [3, 2],
      [4, 7],
      [7, 1],
      [8, 1],
      [9, 2],
      [10, 2],
    ]);
    expect(report.suppressions?.unused).toEqual([entries[6]]);
    expect(report.suppressions?.expiringSoon).toEqual([]);
  });

  it('uses the day of the run for expiry', () => {
    const later = demoReport({}, { suppressions: entries }, new Date('2028-01-01T00:00:00Z'));
    expect(later.summary.suppressed).toBe(0);
    expect(later.suppressions?.expired).toEqual(entries);
  });

  it('has no suppressions outcome without a suppressions file', () => {
    expect(plain.suppressions).toBeUndefined();
    expect(plain.summary.suppressed).toBe(0);
  });
});
