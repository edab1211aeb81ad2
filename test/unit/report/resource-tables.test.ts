import { Buffer } from 'node:buffer';
import { jest } from '@jest/globals';
import type { ResourceTable } from '../../../src/report/tables.js';
import { displayed, HOSTILE_NAME, makeReport, makeResult, tableAfter } from './fixtures.js';

// The renderers take whatever tables the analyzers build; these stand in for them.
let tables: ResourceTable[] = [];
jest.unstable_mockModule('../../../src/report/tables.js', () => ({
  resourceTables: () => tables,
}));
const { renderMarkdown } = await import('../../../src/report/markdown.js');
const { renderConsole } = await import('../../../src/report/console.js');

const fileSystems = (rows: number, name = 'data'): ResourceTable => ({
  title: 'EFS file systems',
  columns: ['Region', 'Id', 'Name', 'Size (GB)'],
  rows: Array.from({ length: rows }, (_, i) => ['us-east-1', `fs-${i}`, name, String(i)]),
});

describe('resource tables', () => {
  it('renders each table under its title, escaped', () => {
    tables = [
      fileSystems(2, HOSTILE_NAME),
      { title: 'Access | points', columns: ['Id'], rows: [['fsap-1']] },
    ];
    const md = renderMarkdown(makeReport());
    const rows = tableAfter(md, '### EFS file systems');
    expect(rows.map((r) => r.map(displayed))).toEqual([
      ['Region', 'Id', 'Name', 'Size (GB)'],
      ['us-east-1', 'fs-0', HOSTILE_NAME, '0'],
      ['us-east-1', 'fs-1', HOSTILE_NAME, '1'],
    ]);
    expect(md).toContain('### Access \\| points');
    expect(md).not.toContain('<');
  });

  it('places them after the savings and before what could not be assessed', () => {
    tables = [fileSystems(1)];
    const md = renderMarkdown(
      makeReport({
        results: [
          makeResult({ monthlySavingsUsd: 5 }),
          makeResult({ status: 'UNKNOWN', resourceId: 'fs-9' }),
        ],
        summary: { ...makeReport().summary, monthlySavingsUsd: 5 },
      }),
    );
    const at = (heading: string): number => md.indexOf(heading);
    expect(at('### Cost savings')).toBeLessThan(at('### EFS file systems'));
    expect(at('### EFS file systems')).toBeLessThan(at('### Could not be assessed'));
  });

  it('cuts low failed checks first, then resource rows, and critical failed checks last', () => {
    tables = [fileSystems(2000)];
    const results = [
      ...Array.from({ length: 200 }, (_, i) =>
        makeResult({ severity: 'critical', resourceId: `crit-${i}`, detail: 'c'.repeat(100) }),
      ),
      ...Array.from({ length: 2000 }, (_, i) =>
        makeResult({ severity: 'low', resourceId: `low-${i}`, detail: 'l'.repeat(100) }),
      ),
    ];
    const report = makeReport({ results });
    const full = renderMarkdown(report, { budgetBytes: 10_000_000 });
    const countRows = (md: string, heading: string): number => tableAfter(md, heading).length - 1;

    // Room for every critical row and half the resource rows: all low rows must go first.
    const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
    const lines = full.split('\n');
    const size = (prefix: string): number =>
      lines.filter((l) => l.startsWith(prefix)).reduce((n, l) => n + bytes(l) + 1, 0);
    const budget = bytes(full) - size('| low |') - size('| us-east-1 | fs-') / 2;
    const md = renderMarkdown(report, { budgetBytes: budget });
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(budget);
    const failed = tableAfter(md, '### Failed checks').slice(1);
    expect(failed).toHaveLength(200);
    expect(failed.every((r) => r[0] === 'critical')).toBe(true);
    const kept = countRows(md, '### EFS file systems');
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(2000);
    expect(md).toContain('2,000 of 2,200 failed-check rows were cut');
    expect(md).toContain(`${(2000 - kept).toLocaleString('en-US')} rows of other tables were cut.`);

    // With too little room even for those, critical rows go only after every resource row.
    const tight = renderMarkdown(report, { budgetBytes: 15_000 });
    expect(countRows(tight, '### EFS file systems')).toBe(0);
    expect(countRows(tight, '### Failed checks')).toBeGreaterThan(0);
  });

  it('shows them in the console too, long cells clipped', () => {
    tables = [fileSystems(1, `${'n'.repeat(100)}\u001b[31m`)];
    // Wide enough that the clipped cell stays on one line.
    const out = renderConsole(makeReport(), { width: 120 });
    expect(out).toContain('EFS file systems');
    expect(out).toContain('fs-0');
    expect(out).toContain(`${'n'.repeat(57)}...`);
    expect(out).not.toContain('\u001b');
  });
});
