import { isAccessDenied, isExpiredSession } from '../aws/errors.js';
import { permissionFor } from '../aws/permissions.js';
import type { CallFailure, Fetched, Tags } from '../collect/inventory.js';
import type { Finding } from './types.js';

/** The resource a finding is about, shared by its PASS, FAIL and UNKNOWN forms. */
export type ResourceRef = Pick<
  Finding,
  'region' | 'resourceId' | 'resourceArn' | 'resourceName' | 'resourceType'
>;

/** Why a call failed, in the words a user can act on. */
function failureAdvice(code: string, permission: string): string {
  if (isAccessDenied(code)) return `; the scan needs ${permission}`;
  if (isExpiredSession(code))
    return ': the session expired during the scan (raise role-duration-seconds)';
  return '';
}

/**
 * An UNKNOWN finding naming the call that failed and the IAM permission it needs. Only a denied
 * call is blamed on permissions: throttling or a service error says so instead.
 */
export function unknownFinding(resource: ResourceRef, failure: CallFailure): Finding {
  const permission = permissionFor(failure.operation);
  return {
    ...resource,
    status: 'UNKNOWN',
    detail: `Could not be assessed: ${failure.operation} failed with ${failure.code}${failureAdvice(failure.code, permission)}.`,
    failedCall: { operation: failure.operation, code: failure.code, permission },
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

/** A tag's value by key, keys compared case-insensitively (teams write `env` and `Env`). */
export function tagValue(tags: Tags, key: string): string | undefined {
  const wanted = key.toLowerCase();
  for (const [k, v] of Object.entries(tags)) if (k.toLowerCase() === wanted) return v;
  return undefined;
}

const PRODUCTION_TAG_KEYS = ['Environment', 'Env', 'Stage'];
const PRODUCTION_VALUES = new Set(['prod', 'production']);

/** CHECKS.md: an `Environment`, `Env` or `Stage` tag equal to `prod` or `production`. */
export function isProduction(tags: Tags): boolean {
  return PRODUCTION_TAG_KEYS.some((key) =>
    PRODUCTION_VALUES.has((tagValue(tags, key) ?? '').trim().toLowerCase()),
  );
}

/** CHECKS.md: a `DataCritical` tag equal to `true`. */
export function isCriticalData(tags: Tags): boolean {
  return (tagValue(tags, 'DataCritical') ?? '').trim().toLowerCase() === 'true';
}

const DAY_MS = 86_400_000;

/** Whole days between an ISO timestamp and now. */
export function ageInDays(createdAt: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(createdAt)) / DAY_MS);
}

/** Rounds dollars to cents, the precision every saving is reported in. */
export function roundUsd(amount: number): number {
  return Math.round(amount * 100) / 100;
}

export function formatUsd(amount: number): string {
  const cents = Math.round(Math.abs(amount) * 100);
  const sign = amount < 0 && cents > 0 ? '-' : '';
  const whole = Math.floor(cents / 100).toLocaleString('en-US');
  return `${sign}$${whole}.${String(cents % 100).padStart(2, '0')}`;
}
