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

/** A file system's row as listed, before its results are rolled up into it. */
type ListedFileSystem = Omit<
  EfsFileSystemEntry,
  'failCounts' | 'findingCategories' | 'monthlySavingsUsd' | 'usageChecks'
>;

/**
 * The report's resource tables (`resources.efs`): rows listed part by part while each part is in
 * memory, and rolled up with the results once every result carries its suppression and baseline
 * marks. Only what a row shows is kept of a part. Rows are by region in the order `regions` lists
 * them, whatever order the parts came in (a live scan judges each as soon as it is collected).
 */
export class ResourceTables {
  private efsListed = false;
  private readonly fileSystems: ListedFileSystem[] = [];
  private readonly accessPoints: EfsAccessPointEntry[] = [];
  /** Access point to its file system: access point findings count toward their file system. */
  private readonly owner = new Map<string, string>();

  constructor(private readonly regions: readonly string[]) {}

  /** Lists the resources of the inventory's parts, in scope as the rules judged them. */
  list(inventory: Inventory): void {
    for (const { region, part } of partsOf(inventory, 'efs')) {
      this.efsListed = true;
      const fileSystems = part.fileSystems.ok ? part.fileSystems.value : [];
      const accessPoints = part.accessPoints.ok ? part.accessPoints.value : [];
      for (const ap of accessPoints) this.owner.set(regionKey(region, ap.id), ap.fileSystemId);
      for (const fs of fileSystems) {
        const stored = readStoredGb(fs);
        this.fileSystems.push({
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
        });
      }
      const audited = new Set(fileSystems.map((fs) => fs.id));
      for (const ap of accessPoints) {
        if (!audited.has(ap.fileSystemId)) continue;
        this.accessPoints.push({
          region,
          id: ap.id,
          name: ap.name ?? null,
          fileSystemId: ap.fileSystemId,
          path: ap.rootDirectoryPath,
          posixUser: ap.posixUser ?? null,
        });
      }
    }
  }

  /** The tables, each file system with its findings rolled up. */
  build(results: readonly CheckResult[]): ReportResources {
    if (!this.efsListed) return {};
    const byFileSystem = new Map<string, CheckResult[]>();
    for (const result of results) {
      if (result.service !== 'efs') continue;
      const key = regionKey(result.region, result.resourceId);
      const fileSystemId = this.owner.get(key);
      const fsKey = fileSystemId ? regionKey(result.region, fileSystemId) : key;
      const own = byFileSystem.get(fsKey);
      if (own) own.push(result);
      else byFileSystem.set(fsKey, [result]);
    }
    const fileSystems = this.inRegionOrder(this.fileSystems).map((row): EfsFileSystemEntry => {
      const own = byFileSystem.get(regionKey(row.region, row.id)) ?? [];
      const failed = own.filter((r) => r.status === 'FAIL' && !r.suppressed);
      const failCounts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<
        Severity,
        number
      >;
      for (const r of failed) failCounts[r.severity]++;
      return {
        ...row,
        failCounts,
        findingCategories: [...new Set(failed.map((r) => r.category))].sort(),
        monthlySavingsUsd: totalSavingsUsd(failed),
        // Every old-enough file system gets usage results (efs.unused judges them all).
        usageChecks: own.some((r) => isUsageCheck(r)) ? 'evaluated' : TOO_NEW_FOR_USAGE_CHECKS,
      };
    });
    const efs: EfsResources = { fileSystems, accessPoints: this.inRegionOrder(this.accessPoints) };
    return { efs: { ...efs } };
  }

  /** Stable: rows of one region keep the order their part lists them in. */
  private inRegionOrder<Row extends { region: string }>(rows: readonly Row[]): Row[] {
    const rank = (row: Row): number => {
      const at = this.regions.indexOf(row.region);
      return at === -1 ? this.regions.length : at;
    };
    return [...rows].sort((a, b) => rank(a) - rank(b));
  }
}
