import { parseConfig } from '../../../src/config/schema.js';
import { sampleInventory } from '../../../src/demo/index.js';
import { colorWanted, renderConsole, wrapText } from '../../../src/report/console.js';
import { evaluateInventory } from '../../../src/triage/evaluate.js';
import { HOSTILE_NAME, makeReport, makeResult } from './fixtures.js';

const ESC = '\u001b';

const demo = evaluateInventory(sampleInventory(), parseConfig({}, {}), {
  startedAt: new Date('2026-11-01T06:00:00.000Z'),
  finishedAt: new Date('2026-11-01T06:01:00.000Z'),
});

const width = (line: string): number => [...line].length;

/** Every run of box lines: same width, opened and closed by the box characters. */
function boxes(text: string): string[][] {
  const found: string[][] = [];
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    if (/^[┌│├└]/.test(line)) {
      if (line.startsWith('┌')) found.push((current = []));
      current?.push(line);
    } else {
      current = undefined;
    }
  }
  return found;
}

describe('console width', () => {
  it.each([80, 160])('keeps every line of the demo within %i columns, boxes intact', (columns) => {
    const out = renderConsole(demo, { width: columns });
    const lines = out.split('\n');
    expect(Math.max(...lines.map(width))).toBeLessThanOrEqual(columns);
    const tables = boxes(out);
    expect(tables.length).toBeGreaterThan(5);
    for (const table of tables) {
      const first = table[0] ?? '';
      expect(first).toMatch(/^┌.*┐$/);
      expect(table[table.length - 1]).toMatch(/^└.*┘$/);
      for (const line of table) {
        expect(width(line)).toBe(width(first));
        expect(line).toMatch(/^[│├└┌].*[│┤┘┐]$/);
      }
    }
  });

  it('uses the room it is given: wider tables at 160 columns than at 80', () => {
    const widest = (columns: number): number =>
      Math.max(...renderConsole(demo, { width: columns }).split('\n').map(width));
    expect(widest(160)).toBeGreaterThan(100);
    expect(widest(80)).toBeLessThanOrEqual(80);
  });

  it('is 80 columns wide when no width is given (the width of an unknown terminal)', () => {
    const lines = renderConsole(demo).split('\n');
    expect(Math.max(...lines.map(width))).toBeLessThanOrEqual(80);
  });

  it('cuts a word longer than the line (a URL) across lines rather than overflowing', () => {
    const url = `https://docs.aws.amazon.com/${'x'.repeat(100)}`;
    const lines = wrapText(`see ${url}`, 40, '  ');
    expect(lines.every((l) => width(l) <= 40)).toBe(true);
    expect(lines.join('').replace(/ /g, '')).toBe(`see${url}`);
  });

  it('keeps the hostile name and control characters escaped when wrapping', () => {
    const out = renderConsole(
      makeReport({
        results: [
          makeResult({ resourceName: `${HOSTILE_NAME}${ESC}[2J\u202e`, detail: 'x'.repeat(200) }),
        ],
      }),
      { width: 80 },
    );
    expect(out).not.toContain(ESC);
    expect(out).not.toContain('\u202e');
    expect(out).toContain('\\u202e');
    expect(Math.max(...out.split('\n').map(width))).toBeLessThanOrEqual(80);
  });
});

describe('console grouping', () => {
  it('escapes the check id and title of a group heading (a merged report is read from files)', () => {
    const out = renderConsole(
      makeReport({ results: [makeResult({ checkId: `efs.x${ESC}[2J`, title: `t\u0007itle` })] }),
    );
    expect(out).not.toContain(ESC);
    expect(out).toContain('high efs.x: t\\x07itle (1 resource)');
  });

  const report = makeReport({
    gate: {
      passed: false,
      result: 'failed',
      reasons: ['2 high FAILs at or above fail-on-severity high'],
    },
    results: [
      makeResult({ resourceId: 'fs-0001' }),
      makeResult({ resourceId: 'fs-0002' }),
      makeResult({
        checkId: 'efs.backup-off',
        severity: 'medium',
        title: 'EFS file system has no automatic backups',
        resourceId: 'fs-0003',
        remediation: {
          text: 'Turn on automatic backups.',
          url: 'https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html',
        },
      }),
    ],
  });

  it('shows each failed check once, with its resources under it and its remediation link', () => {
    const out = renderConsole(report, { width: 100 });
    expect(out).toContain('Failed checks (3) in 2 checks');
    expect(out.match(/efs\.encryption-disabled/g)).toHaveLength(1);
    expect(out).toContain(
      'high efs.encryption-disabled: EFS file system is not encrypted at rest (2 resources)',
    );
    expect(out).toContain(
      'medium efs.backup-off: EFS file system has no automatic backups (1 resource)',
    );
    expect(out).toContain('  Fix: Turn on automatic backups.');
    expect(out).toContain('  https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html');
    const high = out.indexOf('efs.encryption-disabled');
    const medium = out.indexOf('efs.backup-off');
    expect(out.indexOf('fs-0001')).toBeGreaterThan(high);
    expect(out.indexOf('fs-0002')).toBeLessThan(medium);
    expect(out.indexOf('fs-0003')).toBeGreaterThan(medium);
  });

  it('adds an account column only when the results span several accounts', () => {
    expect(renderConsole(report)).not.toContain('Account ');
    const many = makeReport({
      results: [makeResult(), makeResult({ account: '444455556666', resourceId: 'fs-0009' })],
    });
    const out = renderConsole(many, { width: 120 });
    expect(out).toMatch(/│ Account\s+│/);
    expect(out).toContain('444455556666');
  });

  it('groups what could not be assessed by the permission to grant', () => {
    const denied = {
      operation: 'efs:DescribeBackupPolicy',
      code: 'AccessDeniedException',
      permission: 'elasticfilesystem:DescribeBackupPolicy',
    };
    const out = renderConsole(
      makeReport({
        results: [
          makeResult({ status: 'UNKNOWN', resourceId: 'fs-1', failedCall: denied }),
          makeResult({ status: 'UNKNOWN', resourceId: 'fs-2', failedCall: denied }),
          makeResult({
            status: 'UNKNOWN',
            resourceId: 'fs-3',
            failedCall: { ...denied, code: 'ThrottlingException' },
          }),
        ],
      }),
    );
    expect(out).toContain('  - grant elasticfilesystem:DescribeBackupPolicy: 2 results');
    expect(out).toContain('  - efs:DescribeBackupPolicy failed (ThrottlingException): 1 result');
  });
});

describe('--quiet', () => {
  it('prints only the verdict line and the gate reasons', () => {
    const out = renderConsole(demo, { quiet: true });
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^FAILED: posture score/);
    expect(lines.slice(1).every((l) => /^ {2}- | {4}\S/.test(l))).toBe(true);
    expect(lines.filter((l) => l.startsWith('  - '))).toHaveLength(demo.gate.reasons.length);
    expect(out).not.toContain('Failed checks');
    expect(out).not.toContain('┌');
  });
});

describe('colour', () => {
  it('colours on a TTY only', () => {
    expect(colorWanted({}, true)).toBe(true);
    expect(colorWanted({}, false)).toBe(false);
    expect(colorWanted({ TERM: 'dumb' }, true)).toBe(false);
  });

  it('never colours with NO_COLOR set (to any non-empty value)', () => {
    expect(colorWanted({ NO_COLOR: '1' }, true)).toBe(false);
    expect(colorWanted({ NO_COLOR: 'yes' }, true)).toBe(false);
    expect(colorWanted({ NO_COLOR: '' }, true)).toBe(true);
  });

  it('colours with FORCE_COLOR even off a TTY (the action log), and FORCE_COLOR=0 turns it off', () => {
    expect(colorWanted({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(colorWanted({ FORCE_COLOR: '' }, false)).toBe(true);
    expect(colorWanted({ FORCE_COLOR: 'true', NO_COLOR: '1' }, false)).toBe(true);
    expect(colorWanted({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(colorWanted({ FORCE_COLOR: 'false' }, true)).toBe(false);
  });

  it('keeps coloured lines within the width: escape codes take no columns', () => {
    const out = renderConsole(demo, { width: 80, color: true });
    expect(out).toContain(`${ESC}[31mFAILED${ESC}[0m`);
    const visible = out
      .split(`${ESC}[`)
      .map((part, i) => (i === 0 ? part : part.replace(/^\d+m/, '')))
      .join('');
    expect(Math.max(...visible.split('\n').map(width))).toBeLessThanOrEqual(80);
  });
});
