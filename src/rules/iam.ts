import { isAwsManagedPolicy } from '../collect/convert.js';
import {
  managedPolicyName,
  type IamGroup,
  type IamInventory,
  type IamManagedPolicy,
} from '../model/iam.js';
import { GLOBAL_REGION, type CallFailure, type Fetched } from '../model/inventory.js';
import {
  fail,
  pass,
  resourceRule,
  undetermined,
  unknown,
  type ResourceCheck,
  type ResourceRef,
  type Rule,
  type Verdict,
} from './kit.js';
import { iamCredentialRules } from './iam-credentials.js';
import { escalationPaths, type PathHit, type SourcedStatement } from './iam-escalation.js';
import { readTrustPolicy } from './iam-trust.js';
import {
  coversResource,
  parsePolicy,
  PolicyParseError,
  statementName,
  type PolicyStatement,
} from './policy.js';

/**
 * IAM checks judge principals (roles, users, groups; service-linked roles are left out by the
 * collector) through every policy that applies to them: inline policies and the default versions
 * of attached managed policies, a user's also through its groups. Results are reported under
 * region `global`.
 */

const LEARN_MORE =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege';

type PolicyOwner = 'inline' | 'customer' | 'aws';

/**
 * One policy that applies to a principal, as the checks read it; or, `missing`, an attached
 * policy or a group the inventory lacks, whose policies count as unreadable. A missing group's
 * policies could be of any owner (`any`): every check counts it.
 */
type PolicySource =
  | {
      /** How the detail names it: `inline policy "x" of group "devs"`, `AWS managed policy "y"`. */
      label: string;
      owner: PolicyOwner;
      document: Fetched<string>;
      /** The call that returned the document, named when it cannot be read. */
      operation: string;
    }
  | { label: string; owner: PolicyOwner | 'any'; missing: true };

interface Principal {
  kind: 'role' | 'user' | 'group';
  name: string;
  arn: string;
  sources: PolicySource[];
}

const RESOURCE_TYPES = {
  role: 'AWS::IAM::Role',
  user: 'AWS::IAM::User',
  group: 'AWS::IAM::Group',
} as const;

function ownSources(
  kind: Principal['kind'],
  owner: { name: string; inlinePolicies: IamGroup['inlinePolicies']; attachedPolicyArns: string[] },
  policies: ReadonlyMap<string, IamManagedPolicy>,
  through = '',
): PolicySource[] {
  const inline = owner.inlinePolicies.map((p): PolicySource => ({
    label: `inline policy "${p.name}" of ${kind} "${owner.name}"`,
    owner: 'inline',
    document: { ok: true, value: p.document },
    operation: 'iam:GetAccountAuthorizationDetails',
  }));
  const managed = owner.attachedPolicyArns.flatMap((arn): PolicySource[] => {
    const policy = policies.get(arn);
    if (!policy) {
      return [
        {
          label: `managed policy "${arn}"${through}`,
          owner: isAwsManagedPolicy(arn) ? 'aws' : 'customer',
          missing: true,
        },
      ];
    }
    return [
      {
        label: `${policy.awsManaged ? 'AWS' : 'customer'} managed policy "${managedPolicyName(policy)}"${through}`,
        owner: policy.awsManaged ? 'aws' : 'customer',
        document: policy.document,
        operation: policy.awsManaged
          ? 'iam:GetPolicyVersion'
          : 'iam:GetAccountAuthorizationDetails',
      },
    ];
  });
  return [...inline, ...managed];
}

/**
 * The principals of each IAM part, made once: four checks read them, and each making its own
 * copy (labels and sources for every principal) left that many copies of garbage to collect.
 */
const principalsByPart = new WeakMap<IamInventory, Fetched<Principal[]>>();

/** Every principal with the policies that apply to it; all four lists come from one listing. */
function principalsOf(iam: IamInventory): Fetched<Principal[]> {
  let principals = principalsByPart.get(iam);
  if (!principals) principalsByPart.set(iam, (principals = principalsWithSources(iam)));
  return principals;
}

function principalsWithSources(iam: IamInventory): Fetched<Principal[]> {
  const { roles, users, groups, managedPolicies } = iam;
  if (!roles.ok) return roles;
  if (!users.ok) return users;
  if (!groups.ok) return groups;
  if (!managedPolicies.ok) return managedPolicies;
  const policies = new Map(managedPolicies.value.map((p) => [p.arn, p]));
  const groupsByName = new Map(groups.value.map((g) => [g.name, g]));
  const principals = [
    ...roles.value.map((r): Principal => ({
      kind: 'role',
      ...r,
      sources: ownSources('role', r, policies),
    })),
    ...users.value.map((u): Principal => ({
      kind: 'user',
      ...u,
      sources: [
        ...ownSources('user', u, policies),
        ...u.groups.flatMap((name): PolicySource[] => {
          const group = groupsByName.get(name);
          if (!group) return [{ label: `group "${name}"`, owner: 'any', missing: true }];
          return ownSources('group', group, policies, ` (through group "${name}")`);
        }),
      ],
    })),
    ...groups.value.map((g): Principal => ({
      kind: 'group',
      ...g,
      sources: ownSources('group', g, policies),
    })),
  ];
  return { ok: true, value: principals };
}

/** What a statement wrongly allows, in words, or undefined when it is fine for the check. */
type StatementTest = (statement: PolicyStatement) => string | undefined;

interface StatementHit {
  policy: string;
  statement: string;
  allows: string;
}

/** A policy's statements, or why they are unknown: a failed call, or (no error) not collected. */
type Parsed = { ok: true; statements: PolicyStatement[] } | { ok: false; error?: CallFailure };

function parseSource(source: PolicySource, cache: Map<string, Parsed>): Parsed {
  if ('missing' in source) return { ok: false };
  if (!source.document.ok) return { ok: false, error: source.document.error };
  const text = source.document.value;
  let parsed = cache.get(text);
  if (!parsed) {
    try {
      parsed = { ok: true, statements: parsePolicy(text) };
    } catch (error) {
      const message = (error as Error).message;
      parsed = {
        ok: false,
        error: { operation: source.operation, code: 'MalformedPolicyDocument', message },
      };
    }
    cache.set(text, parsed);
  }
  return parsed;
}

/** Parsed policy texts, kept per IAM part: the three checks read the same documents. */
const parsedByPart = new WeakMap<IamInventory, Map<string, Parsed>>();

/** The statements of a principal's readable policies, and the policies that could not be read. */
interface PolicyReading {
  statements: SourcedStatement[];
  unreadable: { policy: string; error?: CallFailure }[];
  policiesRead: number;
}

/** Reads the principal's policies of the owners given (a missing group's count for every owner). */
function readPolicies(
  principal: Principal,
  iam: IamInventory,
  reads: readonly PolicyOwner[],
): PolicyReading {
  let cache = parsedByPart.get(iam);
  if (!cache) parsedByPart.set(iam, (cache = new Map()));
  const statements: SourcedStatement[] = [];
  const unreadable: PolicyReading['unreadable'] = [];
  const sources = principal.sources.filter((s) => s.owner === 'any' || reads.includes(s.owner));
  for (const source of sources) {
    const parsed = parseSource(source, cache);
    if (!parsed.ok) {
      unreadable.push({ policy: source.label, error: parsed.error });
      continue;
    }
    parsed.statements.forEach((body, index) => {
      statements.push({ policy: source.label, statement: statementName(body, index), body });
    });
  }
  return { statements, unreadable, policiesRead: sources.length - unreadable.length };
}

/**
 * UNKNOWN for a principal some of whose policies could not be read: a failed call names the
 * permission to grant, so it is the one reported; else the first policy not collected.
 */
function unreadableVerdict(
  unreadable: PolicyReading['unreadable'],
  evidence: Record<string, unknown>,
): Verdict | undefined {
  if (unreadable.length === 0) return undefined;
  const failure = unreadable.find((u) => u.error !== undefined)?.error;
  if (failure) return unknown(failure, evidence);
  const [first] = unreadable as [(typeof unreadable)[number]];
  return undetermined(
    `Could not be assessed: ${first.policy} is not in the collected IAM data.`,
    evidence,
  );
}

const principalRef = (principal: Principal): ResourceRef => ({
  region: GLOBAL_REGION,
  resourceId: principal.arn,
  resourceArn: principal.arn,
  resourceName: principal.name,
  resourceType: RESOURCE_TYPES[principal.kind],
});

/**
 * A check judged per principal over the policies of the owners it reads. A statement that allows
 * too much is a FAIL even when another policy could not be read; no hit and an unreadable or
 * uncollected policy (or group) is UNKNOWN, never PASS.
 */
function principalRule(
  meta: ResourceCheck<'iam', Principal>['meta'],
  reads: readonly PolicyOwner[],
  test: StatementTest,
  passDetail: string,
): Rule {
  return resourceRule({
    meta,
    resources: principalsOf,
    ref: principalRef,
    judge: (principal, iam) => {
      const { statements, unreadable, policiesRead } = readPolicies(principal, iam, reads);
      const hits: StatementHit[] = statements.flatMap((s) => {
        const allows = test(s.body);
        return allows === undefined ? [] : [{ policy: s.policy, statement: s.statement, allows }];
      });
      if (hits.length > 0) {
        const [first] = hits as [StatementHit];
        const more =
          hits.length > 1 ? `; ${hits.length - 1} more statement(s) in the evidence` : '';
        return fail(`Allows ${first.allows} through ${first.policy}, ${first.statement}${more}.`, {
          statements: hits,
          policiesRead,
        });
      }
      const evidence = { unreadable: unreadable.map((u) => u.policy), policiesRead };
      return (
        unreadableVerdict(unreadable, evidence) ??
        pass(
          `${passDetail} (${policiesRead} ${policiesRead === 1 ? 'policy' : 'policies'} read).`,
          { policiesRead },
        )
      );
    },
  });
}

/** `*` or `*:*`: every action of every service. */
const isEveryAction = (pattern: string): boolean => /^\*+(:\*+)?$/.test(pattern);

/** `s3:*`: every action of a service (wildcards in the service name included). */
const isServiceWide = (pattern: string): boolean => /^[^:]+:[*?]*\*[*?]*$/.test(pattern);

const READ_ONLY_PREFIXES = ['describe', 'list', 'get', 'batchget', 'head'];

/** True when every action the pattern can match is read-only: its fixed start names a read verb. */
function isReadOnlyPattern(pattern: string): boolean {
  const colon = pattern.indexOf(':');
  if (colon < 0) return false;
  const [fixedStart = ''] = pattern.slice(colon + 1).split(/[*?]/);
  return READ_ONLY_PREFIXES.some((prefix) => fixedStart.toLowerCase().startsWith(prefix));
}

const allowsEveryResource = (s: PolicyStatement): boolean =>
  s.effect === 'Allow' && coversResource(s, '*');

const quoteList = (patterns: readonly string[]): string => patterns.map((p) => `"${p}"`).join(', ');

/**
 * How the detail names the resources of a statement that allows every resource: Resource "*", or
 * an Allow with NotResource, which grants everything but the resources it lists.
 */
const everyResourceWords = (s: PolicyStatement): string =>
  !s.resource && s.notResource
    ? `every resource except ${quoteList(s.notResource)} (NotResource)`
    : 'Resource "*"';

/** NotAction `*` excludes every action: the statement grants nothing. */
const grantsNoAction = (s: PolicyStatement): boolean => (s.notAction ?? []).some(isEveryAction);

/** Action `*` on Resource `*`. */
const fullAdminStatement: StatementTest = (s) =>
  allowsEveryResource(s) && (s.action ?? []).some(isEveryAction)
    ? `Action "*" on ${everyResourceWords(s)}`
    : undefined;

const fullAdmin = principalRule(
  {
    id: 'iam.full-admin',
    title: 'IAM principal has full administrative privileges',
    service: 'iam',
    category: 'security',
    severity: 'critical',
    resourceType: RESOURCE_TYPES.role,
    remediation: {
      text: 'Replace Action "*" on Resource "*" with the actions and resources the principal needs (IAM Access Analyzer can generate a policy from its activity); keep full administrators few and behind MFA.',
      url: LEARN_MORE,
    },
    frameworks: { fsbp: ['IAM.1'] },
    failWhen:
      'Any policy of the principal (inline, customer managed, or AWS managed such as AdministratorAccess) has an `Allow` statement with Action `*` (or `*:*`) on Resource `*` or with a NotResource.',
  },
  ['inline', 'customer', 'aws'],
  fullAdminStatement,
  'No statement allows Action "*" on Resource "*"',
);

const wildcardActions = principalRule(
  {
    id: 'iam.wildcard-actions',
    title: 'IAM policy allows service-wide wildcard actions',
    service: 'iam',
    category: 'security',
    severity: 'high',
    resourceType: RESOURCE_TYPES.role,
    remediation: {
      text: 'List the actions the principal needs instead of "service:*" or NotAction in its inline and customer managed policies.',
      url: LEARN_MORE,
    },
    frameworks: { fsbp: ['IAM.21'] },
    failWhen:
      'An inline or customer managed policy of the principal has an `Allow` statement, other than a full-admin one, with an action wildcard over a whole service (`s3:*`, or `*` on narrower resources) or with a NotAction.',
  },
  ['inline', 'customer'],
  (s) => {
    if (s.effect !== 'Allow' || fullAdminStatement(s) || grantsNoAction(s)) return undefined;
    // Allow with NotAction grants every action of every service it does not name.
    if (s.notAction) return `every action except ${quoteList(s.notAction)} (NotAction)`;
    const wide = (s.action ?? []).filter((p) => isEveryAction(p) || isServiceWide(p));
    return wide.length > 0 ? `the wildcard action(s) ${quoteList(wide)}` : undefined;
  },
  'No inline or customer managed policy allows a service-wide wildcard action',
);

const wildcardResources = principalRule(
  {
    id: 'iam.wildcard-resources',
    title: 'IAM policy allows write actions on every resource',
    service: 'iam',
    category: 'security',
    severity: 'medium',
    resourceType: RESOURCE_TYPES.role,
    remediation: {
      text: 'Name the resources (ARNs, or ARN patterns) that actions other than Describe, List, Get, BatchGet and Head may act on, in the inline and customer managed policies.',
      url: LEARN_MORE,
    },
    frameworks: {},
    failWhen:
      'An inline or customer managed policy of the principal has an `Allow` statement on Resource `*` (or with a NotResource) that uses a NotAction or allows an action that is not read-only. Read-only means the action name after the service prefix starts with `Describe`, `List`, `Get`, `BatchGet` or `Head`.',
  },
  ['inline', 'customer'],
  (s) => {
    if (!allowsEveryResource(s) || grantsNoAction(s)) return undefined;
    const resources = everyResourceWords(s);
    if (s.notAction) {
      return `every action except ${quoteList(s.notAction)} (NotAction) on ${resources}`;
    }
    const writes = (s.action ?? []).filter((p) => !isReadOnlyPattern(p));
    return writes.length > 0 ? `${quoteList(writes)} on ${resources}` : undefined;
  },
  'No inline or customer managed policy allows actions other than reads on Resource "*"',
);

const ALL_OWNERS: readonly PolicyOwner[] = ['inline', 'customer', 'aws'];

/** Whether any of the principal's readable policies makes it a full administrator. */
const isFullAdmin = (principal: Principal, iam: IamInventory): boolean =>
  readPolicies(principal, iam, ALL_OWNERS).statements.some((s) => fullAdminStatement(s.body));

/** Per IAM part: each role by ARN, whether it is a full administrator, or unreadable. */
const roleAdminByPart = new WeakMap<IamInventory, Map<string, boolean | 'unreadable'>>();

function roleIsAdmin(iam: IamInventory, arn: string): boolean | 'unreadable' {
  let known = roleAdminByPart.get(iam);
  if (!known) {
    known = new Map();
    roleAdminByPart.set(iam, known);
    // Out-of-scope roles too (see IamInventory.allRoles): passing one is a path all the same.
    const principals = principalsOf(
      iam.allRoles ? { ...iam, roles: { ok: true, value: iam.allRoles } } : iam,
    );
    for (const role of principals.ok ? principals.value : []) {
      if (role.kind !== 'role') continue;
      const reading = readPolicies(role, iam, ALL_OWNERS);
      const admin = reading.statements.some((s) => fullAdminStatement(s.body));
      known.set(role.arn, admin || (reading.unreadable.length > 0 ? 'unreadable' : false));
    }
  }
  // A role the listing lacks is not a role of the account: passing it grants nothing.
  return known.get(arn) ?? false;
}

const grantWords = (hit: PathHit): string =>
  hit.grants.map((g) => `${g.action} through ${g.policy}, ${g.statement}`).join('; ');

const privilegeEscalation = resourceRule({
  meta: {
    id: 'iam.privilege-escalation',
    title: 'IAM principal can escalate its own privileges',
    service: 'iam',
    category: 'security',
    severity: 'high',
    resourceType: RESOURCE_TYPES.role,
    remediation: {
      text: 'Remove the actions of the path, or confine them: name the resources (not other users, roles or policies), add iam:PassedToService and specific role ARNs to iam:PassRole, and set a permissions boundary on principals that manage IAM.',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html',
    },
    frameworks: {},
    failWhen:
      "The principal's policies (inline, customer and AWS managed, a user's groups' too) allow every action of a known privilege-escalation path (Rhino Security Labs' 21 methods: `iam:CreatePolicyVersion`, `iam:SetDefaultPolicyVersion`, `iam:Attach*Policy`/`iam:Put*Policy` on any user, group or role, `iam:AddUserToGroup`, `iam:CreateAccessKey`/`iam:CreateLoginProfile`/`iam:UpdateLoginProfile` on users other than itself, `iam:UpdateAssumeRolePolicy` with `sts:AssumeRole`, `iam:PassRole` with `ec2:RunInstances`, with `lambda:CreateFunction` and `lambda:InvokeFunction` or `lambda:CreateEventSourceMapping`, with `glue:CreateDevEndpoint`, `cloudformation:CreateStack` or `datapipeline:CreatePipeline` and `PutPipelineDefinition`, `lambda:UpdateFunctionCode`, `glue:UpdateDevEndpoint`), with no unconditional Deny removing one of them. `iam:PassRole` counts on any role pattern with a wildcard and on a named role that is a full administrator, for the services `iam:PassedToService` admits. Full administrators are left to `iam.full-admin`.",
  },
  resources: principalsOf,
  ref: principalRef,
  appliesTo: (principal, iam) => !isFullAdmin(principal, iam),
  judge: (principal, iam) => {
    const { statements, unreadable, policiesRead } = readPolicies(principal, iam, ALL_OWNERS);
    const { hits, unreadableRoles } = escalationPaths(statements, {
      arn: principal.arn,
      roleIsAdmin: (arn) => roleIsAdmin(iam, arn),
    });
    if (hits.length > 0) {
      const [first] = hits as [PathHit];
      const more = hits.length > 1 ? `; ${hits.length - 1} more path(s) in the evidence` : '';
      return fail(
        `Allows the privilege-escalation path ${first.path} (Rhino Security Labs method ${first.method}): ${grantWords(first)}${more}.`,
        { paths: hits, policiesRead },
      );
    }
    const evidence = { unreadable: unreadable.map((u) => u.policy), policiesRead };
    const notRead = unreadableVerdict(unreadable, evidence);
    if (notRead) return notRead;
    const [role] = unreadableRoles;
    if (role) {
      return undetermined(
        `Could not be assessed: iam:PassRole reaches role "${role}", whose policies could not be read.`,
        { unreadableRoles, policiesRead },
      );
    }
    return pass(
      `No known privilege-escalation path is allowed (${policiesRead} ${policiesRead === 1 ? 'policy' : 'policies'} read).`,
      { policiesRead },
    );
  },
});

const roleTrustTooBroad = resourceRule({
  meta: {
    id: 'iam.role-trust-too-broad',
    title: 'IAM role can be assumed by anyone or by any GitHub repository',
    service: 'iam',
    category: 'security',
    severity: 'critical',
    resourceType: RESOURCE_TYPES.role,
    remediation: {
      text: 'Name the accounts or principals that may assume the role (or pin aws:PrincipalOrgID or aws:PrincipalAccount); for GitHub Actions, require token.actions.githubusercontent.com:aud "sts.amazonaws.com" and a token.actions.githubusercontent.com:sub naming the repositories (repo:OWNER/REPO:...).',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html',
    },
    frameworks: {},
    failWhen:
      'An `Allow` statement of the trust policy for `sts:AssumeRole`, `sts:AssumeRoleWithWebIdentity` or `sts:AssumeRoleWithSAML` has principal `*` (or `{"AWS": "*"}`) and no condition pinning the caller (`aws:PrincipalAccount`, `aws:PrincipalOrgID`, `aws:PrincipalOrgPaths`, `aws:PrincipalArn` or `aws:userid`, or for a service `aws:SourceAccount`, `aws:SourceArn`, `aws:SourceOrgID`, `aws:SourceOrgPaths`; `sts:ExternalId` alone pins no one), with no Deny binding every other account; or trusts the GitHub OIDC provider `token.actions.githubusercontent.com` without a `...:aud` condition of `sts.amazonaws.com` and a `...:sub` condition naming specific repositories (under `StringLike`, `*`, `repo:*`, `repo:OWNER/*` or a wildcard in the repository name is a FAIL; a Deny with `StringNotLike`/`StringNotEquals` on `sub` or `aud` alone narrows like the positive form).',
  },
  resources: (iam: IamInventory) => iam.roles,
  ref: (role) => ({
    region: GLOBAL_REGION,
    resourceId: role.arn,
    resourceArn: role.arn,
    resourceName: role.name,
    resourceType: RESOURCE_TYPES.role,
  }),
  judge: (role) => {
    if (role.trustPolicy === undefined) {
      return undetermined(
        'Could not be assessed: the trust policy was not collected (the inventory predates it).',
      );
    }
    let statements: PolicyStatement[];
    try {
      statements = parsePolicy(role.trustPolicy);
    } catch (error) {
      if (!(error instanceof PolicyParseError)) throw error;
      return unknown({
        operation: 'iam:GetAccountAuthorizationDetails',
        code: 'MalformedPolicyDocument',
        message: error.message,
      });
    }
    const { open, unreadable } = readTrustPolicy(statements, role.arn);
    if (open.length > 0) {
      const [first] = open as [(typeof open)[number]];
      const more = open.length > 1 ? `; ${open.length - 1} more statement(s) in the evidence` : '';
      return fail(`Lets ${first.who} assume the role through ${first.statement}${more}.`, {
        statements: open,
      });
    }
    const [first] = unreadable;
    if (first) {
      return undetermined(`Could not be assessed: ${first.statement} admits ${first.who}.`, {
        statements: unreadable,
      });
    }
    return pass('No statement lets any AWS account or any GitHub repository assume the role.');
  },
});

/** The IAM checks of CHECKS.md, in catalogue order. */
export const iamRules: readonly Rule[] = [
  fullAdmin,
  wildcardActions,
  wildcardResources,
  privilegeEscalation,
  roleTrustTooBroad,
  ...iamCredentialRules,
];
