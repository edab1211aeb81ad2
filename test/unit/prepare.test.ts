import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError, parseConfig } from '../../src/config/schema.js';
import { prepareRun } from '../../src/prepare.js';
import { renderJson } from '../../src/report/json.js';
import { makeReport } from './report/fixtures.js';

const SUPPRESSIONS = `version: 1
suppressions:
  - check: s3.versioning-off
    resource: "acme-logs-*"
    reason: Write-once log bucket
    expires: 2027-03-31
`;

/** A workspace with these files, and prepareRun resolving the config's paths inside it. */
function workspace(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'posture-gate-prepare-'));
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(resolve(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
  return (inputs: Record<string, string>) =>
    prepareRun(parseConfig(inputs, {}), (path) => resolve(dir, path));
}

async function configError(run: Promise<unknown>): Promise<ConfigError> {
  const error = await run.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (error instanceof ConfigError) return error;
  throw new Error(`expected a ConfigError, got ${String(error)}`);
}

describe('prepareRun', () => {
  it('needs nothing when no file is named', async () => {
    expect(await prepareRun(parseConfig({}, {}))).toEqual({});
  });

  it('reads the suppressions file and the baseline report the config names', async () => {
    const baseline = makeReport();
    const prepare = workspace({
      '.github/posture-suppressions.yml': SUPPRESSIONS,
      'baseline/posture-report.json': renderJson(baseline),
    });
    const triage = await prepare({
      suppressions: '.github/posture-suppressions.yml',
      baseline: 'baseline/posture-report.json',
    });
    expect(triage.suppressions).toEqual([
      {
        index: 0,
        check: 's3.versioning-off',
        resource: 'acme-logs-*',
        reason: 'Write-once log bucket',
        expires: '2027-03-31',
      },
    ]);
    expect(triage.baseline).toEqual({ path: 'baseline/posture-report.json', report: baseline });
  });

  it('allows a baseline path that does not exist: a first run has none', async () => {
    const triage = await workspace({})({ baseline: 'baseline/posture-report.json' });
    expect(triage.baseline).toEqual({ path: 'baseline/posture-report.json' });
  });

  it.each([
    ['that is not YAML', 'version: 1\nsuppressions: [\n', /is not valid YAML/],
    ['of version 2', 'version: 2\nsuppressions: []\n', /version must be 1/],
    [
      'with a bad entry',
      'version: 1\nsuppressions:\n  - check: s3.*\n    reason: ""\n    expires: 2027-03-31\n',
      /suppressions\[0\]: reason /,
    ],
  ])(
    'rejects a suppressions file %s, naming the input and the path given',
    async (_what, text, problem) => {
      const error = await configError(workspace({ 'bad.yml': text })({ suppressions: 'bad.yml' }));
      expect(error.input).toBe('suppressions');
      expect(error.message).toMatch(/^Invalid input "suppressions": "bad\.yml" /);
      expect(error.message).toMatch(problem);
      expect(error.message).not.toContain('\n');
    },
  );

  it('rejects a suppressions file that does not exist', async () => {
    const error = await configError(workspace({})({ suppressions: 'missing.yml' }));
    expect(error.input).toBe('suppressions');
    expect(error.message).toMatch(/^Invalid input "suppressions": "missing\.yml" cannot be read/);
  });

  it.each([
    ['not JSON', '{ "schemaVersion": 1,'],
    ['JSON but not a report', JSON.stringify({ hello: 'world' })],
    ['a report of another schema version', JSON.stringify({ ...makeReport(), schemaVersion: 9 })],
  ])('rejects a baseline that is %s, naming the input and the path given', async (_what, text) => {
    const error = await configError(
      workspace({ 'baseline.json': text })({ baseline: 'baseline.json' }),
    );
    expect(error.input).toBe('baseline');
    expect(error.message).toMatch(/^Invalid input "baseline": .*"baseline\.json"/);
    expect(error.message).not.toContain('\n');
  });

  it('rejects an unknown skip-checks check when checks is not given', async () => {
    const error = await configError(workspace({})({ 'skip-checks': 'efs.nope' }));
    expect(error.input).toBe('skip-checks');
    expect(error.message).toMatch(/"efs\.nope" is not a check; closest: efs\./);
  });

  it('rejects an unknown check before reading any file', async () => {
    const error = await configError(
      workspace({})({ checks: 's3.nope', suppressions: 'missing.yml' }),
    );
    expect(error.input).toBe('checks');
    expect(error.message).toMatch(/"s3\.nope" is not a check; closest: /);
  });
});
