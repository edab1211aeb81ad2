import { readFileSync } from 'node:fs';
import { parseSavedInventory } from '../../../src/collect/saved-inventory.js';
import type { IamInventory, IamRole } from '../../../src/model/iam.js';
import type { Finding } from '../../../src/model/results.js';
import { iamRules } from '../../../src/rules/iam.js';
import type { EvalContext } from '../../../src/rules/kit.js';
import { ACCOUNT, at, denied, inventoryOf, ok, ruleById } from '../ec2/fixtures.js';

/**
 * iam.role-trust-too-broad on trust policies shaped as GetAccountAuthorizationDetails returns
 * them (AssumeRolePolicyDocument, URL-encoded), written from the IAM user guide's examples.
 */

const context: EvalContext = { now: new Date('2026-11-01T00:00:00Z'), minAgeDays: 30 };
const rule = ruleById(iamRules, 'iam.role-trust-too-broad');

const trust = (...statements: object[]): string =>
  encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: statements }));

const GITHUB = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`;
const AUD = 'token.actions.githubusercontent.com:aud';
const SUB = 'token.actions.githubusercontent.com:sub';

/** The GitHub statement of GitHub's and AWS's guides, with the `sub` condition given. */
const github = (conditions: object, extra: object = {}): object => ({
  Effect: 'Allow',
  Principal: { Federated: GITHUB },
  Action: 'sts:AssumeRoleWithWebIdentity',
  Condition: conditions,
  ...extra,
});

function role(name: string, trustPolicy: string | undefined): IamRole {
  return {
    name,
    arn: `arn:aws:iam::${ACCOUNT}:role/${name}`,
    path: '/',
    tags: {},
    inlinePolicies: [],
    attachedPolicyArns: [],
    ...(trustPolicy !== undefined && { trustPolicy }),
  };
}

function evaluate(roles: IamRole[]): Finding[] {
  const part: IamInventory = {
    roles: ok(roles),
    users: ok([]),
    groups: ok([]),
    managedPolicies: ok([]),
  };
  return [...rule.evaluate(inventoryOf({ 'us-east-1': {} }, { iam: part }), context)];
}

const judge = (trustPolicy: string | undefined): Finding =>
  at(evaluate([role('r', trustPolicy)]), 0);

describe('iam.role-trust-too-broad: principal "*"', () => {
  it.each([
    ['Principal "*"', { Principal: '*' }],
    ['{"AWS": "*"}', { Principal: { AWS: '*' } }],
    ['{"AWS": ["*"]}', { Principal: { AWS: ['*'] } }],
  ])('fails %s with no condition, naming the statement', (_, principal) => {
    const finding = judge(
      trust({ Sid: 'Anyone', Effect: 'Allow', Action: 'sts:AssumeRole', ...principal }),
    );
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toBe('Lets any AWS account assume the role through statement "Anyone".');
    expect(finding.resourceType).toBe('AWS::IAM::Role');
    expect(finding.region).toBe('global');
  });

  it.each([
    ['sts:ExternalId alone', { StringEquals: { 'sts:ExternalId': 'a1b2c3' } }],
    ['an organisation wildcard', { StringLike: { 'aws:PrincipalOrgID': 'o-*' } }],
    [
      'a principal ARN of any account',
      { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/ci' } },
    ],
    [
      'a negated account condition',
      { StringNotEquals: { 'aws:PrincipalAccount': '444455556666' } },
    ],
    ['a source IP', { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }],
  ])('fails when the only condition is %s: it pins no caller', (_, condition) => {
    const finding = judge(
      trust({
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: 'sts:AssumeRole',
        Condition: condition,
      }),
    );
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toBe(
      'Lets any AWS account (its conditions pin no account, organisation or principal) assume the role through statement 1.',
    );
  });

  it.each([
    ['aws:PrincipalOrgID', { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }],
    ['aws:PrincipalAccount', { StringEquals: { 'aws:PrincipalAccount': ACCOUNT } }],
    [
      'aws:PrincipalArn',
      { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/deploy-*` } },
    ],
    ['aws:SourceAccount', { StringEquals: { 'aws:SourceAccount': ACCOUNT } }],
    [
      'aws:SourceArn',
      { ArnEquals: { 'aws:SourceArn': `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/t` } },
    ],
  ])('passes when %s pins the caller', (_, condition) => {
    const finding = judge(
      trust({ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole', Condition: condition }),
    );
    expect(finding.status).toBe('PASS');
    expect(finding.detail).toBe(
      'No statement lets any AWS account or any GitHub repository assume the role.',
    );
  });

  it('passes when a Deny binds every caller outside the organisation', () => {
    const finding = judge(
      trust(
        { Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' },
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 'sts:AssumeRole',
          Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
        },
      ),
    );
    expect(finding.status).toBe('PASS');
  });

  it('fails when the Deny covers another action than the one allowed', () => {
    const finding = judge(
      trust(
        { Effect: 'Allow', Principal: '*', Action: ['sts:AssumeRole', 'sts:AssumeRoleWithSAML'] },
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 'sts:AssumeRole',
          Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
        },
      ),
    );
    expect(finding.status).toBe('FAIL');
  });

  it('passes service and account principals, and sts:TagSession alone for everyone', () => {
    const findings = evaluate([
      role(
        'service',
        trust({
          Effect: 'Allow',
          Principal: { Service: 'ec2.amazonaws.com' },
          Action: 'sts:AssumeRole',
        }),
      ),
      role(
        'account',
        trust({
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::444455556666:root' },
          Action: ['sts:AssumeRole', 'sts:TagSession'],
        }),
      ),
      role('tags', trust({ Effect: 'Allow', Principal: '*', Action: 'sts:TagSession' })),
    ]);
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'PASS', 'PASS']);
  });

  it('fails a wildcard action sts:* for everyone', () => {
    expect(judge(trust({ Effect: 'Allow', Principal: '*', Action: 'sts:*' })).status).toBe('FAIL');
  });
});

describe('iam.role-trust-too-broad: the GitHub OIDC provider', () => {
  const aud = { StringEquals: { [AUD]: 'sts.amazonaws.com' } };

  it("passes the guides' trust: aud sts.amazonaws.com and sub of one repository", () => {
    const finding = judge(
      trust(
        github({
          StringEquals: { [AUD]: 'sts.amazonaws.com' },
          StringLike: { [SUB]: 'repo:octo-org/octo-repo:*' },
        }),
      ),
    );
    expect(finding.status).toBe('PASS');
  });

  it.each([
    ['one branch', 'StringEquals', 'repo:octo-org/octo-repo:ref:refs/heads/main'],
    ['an environment', 'StringLike', 'repo:octo-org/octo-repo:environment:prod'],
    ['two repositories', 'ForAnyValue:StringLike', ['repo:octo-org/a:*', 'repo:octo-org/b:*']],
    ['a "*" read literally under StringEquals', 'StringEquals', 'repo:octo-org/*'],
  ])('passes a sub naming %s', (_, operator, values) => {
    // Both keys under one StringEquals block when the sub operator is StringEquals too.
    const conditions: Record<string, Record<string, unknown>> = {
      StringEquals: { [AUD]: 'sts.amazonaws.com' },
    };
    conditions[operator] = { ...conditions[operator], [SUB]: values };
    const finding = judge(trust(github(conditions)));
    expect(finding.status).toBe('PASS');
  });

  it.each([
    ['repo:octo-org/*', 'any repository of the GitHub owner "octo-org"'],
    ['repo:octo-org/*:*', 'any repository of the GitHub owner "octo-org"'],
    [
      'repo:octo-org/app-*',
      'any repository of the GitHub owner "octo-org" whose name matches "app-*"',
    ],
    ['repo:*', 'any repository on GitHub'],
    ['*', 'any repository on GitHub'],
    ['repo:*/deploy:*', 'a repository named "deploy" of any GitHub owner'],
  ])('fails a StringLike sub of %s, saying who can assume the role', (sub, who) => {
    const finding = judge(
      trust(github({ StringEquals: { [AUD]: 'sts.amazonaws.com' }, StringLike: { [SUB]: sub } })),
    );
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toBe(
      `Lets GitHub Actions workflows of ${who} assume the role through statement 1.`,
    );
  });

  it('fails when any one value of the sub list is broad', () => {
    const finding = judge(
      trust(
        github({
          ...aud,
          StringLike: { [SUB]: ['repo:octo-org/octo-repo:*', 'repo:octo-org/*'] },
        }),
      ),
    );
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toContain('any repository of the GitHub owner "octo-org"');
  });

  it('fails without a sub condition, and a negated sub does not pin it', () => {
    const findings = evaluate([
      role('no-sub', trust(github(aud))),
      role('not-like', trust(github({ ...aud, StringNotLike: { [SUB]: 'repo:evil-org/*' } }))),
    ]);
    expect(findings.map((f) => f.status)).toEqual(['FAIL', 'FAIL']);
    expect(at(findings, 0).detail).toBe(
      'Lets GitHub Actions workflows of any repository on GitHub (no "token.actions.githubusercontent.com:sub" condition) assume the role through statement 1.',
    );
  });

  it('fails a pinned sub without an aud of sts.amazonaws.com', () => {
    const findings = evaluate([
      role('no-aud', trust(github({ StringLike: { [SUB]: 'repo:octo-org/octo-repo:*' } }))),
      role(
        'wild-aud',
        trust(
          github({
            StringLike: { [AUD]: 'sts.*', [SUB]: 'repo:octo-org/octo-repo:*' },
          }),
        ),
      ),
    ]);
    expect(findings.map((f) => f.status)).toEqual(['FAIL', 'FAIL']);
    expect(at(findings, 0).detail).toBe(
      'Lets GitHub Actions tokens of any audience (no "token.actions.githubusercontent.com:aud" condition of "sts.amazonaws.com") assume the role through statement 1.',
    );
  });

  it('passes when Deny statements narrow a broad Allow to one repository and the STS audience', () => {
    const finding = judge(
      trust(
        github({ StringLike: { [SUB]: 'repo:octo-org/*' } }),
        {
          Effect: 'Deny',
          Principal: { Federated: GITHUB },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { StringNotLike: { [SUB]: 'repo:octo-org/octo-repo:*' } },
        },
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 'sts:*',
          Condition: { StringNotEquals: { [AUD]: 'sts.amazonaws.com' } },
        },
      ),
    );
    expect(finding.status).toBe('PASS');
  });

  it('a Deny with a second condition does not narrow (it denies only when both hold)', () => {
    const finding = judge(
      trust(github({ ...aud, StringLike: { [SUB]: 'repo:octo-org/*' } }), {
        Effect: 'Deny',
        Principal: { Federated: GITHUB },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringNotLike: { [SUB]: 'repo:octo-org/octo-repo:*' },
          IpAddress: { 'aws:SourceIp': '203.0.113.0/24' },
        },
      }),
    );
    expect(finding.status).toBe('FAIL');
  });

  it('reads an enterprise issuer (token.actions.githubusercontent.com/SLUG) and its keys', () => {
    const issuer = 'token.actions.githubusercontent.com/acme';
    const finding = judge(
      trust({
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/${issuer}` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: { [`${issuer}:aud`]: 'sts.amazonaws.com' },
          StringLike: { [`${issuer}:sub`]: 'repo:*' },
        },
      }),
    );
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toContain('any repository on GitHub');
  });

  it.each(['*:*', 'repo*', '*/*:*', '*repo:*'])(
    'FAILs a wildcard sub "%s" that matches every repository though it does not start repo:OWNER',
    (pattern) => {
      const finding = judge(trust(github({ ...aud, StringLike: { [SUB]: pattern } })));
      expect(finding.status).toBe('FAIL');
      expect(finding.detail).toContain('any repository on GitHub');
    },
  );

  it('is UNKNOWN on a wildcard sub in a format it does not read', () => {
    const finding = judge(
      trust(github({ ...aud, StringLike: { [SUB]: 'repository_owner_id:1234:*' } })),
    );
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.detail).toBe(
      'Could not be assessed: statement 1 admits a subject pattern "repository_owner_id:1234:*" in a format the check does not read.',
    );
  });
});

describe('iam.role-trust-too-broad: what cannot be read', () => {
  it('is UNKNOWN, never PASS, for a role saved without its trust policy', () => {
    const finding = judge(undefined);
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.detail).toBe(
      'Could not be assessed: the trust policy was not collected (the inventory predates it).',
    );
  });

  it('is UNKNOWN for a trust policy that is not JSON', () => {
    const finding = judge('%7Bnot json');
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.detail).toContain('MalformedPolicyDocument');
  });

  it('gives one UNKNOWN when GetAccountAuthorizationDetails failed', () => {
    const failure = denied('iam:GetAccountAuthorizationDetails');
    const findings = [
      ...rule.evaluate(
        inventoryOf(
          { 'us-east-1': {} },
          { iam: { roles: failure, users: failure, groups: failure, managedPolicies: failure } },
        ),
        context,
      ),
    ];
    expect(findings.map((f) => f.status)).toEqual(['UNKNOWN']);
  });
});

describe('iam.role-trust-too-broad on inventories saved by 0.1.0 (no trust policies)', () => {
  it.each(['demo', 'moto'])('is UNKNOWN, never PASS, for every role of the %s fixture', (name) => {
    const path = `test/fixtures/inventories/${name}-0.1.0.json`;
    const inventory = parseSavedInventory(readFileSync(path, 'utf8'), path);
    const findings = [...rule.evaluate(inventory, context)];
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.status))).toEqual(new Set(['UNKNOWN']));
    expect(findings.every((f) => f.resourceType === 'AWS::IAM::Role')).toBe(true);
  });
});
