import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT, runCli } from '../../../src/cli.js';
import { sampleInventory } from '../../../src/demo/index.js';
import type { Report } from '../../../src/report/types.js';
import { ALL_RULES } from '../../../src/rules/index.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { AWS_REGION: 'us-east-1' },
  });
  return { code, stdout, stderr };
}

const workdir = (): string => mkdtempSync(join(tmpdir(), 'posture-gate-cli-'));

describe('posture-gate CLI', () => {
  it('runs the demo with no AWS and shows a failing verdict, exiting 0', async () => {
    const run = await cli('demo');
    expect(run.code).toBe(EXIT.passed);
    expect(run.stdout).toMatch(/FAILED: posture score \d+(\.\d)? of 100/);
    expect(run.stdout).toContain('s3.public-access-not-blocked');
  });

  it('exercises every check in the demo, each failing somewhere', async () => {
    const report = JSON.parse((await cli('demo', '--format', 'json')).stdout) as Report;
    const failing = new Set(
      report.results.filter((r) => r.status === 'FAIL').map((r) => r.checkId),
    );
    expect([...failing].sort()).toEqual(ALL_RULES.map((rule) => rule.meta.id).sort());
  });

  it('evaluates a saved inventory offline to the same results', async () => {
    const dir = workdir();
    const path = join(dir, 'inventory.json');
    writeFileSync(path, JSON.stringify(sampleInventory()));
    const fromFile = JSON.parse(
      (await cli('scan', '--inventory', path, '--format', 'json')).stdout,
    ) as Report;
    const demo = JSON.parse((await cli('demo', '--format', 'json')).stdout) as Report;
    expect(fromFile.results).toEqual(demo.results);
    expect(fromFile.score).toBe(demo.score);
  });

  it('gives exit 1 when the gate fails on a saved inventory, and writes the report', async () => {
    const dir = workdir();
    const inventory = join(dir, 'inventory.json');
    const reportPath = join(dir, 'out', 'report.json');
    writeFileSync(inventory, JSON.stringify(sampleInventory()));
    const run = await cli('scan', '--inventory', inventory, '--report-path', reportPath);
    expect(run.code).toBe(EXIT.gateFailed);
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as Report;
    expect(report.gate.passed).toBe(false);
    expect(report.gate.reasons[0]).toMatch(/critical/);
  });

  it('passes in report-only mode', async () => {
    const dir = workdir();
    const inventory = join(dir, 'inventory.json');
    writeFileSync(inventory, JSON.stringify(sampleInventory()));
    const run = await cli('scan', '--inventory', inventory, '--fail-on-severity', 'none');
    expect(run.code).toBe(EXIT.passed);
  });

  it.each([
    [['scan', '--services', 'efx'], /Invalid input "services": "efx"/],
    [['scan', '--minimum-score', '101'], /Invalid input "minimum-score"/],
    [
      ['scan', '--format', 'yaml'],
      /Invalid flag "--format": "yaml" is not one of table, json, markdown/,
    ],
    [['scan', '--no-such-flag', 'x'], /no-such-flag/],
    [['launch'], /Unknown command "launch"/],
    [['scan', '--inventory', '/nonexistent/inventory.json'], /Invalid flag "--inventory"/],
    [['merge'], /merge needs the paths/],
  ])('rejects %j with exit 2 and one clear line', async (argv, message) => {
    const run = await cli(...argv);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toBe('');
  });

  it('rejects a JSON file that is not an inventory', async () => {
    const path = join(workdir(), 'other.json');
    writeFileSync(path, JSON.stringify({ hello: 'world' }));
    const run = await cli('scan', '--inventory', path);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toMatch(/is not a posture-gate inventory/);
  });

  it('keeps an existing report intact when a later run has bad input', async () => {
    const dir = workdir();
    const reportPath = join(dir, 'report.json');
    const inventory = join(dir, 'inventory.json');
    writeFileSync(inventory, JSON.stringify(sampleInventory()));
    await cli('scan', '--inventory', inventory, '--report-path', reportPath);
    const before = readFileSync(reportPath, 'utf8');
    const run = await cli(
      'scan',
      '--inventory',
      inventory,
      '--report-path',
      reportPath,
      '--minimum-score',
      'x',
    );
    expect(run.code).toBe(EXIT.usage);
    expect(readFileSync(reportPath, 'utf8')).toBe(before);
  });

  it('merges reports of several jobs into one gate decision', async () => {
    const dir = workdir();
    const inventory = join(dir, 'inventory.json');
    writeFileSync(inventory, JSON.stringify(sampleInventory()));
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    await cli(
      'scan',
      '--inventory',
      inventory,
      '--services',
      's3',
      '--report-path',
      a,
      '--fail-on-severity',
      'none',
    );
    await cli(
      'scan',
      '--inventory',
      inventory,
      '--services',
      'iam',
      '--report-path',
      b,
      '--fail-on-severity',
      'none',
    );
    const one = JSON.parse(readFileSync(a, 'utf8')) as Report;
    const two = JSON.parse(readFileSync(b, 'utf8')) as Report;
    const run = await cli('merge', a, b, '--format', 'json', '--fail-on-severity', 'critical');
    const merged = JSON.parse(run.stdout) as Report;
    expect(merged.results).toHaveLength(one.results.length + two.results.length);
    expect(merged.services).toEqual(['iam', 's3']);
    expect(merged.gate.passed).toBe(false);
    expect(run.code).toBe(EXIT.gateFailed);
  });

  it('lists every check with its id', async () => {
    const run = await cli('checks');
    expect(run.code).toBe(EXIT.passed);
    for (const rule of ALL_RULES) expect(run.stdout).toContain(`\`${rule.meta.id}\``);
  });
});
