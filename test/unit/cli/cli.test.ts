import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT, runCli } from '../../../src/cli.js';
import { inventoryFileChunks } from '../../../src/collect/inventory-file.js';
import { INPUTS } from '../../../src/config/schema.js';
import { sampleInventory } from '../../../src/demo/index.js';
import type { Report } from '../../../src/model/report.js';
import { reportFromJson } from '../../../src/report/read.js';
import { ALL_RULES } from '../../../src/rules/index.js';

/** A printed or written JSON report, read the way every reader of it reads it. */
const reportOf = (text: string): Report => reportFromJson(JSON.parse(text), 'report.json');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cliIn(env: NodeJS.ProcessEnv, argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env,
  });
  return { code, stdout, stderr };
}

const cli = (...argv: string[]): Promise<Run> => cliIn({ AWS_REGION: 'us-east-1' }, argv);

/** The demo's inventory as --save-inventory writes it. */
const savedSample = (): string => [...inventoryFileChunks(sampleInventory())].join('');

const workdir = (): string => mkdtempSync(join(tmpdir(), 'posture-gate-cli-'));

describe('posture-gate CLI', () => {
  it('runs the demo with no AWS and shows a failing verdict, exiting 0', async () => {
    const run = await cli('demo');
    expect(run.code).toBe(EXIT.passed);
    expect(run.stdout).toMatch(/FAILED: posture score \d+(\.\d)? of 100/);
    expect(run.stdout).toContain('s3.public-access-not-blocked');
  });

  it('evaluates a saved inventory offline to the same results', async () => {
    const dir = workdir();
    const path = join(dir, 'inventory.json');
    writeFileSync(path, savedSample());
    const fromFile = reportOf((await cli('scan', '--inventory', path, '--format', 'json')).stdout);
    const demo = reportOf((await cli('demo', '--format', 'json')).stdout);
    expect(fromFile.results).toEqual(demo.results);
    expect(fromFile.score).toBe(demo.score);
  });

  it('gives exit 1 when the gate fails on a saved inventory, and writes the report', async () => {
    const dir = workdir();
    const inventory = join(dir, 'inventory.json');
    const reportPath = join(dir, 'out', 'report.json');
    writeFileSync(inventory, savedSample());
    const run = await cli('scan', '--inventory', inventory, '--report-path', reportPath);
    expect(run.code).toBe(EXIT.gateFailed);
    const report = reportOf(readFileSync(reportPath, 'utf8'));
    expect(report.gate.passed).toBe(false);
    expect(report.gate.reasons[0]).toMatch(/critical/);
  });

  it('passes in report-only mode', async () => {
    const dir = workdir();
    const inventory = join(dir, 'inventory.json');
    writeFileSync(inventory, savedSample());
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
    writeFileSync(inventory, savedSample());
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
    writeFileSync(inventory, savedSample());
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
    const one = reportOf(readFileSync(a, 'utf8'));
    const two = reportOf(readFileSync(b, 'utf8'));
    const run = await cli('merge', a, b, '--format', 'json', '--fail-on-severity', 'critical');
    const merged = reportOf(run.stdout);
    expect(merged.results).toHaveLength(one.results.length + two.results.length);
    expect(merged.services).toEqual(['iam', 's3']);
    expect(merged.gate.passed).toBe(false);
    expect(run.code).toBe(EXIT.gateFailed);
  });

  it('records each UNKNOWN of the demo with a failed call in the same region', async () => {
    const report = reportOf((await cli('demo', '--format', 'json')).stdout);
    const failed = report.results.filter((r) => r.status === 'UNKNOWN' && r.failedCall);
    expect(failed.length).toBeGreaterThan(0);
    for (const result of failed) {
      expect(report.errors).toContainEqual(
        expect.objectContaining({
          region: result.region,
          operation: result.failedCall?.operation,
        }),
      );
    }
  });

  it('lists every check with its id', async () => {
    const run = await cli('checks', '--format', 'markdown');
    expect(run.code).toBe(EXIT.passed);
    for (const rule of ALL_RULES) expect(run.stdout).toContain(`\`${rule.meta.id}\``);
  });
});

describe('posture-gate scan --help', () => {
  const help = async (): Promise<string[]> => (await cli('scan', '--help')).stdout.split('\n');
  const line = (lines: string[], name: string): string =>
    lines.find((l) => l.startsWith(`  --${name} `)) ?? '';

  it('says the CLI writes a JSON report only when --report-path is given', async () => {
    const reportPath = line(await help(), 'report-path');
    expect(reportPath).toMatch(/default: none/);
    expect(reportPath).not.toContain('posture-report.json');
  });

  it('leaves out --summary, which the CLI cannot honour', async () => {
    expect(line(await help(), 'summary')).toBe('');
  });

  it('lists every other action input as a flag, but those of GitHub OIDC', async () => {
    const lines = await help();
    const names = INPUTS.map((input) => input.name);
    const oidc = ['role-to-assume', 'audience', 'role-session-name', 'role-duration-seconds'];
    expect(names.filter((name) => line(lines, name) !== '')).toEqual(
      names.filter((name) => !['summary', 'comment-on-pr', 'github-token', ...oidc].includes(name)),
    );
  });

  it('writes no report file when --report-path is not given', async () => {
    const dir = workdir();
    const inventory = join(dir, 'inventory.json');
    writeFileSync(inventory, savedSample());
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect((await cli('scan', '--inventory', inventory)).code).toBe(EXIT.gateFailed);
    } finally {
      process.chdir(cwd);
    }
    expect(readdirSync(dir)).toEqual(['inventory.json']);
  });
});

describe('flags the CLI cannot honour', () => {
  it('rejects --summary with exit 2 and one line pointing at --format markdown', async () => {
    const run = await cli('demo', '--summary', 'true');
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toMatch(/^Invalid flag "--summary": .*--format markdown/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toBe('');
  });

  const ROLE = ['--role-to-assume', 'arn:aws:iam::123456789012:role/posture-gate'];
  // A closed port: were any AWS call attempted, the run would fail differently (exit 3).
  const offline = { AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL: 'http://127.0.0.1:9' };

  it.each([
    ['outside GitHub Actions', offline],
    [
      'in a workflow step with the OIDC token variables set',
      {
        ...offline,
        GITHUB_ACTIONS: 'true',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/token',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
      },
    ],
  ])('rejects role-to-assume for a live scan %s with exit 2', async (_where, env) => {
    const run = await cliIn(env, ['scan', ...ROLE]);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toMatch(/^Invalid flag "--role-to-assume": /);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toBe('');
  });

  it.each([
    [['demo', '--region', 'eu-west-1'], 'region', 'demo'],
    [['scan', '--inventory', 'x.json', '--region', 'eu-west-1'], 'region', '--inventory'],
    [['demo', '--save-inventory', 'x.json'], 'save-inventory', 'demo'],
  ])(
    'rejects %j: offline runs evaluate the regions already collected',
    async (argv, flag, mode) => {
      const run = await cli(...argv);
      expect(run.code).toBe(EXIT.usage);
      expect(run.stderr).toMatch(new RegExp(`^Invalid flag "--${flag}": ${mode} evaluates`));
      expect(run.stdout).toBe('');
    },
  );

  it('records the regions of the inventory, not the default region, in an offline report', async () => {
    const report = reportOf((await cli('demo', '--format', 'json')).stdout);
    expect(report.config.regions).toEqual(sampleInventory().regions);
  });

  it('ignores role-to-assume when nothing is scanned live', async () => {
    const run = await cli('demo', ...ROLE);
    expect(run.code).toBe(EXIT.passed);
  });
});

describe('adopting in steps on the command line', () => {
  // A closed port: were any AWS call attempted, the run would fail differently (exit 3).
  const offline = { AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL: 'http://127.0.0.1:9' };
  const expectOneLineUsageError = (run: Run): string => {
    expect(run.code).toBe(EXIT.usage);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    return run.stderr.trim();
  };

  it('rejects a bad suppressions file with exit 2 before any AWS call', async () => {
    const path = join(workdir(), 'bad.yml');
    writeFileSync(path, 'version: 1\nsuppressions:\n  - check: s3.*\n    expires: 2027-03-31\n');
    const line = expectOneLineUsageError(await cliIn(offline, ['scan', '--suppressions', path]));
    expect(line).toBe(
      `Invalid input "suppressions": "${path}" suppressions[0]: reason must be the reason for the exception.`,
    );
  });

  it('rejects a suppressions file that does not exist with exit 2', async () => {
    const path = join(workdir(), 'missing.yml');
    const line = expectOneLineUsageError(await cliIn(offline, ['scan', '--suppressions', path]));
    expect(line).toMatch(/^Invalid input "suppressions": ".*missing\.yml" cannot be read/);
  });

  it('rejects a baseline that is not a report with exit 2 before any AWS call', async () => {
    const path = join(workdir(), 'baseline.json');
    writeFileSync(path, '{"hello": "world"}');
    const line = expectOneLineUsageError(await cliIn(offline, ['scan', '--baseline', path]));
    expect(line).toMatch(/^Invalid input "baseline": .*baseline\.json/);
  });

  it('rejects an unknown check with exit 2, naming the closest ids', async () => {
    const line = expectOneLineUsageError(await cliIn(offline, ['scan', '--checks', 's3.nope']));
    expect(line).toMatch(
      /^Invalid input "checks": "s3\.nope" is not a check; closest: [a-z0-9.-]+, [a-z0-9.-]+, [a-z0-9.-]+\. Run "posture-gate checks" for the list\.$/,
    );
  });

  it('applies a suppressions file to the demo and warns of its stale entries', async () => {
    const path = join(workdir(), 'suppressions.yml');
    writeFileSync(
      path,
      [
        'version: 1',
        'suppressions:',
        '  - check: "sg.*"',
        '    reason: Behind the VPN',
        '    expires: 2999-12-31',
        '  - check: s3.versioning-off',
        '    reason: Write-once logs',
        '    expires: 2001-01-31',
        '  - check: iam.full-admin',
        '    resource: nobody',
        '    reason: Old exception',
        '    expires: 2999-12-31',
        '',
      ].join('\n'),
    );
    const run = await cli('demo', '--suppressions', path, '--format', 'json');
    expect(run.code).toBe(EXIT.passed);
    const report = reportOf(run.stdout);
    expect(report.summary.suppressed).toBe(7);
    expect(report.suppressions?.expired.map((e) => e.index)).toEqual([1]);
    expect(report.suppressions?.unused.map((e) => e.index)).toEqual([2]);
    expect(run.stderr).toContain(
      'warning: suppressions[1] (s3.versioning-off) expired on 2001-01-31',
    );
    expect(run.stderr).toContain(
      'warning: suppressions[2] (iam.full-admin on nobody) matched no finding',
    );
  });

  it('gates on new findings only against a baseline, and on all when the baseline is missing', async () => {
    const dir = workdir();
    const inventory = join(dir, 'inventory.json');
    const baseline = join(dir, 'baseline.json');
    writeFileSync(inventory, savedSample());
    const scan = (...flags: string[]) =>
      cli('scan', '--inventory', inventory, '--fail-on-new-only', 'true', ...flags);
    expect((await cli('scan', '--inventory', inventory, '--report-path', baseline)).code).toBe(
      EXIT.gateFailed,
    );

    const same = await scan('--baseline', baseline, '--format', 'json');
    expect(same.code).toBe(EXIT.passed);
    expect(reportOf(same.stdout).summary.new).toBe(0);

    const missing = await scan('--baseline', join(dir, 'none.json'));
    expect(missing.code).toBe(EXIT.gateFailed);
    expect(missing.stderr).toMatch(/^warning: The baseline ".*none\.json" does not exist/m);
  });
});
