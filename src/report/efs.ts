import type { Inventory } from '../collect/inventory.js';
import { isUsageCheck, readStoredGb } from '../rules/efs/common.js';
import { formatUsd } from '../rules/helpers.js';
import { SEVERITIES, type Category, type CheckResult, type Severity } from '../rules/types.js';
import { totalSavingsUsd } from './summary.js';
import type { ResourceTable } from './tables.js';
import type { Report, ReportResources } from './types.js';

export const TOO_NEW_FOR_USAGE_CHECKS = 'too new for usage checks';

/** One row of `resources.efs.fileSystems` (CHECKS.md). Name is tag text: untrusted. */
export interface EfsFileSystemEntry {
  region: string;
  id: string;
  name: string | null;
  state: string;
  /** null when SizeInBytes read zero and the CloudWatch StorageBytes read failed. */
  sizeGb: number | null;
  /** `SizeInBytes` from the EFS API, or `StorageBytes` from CloudWatch where the API said 0. */
  sizeSource: string;
  throughputMode: string;
  provisionedThroughputMibps: number | null;
  performanceMode: string;
  encrypted: boolean;
  storage: 'one-zone' | 'regional';
  availabilityZone: string | null;
  /** Unsuppressed FAIL results on the file system and its access points. */
  failCounts: Record<Severity, number>;
  findingCategories: Category[];
  monthlySavingsUsd: number;
  /** `evaluated`, or `too new for usage checks` when min-age-days left cost and performance out. */
  usageChecks: string;
}

export interface EfsAccessPointEntry {
  region: string;
  id: string;
  name: string | null;
  fileSystemId: string;
  path: string;
  posixUser: { uid: number; gid: number; secondaryGids?: number[] } | null;
}

export interface EfsResources {
  fileSystems: EfsFileSystemEntry[];
  accessPoints: EfsAccessPointEntry[];
}

const regionKey = (region: string, id: string): string => `${region}\u0000${id}`;

/** `resources.efs`: every audited file system with its findings rolled up, and every access point. */
export function buildEfsResources(
  inventory: Inventory,
  results: readonly CheckResult[],
): ReportResources {
  const parts = Object.entries(inventory.regional).flatMap(([region, part]) =>
    part.efs ? [{ region, efs: part.efs }] : [],
  );
  if (parts.length === 0) return {};
  // Access point findings count toward their file system.
  const owner = new Map<string, string>();
  for (const { region, efs } of parts) {
    for (const ap of efs.accessPoints) owner.set(regionKey(region, ap.id), ap.fileSystemId);
  }
  const byFileSystem = new Map<string, CheckResult[]>();
  for (const result of results) {
    if (result.service !== 'efs') continue;
    const key = regionKey(result.region, result.resourceId);
    const fileSystemId = owner.get(key);
    const fsKey = fileSystemId ? regionKey(result.region, fileSystemId) : key;
    byFileSystem.set(fsKey, [...(byFileSystem.get(fsKey) ?? []), result]);
  }

  const fileSystems = parts.flatMap(({ region, efs }) =>
    efs.fileSystems.map((fs): EfsFileSystemEntry => {
      const own = byFileSystem.get(regionKey(region, fs.id)) ?? [];
      const failed = own.filter((r) => r.status === 'FAIL' && !r.suppressed);
      const failCounts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<
        Severity,
        number
      >;
      for (const r of failed) failCounts[r.severity]++;
      const stored = readStoredGb(fs);
      return {
        region,
        id: fs.id,
        name: fs.name ?? null,
        state: fs.state,
        sizeGb: stored.ok ? Math.round(stored.value.total * 100) / 100 : null,
        sizeSource: stored.ok ? stored.value.source : 'unknown',
        throughputMode: fs.throughputMode,
        provisionedThroughputMibps: fs.provisionedThroughputMibps ?? null,
        performanceMode: fs.performanceMode,
        encrypted: fs.encrypted,
        storage: fs.availabilityZoneName ? 'one-zone' : 'regional',
        availabilityZone: fs.availabilityZoneName ?? null,
        failCounts,
        findingCategories: [...new Set(failed.map((r) => r.category))].sort(),
        monthlySavingsUsd: totalSavingsUsd(failed),
        // Every old-enough file system gets usage results (efs.unused judges them all).
        usageChecks: own.some((r) => isUsageCheck(r)) ? 'evaluated' : TOO_NEW_FOR_USAGE_CHECKS,
      };
    }),
  );
  const audited = new Set(fileSystems.map((fs) => regionKey(fs.region, fs.id)));
  const accessPoints = parts.flatMap(({ region, efs }) =>
    efs.accessPoints
      .filter((ap) => audited.has(regionKey(region, ap.fileSystemId)))
      .map((ap): EfsAccessPointEntry => ({
        region,
        id: ap.id,
        name: ap.name ?? null,
        fileSystemId: ap.fileSystemId,
        path: ap.rootDirectoryPath,
        posixUser: ap.posixUser ?? null,
      })),
  );
  const resources: EfsResources = { fileSystems, accessPoints };
  return { efs: { ...resources } };
}

function throughputCell(fs: EfsFileSystemEntry): string {
  return fs.provisionedThroughputMibps !== null
    ? `${fs.throughputMode} ${fs.provisionedThroughputMibps} MiB/s`
    : fs.throughputMode;
}

/** The per-file-system table of the console output and the job summary. */
export function efsTable(report: Report): ResourceTable | undefined {
  const efs = report.resources.efs as EfsResources | undefined;
  if (!efs || efs.fileSystems.length === 0) return undefined;
  return {
    title: 'EFS file systems',
    columns: [
      'Region',
      'File system',
      'Name',
      'State',
      'Size GB',
      'Throughput',
      'Performance',
      'Encrypted',
      'Storage',
      'FAIL C/H/M/L',
      'Findings',
      'Savings/month',
      'Usage checks',
    ],
    rows: efs.fileSystems.map((fs) => [
      fs.region,
      fs.id,
      fs.name ?? '',
      fs.state,
      fs.sizeGb === null ? 'unknown' : fs.sizeGb.toFixed(2),
      throughputCell(fs),
      fs.performanceMode,
      fs.encrypted ? 'yes' : 'no',
      fs.storage,
      SEVERITIES.map((s) => fs.failCounts[s]).join('/'),
      fs.findingCategories.join(', '),
      formatUsd(fs.monthlySavingsUsd),
      fs.usageChecks,
    ]),
  };
}
