import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../../src/model/report.js';
import type { CheckResult } from '../../../src/model/results.js';
import { renderConsole } from '../../../src/report/console.js';
import { renderJson } from '../../../src/report/json.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { commentBody } from '../../../src/report/pr-comment.js';
import { readReport, ReportFileError, reportFromJson } from '../../../src/report/read.js';
import { renderSarif } from '../../../src/report/sarif.js';
import { applyBaseline } from '../../../src/triage/baseline.js';
import { mergeReports } from '../../../src/triage/merge.js';
import { makeReport, makeResult } from './fixtures.js';

// The same scan of the 0.1.0 moto inventory, with a suppressions file and a baseline (one finding
// new, one resolved), written by 0.1.0 (schemaVersion 1) and by this version (schemaVersion 2).
const V1 = 'test/fixtures/reports/moto-v1.report.json';
const V2 = 'test/fixtures/reports/moto-v2.report.json';
const FIXTURES = [
  ['1', V1],
  ['2', V2],
] as const;

const raw = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

/** The two fixtures were written at different times: set the clock fields alike to compare. */
const sameClock = (report: Report): Report => ({
  ...report,
  startedAt: '2026-12-01T00:00:00.000Z',
  finishedAt: '2026-12-01T00:01:00.000Z',
  durationMs: 60000,
});

const read = async (path: string): Promise<Report> => sameClock(await readReport(path));

const byId = (results: readonly CheckResult[]): CheckResult[] =>
  [...results].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('readReport of versions 1 and 2', () => {
  it('reads the fixtures as the versions they are', () => {
    expect(raw(V1).schemaVersion).toBe(1);
    expect(raw(V1).checks).toBeUndefined();
    expect(raw(V2).schemaVersion).toBe(2);
    expect(raw(V2).checks).toBeDefined();
  });

  it('gives the same report in memory from either version', async () => {
    const [v1, v2] = [await read(V1), await read(V2)];
    expect(v1.schemaVersion).toBe(2);
    expect(v2.schemaVersion).toBe(2);
    expect(byId(v2.results)).toEqual(byId(v1.results));
    expect(byId(v2.resolved)).toEqual(byId(v1.resolved));
    expect(v2).toEqual({ ...v1, results: v2.results, resolved: v2.resolved });
  });

  it('gives every result of version 2 its check metadata back, shared by the results of a check', async () => {
    const v2 = await readReport(V2);
    const file = raw(V2) as { checks: Record<string, { title: string; severity: string }> };
    const [first, second] = v2.results.filter((r) => r.checkId === 's3.versioning-off');
    expect(first?.title).toBe(file.checks['s3.versioning-off']?.title);
    expect(first?.severity).toBe(file.checks['s3.versioning-off']?.severity);
    expect(first?.remediation.url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    expect(second?.remediation).toBe(first?.remediation);
    expect(v2.resolved[0]?.title).toEqual(expect.any(String));
  });

  it('migrates version 1: written again it is version 2 and reads back the same', async () => {
    const v1 = await readReport(V1);
    const written = renderJson(v1);
    expect(JSON.parse(written)).toMatchObject({ schemaVersion: 2, checks: expect.any(Object) });
    const again = reportFromJson(JSON.parse(written), 'again.json');
    expect(again).toEqual(v1);
    expect(renderJson(again)).toBe(written);
  });

  it('writes version 2 back byte for byte', async () => {
    expect(renderJson(await readReport(V2))).toBe(readFileSync(V2, 'utf8'));
  });

  it('keeps a check field a result writes for itself over its check entry', () => {
    const text = renderJson(
      makeReport({
        results: [
          makeResult({ resourceId: 'a', resourceType: 'AWS::RDS::DBInstance' }),
          makeResult({ resourceId: 'b', resourceType: 'AWS::RDS::DBInstance' }),
          makeResult({ resourceId: 'c', resourceType: 'AWS::DocDB::DBCluster', frameworks: {} }),
        ],
      }),
    );
    const file = JSON.parse(text) as { results: Record<string, unknown>[] };
    expect(file.results.map((r) => [r.resourceId, r.resourceType, r.frameworks])).toEqual([
      ['a', undefined, undefined],
      ['b', undefined, undefined],
      ['c', 'AWS::DocDB::DBCluster', {}],
    ]);
    const results = reportFromJson(file, 'report.json').results;
    expect(results.map((r) => [r.resourceId, r.resourceType, r.frameworks])).toEqual([
      ['a', 'AWS::RDS::DBInstance', { fsbp: ['EFS.1'] }],
      ['b', 'AWS::RDS::DBInstance', { fsbp: ['EFS.1'] }],
      ['c', 'AWS::DocDB::DBCluster', {}],
    ]);
  });

  it('names a result whose check is not in the catalogue', () => {
    const file = raw(V2) as { results: Record<string, unknown>[] };
    file.results[3] = { ...file.results[3], checkId: 'nope.gone' };
    expect(() => reportFromJson(file, 'report.json')).toThrow(
      /"report\.json" is not a posture-gate JSON report of schemaVersion 2 \(results\.3\.checkId: "nope\.gone" is not in checks\)/,
    );
  });

  it.each([
    ['a version it does not know', { ...raw(V2), schemaVersion: 3 }, /schemaVersion/],
    ['version 2 without its catalogue', { ...raw(V2), checks: undefined }, /checks/],
    ['a version 2 result without checkId', { ...raw(V2), results: [{ id: 'x' }] }, /checkId/],
  ])('rejects %s, naming the field', (_name, file, field) => {
    let error: unknown;
    try {
      reportFromJson(file, 'report.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ReportFileError);
    expect((error as Error).message).toMatch(
      /^"report\.json" is not a posture-gate JSON report of schemaVersion 1 or 2 \(/,
    );
    expect((error as Error).message).toMatch(field);
  });
});

describe.each(FIXTURES)('every reader of a report of version %s', (_version, path) => {
  it('renders the summary, PR comment, console and SARIF as from the other version', async () => {
    const [report, v1] = [await read(path), await read(V1)];
    expect(renderMarkdown(report, { reportPath: 'r.json' })).toBe(
      renderMarkdown(v1, { reportPath: 'r.json' }),
    );
    expect(commentBody(report, 'r.json')).toBe(commentBody(v1, 'r.json'));
    expect(renderConsole(report, { width: 100 })).toBe(renderConsole(v1, { width: 100 }));
    expect(renderSarif(report, { anchorPath: 'action.yml' })).toBe(
      renderSarif(v1, { anchorPath: 'action.yml' }),
    );
  });

  it('renders what the checks say: titles, remediation and severities', async () => {
    const report = await read(path);
    const sarif = JSON.parse(renderSarif(report, { anchorPath: 'action.yml' })) as {
      runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string } }[] } } }[];
    };
    const rule = sarif.runs[0]?.tool.driver.rules.find((r) => r.id === 'rds.publicly-accessible');
    const title = report.results.find((r) => r.checkId === 'rds.publicly-accessible')?.title;
    expect(title).toEqual(expect.any(String));
    expect(rule?.shortDescription.text).toBe(title);
    expect(renderMarkdown(report)).toContain(title);
    expect(renderConsole(report, { width: 100 })).toContain('rds.publicly-accessible');
  });

  it('is a baseline: the same new, existing and resolved findings', async () => {
    const baseline = await read(path);
    const current = (await read(V1)).results.map(({ baseline: _mark, ...rest }) => rest);
    const outcome = applyBaseline(current, baseline, { path, report: baseline });
    expect(outcome.results.filter((r) => r.baseline === 'new')).toEqual([]);
    expect(outcome.results.filter((r) => r.baseline === 'existing')).toHaveLength(
      baseline.results.filter((r) => r.status === 'FAIL').length,
    );
    expect(outcome.warnings).toEqual([]);
  });

  it('merges with the other version into one report written as version 2', async () => {
    const report = await read(path);
    const other = await read(path === V1 ? V2 : V1);
    const gate = {
      minimumScore: 0,
      failOnSeverity: 'critical' as const,
      failOnIncomplete: false,
      gateCategories: report.config.gateCategories,
      failOnNewOnly: false,
    };
    const merged = mergeReports([report, other], gate, new Date('2026-12-01T00:02:00.000Z'));
    expect(byId(merged.results)).toEqual(byId(report.results));
    expect(byId(merged.resolved)).toEqual(byId(report.resolved));
    const written = JSON.parse(renderJson(merged)) as { schemaVersion: number };
    expect(written.schemaVersion).toBe(2);
    expect(byId(reportFromJson(written, 'merged.json').results)).toEqual(byId(report.results));
  });
});

describe('readReport of a file', () => {
  it('reads a written version 2 file and names a missing one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'posture-gate-read-'));
    const file = join(dir, 'report.json');
    writeFileSync(file, readFileSync(V2));
    expect((await readReport(file, 'given.json')).results).toHaveLength(
      (raw(V2).results as unknown[]).length,
    );
    await expect(readReport(join(dir, 'none.json'), 'none.json')).rejects.toThrow(
      /^Cannot read report "none\.json"/,
    );
  });
});
