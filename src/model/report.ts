import type { CollectionError, CollectStats, ServiceName } from './inventory.js';
import type { Category, CheckResult, Severity } from './results.js';

export type GateResult = 'passed' | 'failed' | 'error';

export interface GateDecision {
  passed: boolean;
  result: GateResult;
  /** One line per reason the gate failed; empty when it passed. */
  reasons: string[];
}

export interface ReportSummary {
  pass: number;
  fail: number;
  unknown: number;
  suppressed: number;
  excluded: number;
  /** `excluded` by region; IAM principals under `global`. */
  excludedByRegion: Record<string, number>;
  new: number;
  resolved: number;
  /** Unsuppressed FAIL results by severity. */
  bySeverity: Record<Severity, number>;
  monthlySavingsUsd: number;
}

/** The effective configuration, as written into the report: nothing secret. */
export interface ReportConfig {
  regions: string[] | 'all';
  services: ServiceName[];
  minimumScore: number;
  failOnSeverity: Severity | 'none';
  failOnIncomplete: boolean;
  environment?: string;
  excludeTags: string[];
  minAgeDays: number;
  roleToAssume?: string;
  /** Categories whose FAILs `failOnSeverity` counts. */
  gateCategories: Category[];
  failOnNewOnly: boolean;
  /** The check selection as given: ids or globs; absent when every check ran. */
  checks?: string[];
  skipChecks?: string[];
  /** Paths of the suppressions file and the baseline report, as given. */
  suppressions?: string;
  baseline?: string;
}

/** One entry of a suppressions file (DESIGN.md "Suppressions"). */
export interface Suppression {
  /** Position in the file's list, from 0: messages name the entry by it. */
  index: number;
  check: string;
  resource?: string;
  account?: string;
  region?: string;
  reason: string;
  /** ISO date, the last day the entry suppresses. */
  expires: string;
  owner?: string;
}

/** What the suppressions file did in this run. */
export interface SuppressionsOutcome {
  /** Entries in force that matched FAIL or UNKNOWN results, with how many. */
  applied: (Suppression & { matched: number })[];
  /** Entries past their date: they suppress nothing, and their findings count again. */
  expired: Suppression[];
  /** Entries in force that matched no FAIL or UNKNOWN result: stale exceptions to remove. */
  unused: Suppression[];
  /** Entries in force that expire within 14 days. */
  expiringSoon: Suppression[];
}

/**
 * Per-service resource tables (CHECKS.md), keyed by service. Each analyzer adds its own part;
 * values are JSON data already escaped of nothing: renderers escape on output.
 */
export type ReportResources = Partial<Record<ServiceName, Record<string, unknown>>>;

/**
 * The schemaVersion the JSON report is written in. Version 2 writes each check's metadata once,
 * in `checks`; version 3 also each resource's fields once, in `resourceTable`, which results name
 * by position. Every reader also reads versions 1 and 2.
 */
export const REPORT_SCHEMA_VERSION = 3;

/** The fields of a result that are its check's, written once per check in `checks` (version 2). */
export const CHECK_FIELDS = [
  'title',
  'service',
  'category',
  'severity',
  'resourceType',
  'remediation',
  'frameworks',
] as const;

/**
 * The fields of a result that are its resource's, written once per resource in `resourceTable`
 * (version 3): several checks judge one resource.
 */
export const RESOURCE_FIELDS = [
  'account',
  'region',
  'resourceId',
  'resourceArn',
  'resourceName',
] as const;

/** One entry of the version 3 `resourceTable`; `resourceArn` and `resourceName` where known. */
export type ResourceEntry = Pick<CheckResult, (typeof RESOURCE_FIELDS)[number]>;

/**
 * The ARN a resource id is, when the id is one (an IAM principal is identified by its ARN):
 * version 3 writes no `resourceArn` for such a resource, and a reader takes it from the id.
 */
export const arnOfId = (resourceId: string): string | undefined =>
  resourceId.startsWith('arn:') ? resourceId : undefined;

/** A resource whose `resourceArn` the version 3 table leaves out: its id is that ARN. */
export const isArnNamed = (entry: Pick<ResourceEntry, 'resourceId' | 'resourceArn'>): boolean =>
  entry.resourceArn !== undefined && entry.resourceArn === arnOfId(entry.resourceId);

/** One entry of the version 2 `checks` catalogue; `frameworks` is left out when it maps nothing. */
export type CheckEntry = Pick<CheckResult, (typeof CHECK_FIELDS)[number]>;

/** The metadata of a result's check, as the result carries it. */
export const checkEntryOf = (result: CheckResult): CheckEntry => ({
  title: result.title,
  service: result.service,
  category: result.category,
  severity: result.severity,
  resourceType: result.resourceType,
  remediation: result.remediation,
  frameworks: result.frameworks,
});

/**
 * The report in memory, as every renderer reads it: each result carries its check's metadata (the
 * same objects for every result of a check, so it costs a few references per result), whichever
 * version it was read from. The writer turns it into version 3 (src/report/json.ts).
 */
export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: string; version: string };
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  account: string;
  regions: string[];
  services: ServiceName[];
  config: ReportConfig;
  score: number;
  /** False when no scored result was evaluated: the score is then 100 by definition. */
  scoreEvaluated: boolean;
  gate: GateDecision;
  summary: ReportSummary;
  results: CheckResult[];
  resolved: CheckResult[];
  errors: CollectionError[];
  resources: ReportResources;
  /** With a suppressions file: what it applied, what expired, what went unused. */
  suppressions?: SuppressionsOutcome;
  /** What the run wants a person to know that is not a finding (a baseline of another account). */
  warnings?: string[];
  stats: CollectStats;
}

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
