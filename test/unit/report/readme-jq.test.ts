import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../../src/model/report.js';
import { renderJson } from '../../../src/report/json.js';
import { readReport } from '../../../src/report/read.js';
import { makeReport, makeResult } from './fixtures.js';

// The README's `jq` examples of the JSON report, run as written against reports this version
// writes: the answers must be the ones the report holds.
const README = readFileSync('README.md', 'utf8');
const section = README.slice(README.indexOf('### The JSON report (schemaVersion'));
const examples = [
  ...(/```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '').matchAll(
    /^jq -[rc] '([\s\S]*?)' posture-report\.json$/gm,
  ),
].map((match) => match[1] as string);

const jqInstalled = ((): boolean => {
  try {
    execFileSync('jq', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

function jq(filter: string, report: Report | string, flag = '-r'): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'posture-gate-jq-'));
  const file = join(dir, 'posture-report.json');
  writeFileSync(file, typeof report === 'string' ? readFileSync(report) : renderJson(report));
  const out = execFileSync('jq', [flag, filter, file], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line !== '');
}

const V3 = 'test/fixtures/reports/moto-v3.report.json';

/** JSON with every object's keys sorted, at every depth: equal values give equal text. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

(jqInstalled ? describe : describe.skip)('the README jq examples (jq installed)', () => {
  it('are the five of the report section', () => {
    expect(examples).toHaveLength(5);
  });

  it.each([
    ['of one account', V3],
    ['merged from two accounts', 'merged'],
  ])('give every result whole, as version 1 wrote it, in a report %s', async (_name, which) => {
    const one = await readReport(V3);
    const report =
      which === 'merged'
        ? makeReport({
            account: '111122223333,444455556666',
            results: [
              ...one.results.slice(0, 3),
              ...one.results.slice(0, 3).map((r) => ({ ...r, account: '444455556666' })),
            ],
          })
        : which;
    const expected = (typeof report === 'string' ? one : report).results;
    const whole = jq(examples[0] as string, report, '-c').map((line) => JSON.parse(line) as object);
    const inOrder = (list: readonly object[]) => list.map(canonical).sort();
    expect(inOrder(whole)).toEqual(inOrder(expected));
    expect(whole).toHaveLength(expected.length);
  });

  it('list the unsuppressed critical FAILs', async () => {
    const report = await readReport(V3);
    const expected = report.results
      .filter((r) => r.status === 'FAIL' && r.severity === 'critical' && !r.suppressed)
      .map((r) => [r.checkId, r.region, r.resourceName ?? r.resourceId, r.title].join('\t'));
    expect(expected.length).toBeGreaterThan(2);
    expect(jq(examples[1] as string, V3)).toEqual(expected);
  });

  it('total the savings by resource, a whole-bill finding once', () => {
    const cost = (checkId: string, resourceId: string, usd: number, suppressed = false) =>
      makeResult({
        checkId,
        resourceId,
        category: 'cost',
        monthlySavingsUsd: usd,
        ...(suppressed ? { suppressed: { reason: 'kept', expires: '2027-01-01' } } : {}),
      });
    const report = makeReport({
      results: [
        cost('efs.unused', 'fs-1', 800),
        cost('efs.throughput-overprovisioned', 'fs-1', 756),
        cost('efs.no-ia-lifecycle', 'fs-2', 1.1),
        cost('efs.throughput-overprovisioned', 'fs-2', 20),
        cost('ec2.ebs-volume-unattached', 'vol-1', 10),
        cost('ec2.ebs-gp2-volume', 'vol-1', 2),
        cost('efs.no-ia-lifecycle', 'fs-3', 50, true),
      ],
    });
    expect(jq(examples[2] as string, report)).toEqual([
      '800\tus-east-1\tfs-1',
      '21.1\tus-east-1\tfs-2',
      '10\tus-east-1\tvol-1',
    ]);
  });

  it('list the new findings and the resolved ones', async () => {
    const report = await readReport(V3);
    const fresh = report.results
      .filter((r) => r.baseline === 'new')
      .map((r) => [r.severity, r.checkId, r.region, r.resourceId].join('\t'));
    const resolved = report.resolved.map((r) => [r.checkId, r.region, r.resourceId].join('\t'));
    expect(fresh).toHaveLength(1);
    expect(resolved).toHaveLength(1);
    expect(jq(examples[3] as string, V3)).toEqual(fresh);
    expect(jq(examples[4] as string, V3)).toEqual(resolved);
  });
});
