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
}
