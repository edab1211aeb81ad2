import type { CheckResult } from '../../../src/model/results.js';
import type { Report } from '../../../src/model/report.js';

/** A FAIL result of a security check; override what the test is about. */
export function makeResult(overrides: Partial<CheckResult> = {}): CheckResult {
  const base: CheckResult = {
    id: 'id-0',
    checkId: 'efs.encryption-disabled',
    title: 'EFS file system is not encrypted at rest',
    service: 'efs',
    category: 'security',
    severity: 'high',
    status: 'FAIL',
    account: '111122223333',
    region: 'us-east-1',
    resourceType: 'AWS::EFS::FileSystem',
    resourceId: 'fs-0001',
    detail: 'Encrypted is false.',
    remediation: { text: 'Create an encrypted file system.', url: 'https://docs.aws.amazon.com/' },
    frameworks: { fsbp: ['EFS.1'] },
  };
  const result = { ...base, ...overrides };
  if (overrides.id === undefined) {
    result.id = `${result.checkId}|${result.region}|${result.resourceId}|${result.status}`;
  }
  return result;
}

/** A passed report with no results; override what the test is about. */
export function makeReport(overrides: Partial<Report> = {}): Report {
  return {
    schemaVersion: 3,
    tool: { name: 'posture-gate', version: '0.1.0' },
    startedAt: '2026-11-01T06:00:00.000Z',
    finishedAt: '2026-11-01T06:01:00.000Z',
    durationMs: 60000,
    account: '111122223333',
    regions: ['us-east-1'],
    services: ['efs', 'sg'],
    config: {
      regions: ['us-east-1'],
      services: ['efs', 'sg'],
      minimumScore: 0,
      failOnSeverity: 'critical',
      failOnIncomplete: false,
      excludeTags: ['ExcludeFromAnalysis=true'],
      minAgeDays: 30,
      gateCategories: ['security', 'resilience', 'operations'],
      failOnNewOnly: false,
    },
    score: 100,
    scoreEvaluated: true,
    gate: { passed: true, result: 'passed', reasons: [] },
    summary: {
      pass: 0,
      fail: 0,
      unknown: 0,
      suppressed: 0,
      excluded: 0,
      excludedByRegion: {},
      new: 0,
      resolved: 0,
      bySeverity: { critical: 0, high: 0, medium: 0, low: 0 },
      monthlySavingsUsd: 0,
    },
    results: [],
    resolved: [],
    errors: [],
    resources: {},
    stats: { apiCalls: {}, durationMsByService: {} },
    ...overrides,
  };
}

/** The name the design names as the escaping test. */
export const HOSTILE_NAME = '<img src=x>|**bold**';

/**
 * Splits a GFM table row into raw cells the way GitHub does: on every pipe not escaped by a
 * backslash, after dropping the outer pipes.
 */
export function splitRow(line = ''): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < line.length; i += 1) {
    const c = line.charAt(i);
    if (c === '\\' && i + 1 < line.length) {
      cell += c + line.charAt(i + 1);
      i += 1;
    } else if (c === '|') {
      cells.push(cell);
      cell = '';
    } else {
      cell += c;
    }
  }
  cells.push(cell);
  return cells.slice(1, -1).map((s) => s.trim());
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
};

/** The text a reader sees for a raw cell: backslash escapes and entities decoded in one pass. */
export function displayed(raw = ''): string {
  return raw
    .replace(/\\([!-/:-@[-`{-~])|&(amp|lt|gt|quot|#39);/g, (_, escaped, entity) =>
      escaped !== undefined ? escaped : (ENTITIES[entity as string] ?? ''),
    )
    .replace(/\u2060/g, '');
}

/** Markdown or HTML metacharacters in `raw` that no backslash escapes: each could become markup. */
export function unescapedMetacharacters(raw = ''): string[] {
  const found: string[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    const c = raw.charAt(i);
    const entity = /^&(amp|lt|gt|quot|#39);/.exec(raw.slice(i));
    if (c === '\\') i += 1;
    else if (entity) i += entity[0].length - 1;
    else if ('\\`*_[]()#+!|~{}$<>"\''.includes(c)) found.push(c);
  }
  return found;
}

/**
 * The rows (header included, delimiter row excluded) of the first table at or after the first
 * line that starts with `start` (a heading or the table's own header).
 */
export function tableAfter(markdown: string, start: string): string[][] {
  const lines = markdown.split('\n');
  const from = lines.findIndex((l) => l.startsWith(start));
  if (from < 0) throw new Error(`no line starts with ${start}`);
  const first = lines.findIndex((l, i) => i >= from && l.startsWith('|'));
  const rows: string[][] = [];
  for (let i = first; lines[i]?.startsWith('|'); i += 1) {
    if (i !== first + 1) rows.push(splitRow(lines[i]));
  }
  return rows;
}
