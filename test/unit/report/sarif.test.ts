import Ajv from 'ajv';
import { Buffer } from 'node:buffer';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../../src/config/schema.js';
import { parseSuppressions } from '../../../src/config/suppressions.js';
import { sampleInventory } from '../../../src/demo/index.js';
import type { Report } from '../../../src/model/report.js';
import { SEVERITIES, type CheckResult, type Severity } from '../../../src/model/results.js';
import { emitReports, renderReport } from '../../../src/report/emit.js';
import {
  buildSarif,
  FINGERPRINT_KEY,
  renderSarif,
  SARIF_MAX_BYTES,
  sarifAnchor,
  type SarifLog,
  type SarifResult,
} from '../../../src/report/sarif.js';
import { ALL_RULES } from '../../../src/rules/index.js';
import { evaluateInventory } from '../../../src/triage/evaluate.js';
import { HOSTILE_NAME, makeReport, makeResult } from './fixtures.js';

// The OASIS SARIF 2.1.0 schema (draft-04), vendored with its notice in test/fixtures/sarif.
const require = createRequire(import.meta.url);
const ajv = new Ajv({ schemaId: 'id', allErrors: true, meta: false });
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json') as object);
const validate = ajv.compile(
  JSON.parse(
    readFileSync(new URL('../../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
  ) as object,
);

/** Schema errors of a SARIF text, as readable lines; empty when valid. */
function schemaErrors(text: string): string[] {
  if (validate(JSON.parse(text))) return [];
  return (validate.errors ?? []).map((e) => `${e.dataPath} ${e.message ?? ''}`);
}

const ANCHOR = '.github/workflows/posture.yml';

function demoReport(startedAt = '2026-11-01T06:00:00.000Z', suppressions = ''): Report {
  return evaluateInventory(sampleInventory(), parseConfig({}, {}), {
    startedAt: new Date(startedAt),
    finishedAt: new Date(Date.parse(startedAt) + 60_000),
    ...(suppressions ? { triage: { suppressions: parseSuppressions(suppressions, 's.yml') } } : {}),
  });
}

const run = (log: SarifLog) => log.runs[0];
const fingerprints = (log: SarifLog): string[] =>
  run(log).results.map((r) => r.partialFingerprints[FINGERPRINT_KEY] ?? '');

describe('SARIF of the demo report', () => {
  const report = demoReport();
  const text = renderSarif(report, { anchorPath: ANCHOR });
  const log = JSON.parse(text) as SarifLog;
  const fails = report.results.filter((r) => r.status === 'FAIL');

  it('is valid SARIF 2.1.0 by the OASIS schema', () => {
    expect(schemaErrors(text)).toEqual([]);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
  });

  it('has one result per FAIL, and no PASS or UNKNOWN', () => {
    expect(fails.length).toBeGreaterThan(0);
    expect(report.results.some((r) => r.status === 'UNKNOWN')).toBe(true);
    expect(run(log).results).toHaveLength(fails.length);
    expect(new Set(fingerprints(log))).toEqual(new Set(fails.map((r) => r.id)));
    expect(run(log).properties.resultsLeftOut).toBe(0);
  });

  it('anchors every result to the workflow file at line 1, with the resource as a logical location', () => {
    for (const result of run(log).results) {
      expect(result.locations).toHaveLength(1);
      const [location] = result.locations;
      expect(location?.physicalLocation).toEqual({
        artifactLocation: { uri: ANCHOR },
        region: { startLine: 1 },
      });
      const source = fails.find((r) => r.id === result.partialFingerprints[FINGERPRINT_KEY]);
      expect(location?.logicalLocations).toEqual([
        {
          name: source?.resourceId,
          fullyQualifiedName: source?.resourceArn ?? source?.resourceId,
          kind: 'resource',
        },
      ]);
    }
  });

  it('names the resource, its account and region in each message', () => {
    const iam = fails.find((r) => r.service === 'iam' && r.region === 'global');
    const bucket = fails.find((r) => r.checkId === 's3.versioning-off');
    const messageOf = (r: CheckResult | undefined) =>
      run(log).results.find((s) => s.partialFingerprints[FINGERPRINT_KEY] === r?.id)?.message.text;
    expect(messageOf(iam)).toContain(`${iam?.resourceType} `);
    expect(messageOf(iam)).toContain(`(account ${report.account}): `);
    expect(messageOf(bucket)).toContain(`AWS::S3::Bucket ${bucket?.resourceId}`);
    expect(messageOf(bucket)).toContain(`(account ${report.account}, ${bucket?.region}): `);
    expect(messageOf(bucket)?.endsWith(`: ${bucket?.detail}`)).toBe(true);
  });

  it('sets the level from the severity: critical and high error, medium warning, low note', () => {
    const expected: Record<Severity, string> = {
      critical: 'error',
      high: 'error',
      medium: 'warning',
      low: 'note',
    };
    const seen = new Set<Severity>();
    for (const result of run(log).results) {
      const source = fails.find((r) => r.id === result.partialFingerprints[FINGERPRINT_KEY]);
      const severity = source?.severity as Severity;
      seen.add(severity);
      expect(result.level).toBe(expected[severity]);
      const rule = run(log).tool.driver.rules[result.ruleIndex];
      expect(rule?.id).toBe(result.ruleId);
      expect(rule?.defaultConfiguration.level).toBe(expected[severity]);
    }
    expect([...seen].sort()).toEqual([...SEVERITIES].sort());
  });

  it('describes each check from its metadata, with security-severity and tags', () => {
    const { rules } = run(log).tool.driver;
    const checked = new Set(report.results.map((r) => r.checkId));
    expect(rules.map((r) => r.id)).toEqual(
      ALL_RULES.map((r) => r.meta.id).filter((id) => checked.has(id)),
    );
    const scores: Record<Severity, string> = {
      critical: '9.0',
      high: '7.0',
      medium: '5.0',
      low: '3.0',
    };
    for (const rule of rules) {
      const meta = ALL_RULES.find((r) => r.meta.id === rule.id)?.meta;
      if (!meta) throw new Error(`no metadata for ${rule.id}`);
      expect(rule.shortDescription.text).toBe(meta.title);
      // GitHub keeps 1,024 characters of a description; the help has the whole condition.
      expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1024);
      if (meta.failWhen.length <= 1024) expect(rule.fullDescription.text).toBe(meta.failWhen);
      else expect(rule.fullDescription.text).toBe(`${meta.failWhen.slice(0, 1021)}...`);
      expect(rule.help.text).toContain(`FAIL when: ${meta.failWhen}`);
      expect(rule.helpUri).toBe(meta.remediation.url);
      expect(rule.help.text).toContain(meta.remediation.url);
      expect(rule.help.markdown).toContain(`](${meta.remediation.url})`);
      expect(rule.properties['security-severity']).toBe(scores[meta.severity]);
      expect(rule.properties.tags).toEqual([
        meta.category,
        ...(meta.frameworks.fsbp ?? []).map((id) => `FSBP:${id}`),
        ...(meta.frameworks.cis ?? []).map((id) => `CIS:${id}`),
      ]);
    }
    const rds = rules.find((r) => r.id === 'rds.storage-unencrypted');
    expect(rds?.properties.tags).toEqual(['security', 'FSBP:RDS.3', 'FSBP:RDS.27', 'CIS:2.3.1']);
  });

  it('keeps runs of different accounts and regions apart', () => {
    expect(run(log).automationDetails.id).toBe(
      `posture-gate/${report.account}/${[...report.regions].sort().join(',')}/`,
    );
    const other = buildSarif({ ...report, account: '999988887777' }, { anchorPath: ANCHOR });
    expect(run(other).automationDetails.id).not.toBe(run(log).automationDetails.id);
  });

  it('is what --format sarif prints', () => {
    expect(renderReport(report, 'sarif', undefined, ANCHOR)).toBe(text);
  });
});

describe('SARIF fingerprints', () => {
  it('are the same in two runs of the same account at different times', () => {
    const first = buildSarif(demoReport('2026-11-01T06:00:00.000Z'), { anchorPath: ANCHOR });
    const second = buildSarif(demoReport('2026-11-08T06:00:00.000Z'), { anchorPath: ANCHOR });
    expect(fingerprints(first).length).toBeGreaterThan(0);
    expect(fingerprints(second)).toEqual(fingerprints(first));
    expect(run(second).results.map((r) => r.ruleId)).toEqual(
      run(first).results.map((r) => r.ruleId),
    );
    expect(new Set(fingerprints(first)).size).toBe(fingerprints(first).length);
  });

  it('do not depend on the file the results are anchored to', () => {
    const report = demoReport();
    const fromWorkflow = buildSarif(report, { anchorPath: ANCHOR });
    const fromAction = buildSarif(report, { anchorPath: 'action.yml' });
    expect(fingerprints(fromAction)).toEqual(fingerprints(fromWorkflow));
  });
});

describe('SARIF of suppressed findings', () => {
  const suppressions = [
    'version: 1',
    'suppressions:',
    '  - check: s3.versioning-off',
    '    reason: "Write-once log buckets [by design]"',
    '    expires: 2099-12-31',
  ].join('\n');
  const report = demoReport('2026-11-01T06:00:00.000Z', suppressions);
  const text = renderSarif(report, { anchorPath: ANCHOR });
  const log = JSON.parse(text) as SarifLog;
  const suppressed = report.results.filter((r) => r.status === 'FAIL' && r.suppressed);

  it('is valid SARIF 2.1.0 by the OASIS schema', () => {
    expect(suppressed.length).toBeGreaterThan(0);
    expect(schemaErrors(text)).toEqual([]);
  });

  it('keeps each suppressed FAIL as a result with an external suppression and its reason', () => {
    const results = run(log).results.filter((r) => r.ruleId === 's3.versioning-off');
    expect(results).toHaveLength(suppressed.length);
    for (const result of results) {
      expect(result.suppressions).toEqual([
        {
          kind: 'external',
          status: 'accepted',
          justification: 'Write-once log buckets [by design]',
        },
      ]);
    }
    const open = run(log).results.filter((r) => r.ruleId !== 's3.versioning-off');
    expect(open.length).toBeGreaterThan(0);
    for (const result of open) expect(result.suppressions).toBeUndefined();
  });

  it('lists the suppressed results after every unsuppressed one', () => {
    const flags = run(log).results.map((r) => r.suppressions !== undefined);
    expect(flags.indexOf(true)).toBe(flags.length - suppressed.length);
  });
});

describe('SARIF limits', () => {
  const severityOf = (i: number): Severity => SEVERITIES[i % 4] as Severity;
  const results: CheckResult[] = Array.from({ length: 30_000 }, (_, i) =>
    makeResult({
      id: `r${String(i).padStart(6, '0')}`,
      severity: severityOf(i),
      resourceId: `fs-${String(i).padStart(6, '0')}`,
    }),
  );
  const report = makeReport({ results });

  it('carries at most 25,000 of 30,000 FAILs, the most severe, and says how many were left out', () => {
    // The byte limit is lifted here to see the result cap alone; the next tests hold it.
    const text = renderSarif(report, { anchorPath: ANCHOR, maxBytes: 50_000_000 });
    const log = JSON.parse(text) as SarifLog;
    const kept = run(log).results;
    expect(kept).toHaveLength(25_000);
    const keptIds = new Set(kept.map((r) => r.partialFingerprints[FINGERPRINT_KEY]));
    const keptBySeverity = (s: Severity) =>
      results.filter((r) => r.severity === s && keptIds.has(r.id)).length;
    // 7,500 of each severity: every critical, high and medium, and 2,500 of the lows.
    expect(SEVERITIES.map(keptBySeverity)).toEqual([7_500, 7_500, 7_500, 2_500]);
    expect(run(log).properties).toEqual({
      resultsLeftOut: 5_000,
      resultsLeftOutBySeverity: { critical: 0, high: 0, medium: 0, low: 5_000 },
    });
    expect(run(log).invocations[0]?.toolExecutionNotifications?.[0]?.message.text).toMatch(
      /^5000 of 30000 FAIL results were left out/,
    );
    expect(schemaErrors(text)).toEqual([]);
  });

  it('keeps 30,000 FAILs under both limits with the defaults, every critical kept', () => {
    const text = renderSarif(report, { anchorPath: ANCHOR });
    expect(Buffer.byteLength(text)).toBeLessThan(10_000_000);
    const log = JSON.parse(text) as SarifLog;
    const kept = run(log).results;
    expect(kept.length).toBeLessThanOrEqual(25_000);
    expect(kept.length).toBeGreaterThan(20_000);
    expect(kept.filter((r) => r.level === 'error')).toHaveLength(15_000);
    expect(run(log).properties.resultsLeftOut).toBe(30_000 - kept.length);
  });

  it('stays under 10 MB, leaving out the least severe results past it', () => {
    const long = results.slice(0, 20_000).map((r) => ({ ...r, detail: 'x'.repeat(900) }));
    const text = renderSarif(makeReport({ results: long }), { anchorPath: ANCHOR });
    expect(Buffer.byteLength(text)).toBeLessThan(SARIF_MAX_BYTES);
    const log = JSON.parse(text) as SarifLog;
    const kept = run(log).results;
    expect(kept.length).toBeGreaterThan(5_000);
    expect(kept.length).toBeLessThan(20_000);
    expect(run(log).properties.resultsLeftOut).toBe(20_000 - kept.length);
    const severities = kept.map(
      (r) => long.find((l) => l.id === r.partialFingerprints[FINGERPRINT_KEY])?.severity,
    );
    expect(severities.slice(0, 5_000).every((s) => s === 'critical')).toBe(true);
  });

  it('fills a small byte budget exactly as far as it goes', () => {
    const few = results.slice(0, 40);
    const whole = renderSarif(makeReport({ results: few }), { anchorPath: ANCHOR });
    const budget = Buffer.byteLength(whole) - 100;
    const text = renderSarif(makeReport({ results: few }), {
      anchorPath: ANCHOR,
      maxBytes: budget,
    });
    expect(Buffer.byteLength(text)).toBeLessThan(budget);
    const log = JSON.parse(text) as SarifLog;
    expect(run(log).results.length).toBeLessThan(40);
    expect(run(log).results.length).toBeGreaterThan(30);
  });
});

describe('sarifAnchor', () => {
  it('takes the workflow file from GITHUB_WORKFLOW_REF', () => {
    expect(sarifAnchor('octo-org/octo-repo/.github/workflows/posture.yml@refs/heads/main')).toBe(
      '.github/workflows/posture.yml',
    );
    expect(sarifAnchor('o/r/.github/workflows/ci/audit.yaml@refs/pull/42/merge')).toBe(
      '.github/workflows/ci/audit.yaml',
    );
  });

  it.each([
    undefined,
    '',
    'not a ref',
    'o/r/src/main.ts@refs/heads/main',
    'o/r/.github/workflows/../x.yml@v1',
  ])('falls back to action.yml for %p', (ref) => {
    expect(sarifAnchor(ref)).toBe('action.yml');
  });
});

describe('SARIF escaping', () => {
  const hostile = makeResult({
    resourceName: HOSTILE_NAME,
    resourceId: 'fs-[1](https://evil.example)',
    detail: 'Tag Owner is @octocat\nnext line `code` _x_ \\ & <b>. issue #12 costs $5 ~~gone~~',
  });
  const report = makeReport({ results: [hostile] });
  const text = renderSarif(report, { anchorPath: ANCHOR });
  const [result] = run(JSON.parse(text) as SarifLog).results as SarifResult[];
  const message = result?.message.text ?? '';

  /** What a markdown reader shows: backslash escapes undone, word joiners invisible. */
  const shown = (raw: string) => raw.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/\u2060/g, '');

  it('shows hostile names and details as their own characters', () => {
    expect(shown(message)).toBe(
      `AWS::EFS::FileSystem ${HOSTILE_NAME} (fs-[1](https://evil.example)) (account 111122223333, us-east-1): Tag Owner is @octocat next line \`code\` _x_ \\ & <b>. issue #12 costs $5 ~~gone~~`,
    );
  });

  it('leaves no markdown, HTML or SARIF link syntax unescaped in AWS-sourced text', () => {
    for (const escaped of [
      '\\<img src=x\\>\\|\\*\\*bold\\*\\*',
      'fs-\\[1\\](https://evil.example)',
      'issue \\#12 costs \\$5 \\~\\~gone\\~\\~',
      '\\`code\\` \\_x\\_ \\\\ \\& \\<b\\>.',
    ]) {
      expect(message).toContain(escaped);
    }
    expect(message).not.toMatch(/\n/);
  });

  it('stops the mention', () => {
    expect(message).toContain('@\u2060octocat');
  });

  it('stays valid SARIF', () => {
    expect(schemaErrors(text)).toEqual([]);
  });
});

describe('emitReports with a SARIF target', () => {
  it('writes the SARIF file and names it in the sarif-path output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'posture-gate-emit-'));
    const outputs: Record<string, string> = {};
    const report = makeReport({ results: [makeResult()] });
    await emitReports(report, {
      json: { path: 'posture-report.json', file: join(dir, 'posture-report.json') },
      sarif: {
        path: 'scan/posture.sarif',
        file: join(dir, 'scan', 'posture.sarif'),
        anchorPath: ANCHOR,
      },
      setOutputs: (values) => Object.assign(outputs, values),
    });
    expect(outputs['sarif-path']).toBe('scan/posture.sarif');
    expect(outputs['report-path']).toBe('posture-report.json');
    const text = readFileSync(join(dir, 'scan', 'posture.sarif'), 'utf8');
    expect(text).toBe(renderSarif(report, { anchorPath: ANCHOR }));
    expect(schemaErrors(text)).toEqual([]);
  });

  it('sets no sarif-path output without a SARIF target', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'posture-gate-emit-'));
    const outputs: Record<string, string> = {};
    await emitReports(makeReport(), {
      json: { path: 'r.json', file: join(dir, 'r.json') },
      setOutputs: (values) => Object.assign(outputs, values),
    });
    expect('sarif-path' in outputs).toBe(false);
  });
});
