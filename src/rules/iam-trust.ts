/**
 * Who a role's trust policy lets assume the role, as `iam.role-trust-too-broad` asks it: anyone
 * (a principal `*` that no condition pins to an account, organisation or principal), or any
 * GitHub repository (the GitHub Actions OIDC provider without a pinned `aud` and `sub`).
 */
import {
  baseOperator,
  coversAction,
  grantToEveryone,
  hasWildcard,
  operatorSense,
  statementName,
  type PolicyCondition,
  type PolicyStatement,
} from './policy.js';
import { globMatch } from '../model/glob.js';

/** The STS actions that assume a role; `sts:TagSession` and `sts:SetSourceIdentity` do not. */
const ASSUME_ACTIONS = [
  'sts:AssumeRole',
  'sts:AssumeRoleWithWebIdentity',
  'sts:AssumeRoleWithSAML',
] as const;

/**
 * Keys present only when an AWS service assumes the role on behalf of a resource: a value
 * naming an account, organisation or resource confines the grant to that service call (IAM's
 * confused-deputy guidance, https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html).
 * `sts:ExternalId` is not one: the caller supplies it in its AssumeRole request, so it tells who
 * knows a value, not who the caller is; the guide pairs it with a principal naming the third
 * party's account, and with principal `*` any account that learns the value can assume the role.
 */
const SOURCE_KEYS = ['aws:SourceAccount', 'aws:SourceArn', 'aws:SourceOrgID', 'aws:SourceOrgPaths'];

/** GitHub's issuer as the OIDC provider's ARN ends, with an enterprise's own issuer path. */
const GITHUB_PROVIDER = /:oidc-provider\/(token\.actions\.githubusercontent\.com(?:\/[^/]+)?)$/;

/** The audience GitHub's official action asks for, as GitHub's and AWS's guides pin it. */
const STS_AUDIENCE = 'sts.amazonaws.com';

export interface TrustOpening {
  /** `statement "Sid"` or `statement 2`. */
  statement: string;
  /** Who can assume the role through it, in words. */
  who: string;
}

export interface TrustReading {
  /** Statements that let anyone, or any GitHub repository, assume the role. */
  open: TrustOpening[];
  /** Statements whose reach this check cannot read (a `sub` in a format it does not know). */
  unreadable: TrustOpening[];
}

/** Reads a trust policy's statements; `roleArn` matches a Resource element if one is there. */
export function readTrustPolicy(
  statements: readonly PolicyStatement[],
  roleArn: string,
): TrustReading {
  const reading: TrustReading = { open: [], unreadable: [] };
  const seen = new Set<string>();
  for (const action of ASSUME_ACTIONS) {
    const verdict = grantToEveryone(statements, {
      action,
      resource: roleArn,
      caller: 'authenticated',
      confiningKeys: SOURCE_KEYS,
    });
    if (verdict.status !== 'open') continue;
    for (const grant of verdict.grants) {
      if (seen.has(grant.name)) continue;
      seen.add(grant.name);
      const conditioned = grant.statement.conditions.length > 0;
      reading.open.push({
        statement: grant.name,
        who: conditioned
          ? 'any AWS account (its conditions pin no account, organisation or principal)'
          : 'any AWS account',
      });
    }
  }
  statements.forEach((statement, index) => {
    const issuer = githubIssuer(statement);
    if (!issuer || statement.effect !== 'Allow') return;
    if (!coversAction(statement, 'sts:AssumeRoleWithWebIdentity')) return;
    const name = statementName(statement, index);
    const result = readGithubStatement(statement, statements, issuer);
    if (result.kind === 'open') reading.open.push({ statement: name, who: result.who });
    if (result.kind === 'unreadable') reading.unreadable.push({ statement: name, who: result.who });
  });
  return reading;
}

/** The GitHub issuer a statement's Federated principal names, if any. */
function githubIssuer(statement: PolicyStatement): string | undefined {
  for (const arn of statement.principal?.Federated ?? []) {
    const match = GITHUB_PROVIDER.exec(arn);
    if (match) return match[1];
  }
  return undefined;
}

/**
 * The conditions on `key` that every request through the statement must meet: the statement's
 * own positive ones, and, read as their positive form, the negated condition of a Deny that
 * binds the same provider with that condition alone (Deny unless `sub` is X allows only X).
 */
function pinningConditions(
  allow: PolicyStatement,
  statements: readonly PolicyStatement[],
  issuer: string,
  key: string,
): PolicyCondition[] {
  const own = allow.conditions.filter(
    (c) => c.key.toLowerCase() === key && operatorSense(c.operator) === 'positive',
  );
  const fromDenies = statements.flatMap((s): PolicyCondition[] => {
    if (s.effect !== 'Deny' || s.notPrincipal || s.conditions.length !== 1) return [];
    if (!coversAction(s, 'sts:AssumeRoleWithWebIdentity')) return [];
    const bindsAll = Object.entries(s.principal ?? {}).some(([type, ids]) =>
      ids.some((id) => id === '*' || (type === 'Federated' && githubIssuer(s) === issuer)),
    );
    const [c] = s.conditions as [PolicyCondition];
    if (!bindsAll || c.key.toLowerCase() !== key || operatorSense(c.operator) !== 'negated') {
      return [];
    }
    const { base } = baseOperator(c.operator);
    return [{ ...c, operator: base.includes('like') ? 'StringLike' : 'StringEquals' }];
  });
  return [...own, ...fromDenies];
}

/** `rank`: how narrow a broad reading is (0 any repository, 1 an owner's, 2 some of an owner's). */
type Broad = { kind: 'broad'; who: string; rank: number };
type SubjectReading = { kind: 'pinned' } | Broad | { kind: 'unreadable'; who: string };

const isBroad = (r: SubjectReading): r is Broad => r.kind === 'broad';
const ANY_REPOSITORY: Broad = { kind: 'broad', who: 'any repository on GitHub', rank: 0 };

/**
 * Subjects GitHub issues (https://docs.github.com/en/actions/reference/security/oidc) for a
 * branch, a pull request and an environment of a repository of an owner no trust policy names.
 */
const PROBE_SUBJECTS = ['ref:refs/heads/main', 'pull_request', 'environment:production'].map(
  (context) => `repo:posture-gate-probe-owner/posture-gate-probe-repo:${context}`,
);

/**
 * What one `sub` value lets in. Under StringEquals a value is exact (its `*` is a literal
 * character, so it names one subject); under StringLike it names specific repositories only
 * when the owner and the repository name are free of wildcards (`repo:org/app:*` is every
 * branch and environment of one repository, `repo:org/*` every repository of the owner).
 */
function readSubject(value: string, like: boolean): SubjectReading {
  if (!like || !hasWildcard(value)) return { kind: 'pinned' };
  if (/^[*?]+$/.test(value)) return ANY_REPOSITORY;
  const repo = /^repo:([^/:]*)(?:\/([^:]*))?/.exec(value);
  if (!repo) {
    // A pattern that does not start `repo:OWNER` may still match every repository (`*:*`,
    // `repo*`): it does if it matches subjects of an owner and a repository no policy names
    // (StringLike is case-sensitive).
    if (PROBE_SUBJECTS.some((subject) => globMatch(value, subject))) return ANY_REPOSITORY;
    return {
      kind: 'unreadable',
      who: `a subject pattern "${value}" in a format the check does not read`,
    };
  }
  const [, owner = '', name] = repo;
  // `repo:org:*` (no slash) matches no subject GitHub issues; `repo:org*` any owner's.
  if (name === undefined) return hasWildcard(owner) ? ANY_REPOSITORY : { kind: 'pinned' };
  if (hasWildcard(owner)) {
    return hasWildcard(name)
      ? ANY_REPOSITORY
      : { kind: 'broad', who: `a repository named "${name}" of any GitHub owner`, rank: 0 };
  }
  if (/^[*?]*\*[*?]*$/.test(name)) {
    return { kind: 'broad', who: `any repository of the GitHub owner "${owner}"`, rank: 1 };
  }
  if (hasWildcard(name)) {
    return {
      kind: 'broad',
      who: `any repository of the GitHub owner "${owner}" whose name matches "${name}"`,
      rank: 2,
    };
  }
  return { kind: 'pinned' };
}

/** One condition: it pins when every value does; any broad value makes it broad. */
function readSubjectCondition(c: PolicyCondition): SubjectReading {
  const like = baseOperator(c.operator).base.includes('like');
  const readings = c.values.map((v) => readSubject(v, like));
  if (readings.length === 0) return ANY_REPOSITORY;
  const broad = readings.filter(isBroad);
  if (broad.length > 0) return broad.reduce((a, b) => (b.rank < a.rank ? b : a));
  return readings.find((r) => r.kind === 'unreadable') ?? { kind: 'pinned' };
}

/**
 * A GitHub OIDC statement. Its conditions all hold together, so one pinning `sub` condition pins
 * it; with none, the narrowest broad condition says who gets in, and a condition the check
 * cannot read (which might pin it) makes the statement unreadable rather than open.
 */
function readGithubStatement(
  allow: PolicyStatement,
  statements: readonly PolicyStatement[],
  issuer: string,
): { kind: 'pinned' } | { kind: 'open' | 'unreadable'; who: string } {
  const audience = pinningConditions(allow, statements, issuer, `${issuer}:aud`);
  const audiencePinned = audience.some(
    (c) => c.values.length > 0 && c.values.every((v) => v.toLowerCase() === STS_AUDIENCE),
  );
  const subjects = pinningConditions(allow, statements, issuer, `${issuer}:sub`).map(
    readSubjectCondition,
  );
  const broad = subjects.filter(isBroad);
  const unreadable = subjects.find((r) => r.kind === 'unreadable');
  const noAudience = `tokens of any audience (no "${issuer}:aud" condition of "${STS_AUDIENCE}")`;
  if (subjects.some((r) => r.kind === 'pinned')) {
    return audiencePinned
      ? { kind: 'pinned' }
      : { kind: 'open', who: `GitHub Actions ${noAudience}` };
  }
  if (unreadable) return { kind: 'unreadable', who: unreadable.who };
  const who =
    broad.length > 0
      ? `GitHub Actions workflows of ${broad.reduce((a, b) => (b.rank > a.rank ? b : a)).who}`
      : `GitHub Actions workflows of any repository on GitHub (no "${issuer}:sub" condition)`;
  return { kind: 'open', who: audiencePinned ? who : `${who}, with ${noAudience}` };
}
