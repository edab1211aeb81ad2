/**
 * The one place that knows how an AWS policy document reads: IAM identity policies, S3 bucket
 * policies and EFS file system policies all go through here.
 */
import { globMatch } from '../model/glob.js';

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

/** AWS wildcard matching: `*` any run, `?` one character, case-insensitive (actions are). */
export function wildcardMatch(pattern: string, value: string): boolean {
  return globMatch(pattern, value, true);
}

/** Whether the statement applies to `action`, through `Action` or by not excluding it in `NotAction`. */
export function coversAction(statement: PolicyStatement, action: string): boolean {
  if (statement.action) return statement.action.some((p) => wildcardMatch(p, action));
  if (statement.notAction) return !statement.notAction.some((p) => wildcardMatch(p, action));
  return false;
}

/** Whether the statement applies to `resource` (an ARN, or `*` for "every resource"). */
export function coversResource(statement: PolicyStatement, resource: string): boolean {
  // ARNs match case-sensitively; only action names ignore case.
  const matches = (pattern: string): boolean => globMatch(pattern, resource);
  if (statement.resource) return statement.resource.some(matches);
  if (statement.notResource) return !statement.notResource.some(matches);
  // Resource policies (EFS) may omit Resource: the statement then covers the resource it is on.
  return true;
}

/** Principal `*`, `{"AWS": "*"}` or a list holding `*`: anyone, including anonymous callers. */
export function isPublicPrincipal(statement: PolicyStatement): boolean {
  if (statement.notPrincipal) return true;
  return !!statement.principal && listsEveryone(statement.principal);
}

/** A Principal or NotPrincipal that lists `*` (as `"*"` or `{"AWS": "*"}`). */
function listsEveryone(principals: Record<string, string[]>): boolean {
  return Object.entries(principals).some(
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
 * A `Deny` conditioned on `aws:SecureTransport` false (`Bool` or `BoolIfExists`), whoever it
 * binds and whatever else it says.
 */
export function deniesOnInsecureTransport(statement: PolicyStatement): boolean {
  return (
    statement.effect === 'Deny' &&
    statement.conditions.some(
      (c) => isSecureTransport(c) && conditionTruth(c, PLAIN_ANYONE) === 'always',
    )
  );
}

/**
 * A `Deny` that binds every caller, with no exception, whenever `aws:SecureTransport` is false:
 * principal `*` and no condition but that one. Which actions and resources it covers is the
 * caller's question (`explicitDeny` answers both at once).
 */
export function deniesInsecureTransport(statement: PolicyStatement): boolean {
  return (
    deniesOnInsecureTransport(statement) &&
    and(principalTruth(statement, 'anyone'), conditionsTruth(statement, PLAIN_ANYONE)) === 'always'
  );
}

// ---------------------------------------------------------------------------------------------
// The resource policy engine: how IAM decides one request against a resource policy (an EFS file
// system policy, an S3 bucket policy), asked the way the checks ask. IAM denies by default, an
// Allow grants, and an explicit Deny that applies wins over every Allow; so a grant to everyone
// stands only when no applicable Deny binds the same callers.

/**
 * Who makes the request.
 * - `anonymous`: an unsigned request, whose request context has no `aws:Principal*` key;
 * - `authenticated`: a signed request by a principal of any account that the policy names
 *   nowhere (any AWS account can create one);
 * - `anyone`: every caller, the principals the policy names included: a Deny binds `anyone` only
 *   when it spares no one.
 */
export type Caller = 'anonymous' | 'authenticated' | 'anyone';

/** One action or resource, or `{ every: prefix }` for all those starting with the prefix. */
export type Target = string | { every: string };

export interface PolicyRequest {
  /** `elasticfilesystem:ClientMount`, or `{ every: 's3:' }` for every S3 action. */
  action: Target;
  /**
   * The resource's ARN, or `{ every: 'arn:aws:s3:::bucket/' }` for every object of a bucket;
   * undefined or empty when the inventory lacks the ARN, so a statement naming resources cannot
   * be matched.
   */
  resource: Target | undefined;
  caller: Caller;
  /** true for a request without TLS (`aws:SecureTransport` false); undefined for either. */
  insecureTransport?: boolean;
  /**
   * Condition keys besides the caller's identity that confine a grant when they name specific
   * values, e.g. `elasticfilesystem:AccessPointArn` (clients only through that access point).
   */
  confiningKeys?: readonly string[];
}

/** A statement and how details name it: its Sid, or its position. */
export interface NamedStatement {
  statement: PolicyStatement;
  name: string;
}

/** How details name a statement: `statement "Sid"`, or `statement 2` by position from 1. */
export function statementName(statement: PolicyStatement, index: number): string {
  return statement.sid ? `statement "${statement.sid}"` : `statement ${index + 1}`;
}

/** What the policy says of a request. */
export interface Evaluation {
  /** Allow statements that grant the request to every caller of the kind asked about. */
  grants: NamedStatement[];
  /** Deny statements that bind the request for every caller of that kind. */
  denies: NamedStatement[];
  /** Statements that would grant or deny it but name resources, while the ARN is missing. */
  unmatched: NamedStatement[];
}

/** Whether something holds for every request of the kind asked about, for none, or for some. */
type Truth = 'always' | 'never' | 'sometimes';

function and(...truths: Truth[]): Truth {
  if (truths.includes('never')) return 'never';
  return truths.every((t) => t === 'always') ? 'always' : 'sometimes';
}

const PLAIN_ANYONE: PolicyRequest = {
  action: '*',
  resource: '*',
  caller: 'anyone',
  insecureTransport: true,
};

/**
 * Keys that say who the caller is, and that a value can tie to specific principals, accounts or
 * organisations. Not `aws:username` or `aws:PrincipalTag/...`: any account can have a user or a
 * tag of that name, so they name no one in particular.
 */
const IDENTITY_KEYS = new Set([
  'aws:principalarn',
  'aws:principalaccount',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:userid',
]);

/** Identity keys that every signed request carries (the organisation keys only come with one). */
const ALWAYS_SIGNED_KEYS = new Set(['aws:principalarn', 'aws:principalaccount', 'aws:userid']);

const POSITIVE_OPERATORS = new Set([
  'stringequals',
  'stringequalsignorecase',
  'stringlike',
  'arnequals',
  'arnlike',
]);

const NEGATED_OPERATORS = new Set([
  'stringnotequals',
  'stringnotequalsignorecase',
  'stringnotlike',
  'arnnotequals',
  'arnnotlike',
]);

/**
 * Whether a condition operator requires a match with its values (`StringEquals`, `ArnLike`, in
 * any `ForAnyValue:`/`IfExists` form), requires the opposite (`StringNotLike`, ...), or is of
 * another kind (`Null`, `Bool`, numeric, date).
 */
export function operatorSense(operator: string): 'positive' | 'negated' | 'other' {
  const { base } = baseOperator(operator);
  if (POSITIVE_OPERATORS.has(base)) return 'positive';
  return NEGATED_OPERATORS.has(base) ? 'negated' : 'other';
}

export const hasWildcard = (text: string): boolean => /[*?]/.test(text);

/** Whether the wildcard pattern can match some value that starts with `prefix`. */
function globMayMatchPrefix(pattern: string, prefix: string): boolean {
  // Walks the pattern over the prefix, keeping every position a `*` can stand at.
  const close = (positions: Set<number>): Set<number> => {
    for (const i of positions) if (pattern[i] === '*') positions.add(i + 1);
    return positions;
  };
  let positions = close(new Set([0]));
  for (const char of prefix) {
    const next = new Set<number>();
    for (const i of positions) {
      const p = pattern[i];
      if (p === '*') next.add(i);
      else if (p === '?' || p === char) next.add(i + 1);
    }
    positions = close(next);
    if (positions.size === 0) return false;
  }
  return true;
}

/**
 * Whether a Resource pattern can match some ARN that starts with `prefix` (an ARN up to its
 * resource part, e.g. `arn:aws:iam::111122223333:user/`): `*` and `arn:aws:iam::*:user/*` can
 * match user ARNs, `arn:aws:iam::111122223333:role/x` cannot. As in ArnLike, each of the five
 * fields before the resource is matched on its own (a `*` in the account field does not run on
 * into the resource), case-sensitively.
 */
export function mayMatchArnPrefix(pattern: string, prefix: string): boolean {
  const patternFields = pattern.split(':');
  const prefixFields = prefix.split(':');
  if (patternFields.length < 6 || prefixFields.length < 6)
    return globMayMatchPrefix(pattern, prefix);
  for (let i = 0; i < 5; i++) {
    if (!globMatch(patternFields[i] ?? '', prefixFields[i] ?? '')) return false;
  }
  return globMayMatchPrefix(patternFields.slice(5).join(':'), prefixFields.slice(5).join(':'));
}

/** An ARN's account field names one account: present, and free of wildcards. */
function arnNamesAccount(value: string): boolean {
  const fields = value.split(':');
  const account = fields[4];
  return fields.length >= 6 && fields[0] === 'arn' && !!account && !hasWildcard(account);
}

/**
 * Whether one condition value names specific principals, accounts or organisations (CHECKS.md's
 * common scope rules): a bare `*`, or a wildcard in an ARN's account field, names no one.
 */
function namesSomeone(key: string, value: string): boolean {
  if (value === '' || /^[*?]+$/.test(value)) return false;
  switch (key) {
    case 'aws:principalaccount':
    case 'aws:principalorgid':
      // AWS lists these as sensitive keys, for which a wildcard never has a valid use.
      return !hasWildcard(value);
    case 'aws:principalorgpaths':
      return !hasWildcard(value.split('/')[0] ?? '');
    case 'aws:userid':
      // A unique ID (AIDA..., AROA...:session) names one principal; a wildcard in the ID part
      // (`A*`, `AROA*`) matches principals of every account.
      return !hasWildcard(value.split(':')[0] ?? '*');
    default:
      // An ARN names someone when its account field has no wildcard; other text when it has none.
      return hasWildcard(value) ? arnNamesAccount(value) : true;
  }
}

/**
 * The operator without its `ForAnyValue:`/`ForAllValues:` prefix and `IfExists` suffix, and
 * which of them it had.
 */
export function baseOperator(operator: string): {
  base: string;
  ifExists: boolean;
  forAll: boolean;
  forAny: boolean;
} {
  let op = operator.toLowerCase();
  const forAll = op.startsWith('forallvalues:');
  const forAny = op.startsWith('foranyvalue:');
  op = op.replace(/^for(anyvalue|allvalues):/, '');
  const ifExists = op.endsWith('ifexists');
  return { base: ifExists ? op.slice(0, -'ifexists'.length) : op, ifExists, forAll, forAny };
}

const isSecureTransport = (c: PolicyCondition): boolean =>
  c.key.toLowerCase() === 'aws:securetransport';

/**
 * An identity condition for a kind of caller. IAM's condition operators: a key missing from the
 * request context makes a condition false, except a negated one (`StringNotEquals`,
 * `ArnNotLike`, ...), an `...IfExists` one (both true) and `Null` (which tests for the key).
 */
function identityTruth(key: string, c: PolicyCondition, caller: Caller): Truth {
  const { base, ifExists, forAll, forAny } = baseOperator(c.operator);
  if (caller === 'anyone' || forAll) return 'sometimes';
  // ForAnyValue is false when the key is missing, even with a negated operator: an unsigned
  // request has no aws:Principal* key, and a key not every signed request carries may be missing.
  if (forAny && NEGATED_OPERATORS.has(base)) {
    if (caller === 'anonymous') return 'never';
    if (!ALWAYS_SIGNED_KEYS.has(key)) return 'sometimes';
  }
  const values = c.values;
  const named = values.length > 0 && values.every((v) => namesSomeone(key, v));
  const nullWants = (v: 'true' | 'false') =>
    values.length > 0 && values.every((x) => x.toLowerCase() === v);
  if (caller === 'anonymous') {
    // An unsigned request carries no aws:Principal* key.
    if (base === 'null')
      return nullWants('true') ? 'always' : nullWants('false') ? 'never' : 'sometimes';
    if (ifExists || NEGATED_OPERATORS.has(base)) return 'always';
    // A value naming no one restricts nothing (CHECKS.md), although IAM finds no key to match.
    if (POSITIVE_OPERATORS.has(base)) return named ? 'never' : 'sometimes';
    return 'sometimes';
  }
  // A principal of some account the policy names nowhere: it matches no specific value.
  const present = ALWAYS_SIGNED_KEYS.has(key);
  if (base === 'null') {
    if (!present) return 'sometimes';
    return nullWants('false') ? 'always' : nullWants('true') ? 'never' : 'sometimes';
  }
  if (POSITIVE_OPERATORS.has(base)) return named && (present || !ifExists) ? 'never' : 'sometimes';
  if (NEGATED_OPERATORS.has(base)) return named ? 'always' : 'sometimes';
  return 'sometimes';
}

/** One condition of a statement, for the kind of request asked about. */
function conditionTruth(c: PolicyCondition, request: PolicyRequest): Truth {
  const key = c.key.toLowerCase();
  if (key === 'aws:securetransport') {
    // Every request carries aws:SecureTransport, so BoolIfExists reads as Bool; the value may be
    // the string "false" or the boolean false.
    const { base, forAll } = baseOperator(c.operator);
    if (base !== 'bool' || forAll || request.insecureTransport === undefined) return 'sometimes';
    const wanted = request.insecureTransport ? 'false' : 'true';
    return c.values.some((v) => v.toLowerCase() === wanted) ? 'always' : 'never';
  }
  if (IDENTITY_KEYS.has(key)) return identityTruth(key, c, request.caller);
  const confining = request.confiningKeys?.some((k) => k.toLowerCase() === key);
  if (confining) {
    const { base, ifExists } = baseOperator(c.operator);
    const named = c.values.length > 0 && c.values.every((v) => namesSomeone(key, v));
    if (POSITIVE_OPERATORS.has(base) && !ifExists && named) return 'never';
  }
  // Source IP, VPC, mount target, tags...: true for some requests, false for others.
  return 'sometimes';
}

/** All conditions of a statement hold together (IAM ANDs the condition operators). */
function conditionsTruth(statement: PolicyStatement, request: PolicyRequest): Truth {
  return and(...statement.conditions.map((c) => conditionTruth(c, request)));
}

/** Whether the statement's Principal or NotPrincipal takes in the kind of caller asked about. */
function principalTruth(statement: PolicyStatement, caller: Caller): Truth {
  if (statement.notPrincipal) {
    // Everyone but the principals listed: an anonymous caller or one of an unnamed account is
    // never among them; `anyone` includes them.
    if (listsEveryone(statement.notPrincipal)) return 'never';
    return caller === 'anyone' ? 'sometimes' : 'always';
  }
  if (statement.principal && listsEveryone(statement.principal)) return 'always';
  return 'never';
}

/**
 * Whether one of the patterns matches every value that starts with the prefix (`s3:*` or `*`
 * every S3 action, `arn:aws:s3:::b/*` every object of bucket b): it matches the prefix itself
 * and ends in `*`.
 */
export function coversEvery(patterns: readonly string[], prefix: string): boolean {
  return patterns.some((p) => p.endsWith('*') && wildcardMatch(p, prefix));
}

/** Whether patterns cover a target: one value, or every value with the prefix. */
function patternsCover(patterns: readonly string[], target: Target): boolean {
  if (typeof target === 'string') return patterns.some((p) => wildcardMatch(p, target));
  return coversEvery(patterns, target.every);
}

/**
 * Whether the statement covers the action. A NotAction covers a whole prefix only if it could
 * be shown to exclude none of its actions, which a list of names cannot show: CHECKS.md reads
 * it as leaving them open.
 */
function actionCovered(statement: PolicyStatement, action: Target): boolean {
  if (typeof action === 'string') return coversAction(statement, action);
  return !!statement.action && patternsCover(statement.action, action);
}

/** Whether the statement covers the resource; `unmatched` when that depends on a missing ARN. */
function resourceCovered(
  statement: PolicyStatement,
  resource: Target | undefined,
): 'yes' | 'no' | 'unmatched' {
  if (!statement.resource && !statement.notResource) return 'yes';
  if (resource === undefined || resource === '') {
    if (statement.resource?.some((p) => /^\*+$/.test(p))) return 'yes';
    return 'unmatched';
  }
  if (typeof resource === 'string') return coversResource(statement, resource) ? 'yes' : 'no';
  return statement.resource && patternsCover(statement.resource, resource) ? 'yes' : 'no';
}

/**
 * Evaluates a request against a resource policy's statements: which Allows grant it to every
 * caller of the kind asked about, which Denies bind it for all of them, and which statements
 * cannot be matched because the resource's ARN is missing.
 */
export function evaluateRequest(
  statements: readonly PolicyStatement[],
  request: PolicyRequest,
): Evaluation {
  const evaluation: Evaluation = { grants: [], denies: [], unmatched: [] };
  statements.forEach((statement, index) => {
    if (!actionCovered(statement, request.action)) return;
    const truth = and(
      principalTruth(statement, request.caller),
      conditionsTruth(statement, request),
    );
    // An Allow grants when some request of the kind can meet it; a Deny binds when all must.
    const applies = statement.effect === 'Allow' ? truth !== 'never' : truth === 'always';
    if (!applies) return;
    const covered = resourceCovered(statement, request.resource);
    if (covered === 'no') return;
    const named = { statement, name: statementName(statement, index) };
    if (covered === 'unmatched') evaluation.unmatched.push(named);
    else if (statement.effect === 'Allow') evaluation.grants.push(named);
    else evaluation.denies.push(named);
  });
  return evaluation;
}

export type GrantVerdict =
  /** A grant to every such caller stands: no Deny removes it. */
  | { status: 'open'; grants: NamedStatement[] }
  /** No statement grants it, or `deny` removes every grant (listed in `grants`). */
  | { status: 'closed'; grants: NamedStatement[]; deny?: NamedStatement }
  /** It turns on statements that cannot be matched: the resource's ARN is missing. */
  | { status: 'unknown'; unmatched: NamedStatement[] };

/**
 * Whether the policy grants the request to every caller of the kind asked about once its Denies
 * have been weighed: an explicit Deny that binds them all wins over every Allow.
 */
export function grantToEveryone(
  statements: readonly PolicyStatement[],
  request: PolicyRequest,
): GrantVerdict {
  const { grants, denies, unmatched } = evaluateRequest(statements, request);
  const [deny] = denies;
  const unmatchedGrants = unmatched.filter((s) => s.statement.effect === 'Allow');
  if (deny) return { status: 'closed', grants: [...grants, ...unmatchedGrants], deny };
  if (grants.length === 0 && unmatchedGrants.length === 0) return { status: 'closed', grants };
  // A Deny that might remove the grants, or grants that might exist: undecided, never closed.
  const unmatchedDeny = unmatched.length > unmatchedGrants.length;
  if (unmatchedDeny || grants.length === 0) return { status: 'unknown', unmatched };
  return { status: 'open', grants };
}

export type DenyVerdict =
  | { status: 'denied'; deny: NamedStatement }
  | { status: 'not-denied' }
  | { status: 'unknown'; unmatched: NamedStatement[] };

/** Whether a Deny binds the request for every caller of the kind asked about. */
export function explicitDeny(
  statements: readonly PolicyStatement[],
  request: PolicyRequest,
): DenyVerdict {
  const { denies, unmatched } = evaluateRequest(statements, request);
  const [deny] = denies;
  if (deny) return { status: 'denied', deny };
  const unmatchedDenies = unmatched.filter((s) => s.statement.effect === 'Deny');
  if (unmatchedDenies.length > 0) return { status: 'unknown', unmatched: unmatchedDenies };
  return { status: 'not-denied' };
}
