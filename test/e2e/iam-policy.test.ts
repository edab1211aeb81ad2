import {
  AddUserToGroupCommand,
  AttachUserPolicyCommand,
  CreateGroupCommand,
  CreateOpenIDConnectProviderCommand,
  CreateRoleCommand,
  CreateUserCommand,
  PutGroupPolicyCommand,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import type { Report } from '../../src/model/report.js';
import type { CheckResult } from '../../src/model/results.js';
import {
  ACCOUNT_ID,
  motoEndpoint,
  resetMoto,
  runAction,
  seedClients,
  type ActionResult,
} from './harness.js';

/**
 * iam.role-trust-too-broad and iam.privilege-escalation against moto: trust policies and inline
 * policies as IAM stores them, read back through the one GetAccountAuthorizationDetails listing.
 */

const REGION = 'us-east-1';
const ADMIN_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const GITHUB = `arn:aws:iam::${ACCOUNT_ID}:oidc-provider/token.actions.githubusercontent.com`;
const policy = (...statements: object[]): string =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });
const arnOf = (kind: string, name: string) => `arn:aws:iam::${ACCOUNT_ID}:${kind}/${name}`;

const githubTrust = (sub: string): string =>
  policy({
    Effect: 'Allow',
    Principal: { Federated: GITHUB },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: {
      StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
      StringLike: { 'token.actions.githubusercontent.com:sub': sub },
    },
  });

/** Roles by name, with their trust policies. */
const ROLES: Record<string, string> = {
  anyone: policy({ Sid: 'Anyone', Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }),
  'gh-whole-org': githubTrust('repo:acme/*'),
  'gh-one-repo': githubTrust('repo:acme/app:ref:refs/heads/main'),
  'org-only': policy({
    Effect: 'Allow',
    Principal: { AWS: '*' },
    Action: 'sts:AssumeRole',
    Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
  }),
};

/** Users by name, with one inline policy each. */
const USERS: Record<string, string> = {
  launcher: policy(
    { Sid: 'PassAny', Effect: 'Allow', Action: 'iam:PassRole', Resource: arnOf('role', '*') },
    { Sid: 'Launch', Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*' },
  ),
  'key-minter': policy({
    Effect: 'Allow',
    Action: 'iam:CreateAccessKey',
    Resource: arnOf('user', '*'),
  }),
  'self-service': policy({
    Effect: 'Allow',
    Action: ['iam:CreateAccessKey', 'iam:UpdateLoginProfile'],
    Resource: 'arn:aws:iam::*:user/${aws:username}',
  }),
};

async function seed(): Promise<void> {
  const aws = seedClients(REGION);
  const iam = aws.iam;
  try {
    await iam.send(
      new CreateOpenIDConnectProviderCommand({
        Url: 'https://token.actions.githubusercontent.com',
        ClientIDList: ['sts.amazonaws.com'],
        ThumbprintList: ['6938fd4d98bab03faadb97b34396831e3780aea1'],
      }),
    );
    for (const [RoleName, AssumeRolePolicyDocument] of Object.entries(ROLES)) {
      await iam.send(new CreateRoleCommand({ RoleName, AssumeRolePolicyDocument }));
    }
    for (const [UserName, PolicyDocument] of Object.entries(USERS)) {
      await iam.send(new CreateUserCommand({ UserName }));
      await iam.send(new PutUserPolicyCommand({ UserName, PolicyName: 'p', PolicyDocument }));
    }
    await iam.send(new CreateGroupCommand({ GroupName: 'policy-editors' }));
    await iam.send(
      new PutGroupPolicyCommand({
        GroupName: 'policy-editors',
        PolicyName: 'versions',
        PolicyDocument: policy({
          Effect: 'Allow',
          Action: 'iam:CreatePolicyVersion',
          Resource: arnOf('policy', '*'),
        }),
      }),
    );
    await iam.send(new CreateUserCommand({ UserName: 'editor' }));
    await iam.send(new AddUserToGroupCommand({ GroupName: 'policy-editors', UserName: 'editor' }));
    await iam.send(new CreateUserCommand({ UserName: 'root-like' }));
    await iam.send(new AttachUserPolicyCommand({ UserName: 'root-like', PolicyArn: ADMIN_ARN }));
  } finally {
    aws.destroy();
  }
}

const results = (checkId: string): CheckResult[] =>
  report.results.filter((r) => r.checkId === checkId);
const statuses = (checkId: string): Record<string, string> =>
  Object.fromEntries(results(checkId).map((r) => [r.resourceName ?? r.resourceId, r.status]));
function resultFor(checkId: string, resourceId: string): CheckResult {
  const found = results(checkId).filter((r) => r.resourceId === resourceId);
  if (found.length !== 1) throw new Error(`${found.length} ${checkId} results for ${resourceId}`);
  return found[0] as CheckResult;
}

let run: ActionResult;
let report: Report;

beforeAll(async () => {
  await resetMoto(motoEndpoint());
  await seed();
  run = await runAction({ region: REGION, services: 'iam', 'fail-on-severity': 'none' });
  if (!run.report) throw new Error(`no report: ${run.stdout}\n${run.stderr}`);
  report = run.report;
}, 120_000);

test('the run completes on the one GAAD listing, with no call of its own for trust policies', () => {
  expect(run.code).toBe(0);
  expect(report.errors).toEqual([]);
  expect(report.stats.apiCalls['iam:GetAccountAuthorizationDetails']).toBe(1);
  expect(
    Object.keys(report.stats.apiCalls)
      .filter((op) => op.startsWith('iam:'))
      .sort(),
  ).toEqual([
    // The credential checks' reads; none of them is about trust policies.
    'iam:GenerateCredentialReport',
    'iam:GetAccountAuthorizationDetails',
    'iam:GetAccountPasswordPolicy',
    'iam:GetCredentialReport',
    'iam:GetPolicy',
    'iam:GetPolicyVersion',
  ]);
});

test('iam.role-trust-too-broad fails the open trusts, saying who can assume them', () => {
  expect(statuses('iam.role-trust-too-broad')).toEqual({
    anyone: 'FAIL',
    'gh-whole-org': 'FAIL',
    'gh-one-repo': 'PASS',
    'org-only': 'PASS',
  });
  expect(resultFor('iam.role-trust-too-broad', arnOf('role', 'anyone')).detail).toBe(
    'Lets any AWS account assume the role through statement "Anyone".',
  );
  const org = resultFor('iam.role-trust-too-broad', arnOf('role', 'gh-whole-org'));
  expect(org.detail).toBe(
    'Lets GitHub Actions workflows of any repository of the GitHub owner "acme" assume the role through statement 1.',
  );
  expect(org.severity).toBe('critical');
  expect(org.region).toBe('global');
});

test('iam.privilege-escalation fails the escalation paths and leaves the full admin out', () => {
  expect(statuses('iam.privilege-escalation')).toEqual({
    launcher: 'FAIL',
    'key-minter': 'FAIL',
    'self-service': 'PASS',
    editor: 'FAIL',
    'policy-editors': 'FAIL',
    anyone: 'PASS',
    'gh-whole-org': 'PASS',
    'gh-one-repo': 'PASS',
    'org-only': 'PASS',
  });
  expect(resultFor('iam.privilege-escalation', arnOf('user', 'launcher')).detail).toBe(
    'Allows the privilege-escalation path iam:PassRole + ec2:RunInstances (Rhino Security Labs method 3): iam:PassRole through inline policy "p" of user "launcher", statement "PassAny"; ec2:RunInstances through inline policy "p" of user "launcher", statement "Launch".',
  );
  expect(resultFor('iam.privilege-escalation', arnOf('user', 'editor')).detail).toContain(
    'iam:CreatePolicyVersion through inline policy "versions" of group "policy-editors"',
  );
  // root-like holds AdministratorAccess: iam.full-admin reports it, this check does not.
  expect(resultFor('iam.full-admin', arnOf('user', 'root-like')).status).toBe('FAIL');
});

test('moto answers everything these checks read: none of their results is UNKNOWN', () => {
  const mine = [...results('iam.role-trust-too-broad'), ...results('iam.privilege-escalation')];
  expect(mine.filter((r) => r.status === 'UNKNOWN')).toEqual([]);
});
