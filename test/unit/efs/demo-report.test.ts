import { parseConfig } from '../../../src/config/schema.js';
import { sampleInventory } from '../../../src/demo/index.js';
import { evaluateInventory } from '../../../src/triage/evaluate.js';
import { TOO_NEW_FOR_USAGE_CHECKS } from '../../../src/triage/resources.js';
import { totalSavingsUsd } from '../../../src/triage/summary.js';
import { efsTable } from '../../../src/report/efs.js';
import { type EfsResources } from '../../../src/model/report.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { efsRules } from '../../../src/rules/efs/index.js';
import { sizeUnreadable } from './fixtures.js';

const report = evaluateInventory(sampleInventory(), parseConfig({}, {}), {
  startedAt: new Date('2026-11-01T06:00:00.000Z'),
  finishedAt: new Date('2026-11-01T06:01:00.000Z'),
});
const efs = report.resources.efs as unknown as EfsResources;
const resultsOf = (checkId: string) => report.results.filter((r) => r.checkId === checkId);

describe('the demo account', () => {
  it.each(efsRules.map((rule) => [rule.meta.id]))(
    '%s fails somewhere and passes elsewhere',
    (id) => {
      const statuses = new Set(resultsOf(id).map((r) => r.status));
      expect(statuses).toContain('PASS');
      expect(statuses).toContain('FAIL');
    },
  );

  it('overspends $618.00 a month on analytics-scratch throughput, billed above what its Standard storage includes', () => {
    const [finding] = resultsOf('efs.throughput-overprovisioned').filter(
      (r) => r.status === 'FAIL',
    );
    expect(finding?.resourceName).toBe('analytics-scratch');
    // 512 GiB of Standard storage include 25 MiB/s: (128 - 25) - 0 billed MiB/s x $6.00.
    expect(finding?.monthlySavingsUsd).toBe(618);
    expect(finding?.detail).toContain(
      'provisioned 128 MiB/s, peak hourly mean 1.0 MiB/s, recommend 2 MiB/s: saves $618.00 a month',
    );
  });

  it('passes the build cache on its AWS Backup recovery point of 2026-10-31, dated', () => {
    const [finding] = resultsOf('efs.no-backup').filter(
      (r) => r.resourceName === 'build-cache-2024',
    );
    expect(finding?.status).toBe('PASS');
    expect(finding?.detail).toContain('2026-10-31');
  });

  it('shows an UNKNOWN where AWS Backup could not be read, naming the permission', () => {
    const unknown = resultsOf('efs.no-backup').filter((r) => r.status === 'UNKNOWN');
    expect(unknown.map((r) => [r.region, r.resourceId, r.failedCall?.permission])).toEqual([
      ['eu-west-1', 'fs-0b1c2d3e00000007', 'backup:ListProtectedResources'],
    ]);
  });
});

describe('resources.efs', () => {
  it('lists every file system with its findings, savings and usage-check status', () => {
    expect(efs.fileSystems).toHaveLength(7);
    const scratch = efs.fileSystems.find((fs) => fs.name === 'analytics-scratch');
    expect(scratch).toMatchObject({
      region: 'us-east-1',
      state: 'available',
      sizeGb: 2048,
      throughputMode: 'provisioned',
      provisionedThroughputMibps: 128,
      performanceMode: 'generalPurpose',
      encrypted: true,
      storage: 'regional',
      failCounts: { critical: 0, high: 0, medium: 1, low: 0 },
      findingCategories: ['cost'],
      monthlySavingsUsd: 618,
      usageChecks: 'evaluated',
    });
    const home = efs.fileSystems.find((fs) => fs.name === 'shared-home');
    expect(home).toMatchObject({ storage: 'one-zone', availabilityZone: 'us-east-1a' });
    // Its access point's two FAILs count toward it.
    expect(home?.failCounts.medium).toBeGreaterThanOrEqual(3);
    const young = efs.fileSystems.find((fs) => fs.name === 'ingest-staging');
    expect(young?.usageChecks).toBe(TOO_NEW_FOR_USAGE_CHECKS);
  });

  it('lists every access point with its file system, path and POSIX user', () => {
    expect(efs.accessPoints).toContainEqual({
      region: 'us-east-1',
      id: 'fsap-0a1b2c3d00000103',
      name: 'training-jobs',
      fileSystemId: 'fs-0a1b2c3d00000003',
      path: '/data',
      posixUser: { uid: 0, gid: 0 },
    });
    expect(efs.accessPoints.find((ap) => ap.path === '/')?.posixUser).toBeNull();
  });

  it('rolls up every EFS saving onto a file system, matching the EFS part of the report total', () => {
    const perFileSystem = efs.fileSystems.reduce((sum, fs) => sum + fs.monthlySavingsUsd, 0);
    // The demo's EC2 findings save money too: the report total holds both services.
    const efsFailed = report.results.filter(
      (r) => r.service === 'efs' && r.status === 'FAIL' && !r.suppressed,
    );
    expect(perFileSystem).toBeCloseTo(totalSavingsUsd(efsFailed), 2);
    expect(perFileSystem).toBeLessThan(report.summary.monthlySavingsUsd);
  });

  it('counts an unused file system at its whole bill, not on top of its other savings', () => {
    const unused = report.results.filter((r) => r.checkId === 'efs.unused' && r.status === 'FAIL');
    expect(unused.length).toBeGreaterThan(0);
    for (const finding of unused) {
      const row = efs.fileSystems.find((fs) => fs.id === finding.resourceId);
      expect(row?.monthlySavingsUsd).toBe(finding.monthlySavingsUsd);
    }
  });

  it('tells the summary reader why the savings rows add up to more than the total', () => {
    expect(renderMarkdown(report)).toContain('counts once, at its whole bill');
  });
});

describe('the EFS table', () => {
  it('has one raw-text row per file system', () => {
    const table = efsTable(report);
    expect(table?.title).toBe('EFS file systems');
    expect(table?.rows).toHaveLength(7);
    const row = table?.rows.find((r) => r[2] === 'analytics-scratch');
    expect(row).toEqual([
      'us-east-1',
      'fs-0a1b2c3d00000001',
      'analytics-scratch',
      'available',
      '2048.00',
      'provisioned 128 MiB/s',
      'generalPurpose',
      'yes',
      'regional',
      '0/0/1/0',
      'cost',
      '$618.00',
      'evaluated',
    ]);
  });

  it('is absent when no file system was audited', () => {
    expect(efsTable({ ...report, resources: {} })).toBeUndefined();
  });
});

describe('the EFS resource table', () => {
  it('shows the size as unknown, not 0, when SizeInBytes read zero and StorageBytes failed', () => {
    const inventory = sampleInventory();
    const part = Object.values(inventory.regional).find((r) => r.efs)?.efs;
    const listed = part?.fileSystems;
    const first = listed?.ok ? listed.value[0] : undefined;
    if (!listed?.ok || !first) throw new Error('the demo has an EFS file system');
    listed.value[0] = sizeUnreadable(first);
    const withUnknownSize = evaluateInventory(inventory, parseConfig({}, {}), {
      startedAt: new Date('2026-11-01T06:00:00.000Z'),
    });
    const entry = (withUnknownSize.resources.efs as unknown as EfsResources).fileSystems.find(
      (fs) => fs.id === first.id,
    );
    expect(entry).toMatchObject({ sizeGb: null, sizeSource: 'unknown' });
    const row = efsTable(withUnknownSize)?.rows.find((r) => r[1] === first.id);
    expect(row?.[4]).toBe('unknown');
  });
});
