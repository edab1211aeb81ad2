import type { CallFailure } from '../model/inventory.js';

interface SdkErrorShape {
  name?: string;
  Code?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
  $response?: { statusCode?: number };
}

/**
 * The error code of a failed SDK call. A response that is not an AWS error document (an
 * emulator's HTML 500 for an unimplemented call) surfaces as a parse error; it becomes
 * `HttpError<status>` so reports do not blame the caller's permissions for it.
 */
export function errorCode(error: unknown): string {
  const e = (error ?? {}) as SdkErrorShape;
  const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
  const name = e.Code ?? e.name ?? e.code;
  if ((name === 'SyntaxError' || name === 'Error' || !name) && status) return `HttpError${status}`;
  return name ?? 'UnknownError';
}

export function errorMessage(error: unknown): string {
  const e = (error ?? {}) as SdkErrorShape;
  const text = typeof e.message === 'string' && e.message ? e.message : String(error);
  return (text.split('\n')[0] ?? '').slice(0, 500);
}

export function toCallFailure(operation: string, error: unknown): CallFailure {
  return { operation, code: errorCode(error), message: errorMessage(error) };
}

const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnauthorizedAccess',
  'AuthorizationError',
  'AllAccessDisabled',
]);

export function isAccessDenied(code: string): boolean {
  return ACCESS_DENIED.has(code);
}

const EXPIRED = new Set(['ExpiredToken', 'ExpiredTokenException']);

/** True for the codes AWS returns when a session's credentials have expired. */
export function isExpiredSession(code: string): boolean {
  return EXPIRED.has(code);
}
