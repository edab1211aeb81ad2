import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, parseConfig } from '../../../src/config/schema.js';
import { prepareRun } from '../../../src/prepare.js';

const NO_ENV = {};
const isRoot = process.getuid?.() === 0;

function workspace(): string {
  return mkdtempSync(join(tmpdir(), 'posture-gate-prepare-'));
}

/** prepareRun as the action calls it: paths resolved against the workspace, report-path checked. */
async function prepare(dir: string, inputs: Record<string, string> = {}): Promise<unknown> {
  const config = parseConfig(inputs, NO_ENV);
  return prepareRun(config, (path) => join(dir, path), [
    { input: 'report-path', path: config.reportPath },
  ]);
}

async function configError(run: Promise<unknown>): Promise<ConfigError> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe('prepareRun: the report path is checked before any AWS call', () => {
  it('creates the directories of report-path and leaves nothing else behind', async () => {
    const dir = workspace();
    await prepare(dir, { 'report-path': 'out/nested/report.json' });
    expect(readdirSync(join(dir, 'out', 'nested'))).toEqual([]);
  });

  it('names report-path when its directory cannot be created (a file is in the way)', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'README.md'), 'a file, not a directory\n');
    const error = await configError(prepare(dir, { 'report-path': 'README.md/out/report.json' }));
    expect(error.input).toBe('report-path');
    expect(error.message).toBe(
      'Invalid input "report-path": "README.md/out/report.json" cannot be written: a part of its directory is a file, not a directory (ENOTDIR).',
    );
    expect(error.message).not.toContain('could not run the scan');
  });

  it('names sarif-path when the caller writes SARIF and its directory cannot be created', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'README.md'), 'a file, not a directory\n');
    const config = parseConfig({ 'sarif-path': 'README.md/results.sarif' }, NO_ENV);
    const error = await configError(
      prepareRun(config, (path) => join(dir, path), [
        { input: 'report-path', path: config.reportPath },
        { input: 'sarif-path', path: config.sarifPath ?? '' },
      ]),
    );
    expect(error.input).toBe('sarif-path');
    expect(error.message).toContain('Invalid input "sarif-path": "README.md/results.sarif"');
  });

  it('names report-path when it is a directory', async () => {
    const dir = workspace();
    mkdirSync(join(dir, 'reports'));
    const error = await configError(prepare(dir, { 'report-path': 'reports' }));
    expect(error.input).toBe('report-path');
    expect(error.message).toContain('"reports" cannot be written: it is a directory (EISDIR)');
  });

  (isRoot ? it.skip : it)('names report-path when its directory is read-only', async () => {
    const dir = workspace();
    mkdirSync(join(dir, 'locked'));
    chmodSync(join(dir, 'locked'), 0o500);
    try {
      const error = await configError(prepare(dir, { 'report-path': 'locked/report.json' }));
      expect(error.message).toContain('cannot be written: permission denied (EACCES)');
    } finally {
      chmodSync(join(dir, 'locked'), 0o700);
    }
  });

  it('never opens a report already there, even when a later check fails', async () => {
    const dir = workspace();
    const earlier = '{"schemaVersion": 1, "earlier": "report"}\n';
    writeFileSync(join(dir, 'posture-report.json'), earlier);
    await prepare(dir);
    expect(readFileSync(join(dir, 'posture-report.json'), 'utf8')).toBe(earlier);
    writeFileSync(join(dir, 'suppressions.yml'), 'not: [a, list\n');
    const error = await configError(prepare(dir, { suppressions: 'suppressions.yml' }));
    expect(error.input).toBe('suppressions');
    expect(readFileSync(join(dir, 'posture-report.json'), 'utf8')).toBe(earlier);
    expect(readdirSync(dir).sort()).toEqual(['posture-report.json', 'suppressions.yml']);
  });

  it('names suppressions and baseline when they cannot be read or parsed', async () => {
    const dir = workspace();
    mkdirSync(join(dir, 'suppressions.yml'));
    expect((await configError(prepare(dir, { suppressions: 'suppressions.yml' }))).input).toBe(
      'suppressions',
    );
    writeFileSync(join(dir, 'baseline.json'), '{"not": "a report"');
    expect((await configError(prepare(dir, { baseline: 'baseline.json' }))).input).toBe('baseline');
  });

  it('checks nothing to write when the caller writes no report (the CLI without --report-path)', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'README.md'), 'a file\n');
    const config = parseConfig({ 'report-path': 'README.md/report.json' }, NO_ENV);
    await expect(prepareRun(config, (path) => join(dir, path))).resolves.toEqual({});
  });
});
