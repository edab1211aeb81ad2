import {
  GenerateCredentialReportCommand,
  GetAccountAuthorizationDetailsCommand,
  GetAccountPasswordPolicyCommand,
  GetCredentialReportCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  IAMClient,
} from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { isAwsManagedPolicy } from '../../../src/collect/convert.js';
import { collectIam } from '../../../src/collect/iam.js';
import type { Fetched } from '../../../src/model/inventory.js';
import { ACCOUNT, at, collectContext, serviceError } from '../ec2/fixtures.js';
import { REPORT_HEADER } from './credential-fixtures.js';

const iamMock = mockClient(IAMClient);
const client = new IAMClient({ region: 'us-east-1' });

const REPORT_TIME = new Date('2026-10-31T22:00:00Z');

beforeEach(() => {
  iamMock.reset();
  // The credential side has its own tests (credential-report.test.ts): here a report with no
  // rows and no password policy.
  iamMock.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' });
  iamMock.on(GetCredentialReportCommand).resolves({
    Content: new TextEncoder().encode(`${REPORT_HEADER}\n`),
    GeneratedTime: REPORT_TIME,
  });
  iamMock.on(GetAccountPasswordPolicyCommand).rejects(serviceError('NoSuchEntity', 404));
});

const ADMIN_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const READ_ARN = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const ECS_SERVICE_ARN = 'arn:aws:iam::aws:policy/aws-service-role/AmazonECSServiceRolePolicy';
const LOCAL_ARN = `arn:aws:iam::${ACCOUNT}:policy/deploy`;
const UNUSED_ARN = `arn:aws:iam::${ACCOUNT}:policy/unused`;
const ADMIN_DOC =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}';
/** A role's trust policy, which GAAD returns URL-encoded as AssumeRolePolicyDocument. */
const TRUST_DOC =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}';
const encoded = (text: string) => encodeURIComponent(text);

/** The items of a listing, failing the test when the listing failed. */
function listed<T>(listing: Fetched<T[]>): T[] {
  if (!listing.ok) throw new Error(`the listing failed: ${listing.error.operation}`);
  return listing.value;
}

function stubManagedPolicies(): void {
  iamMock.on(GetPolicyCommand).callsFake((input: { PolicyArn: string }) => ({
    Policy: { Arn: input.PolicyArn, DefaultVersionId: input.PolicyArn === ADMIN_ARN ? 'v1' : 'v3' },
  }));
  iamMock
    .on(GetPolicyVersionCommand)
    .callsFake((input: { PolicyArn: string; VersionId: string }) => ({
      PolicyVersion: {
        VersionId: input.VersionId,
        IsDefaultVersion: true,
        Document: input.PolicyArn === ADMIN_ARN ? ADMIN_DOC : '{"Statement":[]}',
      },
    }));
}

describe('collectIam', () => {
  it('pages GAAD with the principal and local policy filter and keeps what the checks read', async () => {
    iamMock
      .on(GetAccountAuthorizationDetailsCommand)
      .resolvesOnce({
        RoleDetailList: [
          {
            RoleName: 'ci',
            Arn: `arn:aws:iam::${ACCOUNT}:role/ci`,
            Path: '/',
            Tags: [{ Key: 'Environment', Value: 'prod' }],
            AssumeRolePolicyDocument: encoded(TRUST_DOC),
            RolePolicyList: [{ PolicyName: 'inline', PolicyDocument: encoded(ADMIN_DOC) }],
            AttachedManagedPolicies: [
              { PolicyName: 'AdministratorAccess', PolicyArn: ADMIN_ARN },
              { PolicyName: 'deploy', PolicyArn: LOCAL_ARN },
            ],
          },
          {
            RoleName: 'AWSServiceRoleForECS',
            Arn: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS`,
            Path: '/aws-service-role/ecs.amazonaws.com/',
            AttachedManagedPolicies: [{ PolicyArn: ECS_SERVICE_ARN }],
          },
        ],
        IsTruncated: true,
        Marker: 'page-2',
      })
      .resolvesOnce({
        UserDetailList: [
          {
            UserName: 'alice',
            Arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
            Path: '/',
            GroupList: ['admins'],
            UserPolicyList: [],
            AttachedManagedPolicies: [{ PolicyArn: ADMIN_ARN }],
          },
        ],
        GroupDetailList: [
          {
            GroupName: 'admins',
            Arn: `arn:aws:iam::${ACCOUNT}:group/admins`,
            Path: '/',
            GroupPolicyList: [{ PolicyName: 'g', PolicyDocument: '{"Statement":[]}' }],
            AttachedManagedPolicies: [{ PolicyArn: ADMIN_ARN }, { PolicyArn: READ_ARN }],
          },
        ],
        Policies: [
          {
            PolicyName: 'deploy',
            Arn: LOCAL_ARN,
            DefaultVersionId: 'v2',
            PolicyVersionList: [
              { VersionId: 'v1', IsDefaultVersion: false, Document: encoded('{"old":true}') },
              { VersionId: 'v2', IsDefaultVersion: true, Document: encoded('{"Statement":[]}') },
            ],
          },
          {
            PolicyName: 'unused',
            Arn: UNUSED_ARN,
            PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: '{}' }],
          },
        ],
        IsTruncated: false,
      });
    stubManagedPolicies();
    const { ctx, errors } = collectContext('iam', { iam: client });

    const part = await collectIam(ctx);

    expect(errors).toEqual([]);
    const gaad = iamMock.commandCalls(GetAccountAuthorizationDetailsCommand);
    expect(gaad).toHaveLength(2);
    expect(at(gaad, 0).args[0].input).toMatchObject({
      Filter: ['Role', 'User', 'Group', 'LocalManagedPolicy'],
      MaxItems: 1000,
    });
    expect(at(gaad, 1).args[0].input.Marker).toBe('page-2');

    // The service-linked role is left out, and so is its AWS-managed policy.
    // The listing succeeded: one role, one user and one group, each list marked ok.
    expect(part.roles).toEqual({
      ok: true,
      value: [
        {
          name: 'ci',
          arn: `arn:aws:iam::${ACCOUNT}:role/ci`,
          path: '/',
          tags: { Environment: 'prod' },
          inlinePolicies: [{ name: 'inline', document: encoded(ADMIN_DOC) }],
          attachedPolicyArns: [ADMIN_ARN, LOCAL_ARN],
          // Kept URL-encoded, as GAAD returns it; the rules decode it.
          trustPolicy: encoded(TRUST_DOC),
        },
      ],
    });
    expect(part.users).toEqual({
      ok: true,
      value: [
        {
          name: 'alice',
          arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
          path: '/',
          tags: {},
          inlinePolicies: [],
          attachedPolicyArns: [ADMIN_ARN],
          groups: ['admins'],
        },
      ],
    });
    expect(part.groups).toEqual({
      ok: true,
      value: [
        {
          name: 'admins',
          arn: `arn:aws:iam::${ACCOUNT}:group/admins`,
          path: '/',
          inlinePolicies: [{ name: 'g', document: '{"Statement":[]}' }],
          attachedPolicyArns: [ADMIN_ARN, READ_ARN],
        },
      ],
    });

    // AdministratorAccess is attached three times and fetched once; unused policies not at all.
    expect(iamMock.commandCalls(GetPolicyCommand).map((c) => c.args[0].input.PolicyArn)).toEqual([
      ADMIN_ARN,
      READ_ARN,
    ]);
    expect(iamMock.commandCalls(GetPolicyVersionCommand).map((c) => c.args[0].input)).toEqual([
      { PolicyArn: ADMIN_ARN, VersionId: 'v1' },
      { PolicyArn: READ_ARN, VersionId: 'v3' },
    ]);
    // Sorted by ARN: the account's own policies first.
    expect(part.managedPolicies).toEqual({
      ok: true,
      value: [
        {
          arn: LOCAL_ARN,
          name: 'deploy',
          awsManaged: false,
          document: { ok: true, value: encoded('{"Statement":[]}') },
        },
        {
          arn: ADMIN_ARN,
          name: 'AdministratorAccess',
          awsManaged: true,
          document: { ok: true, value: ADMIN_DOC },
        },
        {
          arn: READ_ARN,
          name: 'ReadOnlyAccess',
          awsManaged: true,
          document: { ok: true, value: '{"Statement":[]}' },
        },
      ],
    });
  });

  it('names a managed policy listed without a name from its ARN, as moto lists them', async () => {
    const nameless = `arn:aws:iam::${ACCOUNT}:policy/team/a/nameless`;
    const blank = `arn:aws:iam::${ACCOUNT}:policy/blank`;
    iamMock.on(GetAccountAuthorizationDetailsCommand).resolves({
      RoleDetailList: [
        {
          RoleName: 'app',
          Arn: `arn:aws:iam::${ACCOUNT}:role/app`,
          Path: '/',
          AttachedManagedPolicies: [{ PolicyArn: nameless }, { PolicyArn: blank }],
        },
      ],
      Policies: [
        {
          Arn: nameless,
          Path: '/team/a/',
          PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: '{}' }],
        },
        {
          PolicyName: '',
          Arn: blank,
          PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: '{}' }],
        },
      ],
      IsTruncated: false,
    });
    const { ctx, errors } = collectContext('iam', { iam: client });

    const part = await collectIam(ctx);

    expect(errors).toEqual([]);
    expect(listed(part.managedPolicies).map((p) => [p.arn, p.name])).toEqual([
      [blank, 'blank'],
      [nameless, 'nameless'],
    ]);
    expect(iamMock.commandCalls(GetPolicyCommand)).toHaveLength(0);
  });

  it('makes no policy calls when no AWS-managed policy is attached', async () => {
    iamMock.on(GetAccountAuthorizationDetailsCommand).resolves({
      RoleDetailList: [{ RoleName: 'r', Arn: `arn:aws:iam::${ACCOUNT}:role/r`, Path: '/' }],
      IsTruncated: false,
    });
    stubManagedPolicies();
    const { ctx } = collectContext('iam', { iam: client });

    const part = await collectIam(ctx);

    expect(iamMock.commandCalls(GetPolicyCommand)).toHaveLength(0);
    expect(iamMock.commandCalls(GetPolicyVersionCommand)).toHaveLength(0);
    expect(part.managedPolicies).toEqual({ ok: true, value: [] });
    // A role listed without AssumeRolePolicyDocument has no trustPolicy: not collected.
    expect(listed(part.roles)[0]).not.toHaveProperty('trustPolicy');
  });

  it('records a denied GetPolicy or GetPolicyVersion on that policy only', async () => {
    iamMock.on(GetAccountAuthorizationDetailsCommand).resolves({
      RoleDetailList: [
        {
          RoleName: 'r',
          Arn: `arn:aws:iam::${ACCOUNT}:role/r`,
          Path: '/',
          AttachedManagedPolicies: [{ PolicyArn: ADMIN_ARN }, { PolicyArn: READ_ARN }],
        },
      ],
    });
    iamMock.on(GetPolicyCommand, { PolicyArn: ADMIN_ARN }).rejects(serviceError('AccessDenied'));
    iamMock
      .on(GetPolicyCommand, { PolicyArn: READ_ARN })
      .resolves({ Policy: { DefaultVersionId: 'v9' } });
    iamMock.on(GetPolicyVersionCommand).rejects(serviceError('AccessDenied'));
    const { ctx, errors } = collectContext('iam', { iam: client });

    const part = await collectIam(ctx);

    expect(listed(part.managedPolicies).map((p) => [p.name, p.document])).toEqual([
      [
        'AdministratorAccess',
        {
          ok: false,
          error: {
            operation: 'iam:GetPolicy',
            code: 'AccessDenied',
            message: 'AccessDenied message',
            class: 'denied',
          },
        },
      ],
      [
        'ReadOnlyAccess',
        {
          ok: false,
          error: {
            operation: 'iam:GetPolicyVersion',
            code: 'AccessDenied',
            message: 'AccessDenied message',
            class: 'denied',
          },
        },
      ],
    ]);
    expect(errors.map((e) => e.operation).sort()).toEqual([
      'iam:GetPolicy',
      'iam:GetPolicyVersion',
    ]);
  });

  it('records a denied GAAD as a failed listing with no principals and no further policy calls; the credential report and password policy are read all the same', async () => {
    iamMock.on(GetAccountAuthorizationDetailsCommand).rejects(serviceError('AccessDenied'));
    const { ctx, errors } = collectContext('iam', { iam: client });

    const part = await collectIam(ctx);

    const failed = {
      ok: false,
      error: {
        operation: 'iam:GetAccountAuthorizationDetails',
        code: 'AccessDenied',
        message: 'AccessDenied message',
        class: 'denied',
      },
    };
    expect(part).toEqual({
      roles: failed,
      users: failed,
      groups: failed,
      managedPolicies: failed,
      credentialReport: {
        ok: true,
        value: { generatedAt: REPORT_TIME.toISOString(), users: [] },
      },
      passwordPolicy: { ok: true, value: null },
    });
    expect(errors).toHaveLength(1);
    expect(iamMock.commandCalls(GetPolicyCommand)).toHaveLength(0);
  });
});

describe('isAwsManagedPolicy', () => {
  it('recognises AWS-owned policy ARNs in every partition', () => {
    expect(isAwsManagedPolicy(ADMIN_ARN)).toBe(true);
    expect(isAwsManagedPolicy('arn:aws-cn:iam::aws:policy/ReadOnlyAccess')).toBe(true);
    expect(isAwsManagedPolicy(ECS_SERVICE_ARN)).toBe(true);
    expect(isAwsManagedPolicy(LOCAL_ARN)).toBe(false);
  });
});
