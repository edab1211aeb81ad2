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
}

/**
 * Per-service resource tables (CHECKS.md), keyed by service. Each analyzer adds its own part;
 * values are JSON data already escaped of nothing: renderers escape on output.
 */
export type ReportResources = Partial<Record<ServiceName, Record<string, unknown>>>;

/** The JSON report, schemaVersion 1 (DESIGN.md). Every renderer reads only this. */
export interface Report {
  schemaVersion: 1;
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
