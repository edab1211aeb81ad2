import { join } from 'node:path';
import type { Report } from '../../src/model/report.js';
import { reportFromJson } from '../../src/report/read.js';
import {
  FULLY_CONFIGURED,
  closedEndpoint,
  motoEndpoint,
  resetMoto,
  runCli,
  seedBucket,
  seedClients,
  type SeedClients,
} from './harness.js';

let aws: SeedClients;

beforeAll(() => {
  aws = seedClients();
});
afterAll(() => aws.destroy());
beforeEach(() => resetMoto(motoEndpoint()));

const SCAN = ['scan', '--services', 's3', '--format', 'json'];

/** The printed report as every reader reads it; it is written as schemaVersion 3. */
function parseReport(stdout: string): Report {
  const parsed = JSON.parse(stdout) as { schemaVersion: unknown };
  expect(parsed.schemaVersion).toBe(3);
  return reportFromJson(parsed, 'stdout');
}

/** What must be identical between two evaluations of the same inventory. */
const comparable = (report: Report) => ({
  account: report.account,
  score: report.score,
  gate: report.gate,
  summary: report.summary,
  results: report.results,
  errors: report.errors,
});

test('scan exits 0 when the gate passes', async () => {
  await seedBucket(aws.s3, 'pg-e2e-good', FULLY_CONFIGURED);

  const run = await runCli(SCAN);

  expect(run.stderr).not.toMatch(/error/i);
  expect(run.code).toBe(0);
  const report = parseReport(run.stdout);
  expect(report.gate.passed).toBe(true);
  expect(report.results.filter((r) => r.status === 'PASS')).toHaveLength(7);
});

test('scan exits 1 when the gate fails', async () => {
  await seedBucket(aws.s3, 'pg-e2e-bare');

  const run = await runCli(SCAN);

  expect(run.code).toBe(1);
  const report = parseReport(run.stdout);
  expect(report.gate).toMatchObject({ passed: false, result: 'failed' });
  expect(report.summary.bySeverity.critical).toBe(1);
});

test.each([
  [['--services', 'efx'], 'services'],
  [['--minimum-score', '101'], 'minimum-score'],
  [['--region', 'mars-1'], 'region'],
  [['--format', 'yaml'], 'format'],
  [['--no-such-flag', 'x'], 'no-such-flag'],
])('scan exits 2 on a usage error (%j)', async (flags, named) => {
  const run = await runCli(['scan', ...flags], { endpoint: await closedEndpoint() });

  expect(run.code).toBe(2);
  expect(run.stderr).toContain(named);
  expect(run.stdout).toBe('');
});

test('scan exits 3 when no AWS endpoint answers', async () => {
  const run = await runCli([...SCAN, '--max-attempts', '1'], { endpoint: await closedEndpoint() });

  expect(run.code).toBe(3);
  expect(run.stderr.trim()).not.toBe('');
});

test('--save-inventory then --inventory reproduces the results without AWS calls', async () => {
  await seedBucket(aws.s3, 'pg-e2e-good', FULLY_CONFIGURED);
  await seedBucket(aws.s3, 'pg-e2e-bare', { versioning: true });

  const live = await runCli([...SCAN, '--save-inventory', 'inventory.json']);
  expect(live.code).toBe(1);
  const inventoryPath = join(live.workspace, 'inventory.json');

  const offline = await runCli([...SCAN, '--inventory', inventoryPath], {
    endpoint: await closedEndpoint(),
  });

  expect(offline.code).toBe(1);
  const before = parseReport(live.stdout);
  const after = parseReport(offline.stdout);
  expect(before.results.length).toBeGreaterThanOrEqual(8);
  expect(comparable(after)).toEqual(comparable(before));
  expect(after.stats.apiCalls).toEqual({});

  // Without --save-inventory each part is judged as it is collected and let go: the same results.
  const judged = await runCli(SCAN);
  expect(judged.code).toBe(1);
  expect(comparable(parseReport(judged.stdout))).toEqual(comparable(before));
});

test('demo prints a report with no AWS credentials, region or reachable endpoint', async () => {
  const table = await runCli(['demo'], { endpoint: null });

  expect([0, 1]).toContain(table.code);
  expect(table.stdout).toMatch(/score/i);

  const json = await runCli(['demo', '--format', 'json'], { endpoint: null });

  expect(json.code).toBe(table.code);
  const report = parseReport(json.stdout);
  expect(report.results.some((r) => r.status === 'FAIL')).toBe(true);
  expect(report.stats.apiCalls).toEqual({});
});
