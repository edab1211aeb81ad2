import type { EfsFileSystem, EfsInventory } from '../../model/efs.js';
import type { CallFailure } from '../../model/inventory.js';
import { fail, pass, undetermined, unknown, type Verdict } from '../kit.js';
import {
  describeExposingRules,
  ingressReaches,
  internetReach,
  uncollectedPrefixLists,
} from '../network.js';
import {
  explicitDeny,
  grantToEveryone,
  parsePolicy,
  type NamedStatement,
  type PolicyRequest,
  type PolicyStatement,
} from '../policy.js';
import { accessPointRule, fileSystemRule, listWords } from './common.js';

const EFS_CONTROLS_URL =
  'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html';

const MOUNT = 'elasticfilesystem:ClientMount';
const ROOT_ACCESS = 'elasticfilesystem:ClientRootAccess';
const ACCESS_POINT_KEY = 'elasticfilesystem:AccessPointArn';
const NFS_PORT = 2049;

/** The file system policy's statements; null when none is set; a Verdict when it cannot be read. */
function policyStatements(fs: EfsFileSystem): PolicyStatement[] | null | Verdict {
  if (!fs.policy.ok) return unknown(fs.policy.error);
  if (fs.policy.value === null) return null;
  try {
    return parsePolicy(fs.policy.value);
  } catch (error) {
    return { status: 'UNKNOWN', detail: `The file system policy is unreadable: ${String(error)}.` };
  }
}

const isVerdict = (read: PolicyStatement[] | null | Verdict): read is Verdict =>
  read !== null && !Array.isArray(read);

const names = (statements: readonly NamedStatement[]): string =>
  listWords(statements.map((s) => s.name));

/**
 * UNKNOWN because statements name their resources and the file system's ARN, which they would
 * be matched against, is missing (an answer without FileSystemArn).
 */
function unmatchedArn(question: string, unmatched: readonly NamedStatement[]): Verdict {
  const which =
    unmatched.length === 1 ? `${names(unmatched)} names its` : `${names(unmatched)} name their`;
  return undetermined(
    `Whether ${question} is not known: ${which} resources, and the file system's ARN was not collected.`,
    { statements: unmatched.map((s) => s.name) },
  );
}

/** A client request to this file system; an empty ARN (not collected) stays unmatched. */
const clientRequest = (
  fs: EfsFileSystem,
  action: string,
  caller: PolicyRequest['caller'],
  extra: Partial<PolicyRequest> = {},
): PolicyRequest => ({ action, resource: fs.arn || undefined, caller, ...extra });

export const unencrypted = fileSystemRule({
  meta: {
    id: 'efs.unencrypted',
    title: 'EFS file system not encrypted at rest',
    category: 'security',
    severity: 'critical',
    remediation: {
      text: 'Encryption at rest can only be chosen at creation: create an encrypted file system (with a KMS key), copy the data over (AWS DataSync or a backup restore) and delete the unencrypted one.',
      url: 'https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html',
    },
    frameworks: { fsbp: ['EFS.1', 'EFS.8'], cis: ['2.4.1'] },
    failWhen: '`Encrypted` is false.',
  },
  judge: (fs) =>
    fs.encrypted
      ? pass('Encrypted at rest.', { kmsKeyId: fs.kmsKeyId ?? null })
      : fail('Not encrypted at rest: its data and metadata are stored in plain form.', {
          encrypted: false,
        }),
});

export const tlsNotEnforced = fileSystemRule({
  meta: {
    id: 'efs.tls-not-enforced',
    title: 'EFS file system does not enforce encryption in transit',
    category: 'security',
    severity: 'high',
    remediation: {
      text: 'Add a file system policy statement that denies all client actions to principal * when aws:SecureTransport is false (the console option "Enforce in-transit encryption for all clients"), and mount with -o tls.',
      url: 'https://docs.aws.amazon.com/efs/latest/ug/encryption-in-transit.html',
    },
    frameworks: {},
    failWhen:
      'There is no file system policy, or none of its statements is a `Deny` to principal `*` (no NotPrincipal) covering `elasticfilesystem:ClientMount` (directly or through `Client*`, `elasticfilesystem:*`, `*`) on this file system whose only condition is `aws:SecureTransport` `false` (`Bool` or `BoolIfExists`, string or boolean). UNKNOWN when such a Deny names its resources and the file system ARN was not collected.',
  },
  judge: (fs) => {
    const statements = policyStatements(fs);
    if (isVerdict(statements)) return statements;
    if (statements === null) {
      return fail('No file system policy: the default policy lets clients connect without TLS.', {
        policy: null,
      });
    }
    // Every client action needs a mount first: denying ClientMount without TLS is enforcement,
    // whatever the statement says of ClientWrite and ClientRootAccess. It must bind every
    // caller: a NotPrincipal or a further condition spares some.
    const verdict = explicitDeny(
      statements,
      clientRequest(fs, MOUNT, 'anyone', { insecureTransport: true }),
    );
    if (verdict.status === 'denied') {
      return pass(
        `The file system policy denies mounting without TLS to everyone (${verdict.deny.name}).`,
      );
    }
    if (verdict.status === 'unknown') {
      return unmatchedArn('the file system policy denies mounting without TLS', verdict.unmatched);
    }
    return fail(
      `The file system policy has no statement denying ${MOUNT} to everyone when aws:SecureTransport is false: clients may mount without TLS.`,
      { statements: statements.length },
    );
  },
});

export const nfsOpenToWorld = fileSystemRule({
  meta: {
    id: 'efs.nfs-open-to-world',
    title: 'EFS mount target reachable over NFS from the internet',
    category: 'security',
    severity: 'critical',
    remediation: {
      text: 'Remove the inbound rules that admit the internet (0.0.0.0/0, ::/0, or ranges and prefix lists that together cover every address) to TCP 2049 on the security groups of the mount targets; admit NFS only from the security groups or CIDRs of the clients.',
      url: 'https://docs.aws.amazon.com/efs/latest/ug/network-access.html',
    },
    frameworks: {},
    failWhen:
      "A security group of one of its mount targets admits TCP 2049 (by that port, by a range covering it, or with protocol `-1`) from the internet: `0.0.0.0/0` or `::/0`, IPv4 or IPv6 ranges of the group's rules that together cover the whole address space, or a managed prefix list whose entries do. A mount target listed with no security group, or a prefix list whose entries could not be read, makes the result UNKNOWN unless another group opens NFS to the internet.",
  },
  judge: (fs, efs) => {
    if (!fs.mountTargets.ok) return unknown(fs.mountTargets.error);
    if (fs.mountTargets.value.length === 0) {
      return pass('No mount targets: the file system is not reachable over NFS.');
    }
    const exposures: string[] = [];
    let failure: CallFailure | undefined;
    const missing: string[] = [];
    const bare: string[] = [];
    const uncollected = new Set<string>();
    for (const target of fs.mountTargets.value) {
      if (!target.securityGroupIds.ok) {
        failure ??= target.securityGroupIds.error;
        continue;
      }
      if (target.securityGroupIds.value.length === 0) {
        bare.push(target.id);
        continue;
      }
      if (!efs.securityGroups.ok) {
        failure ??= efs.securityGroups.error;
        continue;
      }
      const groups = efs.securityGroups.value;
      for (const groupId of target.securityGroupIds.value) {
        const group = groups.find((g) => g.id === groupId);
        if (!group) {
          missing.push(groupId);
          continue;
        }
        const reaching = group.ingress.filter((p) => ingressReaches(p, 'tcp', NFS_PORT));
        const reach = internetReach(reaching, efs.prefixLists);
        if (reach.status === 'open') {
          exposures.push(`${group.id} (${describeExposingRules(reach.rules)}) on ${target.id}`);
        } else if (reach.status === 'unresolved') {
          if (reach.failure) failure ??= reach.failure;
          else reach.prefixLists.forEach((id) => uncollected.add(id));
        }
      }
    }
    if (exposures.length > 0) {
      return fail(`NFS (TCP 2049) is open to the internet: ${exposures.join('; ')}.`, {
        exposures,
      });
    }
    if (failure) return unknown(failure);
    const undecided: string[] = [];
    if (bare.length > 0) {
      const one = bare.length === 1;
      undecided.push(
        `Mount target${one ? '' : 's'} ${listWords(bare)} ${one ? 'was' : 'were'} listed with no security group (AWS always has 1 to 5): ${one ? 'its' : 'their'} exposure cannot be judged.`,
      );
    }
    if (missing.length > 0) {
      undecided.push(
        `Security groups ${listWords(missing)} of its mount targets were not in the DescribeSecurityGroups listing.`,
      );
    }
    if (uncollected.size > 0) {
      undecided.push(uncollectedPrefixLists([...uncollected].sort(), 'TCP 2049'));
    }
    if (undecided.length > 0) return { status: 'UNKNOWN', detail: undecided.join(' ') };
    return pass(
      `No security group of its ${fs.mountTargets.value.length} mount target(s) admits TCP 2049 from the internet.`,
    );
  },
});

export const iamAuthorizationOff = fileSystemRule({
  meta: {
    id: 'efs.iam-authorization-off',
    title: 'EFS file system does not require IAM authorization for NFS clients',
    category: 'security',
    severity: 'medium',
    remediation: {
      text: 'Set a file system policy that grants client actions only to named IAM principals or through access points (condition on aws:PrincipalArn or elasticfilesystem:AccessPointArn), and mount with -o tls,iam.',
      url: 'https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html',
    },
    frameworks: {},
    failWhen:
      "There is no file system policy (the default lets any client that reaches a mount target mount, write and act as root), or a statement on this file system allows `elasticfilesystem:ClientMount` (directly, through `Client*`, `elasticfilesystem:*`, `*` or by NotAction) to principal `*` or through a NotPrincipal without a condition that restricts the caller's identity or access point, and no explicit `Deny` removes that grant (a Deny for all principals except named ones does). A condition restricts only when every value names specific principals, accounts or organisations (`StringEquals`, `StringLike`, `ArnEquals` or `ArnLike`, not their `IfExists` forms, on `aws:PrincipalArn`, `aws:PrincipalAccount`, `aws:PrincipalOrgID`, `aws:PrincipalOrgPaths` or `aws:userid`) or access points (`elasticfilesystem:AccessPointArn`): a bare `*` or a wildcard account field (`arn:aws:iam::*:role/x`) restricts nothing. A condition that only requires an authenticated caller (`Null` `aws:PrincipalArn` `false`) turns IAM authorization on and passes. UNKNOWN when the verdict turns on a statement that names its resources and the file system ARN was not collected.",
  },
  judge: (fs) => {
    const statements = policyStatements(fs);
    if (isVerdict(statements)) return statements;
    if (statements === null) {
      return fail(
        'No file system policy: any client that reaches a mount target can mount, write and act as root without IAM authorization.',
        { policy: null },
      );
    }
    // Without ClientMount no anonymous client can mount ("Prevent anonymous access" grants
    // everyone ClientWrite and ClientRootAccess only): IAM then decides who mounts.
    const verdict = grantToEveryone(
      statements,
      clientRequest(fs, MOUNT, 'anonymous', { confiningKeys: [ACCESS_POINT_KEY] }),
    );
    if (verdict.status === 'unknown') {
      return unmatchedArn('anonymous clients may mount', verdict.unmatched);
    }
    if (verdict.status === 'open') {
      const granting = verdict.grants.map((s) => s.name);
      return fail(
        `The file system policy allows client actions to everyone without a condition on the caller's identity or access point (${listWords(granting)}).`,
        { statements: granting },
      );
    }
    if (verdict.deny) {
      return pass(
        `The file system policy grants client actions to everyone (${names(verdict.grants)}), but ${verdict.deny.name} denies ${MOUNT} to anonymous clients.`,
        { grants: verdict.grants.map((s) => s.name), deny: verdict.deny.name },
      );
    }
    return pass('Client access is granted only to named principals or through access points.');
  },
});

/** What the file system policy says of root access for callers anonymous or of any account. */
interface RootByPolicy {
  /** Why root is not squashed, one phrase per granting statement. */
  reasons: string[];
  /** Why the policy cannot be judged: unreadable, or an ARN to match missing. */
  undecided?: Verdict;
  /** The grant to everyone and the Deny that removes it, for the PASS detail. */
  removed?: { grants: NamedStatement[]; deny: NamedStatement };
}

function rootByPolicy(fs: EfsFileSystem): RootByPolicy {
  const statements = policyStatements(fs);
  if (isVerdict(statements)) return { reasons: [], undecided: statements };
  if (statements === null) {
    return { reasons: ['no file system policy (the default policy allows root)'] };
  }
  // Root to anonymous clients, and to an authenticated caller of any account: a condition that
  // only requires authentication (Null aws:PrincipalArn false) squashes nothing.
  const anonymous = grantToEveryone(statements, clientRequest(fs, ROOT_ACCESS, 'anonymous'));
  const anyAccount = grantToEveryone(statements, clientRequest(fs, ROOT_ACCESS, 'authenticated'));
  if (anonymous.status === 'open') {
    return {
      reasons: anonymous.grants.map((s) => `${s.name} grants ClientRootAccess to everyone`),
    };
  }
  if (anyAccount.status === 'open') {
    return {
      reasons: anyAccount.grants.map(
        (s) => `${s.name} grants ClientRootAccess to any authenticated caller of any account`,
      ),
    };
  }
  for (const verdict of [anonymous, anyAccount]) {
    if (verdict.status === 'unknown') {
      return { reasons: [], undecided: unmatchedArn('clients can act as root', verdict.unmatched) };
    }
  }
  for (const verdict of [anyAccount, anonymous]) {
    if (verdict.status === 'closed' && verdict.deny && verdict.grants.length > 0) {
      return { reasons: [], removed: { grants: verdict.grants, deny: verdict.deny } };
    }
  }
  return { reasons: [] };
}

export const rootNotSquashed = fileSystemRule({
  meta: {
    id: 'efs.root-not-squashed',
    title: 'EFS file system lets clients act as root',
    category: 'security',
    severity: 'high',
    remediation: {
      text: 'Set a file system policy that does not grant elasticfilesystem:ClientRootAccess to principal * (the console option "Prevent root access by default"), and give access points a non-root PosixUser.',
      url: 'https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html',
    },
    frameworks: {},
    failWhen:
      'There is no file system policy; or a statement on this file system allows `elasticfilesystem:ClientRootAccess` (directly, through `Client*`, `elasticfilesystem:*`, `*` or by NotAction) to principal `*` or through a NotPrincipal, to anonymous clients or to authenticated callers of any account (a `Null` `aws:PrincipalArn` `false` condition still fails), with no condition naming specific principals, accounts or organisations (a bare `*` or a wildcard account field names none), and no explicit `Deny` removes that grant (a Deny for all principals except named ones does); or an access point of the file system, in scope or not, enforces PosixUser Uid 0. UNKNOWN when the verdict turns on a statement that names its resources and the file system ARN was not collected.',
  },
  judge: (fs, efs) => {
    const policy = rootByPolicy(fs);
    const reasons = [...policy.reasons];
    let undecided = policy.undecided;
    const listed = efs.accessPoints;
    if (!listed.ok) undecided ??= unknown(listed.error);
    // In scope or not, a Uid 0 access point gives this file system's clients root. Before the
    // scope filter runs, `accessPoints` is the whole listing.
    const rootPoints = (efs.allAccessPoints ?? (listed.ok ? listed.value : []))
      .filter((ap) => ap.fileSystemId === fs.id && ap.posixUser?.uid === 0)
      .map((ap) => ap.id);
    if (rootPoints.length > 0) {
      reasons.push(`access point ${listWords(rootPoints)} enforces PosixUser Uid 0`);
    }
    if (reasons.length > 0) {
      return fail(`Clients can act as root: ${reasons.join('; ')}.`, { reasons });
    }
    if (undecided) return undecided;
    if (policy.removed) {
      const { grants, deny } = policy.removed;
      return pass(
        `The file system policy grants ClientRootAccess to everyone (${names(grants)}), but ${deny.name} denies it to every caller the policy does not name, and no access point enforces Uid 0.`,
      );
    }
    return pass(
      'The file system policy grants ClientRootAccess to no one anonymous, and no access point enforces Uid 0.',
    );
  },
});

export const mountTargetPublicSubnet = fileSystemRule({
  meta: {
    id: 'efs.mount-target-public-subnet',
    title: 'EFS mount target in a subnet that assigns public IPs',
    category: 'security',
    severity: 'medium',
    remediation: {
      text: 'Move the mount targets to private subnets (MapPublicIpOnLaunch false): delete each mount target and create it again in a private subnet of the same Availability Zone.',
      url: `${EFS_CONTROLS_URL}#efs-6`,
    },
    frameworks: { fsbp: ['EFS.6'] },
    failWhen: 'A mount target of the file system is in a subnet with `MapPublicIpOnLaunch` true.',
  },
  judge: (fs, efs: EfsInventory) => {
    if (!fs.mountTargets.ok) return unknown(fs.mountTargets.error);
    const targets = fs.mountTargets.value;
    if (targets.length === 0) return pass('No mount targets.');
    if (!efs.subnets.ok) return unknown(efs.subnets.error);
    const subnets = efs.subnets.value;
    const publicTargets = targets.filter(
      (t) => subnets.find((s) => s.id === t.subnetId)?.mapPublicIpOnLaunch === true,
    );
    if (publicTargets.length > 0) {
      const where = publicTargets.map((t) => `${t.id} in ${t.subnetId}`);
      return fail(
        `Mount targets in subnets that assign public IPs on launch: ${listWords(where)}.`,
        { mountTargets: where },
      );
    }
    const unlisted = targets.filter((t) => !subnets.some((s) => s.id === t.subnetId));
    if (unlisted.length > 0) {
      return {
        status: 'UNKNOWN',
        detail: `Subnets ${listWords(unlisted.map((t) => t.subnetId))} of its mount targets were not in the DescribeSubnets listing.`,
      };
    }
    return pass(
      `None of its ${targets.length} mount target(s) is in a subnet that assigns public IPs.`,
    );
  },
});

export const accessPointRootDirectory = accessPointRule({
  meta: {
    id: 'efs.access-point-root-directory',
    title: 'EFS access point exposes the file system root',
    category: 'security',
    severity: 'medium',
    remediation: {
      text: 'Create the access point with a RootDirectory Path below / (e.g. /app), so its clients see only that directory tree.',
      url: `${EFS_CONTROLS_URL}#efs-3`,
    },
    frameworks: { fsbp: ['EFS.3'] },
    failWhen:
      'The access point has RootDirectory `Path` `/`, which is also what AWS uses when none was given.',
  },
  judge: (ap) =>
    ap.rootDirectoryPath === '/'
      ? fail(
          `Access point of ${ap.fileSystemId} uses the file system root / as its root directory.`,
          {
            path: ap.rootDirectoryPath,
          },
        )
      : pass(`Access point of ${ap.fileSystemId} is confined to ${ap.rootDirectoryPath}.`, {
          path: ap.rootDirectoryPath,
        }),
});

export const accessPointUserIdentity = accessPointRule({
  meta: {
    id: 'efs.access-point-user-identity',
    title: 'EFS access point does not enforce a user identity',
    category: 'security',
    severity: 'medium',
    remediation: {
      text: 'Create the access point with a PosixUser (Uid, Gid, non-zero for application data), so every request through it acts as that user whatever the client claims.',
      url: `${EFS_CONTROLS_URL}#efs-4`,
    },
    frameworks: { fsbp: ['EFS.4'] },
    failWhen: 'The access point enforces no `PosixUser`.',
  },
  judge: (ap) =>
    ap.posixUser
      ? pass(
          `Access point of ${ap.fileSystemId} enforces Uid ${ap.posixUser.uid}, Gid ${ap.posixUser.gid}.`,
          { posixUser: ap.posixUser },
        )
      : fail(
          `Access point of ${ap.fileSystemId} enforces no PosixUser: clients act as whatever user they claim.`,
          { posixUser: null },
        ),
});
