import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ACCOUNT_ID,
  FULLY_CONFIGURED,
  denyS3,
  motoEndpoint,
  resetMoto,
  runAction,
  seedBucket,
  seedClients,
  startDenyProxy,
  statusOf,
  type SeedClients,
} from './harness.js';

const S3_CHECKS = [
  's3.public-access-not-blocked',
  's3.default-encryption-missing',
  's3.versioning-off',
  's3.tls-not-enforced',
] as const;

/** What a bare moto bucket fails: every S3 check but s3.bucket-public (private ACL, no policy). */
const BARE_FAILS = [...S3_CHECKS, 's3.acls-enabled', 's3.access-logging-off'];

const COUNT_OUTPUTS = [
  'critical-count',
  'high-count',
  'medium-count',
  'low-count',
  'findings-count',
  'unknown-count',
] as const;

/** The `::error::` workflow commands the action printed. */
const errorLines = (stdout: string): string[] =>
  stdout.split(/\r?\n/).filter((line) => line.startsWith('::error'));

let aws: SeedClients;

beforeAll(() => {
  aws = seedClients();
});
afterAll(() => aws.destroy());
beforeEach(() => resetMoto(motoEndpoint()));

test('a bucket with nothing configured fails the default gate on its critical finding', async () => {
  await seedBucket(aws.s3, 'pg-e2e-bare');

  const run = await runAction({ services: 's3' });

  expect(run.code).not.toBe(0);
  expect(run.outputs).toMatchObject({
    passed: 'false',
    result: 'failed',
    'critical-count': '1',
    'high-count': '1',
    'medium-count': '3',
    'low-count': '1',
    'findings-count': '6',
    'unknown-count': '0',
    'report-path': 'posture-report.json',
  });
  // Only s3.bucket-public passes: critical 10 / (10 + FAIL 10 + 5 + 2 + 2 + 2 + 1) = 31.25
  expect(Number(run.outputs.score)).toBe(31.3);
  expect(Number(run.outputs['monthly-savings-usd'])).toBe(0);
  expect(errorLines(run.stdout).join('\n')).toMatch(/critical/i);

  expect(run.summary).toMatch(/^\|.*\|$/m);
  expect(run.summary).toContain('pg-e2e-bare');
  expect(run.summary).toContain('s3.public-access-not-blocked');

  const report = run.report;
  expect(report).toBeDefined();
  if (!report) return;
  expect(report.schemaVersion).toBe(3);
  expect(report.account).toBe(ACCOUNT_ID);
  expect(report.gate).toMatchObject({ passed: false, result: 'failed' });
  for (const check of BARE_FAILS) expect(statusOf(report, check, 'pg-e2e-bare')).toBe('FAIL');
  expect(statusOf(report, 's3.bucket-public', 'pg-e2e-bare')).toBe('PASS');
  expect(report.errors).toEqual([]);
  expect(report.stats.apiCalls['s3:ListBuckets']).toBeGreaterThanOrEqual(1);
});

test('with sarif-path, the action writes SARIF anchored to the workflow file and names it', async () => {
  await seedBucket(aws.s3, 'pg-e2e-bare');

  const run = await runAction({ services: 's3', 'sarif-path': 'out/posture.sarif' });

  expect(run.code).not.toBe(0);
  expect(run.outputs['sarif-path']).toBe('out/posture.sarif');
  const log = JSON.parse(readFileSync(join(run.workspace, 'out', 'posture.sarif'), 'utf8')) as {
    version: string;
    runs: {
      results: {
        ruleId: string;
        level: string;
        partialFingerprints: Record<string, string>;
        locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
      }[];
    }[];
  };
  expect(log.version).toBe('2.1.0');
  const results = log.runs[0]?.results ?? [];
  expect(results.map((r) => r.ruleId).sort()).toEqual([...BARE_FAILS].sort());
  expect(results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri)).toEqual(
    BARE_FAILS.map(() => '.github/workflows/posture.yml'),
  );
  const ids = run.report?.results.filter((r) => r.status === 'FAIL').map((r) => r.id) ?? [];
  expect(results.map((r) => r.partialFingerprints['postureGateResultId/v1']).sort()).toEqual(
    ids.sort(),
  );
});

test('a report-only run passes and still reports every finding', async () => {
  await seedBucket(aws.s3, 'pg-e2e-bare');

  const run = await runAction({ services: 's3', 'fail-on-severity': 'none' });

  expect(run.code).toBe(0);
  expect(errorLines(run.stdout)).toEqual([]);
  expect(run.outputs).toMatchObject({
    passed: 'true',
    result: 'passed',
    'critical-count': '1',
    'findings-count': '6',
  });
  expect(run.summary).toContain('pg-e2e-bare');
  expect(run.report?.gate.passed).toBe(true);
  expect(run.report?.summary.fail).toBe(6);
});

test('the score gate uses the severity weights', async () => {
  await seedBucket(aws.s3, 'pg-e2e-good', FULLY_CONFIGURED);
  await seedBucket(aws.s3, 'pg-e2e-half', { encryption: true, versioning: true });
  // pg-e2e-good: PASS critical 10 + high 5 + medium 2 + medium 2, and the deeper checks
  // critical 10 (not public) + medium 2 (ACLs disabled) + low 1 (logging) = 32
  // pg-e2e-half: PASS high 5 + medium 2 (versioning) + critical 10 (not public) = 17;
  // FAIL critical 10 + medium 2 (TLS) + medium 2 (ACLs) + low 1 (logging) = 15
  // score = 100 * (32 + 17) / (32 + 17 + 15) = 76.56... -> 76.6
  const expectedScore = '76.6';

  const below = await runAction({
    services: 's3',
    'fail-on-severity': 'none',
    'minimum-score': '90',
  });

  expect(below.code).not.toBe(0);
  expect(below.outputs).toMatchObject({ score: expectedScore, passed: 'false', result: 'failed' });
  const report = below.report;
  expect(report).toBeDefined();
  if (!report) return;
  for (const check of S3_CHECKS) expect(statusOf(report, check, 'pg-e2e-good')).toBe('PASS');
  expect(statusOf(report, 's3.public-access-not-blocked', 'pg-e2e-half')).toBe('FAIL');
  expect(statusOf(report, 's3.default-encryption-missing', 'pg-e2e-half')).toBe('PASS');
  expect(statusOf(report, 's3.versioning-off', 'pg-e2e-half')).toBe('PASS');
  expect(statusOf(report, 's3.tls-not-enforced', 'pg-e2e-half')).toBe('FAIL');
  expect(report.score).toBe(76.6);
  expect(report.gate.reasons).toHaveLength(1);
  expect(report.gate.reasons[0]).toMatch(/76\.6/);
  expect(report.gate.reasons[0]).toMatch(/90/);

  const at = await runAction({ services: 's3', 'fail-on-severity': 'none', 'minimum-score': '76' });

  expect(at.code).toBe(0);
  expect(at.outputs).toMatchObject({ score: expectedScore, passed: 'true', result: 'passed' });
});

test.each([
  ['services', 'efx'],
  ['minimum-score', '101'],
  ['region', 'mars-1'],
])('a bad %s input (%s) stops the run before any AWS call', async (input, value) => {
  const recorder = await startDenyProxy(motoEndpoint(), () => false);
  try {
    const run = await runAction({ [input]: value }, { endpoint: recorder.endpoint });

    expect(run.code).not.toBe(0);
    const errors = errorLines(run.stdout);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(input);
    expect(errors[0]).toContain(value);
    expect(errors[0]).not.toContain('%0A');
    expect(run.outputs).toMatchObject({ passed: 'false', result: 'error' });
    expect(run.report).toBeUndefined();
    expect(recorder.requests).toEqual([]);
  } finally {
    await recorder.close();
  }
});

test('a denied GetBucketPolicy makes the TLS check UNKNOWN, never PASS, and the run goes on', async () => {
  await seedBucket(aws.s3, 'pg-e2e-good', FULLY_CONFIGURED);
  await seedBucket(aws.s3, 'pg-e2e-bare');
  const proxy = await startDenyProxy(motoEndpoint(), denyS3('policy'));
  try {
    const run = await runAction(
      { services: 's3', 'fail-on-severity': 'none' },
      { endpoint: proxy.endpoint },
    );

    expect(proxy.denied.length).toBeGreaterThanOrEqual(2);
    expect(run.code).toBe(0);
    // The bare bucket's policy status says no IsPublic (moto), and its policy cannot be read:
    // s3.bucket-public is UNKNOWN there too.
    expect(run.outputs).toMatchObject({ result: 'passed', 'unknown-count': '3' });
    const report = run.report;
    expect(report).toBeDefined();
    if (!report) return;
    for (const bucket of ['pg-e2e-good', 'pg-e2e-bare']) {
      expect(statusOf(report, 's3.tls-not-enforced', bucket)).toBe('UNKNOWN');
    }
    expect(statusOf(report, 's3.bucket-public', 'pg-e2e-bare')).toBe('UNKNOWN');
    expect(statusOf(report, 's3.bucket-public', 'pg-e2e-good')).toBe('PASS');
    for (const check of S3_CHECKS.slice(0, 3)) {
      expect(statusOf(report, check, 'pg-e2e-good')).toBe('PASS');
      expect(statusOf(report, check, 'pg-e2e-bare')).toBe('FAIL');
    }
    expect(report.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          service: 's3',
          operation: expect.stringMatching(/GetBucketPolicy$/),
          code: 'AccessDenied',
        }),
      ]),
    );
    expect(report.summary.unknown).toBe(3);
    // The summary says what could not be assessed and which permission is missing.
    expect(run.summary).toContain('s3:GetBucketPolicy');
  } finally {
    await proxy.close();
  }
});

test('a fully configured bucket passes with score 100 and zero counts', async () => {
  await seedBucket(aws.s3, 'pg-e2e-good', FULLY_CONFIGURED);

  const run = await runAction({ services: 's3' });

  expect(run.code).toBe(0);
  for (const name of COUNT_OUTPUTS) expect(run.outputs[name]).toBe('0');
  expect(run.outputs).toMatchObject({ passed: 'true', result: 'passed' });
  expect(Number(run.outputs.score)).toBe(100);
  expect(run.report?.results.filter((r) => r.status === 'PASS')).toHaveLength(7);
});
