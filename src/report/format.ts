// Text formatting shared by the renderers: clipping, counts, resource labels, permissions.
import { classOf } from '../aws/errors.js';
import { permissionsFor } from '../aws/permissions.js';
import type { ErrorClass } from '../model/inventory.js';
import type { Report } from '../model/report.js';
import type { CheckResult } from '../model/results.js';

/** Longest value shown, in characters: one absurd name must not crowd out every other row. */
const MAX_VALUE_CHARS = 400;

/** Longest resource name in a `name (id)` label, so the id after it is never clipped away. */
const MAX_NAME_CHARS = 200;

/** Cut to `max` UTF-16 units with a `...` mark, never between the two halves of a character. */
export function clip(text: string, max = MAX_VALUE_CHARS): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 4)) ? max - 4 : max - 3;
  return `${text.slice(0, end)}...`;
}

export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** `name (id)` when the resource has a name of its own, else the id. */
export function resourceLabel(result: CheckResult, maxNameChars = MAX_NAME_CHARS): string {
  const { resourceName, resourceId } = result;
  return resourceName && resourceName !== resourceId
    ? `${clip(resourceName, maxNameChars)} (${resourceId})`
    : resourceId;
}

/**
 * IAM permissions to grant: those of access-denied calls that left a check UNKNOWN or a
 * collection incomplete. Throttled or failed calls are not a permission problem.
 */
export function permissionsToGrant(report: Report): string[] {
  const permissions = new Set<string>();
  for (const { status, suppressed, failedCall } of report.results) {
    if (status !== 'UNKNOWN' || suppressed || !failedCall) continue;
    if (classOf(failedCall) !== 'denied') continue;
    for (const action of permissionsFor(failedCall.operation)) permissions.add(action);
  }
  for (const e of report.errors) {
    if (classOf(e) !== 'denied') continue;
    for (const action of permissionsFor(e.operation)) permissions.add(action);
  }
  return [...permissions].sort();
}

const CLASS_LABELS: Record<ErrorClass, string> = {
  denied: 'access denied',
  throttled: 'throttled',
  'not-found': 'not found',
  timeout: 'timed out',
  network: 'network error',
  malformed: 'malformed response',
  service: 'AWS service error',
  internal: 'internal error of posture-gate',
};

/** A failed call's code with its class in words: `AccessDenied (access denied)`. */
export function errorLabel(failure: { code: string; class?: ErrorClass }): string {
  return `${failure.code} (${CLASS_LABELS[classOf(failure)]})`;
}
