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
// new, one resolved), written by 0.1.0 (schemaVersion 1), by the version that wrote schemaVersion 2
// (main at 9cda867), and by this version (schemaVersion 3).
const V1 = 'test/fixtures/reports/moto-v1.report.json';
const V2 = 'test/fixtures/reports/moto-v2.report.json';
const V3 = 'test/fixtures/reports/moto-v3.report.json';
const FIXTURES = [
  ['1', V1],
  ['2', V2],
  ['3', V3],
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

describe('readReport of versions 1, 2 and 3', () => {
  it('reads the fixtures as the versions they are', () => {
    expect(raw(V1).schemaVersion).toBe(1);
    expect(raw(V1).checks).toBeUndefined();
    expect(raw(V2).schemaVersion).toBe(2);
    expect(raw(V2).checks).toBeDefined();
    expect(raw(V2).resourceTable).toBeUndefined();
    expect(raw(V3).schemaVersion).toBe(3);
    expect(raw(V3).resourceTable).toBeDefined();
  });

  it.each([V2, V3])('gives the same report in memory from version 1 and from %s', async (path) => {
    const [v1, other] = [await read(V1), await read(path)];
    expect(v1.schemaVersion).toBe(3);
    expect(other.schemaVersion).toBe(3);
    expect(byId(other.results)).toEqual(byId(v1.results));
    expect(byId(other.resolved)).toEqual(byId(v1.resolved));
    expect(other).toEqual({ ...v1, results: other.results, resolved: other.resolved });
  });

  it('gives every result of version 3 its resource fields back from the table', async () => {
    const v3 = await readReport(V3);
    const file = raw(V3) as {
      resourceTable: Record<string, string>[];
      results: { id: string; resource: number }[];
    };
    const stored = file.results.find((r) => r.id === v3.results[0]?.id);
    const entry = file.resourceTable[stored?.resource ?? -1];
    expect(entry?.resourceId).toEqual(expect.any(String));
    expect(v3.results[0]).toMatchObject(entry ?? {});
    expect(v3.results[0]).not.toHaveProperty('resource');
    const resolved = v3.resolved[0];
    expect(resolved?.account).toBe('123456789012');
    expect(resolved?.resourceId).toEqual(expect.any(String));
  });

  it.each([V2, V3])(
    'gives every result of %s its check metadata back, shared by the results of a check',
    async (path) => {
      const v2 = await readReport(path);
      const file = raw(path) as { checks: Record<string, { title: string; severity: string }> };
      const [first, second] = v2.results.filter((r) => r.checkId === 's3.versioning-off');
      expect(first?.title).toBe(file.checks['s3.versioning-off']?.title);
      expect(first?.severity).toBe(file.checks['s3.versioning-off']?.severity);
      expect(first?.remediation.url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect(second?.remediation).toBe(first?.remediation);
      expect(v2.resolved[0]?.title).toEqual(expect.any(String));
    },
  );

  it.each([V1, V2])(
    'migrates %s: written again it is version 3 and reads back the same',
    async (path) => {
      const earlier = await readReport(path);
      const written = renderJson(earlier);
      expect(JSON.parse(written)).toMatchObject({
        schemaVersion: 3,
        checks: expect.any(Object),
        resourceTable: expect.any(Array),
      });
      const again = reportFromJson(JSON.parse(written), 'again.json');
      expect(again).toEqual(earlier);
      expect(renderJson(again)).toBe(written);
      expect(renderJson(sameClock(earlier))).toBe(renderJson(await read(V3)));
    },
  );

  it('writes version 3 back byte for byte', async () => {
    expect(renderJson(await readReport(V3))).toBe(readFileSync(V3, 'utf8'));
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
    const file = JSON.parse(text) as {
      results: Record<string, unknown>[];
      resourceTable: { resourceId: string }[];
    };
    expect(
      file.results.map((r) => [
        file.resourceTable[r.resource as number]?.resourceId,
        r.resourceType,
        r.frameworks,
      ]),
    ).toEqual([
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

  it.each([V1, V2])(
    'writes a result of %s that has a field named resource with its own resource, and reads it back so',
    (path) => {
      // `resource` means a position in resourceTable from version 3 only: a field of that name in
      // an earlier file (a baseline from an artifact) must not point its result at another one.
      const file = raw(path) as { results: Record<string, unknown>[] };
      file.results = file.results.map((r) => ({ ...r, resource: 0 }));
      const earlier = reportFromJson(file, 'report.json');
      const again = reportFromJson(JSON.parse(renderJson(earlier)), 'again.json');
      const where = (list: readonly CheckResult[]) =>
        byId(list).map((r) => [r.id, r.account, r.region, r.resourceId, r.resourceArn]);
      expect(where(again.results)).toEqual(where(earlier.results));
      expect(where(again.results)).toEqual(where(reportFromJson(raw(path), 'x').results));
    },
  );

  it('gives a result only the resource fields of its resourceTable entry', () => {
    // An entry is a resource, not a result: whatever else a file puts there (a status, a
    // suppression, a severity) is not its results'.
    const file = raw(V3) as { results: Record<string, unknown>[]; resourceTable: object[] };
    const at = file.results[0]?.resource as number;
    file.resourceTable[at] = {
      ...file.resourceTable[at],
      severity: 'low',
      suppressed: { reason: 'x', expires: '2099-01-01' },
    };
    const plain = reportFromJson(raw(V3), 'report.json').results;
    const read = reportFromJson(file, 'report.json').results;
    expect(read).toEqual(plain);
  });

  it('writes no field a result lacks from a member named __proto__ in its file', () => {
    // JSON.parse keeps "__proto__" as a member; assigned to a plain object it would become its
    // prototype, and the fields under it would be written as the result's own.
    const lines = readFileSync(V3, 'utf8').split('\n');
    const at = lines.findIndex((line) => line.startsWith('{"id":'));
    lines[at] = (lines[at] as string).replace(
      '{"id":',
      '{"__proto__":{"monthlySavingsUsd":999,"suppressed":{"reason":"x","expires":"2099-01-01"}},"id":',
    );
    const report = reportFromJson(JSON.parse(lines.join('\n')), 'report.json');
    const crafted = report.results.find((r) => Object.hasOwn(r, '__proto__'));
    expect(crafted?.suppressed).toBeUndefined();
    const written = JSON.parse(renderJson(report)) as { results: Record<string, unknown>[] };
    const again = written.results.find((r) => r.id === crafted?.id);
    expect(again).not.toHaveProperty('suppressed');
    expect(again).not.toHaveProperty('monthlySavingsUsd');
    const reread = reportFromJson(written, 'again.json').results.find((r) => r.id === crafted?.id);
    expect(reread?.suppressed).toBeUndefined();
    expect(reread?.monthlySavingsUsd).toBeUndefined();
  });

  it.each([
    [V2, 2],
    [V3, 3],
  ])('names a result of %s whose check is not in the catalogue', (path, version) => {
    const file = raw(path) as { results: Record<string, unknown>[] };
    file.results[3] = { ...file.results[3], checkId: 'nope.gone' };
    expect(() => reportFromJson(file, 'report.json')).toThrow(
      `"report.json" is not a posture-gate JSON report of schemaVersion ${version} (results.3.checkId: "nope.gone" is not in checks).`,
    );
  });

  it('names a result of version 3 whose resource is not in the table', () => {
    const file = raw(V3) as { results: Record<string, unknown>[]; resourceTable: unknown[] };
    const entries = file.resourceTable.length;
    file.results[2] = { ...file.results[2], resource: entries };
    expect(() => reportFromJson(file, 'report.json')).toThrow(
      `"report.json" is not a posture-gate JSON report of schemaVersion 3 (results.2.resource: ${entries} is past the end of resourceTable (${entries} entries)).`,
    );
  });

  it.each<readonly [string, unknown, string | RegExp]>([
    ['a version it does not know', { ...raw(V3), schemaVersion: 4 }, /schemaVersion/],
    ['version 2 without its catalogue', { ...raw(V2), checks: undefined }, /checks/],
    ['a version 2 result without checkId', { ...raw(V2), results: [{ id: 'x' }] }, /checkId/],
    [
      'version 3 without its resource table',
      { ...raw(V3), resourceTable: undefined },
      /resourceTable/,
    ],
    [
      'a version 3 result without its resource',
      { ...raw(V3), results: [{ id: 'x', checkId: 'efs.unencrypted' }] },
      /results\.0\.resource/,
    ],
    [
      'a version 3 resource without its id',
      { ...raw(V3), resourceTable: [{ account: '1', region: 'r' }] },
      /resourceTable\.0\.resourceId/,
    ],
    // Written again (a baseline's resolved FAILs, a merge), such a result would make a
    // resourceTable entry without its id, and the next run could not read its own report.
    ...(['account', 'region', 'resourceId'] as const).flatMap((field) =>
      [V1, V2].map((path) => {
        const file = raw(path) as { results: Record<string, unknown>[] };
        const { [field]: _gone, ...rest } = file.results[1] ?? {};
        file.results[1] = rest;
        return [`a result of ${path} without its ${field}`, file, `results.1.${field}`] as const;
      }),
    ),
    [
      'a version 3 result with a resource field that is not a string',
      { ...raw(V3), results: [{ id: 'x', checkId: 'efs.unencrypted', resource: 0, region: 5 }] },
      'results.0.region',
    ],
  ])('rejects %s, naming the field', (_name, file, field) => {
    let error: unknown;
    try {
      reportFromJson(file, 'report.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ReportFileError);
    expect((error as Error).message).toMatch(
      /^"report\.json" is not a posture-gate JSON report of schemaVersion 1, 2 or 3 \(/,
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

  it('merges with another version into one report written as version 3', async () => {
    const report = await read(path);
    const other = await read(path === V1 ? V3 : V1);
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
    expect(written.schemaVersion).toBe(3);
    expect(byId(reportFromJson(written, 'merged.json').results)).toEqual(byId(report.results));
  });
});

describe('readReport of a file', () => {
  it('reads a written version 3 file and names a missing one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'posture-gate-read-'));
    const file = join(dir, 'report.json');
    writeFileSync(file, readFileSync(V3));
    expect((await readReport(file, 'given.json')).results).toHaveLength(
      (raw(V3).results as unknown[]).length,
    );
    await expect(readReport(join(dir, 'none.json'), 'none.json')).rejects.toThrow(
      /^Cannot read report "none\.json"/,
    );
  });
});
