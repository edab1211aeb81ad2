import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT, runCli } from '../../../src/cli.js';
import type { Report } from '../../../src/model/report.js';
import type { SarifLog } from '../../../src/report/sarif.js';

async function cli(env: NodeJS.ProcessEnv, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { AWS_REGION: 'us-east-1', ...env },
  });
  return { code, stdout, stderr };
}

const anchors = (log: SarifLog): string[] => [
  ...new Set(
    log.runs[0].results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri ?? ''),
  ),
];

describe('posture-gate --format sarif', () => {
  it('prints the demo as SARIF anchored to the workflow file of GITHUB_WORKFLOW_REF', async () => {
    const run = await cli(
      { GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/posture.yml@refs/heads/main' },
      'demo',
      '--format',
      'sarif',
    );
    expect(run.code).toBe(EXIT.passed);
    const log = JSON.parse(run.stdout) as SarifLog;
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.length).toBeGreaterThan(0);
    expect(anchors(log)).toEqual(['.github/workflows/posture.yml']);
  });

  it('anchors to action.yml outside a workflow', async () => {
    const run = await cli({}, 'demo', '--format', 'sarif');
    expect(anchors(JSON.parse(run.stdout) as SarifLog)).toEqual(['action.yml']);
  });

  it('writes --sarif-path beside another format, the same file --format sarif prints', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'posture-gate-sarif-'));
    const path = join(dir, 'out', 'posture.sarif');
    const run = await cli({}, 'demo', '--format', 'json', '--sarif-path', path);
    expect(run.code).toBe(EXIT.passed);
    const report = JSON.parse(run.stdout) as Report;
    const written = readFileSync(path, 'utf8');
    const log = JSON.parse(written) as SarifLog;
    expect(log.runs[0].results).toHaveLength(
      report.results.filter((r) => r.status === 'FAIL').length,
    );
    const printed = await cli({}, 'demo', '--format', 'sarif');
    // The demo's times are the run's own: compare everything else.
    const withoutTimes = (text: string) => {
      const parsed = JSON.parse(text) as SarifLog;
      parsed.runs[0].invocations = [];
      return parsed;
    };
    expect(withoutTimes(written)).toEqual(withoutTimes(printed.stdout));
  });

  it('names sarif among the formats when --format is wrong', async () => {
    const run = await cli({}, 'demo', '--format', 'yaml');
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toContain('is not one of table, json, markdown, sarif.');
  });
});
