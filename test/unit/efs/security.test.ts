import type { EfsAccessPoint } from '../../../src/model/efs.js';
import { applyScope, type ScopeOptions } from '../../../src/rules/scope.js';
import {
  accessPointRootDirectory,
  accessPointUserIdentity,
  iamAuthorizationOff,
  mountTargetPublicSubnet,
  nfsOpenToWorld,
  rootNotSquashed,
  tlsNotEnforced,
  unencrypted,
} from '../../../src/rules/efs/security.js';
import {
  ACCOUNT,
  CONTEXT,
  FS_ARN,
  FS_ID,
  ROLE_ALLOW,
  TLS_DENY,
  efsPart,
  evaluate,
  failed,
  fileSystem,
  inventoryOf,
  judge,
  ok,
  policyOf,
} from './fixtures.js';

const withPolicy = (...statements: object[]) => fileSystem({ policy: ok(policyOf(...statements)) });
/** The file system as an answer without FileSystemArn leaves it (the collector's empty ARN). */
const withPolicyNoArn = (...statements: object[]) =>
  fileSystem({ arn: '', policy: ok(policyOf(...statements)) });
const ADMIN_ROLE = `arn:aws:iam::${ACCOUNT}:role/admin`;
const noPolicy = fileSystem({ policy: ok(null) });
const policyDenied = fileSystem({ policy: failed('efs:DescribeFileSystemPolicy') });

const MOUNT_TARGET_ONLY = {
  Effect: 'Allow',
  Principal: { AWS: '*' },
  Action: 'elasticfilesystem:Client*',
  Condition: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } },
};

function accessPoint(overrides: Partial<EfsAccessPoint> = {}): EfsAccessPoint {
  return {
    id: 'fsap-1',
    arn: 'arn:aws:elasticfilesystem:us-east-1:111122223333:access-point/fsap-1',
    fileSystemId: FS_ID,
    tags: {},
    state: 'available',
    rootDirectoryPath: '/app',
    posixUser: { uid: 1000, gid: 1000 },
    ...overrides,
  };
}

describe('efs.unencrypted', () => {
  it('passes encrypted and fails unencrypted file systems, with FSBP and CIS mapping', () => {
    expect(judge(unencrypted, fileSystem()).status).toBe('PASS');
    expect(judge(unencrypted, fileSystem({ encrypted: false })).status).toBe('FAIL');
    expect(unencrypted.meta.frameworks).toEqual({ fsbp: ['EFS.1', 'EFS.8'], cis: ['2.4.1'] });
  });
});

describe('efs.tls-not-enforced', () => {
  it('passes with a Deny on insecure transport for everyone covering client actions', () => {
    const finding = judge(tlsNotEnforced, fileSystem());
    expect(finding.status).toBe('PASS');
    expect(finding.detail).toContain('"EnforceTls"');
  });

  it('accepts the boolean false and Client* as well', () => {
    const deny = {
      ...TLS_DENY,
      Action: 'elasticfilesystem:Client*',
      Resource: FS_ARN,
      Condition: { Bool: { 'aws:SecureTransport': false } },
    };
    expect(judge(tlsNotEnforced, withPolicy(deny)).status).toBe('PASS');
  });

  it('passes with a deny of ClientMount alone: no client mounts without it', () => {
    const mountOnly = { ...TLS_DENY, Action: 'elasticfilesystem:ClientMount' };
    const finding = judge(tlsNotEnforced, withPolicy(mountOnly, ROLE_ALLOW));
    expect(finding.status).toBe('PASS');
    expect(finding.detail).toBe(
      'The file system policy denies mounting without TLS to everyone (statement "EnforceTls").',
    );
  });

  it('fails without a policy, or when the deny misses ClientMount or covers another resource', () => {
    expect(judge(tlsNotEnforced, noPolicy).status).toBe('FAIL');
    const writeAndRoot = {
      ...TLS_DENY,
      Action: ['elasticfilesystem:ClientWrite', 'elasticfilesystem:ClientRootAccess'],
    };
    const finding = judge(tlsNotEnforced, withPolicy(writeAndRoot));
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toContain(
      'no statement denying elasticfilesystem:ClientMount to everyone when aws:SecureTransport is false',
    );
    const elsewhere = {
      ...TLS_DENY,
      Resource: 'arn:aws:elasticfilesystem:*:*:file-system/fs-other',
    };
    expect(judge(tlsNotEnforced, withPolicy(elsewhere)).status).toBe('FAIL');
    expect(judge(tlsNotEnforced, withPolicy(ROLE_ALLOW)).status).toBe('FAIL');
  });

  it('accepts BoolIfExists, and fails a deny that spares named principals or adds conditions', () => {
    const ifExists = {
      ...TLS_DENY,
      Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } },
    };
    expect(judge(tlsNotEnforced, withPolicy(ifExists)).status).toBe('PASS');
    const sparing = { ...TLS_DENY, Principal: undefined, NotPrincipal: { AWS: ADMIN_ROLE } };
    expect(judge(tlsNotEnforced, withPolicy(sparing)).status).toBe('FAIL');
    const exceptAccount = {
      ...TLS_DENY,
      Condition: {
        Bool: { 'aws:SecureTransport': 'false' },
        StringNotEquals: { 'aws:PrincipalAccount': ACCOUNT },
      },
    };
    expect(judge(tlsNotEnforced, withPolicy(exceptAccount)).status).toBe('FAIL');
  });

  it('is UNKNOWN when the ARN is missing and the deny names the file system as its Resource', () => {
    const named = { ...TLS_DENY, Resource: FS_ARN };
    const finding = judge(tlsNotEnforced, withPolicyNoArn(named));
    expect(finding).toMatchObject({
      status: 'UNKNOWN',
      detail:
        'Whether the file system policy denies mounting without TLS is not known: statement "EnforceTls" names its resources, and the file system\'s ARN was not collected.',
    });
    expect(judge(tlsNotEnforced, withPolicyNoArn(TLS_DENY)).status).toBe('PASS');
  });

  it('is UNKNOWN when the policy could not be read or parsed', () => {
    const finding = judge(tlsNotEnforced, policyDenied);
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.detail).toContain(
      'efs:DescribeFileSystemPolicy failed with AccessDeniedException',
    );
    const garbled = judge(tlsNotEnforced, fileSystem({ policy: ok('{not json') }));
    expect(garbled.status).toBe('UNKNOWN');
  });
});

describe('efs.iam-authorization-off', () => {
  it('passes when only named principals or access points get client actions', () => {
    expect(judge(iamAuthorizationOff, fileSystem()).status).toBe('PASS');
    const viaAccessPoint = {
      ...MOUNT_TARGET_ONLY,
      Condition: {
        StringEquals: { 'elasticfilesystem:AccessPointArn': 'arn:aws:elasticfilesystem:x' },
      },
    };
    expect(judge(iamAuthorizationOff, withPolicy(viaAccessPoint)).status).toBe('PASS');
    const byOrg = {
      ...MOUNT_TARGET_ONLY,
      Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } },
    };
    expect(judge(iamAuthorizationOff, withPolicy(byOrg)).status).toBe('PASS');
  });

  it('fails without a policy, or with client actions for everyone not tied to an identity', () => {
    expect(judge(iamAuthorizationOff, noPolicy).status).toBe('FAIL');
    const finding = judge(iamAuthorizationOff, withPolicy(TLS_DENY, MOUNT_TARGET_ONLY));
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toContain('statement 2');
    const everything = { Effect: 'Allow', Principal: '*', Action: '*' };
    expect(judge(iamAuthorizationOff, withPolicy(everything)).status).toBe('FAIL');
  });

  it('passes when everyone is allowed client actions other than ClientMount', () => {
    // The console's "Prevent anonymous access" removes ClientMount: only IAM principals mount.
    const anonymousCannotMount = {
      ...MOUNT_TARGET_ONLY,
      Action: ['elasticfilesystem:ClientRootAccess', 'elasticfilesystem:ClientWrite'],
    };
    const finding = judge(iamAuthorizationOff, withPolicy(TLS_DENY, anonymousCannotMount));
    expect(finding.status).toBe('PASS');
    const anonymousMount = {
      ...MOUNT_TARGET_ONLY,
      Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'],
    };
    expect(judge(iamAuthorizationOff, withPolicy(anonymousMount)).status).toBe('FAIL');
  });

  it('does not count IfExists or wildcard identity conditions as restrictions', () => {
    const ifExists = {
      ...MOUNT_TARGET_ONLY,
      Condition: { StringEqualsIfExists: { 'aws:PrincipalArn': 'arn:aws:iam::1:role/x' } },
    };
    expect(judge(iamAuthorizationOff, withPolicy(ifExists)).status).toBe('FAIL');
    const anyone = { ...MOUNT_TARGET_ONLY, Condition: { StringLike: { 'aws:PrincipalArn': '*' } } };
    expect(judge(iamAuthorizationOff, withPolicy(anyone)).status).toBe('FAIL');
  });

  it('passes when an explicit Deny for all principals except named ones removes the grant', () => {
    const onlyAdmin = {
      Sid: 'OnlyNamedRoles',
      Effect: 'Deny',
      Principal: '*',
      Action: 'elasticfilesystem:Client*',
      Condition: { ArnNotEquals: { 'aws:PrincipalArn': ADMIN_ROLE } },
    };
    const finding = judge(iamAuthorizationOff, withPolicy(MOUNT_TARGET_ONLY, onlyAdmin));
    expect(finding).toMatchObject({
      status: 'PASS',
      detail:
        'The file system policy grants client actions to everyone (statement 1), but statement "OnlyNamedRoles" denies elasticfilesystem:ClientMount to anonymous clients.',
    });
    const exceptOrg = {
      ...onlyAdmin,
      Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
    };
    expect(judge(iamAuthorizationOff, withPolicy(MOUNT_TARGET_ONLY, exceptOrg)).status).toBe(
      'PASS',
    );
  });

  it('passes a grant to authenticated callers only (Null aws:PrincipalArn false): IAM decides', () => {
    const authenticated = {
      ...MOUNT_TARGET_ONLY,
      Condition: { Null: { 'aws:PrincipalArn': 'false' } },
    };
    expect(judge(iamAuthorizationOff, withPolicy(TLS_DENY, authenticated)).status).toBe('PASS');
  });

  it('fails a grant under an ARN condition with a wildcard account: it names no one', () => {
    const anyAccount = {
      ...MOUNT_TARGET_ONLY,
      Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/eks-node-*' } },
    };
    const finding = judge(iamAuthorizationOff, withPolicy(TLS_DENY, anyAccount));
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toContain('statement 2');
  });

  it('is UNKNOWN when the ARN is missing and the grant names the file system as its Resource', () => {
    const named = { ...MOUNT_TARGET_ONLY, Resource: FS_ARN };
    const finding = judge(iamAuthorizationOff, withPolicyNoArn(TLS_DENY, named));
    expect(finding).toMatchObject({
      status: 'UNKNOWN',
      detail:
        "Whether anonymous clients may mount is not known: statement 2 names its resources, and the file system's ARN was not collected.",
    });
    expect(judge(iamAuthorizationOff, withPolicyNoArn(TLS_DENY, MOUNT_TARGET_ONLY)).status).toBe(
      'FAIL',
    );
  });

  it('is UNKNOWN when the policy could not be read', () => {
    expect(judge(iamAuthorizationOff, policyDenied).status).toBe('UNKNOWN');
  });
});

describe('efs.root-not-squashed', () => {
  it('passes when no one anonymous gets ClientRootAccess and no access point is Uid 0', () => {
    const finding = judge(rootNotSquashed, fileSystem(), { accessPoints: ok([accessPoint()]) });
    expect(finding.status).toBe('PASS');
  });

  it('fails without a policy, or with root granted to everyone directly or by wildcard', () => {
    expect(judge(rootNotSquashed, noPolicy).status).toBe('FAIL');
    for (const Action of [
      'elasticfilesystem:ClientRootAccess',
      'elasticfilesystem:Client*',
      'elasticfilesystem:*',
      '*',
    ]) {
      const grant = { Effect: 'Allow', Principal: { AWS: '*' }, Action };
      expect(judge(rootNotSquashed, withPolicy(grant)).status).toBe('FAIL');
    }
  });

  it('passes when an unconditional deny to everyone takes root away', () => {
    const denyRoot = {
      Effect: 'Deny',
      Principal: '*',
      Action: 'elasticfilesystem:ClientRootAccess',
    };
    expect(judge(rootNotSquashed, withPolicy(MOUNT_TARGET_ONLY, denyRoot)).status).toBe('PASS');
  });

  it('passes when a deny exempts only named principals by NotPrincipal: no one else keeps root', () => {
    // Was a FAIL: the named principal keeps the grant, but a grant to one named role is not a
    // grant to everyone, and IAM denies ClientRootAccess to every other caller.
    const denyAllButAdmin = {
      Sid: 'RootOnlyForAdmin',
      Effect: 'Deny',
      NotPrincipal: { AWS: ADMIN_ROLE },
      Action: 'elasticfilesystem:ClientRootAccess',
    };
    const finding = judge(rootNotSquashed, withPolicy(MOUNT_TARGET_ONLY, denyAllButAdmin));
    expect(finding.status).toBe('PASS');
    const everyoneExempt = { ...denyAllButAdmin, NotPrincipal: { AWS: '*' } };
    const open = judge(rootNotSquashed, withPolicy(MOUNT_TARGET_ONLY, everyoneExempt));
    expect(open.status).toBe('FAIL');
    expect(open.detail).toBe(
      'Clients can act as root: statement 1 grants ClientRootAccess to everyone.',
    );
  });

  it('passes when a Deny for all principals except named ones takes root away', () => {
    for (const Condition of [
      { StringNotEquals: { 'aws:PrincipalArn': [ADMIN_ROLE] } },
      { ArnNotLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/ops-*` } },
      { StringNotEquals: { 'aws:PrincipalAccount': ACCOUNT } },
    ]) {
      const deny = { Effect: 'Deny', Principal: '*', Action: 'elasticfilesystem:*', Condition };
      const finding = judge(rootNotSquashed, withPolicy(MOUNT_TARGET_ONLY, deny));
      expect(finding).toMatchObject({
        status: 'PASS',
        detail:
          'The file system policy grants ClientRootAccess to everyone (statement 1), but statement 2 denies it to every caller the policy does not name, and no access point enforces Uid 0.',
      });
    }
  });

  it('fails when the exception of that Deny has a wildcard account: any account escapes it', () => {
    const deny = {
      Effect: 'Deny',
      Principal: '*',
      Action: 'elasticfilesystem:ClientRootAccess',
      Condition: { ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/eks-node-*' } },
    };
    const finding = judge(rootNotSquashed, withPolicy(MOUNT_TARGET_ONLY, deny));
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toBe(
      'Clients can act as root: statement 1 grants ClientRootAccess to any authenticated caller of any account.',
    );
  });

  it('fails a root grant under an ARN condition with a wildcard account field', () => {
    const eksNodes = {
      Sid: 'EksNodes',
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientRootAccess'],
      Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/eks-node-*' } },
    };
    const finding = judge(rootNotSquashed, withPolicy(TLS_DENY, eksNodes));
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toContain('statement "EksNodes" grants ClientRootAccess');
    const ownAccount = {
      ...eksNodes,
      Condition: { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/eks-node-*` } },
    };
    expect(judge(rootNotSquashed, withPolicy(TLS_DENY, ownAccount)).status).toBe('PASS');
  });

  it('fails a root grant to authenticated callers only (Null aws:PrincipalArn false)', () => {
    const authenticated = {
      Sid: 'AnyIamCaller',
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: 'elasticfilesystem:Client*',
      Condition: { Null: { 'aws:PrincipalArn': 'false' } },
    };
    const finding = judge(rootNotSquashed, withPolicy(TLS_DENY, authenticated));
    expect(finding).toMatchObject({
      status: 'FAIL',
      detail:
        'Clients can act as root: statement "AnyIamCaller" grants ClientRootAccess to any authenticated caller of any account.',
    });
    // The same policy turns IAM authorization on.
    expect(judge(iamAuthorizationOff, withPolicy(TLS_DENY, authenticated)).status).toBe('PASS');
  });

  it('fails when the only Deny of root binds requests without TLS', () => {
    const grant = { Effect: 'Allow', Principal: '*', Action: 'elasticfilesystem:ClientRootAccess' };
    expect(judge(rootNotSquashed, withPolicy(TLS_DENY, grant)).status).toBe('FAIL');
  });

  it('is UNKNOWN when the ARN is missing and a root grant names the file system as its Resource', () => {
    const named = { ...MOUNT_TARGET_ONLY, Resource: FS_ARN };
    const finding = judge(rootNotSquashed, withPolicyNoArn(TLS_DENY, named));
    expect(finding).toMatchObject({
      status: 'UNKNOWN',
      detail:
        "Whether clients can act as root is not known: statement 2 names its resources, and the file system's ARN was not collected.",
    });
    expect(judge(rootNotSquashed, withPolicyNoArn(TLS_DENY, MOUNT_TARGET_ONLY)).status).toBe(
      'FAIL',
    );
    const rootPoint = { accessPoints: ok([accessPoint({ posixUser: { uid: 0, gid: 0 } })]) };
    expect(judge(rootNotSquashed, withPolicyNoArn(TLS_DENY, named), rootPoint).status).toBe('FAIL');
  });

  it('fails when an access point of the file system enforces Uid 0', () => {
    const finding = judge(rootNotSquashed, fileSystem(), {
      accessPoints: ok([accessPoint({ posixUser: { uid: 0, gid: 0 } })]),
    });
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toContain('access point fsap-1 enforces PosixUser Uid 0');
  });

  it('is UNKNOWN when the policy or the access points could not be read, unless root shows anyway', () => {
    expect(judge(rootNotSquashed, policyDenied).status).toBe('UNKNOWN');
    const part = { accessPoints: failed('efs:DescribeAccessPoints') };
    expect(judge(rootNotSquashed, fileSystem(), part).status).toBe('UNKNOWN');
    expect(judge(rootNotSquashed, noPolicy, part).status).toBe('FAIL');
  });
});

describe('efs.root-not-squashed under a scope', () => {
  // The access point is left out by the scope, the file system it belongs to is not.
  const cases: [string, ScopeOptions, EfsAccessPoint['tags']][] = [
    ['environment', { excludeTags: [], environment: 'prod' }, {}],
    [
      'exclude-tags',
      { excludeTags: [{ key: 'Temporary', value: 'true' }] },
      { Environment: 'prod', Temporary: 'true' },
    ],
  ];

  it.each(cases)(
    'sees a Uid 0 access point that %s leaves out, which the access point checks skip',
    (_, options, tags) => {
      const prod = fileSystem({ tags: { Name: 'data', Environment: 'prod' } });
      const rootPoint = accessPoint({ id: 'fsap-root', tags, posixUser: { uid: 0, gid: 0 } });
      const part = efsPart({ fileSystems: ok([prod]), accessPoints: ok([rootPoint]) });
      const scoped = applyScope(inventoryOf(part), options).inventory;

      const findings = [...rootNotSquashed.evaluate(scoped, CONTEXT)];
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ resourceId: FS_ID, status: 'FAIL' });
      expect(findings[0]?.detail).toContain('access point fsap-root enforces PosixUser Uid 0');
      expect([...accessPointUserIdentity.evaluate(scoped, CONTEXT)]).toEqual([]);
      expect([...accessPointRootDirectory.evaluate(scoped, CONTEXT)]).toEqual([]);
    },
  );
});

describe('efs.nfs-open-to-world', () => {
  const openGroup = (ingress: object) => ({
    securityGroups: ok([{ id: 'sg-nfs', ingress: [ingress] }]),
  });

  it('passes when the mount target groups admit NFS only from private ranges', () => {
    expect(judge(nfsOpenToWorld, fileSystem()).status).toBe('PASS');
  });

  it('passes without mount targets', () => {
    expect(judge(nfsOpenToWorld, fileSystem({ mountTargets: ok([]) })).status).toBe('PASS');
  });

  it.each([
    [
      'port 2049',
      { IpProtocol: 'tcp', FromPort: 2049, ToPort: 2049, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
    ],
    [
      'a range',
      { IpProtocol: '6', FromPort: 1024, ToPort: 65535, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
    ],
    ['protocol -1', { IpProtocol: '-1', Ipv6Ranges: [{ CidrIpv6: '::/0' }] }],
  ])('fails when a group admits TCP 2049 from anywhere by %s', (_, ingress) => {
    const finding = judge(nfsOpenToWorld, fileSystem(), openGroup(ingress));
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toContain('sg-nfs');
    expect(finding.detail).toContain('fsmt-1');
  });

  it('passes world-open rules that do not reach 2049', () => {
    const ssh = {
      IpProtocol: 'tcp',
      FromPort: 22,
      ToPort: 22,
      IpRanges: [{ CidrIp: '0.0.0.0/0' }],
    };
    const udp = {
      IpProtocol: 'udp',
      FromPort: 2049,
      ToPort: 2049,
      IpRanges: [{ CidrIp: '0.0.0.0/0' }],
    };
    expect(judge(nfsOpenToWorld, fileSystem(), openGroup(ssh)).status).toBe('PASS');
    expect(judge(nfsOpenToWorld, fileSystem(), openGroup(udp)).status).toBe('PASS');
  });

  it('is UNKNOWN when mount targets, their groups or the group listing could not be read', () => {
    const noTargets = fileSystem({ mountTargets: failed('efs:DescribeMountTargets') });
    expect(judge(nfsOpenToWorld, noTargets).status).toBe('UNKNOWN');
    const noGroups = fileSystem({
      mountTargets: ok([
        {
          id: 'fsmt-1',
          subnetId: 'subnet-private',
          state: 'available',
          securityGroupIds: failed('efs:DescribeMountTargetSecurityGroups'),
        },
      ]),
    });
    expect(judge(nfsOpenToWorld, noGroups).status).toBe('UNKNOWN');
    const listing = { securityGroups: failed('ec2:DescribeSecurityGroups') };
    const finding = judge(nfsOpenToWorld, fileSystem(), listing);
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.failedCall?.permission).toBe('ec2:DescribeSecurityGroups');
    expect(judge(nfsOpenToWorld, fileSystem(), { securityGroups: ok([]) }).status).toBe('UNKNOWN');
  });
});

describe('efs.nfs-open-to-world: the internet as CHECKS.md defines it', () => {
  const mountTarget = (id: string, securityGroupIds: string[]) => ({
    id,
    subnetId: 'subnet-private',
    state: 'available',
    securityGroupIds: ok(securityGroupIds),
  });
  const nfs = (sources: object) => ({
    IpProtocol: 'tcp',
    FromPort: 2049,
    ToPort: 2049,
    ...sources,
  });
  const group = (...ingress: object[]) => ({ securityGroups: ok([{ id: 'sg-nfs', ingress }]) });
  const lists = (...ids: string[]) => ({
    PrefixListIds: ids.map((PrefixListId) => ({ PrefixListId })),
  });
  const PREFIX_LISTS = {
    'pl-world': ok(['0.0.0.0/1', '128.0.0.0/1']),
    'pl-office': ok(['203.0.113.0/24']),
    'pl-denied': failed('ec2:GetManagedPrefixListEntries'),
  };

  it('fails when the ranges of one group reaching TCP 2049 together cover the address space', () => {
    const oneRule = judge(
      nfsOpenToWorld,
      fileSystem(),
      group(nfs({ IpRanges: [{ CidrIp: '0.0.0.0/1' }, { CidrIp: '128.0.0.0/1' }] })),
    );
    expect(oneRule.status).toBe('FAIL');
    expect(oneRule.detail).toBe(
      'NFS (TCP 2049) is open to the internet: sg-nfs (tcp 2049 from 0.0.0.0/1, 128.0.0.0/1) on fsmt-1.',
    );
    const twoRules = judge(
      nfsOpenToWorld,
      fileSystem(),
      group(nfs({ Ipv6Ranges: [{ CidrIpv6: '::/1' }] }), {
        IpProtocol: '6',
        FromPort: 1024,
        ToPort: 65535,
        Ipv6Ranges: [{ CidrIpv6: '8000::/1' }],
      }),
    );
    expect(twoRules.status).toBe('FAIL');
    expect(twoRules.detail).toContain('sg-nfs (tcp 2049 from ::/1; 6 1024-65535 from 8000::/1)');
  });

  it('passes ranges that leave a gap, or that cover the space only over other ports', () => {
    const gap = group(nfs({ IpRanges: [{ CidrIp: '0.0.0.0/1' }, { CidrIp: '128.0.0.0/2' }] }));
    expect(judge(nfsOpenToWorld, fileSystem(), gap).status).toBe('PASS');
    const otherPort = group(nfs({ IpRanges: [{ CidrIp: '0.0.0.0/1' }] }), {
      IpProtocol: 'tcp',
      FromPort: 22,
      ToPort: 22,
      IpRanges: [{ CidrIp: '128.0.0.0/1' }],
    });
    expect(judge(nfsOpenToWorld, fileSystem(), otherPort).status).toBe('PASS');
  });

  it('counts a managed prefix list with its entries', () => {
    const world = judge(nfsOpenToWorld, fileSystem(), {
      ...group(nfs(lists('pl-world'))),
      prefixLists: PREFIX_LISTS,
    });
    expect(world.status).toBe('FAIL');
    expect(world.detail).toContain('sg-nfs (tcp 2049 from prefix list pl-world) on fsmt-1');
    const office = judge(nfsOpenToWorld, fileSystem(), {
      ...group(nfs(lists('pl-office'))),
      prefixLists: PREFIX_LISTS,
    });
    expect(office.status).toBe('PASS');
  });

  it('is UNKNOWN naming GetManagedPrefixListEntries when a list reaching 2049 could not be read, unless the internet already reaches it', () => {
    const unread = judge(nfsOpenToWorld, fileSystem(), {
      ...group(nfs(lists('pl-denied'))),
      prefixLists: PREFIX_LISTS,
    });
    expect(unread.status).toBe('UNKNOWN');
    expect(unread.failedCall?.operation).toBe('ec2:GetManagedPrefixListEntries');
    const open = judge(nfsOpenToWorld, fileSystem(), {
      ...group(nfs(lists('pl-denied')), { IpProtocol: '-1', Ipv6Ranges: [{ CidrIpv6: '::/0' }] }),
      prefixLists: PREFIX_LISTS,
    });
    expect(open.status).toBe('FAIL');
    expect(open.detail).toContain('sg-nfs (all traffic from ::/0) on fsmt-1');
  });

  it('is UNKNOWN for a prefix list rule in an inventory saved before prefix lists were read', () => {
    const finding = judge(nfsOpenToWorld, fileSystem(), group(nfs(lists('pl-world'))));
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.failedCall).toBeUndefined();
    expect(finding.detail).toContain('prefix list pl-world');
    expect(finding.detail).toContain('not collected');
  });

  it('is UNKNOWN when a mount target is listed with no security group, unless another is open', () => {
    const bare = fileSystem({
      mountTargets: ok([mountTarget('fsmt-1', ['sg-nfs']), mountTarget('fsmt-2', [])]),
    });
    const finding = judge(nfsOpenToWorld, bare);
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.failedCall).toBeUndefined();
    expect(finding.detail).toBe(
      'Mount target fsmt-2 was listed with no security group (AWS always has 1 to 5): its exposure cannot be judged.',
    );
    const open = judge(nfsOpenToWorld, bare, group(nfs({ IpRanges: [{ CidrIp: '0.0.0.0/0' }] })));
    expect(open.status).toBe('FAIL');
  });
});

describe('efs.mount-target-public-subnet', () => {
  it('passes in private subnets and without mount targets', () => {
    expect(judge(mountTargetPublicSubnet, fileSystem()).status).toBe('PASS');
    const none = fileSystem({ mountTargets: ok([]) });
    expect(judge(mountTargetPublicSubnet, none).status).toBe('PASS');
  });

  it('fails when a subnet assigns public IPs on launch', () => {
    const subnets = ok([{ id: 'subnet-private', mapPublicIpOnLaunch: true }]);
    const finding = judge(mountTargetPublicSubnet, fileSystem(), { subnets });
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toContain('fsmt-1 in subnet-private');
    expect(mountTargetPublicSubnet.meta.frameworks).toEqual({ fsbp: ['EFS.6'] });
  });

  it('is UNKNOWN when the mount targets or subnets could not be read', () => {
    const noTargets = fileSystem({ mountTargets: failed('efs:DescribeMountTargets') });
    expect(judge(mountTargetPublicSubnet, noTargets).status).toBe('UNKNOWN');
    const subnets = failed('ec2:DescribeSubnets');
    expect(judge(mountTargetPublicSubnet, fileSystem(), { subnets }).status).toBe('UNKNOWN');
  });
});

describe('access point checks', () => {
  const points = [
    accessPoint(),
    accessPoint({ id: 'fsap-root', rootDirectoryPath: '/', posixUser: undefined }),
    accessPoint({ id: 'fsap-other-fs', fileSystemId: 'fs-not-audited' }),
  ];
  const part = efsPart({ accessPoints: ok(points) });

  it('judge each access point of an audited file system, as an access point', () => {
    const findings = evaluate(accessPointRootDirectory, part);
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      ['fsap-1', 'PASS'],
      ['fsap-root', 'FAIL'],
    ]);
    expect(findings[0]?.resourceType).toBe('AWS::EFS::AccessPoint');
    expect(accessPointRootDirectory.meta.frameworks).toEqual({ fsbp: ['EFS.3'] });
  });

  it('fail an access point without a PosixUser', () => {
    const findings = evaluate(accessPointUserIdentity, part);
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      ['fsap-1', 'PASS'],
      ['fsap-root', 'FAIL'],
    ]);
    expect(accessPointUserIdentity.meta.frameworks).toEqual({ fsbp: ['EFS.4'] });
  });

  it('are UNKNOWN per file system when the access points could not be listed', () => {
    const error = {
      operation: 'efs:DescribeAccessPoints',
      code: 'AccessDeniedException',
      message: '',
    };
    const findings = evaluate(
      accessPointUserIdentity,
      efsPart({ accessPoints: { ok: false, error } }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      status: 'UNKNOWN',
      resourceId: FS_ID,
      resourceType: 'AWS::EFS::FileSystem',
      failedCall: { permission: 'elasticfilesystem:DescribeAccessPoints' },
    });
  });
});
