/**
 * Known IAM privilege-escalation paths, and which of them a principal's policies grant.
 *
 * The table is the 21 methods of Spencer Gietzen, "AWS IAM Privilege Escalation - Methods and
 * Mitigation", Rhino Security Labs, 2018
 * (https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/), numbered as
 * there; the same paths are the ones Rhino's Pacu module `iam__privesc_scan` looks for.
 *
 * How far it goes, by design:
 * - Allow statements count whatever their conditions (a condition narrows when, not whether,
 *   a path exists), except `iam:PassedToService` on `iam:PassRole`, which decides which service
 *   a role can be passed to and so which paths PassRole opens.
 * - Resources: IAM actions count when a Resource can match an ARN of the type they act on in the
 *   principal's account (`*`, `user/*`, one named user...). CreateAccessKey, CreateLoginProfile
 *   and UpdateLoginProfile count only on users other than the principal itself (its own ARN or
 *   `user/${aws:username}` is self-service). iam:PassRole counts on any role pattern with a
 *   wildcard, and on a named role only when that role is a full administrator. Actions on other
 *   services' resources (ec2:RunInstances, lambda:UpdateFunctionCode...) count on any resource:
 *   the role behind a function or endpoint is what they reach.
 * - A Deny removes an action only when it binds unconditionally and covers every resource of
 *   the type; permission boundaries and SCPs are not collected, so they are not weighed.
 */
import {
  coversAction,
  coversEvery,
  conditionsOn,
  hasWildcard,
  mayMatchArnPrefix,
  operatorSense,
  wildcardMatch,
  type PolicyStatement,
} from './policy.js';

/** A statement of one of the principal's policies, with how the detail names both. */
export interface SourcedStatement {
  policy: string;
  statement: string;
  body: PolicyStatement;
}

/**
 * What an action must reach: IAM resources of a type in the principal's account, users other
 * than the principal, roles that can be passed, or (`any`) resources of another service.
 */
type Reach = 'policy' | 'user' | 'group' | 'role' | 'other-user' | 'pass-role' | 'any';

interface Step {
  action: string;
  reach: Reach;
  /** For iam:PassRole: the service the role is passed to (`iam:PassedToService`). */
  passedTo?: string;
}

export interface EscalationPath {
  /** Rhino Security Labs' method number. */
  method: number;
  steps: readonly Step[];
}

const passRole = (service: string): Step => ({
  action: 'iam:PassRole',
  reach: 'pass-role',
  passedTo: service,
});
const on = (reach: Reach, action: string): Step => ({ action, reach });

export const ESCALATION_PATHS: readonly EscalationPath[] = [
  { method: 1, steps: [on('policy', 'iam:CreatePolicyVersion')] },
  { method: 2, steps: [on('policy', 'iam:SetDefaultPolicyVersion')] },
  { method: 3, steps: [passRole('ec2.amazonaws.com'), on('any', 'ec2:RunInstances')] },
  { method: 4, steps: [on('other-user', 'iam:CreateAccessKey')] },
  { method: 5, steps: [on('other-user', 'iam:CreateLoginProfile')] },
  { method: 6, steps: [on('other-user', 'iam:UpdateLoginProfile')] },
  { method: 7, steps: [on('user', 'iam:AttachUserPolicy')] },
  { method: 8, steps: [on('group', 'iam:AttachGroupPolicy')] },
  { method: 9, steps: [on('role', 'iam:AttachRolePolicy')] },
  { method: 10, steps: [on('user', 'iam:PutUserPolicy')] },
  { method: 11, steps: [on('group', 'iam:PutGroupPolicy')] },
  { method: 12, steps: [on('role', 'iam:PutRolePolicy')] },
  { method: 13, steps: [on('group', 'iam:AddUserToGroup')] },
  { method: 14, steps: [on('role', 'iam:UpdateAssumeRolePolicy'), on('role', 'sts:AssumeRole')] },
  {
    method: 15,
    steps: [
      passRole('lambda.amazonaws.com'),
      on('any', 'lambda:CreateFunction'),
      on('any', 'lambda:InvokeFunction'),
    ],
  },
  {
    method: 16,
    steps: [
      passRole('lambda.amazonaws.com'),
      on('any', 'lambda:CreateFunction'),
      on('any', 'lambda:CreateEventSourceMapping'),
    ],
  },
  { method: 17, steps: [on('any', 'lambda:UpdateFunctionCode')] },
  { method: 18, steps: [passRole('glue.amazonaws.com'), on('any', 'glue:CreateDevEndpoint')] },
  { method: 19, steps: [on('any', 'glue:UpdateDevEndpoint')] },
  {
    method: 20,
    steps: [passRole('cloudformation.amazonaws.com'), on('any', 'cloudformation:CreateStack')],
  },
  {
    method: 21,
    steps: [
      passRole('datapipeline.amazonaws.com'),
      on('any', 'datapipeline:CreatePipeline'),
      on('any', 'datapipeline:PutPipelineDefinition'),
    ],
  },
];

/** How a detail names a path: its actions joined by `+`. */
export const pathName = (path: EscalationPath): string =>
  path.steps.map((s) => s.action).join(' + ');

/** What the matcher needs to know of the principal and of the roles it could pass. */
export interface EscalationContext {
  /** The principal's ARN: its partition and account say which IAM resources are its own. */
  arn: string;
  /** Whether a named role of the account is a full administrator; `unreadable` when unknown. */
  roleIsAdmin: (roleArn: string) => boolean | 'unreadable';
}

export interface Grant {
  action: string;
  policy: string;
  statement: string;
}

export interface PathHit {
  path: string;
  method: number;
  grants: Grant[];
}

export interface EscalationReading {
  hits: PathHit[];
  /** Named roles that iam:PassRole reaches whose own policies could not be read. */
  unreadableRoles: string[];
}

/** `arn:aws:iam::111122223333:user/`: the start of the ARNs of one IAM resource type. */
function typePrefix(principalArn: string, type: string): string {
  const [, partition = 'aws', , , account = ''] = principalArn.split(':');
  return `arn:${partition}:iam::${account}:${type}/`;
}

const REACH_TYPE: Partial<Record<Reach, string>> = {
  policy: 'policy',
  user: 'user',
  group: 'group',
  role: 'role',
  'other-user': 'user',
  'pass-role': 'role',
};

/** `user/${aws:username}`, under any path: the caller's own user, whatever the account field. */
const OWN_USER = /:user\/(?:.*\/)?\$\{aws:username\}$/i;

/**
 * Whether a Resource pattern that can match user ARNs can match a user other than `self`. A
 * pattern whose wildcards are all before `:user/` (`arn:aws:iam::*:user/u`) matches, in the
 * principal's account, only the user it names.
 */
function reachesOtherUser(pattern: string, self: string): boolean {
  if (pattern === self || OWN_USER.test(pattern)) return false;
  const at = pattern.indexOf(':user/');
  return !(at >= 0 && !hasWildcard(pattern.slice(at)) && wildcardMatch(pattern, self));
}

/**
 * A Resource pattern that names one role: no wildcard anywhere (`arn:aws:iam::*:role/admin`
 * matches the account's own role admin, so it counts as a pattern, not as a role's ARN).
 */
function namedRole(pattern: string): string | undefined {
  if (!pattern.includes(':role/') || hasWildcard(pattern)) return undefined;
  return pattern;
}

/**
 * Whether an Allow statement grants `step`: `yes`, `no`, or the ARNs of named roles whose
 * privileges decide it and could not be read.
 */
function grantsStep(
  s: PolicyStatement,
  step: Step,
  context: EscalationContext,
): 'yes' | 'no' | string[] {
  if (s.effect !== 'Allow' || !coversAction(s, step.action)) return 'no';
  if (step.passedTo && !passesTo(s, step.passedTo)) return 'no';
  const type = REACH_TYPE[step.reach];
  if (!type) return 'yes';
  const prefix = typePrefix(context.arn, type);
  if (!s.resource) {
    // NotResource grants every resource it does not list; no Resource at all reads as every one.
    return s.notResource && coversEvery(s.notResource, prefix) ? 'no' : 'yes';
  }
  const reaching = s.resource.filter((p) => mayMatchArnPrefix(p, prefix));
  if (step.reach === 'other-user') {
    return reaching.some((p) => reachesOtherUser(p, context.arn)) ? 'yes' : 'no';
  }
  if (step.reach !== 'pass-role') return reaching.length > 0 ? 'yes' : 'no';
  const unreadable: string[] = [];
  for (const pattern of reaching) {
    const role = namedRole(pattern);
    if (!role) return 'yes';
    const admin = context.roleIsAdmin(role);
    if (admin === true) return 'yes';
    if (admin === 'unreadable') unreadable.push(role);
  }
  return unreadable.length > 0 ? unreadable : 'no';
}

/**
 * Whether a PassRole statement lets the role go to `service`: every `iam:PassedToService`
 * condition must admit it (a positive one by matching a value, a negated one by matching none).
 */
function passesTo(s: PolicyStatement, service: string): boolean {
  return conditionsOn(s, 'iam:PassedToService').every((c) => {
    const sense = operatorSense(c.operator);
    const matches = c.values.some((v) => wildcardMatch(v, service));
    if (sense === 'positive') return matches;
    return sense === 'negated' ? !matches : true;
  });
}

/** A Deny that binds unconditionally, covers the action and every resource the step reaches. */
function deniesStep(s: PolicyStatement, step: Step, context: EscalationContext): boolean {
  if (s.effect !== 'Deny' || s.conditions.length > 0 || !coversAction(s, step.action)) return false;
  if (!s.resource) return !s.notResource;
  const type = REACH_TYPE[step.reach];
  return type
    ? coversEvery(s.resource, typePrefix(context.arn, type))
    : s.resource.some((p) => /^\*+$/.test(p));
}

/**
 * Every path the statements grant in full: each step allowed by some statement and denied by
 * none. A path that lacks only steps hanging on unreadable roles names those roles instead.
 */
export function escalationPaths(
  statements: readonly SourcedStatement[],
  context: EscalationContext,
): EscalationReading {
  const hits: PathHit[] = [];
  const unreadableRoles = new Set<string>();
  for (const path of ESCALATION_PATHS) {
    const grants: Grant[] = [];
    const pending: string[] = [];
    let met = 0;
    for (const step of path.steps) {
      if (statements.some((s) => deniesStep(s.body, step, context))) break;
      let granted: Grant | undefined;
      const hanging: string[] = [];
      for (const s of statements) {
        const answer = grantsStep(s.body, step, context);
        if (answer === 'yes') {
          granted = { action: step.action, policy: s.policy, statement: s.statement };
          break;
        }
        if (Array.isArray(answer)) hanging.push(...answer);
      }
      if (granted) grants.push(granted);
      else if (hanging.length > 0) pending.push(...hanging);
      else break;
      met++;
    }
    if (met < path.steps.length) continue;
    if (pending.length === 0) hits.push({ path: pathName(path), method: path.method, grants });
    else pending.forEach((arn) => unreadableRoles.add(arn));
  }
  return { hits, unreadableRoles: [...unreadableRoles].sort() };
}
