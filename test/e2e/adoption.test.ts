import {
  motoEndpoint,
  resetMoto,
  runAction,
  seedBucket,
  seedClients,
  startDenyProxy,
  statusOf,
  workflowCommands,
  type SeedClients,
} from './harness.js';

let aws: SeedClients;

beforeAll(() => {
  aws = seedClients();
});
afterAll(() => aws.destroy());
beforeEach(() => resetMoto(motoEndpoint()));

test('a baseline lets the old findings pass and fails on a new public bucket only', async () => {
  await seedBucket(aws.s3, 'pg-e2e-old');

  const first = await runAction({ services: 's3' });
  expect(first.outputs.result).toBe('failed');
  expect(first.outputs['new-findings-count']).toBe('0');
  const baseline = first.reportText ?? '';
  expect(baseline).toContain('"schemaVersion": 3');
  const gateOnNew = { services: 's3', baseline: 'baseline.json', 'fail-on-new-only': 'true' };

  const second = await runAction(gateOnNew, { files: { 'baseline.json': baseline } });
  expect(second.code).toBe(0);
  expect(second.outputs).toMatchObject({ result: 'passed', 'new-findings-count': '0' });
  expect(second.outputs['critical-count']).toBe('1');
  expect(second.summary).toContain('New since the baseline (0)');
  expect(second.report?.results.filter((r) => r.baseline === 'existing')).toHaveLength(6);

  await seedBucket(aws.s3, 'pg-e2e-new');
  const third = await runAction(gateOnNew, { files: { 'baseline.json': baseline } });
  expect(third.code).not.toBe(0);
  expect(third.outputs).toMatchObject({ result: 'failed', 'new-findings-count': '6' });
  const errors = workflowCommands(third.stdout, 'error').join('\n');
  expect(errors).toContain('1 critical new finding');
  expect(errors).toContain('pg-e2e-new');
  expect(errors).not.toContain('pg-e2e-old');
  const fresh = third.report?.results.filter((r) => r.baseline === 'new') ?? [];
  expect(new Set(fresh.map((r) => r.resourceId))).toEqual(new Set(['pg-e2e-new']));
  expect(third.summary.indexOf('New since the baseline (6)')).toBeLessThan(
    third.summary.indexOf('Findings by service'),
  );
});

test('a suppressions file with one expired and one valid entry', async () => {
  await seedBucket(aws.s3, 'pg-e2e-logs');
  const suppressions = [
    'version: 1',
    'suppressions:',
    '  - check: s3.versioning-off',
    '    resource: pg-e2e-logs',
    '    reason: "Write-once logs"',
    '    expires: 2001-01-31',
    '  - check: "s3.public-access-*"',
    '    resource: "arn:aws:s3:::pg-e2e-*"',
    '    reason: "Served through CloudFront; reviewed by security"',
    '    expires: 2999-12-31',
    '    owner: "@platform"',
    '',
  ].join('\n');

  const run = await runAction(
    { services: 's3', suppressions: 'posture-suppressions.yml' },
    { files: { 'posture-suppressions.yml': suppressions } },
  );

  const report = run.report;
  expect(report).toBeDefined();
  if (!report) return;
  // Suppressed results keep their status; the expired entry suppresses nothing.
  expect(statusOf(report, 's3.public-access-not-blocked', 'pg-e2e-logs')).toBe('FAIL');
  const suppressed = report.results.filter((r) => r.suppressed);
  expect(suppressed.map((r) => [r.checkId, r.suppressed])).toEqual([
    [
      's3.public-access-not-blocked',
      {
        reason: 'Served through CloudFront; reviewed by security',
        expires: '2999-12-31',
        owner: '@platform',
      },
    ],
  ]);
  // s3.bucket-public passes: moto's new bucket has a private ACL and no policy.
  expect(report.summary).toMatchObject({ fail: 5, suppressed: 1, pass: 1 });
  expect(report.summary.bySeverity).toEqual({ critical: 0, high: 1, medium: 3, low: 1 });
  // PASS critical 10 / (10 + FAIL high 5 + medium 3 x 2 + low 1) = 45.45...
  expect(report.score).toBe(45.5);
  // The only critical finding is suppressed: the default gate passes.
  expect(run.outputs).toMatchObject({ result: 'passed', 'critical-count': '0' });
  expect(report.suppressions?.applied.map((e) => [e.index, e.matched])).toEqual([[1, 1]]);
  expect(report.suppressions?.expired.map((e) => e.index)).toEqual([0]);
  expect(report.suppressions?.unused).toEqual([]);
  expect(workflowCommands(run.stdout, 'warning').join('\n')).toMatch(
    /suppressions\[0\] \(s3\.versioning-off on pg-e2e-logs\) expired on 2001-01-31/,
  );
  expect(run.summary).toContain('### Suppressions');
});

test.each([
  [
    'suppressions',
    'version: 1\nsuppressions:\n  - check: s3.versioning-off\n    expires: 2999-01-01\n',
    /Invalid input "suppressions": "bad-file" suppressions\[0\]: reason/,
  ],
  [
    'baseline',
    '{"schemaVersion": 1}',
    /Invalid input "baseline": "bad-file" is not a posture-gate JSON report/,
  ],
])('a bad %s file stops the step before any AWS call', async (input, text, message) => {
  const proxy = await startDenyProxy(motoEndpoint(), () => false);
  try {
    const run = await runAction(
      { services: 's3', [input]: 'bad-file' },
      { endpoint: proxy.endpoint, files: { 'bad-file': text } },
    );
    expect(run.code).not.toBe(0);
    expect(run.outputs.result).toBe('error');
    expect(workflowCommands(run.stdout, 'error')).toEqual([expect.stringMatching(message)]);
    expect(proxy.requests).toEqual([]);
    expect(run.report).toBeUndefined();
  } finally {
    await proxy.close();
  }
});
