import type { EfsAccessPoint, EfsFileSystem, EfsInventory } from '../../collect/efs.js';
import type { CallFailure, Fetched, Inventory } from '../../collect/inventory.js';
import type { MetricSeries } from '../../collect/metrics.js';
import {
  ageInDays,
  firstFailure,
  listingUnknown,
  unknownFinding,
  type ResourceRef,
} from '../helpers.js';
import type { CheckMeta, EvalContext, Finding, Rule } from '../types.js';

const FILE_SYSTEM_TYPE = 'AWS::EFS::FileSystem';
const ACCESS_POINT_TYPE = 'AWS::EFS::AccessPoint';

/** A check's catalogue entry; the service and resource type follow from the rule kind. */
export type EfsCheckMeta = Omit<CheckMeta, 'service' | 'resourceType'>;

/** What a check decides about one resource; the rule builders turn it into a Finding. */
export type Verdict =
  | {
      status: 'PASS' | 'FAIL';
      detail: string;
      evidence?: Record<string, unknown>;
      monthlySavingsUsd?: number;
    }
  /** A read the decision needed failed: UNKNOWN naming the call and permission. */
  | { status: 'UNKNOWN'; failure: CallFailure }
  /** Every read succeeded but the data cannot decide (no BurstCreditBalance datapoints). */
  | { status: 'UNKNOWN'; detail: string };

export const pass = (detail: string, evidence?: Record<string, unknown>): Verdict => ({
  status: 'PASS',
  detail,
  ...(evidence ? { evidence } : {}),
});

export const fail = (
  detail: string,
  evidence?: Record<string, unknown>,
  monthlySavingsUsd?: number,
): Verdict => ({
  status: 'FAIL',
  detail,
  ...(evidence ? { evidence } : {}),
  ...(monthlySavingsUsd !== undefined ? { monthlySavingsUsd } : {}),
});

export const unknown = (failure: CallFailure): Verdict => ({ status: 'UNKNOWN', failure });

/** Categories whose checks skip resources younger than `min-age-days` (CHECKS.md). */
const USAGE_CATEGORIES = new Set(['cost', 'performance']);

export function isUsageCheck(meta: Pick<CheckMeta, 'category'>): boolean {
  return USAGE_CATEGORIES.has(meta.category);
}

/** Usage checks leave out file systems younger than `min-age-days`: too little history. */
function tooNewForUsageChecks(fs: EfsFileSystem, context: EvalContext): boolean {
  return ageInDays(fs.createdAt, context.now) < context.minAgeDays;
}

function fileSystemRef(region: string, fs: EfsFileSystem): ResourceRef {
  const ref: ResourceRef = { region, resourceId: fs.id, resourceArn: fs.arn };
  if (fs.name !== undefined) ref.resourceName = fs.name;
  return ref;
}

function accessPointRef(region: string, ap: EfsAccessPoint): ResourceRef {
  const ref: ResourceRef = {
    region,
    resourceId: ap.id,
    resourceArn: ap.arn,
    resourceType: ACCESS_POINT_TYPE,
  };
  if (ap.name !== undefined) ref.resourceName = ap.name;
  return ref;
}

function toFinding(ref: ResourceRef, verdict: Verdict): Finding {
  if (verdict.status !== 'UNKNOWN') return { ...ref, ...verdict };
  if ('failure' in verdict) return unknownFinding(ref, verdict.failure);
  return { ...ref, status: 'UNKNOWN', detail: verdict.detail };
}

/** The EFS parts of the inventory, by region. */
function efsParts(inventory: Inventory): [string, EfsInventory][] {
  return Object.entries(inventory.regional).flatMap(([region, parts]) =>
    parts.efs ? [[region, parts.efs] as [string, EfsInventory]] : [],
  );
}

export interface FileSystemCheck {
  meta: EfsCheckMeta;
  /** The file systems the check judges (CHECKS.md applicability); all when absent. */
  appliesTo?: (fs: EfsFileSystem) => boolean;
  judge: (fs: EfsFileSystem, efs: EfsInventory, context: EvalContext) => Verdict;
}

/** A check judged once per file system of each region. */
export function fileSystemRule(check: FileSystemCheck): Rule {
  const meta: CheckMeta = { ...check.meta, service: 'efs', resourceType: FILE_SYSTEM_TYPE };
  const usage = isUsageCheck(meta);
  return {
    meta,
    evaluate(inventory, context) {
      return efsParts(inventory).flatMap(([region, efs]): Finding[] => {
        if (efs.fileSystemsFailure) {
          return [listingUnknown(inventory.account, region, efs.fileSystemsFailure)];
        }
        return efs.fileSystems
          .filter((fs) => check.appliesTo?.(fs) ?? true)
          .filter((fs) => !usage || !tooNewForUsageChecks(fs, context))
          .map((fs) => toFinding(fileSystemRef(region, fs), check.judge(fs, efs, context)));
      });
    },
  };
}

export interface AccessPointCheck {
  meta: EfsCheckMeta;
  judge: (ap: EfsAccessPoint) => Verdict;
}

/**
 * A check judged once per access point of an audited file system. When the access point listing
 * failed, each file system says UNKNOWN for the access points it may have.
 */
export function accessPointRule(check: AccessPointCheck): Rule {
  const meta: CheckMeta = { ...check.meta, service: 'efs', resourceType: ACCESS_POINT_TYPE };
  return {
    meta,
    evaluate(inventory) {
      return efsParts(inventory).flatMap(([region, efs]): Finding[] => {
        if (efs.fileSystemsFailure) {
          return [listingUnknown(inventory.account, region, efs.fileSystemsFailure)];
        }
        const failure = efs.accessPointsFailure;
        if (failure) {
          return efs.fileSystems.map((fs) => ({
            ...unknownFinding(fileSystemRef(region, fs), failure),
            resourceType: FILE_SYSTEM_TYPE,
          }));
        }
        const audited = new Set(efs.fileSystems.map((fs) => fs.id));
        return efs.accessPoints
          .filter((ap) => audited.has(ap.fileSystemId))
          .map((ap) => toFinding(accessPointRef(region, ap), check.judge(ap)));
      });
    },
  };
}

/** AWS bills storage in binary gigabytes. */
const BYTES_PER_GB = 2 ** 30;

/** Gigabytes stored per class, and where the figures came from. */
export interface StoredGb {
  total: number;
  standard: number;
  infrequentAccess: number;
  archive: number;
  source: 'SizeInBytes' | 'StorageBytes';
}

function latest(series: Fetched<MetricSeries>): number | undefined {
  const values = series.ok ? series.value.values : [];
  return values.length > 0 ? values[values.length - 1] : undefined;
}

function sizeInBytesGb(size: EfsFileSystem['sizeInBytes']): StoredGb {
  const infrequentAccess = size.infrequentAccess ?? 0;
  const archive = size.archive ?? 0;
  const standard = size.standard ?? Math.max(0, size.total - infrequentAccess - archive);
  return {
    total: size.total / BYTES_PER_GB,
    standard: standard / BYTES_PER_GB,
    infrequentAccess: infrequentAccess / BYTES_PER_GB,
    archive: archive / BYTES_PER_GB,
    source: 'SizeInBytes',
  };
}

/**
 * What the file system stores. SizeInBytes is the authority; CloudWatch StorageBytes stands in
 * only when SizeInBytes reads zero (an emulator; AWS never reports below 6 KiB) and has datapoints.
 * When that StorageBytes read failed the size is unknown: the zero of SizeInBytes is no answer.
 */
export function readStoredGb(fs: EfsFileSystem): Fetched<StoredGb> {
  const size = fs.sizeInBytes;
  const storage = fs.metrics.storageBytes;
  if (!storage || size.total !== 0) return { ok: true, value: sizeInBytesGb(size) };
  const failure = firstFailure(storage.total, storage.standard, storage.infrequentAccess);
  if (failure) return { ok: false, error: failure };
  const total = latest(storage.total);
  if (total === undefined) return { ok: true, value: sizeInBytesGb(size) };
  const infrequentAccess = latest(storage.infrequentAccess) ?? 0;
  const standard = latest(storage.standard) ?? Math.max(0, total - infrequentAccess);
  return {
    ok: true,
    value: {
      total: total / BYTES_PER_GB,
      standard: standard / BYTES_PER_GB,
      infrequentAccess: infrequentAccess / BYTES_PER_GB,
      archive: 0,
      source: 'StorageBytes',
    },
  };
}

/** Why the size is unknown, naming the failed call as UNKNOWN results do. */
export function sizeReadFailure(failure: CallFailure): string {
  return `${failure.operation} failed with ${failure.code} reading CloudWatch StorageBytes`;
}

/** Joins names for a detail sentence: `a`, `a and b`, `a, b and c`. */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
