import {
  INVENTORY_SCHEMA_VERSION,
  type CallFailure,
  type Fetched,
  type Inventory,
} from '../../../src/model/inventory.js';
import type {
  PublicAccessBlockSettings,
  S3Bucket,
  S3Grant,
  S3Inventory,
} from '../../../src/model/s3.js';
import { sampleS3Errors, sampleS3Inventory } from '../../../src/demo/s3.js';
import { s3Rules } from '../../../src/rules/s3.js';
import type { Finding } from '../../../src/model/results.js';

const ALL_ON: PublicAccessBlockSettings = {
  blockPublicAcls: true,
  ignorePublicAcls: true,
  blockPublicPolicy: true,
  restrictPublicBuckets: true,
};
const ALL_OFF: PublicAccessBlockSettings = {
  blockPublicAcls: false,
  ignorePublicAcls: false,
  blockPublicPolicy: false,
  restrictPublicBuckets: false,
};

const ok = <T>(value: T): Fetched<T> => ({ ok: true, value });
const denied = (operation: string): Fetched<never> => ({
  ok: false,
  error: { operation, code: 'AccessDenied', message: 'Access Denied' },
});

const tlsPolicy = (
  bucket: string,
  condition: unknown = { Bool: { 'aws:SecureTransport': 'false' } },
) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
        Condition: condition,
      },
    ],
  });

const OWNER_ID = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';
const OWNER_ONLY: S3Grant[] = [
  { granteeType: 'CanonicalUser', id: OWNER_ID, permission: 'FULL_CONTROL' },
];
const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTHENTICATED_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';
const LOG_DELIVERY = 'http://acs.amazonaws.com/groups/s3/LogDelivery';
const groupGrant = (uri: string, permission: string): S3Grant => ({
  granteeType: 'Group',
  uri,
  permission,
});

/** A bucket that passes every S3 check unless overridden. */
function bucket(name: string, overrides: Partial<S3Bucket> = {}): S3Bucket {
  return {
    name,
    arn: `arn:aws:s3:::${name}`,
    region: 'eu-west-1',
    tags: ok({}),
    encryption: ok([{ algorithm: 'AES256' }]),
    versioning: ok('Enabled'),
    publicAccessBlock: ok(ALL_ON),
    policy: ok(tlsPolicy(name)),
    policyStatus: ok({ isPublic: false }),
    acl: ok(OWNER_ONLY),
    objectOwnership: ok('BucketOwnerEnforced'),
    logging: ok({ targetBucket: 'acme-access-logs', targetPrefix: `${name}/` }),
    ...overrides,
  };
}

function inventory(buckets: S3Bucket[], part: Partial<S3Inventory> = {}): Inventory {
  return {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    account: '111122223333',
    collectedAt: '2026-11-01T00:00:00.000Z',
    regions: ['us-east-1', 'eu-west-1'],
    services: ['s3'],
    global: {
      s3: {
        accountPublicAccessBlock: ok(null),
        buckets: ok(buckets),
        ...part,
      },
    },
    regional: {},
    errors: [],
  };
}

function run(checkId: string, inv: Inventory): Finding[] {
  const rule = s3Rules.find((r) => r.meta.id === checkId);
  if (!rule) throw new Error(`no rule ${checkId}`);
  return [...rule.evaluate(inv, { now: new Date('2026-11-01T00:00:00Z'), minAgeDays: 30 })];
}

function single(checkId: string, b: S3Bucket, part: Partial<S3Inventory> = {}): Finding {
  const [finding, ...rest] = run(checkId, inventory([b], part));
  if (!finding || rest.length > 0) throw new Error(`expected exactly one ${checkId} finding`);
  return finding;
}

describe('S3 check catalogue', () => {
  it('judges buckets', () => {
    for (const { meta } of s3Rules) expect(meta.resourceType).toBe('AWS::S3::Bucket');
  });

  it('reports per bucket with its region, name, ARN and Name tag', () => {
    const b = bucket('web-assets', {
      region: 'us-east-1',
      tags: ok({ Name: '<img src=x>|**bold**' }),
    });
    for (const { meta } of s3Rules) {
      expect(single(meta.id, b)).toMatchObject({
        status: 'PASS',
        region: 'us-east-1',
        resourceId: 'web-assets',
        resourceArn: 'arn:aws:s3:::web-assets',
        resourceName: '<img src=x>|**bold**',
      });
    }
  });

  it('says in every result of a bucket whose tags could not be read that scope was not applied to it', () => {
    const unreadable =
      ' Its tags could not be read (s3:GetBucketTagging failed with AccessDenied), so exclude-tags and environment could not be applied to it.';
    const cases: [S3Bucket, string][] = [
      [bucket('tags-denied', { tags: denied('s3:GetBucketTagging') }), 'PASS'],
      [
        bucket('tags-denied-bare', {
          tags: denied('s3:GetBucketTagging'),
          publicAccessBlock: ok(ALL_OFF),
          encryption: ok(null),
          versioning: ok(null),
          policy: ok(null),
          policyStatus: ok(null),
          acl: ok([...OWNER_ONLY, groupGrant(ALL_USERS, 'READ')]),
          objectOwnership: ok(null),
          logging: ok(null),
        }),
        'FAIL',
      ],
      [
        bucket('tags-denied-unreadable', {
          tags: denied('s3:GetBucketTagging'),
          publicAccessBlock: denied('s3:GetBucketPublicAccessBlock'),
          encryption: denied('s3:GetBucketEncryption'),
          versioning: denied('s3:GetBucketVersioning'),
          policy: denied('s3:GetBucketPolicy'),
          policyStatus: denied('s3:GetBucketPolicyStatus'),
          acl: denied('s3:GetBucketAcl'),
          objectOwnership: denied('s3:GetBucketOwnershipControls'),
          logging: denied('s3:GetBucketLogging'),
        }),
        'UNKNOWN',
      ],
    ];
    for (const { meta } of s3Rules) {
      for (const [b, status] of cases) {
        const finding = single(meta.id, b, { accountPublicAccessBlock: ok(ALL_OFF) });
        expect(finding.status).toBe(status);
        expect(finding.detail.endsWith(unreadable)).toBe(true);
        expect(finding.detail.indexOf(' Its tags could not be read')).toBe(
          finding.detail.length - unreadable.length,
        );
      }
      expect(single(meta.id, bucket('tags-read')).detail).not.toContain('tags could not be read');
    }
  });

  it('returns nothing when S3 was not collected', () => {
    const inv = inventory([]);
    delete inv.global.s3;
    for (const { meta } of s3Rules) expect(run(meta.id, inv)).toEqual([]);
  });

  it('returns nothing for an account without buckets in the scanned regions', () => {
    for (const { meta } of s3Rules) expect(run(meta.id, inventory([]))).toEqual([]);
  });

  it('says UNKNOWN for the account, never nothing, when ListBuckets failed', () => {
    const inv = inventory([], { buckets: denied('s3:ListBuckets') });
    for (const { meta } of s3Rules) {
      expect(run(meta.id, inv)).toEqual([
        expect.objectContaining({
          status: 'UNKNOWN',
          region: 'global',
          resourceId: '111122223333',
          resourceType: 'AWS::::Account',
          failedCall: {
            operation: 's3:ListBuckets',
            code: 'AccessDenied',
            permission: 's3:ListAllMyBuckets',
          },
        }),
      ]);
    }
  });
});

describe('s3.public-access-not-blocked', () => {
  const check = 's3.public-access-not-blocked';

  it('passes when the bucket turns on all four settings', () => {
    expect(single(check, bucket('b')).status).toBe('PASS');
  });

  it('passes when the account covers a bucket without its own configuration', () => {
    const finding = single(check, bucket('b', { publicAccessBlock: ok(null) }), {
      accountPublicAccessBlock: ok(ALL_ON),
    });
    expect(finding.status).toBe('PASS');
  });

  it('passes when bucket and account together cover all four settings', () => {
    const b = bucket('b', {
      publicAccessBlock: ok({ ...ALL_OFF, blockPublicAcls: true, ignorePublicAcls: true }),
    });
    const finding = single(check, b, {
      accountPublicAccessBlock: ok({
        ...ALL_OFF,
        blockPublicPolicy: true,
        restrictPublicBuckets: true,
      }),
    });
    expect(finding.status).toBe('PASS');
  });

  it('passes on the bucket alone even when the account call was denied', () => {
    const finding = single(check, bucket('b'), {
      accountPublicAccessBlock: denied('s3control:GetPublicAccessBlock'),
    });
    expect(finding.status).toBe('PASS');
  });

  it('fails with no configuration anywhere and names all four settings', () => {
    const finding = single(check, bucket('b', { publicAccessBlock: ok(null) }));
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toBe(
      '4 of 4 Block Public Access settings are off on both the bucket and the account: BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets.',
    );
  });

  it('fails on partial coverage and names only the settings that are off', () => {
    const b = bucket('b', { publicAccessBlock: ok({ ...ALL_ON, restrictPublicBuckets: false }) });
    const finding = single(check, b, {
      accountPublicAccessBlock: ok({ ...ALL_OFF, blockPublicPolicy: true }),
    });
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toContain(': RestrictPublicBuckets.');
    expect(finding.detail).not.toContain('BlockPublicPolicy');
    expect(finding.evidence).toMatchObject({ settingsOff: ['RestrictPublicBuckets'] });
  });

  it('is UNKNOWN, not PASS or FAIL, when the bucket has none and the account call was denied', () => {
    const finding = single(check, bucket('b', { publicAccessBlock: ok(null) }), {
      accountPublicAccessBlock: denied('s3control:GetPublicAccessBlock'),
    });
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.failedCall).toEqual({
      operation: 's3control:GetPublicAccessBlock',
      code: 'AccessDenied',
      permission: 's3:GetAccountPublicAccessBlock',
    });
    expect(finding.evidence).toMatchObject({
      undetermined: expect.arrayContaining(['BlockPublicAcls']),
    });
  });

  it('is UNKNOWN when the bucket read failed and the account leaves a setting off', () => {
    const finding = single(
      check,
      bucket('b', { publicAccessBlock: denied('s3:GetPublicAccessBlock') }),
      {
        accountPublicAccessBlock: ok({ ...ALL_ON, ignorePublicAcls: false }),
      },
    );
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.failedCall?.permission).toBe('s3:GetBucketPublicAccessBlock');
    expect(finding.evidence).toMatchObject({ undetermined: ['IgnorePublicAcls'] });
  });

  it('passes when the bucket read failed but the account covers everything', () => {
    const finding = single(
      check,
      bucket('b', { publicAccessBlock: denied('s3:GetPublicAccessBlock') }),
      {
        accountPublicAccessBlock: ok(ALL_ON),
      },
    );
    expect(finding.status).toBe('PASS');
  });

  it('judges each bucket against the same account settings', () => {
    const inv = inventory(
      [
        bucket('covered', { publicAccessBlock: ok(null) }),
        bucket('own', { publicAccessBlock: ok({ ...ALL_OFF, blockPublicAcls: true }) }),
      ],
      { accountPublicAccessBlock: ok({ ...ALL_ON, blockPublicAcls: false }) },
    );
    expect(run(check, inv).map((f) => [f.resourceId, f.status])).toEqual([
      ['covered', 'FAIL'],
      ['own', 'PASS'],
    ]);
  });
});

describe('s3.default-encryption-missing', () => {
  const check = 's3.default-encryption-missing';

  it('passes with a default encryption rule and names the algorithm', () => {
    const b = bucket('b', {
      encryption: ok([{ algorithm: 'aws:kms', kmsKeyId: 'alias/data', bucketKeyEnabled: true }]),
    });
    const finding = single(check, b);
    expect(finding).toMatchObject({ status: 'PASS', detail: 'Default encryption is aws:kms.' });
  });

  it('fails without a configuration', () => {
    const finding = single(check, bucket('b', { encryption: ok(null) }));
    expect(finding).toMatchObject({
      status: 'FAIL',
      detail: 'The bucket has no default encryption configuration.',
    });
  });

  it('is UNKNOWN when GetBucketEncryption failed', () => {
    const finding = single(check, bucket('b', { encryption: denied('s3:GetBucketEncryption') }));
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.detail).toContain('s3:GetBucketEncryption failed with AccessDenied');
    expect(finding.failedCall?.permission).toBe('s3:GetEncryptionConfiguration');
  });
});

describe('s3.versioning-off', () => {
  const check = 's3.versioning-off';

  it('passes when versioning is Enabled', () => {
    expect(single(check, bucket('b')).status).toBe('PASS');
  });

  it('fails when versioning was never enabled', () => {
    const finding = single(check, bucket('b', { versioning: ok(null) }));
    expect(finding).toMatchObject({
      status: 'FAIL',
      detail: 'Versioning has never been enabled on the bucket.',
    });
  });

  it('fails when versioning is Suspended', () => {
    const finding = single(check, bucket('b', { versioning: ok('Suspended') }));
    expect(finding).toMatchObject({
      status: 'FAIL',
      detail: 'Versioning is Suspended, not Enabled.',
    });
  });

  it('is UNKNOWN when GetBucketVersioning failed', () => {
    const finding = single(check, bucket('b', { versioning: denied('s3:GetBucketVersioning') }));
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.failedCall?.operation).toBe('s3:GetBucketVersioning');
  });
});

describe('s3.tls-not-enforced', () => {
  const check = 's3.tls-not-enforced';
  const failure: CallFailure = {
    operation: 's3:GetBucketPolicy',
    code: 'AccessDenied',
    message: 'no',
  };

  it('passes with a deny on aws:SecureTransport "false" and names the statement', () => {
    const finding = single(check, bucket('b'));
    expect(finding.status).toBe('PASS');
    expect(finding.detail).toContain('DenyInsecureTransport');
  });

  it('passes with the boolean false form of the condition', () => {
    const b = bucket('b', {
      policy: ok(tlsPolicy('b', { Bool: { 'aws:SecureTransport': false } })),
    });
    expect(single(check, b).status).toBe('PASS');
  });

  it('fails without a bucket policy', () => {
    const finding = single(check, bucket('b', { policy: ok(null) }));
    expect(finding).toMatchObject({
      status: 'FAIL',
      detail: 'The bucket has no policy, so requests without TLS are not denied.',
    });
  });

  it('fails when the policy has no TLS deny', () => {
    const policy = JSON.stringify({
      Statement: {
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:root' },
        Action: 's3:*',
      },
    });
    const finding = single(check, bucket('b', { policy: ok(policy) }));
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toBe(
      'No statement of the bucket policy denies requests with aws:SecureTransport false.',
    );
  });

  /** A bucket whose policy is one TLS Deny with these fields changed. */
  const withDeny = (fields: Record<string, unknown>, name = 'b') =>
    bucket(name, {
      policy: ok(
        JSON.stringify({
          Statement: {
            Sid: 'TlsOnly',
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:*',
            Resource: [`arn:aws:s3:::${name}`, `arn:aws:s3:::${name}/*`],
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            ...fields,
          },
        }),
      ),
    });

  it('passes s3:* on bucket/* alone for principal "*", and wider actions or resources', () => {
    expect(single(check, withDeny({ Resource: 'arn:aws:s3:::b/*' })).status).toBe('PASS');
    expect(single(check, withDeny({ Principal: { AWS: '*' }, Action: '*' })).status).toBe('PASS');
    expect(single(check, withDeny({ Resource: 'arn:aws:s3:::*' })).status).toBe('PASS');
    expect(single(check, withDeny({ Action: ['s3:*'], Resource: '*' })).status).toBe('PASS');
  });

  it('passes with BoolIfExists, as a string or a boolean', () => {
    for (const value of ['false', false]) {
      const deny = withDeny({ Condition: { BoolIfExists: { 'aws:SecureTransport': value } } });
      expect(single(check, deny).status).toBe('PASS');
    }
  });

  it('fails when the TLS deny covers the bucket but not its objects', () => {
    const finding = single(check, withDeny({ Resource: 'arn:aws:s3:::b' }));
    expect(finding).toMatchObject({
      status: 'FAIL',
      detail:
        'The bucket policy denies requests without TLS only in part: statement "TlsOnly" leaves every object of the bucket (arn:aws:s3:::b/*) open over plain HTTP.',
    });
  });

  it('fails, naming the actions left open, when the TLS deny lists some actions', () => {
    const finding = single(
      check,
      withDeny({ Principal: { AWS: '*' }, Action: ['s3:GetObject', 's3:PutObject'] }),
    );
    expect(finding).toMatchObject({
      status: 'FAIL',
      detail:
        'The bucket policy denies requests without TLS only in part: statement "TlsOnly" leaves S3 actions other than s3:GetObject, s3:PutObject open over plain HTTP.',
    });
  });

  it('fails when the TLS deny covers only writes', () => {
    const finding = single(
      check,
      withDeny({ Action: ['s3:PutObject'], Resource: 'arn:aws:s3:::b/*' }),
    );
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toContain('S3 actions other than s3:PutObject');
  });

  it('fails, naming what NotAction exempts, when the TLS deny uses NotAction', () => {
    const finding = single(check, withDeny({ Action: undefined, NotAction: 's3:DeleteObject' }));
    expect(finding).toMatchObject({
      status: 'FAIL',
      detail:
        'The bucket policy denies requests without TLS only in part: statement "TlsOnly" leaves the actions its NotAction lists (s3:DeleteObject) open over plain HTTP.',
    });
  });

  it('fails, naming the objects left open, when the TLS deny covers one prefix', () => {
    const finding = single(
      check,
      withDeny({ Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/logs/*'] }),
    );
    expect(finding).toMatchObject({
      status: 'FAIL',
      detail:
        'The bucket policy denies requests without TLS only in part: statement "TlsOnly" leaves objects outside arn:aws:s3:::b/logs/* open over plain HTTP.',
    });
  });

  it('fails, naming what NotResource exempts, when the TLS deny uses NotResource', () => {
    const finding = single(
      check,
      withDeny({ Resource: undefined, NotResource: 'arn:aws:s3:::b/public/*' }),
    );
    expect(finding).toMatchObject({
      status: 'FAIL',
      detail:
        'The bucket policy denies requests without TLS only in part: statement "TlsOnly" leaves the resources its NotResource lists (arn:aws:s3:::b/public/*) open over plain HTTP.',
    });
  });

  it('names every shortfall of a partial deny, and every partial deny', () => {
    const policy = JSON.stringify({
      Statement: [
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::b/logs/*',
          Condition: { Bool: { 'aws:SecureTransport': false } },
        },
        {
          Sid: 'Writes',
          Effect: 'Deny',
          NotPrincipal: { AWS: 'arn:aws:iam::111122223333:role/legacy' },
          Action: 's3:PutObject',
          Resource: 'arn:aws:s3:::b/*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ],
    });
    const finding = single(check, bucket('b', { policy: ok(policy) }));
    expect(finding).toMatchObject({
      status: 'FAIL',
      detail:
        'The bucket policy denies requests without TLS only in part: statement 1 leaves S3 actions other than s3:GetObject and objects outside arn:aws:s3:::b/logs/* open over plain HTTP; statement "Writes" leaves requests by the principals its NotPrincipal lists (arn:aws:iam::111122223333:role/legacy) and S3 actions other than s3:PutObject open over plain HTTP.',
    });
  });

  it.each([
    [
      'names one account',
      { AWS: 'arn:aws:iam::123456789012:root' },
      {},
      'requests by principals other than arn:aws:iam::123456789012:root',
    ],
    [
      'adds a VPC endpoint condition',
      '*',
      { StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } },
      'requests its other conditions spare (StringNotEquals aws:SourceVpce)',
    ],
    [
      'spares named principals by condition',
      '*',
      { ArnNotEquals: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/legacy' } },
      'requests its other conditions spare (ArnNotEquals aws:PrincipalArn)',
    ],
  ])(
    'fails, saying which callers stay open, when the TLS deny %s',
    (_how, principal, extra, open) => {
      const finding = single(
        check,
        withDeny({
          Principal: principal,
          Condition: { Bool: { 'aws:SecureTransport': 'false' }, ...extra },
        }),
      );
      expect(finding).toMatchObject({
        status: 'FAIL',
        detail: `The bucket policy denies requests without TLS only in part: statement "TlsOnly" leaves ${open} open over plain HTTP.`,
      });
    },
  );

  it('is UNKNOWN when the bucket ARN is missing and the deny names resources', () => {
    const finding = single(check, { ...bucket('b'), arn: '' });
    expect(finding).toMatchObject({
      status: 'UNKNOWN',
      detail:
        'Whether the bucket policy denies every request without TLS is not known: statement "DenyInsecureTransport" names its resources, and the bucket\'s ARN was not collected.',
    });
  });

  it('is UNKNOWN, and says why, when the stored policy cannot be parsed', () => {
    const finding = single(check, bucket('b', { policy: ok('{"Statement": [') }));
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.detail).toMatch(
      /^The bucket policy is unreadable \(policy is not valid JSON: .*\), so whether it denies/,
    );
  });

  it('is UNKNOWN when GetBucketPolicy failed', () => {
    const finding = single(check, bucket('b', { policy: { ok: false, error: failure } }));
    expect(finding).toMatchObject({
      status: 'UNKNOWN',
      failedCall: {
        operation: 's3:GetBucketPolicy',
        code: 'AccessDenied',
        permission: 's3:GetBucketPolicy',
      },
    });
  });
});

describe('the demo S3 inventory', () => {
  it('makes every S3 check both pass and fail, shows one UNKNOWN and keeps a hostile Name tag', () => {
    const inv = inventory([], sampleS3Inventory());
    const statuses = Object.fromEntries(
      s3Rules.map((rule) => [rule.meta.id, new Set(run(rule.meta.id, inv).map((f) => f.status))]),
    );
    for (const { meta } of s3Rules) {
      expect(statuses[meta.id]).toContain('PASS');
      expect(statuses[meta.id]).toContain('FAIL');
    }
    const unknown = run('s3.tls-not-enforced', inv).filter((f) => f.status === 'UNKNOWN');
    expect(unknown.map((f) => f.failedCall?.operation)).toEqual(['s3:GetBucketPolicy']);
    expect(sampleS3Errors()).toContainEqual(
      expect.objectContaining({
        service: 's3',
        operation: 's3:GetBucketPolicy',
        code: 'AccessDenied',
      }),
    );
    const names = run('s3.versioning-off', inv).map((f) => f.resourceName);
    expect(names).toContain('<img src=x>|**bold**');
  });
});

/** A policy of one statement granting `action` on the bucket's objects to `principal`. */
function grantPolicy(name: string, principal: unknown, extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'PublicRead',
        Effect: 'Allow',
        Principal: principal,
        Action: 's3:GetObject',
        Resource: `arn:aws:s3:::${name}/*`,
        ...extra,
      },
    ],
  });
}

/** A bucket saved by a version that did not collect the reads of the deeper checks. */
function oldBucket(name: string, overrides: Partial<S3Bucket> = {}): S3Bucket {
  const b = bucket(name, overrides);
  delete b.policyStatus;
  delete b.acl;
  delete b.objectOwnership;
  delete b.logging;
  return b;
}

describe('s3.bucket-public', () => {
  const check = 's3.bucket-public';
  // Neither Block Public Access setting that matters is on anywhere unless a test says so.
  const open = (overrides: Partial<S3Bucket>) =>
    bucket('b', { publicAccessBlock: ok(ALL_OFF), ...overrides });
  const noAccountBlock = { accountPublicAccessBlock: ok(null) };

  it('passes a bucket without a policy whose ACL grants only its owner', () => {
    const finding = single(
      check,
      open({ policy: ok(null), policyStatus: ok(null) }),
      noAccountBlock,
    );
    expect(finding.status).toBe('PASS');
    expect(finding.detail).toContain('has no bucket policy');
    expect(finding.detail).toContain('ACL grants nothing to AllUsers or AuthenticatedUsers');
  });

  it('passes a policy AWS evaluates as not public, even one posture-gate would read as a grant to everyone', () => {
    // aws:SourceIp confines a grant for AWS's evaluation; AWS's IsPublic is the primary source.
    const policy = grantPolicy('b', '*', {
      Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
    });
    const finding = single(
      check,
      open({ policy: ok(policy), policyStatus: ok({ isPublic: false }) }),
      noAccountBlock,
    );
    expect(finding.status).toBe('PASS');
    expect(finding.detail).toContain('AWS evaluates its bucket policy as not public');
  });

  it('fails a policy AWS evaluates as public when RestrictPublicBuckets is on neither the bucket nor the account', () => {
    const finding = single(check, open({ policyStatus: ok({ isPublic: true }) }), {
      accountPublicAccessBlock: ok({ ...ALL_OFF, blockPublicAcls: true, ignorePublicAcls: true }),
    });
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toBe(
      'The bucket is public: AWS evaluates its bucket policy as public (GetBucketPolicyStatus IsPublic), and RestrictPublicBuckets is on neither the bucket nor the account.',
    );
  });

  it.each([
    ['the account', { ...ALL_OFF }, { ...ALL_OFF, restrictPublicBuckets: true }],
    ['the bucket', { ...ALL_OFF, restrictPublicBuckets: true }, null],
  ])(
    'passes a public policy when RestrictPublicBuckets is on for %s',
    (where, onBucket, onAccount) => {
      const finding = single(
        check,
        bucket('b', { publicAccessBlock: ok(onBucket), policyStatus: ok({ isPublic: true }) }),
        { accountPublicAccessBlock: ok(onAccount) },
      );
      expect(finding.status).toBe('PASS');
      expect(finding.detail).toContain(`RestrictPublicBuckets is on for ${where}`);
    },
  );

  it.each([
    [ALL_USERS, 'READ', 'READ to AllUsers (everyone)'],
    [AUTHENTICATED_USERS, 'WRITE', 'WRITE to AuthenticatedUsers (any AWS account)'],
    [ALL_USERS, 'FULL_CONTROL', 'FULL_CONTROL to AllUsers (everyone)'],
  ])(
    'fails an ACL granting %s %s when IgnorePublicAcls is on neither',
    (uri, permission, phrase) => {
      const finding = single(
        check,
        open({ acl: ok([...OWNER_ONLY, groupGrant(uri, permission)]) }),
        noAccountBlock,
      );
      expect(finding.status).toBe('FAIL');
      expect(finding.detail).toBe(
        `The bucket is public: its ACL grants ${phrase}, and IgnorePublicAcls is on neither the bucket nor the account.`,
      );
    },
  );

  it('names every public grant of the ACL', () => {
    const acl = [groupGrant(ALL_USERS, 'READ'), groupGrant(AUTHENTICATED_USERS, 'READ_ACP')];
    const finding = single(check, open({ acl: ok(acl) }), noAccountBlock);
    expect(finding.detail).toContain(
      'its ACL grants READ to AllUsers (everyone) and READ_ACP to AuthenticatedUsers (any AWS account)',
    );
  });

  it('passes a public ACL when IgnorePublicAcls is on for the account', () => {
    const finding = single(check, open({ acl: ok([groupGrant(ALL_USERS, 'READ')]) }), {
      accountPublicAccessBlock: ok({ ...ALL_OFF, ignorePublicAcls: true }),
    });
    expect(finding.status).toBe('PASS');
    expect(finding.detail).toContain('IgnorePublicAcls is on for the account');
  });

  it('does not count the log delivery group as public', () => {
    const acl = [...OWNER_ONLY, groupGrant(LOG_DELIVERY, 'WRITE')];
    expect(single(check, open({ acl: ok(acl) }), noAccountBlock).status).toBe('PASS');
  });

  it('says which when both the policy and the ACL make it public', () => {
    const finding = single(
      check,
      open({ policyStatus: ok({ isPublic: true }), acl: ok([groupGrant(ALL_USERS, 'READ')]) }),
      noAccountBlock,
    );
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toMatch(/bucket policy as public.*; its ACL grants READ to AllUsers/);
  });

  it('fails on a public ACL even when the policy status could not be read', () => {
    const finding = single(
      check,
      open({
        policyStatus: denied('s3:GetBucketPolicyStatus'),
        acl: ok([groupGrant(ALL_USERS, 'READ')]),
      }),
      noAccountBlock,
    );
    expect(finding.status).toBe('FAIL');
  });

  it.each([
    ['policyStatus', 's3:GetBucketPolicyStatus'],
    ['acl', 's3:GetBucketAcl'],
  ] as const)('is UNKNOWN, never PASS, when %s could not be read', (field, operation) => {
    const finding = single(check, open({ [field]: denied(operation) }), noAccountBlock);
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.failedCall?.operation).toBe(operation);
  });

  it('is UNKNOWN when the policy is public and where RestrictPublicBuckets stands could not be read', () => {
    const finding = single(
      check,
      bucket('b', {
        publicAccessBlock: denied('s3:GetPublicAccessBlock'),
        policyStatus: ok({ isPublic: true }),
      }),
      noAccountBlock,
    );
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.failedCall?.operation).toBe('s3:GetPublicAccessBlock');
  });

  it('needs no read of the ACL or policy status when the account ignores public ACLs and restricts public buckets', () => {
    const finding = single(check, open({ policyStatus: denied('x:Y'), acl: denied('x:Y') }), {
      accountPublicAccessBlock: ok({
        ...ALL_OFF,
        ignorePublicAcls: true,
        restrictPublicBuckets: true,
      }),
    });
    expect(finding.status).toBe('PASS');
  });

  it('is UNKNOWN on an inventory saved before the policy status and ACL were collected', () => {
    const finding = single(
      check,
      oldBucket('b', { publicAccessBlock: ok(ALL_OFF) }),
      noAccountBlock,
    );
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.detail).toContain('saved before');
    expect(finding.failedCall).toBeUndefined();
  });

  it('judges an old inventory from the Block Public Access settings it has', () => {
    const finding = single(check, oldBucket('b'), noAccountBlock);
    expect(finding.status).toBe('PASS');
  });

  describe('when the policy status has no IsPublic (moto)', () => {
    const noVerdict = ok({});

    it("fails a policy that grants to everyone by posture-gate's reading, and says so", () => {
      const finding = single(
        check,
        open({ policy: ok(grantPolicy('b', '*')), policyStatus: noVerdict }),
        noAccountBlock,
      );
      expect(finding.status).toBe('FAIL');
      expect(finding.detail).toBe(
        'The bucket is public: GetBucketPolicyStatus gave no IsPublic, and by posture-gate\'s own reading its bucket policy grants s3:GetObject to everyone (statement "PublicRead"), and RestrictPublicBuckets is on neither the bucket nor the account.',
      );
    });

    it('passes such a policy when RestrictPublicBuckets is on', () => {
      const finding = single(
        check,
        open({ policy: ok(grantPolicy('b', '*')), policyStatus: noVerdict }),
        { accountPublicAccessBlock: ok({ ...ALL_OFF, restrictPublicBuckets: true }) },
      );
      expect(finding.status).toBe('PASS');
    });

    it('is UNKNOWN, not PASS, when its reading finds no grant to everyone', () => {
      const policy = grantPolicy('b', { AWS: 'arn:aws:iam::444455556666:root' });
      const finding = single(
        check,
        open({ policy: ok(policy), policyStatus: noVerdict }),
        noAccountBlock,
      );
      expect(finding.status).toBe('UNKNOWN');
      expect(finding.detail).toContain('GetBucketPolicyStatus gave no IsPublic');
    });

    it('is UNKNOWN when a Deny removes the grant to everyone', () => {
      const policy = JSON.stringify({
        Statement: [
          JSON.parse(grantPolicy('b', '*')).Statement[0],
          { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::b/*' },
        ],
      });
      const finding = single(
        check,
        open({ policy: ok(policy), policyStatus: noVerdict }),
        noAccountBlock,
      );
      expect(finding.status).toBe('UNKNOWN');
    });

    it('is UNKNOWN naming the Block Public Access read, which would decide, when its reading finds no grant', () => {
      const policy = grantPolicy('b', { AWS: 'arn:aws:iam::444455556666:root' });
      const finding = single(
        check,
        bucket('b', {
          publicAccessBlock: denied('s3:GetPublicAccessBlock'),
          policy: ok(policy),
          policyStatus: noVerdict,
        }),
        noAccountBlock,
      );
      expect(finding.status).toBe('UNKNOWN');
      expect(finding.failedCall?.operation).toBe('s3:GetPublicAccessBlock');
    });

    it('is UNKNOWN naming the policy read when the policy could not be read', () => {
      const finding = single(
        check,
        open({ policy: denied('s3:GetBucketPolicy'), policyStatus: noVerdict }),
        noAccountBlock,
      );
      expect(finding.status).toBe('UNKNOWN');
      expect(finding.failedCall?.operation).toBe('s3:GetBucketPolicy');
    });
  });
});

describe('s3.acls-enabled', () => {
  const check = 's3.acls-enabled';

  it('passes when Object Ownership is BucketOwnerEnforced', () => {
    const finding = single(check, bucket('b'));
    expect(finding.status).toBe('PASS');
    expect(finding.detail).toBe('Object Ownership is BucketOwnerEnforced: ACLs are disabled.');
  });

  it.each(['BucketOwnerPreferred', 'ObjectWriter'])(
    'fails when Object Ownership is %s',
    (value) => {
      const finding = single(check, bucket('b', { objectOwnership: ok(value) }));
      expect(finding.status).toBe('FAIL');
      expect(finding.detail).toBe(
        `Object Ownership is ${value}, not BucketOwnerEnforced, so ACLs still apply.`,
      );
    },
  );

  it('fails, naming that none are set, when the bucket has no ownership controls', () => {
    const finding = single(check, bucket('b', { objectOwnership: ok(null) }));
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toBe(
      'The bucket has no ownership controls, so ACLs apply (Object Ownership is not BucketOwnerEnforced).',
    );
  });

  it('is UNKNOWN when GetBucketOwnershipControls failed', () => {
    const finding = single(
      check,
      bucket('b', { objectOwnership: denied('s3:GetBucketOwnershipControls') }),
    );
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.failedCall?.permission).toBe('s3:GetBucketOwnershipControls');
  });

  it('is UNKNOWN on an inventory saved before Object Ownership was collected', () => {
    const finding = single(check, oldBucket('b'));
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.detail).toContain('saved before');
  });
});

describe('s3.access-logging-off', () => {
  const check = 's3.access-logging-off';

  it('passes when server access logs are delivered, naming where', () => {
    const finding = single(check, bucket('b'));
    expect(finding.status).toBe('PASS');
    expect(finding.detail).toBe(
      'Server access logging delivers to bucket acme-access-logs under prefix b/.',
    );
  });

  it('fails when GetBucketLogging has no LoggingEnabled', () => {
    const finding = single(check, bucket('b', { logging: ok(null) }));
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toBe('Server access logging is off.');
  });

  it('is UNKNOWN when GetBucketLogging failed', () => {
    const finding = single(check, bucket('b', { logging: denied('s3:GetBucketLogging') }));
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.failedCall?.permission).toBe('s3:GetBucketLogging');
  });

  it('is UNKNOWN on an inventory saved before logging was collected', () => {
    const finding = single(check, oldBucket('b'));
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.detail).toContain('saved before');
  });
});
