import type { Inventory } from '../model/inventory.js';
import type {
  EfsAccessPointEntry,
  EfsFileSystemEntry,
  EfsResources,
  ReportResources,
} from '../model/report.js';
import { SEVERITIES, type CheckResult, type Severity } from '../model/results.js';
import { readStoredGb } from '../rules/efs/common.js';
import { isUsageCheck, partsOf } from '../rules/kit.js';
import { totalSavingsUsd } from './summary.js';

export const TOO_NEW_FOR_USAGE_CHECKS = 'too new for usage checks';

const regionKey = (region: string, id: string): string => `${region}\u0000${id}`;

/** `resources.efs`: every audited file system with its findings rolled up, and every access point. */
export function buildEfsResources(
  inventory: Inventory,
  results: readonly CheckResult[],
): ReportResources {
  const parts = partsOf(inventory, 'efs').map(({ region, part }) => ({
    region,
    fileSystems: part.fileSystems.ok ? part.fileSystems.value : [],
    accessPoints: part.accessPoints.ok ? part.accessPoints.value : [],
  }));
  if (parts.length === 0) return {};
  // Access point findings count toward their file system.
  const owner = new Map<string, string>();
  for (const { region, accessPoints } of parts) {
    for (const ap of accessPoints) owner.set(regionKey(region, ap.id), ap.fileSystemId);
  }
  const byFileSystem = new Map<string, CheckResult[]>();
  for (const result of results) {
    if (result.service !== 'efs') continue;
    const key = regionKey(result.region, result.resourceId);
    const fileSystemId = owner.get(key);
    const fsKey = fileSystemId ? regionKey(result.region, fileSystemId) : key;
    byFileSystem.set(fsKey, [...(byFileSystem.get(fsKey) ?? []), result]);
  }

  const fileSystems = parts.flatMap(({ region, fileSystems: listed }) =>
    listed.map((fs): EfsFileSystemEntry => {
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
  const accessPoints = parts.flatMap(({ region, accessPoints: listed }) =>
    listed
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

type ResourcesBuilder = (inventory: Inventory, results: readonly CheckResult[]) => ReportResources;

/** One builder per analyzer that lists its resources in the report (`resources.efs`, ...). */
const RESOURCE_BUILDERS: readonly ResourcesBuilder[] = [buildEfsResources];

export function buildResources(
  inventory: Inventory,
  results: readonly CheckResult[],
): ReportResources {
  return Object.assign({}, ...RESOURCE_BUILDERS.map((build) => build(inventory, results)));
}
