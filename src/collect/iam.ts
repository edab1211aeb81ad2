import {
  GetPolicyCommand,
  GetPolicyVersionCommand,
  paginateGetAccountAuthorizationDetails,
  type AttachedPolicy,
  type GetAccountAuthorizationDetailsResponse,
  type ManagedPolicyDetail,
  type PolicyDetail,
} from '@aws-sdk/client-iam';
import type { CollectContext } from './context.js';
import { collectCredentialReport, collectPasswordPolicy } from './credential-report.js';
import { isAwsManagedPolicy, tagsOf } from './convert.js';
import {
  managedPolicyName,
  type IamGroup,
  type IamInlinePolicy,
  type IamInventory,
  type IamManagedPolicy,
  type IamRole,
  type IamUser,
} from '../model/iam.js';

/** The largest page size GetAccountAuthorizationDetails accepts. */
const PAGE_SIZE = 1000;

/** AWS-managed policies are left out of the listing: there are over a thousand, mostly unused. */
const DETAIL_FILTER = ['Role', 'User', 'Group', 'LocalManagedPolicy'] as const;

const SERVICE_LINKED_PATH = '/aws-service-role/';

type Details = Pick<
  GetAccountAuthorizationDetailsResponse,
  'RoleDetailList' | 'UserDetailList' | 'GroupDetailList' | 'Policies'
>;

function inline(list: readonly PolicyDetail[] | undefined): IamInlinePolicy[] {
  return (list ?? []).map((p) => ({ name: p.PolicyName ?? '', document: p.PolicyDocument ?? '' }));
}

function attached(list: readonly AttachedPolicy[] | undefined): string[] {
  return (list ?? []).flatMap((p) => (p.PolicyArn ? [p.PolicyArn] : []));
}

function defaultDocument(policy: ManagedPolicyDetail): string | undefined {
  return policy.PolicyVersionList?.find((v) => v.IsDefaultVersion)?.Document;
}

/**
 * A managed policy GAAD did not return (AWS-managed ones, left out by the filter): its default
 * version id from GetPolicy, then the document from GetPolicyVersion.
 */
async function fetchManagedPolicy(ctx: CollectContext, arn: string): Promise<IamManagedPolicy> {
  const iam = ctx.clients.iam;
  const base = {
    arn,
    name: managedPolicyName({ arn }),
    awsManaged: isAwsManagedPolicy(arn),
  };
  const policy = await ctx.call('iam:GetPolicy', () =>
    iam.send(new GetPolicyCommand({ PolicyArn: arn })),
  );
  if (!policy.ok) return { ...base, document: policy };
  const versionId = policy.value?.Policy?.DefaultVersionId;
  const version = await ctx.call('iam:GetPolicyVersion', () =>
    iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: versionId })),
  );
  if (!version.ok) return { ...base, document: version };
  return { ...base, document: { ok: true, value: version.value?.PolicyVersion?.Document ?? '' } };
}

/**
 * IAM is global: collected once per run from the home region, whatever the regions scanned. One
 * paginated GetAccountAuthorizationDetails gives every principal with its inline policies and the
 * account's own managed policies; each AWS-managed policy attached to a principal then costs two
 * calls, once, however many principals it is attached to. The credential report (one
 * GenerateCredentialReport, GetCredentialReport until it is ready) and the password policy (one
 * GetAccountPasswordPolicy) are read alongside, whatever the listing's fate.
 */
export async function collectIam(ctx: CollectContext): Promise<IamInventory> {
  // Read alongside the listing: the report may take seconds to be generated.
  const credentials = Promise.all([collectCredentialReport(ctx), collectPasswordPolicy(ctx)]).then(
    ([credentialReport, passwordPolicy]) => ({ credentialReport, passwordPolicy }),
  );
  const details = await ctx.pages(
    'iam:GetAccountAuthorizationDetails',
    paginateGetAccountAuthorizationDetails(
      { client: ctx.clients.iam, pageSize: PAGE_SIZE },
      { Filter: [...DETAIL_FILTER] },
    ),
    (page): Details[] => [page],
  );
  if (!details.ok) {
    return {
      roles: details,
      users: details,
      groups: details,
      managedPolicies: details,
      ...(await credentials),
    };
  }
  const pages = details.value;
  const roles: IamRole[] = pages
    .flatMap((p) => p.RoleDetailList ?? [])
    .filter((r) => !(r.Path ?? '').startsWith(SERVICE_LINKED_PATH))
    .map((r) => ({
      name: r.RoleName ?? '',
      arn: r.Arn ?? '',
      path: r.Path ?? '/',
      tags: tagsOf(r.Tags),
      inlinePolicies: inline(r.RolePolicyList),
      attachedPolicyArns: attached(r.AttachedManagedPolicies),
      ...(r.AssumeRolePolicyDocument !== undefined && { trustPolicy: r.AssumeRolePolicyDocument }),
    }));
  const users: IamUser[] = pages
    .flatMap((p) => p.UserDetailList ?? [])
    .map((u) => ({
      name: u.UserName ?? '',
      arn: u.Arn ?? '',
      path: u.Path ?? '/',
      tags: tagsOf(u.Tags),
      inlinePolicies: inline(u.UserPolicyList),
      attachedPolicyArns: attached(u.AttachedManagedPolicies),
      groups: u.GroupList ?? [],
    }));
  const groups: IamGroup[] = pages
    .flatMap((p) => p.GroupDetailList ?? [])
    .map((g) => ({
      name: g.GroupName ?? '',
      arn: g.Arn ?? '',
      path: g.Path ?? '/',
      inlinePolicies: inline(g.GroupPolicyList),
      attachedPolicyArns: attached(g.AttachedManagedPolicies),
    }));

  const inUse = new Set([...roles, ...users, ...groups].flatMap((p) => p.attachedPolicyArns));
  const listed = new Map<string, IamManagedPolicy>();
  for (const policy of pages.flatMap((p) => p.Policies ?? [])) {
    const document = defaultDocument(policy);
    if (!policy.Arn || !inUse.has(policy.Arn) || document === undefined) continue;
    listed.set(policy.Arn, {
      arn: policy.Arn,
      name: managedPolicyName({ arn: policy.Arn, name: policy.PolicyName }),
      awsManaged: isAwsManagedPolicy(policy.Arn),
      document: { ok: true, value: document },
    });
  }
  const missing = [...inUse].filter((arn) => !listed.has(arn)).sort();
  const fetched = await ctx.pool(missing, (arn) => fetchManagedPolicy(ctx, arn));
  const managedPolicies = [...listed.values(), ...fetched].sort((a, b) =>
    a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0,
  );

  return {
    roles: { ok: true, value: roles },
    users: { ok: true, value: users },
    groups: { ok: true, value: groups },
    managedPolicies: { ok: true, value: managedPolicies },
    ...(await credentials),
  };
}
