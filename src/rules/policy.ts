/**
 * The one place that knows how an AWS policy document reads: IAM identity policies, S3 bucket
 * policies and EFS file system policies all go through here.
 */

export interface PolicyCondition {
  /** As written, e.g. `Bool`, `StringEquals`, `ForAnyValue:StringLike`, `BoolIfExists`. */
  operator: string;
  key: string;
  values: string[];
}

export interface PolicyStatement {
  sid?: string;
  effect: 'Allow' | 'Deny';
  /** Principal values by type (`AWS`, `Service`, `Federated`, `*`); undefined in identity policies. */
  principal?: Record<string, string[]>;
  notPrincipal?: Record<string, string[]>;
  action?: string[];
  notAction?: string[];
  resource?: string[];
  notResource?: string[];
  conditions: PolicyCondition[];
}

export class PolicyParseError extends Error {
  override name = 'PolicyParseError';
}

type Json = unknown;

function toList(value: Json): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => String(v));
}

function toPrincipal(value: Json): Record<string, string[]> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return { '*': [value] };
  if (typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out: Record<string, string[]> = {};
  for (const [type, ids] of Object.entries(value as Record<string, Json>))
    out[type] = toList(ids) ?? [];
  return out;
}

function toConditions(value: Json): PolicyCondition[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const out: PolicyCondition[] = [];
  for (const [operator, block] of Object.entries(value as Record<string, Json>)) {
    if (typeof block !== 'object' || block === null) continue;
    for (const [key, values] of Object.entries(block as Record<string, Json>)) {
      out.push({ operator, key, values: toList(values) ?? [] });
    }
  }
  return out;
}

/** Decodes a policy that IAM returned URL-encoded; plain JSON passes through unchanged. */
export function decodePolicyText(text: string): string {
  const trimmed = text.trim();
  return trimmed.startsWith('%') ? decodeURIComponent(trimmed) : trimmed;
}

/** Parses a policy document (plain or URL-encoded) into normalised statements. */
export function parsePolicy(text: string): PolicyStatement[] {
  let doc: Json;
  try {
    doc = JSON.parse(decodePolicyText(text));
  } catch (error) {
    throw new PolicyParseError(`policy is not valid JSON: ${(error as Error).message}`);
  }
  return normalizeStatements(doc);
}

/** Normalises a parsed document: `Statement` as object or list, every field as a list. */
export function normalizeStatements(doc: Json): PolicyStatement[] {
  if (typeof doc !== 'object' || doc === null)
    throw new PolicyParseError('policy is not an object');
  const raw = (doc as { Statement?: Json }).Statement;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list
    .filter((s): s is Record<string, Json> => typeof s === 'object' && s !== null)
    .map((s) => {
      const statement: PolicyStatement = {
        effect: String(s.Effect).toLowerCase() === 'deny' ? 'Deny' : 'Allow',
        conditions: toConditions(s.Condition),
      };
      if (typeof s.Sid === 'string') statement.sid = s.Sid;
      const principal = toPrincipal(s.Principal);
      if (principal) statement.principal = principal;
      const notPrincipal = toPrincipal(s.NotPrincipal);
      if (notPrincipal) statement.notPrincipal = notPrincipal;
      const action = toList(s.Action);
      if (action) statement.action = action;
      const notAction = toList(s.NotAction);
      if (notAction) statement.notAction = notAction;
      const resource = toList(s.Resource);
      if (resource) statement.resource = resource;
      const notResource = toList(s.NotResource);
      if (notResource) statement.notResource = notResource;
      return statement;
    });
}

const patternCache = new Map<string, RegExp>();

/** AWS wildcard matching: `*` any run, `?` one character, case-insensitive (actions are). */
export function wildcardMatch(pattern: string, value: string): boolean {
  let re = patternCache.get(pattern);
  if (!re) {
    const body = pattern
      .split('')
      .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('');
    re = new RegExp(`^${body}$`, 'i');
    patternCache.set(pattern, re);
  }
  return re.test(value);
}

/** Whether the statement applies to `action`, through `Action` or by not excluding it in `NotAction`. */
export function coversAction(statement: PolicyStatement, action: string): boolean {
  if (statement.action) return statement.action.some((p) => wildcardMatch(p, action));
  if (statement.notAction) return !statement.notAction.some((p) => wildcardMatch(p, action));
  return false;
}

/** Whether the statement applies to `resource` (an ARN, or `*` for "every resource"). */
export function coversResource(statement: PolicyStatement, resource: string): boolean {
  if (statement.resource) return statement.resource.some((p) => wildcardMatch(p, resource));
  if (statement.notResource) return !statement.notResource.some((p) => wildcardMatch(p, resource));
  // Resource policies (EFS) may omit Resource: the statement then covers the resource it is on.
  return true;
}

/** Principal `*`, `{"AWS": "*"}` or a list holding `*`: anyone, including anonymous callers. */
export function isPublicPrincipal(statement: PolicyStatement): boolean {
  if (statement.notPrincipal) return true;
  if (!statement.principal) return false;
  return Object.entries(statement.principal).some(
    ([type, ids]) => (type === '*' || type === 'AWS') && ids.includes('*'),
  );
}

/**
 * Conditions on `key` (case-insensitive, as AWS compares condition keys), optionally only those
 * whose operator is one of `operators` (compared case-insensitively, `IfExists` forms included).
 */
export function conditionsOn(
  statement: PolicyStatement,
  key: string,
  operators?: readonly string[],
): PolicyCondition[] {
  const wantedKey = key.toLowerCase();
  const wantedOps = operators?.map((o) => o.toLowerCase());
  return statement.conditions.filter((c) => {
    if (c.key.toLowerCase() !== wantedKey) return false;
    if (!wantedOps) return true;
    const op = c.operator.toLowerCase().replace(/ifexists$/, '');
    return wantedOps.includes(op);
  });
}

/**
 * A `Deny` that binds every caller: principal `*`. A NotPrincipal counts as public for an Allow
 * but not here: the principals it lists escape the deny and keep what the allows grant them.
 */
export function deniesEveryone(statement: PolicyStatement): boolean {
  return statement.effect === 'Deny' && !statement.notPrincipal && isPublicPrincipal(statement);
}

/** A `Deny` conditioned on `aws:SecureTransport` false, whoever it binds. */
export function deniesOnInsecureTransport(statement: PolicyStatement): boolean {
  return (
    statement.effect === 'Deny' &&
    conditionsOn(statement, 'aws:SecureTransport', ['Bool']).some((c) =>
      c.values.some((v) => v.toLowerCase() === 'false'),
    )
  );
}

/**
 * A `Deny` for everyone when `aws:SecureTransport` is false: how S3 and EFS enforce TLS. A
 * NotPrincipal or any further condition narrows the deny, leaving some callers free to use HTTP.
 */
export function deniesInsecureTransport(statement: PolicyStatement): boolean {
  return (
    deniesOnInsecureTransport(statement) &&
    deniesEveryone(statement) &&
    statement.conditions.every((c) => c.key.toLowerCase() === 'aws:securetransport')
  );
}

/** Condition keys that say who the caller is. */
const CALLER_IDENTITY_KEYS = new Set([
  'aws:principalarn',
  'aws:principalaccount',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:userid',
  'aws:username',
]);

/** Operators that admit only callers whose key matches the listed values. */
const MATCHING_OPERATORS = new Set([
  'stringequals',
  'stringequalsignorecase',
  'stringlike',
  'arnequals',
  'arnlike',
]);

/**
 * Whether a condition admits only named callers: a matching operator on a caller identity key
 * (`aws:PrincipalArn`, `aws:PrincipalOrgID`, `aws:PrincipalTag/...`, ...) or on one of
 * `extraKeys` (e.g. `elasticfilesystem:AccessPointArn`), with a value other than `*`. `IfExists`
 * forms do not count: an anonymous caller has no such key and passes them.
 */
export function restrictsCaller(
  statement: PolicyStatement,
  extraKeys: readonly string[] = [],
): boolean {
  const extra = new Set(extraKeys.map((k) => k.toLowerCase()));
  return statement.conditions.some((c) => {
    const key = c.key.toLowerCase();
    const named =
      CALLER_IDENTITY_KEYS.has(key) || key.startsWith('aws:principaltag/') || extra.has(key);
    const operator = c.operator.toLowerCase().replace(/^foranyvalue:/, '');
    return named && MATCHING_OPERATORS.has(operator) && c.values.some((v) => v !== '*');
  });
}
