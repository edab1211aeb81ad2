import type { Report, Suppression } from '../../../src/model/report.js';
import type { CheckResult } from '../../../src/model/results.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { runWarnings } from '../../../src/report/notices.js';
import { actionOutputs } from '../../../src/report/outputs.js';
import { demoReport, entry, failsOf } from '../triage/demo.js';
import { displayed, HOSTILE_NAME, makeReport, makeResult, tableAfter } from './fixtures.js';

const failing = (resourceId: string, overrides: Partial<CheckResult> = {}): CheckResult =>
  makeResult({ resourceId, detail: `Finding on ${resourceId}.`, ...overrides });

/** A report made against a baseline: one new, one existing, one new but suppressed, one resolved. */
function withBaseline(overrides: Partial<Report> = {}): Report {
  return makeReport({
    results: [
      failing('fs-new', { baseline: 'new', severity: 'critical' }),
      failing('fs-old', { baseline: 'existing' }),
      failing('fs-muted', {
        baseline: 'new',
        suppressed: { reason: 'Accepted', expires: '2027-03-31' },
      }),
      makeResult({ resourceId: 'fs-ok', status: 'PASS' }),
    ],
    resolved: [failing('fs-fixed', { checkId: 'efs.tls-not-enforced' })],
    summary: { ...makeReport().summary, fail: 2, suppressed: 1, new: 1, resolved: 1 },
    ...overrides,
  });
}

/** The resource cell of every body row of the table after `heading`, as a reader sees it. */
const resourcesIn = (markdown: string, heading: string): string[] =>
  tableAfter(markdown, heading)
    .slice(1)
    .map((row) => displayed(row[2]));

describe('the new-findings-count output', () => {
  it('is 0 without a baseline', () => {
    expect(actionOutputs(demoReport(), 'r.json')['new-findings-count']).toBe('0');
  });

  it('counts the new unsuppressed FAILs', () => {
    const outputs = actionOutputs(withBaseline(), 'r.json');
    expect(outputs['new-findings-count']).toBe('1');
    expect(outputs['findings-count']).toBe('2');
  });

  it('is every finding when the baseline file does not exist', () => {
    const first = demoReport({}, { baseline: { path: 'missing.json' } });
    const outputs = actionOutputs(first, 'r.json');
    expect(outputs['new-findings-count']).toBe(outputs['findings-count']);
    expect(Number(outputs['new-findings-count'])).toBe(failsOf(first).length);
  });
});

describe('the summary with a baseline', () => {
  const markdown = renderMarkdown(withBaseline());

  it('lists only new unsuppressed FAILs under "New since the baseline"', () => {
    expect(markdown).toContain('### New since the baseline (1)');
    expect(resourcesIn(markdown, '### New since the baseline')).toEqual(['fs-new']);
  });

  it('lists the resolved findings under "Resolved since the baseline"', () => {
    expect(markdown).toContain('### Resolved since the baseline (1)');
    const rows = tableAfter(markdown, '### Resolved since the baseline');
    expect(rows.slice(1).map((row) => [row[1], displayed(row[2])])).toEqual([
      ['efs.tls-not-enforced', 'fs-fixed'],
    ]);
  });

  it('puts both sections first, above the findings by service', () => {
    const at = (text: string): number => markdown.indexOf(text);
    expect(at('### New since the baseline')).toBeGreaterThan(at('**Passed.**'));
    expect(at('### New since the baseline')).toBeLessThan(at('### Resolved since the baseline'));
    expect(at('### Resolved since the baseline')).toBeLessThan(at('### Findings by service'));
  });

  it('marks each failed check new or existing', () => {
    // Grouped by check: one resource table (Resource first) under each check's line.
    const tables = markdown
      .split('\n')
      .filter((line) => line.startsWith('<details><summary><b>'))
      .map((line) => tableAfter(markdown, line));
    for (const table of tables) expect(table[0]?.at(-1)).toBe('Baseline');
    const rows = tables.flatMap((table) => table.slice(1));
    expect(rows.map((row) => [displayed(row[0]), row.at(-1)])).toEqual([
      ['fs-new', 'new'],
      ['fs-old', 'existing'],
    ]);
  });

  it('says so when nothing is new', () => {
    const none = renderMarkdown(
      withBaseline({ results: [failing('fs-old', { baseline: 'existing' })] }),
    );
    expect(none).toContain('### New since the baseline (0)\n\nNo new findings.');
  });

  it('has neither section without a baseline', () => {
    const plain = renderMarkdown(makeReport({ results: [failing('fs-1')] }));
    expect(plain).not.toContain('since the baseline');
  });

  it('escapes resource names from AWS in the new findings', () => {
    const hostile = renderMarkdown(
      withBaseline({
        results: [failing('fs-x', { baseline: 'new', resourceName: HOSTILE_NAME })],
      }),
    );
    const [row] = tableAfter(hostile, '### New since the baseline').slice(1);
    expect(displayed(row?.[2])).toBe(`${HOSTILE_NAME} (fs-x)`);
    expect(hostile).not.toContain('<img');
  });
});

describe('the summary with a suppressions file', () => {
  const applied: Suppression & { matched: number } = {
    ...entry({ index: 0, check: 's3.*', resource: 'acme-logs-*', reason: 'Write-once logs' }),
    matched: 3,
  };
  const expired = entry({ index: 1, check: 'sg.all-ports-open', expires: '2026-01-31' });
  const unused = entry({ index: 2, check: 'iam.full-admin', reason: 'Old admin' });
  const soon = entry({ index: 3, check: 'efs.*', expires: '2026-11-10', reason: 'Migration' });
  const report = makeReport({
    suppressions: {
      applied: [applied, { ...soon, matched: 1 }],
      expired: [expired],
      unused: [unused],
      expiringSoon: [soon],
    },
  });
  const markdown = renderMarkdown(report);

  it('lists applied, expired and unused entries in a Suppressions table', () => {
    const rows = tableAfter(markdown, '### Suppressions').map((row) => row.map(displayed));
    expect(rows).toEqual([
      ['Entry', 'Check', 'Resource', 'Expires', 'State', 'Results', 'Reason'],
      ['suppressions[0]', 's3.*', 'acme-logs-*', '2027-12-31', 'applied', '3', 'Write-once logs'],
      ['suppressions[3]', 'efs.*', '(every resource)', '2026-11-10', 'applied', '1', 'Migration'],
      [
        'suppressions[1]',
        'sg.all-ports-open',
        '(every resource)',
        '2026-01-31',
        'expired',
        '0',
        'Accepted risk',
      ],
      [
        'suppressions[2]',
        'iam.full-admin',
        '(every resource)',
        '2027-12-31',
        'unused',
        '0',
        'Old admin',
      ],
    ]);
  });

  it('warns under the verdict of each expired, expiring and unused entry', () => {
    const warnings = markdown.split('\n').filter((line) => line.startsWith('> Warning: '));
    expect(warnings.map(displayed)).toEqual(runWarnings(report).map((w) => `> Warning: ${w}`));
    expect(warnings).toHaveLength(3);
    expect(displayed(warnings[0])).toContain(
      'suppressions[1] (sg.all-ports-open) expired on 2026-01-31',
    );
    expect(displayed(warnings[1])).toContain('suppressions[3] (efs.*) expires on 2026-11-10');
    expect(displayed(warnings[2])).toContain('suppressions[2] (iam.full-admin) matched no finding');
    expect(markdown.indexOf('> Warning: ')).toBeLessThan(
      markdown.indexOf('### Findings by service'),
    );
  });

  it('has no Suppressions table without a suppressions file', () => {
    expect(renderMarkdown(makeReport())).not.toContain('### Suppressions');
  });

  it('counts suppressed results', () => {
    const muted = demoReport({}, { suppressions: [entry({ check: 'sg.*' })] });
    expect(renderMarkdown(muted)).toContain(`Suppressed results: ${muted.summary.suppressed}.`);
    expect(muted.summary.suppressed).toBe(7);
  });
});

describe('baseline warnings in the summary', () => {
  it('shows the warning of a baseline file that does not exist', () => {
    const report = demoReport({}, { baseline: { path: 'artifacts/posture-report.json' } });
    const markdown = renderMarkdown(report);
    expect(markdown).toMatch(
      /^> Warning: The baseline .*artifacts\/posture-report\.json.* does not exist/m,
    );
    expect(markdown).toContain(`### New since the baseline (${report.summary.fail})`);
  });
});
