import { isAwsManagedPolicy } from '../collect/convert.js';
import {
  managedPolicyName,
  type IamGroup,
  type IamInventory,
  type IamManagedPolicy,
} from '../model/iam.js';
import type { CallFailure, Fetched } from '../model/inventory.js';
import {
  fail,
  GLOBAL_REGION,
  pass,
  resourceRule,
  undetermined,
  unknown,
  type ResourceCheck,
  type Rule,
} from './kit.js';
import { iamCredentialRules } from './iam-credentials.js';
import { coversResource, parsePolicy, type PolicyStatement } from './policy.js';

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

/** Every principal with the policies that apply to it; all four lists come from one listing. */
function principalsOf(iam: IamInventory): Fetched<Principal[]> {
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
    ref: (principal) => ({
      region: GLOBAL_REGION,
      resourceId: principal.arn,
      resourceArn: principal.arn,
      resourceName: principal.name,
      resourceType: RESOURCE_TYPES[principal.kind],
    }),
    judge: (principal, iam) => {
      let cache = parsedByPart.get(iam);
      if (!cache) parsedByPart.set(iam, (cache = new Map()));
      const hits: StatementHit[] = [];
      const unreadable: { policy: string; error?: CallFailure }[] = [];
      const sources = principal.sources.filter((s) => s.owner === 'any' || reads.includes(s.owner));
      for (const source of sources) {
        const parsed = parseSource(source, cache);
        if (!parsed.ok) {
          unreadable.push({ policy: source.label, error: parsed.error });
          continue;
        }
        parsed.statements.forEach((statement, index) => {
          const allows = test(statement);
          if (allows === undefined) return;
          const name = statement.sid ? `statement "${statement.sid}"` : `statement ${index + 1}`;
          hits.push({ policy: source.label, statement: name, allows });
        });
      }
      const policiesRead = sources.length - unreadable.length;
      if (hits.length > 0) {
        const [first] = hits as [StatementHit];
        const more =
          hits.length > 1 ? `; ${hits.length - 1} more statement(s) in the evidence` : '';
        return fail(`Allows ${first.allows} through ${first.policy}, ${first.statement}${more}.`, {
          statements: hits,
          policiesRead,
        });
      }
      if (unreadable.length > 0) {
        const evidence = { unreadable: unreadable.map((u) => u.policy), policiesRead };
        // A failed call names the permission to grant, so it is the one reported.
        const failure = unreadable.find((u) => u.error !== undefined)?.error;
        if (failure) return unknown(failure, evidence);
        const [first] = unreadable as [(typeof unreadable)[number]];
        return undetermined(
          `Could not be assessed: ${first.policy} is not in the collected IAM data.`,
          evidence,
        );
      }
      return pass(
        `${passDetail} (${policiesRead} ${policiesRead === 1 ? 'policy' : 'policies'} read).`,
        { policiesRead },
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

/** The IAM checks of CHECKS.md, in catalogue order. */
export const iamRules: readonly Rule[] = [
  fullAdmin,
  wildcardActions,
  wildcardResources,
  ...iamCredentialRules,
];
