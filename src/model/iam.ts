import type { CredentialReport, PasswordPolicy } from './iam-credentials.js';
import type { Fetched, Tags } from './inventory.js';

/** An inline policy; `document` as IAM returned it (URL-encoded or plain JSON). */
export interface IamInlinePolicy {
  name: string;
  document: string;
}

interface IamPrincipalBase {
  name: string;
  arn: string;
  path: string;
  inlinePolicies: IamInlinePolicy[];
  /** ARNs of the attached managed policies, each found in `IamInventory.managedPolicies`. */
  attachedPolicyArns: string[];
}

export interface IamRole extends IamPrincipalBase {
  tags: Tags;
  /**
   * The trust policy (AssumeRolePolicyDocument), URL-encoded as IAM returns it. Absent from
   * inventories saved before it was collected: not collected, never "no trust policy".
   */
  trustPolicy?: string;
}

export interface IamUser extends IamPrincipalBase {
  tags: Tags;
  /** Names of the groups the user is in: their policies are the user's too. */
  groups: string[];
}

/** Groups carry no tags, so scope filters never leave them out. */
export type IamGroup = IamPrincipalBase;

export interface IamManagedPolicy {
  arn: string;
  /** PolicyName; from the ARN when the listing gave none (see `managedPolicyName`). */
  name: string;
  /** Owned by AWS (`arn:aws:iam::aws:policy/...`) rather than by the account. */
  awsManaged: boolean;
  /** The default version's document, URL-encoded or plain JSON. */
  document: Fetched<string>;
}

/**
 * One GetAccountAuthorizationDetails listing gives all four lists: when it failed, each carries
 * the same failure.
 */
export interface IamInventory {
  /** Service-linked roles (path `/aws-service-role/`) are left out: AWS owns and scopes them. */
  roles: Fetched<IamRole[]>;
  users: Fetched<IamUser[]>;
  groups: Fetched<IamGroup[]>;
  /** Every managed policy attached to a listed principal, with its default version. */
  managedPolicies: Fetched<IamManagedPolicy[]>;
  /** The credential report's rows; absent in inventories saved before it was collected. */
  credentialReport?: Fetched<CredentialReport>;
  /** The account password policy, null when none is set; absent as `credentialReport` is. */
  passwordPolicy?: Fetched<PasswordPolicy | null>;
  /**
   * Every listed role, in scope or not: set by `applyScope` so that iam.privilege-escalation
   * still knows an administrator role that `exclude-tags` or `environment` leave out when a
   * principal in scope can pass it. Never collected or saved.
   */
  allRoles?: IamRole[];
}

/**
 * A managed policy's name: the one listed, or, when the listing gave none (moto's
 * GetAccountAuthorizationDetails omits PolicyName for customer managed policies, and 0.1.0 saved
 * them with an empty name), the part of its ARN after the last `/`.
 */
export function managedPolicyName(policy: { arn: string; name?: string | undefined }): string {
  return policy.name || policy.arn.slice(policy.arn.lastIndexOf('/') + 1);
}
