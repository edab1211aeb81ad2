import { renderConsole } from '../../../src/report/console.js';
import type { Report } from '../../../src/model/report.js';
import { runnerCommands } from '../../runner-commands.js';
import { HOSTILE_NAME, makeReport, makeResult } from './fixtures.js';

const ESC = '\u001b';

function failedReport(overrides: Partial<Report> = {}): Report {
  return makeReport({
    score: 72.5,
    gate: {
      passed: false,
      result: 'failed',
      reasons: ['1 critical FAIL at or above fail-on-severity critical'],
    },
    results: [
      makeResult({ severity: 'low', checkId: 'efs.low', resourceId: 'fs-low' }),
      makeResult({ severity: 'critical', checkId: 'sg.open', resourceId: 'sg-1' }),
      makeResult({ severity: 'critical', checkId: 'sg.quiet', resourceId: 'sg-2', status: 'PASS' }),
      makeResult({
        severity: 'high',
        checkId: 'efs.hidden',
        resourceId: 'fs-supp',
        suppressed: { reason: 'accepted' },
      }),
    ],
    ...overrides,
  });
}

describe('renderConsole', () => {
  it('shows the verdict, score and every gate reason first', () => {
    // Wide enough for the first line (tool, account, regions, services) to stay one line.
    const lines = renderConsole(failedReport(), { width: 120 }).split('\n');
    expect(lines[1]).toBe('FAILED: posture score 72.5 of 100');
    expect(lines[2]).toBe('  - 1 critical FAIL at or above fail-on-severity critical');
  });

  it('says passed, or that nothing was evaluated', () => {
    expect(renderConsole(makeReport({ score: 99 }))).toContain('PASSED: posture score 99 of 100');
    const empty = renderConsole(makeReport({ scoreEvaluated: false }));
    expect(empty).toContain('PASSED: nothing was evaluated');
    expect(empty).not.toContain('posture score 100');
  });

  it('lists unsuppressed failed checks in a table, most severe first', () => {
    const out = renderConsole(failedReport());
    expect(out).toContain('Failed checks (2)');
    expect(out.indexOf('sg.open')).toBeGreaterThan(0);
    expect(out.indexOf('sg.open')).toBeLessThan(out.indexOf('efs.low'));
    expect(out).not.toContain('sg.quiet');
    expect(out).not.toContain('efs.hidden');
  });

  it('says so when nothing failed', () => {
    expect(renderConsole(makeReport())).toContain('No failed checks.');
  });

  it('wraps long details inside the table instead of widening it', () => {
    const detail = 'The file system provisions 1,024 MiB/s and used at most 3 MiB/s. '.repeat(5);
    const out = renderConsole(makeReport({ results: [makeResult({ detail })] }));
    const widths = out.split('\n').map((l) => [...l].length);
    expect(Math.max(...widths)).toBeLessThan(150);
    expect(out).toContain('3 MiB/s.');
  });

  it('keeps a long resource name and its id, wrapped rather than cut', () => {
    const name = `bucket-${'a'.repeat(50)}`;
    const out = renderConsole(makeReport({ results: [makeResult({ resourceName: name })] }));
    // Failed results are grouped by check: the resource is the first column of each group's table.
    const resourceColumn = out
      .split('\n')
      .map((l) => l.split('\u2502')[1]?.trim() ?? '')
      .join('');
    expect(resourceColumn).toContain(`${name} (fs-0001)`);
  });

  it('removes ANSI sequences and shows controls of AWS-sourced text visibly', () => {
    const out = renderConsole(
      failedReport({
        account: `${ESC}]0;pwned\u0007123`,
        gate: { passed: false, result: 'failed', reasons: [`${ESC}[2Jreason`] },
        results: [
          makeResult({
            resourceName: `${ESC}[31mred${ESC}[0m\rover`,
            detail: `line\nbreak ${ESC}[1A`,
          }),
        ],
      }),
    );
    expect(out).not.toContain(ESC);
    expect(out).not.toContain('\r');
    expect(out).toContain('red\\x0dover');
    expect(out).toContain('AWS account 123');
  });

  it('carries no workflow command, whatever a security group is named', () => {
    const name = 'fz-ssh ##[warning]injected';
    const out = renderConsole(
      failedReport({
        gate: {
          passed: false,
          result: 'failed',
          reasons: [`1 critical finding (fail-on-severity: critical): sg.open on ${name}`],
        },
        warnings: ['::add-mask::baseline warning', 'x ##[stop-commands]token'],
        results: [
          makeResult({
            checkId: 'sg.ssh-open-to-world',
            resourceType: 'AWS::EC2::SecurityGroup',
            resourceId: 'sg-0123',
            resourceName: name,
            detail: `${name} allows 0.0.0.0/0 on port 22 %0A::error::x \u202e`,
          }),
          makeResult({ resourceId: 'sg-2', resourceName: '::warning::at the start of a cell::' }),
        ],
      }),
    );
    expect(runnerCommands(out)).toEqual([]);
    expect(out).toContain('fz-ssh ##\\x5bwarning]injected');
    expect(out).not.toContain('##[');
    expect(out).not.toContain('%0A');
    expect(out).not.toContain('\u202e');
  });

  it('shows the hostile name as it is: a terminal renders no markup', () => {
    const out = renderConsole(
      makeReport({ results: [makeResult({ resourceName: HOSTILE_NAME })] }),
    );
    expect(out).toContain('<img src=x>|**bold**');
  });

  it('uses no color unless asked, and colors the verdict and severities when asked', () => {
    expect(renderConsole(failedReport())).not.toContain(ESC);
    const colored = renderConsole(failedReport(), { color: true });
    expect(colored).toContain(`${ESC}[31mFAILED${ESC}[0m`);
    expect(colored).toContain(`${ESC}[31mcritical${ESC}[0m`);
  });

  it('shows the savings total, what could not be assessed with the permissions, and errors', () => {
    const out = renderConsole(
      makeReport({
        summary: { ...makeReport().summary, monthlySavingsUsd: 1234.5, excluded: 3, suppressed: 2 },
        results: [
          makeResult({
            status: 'UNKNOWN',
            failedCall: {
              operation: 'efs:DescribeFileSystemPolicy',
              code: 'AccessDeniedException',
              permission: 'elasticfilesystem:DescribeFileSystemPolicy',
            },
          }),
        ],
        errors: [
          {
            service: 's3',
            region: 'us-east-1',
            operation: 's3:GetBucketPolicy',
            code: 'AccessDenied',
            message: 'Access Denied',
          },
        ],
        stats: {
          apiCalls: { 'efs:DescribeFileSystems': 1200, 's3:ListBuckets': 1 },
          durationMsByService: {},
        },
      }),
      { width: 160 },
    );
    expect(out).toContain('Estimated savings: $1,234.50 a month');
    expect(out).toContain('Could not be assessed: 1 UNKNOWN results');
    expect(out).toContain(
      'Permissions to grant: elasticfilesystem:DescribeFileSystemPolicy, s3:GetBucketPolicy',
    );
    expect(out).toContain('Collection errors: 1');
    expect(out).toContain('Excluded resources: 3. Suppressed results: 2. AWS API calls: 1,201.');
  });

  it('leaves out savings, UNKNOWN and error lines when there is nothing to say', () => {
    const out = renderConsole(makeReport());
    expect(out).not.toMatch(/savings|Could not be assessed|Permissions to grant|Collection errors/);
  });

  it('shows at most 1,000 failed checks and says how many more the JSON report has', () => {
    const results = Array.from({ length: 1003 }, (_, i) =>
      makeResult({ resourceId: `fs-${String(i).padStart(4, '0')}` }),
    );
    const out = renderConsole(makeReport({ results }));
    expect(out).toContain('fs-0999');
    expect(out).not.toContain('fs-1000');
    expect(out).toContain('3 more rows not shown; the JSON report lists every one.');
  });

  it('gives the same text for the same report', () => {
    expect(renderConsole(failedReport())).toBe(renderConsole(failedReport()));
  });
});
