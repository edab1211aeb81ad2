// The rule kit: how every check turns the inventory into findings. A check is its metadata plus a
// judge that returns a verdict for one resource; the kit finds the resources, skips what the check
// does not apply to, and owns the UNKNOWNs of a failed listing or an uncollected service.
import { BUG_REPORT_URL, classOf, isExpiredSession, SCAN_DEADLINE } from '../aws/errors.js';
import { permissionFor } from '../aws/permissions.js';
import type { Ec2Inventory } from '../model/ec2.js';
import type { EfsInventory } from '../model/efs.js';
import type { IamInventory } from '../model/iam.js';
import {
  GLOBAL_REGION,
  isAccountWide,
  type CallFailure,
  type Fetched,
  type Inventory,
  type InventoryHeader,
  type ServiceName,
} from '../model/inventory.js';
import type { RdsInventory } from '../model/rds.js';
import type { CheckMeta, FailedCall, Finding, Status } from '../model/results.js';
import type { S3Inventory } from '../model/s3.js';
import type { SgInventory } from '../model/sg.js';

/** Inputs a rule may read besides the inventory. Rules stay pure: the clock comes in here. */
export interface EvalContext {
  now: Date;
  minAgeDays: number;
}

export interface Rule {
  meta: CheckMeta;
  /**
   * The check's findings, made one at a time: the engine turns each into a result before the
   * next is made, so no rule holds a finding per resource at once (garbage that outlives young
   * collections and fills the old heap at 50,000 resources).
   */
  evaluate(inventory: Inventory, context: EvalContext): Iterable<Finding>;
}

/** What a check decides about one resource; the kit turns it into a finding. */
export type Verdict =
  | {
      status: 'PASS' | 'FAIL';
      detail: string;
      evidence?: Record<string, unknown>;
      monthlySavingsUsd?: number;
    }
  /** A read the decision needed failed: UNKNOWN naming the call and the permission. */
  | { status: 'UNKNOWN'; failure: CallFailure; evidence?: Record<string, unknown> }
  /** Every read succeeded but the data cannot decide (a field missing from the answer). */
  | { status: 'UNKNOWN'; detail: string; evidence?: Record<string, unknown> };

// Verdicts of one status share one shape, an absent field undefined: judging reads them cheaply.
export const pass = (detail: string, evidence?: Record<string, unknown>): Verdict => ({
  status: 'PASS',
  detail,
  evidence,
});

export const fail = (
  detail: string,
  evidence?: Record<string, unknown>,
  monthlySavingsUsd?: number,
): Verdict => ({ status: 'FAIL', detail, evidence, monthlySavingsUsd });

export const unknown = (failure: CallFailure, evidence?: Record<string, unknown>): Verdict => ({
  status: 'UNKNOWN',
  failure,
  evidence,
});

/** UNKNOWN without a failed call: the answer came but cannot decide. */
export const undetermined = (detail: string, evidence?: Record<string, unknown>): Verdict => ({
  status: 'UNKNOWN',
  detail,
  evidence,
});

/** PASS or FAIL by a test's outcome, with one detail sentence for both. */
export const passIf = (
  passed: boolean,
  detail: string,
  evidence?: Record<string, unknown>,
): Verdict => (passed ? pass(detail, evidence) : fail(detail, evidence));

/** The fields of a finding that name its resource. */
type FindingResource = Pick<
  Finding,
  'region' | 'resourceId' | 'resourceArn' | 'resourceName' | 'resourceType' | 'frameworks'
>;

/** The resource a finding is about, shared by its PASS, FAIL and UNKNOWN forms. */
export type ResourceRef = FindingResource & {
  /**
   * Why the resource's tags could not be read. Such a resource stays in scope (CHECKS.md), and
   * each of its results says that `exclude-tags` and `environment` could not be applied to it.
   */
  tagsUnread?: CallFailure;
};

/** A scanned service with no part and no recorded failure in the inventory. */
const NOT_COLLECTED = 'NotCollected';

/**
 * Why a call failed, by its class, in the words a user can act on. Only a denied call names a
 * permission to grant.
 */
export function failureAdvice(failure: CallFailure, permission: string): string {
  const { code } = failure;
  if (isExpiredSession(code))
    return ': the session expired during the scan (raise role-duration-seconds)';
  if (code === SCAN_DEADLINE) return ': the scan-timeout-minutes deadline passed first';
  if (code === NOT_COLLECTED) return '';
  switch (classOf(failure)) {
    case 'denied':
      return `; the scan needs ${permission}`;
    case 'throttled':
      return ': AWS throttled it through every retry (raise max-attempts or scan less at once)';
    case 'not-found':
      return ': not found';
    case 'timeout':
      return ': it timed out on every attempt';
    case 'network':
      return ': a network error (the endpoint could not be reached)';
    case 'malformed':
      return ': the answer could not be read (malformed or truncated)';
    case 'internal':
      return `: an internal error of posture-gate; please report it at ${BUG_REPORT_URL}`;
    case 'service':
      return ': an error of the AWS service';
  }
}

/**
 * An UNKNOWN finding naming the call that failed and the IAM permission it needs. Only a denied
 * call is blamed on permissions: throttling or a service error says so instead.
 */
export function unknownFinding(resource: FindingResource, failure: CallFailure): Finding {
  return failedFinding(resource, failure, undefined);
}

/** The finding of a failed call, with the evidence the check gathered before it. */
function failedFinding(
  resource: FindingResource,
  failure: CallFailure,
  evidence: Record<string, unknown> | undefined,
): Finding {
  const permission = permissionFor(failure.operation);
  return findingOf(
    resource,
    'UNKNOWN',
    `Could not be assessed: ${failure.operation} failed with ${failure.code}${failureAdvice(failure, permission)}.`,
    evidence,
    undefined,
    { operation: failure.operation, code: failure.code, permission },
  );
}

/**
 * Every finding is made here, in one shape: every field present, the absent ones undefined (the
 * engine reads `undefined` as absent). Spreading a resource and a verdict of varying shapes into
 * each finding was the costliest step of judging a resource.
 */
function findingOf(
  resource: FindingResource,
  status: Status,
  detail: string,
  evidence: Record<string, unknown> | undefined,
  monthlySavingsUsd: number | undefined,
  failedCall: FailedCall | undefined,
): Finding {
  return {
    region: resource.region,
    resourceId: resource.resourceId,
    resourceArn: resource.resourceArn,
    resourceName: resource.resourceName,
    resourceType: resource.resourceType,
    frameworks: resource.frameworks,
    status,
    detail,
    evidence,
    monthlySavingsUsd,
    failedCall,
  };
}

export const ACCOUNT_TYPE = 'AWS::::Account';

/**
 * When a listing failed there are no resources to judge: one account-level UNKNOWN per check and
 * region says so, rather than no result at all (which would read as "all fine").
 */
export function listingUnknown(account: string, region: string, failure: CallFailure): Finding {
  return unknownFinding({ region, resourceId: account, resourceType: ACCOUNT_TYPE }, failure);
}

/** The first failed read among `reads`, if any: a check that needs all of them is UNKNOWN. */
export function firstFailure(...reads: Fetched<unknown>[]): CallFailure | undefined {
  for (const read of reads) if (!read.ok) return read.error;
  return undefined;
}

/** The sentence every result of a resource whose tags could not be read ends with. */
function tagsUnreadSentence(failure: CallFailure): string {
  return `Its tags could not be read (${failure.operation} failed with ${failure.code}), so exclude-tags and environment could not be applied to it.`;
}

function judged(resource: FindingResource, verdict: Verdict): Finding {
  if (verdict.status === 'UNKNOWN' && 'failure' in verdict) {
    return failedFinding(resource, verdict.failure, verdict.evidence);
  }
  const monthlySavingsUsd = verdict.status === 'UNKNOWN' ? undefined : verdict.monthlySavingsUsd;
  return findingOf(
    resource,
    verdict.status,
    verdict.detail,
    verdict.evidence,
    monthlySavingsUsd,
    undefined,
  );
}

export function toFinding(ref: ResourceRef, verdict: Verdict): Finding {
  const finding = judged(ref, verdict);
  if (ref.tagsUnread) finding.detail = `${finding.detail} ${tagsUnreadSentence(ref.tagsUnread)}`;
  return finding;
}

/** Each service's part of the inventory. */
export interface ServiceParts {
  efs: EfsInventory;
  ec2: Ec2Inventory;
  sg: SgInventory;
  rds: RdsInventory;
  s3: S3Inventory;
  iam: IamInventory;
}

/** The collected parts of one service, with the region each stands for. */
export function partsOf<S extends ServiceName>(
  inventory: Inventory,
  service: S,
): { region: string; part: ServiceParts[S] }[] {
  if (isAccountWide(service)) {
    const part = inventory.global[service as 's3' | 'iam'] as ServiceParts[S] | undefined;
    return part ? [{ region: GLOBAL_REGION, part }] : [];
  }
  return Object.entries(inventory.regional).flatMap(([region, parts]) => {
    const part = parts[service as 'efs' | 'ec2' | 'sg' | 'rds'] as ServiceParts[S] | undefined;
    return part ? [{ region, part }] : [];
  });
}

/** Whether a service's part for a region was collected. */
export type PartCollected = (service: ServiceName, region: string) => boolean;

/** Where a scanned service has no part: its collector failed, or a file lacks it. */
function missingRegions(
  header: InventoryHeader,
  service: ServiceName,
  collected: PartCollected,
): string[] {
  if (isAccountWide(service)) return collected(service, GLOBAL_REGION) ? [] : [GLOBAL_REGION];
  return header.regions.filter((region) => !collected(service, region));
}

/** The recorded failure of the service's collector there, or a stand-in naming the gap. */
function whyMissing(header: InventoryHeader, service: ServiceName, region: string): CallFailure {
  const operation = `${service}:collect`;
  const recorded = header.errors.find(
    (e) => e.service === service && e.region === region && e.operation === operation,
  );
  if (recorded) {
    const { code, message } = recorded;
    return recorded.class
      ? { operation, code, message, class: recorded.class }
      : { operation, code, message };
  }
  return {
    operation,
    code: NOT_COLLECTED,
    message: `the inventory has no ${service} data for ${region}`,
    class: 'internal',
  };
}

/**
 * One account-level UNKNOWN per region where the service was not collected. Rules skip a missing
 * part; without these results the service would silently drop out of the score and the gate.
 */
export function notCollectedFindings(
  header: InventoryHeader,
  service: ServiceName,
  collected: PartCollected,
): Finding[] {
  return missingRegions(header, service, collected).map((region) =>
    listingUnknown(header.account, region, whyMissing(header, service, region)),
  );
}

/** Categories whose checks skip resources younger than `min-age-days` (CHECKS.md). */
const USAGE_CATEGORIES: ReadonlySet<string> = new Set(['cost', 'performance']);

export function isUsageCheck(meta: Pick<CheckMeta, 'category'>): boolean {
  return USAGE_CATEGORIES.has(meta.category);
}

const DAY_MS = 86_400_000;

/**
 * Whole days between an ISO timestamp and now, never below 0: `now` is when collection began, and
 * what the collection reads may be dated later (a key used, or a volume created, during the scan).
 */
export function ageInDays(createdAt: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(createdAt)) / DAY_MS));
}

/** A check's metadata, its service fixed so that the part type follows from it. */
export type MetaOf<S extends ServiceName> = CheckMeta & { service: S };

export interface ResourceCheck<S extends ServiceName, T> {
  meta: MetaOf<S>;
  /** The listings the resources come from; a failed one gives one account-level UNKNOWN. */
  resources: (part: ServiceParts[S]) => Fetched<readonly T[]> | readonly Fetched<readonly T[]>[];
  /** How results name the resource. */
  ref: (item: T, region: string) => ResourceRef;
  /** The resources the check judges (CHECKS.md applicability); all when absent. */
  appliesTo?: (item: T, part: ServiceParts[S]) => boolean;
  /** When the resource was created: usage checks (cost, performance) skip young resources. */
  createdAt?: (item: T) => string | undefined;
  judge: (item: T, part: ServiceParts[S], context: EvalContext) => Verdict;
}

/** A check judged once per listed resource of each region. */
export function resourceRule<S extends ServiceName, T>(check: ResourceCheck<S, T>): Rule {
  const usage = isUsageCheck(check.meta);
  const tooYoung = (item: T, context: EvalContext): boolean => {
    const createdAt = usage ? check.createdAt?.(item) : undefined;
    return createdAt !== undefined && ageInDays(createdAt, context.now) < context.minAgeDays;
  };
  return {
    meta: check.meta,
    *evaluate(inventory, context) {
      for (const { region, part } of partsOf(inventory, check.meta.service)) {
        const listed = check.resources(part);
        const listings: readonly Fetched<readonly T[]>[] = Array.isArray(listed)
          ? listed
          : [listed as Fetched<readonly T[]>];
        const failure = firstFailure(...listings);
        if (failure) yield listingUnknown(inventory.account, region, failure);
        for (const listing of listings) {
          if (!listing.ok) continue;
          for (const item of listing.value) {
            if (check.appliesTo && !check.appliesTo(item, part)) continue;
            if (tooYoung(item, context)) continue;
            yield toFinding(check.ref(item, region), check.judge(item, part, context));
          }
        }
      }
    },
  };
}

export interface RegionCheck<S extends ServiceName> {
  meta: MetaOf<S>;
  judge: (part: ServiceParts[S], region: string, context: EvalContext) => Verdict;
}

/** A check of an account setting, judged once per region; the result is about the account. */
export function regionRule<S extends ServiceName>(check: RegionCheck<S>): Rule {
  return {
    meta: check.meta,
    evaluate(inventory, context) {
      return partsOf(inventory, check.meta.service).map(({ region, part }) =>
        toFinding({ region, resourceId: inventory.account }, check.judge(part, region, context)),
      );
    },
  };
}

export interface FieldCheck<S extends ServiceName, T, V> extends Omit<
  ResourceCheck<S, T>,
  'judge'
> {
  /** The field the check reads; undefined when the answer lacked it. */
  field: (item: T) => V | undefined;
  /** The detail when the field is missing: the result is then UNKNOWN, never a guess. */
  missing?: string;
  passes: (value: V) => boolean;
  detail: (value: V, item: T, part: ServiceParts[S]) => string;
  evidence?: (value: V | undefined, item: T) => Record<string, unknown>;
}

/** A check that looks at one field of each resource: PASS or FAIL by its value. */
export function fieldRule<S extends ServiceName, T, V>(check: FieldCheck<S, T, V>): Rule {
  const { field, missing, passes, detail, evidence, ...resource } = check;
  return resourceRule({
    ...resource,
    judge: (item, part) => {
      const value = field(item);
      const seen = evidence?.(value, item);
      if (value === undefined) {
        return undetermined(missing ?? 'The answer lacked the field this check reads.', seen);
      }
      return passIf(passes(value), detail(value, item, part), seen);
    },
  });
}
