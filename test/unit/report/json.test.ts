import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emitReports } from '../../../src/report/emit.js';
import {
  INVENTORY_SCHEMA_VERSION,
  type CollectionError,
  type Inventory,
} from '../../../src/model/inventory.js';
import { compareErrors } from '../../../src/model/inventory.js';
import { renderJson } from '../../../src/report/json.js';
import { reportFromJson } from '../../../src/report/read.js';
import { compareResults } from '../../../src/model/results.js';
import type { Report } from '../../../src/model/report.js';
import { runnerCommands } from '../../runner-commands.js';
import { makeReport, makeResult } from './fixtures.js';
import { evaluateRules } from '../rules/whole-inventory.js';
import { rdsRules } from '../../../src/rules/rds.js';

const results = [
  makeResult({ severity: 'low', checkId: 'a.low' }),
  makeResult({ severity: 'critical', checkId: 'z.crit', region: 'us-west-2', resourceId: 'a' }),
  makeResult({ severity: 'critical', checkId: 'z.crit', region: 'eu-west-1', resourceId: 'b' }),
  makeResult({
    severity: 'critical',
    checkId: 'z.crit',
    region: 'eu-west-1',
    resourceId: 'a',
    status: 'PASS',
  }),
  makeResult({
    severity: 'critical',
    checkId: 'z.crit',
    region: 'eu-west-1',
    resourceId: 'a',
    status: 'UNKNOWN',
  }),
  makeResult({ severity: 'critical', checkId: 'z.crit', region: 'eu-west-1', resourceId: 'a' }),
  makeResult({ severity: 'high', checkId: 'b.high' }),
  makeResult({ severity: 'critical', checkId: 'a.crit' }),
];

const SORTED_KEYS = [
  'critical a.crit us-east-1 fs-0001 FAIL',
  'critical z.crit eu-west-1 a FAIL',
  'critical z.crit eu-west-1 a UNKNOWN',
  'critical z.crit eu-west-1 a PASS',
  'critical z.crit eu-west-1 b FAIL',
  'critical z.crit us-west-2 a FAIL',
  'high b.high us-east-1 fs-0001 FAIL',
  'low a.low us-east-1 fs-0001 FAIL',
];

const errors: CollectionError[] = [
  {
    service: 's3',
    region: 'us-east-1',
    operation: 's3:GetBucketPolicy',
    code: 'AccessDenied',
    message: 'b',
  },
  {
    service: 'efs',
    region: 'us-east-1',
    operation: 'efs:DescribeFileSystems',
    code: 'Throttling',
    message: 'x',
  },
  {
    service: 's3',
    region: 'us-east-1',
    operation: 's3:GetBucketPolicy',
    code: 'AccessDenied',
    message: 'a',
  },
  {
    service: 'efs',
    region: 'eu-west-1',
    operation: 'efs:DescribeMountTargets',
    code: 'AccessDenied',
    message: 'y',
  },
  {
    service: 'efs',
    region: 'eu-west-1',
    operation: 'efs:DescribeAccessPoints',
    code: 'AccessDenied',
    message: 'z',
  },
];

const keyOf = (r: {
  severity: string;
  checkId: string;
  region: string;
  resourceId: string;
  status: string;
}) => `${r.severity} ${r.checkId} ${r.region} ${r.resourceId} ${r.status}`;

function sampleReport(): Report {
  return makeReport({
    results,
    resolved: [...results].reverse(),
    errors,
    stats: {
      apiCalls: { 's3:ListBuckets': 1, 'efs:DescribeFileSystems': 2 },
      durationMsByService: { s3: 5, efs: 7 },
    },
  });
}

/** The same report with every array, map and object in a different order. */
function shuffled(report: Report): Report {
  const reverseKeys = <T extends object>(o: T): T =>
    Object.fromEntries(Object.entries(o).reverse()) as T;
  return reverseKeys({
    ...report,
    results: report.results.map(reverseKeys).reverse(),
    resolved: [...report.resolved].reverse(),
    errors: [...report.errors].reverse(),
    stats: {
      apiCalls: reverseKeys(report.stats.apiCalls),
      durationMsByService: reverseKeys(report.stats.durationMsByService),
    },
  });
}

/** A written report as every reader reads it back. */
const read = (json: string): Report => reportFromJson(JSON.parse(json), 'posture-report.json');

describe('renderJson', () => {
  it('carries no runner command when printed to a workflow log, and reads back the same', () => {
    const name = 'fz-ssh ##[warning]injected ::error::x';
    const text = renderJson(makeReport({ results: [makeResult({ resourceName: name })] }));
    expect(runnerCommands(text)).toEqual([]);
    expect(text).not.toContain('##[');
    expect(read(text).results[0]?.resourceName).toBe(name);
  });

  it('is pretty-printed with two spaces and ends with one newline', () => {
    const json = renderJson(sampleReport());
    expect(json.startsWith('{\n  "schemaVersion": 3,\n  "tool": {\n    "name"')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.endsWith('\n\n')).toBe(false);
  });

  it('gives the same bytes for the same report, whatever order its parts arrived in', () => {
    const report = sampleReport();
    expect(renderJson(report)).toBe(renderJson(report));
    expect(renderJson(shuffled(report))).toBe(renderJson(report));
  });

  it('gives the same bytes after a round trip through its own output', () => {
    const json = renderJson(sampleReport());
    expect(renderJson(read(json))).toBe(json);
  });

  it('sorts results and resolved: severity, check, region, resource, status', () => {
    const parsed = read(renderJson(sampleReport()));
    expect(parsed.results.map(keyOf)).toEqual(SORTED_KEYS);
    expect(parsed.resolved.map(keyOf)).toEqual(SORTED_KEYS);
  });

  it('sorts errors by service, region, operation and message', () => {
    const parsed = JSON.parse(renderJson(sampleReport())) as Report;
    expect(
      parsed.errors.map((e) => `${e.service} ${e.region} ${e.operation} ${e.message}`),
    ).toEqual([
      'efs eu-west-1 efs:DescribeAccessPoints z',
      'efs eu-west-1 efs:DescribeMountTargets y',
      'efs us-east-1 efs:DescribeFileSystems x',
      's3 us-east-1 s3:GetBucketPolicy a',
      's3 us-east-1 s3:GetBucketPolicy b',
    ]);
  });

  it('sorts the API call counters by operation', () => {
    const parsed = JSON.parse(renderJson(sampleReport())) as Report;
    expect(Object.keys(parsed.stats.apiCalls)).toEqual([
      'efs:DescribeFileSystems',
      's3:ListBuckets',
    ]);
  });

  it('keeps every field and leaves the report it was given untouched', () => {
    const report = sampleReport();
    const before = structuredClone(report);
    const parsed = read(renderJson(report));
    expect(report).toEqual(before);
    expect(report.results.map(keyOf)).toEqual(before.results.map(keyOf));
    expect({ ...parsed, results: [], resolved: [], errors: [] }).toEqual({
      ...report,
      results: [],
      resolved: [],
      errors: [],
    });
    expect([...parsed.results].sort(compareResults)).toEqual(
      [...report.results].sort(compareResults),
    );
  });
});

describe('the JSON report file', () => {
  it('is written by emitReports as renderJson gives it: the catalogue once, one result a line', async () => {
    const report = sampleReport();
    const file = join(mkdtempSync(join(tmpdir(), 'posture-gate-json-')), 'report.json');
    await emitReports(report, { json: { path: 'report.json', file } });
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(renderJson(report));
    const lines = text.split('\n');
    const resultLines = lines.filter((line) => line.startsWith('{"id":'));
    expect(resultLines).toHaveLength(report.results.length + report.resolved.length);
    const parsed = JSON.parse(text) as {
      checks: Record<string, Record<string, unknown>>;
      results: Record<string, unknown>[];
    };
    expect(Object.keys(parsed.checks)).toEqual(['a.crit', 'a.low', 'b.high', 'z.crit']);
    expect(parsed.checks['a.low']).toEqual({
      title: 'EFS file system is not encrypted at rest',
      service: 'efs',
      category: 'security',
      severity: 'low',
      resourceType: 'AWS::EFS::FileSystem',
      remediation: {
        text: 'Create an encrypted file system.',
        url: 'https://docs.aws.amazon.com/',
      },
      frameworks: { fsbp: ['EFS.1'] },
    });
    expect(Object.keys(parsed.results[0] ?? {})).toEqual([
      'id',
      'checkId',
      'status',
      'resource',
      'detail',
    ]);
  });

  it('writes each resource once, in account, region and id order, and results name it by position', () => {
    // An entry names its account only where it is not the report's.
    const report = makeReport({
      results: [
        makeResult({ checkId: 'a.one', resourceId: 'fs-2', region: 'us-east-1' }),
        makeResult({ checkId: 'a.two', resourceId: 'fs-2', region: 'us-east-1' }),
        makeResult({
          checkId: 'a.one',
          resourceId: 'fs-1',
          region: 'us-east-1',
          resourceName: 'one',
        }),
        makeResult({ checkId: 'a.one', resourceId: 'fs-2', region: 'eu-west-1' }),
        makeResult({ checkId: 'a.one', resourceId: 'fs-9', account: '000011112222' }),
      ],
    });
    const text = renderJson(report);
    const parsed = JSON.parse(text) as {
      resourceTable: Record<string, string>[];
      results: { checkId: string; resource: number }[];
    };
    expect(parsed.resourceTable).toEqual([
      { account: '000011112222', region: 'us-east-1', resourceId: 'fs-9' },
      { region: 'eu-west-1', resourceId: 'fs-2' },
      { region: 'us-east-1', resourceId: 'fs-1', resourceName: 'one' },
      { region: 'us-east-1', resourceId: 'fs-2' },
    ]);
    expect(text).toContain(
      '  "resourceTable": [\n{"account":"000011112222","region":"us-east-1","resourceId":"fs-9"},\n',
    );
    const named = parsed.results.map((r) => {
      const entry = parsed.resourceTable[r.resource];
      return `${r.checkId} ${entry?.account ?? report.account} ${entry?.region} ${entry?.resourceId}`;
    });
    expect(named.sort()).toEqual([
      'a.one 000011112222 us-east-1 fs-9',
      'a.one 111122223333 eu-west-1 fs-2',
      'a.one 111122223333 us-east-1 fs-1',
      'a.one 111122223333 us-east-1 fs-2',
      'a.two 111122223333 us-east-1 fs-2',
    ]);
    expect(read(text).results.filter((r) => r.resourceName === 'one')).toEqual([
      expect.objectContaining({ checkId: 'a.one', resourceId: 'fs-1', region: 'us-east-1' }),
    ]);
  });

  it('writes no resourceArn for a resource identified by its ARN, and reads it back', () => {
    const arn = 'arn:aws:iam::111122223333:role/deploy';
    const report = makeReport({
      results: [
        makeResult({ resourceId: arn, resourceArn: arn, resourceName: 'deploy', region: 'global' }),
        makeResult({ resourceId: 'fs-1', resourceArn: 'arn:aws:elasticfilesystem:fs-1' }),
      ],
    });
    const text = renderJson(report);
    const parsed = JSON.parse(text) as { resourceTable: Record<string, string>[] };
    expect(parsed.resourceTable).toEqual([
      { region: 'global', resourceId: arn, resourceName: 'deploy' },
      { region: 'us-east-1', resourceId: 'fs-1', resourceArn: 'arn:aws:elasticfilesystem:fs-1' },
    ]);
    expect([...read(text).results].sort(compareResults)).toEqual(
      [...report.results].sort(compareResults),
    );
  });

  it('leaves out a check entry with no framework mapping, and no field is null', () => {
    const text = renderJson(makeReport({ results: [makeResult({ frameworks: {} })] }));
    const parsed = JSON.parse(text) as { checks: Record<string, Record<string, unknown>> };
    expect(parsed.checks['efs.encryption-disabled']).not.toHaveProperty('frameworks');
    expect(text).not.toContain('null');
  });
});

describe('comparators', () => {
  it('orders results of different accounts that agree on everything else', () => {
    const a = makeResult({ account: '111111111111', id: 'x' });
    const b = makeResult({ account: '222222222222', id: 'y' });
    expect(compareResults(a, b)).toBeLessThan(0);
    expect(compareResults(b, a)).toBeGreaterThan(0);
    expect(compareResults(a, a)).toBe(0);
  });

  it('does not depend on the locale: upper case sorts before lower case', () => {
    const upper = makeResult({ resourceId: 'Zeta' });
    const lower = makeResult({ resourceId: 'alpha' });
    expect(compareResults(upper, lower)).toBeLessThan(0);
    const [e] = errors;
    expect(e && compareErrors({ ...e, message: 'B' }, { ...e, message: 'a' })).toBeLessThan(0);
  });
});

describe('renderJson of DocumentDB and Neptune results', () => {
  it('writes their own resource types and their empty framework mapping', () => {
    const database = {
      arn: 'arn:aws:rds:us-east-1:111122223333:cluster:docs',
      status: 'available',
      storageEncrypted: false,
      backupRetentionPeriod: 7,
      multiAz: true,
      deletionProtection: true,
      tags: {},
    };
    const inventory: Inventory = {
      schemaVersion: INVENTORY_SCHEMA_VERSION,
      account: '111122223333',
      collectedAt: '2026-11-01T00:00:00.000Z',
      regions: ['us-east-1'],
      services: ['rds' as const],
      global: {},
      regional: {
        'us-east-1': {
          rds: {
            instances: { ok: true as const, value: [] },
            clusters: {
              ok: true as const,
              value: [
                { ...database, id: 'docs', engine: 'docdb' },
                { ...database, id: 'graph', engine: 'neptune' },
              ],
            },
          },
        },
      },
      errors: [],
    };
    const results = evaluateRules(rdsRules, inventory, {
      now: new Date('2026-11-01T00:00:00Z'),
      minAgeDays: 30,
    }).filter((r) => r.checkId === 'rds.storage-unencrypted');
    const written = read(renderJson(makeReport({ results })));
    expect(
      written.results.map((r) => [r.resourceId, r.resourceType, r.status, r.frameworks]),
    ).toEqual([
      ['docs', 'AWS::DocDB::DBCluster', 'FAIL', {}],
      ['graph', 'AWS::Neptune::DBCluster', 'FAIL', {}],
    ]);
  });
});

describe('renderJson of a result line', () => {
  it('writes a result of known fields and one with others (read from a file) in the same order', () => {
    const plain = makeResult({ id: 'plain', resourceId: 'r1', monthlySavingsUsd: 3 });
    const retitled = makeResult({ id: 'retitled', resourceId: 'r2', title: 'Older title' });
    const other = {
      ...makeResult({ id: 'other', resourceId: 'r3', title: 'Oldest title' }),
      zeta: 1,
      '7': 'numbered',
      alpha: { a: 1 },
      resource: 99,
    };
    const last = makeResult({ id: 'last', resourceId: 'r4' });
    const lines = renderJson(makeReport({ results: [last, other, retitled, plain] })).split('\n');
    const check = `"checkId":${JSON.stringify(plain.checkId)}`;
    const detail = `"detail":${JSON.stringify(plain.detail)}`;
    const at = lines.indexOf('  "results": [');
    expect(lines.slice(at + 1, at + 5)).toEqual([
      `{"id":"plain",${check},"status":"FAIL","resource":0,${detail},"monthlySavingsUsd":3},`,
      `{"id":"retitled",${check},"title":"Older title","status":"FAIL","resource":1,${detail}},`,
      // A member named as an integer goes first, as JSON.stringify puts it; others after, sorted.
      `{"7":"numbered","id":"other",${check},"title":"Oldest title","status":"FAIL","resource":2,${detail},"alpha":{"a":1},"zeta":1},`,
      `{"id":"last",${check},"status":"FAIL","resource":3,${detail}}`,
    ]);
  });
});
