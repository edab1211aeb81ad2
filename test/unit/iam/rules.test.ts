import type {
  IamGroup,
  IamInventory,
  IamManagedPolicy,
  IamRole,
  IamUser,
} from '../../../src/model/iam.js';
import type { Fetched } from '../../../src/model/inventory.js';
import { iamRules } from '../../../src/rules/iam.js';
import type { EvalContext, Rule } from '../../../src/rules/kit.js';
import type { Finding } from '../../../src/model/results.js';
import { ACCOUNT, at, denied, inventoryOf, ok, ruleById } from '../ec2/fixtures.js';

const context: EvalContext = { now: new Date('2026-11-01T00:00:00Z'), minAgeDays: 30 };
const rule = (id: string): Rule => ruleById(iamRules, id);

const doc = (...statements: object[]): string =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });
/** How IAM returns inline policies and GAAD policy versions. */
const urlEncoded = (text: string): string => encodeURIComponent(text);

/** AWS-managed AdministratorAccess, default version v1, as GetPolicyVersion returns it. */
const ADMINISTRATOR_ACCESS: IamManagedPolicy = {
  arn: 'arn:aws:iam::aws:policy/AdministratorAccess',
  name: 'AdministratorAccess',
  awsManaged: true,
  document: ok(
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
  ),
};

/** AWS-managed PowerUserAccess: NotAction, everything but IAM and Organizations. */
const POWER_USER_ACCESS: IamManagedPolicy = {
  arn: 'arn:aws:iam::aws:policy/PowerUserAccess',
  name: 'PowerUserAccess',
  awsManaged: true,
  document: ok(
    doc(
      { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' },
      { Effect: 'Allow', Action: ['iam:CreateServiceLinkedRole', 'iam:ListRoles'], Resource: '*' },
    ),
  ),
};

const READ_ONLY_ACCESS: IamManagedPolicy = {
  arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
  name: 'ReadOnlyAccess',
  awsManaged: true,
  document: ok(doc({ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' })),
};

const customer = (name: string, document: string): IamManagedPolicy => ({
  arn: `arn:aws:iam::${ACCOUNT}:policy/${name}`,
  name,
  awsManaged: false,
  document: ok(document),
});

function role(name: string, overrides: Partial<IamRole> = {}): IamRole {
  return {
    name,
    arn: `arn:aws:iam::${ACCOUNT}:role/${name}`,
    path: '/',
    tags: {},
    inlinePolicies: [],
    attachedPolicyArns: [],
    ...overrides,
  };
}

function user(name: string, overrides: Partial<IamUser> = {}): IamUser {
  return {
    name,
    arn: `arn:aws:iam::${ACCOUNT}:user/${name}`,
    path: '/',
    tags: {},
    inlinePolicies: [],
    attachedPolicyArns: [],
    groups: [],
    ...overrides,
  };
}

function group(name: string, overrides: Partial<IamGroup> = {}): IamGroup {
  return {
    name,
    arn: `arn:aws:iam::${ACCOUNT}:group/${name}`,
    path: '/',
    inlinePolicies: [],
    attachedPolicyArns: [],
    ...overrides,
  };
}

/** The lists one successful GetAccountAuthorizationDetails listing gave. */
interface IamLists {
  roles?: IamRole[];
  users?: IamUser[];
  groups?: IamGroup[];
  managedPolicies?: IamManagedPolicy[];
}

function iam(lists: IamLists): IamInventory {
  return {
    roles: ok(lists.roles ?? []),
    users: ok(lists.users ?? []),
    groups: ok(lists.groups ?? []),
    managedPolicies: ok(lists.managedPolicies ?? []),
  };
}

/** A failed GetAccountAuthorizationDetails: all four lists carry its failure. */
function iamListingFailed(failure: Fetched<never>): IamInventory {
  return { roles: failure, users: failure, groups: failure, managedPolicies: failure };
}

const evaluate = (id: string, part: IamInventory): Finding[] => [
  ...rule(id).evaluate(inventoryOf({ 'us-east-1': {} }, { iam: part }), context),
];

const statuses = (findings: Finding[]) =>
  Object.fromEntries(findings.map((f) => [f.resourceName ?? f.resourceId, f.status]));
const find = (findings: Finding[], name: string): Finding =>
  at(
    findings.filter((f) => f.resourceName === name),
    0,
  );

describe('iam.full-admin', () => {
  const policies = [ADMINISTRATOR_ACCESS, POWER_USER_ACCESS, READ_ONLY_ACCESS];

  it('fails AWS-managed AdministratorAccess, inline and customer-managed admin; not PowerUserAccess', () => {
    const findings = evaluate(
      'iam.full-admin',
      iam({
        roles: [
          role('aws-admin', { attachedPolicyArns: [ADMINISTRATOR_ACCESS.arn] }),
          role('power', { attachedPolicyArns: [POWER_USER_ACCESS.arn] }),
          role('inline-admin', {
            inlinePolicies: [
              {
                name: 'everything',
                document: urlEncoded(
                  doc({ Sid: 'Ops', Effect: 'Allow', Action: ['*'], Resource: ['*'] }),
                ),
              },
            ],
          }),
          role('scoped-star', {
            inlinePolicies: [
              {
                name: 'bucket',
                document: doc({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b/*' }),
              },
            ],
          }),
          role('denied-star', {
            inlinePolicies: [
              { name: 'deny', document: doc({ Effect: 'Deny', Action: '*', Resource: '*' }) },
            ],
          }),
          role('reader', { attachedPolicyArns: [READ_ONLY_ACCESS.arn] }),
        ],
        managedPolicies: policies,
      }),
    );
    expect(statuses(findings)).toEqual({
      'aws-admin': 'FAIL',
      power: 'PASS',
      'inline-admin': 'FAIL',
      'scoped-star': 'PASS',
      'denied-star': 'PASS',
      reader: 'PASS',
    });
    expect(find(findings, 'aws-admin').detail).toBe(
      'Allows Action "*" on Resource "*" through AWS managed policy "AdministratorAccess", statement 1.',
    );
    expect(find(findings, 'inline-admin').detail).toContain(
      'inline policy "everything" of role "inline-admin", statement "Ops"',
    );
    expect(find(findings, 'aws-admin')).toMatchObject({
      region: 'global',
      resourceId: `arn:aws:iam::${ACCOUNT}:role/aws-admin`,
      resourceType: 'AWS::IAM::Role',
    });
  });

  it("judges a user through its groups' inline and managed policies, and the groups themselves", () => {
    const findings = evaluate(
      'iam.full-admin',
      iam({
        users: [user('alice', { groups: ['admins'] }), user('bob', { groups: ['readers'] })],
        groups: [
          group('admins', { attachedPolicyArns: [ADMINISTRATOR_ACCESS.arn] }),
          group('readers', {
            inlinePolicies: [
              {
                name: 'read',
                document: doc({ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }),
              },
            ],
          }),
        ],
        managedPolicies: policies,
      }),
    );
    expect(findings.map((f) => [f.resourceType, f.resourceName, f.status])).toEqual([
      ['AWS::IAM::User', 'alice', 'FAIL'],
      ['AWS::IAM::User', 'bob', 'PASS'],
      ['AWS::IAM::Group', 'admins', 'FAIL'],
      ['AWS::IAM::Group', 'readers', 'PASS'],
    ]);
    expect(find(findings, 'alice').detail).toContain(
      'AWS managed policy "AdministratorAccess" (through group "admins")',
    );
    expect(find(findings, 'bob').detail).toContain('(1 policy read)');
  });

  it('counts "*:*" as every action and reads a single Statement object', () => {
    const findings = evaluate(
      'iam.full-admin',
      iam({
        roles: [
          role('colon', {
            inlinePolicies: [
              {
                name: 'p',
                document: JSON.stringify({
                  Statement: { Effect: 'Allow', Action: '*:*', Resource: '*' },
                }),
              },
            ],
          }),
        ],
      }),
    );
    expect(statuses(findings)).toEqual({ colon: 'FAIL' });
  });

  it('is UNKNOWN, never PASS, when an attached AWS-managed policy could not be read', () => {
    const unreadable: IamManagedPolicy = {
      ...ADMINISTRATOR_ACCESS,
      document: denied('iam:GetPolicyVersion'),
    };
    const findings = evaluate(
      'iam.full-admin',
      iam({
        roles: [
          role('unread', { attachedPolicyArns: [unreadable.arn] }),
          role('unread-but-admin', {
            attachedPolicyArns: [unreadable.arn],
            inlinePolicies: [
              { name: 'x', document: doc({ Effect: 'Allow', Action: '*', Resource: '*' }) },
            ],
          }),
        ],
        managedPolicies: [unreadable],
      }),
    );
    expect(statuses(findings)).toEqual({ unread: 'UNKNOWN', 'unread-but-admin': 'FAIL' });
    expect(find(findings, 'unread').failedCall).toEqual({
      operation: 'iam:GetPolicyVersion',
      code: 'AccessDenied',
      permission: 'iam:GetPolicyVersion',
    });
  });

  it('counts an Allow with NotResource as every resource, and says NotResource', () => {
    const findings = evaluate(
      'iam.full-admin',
      iam({
        roles: [
          role('not-resource', {
            inlinePolicies: [
              {
                name: 'most',
                document: doc({
                  Effect: 'Allow',
                  Action: '*',
                  NotResource: 'arn:aws:s3:::vault/*',
                }),
              },
            ],
          }),
        ],
      }),
    );
    expect(find(findings, 'not-resource')).toMatchObject({
      status: 'FAIL',
      detail:
        'Allows Action "*" on every resource except "arn:aws:s3:::vault/*" (NotResource) through inline policy "most" of role "not-resource", statement 1.',
    });
  });

  it('is UNKNOWN, never PASS, when an attached policy or a group is not in the inventory', () => {
    const gone = `arn:aws:iam::${ACCOUNT}:policy/gone`;
    const findings = evaluate(
      'iam.full-admin',
      iam({
        roles: [
          role('lost-policy', { attachedPolicyArns: [gone] }),
          role('lost-but-admin', {
            attachedPolicyArns: [gone],
            inlinePolicies: [
              { name: 'x', document: doc({ Effect: 'Allow', Action: '*', Resource: '*' }) },
            ],
          }),
        ],
        users: [user('orphan', { groups: ['vanished'] })],
      }),
    );
    expect(statuses(findings)).toEqual({
      'lost-policy': 'UNKNOWN',
      'lost-but-admin': 'FAIL',
      orphan: 'UNKNOWN',
    });
    expect(find(findings, 'lost-policy')).toEqual({
      region: 'global',
      resourceId: `arn:aws:iam::${ACCOUNT}:role/lost-policy`,
      resourceArn: `arn:aws:iam::${ACCOUNT}:role/lost-policy`,
      resourceName: 'lost-policy',
      resourceType: 'AWS::IAM::Role',
      status: 'UNKNOWN',
      detail: `Could not be assessed: managed policy "${gone}" is not in the collected IAM data.`,
      evidence: { unreadable: [`managed policy "${gone}"`], policiesRead: 0 },
    });
    expect(find(findings, 'orphan')).toMatchObject({
      detail: 'Could not be assessed: group "vanished" is not in the collected IAM data.',
      evidence: { unreadable: ['group "vanished"'], policiesRead: 0 },
    });
    expect(find(findings, 'orphan').failedCall).toBeUndefined();
  });

  it('names the failed call when one policy is denied and another is not in the inventory', () => {
    const unreadable: IamManagedPolicy = {
      ...ADMINISTRATOR_ACCESS,
      document: denied('iam:GetPolicyVersion'),
    };
    const findings = evaluate(
      'iam.full-admin',
      iam({
        users: [user('both', { groups: ['vanished'], attachedPolicyArns: [unreadable.arn] })],
        managedPolicies: [unreadable],
      }),
    );
    expect(find(findings, 'both')).toMatchObject({
      status: 'UNKNOWN',
      failedCall: { operation: 'iam:GetPolicyVersion' },
      evidence: {
        unreadable: ['AWS managed policy "AdministratorAccess"', 'group "vanished"'],
        policiesRead: 0,
      },
    });
  });

  it('is UNKNOWN for a policy document that is not JSON', () => {
    const findings = evaluate(
      'iam.full-admin',
      iam({
        roles: [role('broken', { inlinePolicies: [{ name: 'bad', document: '%7Bnot json' }] })],
      }),
    );
    expect(find(findings, 'broken')).toMatchObject({
      status: 'UNKNOWN',
      failedCall: { code: 'MalformedPolicyDocument' },
    });
  });

  it('gives one account-level UNKNOWN under global when GetAccountAuthorizationDetails failed', () => {
    const findings = evaluate(
      'iam.full-admin',
      iamListingFailed(denied('iam:GetAccountAuthorizationDetails')),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        status: 'UNKNOWN',
        region: 'global',
        resourceId: ACCOUNT,
        resourceType: 'AWS::::Account',
        failedCall: {
          operation: 'iam:GetAccountAuthorizationDetails',
          code: 'AccessDenied',
          permission: 'iam:GetAccountAuthorizationDetails',
        },
      }),
    ]);
  });
});

describe('iam.wildcard-actions', () => {
  it('fails service-wide wildcards and NotAction in inline and customer-managed policies only', () => {
    const s3All = customer(
      's3-all',
      urlEncoded(
        doc({ Effect: 'Allow', Action: ['s3:GetObject', 's3:*'], Resource: 'arn:aws:s3:::data/*' }),
      ),
    );
    const findings = evaluate(
      'iam.wildcard-actions',
      iam({
        roles: [
          role('service-wide', { attachedPolicyArns: [s3All.arn] }),
          role('not-action', {
            inlinePolicies: [
              {
                name: 'most',
                document: doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }),
              },
            ],
          }),
          role('middle-wildcards', {
            inlinePolicies: [
              {
                name: 'narrow',
                document: doc({
                  Effect: 'Allow',
                  Action: ['ec2:Describe*Instances', 's3:Put*Tagging', 'iam:Pass?ole'],
                  Resource: '*',
                }),
              },
            ],
          }),
          role('aws-managed-only', {
            attachedPolicyArns: [POWER_USER_ACCESS.arn, ADMINISTRATOR_ACCESS.arn],
          }),
          role('inline-admin', {
            inlinePolicies: [
              { name: 'all', document: doc({ Effect: 'Allow', Action: '*', Resource: '*' }) },
            ],
          }),
          role('scoped-star', {
            inlinePolicies: [
              {
                name: 'bucket',
                document: doc({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b' }),
              },
            ],
          }),
          role('deny-wide', {
            inlinePolicies: [
              { name: 'guard', document: doc({ Effect: 'Deny', Action: 's3:*', Resource: '*' }) },
            ],
          }),
        ],
        managedPolicies: [s3All, POWER_USER_ACCESS, ADMINISTRATOR_ACCESS],
      }),
    );
    expect(statuses(findings)).toEqual({
      'service-wide': 'FAIL',
      'not-action': 'FAIL',
      'middle-wildcards': 'PASS',
      'aws-managed-only': 'PASS',
      'inline-admin': 'PASS',
      'scoped-star': 'FAIL',
      'deny-wide': 'PASS',
    });
    expect(find(findings, 'service-wide').detail).toBe(
      'Allows the wildcard action(s) "s3:*" through customer managed policy "s3-all", statement 1.',
    );
    expect(find(findings, 'not-action').detail).toContain(
      'every action except "iam:*" (NotAction)',
    );
  });

  it('passes when the only unreadable policy is AWS-managed, which it does not judge', () => {
    const unreadable: IamManagedPolicy = {
      ...POWER_USER_ACCESS,
      document: denied('iam:GetPolicy'),
    };
    const findings = evaluate(
      'iam.wildcard-actions',
      iam({
        roles: [role('r', { attachedPolicyArns: [unreadable.arn] })],
        managedPolicies: [unreadable],
      }),
    );
    expect(statuses(findings)).toEqual({ r: 'PASS' });
  });

  it('is UNKNOWN when a customer policy is not in the inventory; a missing AWS one is not read', () => {
    const findings = evaluate(
      'iam.wildcard-actions',
      iam({
        roles: [
          role('lost-customer', { attachedPolicyArns: [`arn:aws:iam::${ACCOUNT}:policy/gone`] }),
          role('lost-aws', { attachedPolicyArns: [POWER_USER_ACCESS.arn] }),
        ],
      }),
    );
    expect(statuses(findings)).toEqual({ 'lost-customer': 'UNKNOWN', 'lost-aws': 'PASS' });
  });

  it('skips an Allow with NotAction "*", which grants nothing', () => {
    const findings = evaluate(
      'iam.wildcard-actions',
      iam({
        roles: [
          role('nothing', {
            inlinePolicies: [
              {
                name: 'n',
                document: doc(
                  { Effect: 'Allow', NotAction: '*', Resource: '*' },
                  { Effect: 'Allow', NotAction: ['*:*'], Resource: 'arn:aws:s3:::b' },
                ),
              },
            ],
          }),
        ],
      }),
    );
    expect(find(findings, 'nothing')).toMatchObject({
      status: 'PASS',
      detail:
        'No inline or customer managed policy allows a service-wide wildcard action (1 policy read).',
    });
  });

  it('names every hit in the evidence, by Sid or index', () => {
    const findings = evaluate(
      'iam.wildcard-actions',
      iam({
        users: [
          user('dev', {
            inlinePolicies: [
              {
                name: 'dev',
                document: doc(
                  {
                    Sid: 'Data',
                    Effect: 'Allow',
                    Action: 'dynamodb:*',
                    Resource: 'arn:aws:dynamodb:*:*:table/t',
                  },
                  { Effect: 'Allow', Action: ['sqs:*', 'sns:*'], Resource: 'arn:aws:sqs:*:*:q' },
                ),
              },
            ],
          }),
        ],
      }),
    );
    const finding = at(findings, 0);
    expect(finding.detail).toContain('1 more statement(s) in the evidence');
    expect(finding.evidence?.statements).toEqual([
      {
        policy: 'inline policy "dev" of user "dev"',
        statement: 'statement "Data"',
        allows: 'the wildcard action(s) "dynamodb:*"',
      },
      {
        policy: 'inline policy "dev" of user "dev"',
        statement: 'statement 2',
        allows: 'the wildcard action(s) "sqs:*", "sns:*"',
      },
    ]);
  });
});

describe('iam.wildcard-resources', () => {
  it('fails non-read-only actions on Resource "*", with Action and Condition as string or list', () => {
    const findings = evaluate(
      'iam.wildcard-resources',
      iam({
        roles: [
          role('writer', {
            inlinePolicies: [
              {
                name: 'w',
                document: urlEncoded(
                  doc({
                    Effect: 'Allow',
                    Action: 's3:PutObject',
                    Resource: '*',
                    Condition: {
                      StringEquals: { 'aws:RequestedRegion': ['eu-west-1', 'us-east-1'] },
                    },
                  }),
                ),
              },
            ],
          }),
          role('reader', {
            inlinePolicies: [
              {
                name: 'r',
                document: doc({
                  Effect: 'Allow',
                  Action: [
                    'ec2:Describe*',
                    's3:ListAllMyBuckets',
                    'dynamodb:BatchGetItem',
                    's3:Get*Tagging',
                    's3:HeadObject',
                  ],
                  Resource: ['*'],
                  Condition: { Bool: { 'aws:SecureTransport': 'true' } },
                }),
              },
            ],
          }),
          role('prefix-not-a-verb', {
            inlinePolicies: [
              { name: 'g', document: doc({ Effect: 'Allow', Action: 's3:G*', Resource: '*' }) },
            ],
          }),
          role('scoped-writer', {
            inlinePolicies: [
              {
                name: 's',
                document: doc({
                  Effect: 'Allow',
                  Action: 's3:*',
                  Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'],
                }),
              },
            ],
          }),
          role('not-action', {
            inlinePolicies: [
              {
                name: 'n',
                document: doc({ Effect: 'Allow', NotAction: ['iam:*'], Resource: '*' }),
              },
            ],
          }),
          role('aws-power', { attachedPolicyArns: [POWER_USER_ACCESS.arn] }),
        ],
        managedPolicies: [POWER_USER_ACCESS],
      }),
    );
    expect(statuses(findings)).toEqual({
      writer: 'FAIL',
      reader: 'PASS',
      'prefix-not-a-verb': 'FAIL',
      'scoped-writer': 'PASS',
      'not-action': 'FAIL',
      'aws-power': 'PASS',
    });
    expect(find(findings, 'writer').detail).toBe(
      'Allows "s3:PutObject" on Resource "*" through inline policy "w" of role "writer", statement 1.',
    );
    expect(find(findings, 'reader').detail).toContain('(1 policy read)');
  });

  it('says NotResource, not Resource "*", for an Allow with NotResource', () => {
    const findings = evaluate(
      'iam.wildcard-resources',
      iam({
        roles: [
          role('not-resource', {
            inlinePolicies: [
              {
                name: 'n',
                document: doc(
                  { Effect: 'Allow', Action: 's3:PutObject', NotResource: 'arn:aws:s3:::vault/*' },
                  { Effect: 'Allow', NotAction: 'iam:*', NotResource: ['arn:aws:s3:::vault'] },
                ),
              },
            ],
          }),
        ],
      }),
    );
    const finding = find(findings, 'not-resource');
    expect(finding.status).toBe('FAIL');
    expect(finding.evidence?.statements).toEqual([
      {
        policy: 'inline policy "n" of role "not-resource"',
        statement: 'statement 1',
        allows: '"s3:PutObject" on every resource except "arn:aws:s3:::vault/*" (NotResource)',
      },
      {
        policy: 'inline policy "n" of role "not-resource"',
        statement: 'statement 2',
        allows:
          'every action except "iam:*" (NotAction) on every resource except "arn:aws:s3:::vault" (NotResource)',
      },
    ]);
  });

  it('skips an Allow with NotAction "*", which grants nothing', () => {
    const findings = evaluate(
      'iam.wildcard-resources',
      iam({
        roles: [
          role('nothing', {
            inlinePolicies: [
              {
                name: 'n',
                document: doc({ Effect: 'Allow', NotAction: '*', Resource: '*' }),
              },
            ],
          }),
        ],
      }),
    );
    expect(find(findings, 'nothing')).toMatchObject({
      status: 'PASS',
      detail:
        'No inline or customer managed policy allows actions other than reads on Resource "*" (1 policy read).',
    });
  });

  it('gives one UNKNOWN when the listing failed', () => {
    const findings = evaluate(
      'iam.wildcard-resources',
      iamListingFailed(denied('iam:GetAccountAuthorizationDetails')),
    );
    expect(findings.map((f) => f.status)).toEqual(['UNKNOWN']);
  });
});

describe('managed policy names', () => {
  it('names a managed policy saved without a name from its ARN, the part after the last /', () => {
    const nameless: IamManagedPolicy = {
      ...customer('x', doc({ Sid: 'AllS3', Effect: 'Allow', Action: 's3:*', Resource: '*' })),
      arn: `arn:aws:iam::${ACCOUNT}:policy/team/fixture-wildcard`,
      name: '',
    };
    const findings = evaluate(
      'iam.wildcard-resources',
      iam({
        groups: [group('devs', { attachedPolicyArns: [nameless.arn] })],
        managedPolicies: [nameless],
      }),
    );
    expect(find(findings, 'devs').detail).toBe(
      'Allows "s3:*" on Resource "*" through customer managed policy "fixture-wildcard", statement "AllS3".',
    );
  });
});
