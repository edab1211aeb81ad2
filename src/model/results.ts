import type { ServiceName } from './inventory.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Score weight of each severity (DESIGN.md "Results, score, gate"). */
export const SEVERITY_WEIGHTS: Record<Severity, number> = {
  critical: 10,
  high: 5,
  medium: 2,
  low: 1,
};

export const CATEGORIES = ['security', 'resilience', 'operations', 'cost', 'performance'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Categories whose results count toward the posture score. */
export const SCORED_CATEGORIES: readonly Category[] = ['security', 'resilience', 'operations'];

export type Status = 'PASS' | 'FAIL' | 'UNKNOWN';

/** The catalogue entry of one check (CHECKS.md). */
export interface CheckMeta {
  id: string;
  title: string;
  service: ServiceName;
  category: Category;
  severity: Severity;
  resourceType: string;
  remediation: { text: string; url: string };
  frameworks: { fsbp?: string[]; cis?: string[] };
  /**
   * What makes the check FAIL, as the code decides it: one or two plain sentences, `code` spans
   * allowed, no emoji. Every check states it; docs/checks.md shows it under the check.
   */
  failWhen: string;
  /**
   * Cost checks whose saving is the resource's whole bill (delete it): any other saving on the
   * same resource is part of it, so totals count that resource once, at this saving.
   */
  savingIsWholeBill?: boolean;
}

/** Why a check could not look: the call that failed and the IAM permission it needs. */
export interface FailedCall {
  operation: string;
  code: string;
  permission: string;
}

/** What a rule says about one resource; the engine adds the catalogue fields and the id. */
export interface Finding {
  status: Status;
  region: string;
  resourceId: string;
  resourceArn?: string;
  resourceName?: string;
  /** Overrides the check's resourceType for checks that judge more than one kind (RDS instance or cluster). */
  resourceType?: string;
  /**
   * Overrides the check's framework mappings for a resource they do not cover (a DocumentDB or
   * Neptune cluster judged by an RDS check): `{}` maps it to nothing.
   */
  frameworks?: CheckMeta['frameworks'];
  detail: string;
  evidence?: Record<string, unknown>;
  monthlySavingsUsd?: number;
  failedCall?: FailedCall;
}

export interface CheckResult {
  id: string;
  checkId: string;
  title: string;
  service: ServiceName;
  category: Category;
  severity: Severity;
  status: Status;
  account: string;
  region: string;
  resourceType: string;
  resourceId: string;
  resourceArn?: string;
  resourceName?: string;
  detail: string;
  evidence?: Record<string, unknown>;
  remediation: { text: string; url: string };
  frameworks: { fsbp?: string[]; cis?: string[] };
  monthlySavingsUsd?: number;
  failedCall?: FailedCall;
  suppressed?: { reason: string; expires?: string; owner?: string };
  baseline?: 'new' | 'existing';
}

const STATUS_ORDER: Readonly<Record<Status, number>> = { FAIL: 0, UNKNOWN: 1, PASS: 2 };

/** Code-unit order, not localeCompare: output must not depend on the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The order of results everywhere: most severe first, then check, region, resource and status.
 * Account and id break the remaining ties of merged multi-account reports, so the order is total.
 */
export function compareResults(a: CheckResult, b: CheckResult): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    compareText(a.checkId, b.checkId) ||
    compareText(a.region, b.region) ||
    compareText(a.resourceId, b.resourceId) ||
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    compareText(a.account, b.account) ||
    compareText(a.id, b.id)
  );
}
