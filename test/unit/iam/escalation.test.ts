import type {
  IamGroup,
  IamInventory,
  IamManagedPolicy,
  IamRole,
  IamUser,
} from '../../../src/model/iam.js';
import type { Finding } from '../../../src/model/results.js';
import { iamRules } from '../../../src/rules/iam.js';
import type { EvalContext } from '../../../src/rules/kit.js';
import { applyScope } from '../../../src/rules/scope.js';
import { ACCOUNT, at, denied, inventoryOf, ok, ruleById } from '../ec2/fixtures.js';

/**
 * iam.privilege-escalation on policies shaped as GetAccountAuthorizationDetails returns them,
 * each path written from Rhino Security Labs' "AWS IAM Privilege Escalation - Methods and
 * Mitigation" (2018).
 */

const context: EvalContext = { now: new Date('2026-11-01T00:00:00Z'), minAgeDays: 30 };
const rule = ruleById(iamRules, 'iam.privilege-escalation');

const doc = (...statements: object[]): string =>
  encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: statements }));
const allow = (action: string | string[], resource: string | string[] = '*', extra = {}) => ({
  Effect: 'Allow',
  Action: action,
  Resource: resource,
  ...extra,
});

const ROLES = `arn:aws:iam::${ACCOUNT}:role`;
const USERS = `arn:aws:iam::${ACCOUNT}:user`;

const ADMINISTRATOR_ACCESS: IamManagedPolicy = {
  arn: 'arn:aws:iam::aws:policy/AdministratorAccess',
  name: 'AdministratorAccess',
  awsManaged: true,
  document: ok(
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
  ),
};

function user(name: string, statements: object[], overrides: Partial<IamUser> = {}): IamUser {
  return {
    name,
    arn: `${USERS}/${name}`,
    path: '/',
    tags: {},
    inlinePolicies: statements.length > 0 ? [{ name: 'p', document: doc(...statements) }] : [],
    attachedPolicyArns: [],
    groups: [],
    ...overrides,
  };
}

function role(name: string, statements: object[], overrides: Partial<IamRole> = {}): IamRole {
  return {
    name,
    arn: `${ROLES}/${name}`,
    path: '/',
    tags: {},
    inlinePolicies: statements.length > 0 ? [{ name: 'p', document: doc(...statements) }] : [],
    attachedPolicyArns: [],
    ...overrides,
  };
}

function group(name: string, statements: object[]): IamGroup {
  return {
    name,
    arn: `arn:aws:iam::${ACCOUNT}:group/${name}`,
    path: '/',
    inlinePolicies: [{ name: 'g', document: doc(...statements) }],
    attachedPolicyArns: [],
  };
}

interface Lists {
  roles?: IamRole[];
  users?: IamUser[];
  groups?: IamGroup[];
  managedPolicies?: IamManagedPolicy[];
}

function evaluate(lists: Lists): Finding[] {
  const part: IamInventory = {
    roles: ok(lists.roles ?? []),
    users: ok(lists.users ?? []),
    groups: ok(lists.groups ?? []),
    managedPolicies: ok(lists.managedPolicies ?? []),
  };
  return [...rule.evaluate(inventoryOf({ 'us-east-1': {} }, { iam: part }), context)];
}

const byName = (findings: Finding[]) =>
  Object.fromEntries(findings.map((f) => [f.resourceName, f.status]));
const find = (findings: Finding[], name: string): Finding =>
  at(
    findings.filter((f) => f.resourceName === name),
    0,
  );
/** The one user `u`'s result for these statements. */
const judge = (...statements: object[]): Finding =>
  find(evaluate({ users: [user('u', statements)] }), 'u');

describe('iam.privilege-escalation: single-action paths', () => {
  it('fails iam:CreatePolicyVersion on "*", naming the path, the method and the statement', () => {
    const finding = judge({ Sid: 'Versions', ...allow('iam:CreatePolicyVersion') });
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toBe(
      'Allows the privilege-escalation path iam:CreatePolicyVersion (Rhino Security Labs method 1): iam:CreatePolicyVersion through inline policy "p" of user "u", statement "Versions".',
    );
    expect(finding.resourceType).toBe('AWS::IAM::User');
    expect(finding.region).toBe('global');
  });

  it.each([
    ['iam:SetDefaultPolicyVersion', `arn:aws:iam::${ACCOUNT}:policy/*`, 2],
    ['iam:AttachUserPolicy', `${USERS}/u`, 7],
    ['iam:AttachGroupPolicy', `arn:aws:iam::${ACCOUNT}:group/*`, 8],
    ['iam:AttachRolePolicy', `${ROLES}/*`, 9],
    ['iam:PutUserPolicy', '*', 10],
    ['iam:PutGroupPolicy', '*', 11],
    ['iam:PutRolePolicy', `arn:aws:iam::*:role/app`, 12],
    ['iam:AddUserToGroup', `arn:aws:iam::${ACCOUNT}:group/admins`, 13],
    ['iam:CreateLoginProfile', `${USERS}/*`, 5],
    ['iam:UpdateLoginProfile', `${USERS}/bob`, 6],
    ['lambda:UpdateFunctionCode', `arn:aws:lambda:us-east-1:${ACCOUNT}:function:f`, 17],
    ['glue:UpdateDevEndpoint', '*', 19],
  ])('fails %s on %s (method %d)', (action, resource, method) => {
    const finding = judge(allow(action, resource));
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toContain(`(Rhino Security Labs method ${method})`);
  });

  it.each([
    ['iam:*', 1],
    ['iam:Put*', 10],
    ['*Policy', 7],
    ['IAM:createpolicyversion', 1],
  ])('reads the wildcard or case of action %s', (action, method) => {
    const finding = judge(allow(action));
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toContain(`(Rhino Security Labs method ${method})`);
  });

  it('reads NotAction: everything but S3 includes iam:CreatePolicyVersion', () => {
    const finding = judge({ Effect: 'Allow', NotAction: 's3:*', Resource: '*' });
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toContain('method 1');
  });

  it('passes IAM actions whose resources are of another type or account, or AWS managed', () => {
    const finding = judge(
      allow('iam:AttachUserPolicy', `${ROLES}/*`),
      allow('iam:CreatePolicyVersion', 'arn:aws:iam::aws:policy/*'),
      allow('iam:PutRolePolicy', 'arn:aws:iam::444455556666:role/*'),
    );
    expect(finding.status).toBe('PASS');
    expect(finding.detail).toBe('No known privilege-escalation path is allowed (1 policy read).');
  });
});

describe('iam.privilege-escalation: credentials of other users', () => {
  it.each([
    ['its own ARN', `${USERS}/u`],
    ['${aws:username}', 'arn:aws:iam::*:user/${aws:username}'],
    ['${aws:username} under any path', `arn:aws:iam::${ACCOUNT}:user/*/\${aws:username}`],
    ['its own name in any account', 'arn:aws:iam::*:user/u'],
  ])('passes iam:CreateAccessKey on %s (self-service)', (_, resource) => {
    expect(judge(allow(['iam:CreateAccessKey', 'iam:UpdateLoginProfile'], resource)).status).toBe(
      'PASS',
    );
  });

  it.each([
    ['every user', `${USERS}/*`],
    ['another named user', `${USERS}/admin`],
    ['a name pattern that takes in others', `${USERS}/u*`],
    ['"*"', '*'],
  ])('fails iam:CreateAccessKey on %s', (_, resource) => {
    const finding = judge(allow('iam:CreateAccessKey', resource));
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toContain('method 4');
  });
});

describe('iam.privilege-escalation: paths of several actions', () => {
  it('fails iam:PassRole with ec2:RunInstances granted by the user and its group', () => {
    const findings = evaluate({
      users: [user('dev', [allow('ec2:RunInstances')], { groups: ['ops'] })],
      groups: [group('ops', [{ Sid: 'Pass', ...allow('iam:PassRole', `${ROLES}/*`) }])],
    });
    expect(find(findings, 'dev').detail).toBe(
      'Allows the privilege-escalation path iam:PassRole + ec2:RunInstances (Rhino Security Labs method 3): iam:PassRole through inline policy "g" of group "ops", statement "Pass"; ec2:RunInstances through inline policy "p" of user "dev", statement 1.',
    );
    // The group alone has PassRole without RunInstances.
    expect(byName(findings)).toEqual({ dev: 'FAIL', ops: 'PASS' });
  });

  it('needs every action of a path', () => {
    expect(judge(allow(['iam:PassRole', 'lambda:CreateFunction'])).status).toBe('PASS');
    expect(judge(allow('iam:UpdateAssumeRolePolicy', `${ROLES}/*`)).status).toBe('PASS');
    expect(
      judge(allow(['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'])).detail,
    ).toContain('method 15');
    expect(
      judge(allow(['iam:PassRole', 'lambda:CreateFunction', 'lambda:CreateEventSourceMapping']))
        .detail,
    ).toContain('method 16');
    expect(
      judge(allow(['iam:UpdateAssumeRolePolicy', 'sts:AssumeRole'], `${ROLES}/*`)).detail,
    ).toContain('method 14');
    expect(judge(allow(['iam:PassRole', 'glue:CreateDevEndpoint'])).detail).toContain('method 18');
    expect(judge(allow(['iam:PassRole', 'cloudformation:CreateStack'])).detail).toContain(
      'method 20',
    );
    expect(
      judge(
        allow([
          'iam:PassRole',
          'datapipeline:CreatePipeline',
          'datapipeline:PutPipelineDefinition',
        ]),
      ).detail,
    ).toContain('method 21');
  });

  it('reads iam:PassedToService: a role passed only to Lambda opens no EC2 path', () => {
    const toLambda = {
      ...allow('iam:PassRole', `${ROLES}/app-*`),
      Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } },
    };
    expect(judge(toLambda, allow('ec2:RunInstances')).status).toBe('PASS');
    expect(
      judge(toLambda, allow(['lambda:CreateFunction', 'lambda:InvokeFunction'])).detail,
    ).toContain('method 15');
  });

  it('counts iam:PassRole on a named role only when that role is a full administrator', () => {
    const findings = evaluate({
      roles: [
        role('worker', [allow('s3:GetObject', 'arn:aws:s3:::b/*')]),
        role('admin', [], { attachedPolicyArns: [ADMINISTRATOR_ACCESS.arn] }),
      ],
      users: [
        user('narrow', [allow('iam:PassRole', `${ROLES}/worker`), allow('ec2:RunInstances')]),
        user('to-admin', [allow('iam:PassRole', `${ROLES}/admin`), allow('ec2:RunInstances')]),
        user('to-unknown', [allow('iam:PassRole', `${ROLES}/gone`), allow('ec2:RunInstances')]),
      ],
      managedPolicies: [ADMINISTRATOR_ACCESS],
    });
    // The full administrator itself is left to iam.full-admin.
    expect(byName(findings)).toEqual({
      worker: 'PASS',
      narrow: 'PASS',
      'to-admin': 'FAIL',
      'to-unknown': 'PASS',
    });
  });

  it('counts iam:PassRole on an administrator role that exclude-tags or environment leave out of scope', () => {
    // The pipeline scopes the inventory before the rules: a role left out is not judged itself,
    // but it is still a role of the account that the user can pass.
    const part: IamInventory = {
      roles: ok([
        role('admin', [], {
          attachedPolicyArns: [ADMINISTRATOR_ACCESS.arn],
          tags: { Environment: 'shared' },
        }),
      ]),
      users: ok([
        user('to-admin', [allow('iam:PassRole', `${ROLES}/admin`), allow('ec2:RunInstances')], {
          tags: { Environment: 'production' },
        }),
      ]),
      groups: ok([]),
      managedPolicies: ok([ADMINISTRATOR_ACCESS]),
    };
    const { inventory } = applyScope(inventoryOf({ 'us-east-1': {} }, { iam: part }), {
      excludeTags: [],
      environment: 'production',
    });

    const findings = [...rule.evaluate(inventory, context)];

    expect(byName(findings)).toEqual({ 'to-admin': 'FAIL' });
    expect(find(findings, 'to-admin').detail).toContain('iam:PassRole + ec2:RunInstances');
  });

  it('counts iam:PassRole on a role pattern with a wildcard in its account field', () => {
    // arn:aws:iam::*:role/admin matches the account's own role admin, a full administrator.
    const findings = evaluate({
      roles: [role('admin', [], { attachedPolicyArns: [ADMINISTRATOR_ACCESS.arn] })],
      users: [
        user('any-account', [
          allow('iam:PassRole', 'arn:aws:iam::*:role/admin'),
          allow('ec2:RunInstances'),
        ]),
      ],
      managedPolicies: [ADMINISTRATOR_ACCESS],
    });

    expect(byName(findings)).toEqual({ 'any-account': 'FAIL' });
  });

  it('is UNKNOWN when the named role iam:PassRole reaches cannot be read', () => {
    const findings = evaluate({
      roles: [role('opaque', [], { attachedPolicyArns: ['arn:aws:iam::aws:policy/Gone'] })],
      users: [user('u', [allow('iam:PassRole', `${ROLES}/opaque`), allow('ec2:RunInstances')])],
      managedPolicies: [
        {
          arn: 'arn:aws:iam::aws:policy/Gone',
          name: 'Gone',
          awsManaged: true,
          document: denied('iam:GetPolicyVersion'),
        },
      ],
    });
    const finding = find(findings, 'u');
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.detail).toBe(
      `Could not be assessed: iam:PassRole reaches role "${ROLES}/opaque", whose policies could not be read.`,
    );
  });
});

describe('iam.privilege-escalation: explicit denies', () => {
  it('an unconditional Deny of the action on every resource removes the path, in any policy', () => {
    const findings = evaluate({
      users: [
        user('same-policy', [
          allow('iam:CreatePolicyVersion'),
          { Effect: 'Deny', Action: 'iam:CreatePolicyVersion', Resource: '*' },
        ]),
        user('through-group', [allow('iam:CreatePolicyVersion')], { groups: ['guard'] }),
        user('conditional', [
          allow('iam:CreatePolicyVersion'),
          {
            Effect: 'Deny',
            Action: 'iam:*',
            Resource: '*',
            Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
          },
        ]),
        user('some-resources', [
          allow('iam:CreatePolicyVersion'),
          {
            Effect: 'Deny',
            Action: 'iam:CreatePolicyVersion',
            Resource: `arn:aws:iam::${ACCOUNT}:policy/guarded`,
          },
        ]),
      ],
      groups: [group('guard', [{ Effect: 'Deny', Action: 'iam:Create*', Resource: '*' }])],
    });
    expect(byName(findings)).toEqual({
      'same-policy': 'PASS',
      'through-group': 'PASS',
      conditional: 'FAIL',
      'some-resources': 'FAIL',
      guard: 'PASS',
    });
  });

  it('a Deny of one action of a path removes the whole path', () => {
    const finding = judge(allow(['iam:PassRole', 'ec2:RunInstances']), {
      Effect: 'Deny',
      Action: 'iam:PassRole',
      Resource: `${ROLES}/*`,
    });
    expect(finding.status).toBe('PASS');
  });
});

describe('iam.privilege-escalation: full administrators and unreadable policies', () => {
  it('leaves full administrators to iam.full-admin: no result for them', () => {
    const findings = evaluate({
      roles: [role('admin', [], { attachedPolicyArns: [ADMINISTRATOR_ACCESS.arn] })],
      users: [user('reader', [allow(['s3:GetObject', 'ec2:Describe*'])])],
      managedPolicies: [ADMINISTRATOR_ACCESS],
    });
    expect(byName(findings)).toEqual({ reader: 'PASS' });
  });

  it('is UNKNOWN, never PASS, when a policy could not be read, naming the call', () => {
    const findings = evaluate({
      roles: [
        role('r', [allow('s3:GetObject')], {
          attachedPolicyArns: ['arn:aws:iam::aws:policy/IAMFullAccess'],
        }),
      ],
      managedPolicies: [
        {
          arn: 'arn:aws:iam::aws:policy/IAMFullAccess',
          name: 'IAMFullAccess',
          awsManaged: true,
          document: denied('iam:GetPolicyVersion'),
        },
      ],
    });
    const finding = find(findings, 'r');
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.detail).toContain('iam:GetPolicyVersion');
  });

  it('fails on a readable path even when another policy could not be read', () => {
    const findings = evaluate({
      users: [
        user('u', [allow('iam:AttachUserPolicy')], {
          attachedPolicyArns: ['arn:aws:iam::aws:policy/Gone'],
        }),
      ],
    });
    expect(find(findings, 'u').status).toBe('FAIL');
  });

  it('is UNKNOWN when the user is in a group the listing lacks', () => {
    const findings = evaluate({
      users: [user('u', [allow('s3:GetObject')], { groups: ['ghost'] })],
    });
    expect(find(findings, 'u').status).toBe('UNKNOWN');
    expect(find(findings, 'u').detail).toBe(
      'Could not be assessed: group "ghost" is not in the collected IAM data.',
    );
  });
});
