import type { EfsAccessPoint, EfsFileSystem, EfsInventory } from '../../model/efs.js';
import type { CallFailure, Fetched } from '../../model/inventory.js';
import type { MetricSeries } from '../../model/metrics.js';
import type { CheckMeta } from '../../model/results.js';
import {
  firstFailure,
  resourceRule,
  unknown,
  type EvalContext,
  type ResourceRef,
  type Rule,
  type Verdict,
} from '../kit.js';

const FILE_SYSTEM_TYPE = 'AWS::EFS::FileSystem';
const ACCESS_POINT_TYPE = 'AWS::EFS::AccessPoint';

/** A check's catalogue entry; the service and resource type follow from the rule kind. */
export type EfsCheckMeta = Omit<CheckMeta, 'service' | 'resourceType'>;

function fileSystemRef(fs: EfsFileSystem, region: string): ResourceRef {
  const ref: ResourceRef = { region, resourceId: fs.id, resourceArn: fs.arn };
  if (fs.name !== undefined) ref.resourceName = fs.name;
  return ref;
}

function accessPointRef(ap: EfsAccessPoint, region: string): ResourceRef {
  const ref: ResourceRef = {
    region,
    resourceId: ap.id,
    resourceArn: ap.arn,
    resourceType: ACCESS_POINT_TYPE,
  };
  if (ap.name !== undefined) ref.resourceName = ap.name;
  return ref;
}

export interface FileSystemCheck {
  meta: EfsCheckMeta;
  /** The file systems the check judges (CHECKS.md applicability); all when absent. */
  appliesTo?: (fs: EfsFileSystem) => boolean;
  judge: (fs: EfsFileSystem, efs: EfsInventory, context: EvalContext) => Verdict;
}

/** A check judged once per file system of each region. */
export function fileSystemRule(check: FileSystemCheck): Rule {
  return resourceRule({
    ...check,
    meta: { ...check.meta, service: 'efs', resourceType: FILE_SYSTEM_TYPE },
    resources: (efs) => efs.fileSystems,
    ref: fileSystemRef,
    createdAt: (fs) => fs.createdAt,
  });
}

export interface AccessPointCheck {
  meta: EfsCheckMeta;
  judge: (ap: EfsAccessPoint) => Verdict;
}

/** An access point of an audited file system, or a file system whose access points are unknown. */
type AccessPointItem =
  { accessPoint: EfsAccessPoint } | { fileSystem: EfsFileSystem; failure: CallFailure };

/**
 * The access points of the audited file systems. When the access point listing failed, each file
 * system stands in for the access points it may have, to be judged UNKNOWN.
 */
function accessPointItems(efs: EfsInventory): Fetched<AccessPointItem[]> {
  const { fileSystems, accessPoints } = efs;
  if (!fileSystems.ok) return fileSystems;
  if (!accessPoints.ok) {
    const failure = accessPoints.error;
    return { ok: true, value: fileSystems.value.map((fileSystem) => ({ fileSystem, failure })) };
  }
  const audited = new Set(fileSystems.value.map((fs) => fs.id));
  return {
    ok: true,
    value: accessPoints.value
      .filter((ap) => audited.has(ap.fileSystemId))
      .map((accessPoint) => ({ accessPoint })),
  };
}

/** A check judged once per access point of an audited file system. */
export function accessPointRule(check: AccessPointCheck): Rule {
  return resourceRule({
    meta: { ...check.meta, service: 'efs', resourceType: ACCESS_POINT_TYPE },
    resources: accessPointItems,
    ref: (item, region) =>
      'accessPoint' in item
        ? accessPointRef(item.accessPoint, region)
        : { ...fileSystemRef(item.fileSystem, region), resourceType: FILE_SYSTEM_TYPE },
    judge: (item) =>
      'accessPoint' in item ? check.judge(item.accessPoint) : unknown(item.failure),
  });
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
