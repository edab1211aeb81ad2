import { Buffer } from 'node:buffer';
import { DEFAULT_SUMMARY_BUDGET_BYTES, renderMarkdown } from '../../../src/report/markdown.js';
import { formatUsd } from '../../../src/model/money.js';
import type { CheckMeta, CheckResult, Severity } from '../../../src/model/results.js';
import { ALL_RULES } from '../../../src/rules/index.js';
import type { Report } from '../../../src/model/report.js';
import {
  displayed,
  HOSTILE_NAME,
  makeReport,
  makeResult,
  splitRow,
  tableAfter,
  unescapedMetacharacters,
} from './fixtures.js';

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The HTML the renderer writes itself: a check's `<details>` line and its links. */
const OWN_TAGS = /<\/?(details|summary|b|code)>|<a href="[^"<>]*">|<\/a>/g;

/** The `<summary>` lines of the failed checks, in order. */
const checkLines = (markdown: string): string[] =>
  markdown.split('\n').filter((l) => l.startsWith('<details><summary><b>'));

/** The resource rows (header included) of one check's `<details>`. */
const resourcesOf = (markdown: string, checkId: string): string[][] =>
  tableAfter(
    markdown,
    checkLines(markdown).find((l) => l.includes(`<code>${checkId}</code>`)) ?? '?',
  );

function failing(
  reasons: string[] = ['1 critical FAIL at or above fail-on-severity critical'],
): Partial<Report> {
  return { score: 72.5, gate: { passed: false, result: 'failed', reasons } };
}

describe('renderMarkdown: escaping', () => {
  const report = makeReport({
    results: [makeResult({ resourceName: HOSTILE_NAME, resourceId: 'fs-1', detail: 'a | b' })],
  });
  const markdown = renderMarkdown(report);

  it('shows the hostile name as its literal characters in a table that keeps its columns', () => {
    const [header = [], row = []] = tableAfter(markdown, '### Failed checks');
    expect(header).toEqual(['Resource', 'Region', 'Detail']);
    expect(row).toHaveLength(header.length);
    expect(displayed(row[0])).toBe(`${HOSTILE_NAME} (fs-1)`);
    expect(unescapedMetacharacters(row[0])).toEqual([]);
    expect(displayed(row[2])).toBe('a | b');
  });

  it('writes no HTML but its own details lines', () => {
    expect(markdown.replace(OWN_TAGS, '')).not.toContain('<');
  });

  it('HTML-escapes what it puts inside a check line', () => {
    const md = renderMarkdown(
      makeReport({
        results: [
          makeResult({
            checkId: 'Odd<id>',
            title: `${HOSTILE_NAME} "q" @team`,
            remediation: { text: '<b>x</b>', url: 'javascript:alert(1)' },
          }),
        ],
      }),
    );
    const [line = ''] = checkLines(md);
    expect(line.replace(OWN_TAGS, '')).not.toMatch(/[<>"]/);
    expect(line).toContain(
      '&lt;img src=x&gt;&#124;&#42;&#42;bold&#42;&#42; &quot;q&quot; @\u2060team',
    );
    expect(line).not.toContain('javascript:');
    expect(md).toContain('Remediation: &lt;b&gt;x&lt;/b&gt;');
  });

  it('keeps a name with line breaks on one table row', () => {
    const md = renderMarkdown(
      makeReport({
        results: [makeResult({ resourceName: 'one\ntwo\r\n| three', detail: 'x\n\ny' })],
      }),
    );
    const lines = md.split('\n');
    const row = lines.find((l) => l.includes('one two'));
    expect(row).toBeDefined();
    expect(splitRow(row)).toHaveLength(3);
    expect(lines.some((l) => l.startsWith('two') || l.startsWith('y'))).toBe(false);
  });

  it('escapes values everywhere they appear, not only in the failed checks table', () => {
    const md = renderMarkdown(
      makeReport({
        account: '<b>acct</b>',
        ...failing(['reason with <script> and |pipe|']),
        results: [
          makeResult({
            status: 'UNKNOWN',
            resourceName: HOSTILE_NAME,
            failedCall: { operation: 'efs:X', code: '<c>', permission: 'p' },
          }),
        ],
        errors: [
          {
            service: 'efs',
            region: 'us-east-1',
            operation: 'efs:X',
            code: 'AccessDenied',
            message: '<i>|m',
          },
        ],
      }),
      { reportPath: 'out/<r>.json' },
    );
    expect(md.replace(OWN_TAGS, '')).not.toContain('<');
    expect(md).toContain('&lt;b&gt;acct&lt;/b&gt;');
    expect(md).toContain('- reason with &lt;script&gt; and \\|pipe\\|');
    expect(md).toContain('out/&lt;r&gt;.json');
  });
});

describe('renderMarkdown: verdict', () => {
  it('says passed with the score', () => {
    const md = renderMarkdown(makeReport({ score: 97.5 }));
    expect(md).toContain('**Passed.** Posture score 97.5 of 100.');
  });

  it('says failed and lists every gate reason', () => {
    const reasons = [
      '2 critical FAIL results at or above critical',
      'score 72.5 is below minimum-score 80',
    ];
    const md = renderMarkdown(makeReport(failing(reasons)));
    expect(md).toContain('**Failed.** Posture score 72.5 of 100.');
    expect(md).toContain('- 2 critical FAIL results at or above critical\n');
    expect(md).toContain('- score 72.5 is below minimum\\-score 80\n'.replace('\\-', '-'));
  });

  it('says error when the scan could not run', () => {
    const md = renderMarkdown(
      makeReport({ gate: { passed: false, result: 'error', reasons: ['no region reachable'] } }),
    );
    expect(md).toContain('**Error.**');
    expect(md).toContain('- no region reachable');
  });

  it('says nothing was evaluated instead of showing a score of 100', () => {
    const md = renderMarkdown(makeReport({ scoreEvaluated: false }));
    expect(md).toContain('Nothing was evaluated');
    expect(md).not.toContain('Posture score 100');
  });

  it('puts the verdict before every section', () => {
    const md = renderMarkdown(makeReport(failing()));
    expect(md.indexOf('**Failed.**')).toBeLessThan(md.indexOf('###'));
  });
});

describe('renderMarkdown: sections', () => {
  const results = [
    makeResult({ severity: 'low', checkId: 'efs.low', resourceId: 'fs-low' }),
    makeResult({
      severity: 'critical',
      checkId: 'sg.high-risk-port-open',
      service: 'sg',
      resourceId: 'sg-1',
    }),
    makeResult({ severity: 'medium', checkId: 'efs.medium', resourceId: 'fs-med' }),
    makeResult({ severity: 'high', checkId: 'efs.high', resourceId: 'fs-high' }),
    makeResult({ severity: 'high', checkId: 'efs.high', resourceId: 'fs-pass', status: 'PASS' }),
    makeResult({ severity: 'high', checkId: 'efs.high', resourceId: 'fs-unk', status: 'UNKNOWN' }),
    makeResult({
      severity: 'critical',
      checkId: 'efs.suppressed',
      resourceId: 'fs-supp',
      suppressed: { reason: 'accepted' },
    }),
  ];
  const md = renderMarkdown(
    makeReport({
      ...failing(),
      results,
      summary: { ...makeReport().summary, suppressed: 1, excluded: 4 },
      stats: {
        apiCalls: { 'efs:DescribeFileSystems': 2, 'ec2:DescribeSecurityGroups': 1000 },
        durationMsByService: {},
      },
    }),
  );

  it('counts unsuppressed results by service and severity', () => {
    const rows = tableAfter(md, '### Findings by service');
    expect(rows).toEqual([
      ['Service', 'Critical', 'High', 'Medium', 'Low', 'Pass', 'Unknown'],
      ['efs', '0', '1', '1', '1', '1', '1'],
      ['sg', '1', '0', '0', '0', '0', '0'],
      ['Total', '1', '1', '1', '1', '1', '1'],
    ]);
  });

  it('lists unsuppressed failed checks grouped by check, one line each, most severe first', () => {
    expect(md).toContain('### Failed checks (4 checks, 4 resources)');
    const lines = checkLines(md);
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => /<b>(\w+)<\/b>/.exec(l)?.[1])).toEqual([
      'critical',
      'high',
      'medium',
      'low',
    ]);
    expect(lines.map((l) => /<code>([^<]+)<\/code>/.exec(l)?.[1])).toEqual([
      'sg.high-risk-port-open',
      'efs.high',
      'efs.medium',
      'efs.low',
    ]);
    expect(resourcesOf(md, 'efs.high')).toEqual([
      ['Resource', 'Region', 'Detail'],
      ['fs-high', 'us-east-1', 'Encrypted is false.'],
    ]);
  });

  it('links the check id to docs/checks.md and shows the remediation link and count', () => {
    const [line] = checkLines(md);
    expect(line).toBe(
      '<details><summary><b>critical</b> ' +
        '<a href="https://github.com/posture-gate/posture-gate/blob/v0.1.0/docs/checks.md#sghigh-risk-port-open"><code>sg.high-risk-port-open</code></a> ' +
        'EFS file system is not encrypted at rest: 1 resource ' +
        '(<a href="https://docs.aws.amazon.com/">remediation</a>)</summary>',
    );
    expect(md).toContain('Remediation: Create an encrypted file system.');
  });

  it('groups many resources of one check under one line', () => {
    const grouped = renderMarkdown(
      makeReport({
        results: ['fs-3', 'fs-1', 'fs-2'].map((resourceId) => makeResult({ resourceId })),
      }),
    );
    expect(checkLines(grouped)).toHaveLength(1);
    expect(checkLines(grouped)[0]).toContain(': 3 resources');
    expect(resourcesOf(grouped, 'efs.encryption-disabled').map((r) => r[0])).toEqual([
      'Resource',
      'fs-1',
      'fs-2',
      'fs-3',
    ]);
  });

  it('has an account column only when the results span more than one account', () => {
    expect(resourcesOf(md, 'efs.high')[0]).not.toContain('Account');
    const merged = renderMarkdown(
      makeReport({
        results: [
          makeResult({ resourceId: 'fs-a', account: '111122223333' }),
          makeResult({ resourceId: 'fs-b', account: '444455556666' }),
        ],
      }),
    );
    expect(resourcesOf(merged, 'efs.encryption-disabled')).toEqual([
      ['Resource', 'Account', 'Region', 'Detail'],
      ['fs-a', '111122223333', 'us-east-1', 'Encrypted is false.'],
      ['fs-b', '444455556666', 'us-east-1', 'Encrypted is false.'],
    ]);
  });

  it('has no baseline column without a baseline, and one with it', () => {
    expect(resourcesOf(md, 'efs.high')[0]).not.toContain('Baseline');
    const withBaseline = renderMarkdown(
      makeReport({
        results: [
          makeResult({ resourceId: 'b', baseline: 'existing' }),
          makeResult({ resourceId: 'a', baseline: 'new' }),
        ],
      }),
    );
    const rows = resourcesOf(withBaseline, 'efs.encryption-disabled');
    expect(rows.map((r) => r[3])).toEqual(['Baseline', 'new', 'existing']);
    expect(rows.map((r) => r[0])).toEqual(['Resource', 'a', 'b']);
    expect(checkLines(withBaseline)[0]).toContain(': 2 resources, 1 new');
    expect(withBaseline).toContain('Resolved since the baseline');
    expect(withBaseline.indexOf('### New since the baseline')).toBeLessThan(
      withBaseline.indexOf('### Failed checks'),
    );
  });

  it('shows the suppressed and excluded counts and the API call total', () => {
    expect(md).toContain('Excluded resources: 4. Suppressed results: 1. Expired suppressions: 0.');
    expect(md).toContain('AWS API calls: 1,002.');
  });

  it('says so when nothing failed', () => {
    const passed = renderMarkdown(makeReport({ results: [makeResult({ status: 'PASS' })] }));
    expect(passed).toContain('### Failed checks (0 checks, 0 resources)\n\nNo failed checks.');
  });

  it('has no savings or could-not-be-assessed section when there is nothing to say', () => {
    expect(md).not.toContain('### Cost savings');
    const clean = renderMarkdown(makeReport({ results: [makeResult({ status: 'PASS' })] }));
    expect(clean).not.toContain('### Could not be assessed');
  });
});

describe('renderMarkdown: cost savings', () => {
  const md = renderMarkdown(
    makeReport({
      results: [
        makeResult({
          category: 'cost',
          checkId: 'efs.a',
          resourceId: 'fs-small',
          monthlySavingsUsd: 12.5,
        }),
        makeResult({
          category: 'cost',
          checkId: 'efs.b',
          resourceId: 'fs-big',
          monthlySavingsUsd: 1234.564,
        }),
        makeResult({
          category: 'cost',
          checkId: 'efs.c',
          resourceId: 'fs-pass',
          status: 'PASS',
          monthlySavingsUsd: 0,
        }),
      ],
      summary: { ...makeReport().summary, monthlySavingsUsd: 1247.06 },
    }),
  );

  it('shows the total of the report summary', () => {
    expect(md).toContain('Estimated savings: **\\$1,247.06 a month**.');
  });

  it('lists the findings with savings, largest first', () => {
    const rows = tableAfter(md, '### Cost savings');
    expect(rows.map((r) => displayed(r[0]))).toEqual(['Savings a month', '$1,234.56', '$12.50']);
    expect(rows.map((r) => r[2])).toEqual(['Resource', 'fs-big', 'fs-small']);
  });

  it('formats dollars with thousands separators and cents', () => {
    expect(formatUsd(1234.56)).toBe('$1,234.56');
    expect(formatUsd(1234567.891)).toBe('$1,234,567.89');
    expect(formatUsd(0.5)).toBe('$0.50');
    expect(formatUsd(999.999)).toBe('$1,000.00');
    expect(formatUsd(0)).toBe('$0.00');
  });
});

describe('renderMarkdown: could not be assessed', () => {
  const denied = (checkId: string, resourceId: string): CheckResult =>
    makeResult({
      status: 'UNKNOWN',
      checkId,
      resourceId,
      failedCall: {
        operation: 'efs:DescribeFileSystemPolicy',
        code: 'AccessDeniedException',
        permission: 'elasticfilesystem:DescribeFileSystemPolicy',
      },
    });
  const md = renderMarkdown(
    makeReport({
      results: [
        makeResult({
          status: 'UNKNOWN',
          checkId: 'efs.burst',
          resourceId: 'fs-9',
          detail: 'No datapoints.',
        }),
        denied('efs.policy-public', 'fs-2'),
        makeResult({
          status: 'UNKNOWN',
          checkId: 'efs.alarms-missing',
          resourceId: 'fs-3',
          failedCall: {
            operation: 'cloudwatch:DescribeAlarms',
            code: 'Throttling',
            permission: 'cloudwatch:DescribeAlarms',
          },
        }),
        denied('efs.policy-public', 'fs-1'),
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
    }),
  );

  it('groups UNKNOWN results by the permission to grant, one line each with the count', () => {
    const groups = tableAfter(md, '### Could not be assessed').map((row) => row.map(displayed));
    expect(groups).toEqual([
      ['Permission to grant', 'Results', 'Failed operation', 'Error'],
      [
        'none: the call failed, run again',
        '1',
        'cloudwatch:DescribeAlarms',
        'Throttling (throttled)',
      ],
      [
        'elasticfilesystem:DescribeFileSystemPolicy',
        '2',
        'efs:DescribeFileSystemPolicy',
        'AccessDeniedException (access denied)',
      ],
      ['none (data not available)', '1', '', ''],
    ]);
  });

  it('lists no row per UNKNOWN result', () => {
    expect(md).not.toContain('fs-9');
    expect(md).not.toContain('| Check | Resource |');
  });

  it('names only the permissions of denied calls as permissions to grant', () => {
    expect(md).toContain(
      'Grant the scanning role these permissions and run again: elasticfilesystem:DescribeFileSystemPolicy, s3:GetBucketPolicy.',
    );
  });

  it('lists each IAM action to grant on its own when an operation needs two', () => {
    const denied = renderMarkdown(
      makeReport({
        errors: [
          {
            service: 'efs',
            region: 'us-east-1',
            operation: 'efs:DescribeMountTargetSecurityGroups',
            code: 'AccessDenied',
            message: 'Access Denied',
          },
        ],
      }),
    );
    expect(denied).toContain(
      'Grant the scanning role these permissions and run again: ec2:DescribeNetworkInterfaceAttribute, elasticfilesystem:DescribeMountTargetSecurityGroups.',
    );
  });

  it('names no permission for a failure that is not a denial, and asks for a bug report on a defect', () => {
    const out = renderMarkdown(
      makeReport({
        errors: [
          {
            service: 'rds',
            region: 'us-east-1',
            operation: 'rds:collect',
            code: 'TypeError',
            message: 'Cannot read properties of undefined',
            class: 'internal',
          },
          {
            service: 'ec2',
            region: 'us-east-1',
            operation: 'ec2:DescribeVolumes',
            code: 'ScanDeadline',
            message: 'Not collected',
            class: 'timeout',
          },
        ],
      }),
    );
    expect(out).not.toContain('Grant the scanning role');
    expect(out).toContain(
      '1 failed with an internal error of posture-gate: please report it at https://github.com/posture-gate/posture-gate/issues',
    );
    const rows = tableAfter(out, '<details><summary>Collection errors (2)</summary>').slice(1);
    expect(rows.map((r) => [r[3], r[4]])).toEqual([
      ['ScanDeadline \\(timed out\\)', ''],
      ['TypeError \\(internal error of posture-gate\\)', ''],
    ]);
  });

  it('lists the collection errors with the permission a denied call needs', () => {
    const rows = tableAfter(md, '<details><summary>Collection errors (1)</summary>');
    expect(rows[1]).toEqual([
      's3',
      'us-east-1',
      's3:GetBucketPolicy',
      'AccessDenied \\(access denied\\)',
      's3:GetBucketPolicy',
      'Access Denied',
    ]);
  });
});

describe('renderMarkdown: size budget', () => {
  const SEVERITY_CYCLE: Severity[] = ['critical', 'high', 'medium', 'low'];
  const longName = `${'\u6771\u4eac<|>'.repeat(40)}\u{1F600}`.repeat(3);
  const many = Array.from({ length: 50_000 }, (_, i) =>
    makeResult({
      severity: SEVERITY_CYCLE[i % 4] ?? 'low',
      checkId: `efs.check-${i % 7}`,
      resourceId: `fs-${String(i).padStart(6, '0')}`,
      resourceName: longName,
      detail: `Detail ${i}: ${'x'.repeat(400)}`,
    }),
  );
  // Criticals alone would not fit: this report's budget test cuts criticals last, at the end.
  const report = makeReport({
    ...failing(),
    results: many.filter((r) => r.severity !== 'critical'),
  });
  const md = renderMarkdown(report, { reportPath: 'posture-report.json' });
  const rowsOf = (markdown: string): string[][] =>
    checkLines(markdown).flatMap((line) => tableAfter(markdown, line).slice(1));

  it('stays under the default budget of 900 KiB with 37,500 failed checks and long names', () => {
    expect(DEFAULT_SUMMARY_BUDGET_BYTES).toBe(900 * 1024);
    expect(bytes(md)).toBeLessThanOrEqual(DEFAULT_SUMMARY_BUDGET_BYTES);
    expect(bytes(md)).toBeGreaterThan(DEFAULT_SUMMARY_BUDGET_BYTES * 0.9);
  });

  it('says how many rows were cut and points at the JSON report', () => {
    const cut = report.results.length - rowsOf(md).length;
    expect(cut).toBeGreaterThan(0);
    const count = cut.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    expect(md).toContain(
      `${count} of 37,500 failed-check resource rows were cut, least severe first (never a check's line, never a critical).`,
    );
    expect(md).toContain('the JSON report posture-report.json');
    expect(md).toMatch(/more resources not shown here, .* the JSON report posture-report\.json/);
  });

  it('cuts the least severe rows first and keeps every check line', () => {
    const checksInReport = new Set(report.results.map((r) => `${r.severity} ${r.checkId}`));
    expect(checkLines(md)).toHaveLength(checksInReport.size);
    const kept = rowsOf(md).map((r) => /\((fs-\d+)\)$/.exec(displayed(r[0]))?.[1]);
    const bySeverity = new Map(report.results.map((r) => [r.resourceId, r.severity]));
    const severities = new Set(kept.map((id) => bySeverity.get(id ?? '')));
    expect(severities).toEqual(new Set(['high']));
  });

  it('keeps every kept row whole and never splits a character', () => {
    for (const row of rowsOf(md)) expect(row).toHaveLength(3);
    expect(md).not.toMatch(LONE_SURROGATE);
    expect(md).not.toContain('\uFFFD');
  });

  it('cuts as soon as the summary is one byte over the budget, and not before', () => {
    const small = makeReport({ results: many.slice(0, 40) });
    const full = renderMarkdown(small);
    expect(renderMarkdown(small, { budgetBytes: bytes(full) })).toBe(full);
    const cut = renderMarkdown(small, { budgetBytes: bytes(full) - 1 });
    expect(bytes(cut)).toBeLessThan(bytes(full));
    expect(cut).toContain('failed-check resource rows were cut');
  });

  it('adds no note when the summary fits', () => {
    expect(renderMarkdown(makeReport({ results: many.slice(0, 10) }))).not.toContain('shortened');
  });

  it('fits a PR comment budget, still with the verdict first', () => {
    const comment = renderMarkdown(report, { budgetBytes: 65_536 });
    expect(bytes(comment)).toBeLessThanOrEqual(65_536);
    expect(comment).toContain('**Failed.**');
    expect(comment).toContain('in the JSON report.');
  });

  it('never exceeds even a budget smaller than its fixed text', () => {
    const huge = makeReport(failing(Array.from({ length: 5000 }, () => `${longName} `)));
    for (const budget of [50, 1000, 20_000]) {
      const out = renderMarkdown(huge, { budgetBytes: budget });
      expect(bytes(out)).toBeLessThanOrEqual(budget);
      expect(out).not.toMatch(LONE_SURROGATE);
    }
    expect(renderMarkdown(huge, { budgetBytes: 20_000 })).toContain(
      'The end of the summary was cut.',
    );
  });
});

describe('renderMarkdown: a 20,000-result account', () => {
  // Shaped like a large real account: the catalogue's checks, each on many resources, most
  // results PASS or FAIL, some UNKNOWN for want of a permission, realistic names and details.
  const checks = ALL_RULES.map((rule) => rule.meta);
  const results = Array.from({ length: 20_000 }, (_, i) => {
    const meta = checks[i % checks.length] as CheckMeta;
    const status = i % 10 < 6 ? 'FAIL' : i % 10 < 9 ? 'PASS' : 'UNKNOWN';
    return makeResult({
      checkId: meta.id,
      title: meta.title,
      service: meta.service,
      category: meta.category,
      severity: meta.severity,
      remediation: meta.remediation,
      status,
      region: ['us-east-1', 'eu-west-1', 'ap-southeast-2'][i % 3] ?? 'us-east-1',
      resourceId: `res-${String(i).padStart(6, '0')}`,
      resourceName: `team-${i % 97}-service-${i % 13}-${meta.service}-resource-${i}`,
      detail: `The ${meta.resourceType} res-${i} was found with ${i % 50} settings out of policy, including the one this check looks at.`,
      ...(status === 'UNKNOWN'
        ? {
            failedCall: {
              operation: `${meta.service}:Describe${i % 2}`,
              code: 'AccessDenied',
              permission: `${meta.service}:Describe${i % 2}`,
            },
          }
        : {}),
    });
  });
  const report = makeReport({
    ...failing(),
    results,
    services: ['efs', 'ec2', 'sg', 'rds', 's3', 'iam'],
  });
  const md = renderMarkdown(report, { reportPath: 'posture-report.json' });
  const failed = results.filter((r) => r.status === 'FAIL');

  it('stays under 1 MiB', () => {
    expect(bytes(md)).toBeLessThan(1024 * 1024);
  });

  it('keeps the line of every failed check', () => {
    const ids = new Set(failed.map((r) => r.checkId));
    const lines = checkLines(md);
    expect(lines).toHaveLength(ids.size);
    for (const id of ids) expect(lines.some((l) => l.includes(`<code>${id}</code>`))).toBe(true);
  });

  it('keeps every critical resource row', () => {
    const criticals = failed.filter((r) => r.severity === 'critical');
    expect(criticals.length).toBeGreaterThan(500);
    const shown = new Set(md.split('\n').flatMap((l) => /\\\((res-\d+)\\\) \|/.exec(l)?.[1] ?? []));
    for (const r of criticals) expect(shown.has(r.resourceId)).toBe(true);
    expect(md).toContain('failed-check resource rows were cut');
  });

  it('groups UNKNOWN results by permission instead of a row each', () => {
    const rows = tableAfter(md, '### Could not be assessed').slice(1);
    expect(rows.length).toBeLessThanOrEqual(2 * 6);
    expect(rows.reduce((n, r) => n + Number(r[1]?.replace(/,/g, '')), 0)).toBe(2_000);
  });
});
