import {
  PolicyParseError,
  conditionsOn,
  coversAction,
  coversResource,
  decodePolicyText,
  type PolicyRequest,
  deniesInsecureTransport,
  evaluateRequest,
  explicitDeny,
  grantToEveryone,
  isPublicPrincipal,
  mayMatchArnPrefix,
  normalizeStatements,
  operatorSense,
  parsePolicy,
  wildcardMatch,
} from '../../../src/rules/policy.js';

/** The statement the S3 console and AWS Config remediation write to require TLS. */
const S3_TLS_POLICY = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'AllowReadFromAccount',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:root' },
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::logs-bucket/*',
    },
    {
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::logs-bucket', 'arn:aws:s3:::logs-bucket/*'],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ],
};

function only(doc: unknown) {
  const [statement, ...rest] = normalizeStatements(doc);
  if (!statement || rest.length > 0) throw new Error('expected exactly one statement');
  return statement;
}

describe('parsePolicy', () => {
  it('reads a bucket policy and normalises every field to lists', () => {
    const [allow, deny] = parsePolicy(JSON.stringify(S3_TLS_POLICY));
    expect(allow).toEqual({
      sid: 'AllowReadFromAccount',
      effect: 'Allow',
      principal: { AWS: ['arn:aws:iam::111122223333:root'] },
      action: ['s3:GetObject'],
      resource: ['arn:aws:s3:::logs-bucket/*'],
      conditions: [],
    });
    expect(deny).toMatchObject({
      effect: 'Deny',
      principal: { '*': ['*'] },
      action: ['s3:*'],
      resource: ['arn:aws:s3:::logs-bucket', 'arn:aws:s3:::logs-bucket/*'],
      conditions: [{ operator: 'Bool', key: 'aws:SecureTransport', values: ['false'] }],
    });
  });

  it('accepts a single Statement object instead of a list', () => {
    const doc = { Version: '2012-10-17', Statement: S3_TLS_POLICY.Statement[1] };
    expect(parsePolicy(JSON.stringify(doc))).toHaveLength(1);
  });

  it('treats a document without statements as empty', () => {
    expect(parsePolicy('{"Version":"2012-10-17"}')).toEqual([]);
  });

  it('decodes a URL-encoded IAM document (as GetAccountAuthorizationDetails returns it)', () => {
    const plain = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 'ec2:Describe*'], Resource: '*' }],
    });
    const encoded = encodeURIComponent(plain);
    expect(encoded.startsWith('%7B')).toBe(true);
    expect(parsePolicy(encoded)).toEqual(parsePolicy(plain));
    expect(parsePolicy(encoded)[0]?.action).toEqual(['s3:Get*', 'ec2:Describe*']);
  });

  it('decodes percent-encoded whitespace of a pretty-printed IAM document', () => {
    const encoded =
      '%7B%0A%20%20%22Statement%22%3A%20%7B%22Effect%22%3A%20%22Deny%22%2C%20%22Action%22%3A%20%22*%22%7D%0A%7D';
    expect(parsePolicy(encoded)).toEqual([{ effect: 'Deny', action: ['*'], conditions: [] }]);
  });

  it('leaves plain JSON with percent signs inside values alone', () => {
    const text =
      '{"Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/100%"}}';
    expect(decodePolicyText(text)).toBe(text);
    expect(parsePolicy(text)[0]?.resource).toEqual(['arn:aws:s3:::b/100%']);
  });

  it('throws PolicyParseError for text that is not JSON or not an object', () => {
    expect(() => parsePolicy('{"Statement": [')).toThrow(PolicyParseError);
    expect(() => parsePolicy('%7B%ZZ')).toThrow(PolicyParseError);
    expect(() => parsePolicy('"just a string"')).toThrow(PolicyParseError);
  });
});

describe('wildcardMatch', () => {
  it('matches AWS wildcards anywhere in the pattern', () => {
    expect(wildcardMatch('s3:Get*Acl', 's3:GetBucketAcl')).toBe(true);
    expect(wildcardMatch('s3:Get*Acl', 's3:GetObjectVersionAcl')).toBe(true);
    expect(wildcardMatch('s3:Get*Acl', 's3:GetObject')).toBe(false);
    expect(wildcardMatch('s3:Get*Acl', 's3:PutBucketAcl')).toBe(false);
    expect(wildcardMatch('ec2:Describe?pcs', 'ec2:DescribeVpcs')).toBe(true);
    expect(wildcardMatch('*', 'iam:PassRole')).toBe(true);
  });

  it('compares actions case-insensitively', () => {
    expect(wildcardMatch('S3:getobject', 's3:GetObject')).toBe(true);
  });

  it('takes regex characters in a pattern literally', () => {
    expect(wildcardMatch('arn:aws:s3:::my.bucket/*', 'arn:aws:s3:::myxbucket/a')).toBe(false);
    expect(wildcardMatch('arn:aws:s3:::my.bucket/*', 'arn:aws:s3:::my.bucket/a')).toBe(true);
    expect(wildcardMatch('arn:aws:s3:::b/(a|b)', 'arn:aws:s3:::b/a')).toBe(false);
  });
});

describe('coversAction and coversResource', () => {
  it('matches string and list Action alike', () => {
    const single = only({ Statement: { Effect: 'Allow', Action: 's3:*', Resource: '*' } });
    const list = only({
      Statement: { Effect: 'Allow', Action: ['ec2:DescribeInstances', 's3:Get*'], Resource: ['*'] },
    });
    expect(coversAction(single, 's3:PutObject')).toBe(true);
    expect(coversAction(list, 's3:GetObject')).toBe(true);
    expect(coversAction(list, 's3:PutObject')).toBe(false);
    expect(coversResource(single, 'arn:aws:s3:::any')).toBe(true);
  });

  it('reads NotAction as every action but the listed ones', () => {
    const statement = only({
      Statement: { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' },
    });
    expect(statement.action).toBeUndefined();
    expect(coversAction(statement, 's3:DeleteBucket')).toBe(true);
    expect(coversAction(statement, 'iam:CreateUser')).toBe(false);
  });

  it('reads NotResource and a missing Resource', () => {
    const notResource = only({
      Statement: { Effect: 'Deny', Action: '*', NotResource: 'arn:aws:s3:::keep/*' },
    });
    expect(coversResource(notResource, 'arn:aws:s3:::keep/a')).toBe(false);
    expect(coversResource(notResource, 'arn:aws:s3:::other/a')).toBe(true);
    const efsStyle = only({ Statement: { Effect: 'Allow', Principal: '*', Action: '*' } });
    expect(coversResource(efsStyle, 'arn:aws:elasticfilesystem:us-east-1:1:file-system/fs-1')).toBe(
      true,
    );
  });

  it('a statement with neither Action nor NotAction covers nothing', () => {
    expect(
      coversAction(only({ Statement: { Effect: 'Allow', Resource: '*' } }), 's3:GetObject'),
    ).toBe(false);
  });
});

describe('isPublicPrincipal', () => {
  const withPrincipal = (principal: unknown) =>
    only({ Statement: { Effect: 'Allow', Principal: principal, Action: 's3:GetObject' } });

  it('is true for "*", {"AWS": "*"} and a list holding "*"', () => {
    expect(isPublicPrincipal(withPrincipal('*'))).toBe(true);
    expect(isPublicPrincipal(withPrincipal({ AWS: '*' }))).toBe(true);
    expect(isPublicPrincipal(withPrincipal({ AWS: ['arn:aws:iam::111122223333:root', '*'] }))).toBe(
      true,
    );
  });

  it('is false for an account, a role or a service principal', () => {
    expect(isPublicPrincipal(withPrincipal({ AWS: 'arn:aws:iam::111122223333:root' }))).toBe(false);
    expect(isPublicPrincipal(withPrincipal({ AWS: '111122223333' }))).toBe(false);
    expect(isPublicPrincipal(withPrincipal({ Service: 'cloudtrail.amazonaws.com' }))).toBe(false);
  });

  it('is false in an identity policy, which has no Principal', () => {
    expect(
      isPublicPrincipal(only({ Statement: { Effect: 'Allow', Action: '*', Resource: '*' } })),
    ).toBe(false);
  });

  it('treats NotPrincipal as public: it names everyone but the listed ones', () => {
    const statement = only({
      Statement: {
        Effect: 'Allow',
        NotPrincipal: { AWS: 'arn:aws:iam::111122223333:role/admin' },
        Action: 's3:GetObject',
      },
    });
    expect(isPublicPrincipal(statement)).toBe(true);
  });
});

describe('conditionsOn', () => {
  it('compares keys and operators case-insensitively and includes IfExists forms', () => {
    const statement = only({
      Statement: {
        Effect: 'Deny',
        Principal: '*',
        Action: '*',
        Condition: {
          BoolIfExists: { 'AWS:SecureTransport': 'false' },
          StringEquals: { 'aws:SourceVpc': ['vpc-1', 'vpc-2'] },
        },
      },
    });
    expect(conditionsOn(statement, 'aws:securetransport', ['Bool'])).toEqual([
      { operator: 'BoolIfExists', key: 'AWS:SecureTransport', values: ['false'] },
    ]);
    expect(conditionsOn(statement, 'aws:SourceVpc')[0]?.values).toEqual(['vpc-1', 'vpc-2']);
    expect(conditionsOn(statement, 'aws:SourceVpc', ['StringLike'])).toEqual([]);
  });
});

describe('deniesInsecureTransport', () => {
  const tlsDeny = (overrides: Record<string, unknown>) =>
    only({
      Statement: {
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        ...overrides,
      },
    });

  it('accepts the condition value as the string "false" or the boolean false', () => {
    expect(deniesInsecureTransport(tlsDeny({}))).toBe(true);
    expect(
      deniesInsecureTransport(tlsDeny({ Condition: { Bool: { 'aws:SecureTransport': false } } })),
    ).toBe(true);
    expect(
      deniesInsecureTransport(
        tlsDeny({ Condition: { Bool: { 'aws:SecureTransport': ['false'] } } }),
      ),
    ).toBe(true);
  });

  it('accepts BoolIfExists: aws:SecureTransport is in every request, so it reads as Bool', () => {
    expect(
      deniesInsecureTransport(
        tlsDeny({ Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } } }),
      ),
    ).toBe(true);
  });

  it('accepts Principal {"AWS": "*"} as well as "*"', () => {
    expect(deniesInsecureTransport(tlsDeny({ Principal: { AWS: '*' } }))).toBe(true);
  });

  it('rejects a deny that applies to one account only', () => {
    expect(
      deniesInsecureTransport(tlsDeny({ Principal: { AWS: 'arn:aws:iam::111122223333:root' } })),
    ).toBe(false);
  });

  it('rejects an Allow, a "true" value and another condition key', () => {
    expect(deniesInsecureTransport(tlsDeny({ Effect: 'Allow' }))).toBe(false);
    expect(
      deniesInsecureTransport(tlsDeny({ Condition: { Bool: { 'aws:SecureTransport': 'true' } } })),
    ).toBe(false);
    expect(
      deniesInsecureTransport(tlsDeny({ Condition: { Bool: { 'aws:ViaAWSService': 'false' } } })),
    ).toBe(false);
    expect(deniesInsecureTransport(tlsDeny({ Condition: undefined }))).toBe(false);
  });

  it('rejects a deny narrowed by a further condition: callers outside it may use plain HTTP', () => {
    const narrowed = tlsDeny({
      Condition: {
        Bool: { 'aws:SecureTransport': 'false' },
        IpAddress: { 'aws:SourceIp': '203.0.113.0/24' },
      },
    });
    expect(deniesInsecureTransport(narrowed)).toBe(false);
  });

  it('rejects a deny with NotPrincipal: the principals it leaves out may use plain HTTP', () => {
    const exempting = tlsDeny({
      Principal: undefined,
      NotPrincipal: { AWS: 'arn:aws:iam::111122223333:role/legacy' },
    });
    expect(deniesInsecureTransport(exempting)).toBe(false);
  });
});

// The resource policy engine: how IAM evaluates a request against a resource policy, asked the
// way the checks ask it. Cases follow the IAM user guide (policy evaluation logic, condition
// operators, global condition keys) and CHECKS.md's "Common scope rules".
describe('the resource policy engine', () => {
  const ACCOUNT = '111122223333';
  const FS_ARN = `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:file-system/fs-1`;
  const ROOT = 'elasticfilesystem:ClientRootAccess';
  const MOUNT = 'elasticfilesystem:ClientMount';
  const statements = (...list: object[]) => normalizeStatements({ Statement: list });
  const rootFor = (caller: PolicyRequest['caller'], resource: string | undefined = FS_ARN) => ({
    action: ROOT,
    resource,
    caller,
  });
  /** The same request about a file system whose ARN the inventory lacks. */
  const noArn = (caller: PolicyRequest['caller']): PolicyRequest => ({
    action: ROOT,
    resource: undefined,
    caller,
  });
  const grantAll = {
    Sid: 'Anyone',
    Effect: 'Allow',
    Principal: { AWS: '*' },
    Action: 'elasticfilesystem:Client*',
  };
  const withCondition = (statement: object, Condition: object) => ({ ...statement, Condition });

  describe('grants to everyone', () => {
    it('finds an Allow to principal "*", {"AWS": "*"} or a NotPrincipal, for both kinds of caller', () => {
      for (const principal of [
        { Principal: '*' },
        { Principal: { AWS: '*' } },
        { NotPrincipal: { AWS: `arn:aws:iam::${ACCOUNT}:role/x` } },
      ]) {
        const policy = statements({ Effect: 'Allow', Action: ROOT, ...principal });
        for (const caller of ['anonymous', 'authenticated'] as const) {
          const verdict = grantToEveryone(policy, rootFor(caller));
          expect(verdict).toMatchObject({ status: 'open', grants: [{ name: 'statement 1' }] });
        }
      }
    });

    it('finds no grant in an Allow to one account, or one that misses the action or the resource', () => {
      const cases = [
        { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: ROOT },
        { Effect: 'Allow', Principal: '*', Action: MOUNT },
        { Effect: 'Allow', Principal: '*', Action: ROOT, Resource: `${FS_ARN}-other` },
      ];
      for (const statement of cases) {
        expect(grantToEveryone(statements(statement), rootFor('anonymous'))).toEqual({
          status: 'closed',
          grants: [],
        });
      }
    });

    it('lets an explicit Deny to everyone win over the Allow, and names both', () => {
      const deny = { Sid: 'NoRoot', Effect: 'Deny', Principal: '*', Action: ROOT };
      const verdict = grantToEveryone(statements(grantAll, deny), rootFor('authenticated'));
      expect(verdict).toMatchObject({
        status: 'closed',
        grants: [{ name: 'statement "Anyone"' }],
        deny: { name: 'statement "NoRoot"' },
      });
      for (const caller of ['anonymous', 'authenticated', 'anyone'] as const) {
        const awsStar = { ...deny, Principal: { AWS: '*' } };
        expect(grantToEveryone(statements(grantAll, awsStar), rootFor(caller)).status).toBe(
          'closed',
        );
      }
    });

    it('keeps the grant when the Deny binds one account, or only requests without TLS', () => {
      const oneAccount = {
        Effect: 'Deny',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: '*',
      };
      const plainOnly = {
        Effect: 'Deny',
        Principal: '*',
        Action: '*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      };
      const sourceIp = withCondition(
        { Effect: 'Deny', Principal: '*', Action: '*' },
        { NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
      );
      for (const deny of [oneAccount, plainOnly, sourceIp]) {
        expect(grantToEveryone(statements(grantAll, deny), rootFor('anonymous')).status).toBe(
          'open',
        );
      }
    });

    it('removes the grant with a Deny for all principals except named ones, whatever key names them', () => {
      const except = [
        { StringNotEquals: { 'aws:PrincipalArn': [`arn:aws:iam::${ACCOUNT}:role/admin`] } },
        { ArnNotEquals: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/admin` } },
        { ArnNotLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/ops-*` } },
        { StringNotEquals: { 'aws:PrincipalAccount': ACCOUNT } },
        { StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
      ];
      for (const Condition of except) {
        const deny = { Sid: 'OnlyNamed', Effect: 'Deny', Principal: '*', Action: ROOT, Condition };
        for (const caller of ['anonymous', 'authenticated'] as const) {
          expect(grantToEveryone(statements(grantAll, deny), rootFor(caller))).toMatchObject({
            status: 'closed',
            deny: { name: 'statement "OnlyNamed"' },
          });
        }
      }
    });

    it('removes it with a Deny whose NotPrincipal names the exempt principals, except for them', () => {
      const deny = {
        Effect: 'Deny',
        NotPrincipal: { AWS: `arn:aws:iam::${ACCOUNT}:role/admin` },
        Action: ROOT,
      };
      expect(grantToEveryone(statements(grantAll, deny), rootFor('anonymous')).status).toBe(
        'closed',
      );
      expect(grantToEveryone(statements(grantAll, deny), rootFor('authenticated')).status).toBe(
        'closed',
      );
      expect(grantToEveryone(statements(grantAll, deny), rootFor('anyone')).status).toBe('open');
    });

    it('keeps the grant to other accounts when the exception names no one in particular', () => {
      // A wildcard account field or a bare "*" exempts callers of every account from the Deny.
      for (const value of [
        'arn:aws:iam::*:role/eks-node-*',
        '*',
        [`arn:aws:iam::${ACCOUNT}:role/admin`, 'arn:aws:iam::*:root'],
      ]) {
        const deny = withCondition(
          { Effect: 'Deny', Principal: '*', Action: ROOT },
          { ArnNotLike: { 'aws:PrincipalArn': value } },
        );
        expect(grantToEveryone(statements(grantAll, deny), rootFor('authenticated')).status).toBe(
          'open',
        );
      }
    });

    it('reads a condition naming specific principals, accounts or organisations as confining the grant', () => {
      const named = [
        { StringEquals: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/app` } },
        { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/eks-node-*` } },
        { StringEquals: { 'aws:PrincipalAccount': [ACCOUNT, '444455556666'] } },
        { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
        {
          'ForAnyValue:StringLike': {
            'aws:PrincipalOrgPaths': 'o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*',
          },
        },
      ];
      for (const Condition of named) {
        const policy = statements(withCondition(grantAll, Condition));
        for (const caller of ['anonymous', 'authenticated'] as const) {
          expect(grantToEveryone(policy, rootFor(caller))).toEqual({
            status: 'closed',
            grants: [],
          });
        }
      }
    });

    it('reads a wildcard account field, a bare "*" or a principal tag as restricting nothing', () => {
      const unnamed = [
        { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/eks-node-*' } },
        { StringLike: { 'aws:PrincipalArn': '*' } },
        { StringLike: { 'aws:PrincipalAccount': '*' } },
        { StringLike: { 'aws:PrincipalOrgID': 'o-*' } },
        {
          ArnLike: {
            'aws:PrincipalArn': [`arn:aws:iam::${ACCOUNT}:role/app`, 'arn:aws:iam::*:role/app'],
          },
        },
        // Any account can tag its own roles: a tag names no principal, account or organisation.
        { StringEquals: { 'aws:PrincipalTag/team': 'storage' } },
      ];
      for (const Condition of unnamed) {
        const policy = statements(withCondition(grantAll, Condition));
        expect(grantToEveryone(policy, rootFor('authenticated')).status).toBe('open');
        expect(grantToEveryone(policy, rootFor('anonymous')).status).toBe('open');
      }
    });

    it('reads Null aws:PrincipalArn false as any authenticated caller of any account, not anonymous ones', () => {
      const policy = statements(withCondition(grantAll, { Null: { 'aws:PrincipalArn': 'false' } }));
      expect(grantToEveryone(policy, rootFor('anonymous')).status).toBe('closed');
      expect(grantToEveryone(policy, rootFor('authenticated')).status).toBe('open');
    });

    it('reads an IfExists identity condition as open to anonymous callers, who lack the key', () => {
      const policy = statements(
        withCondition(grantAll, {
          StringEqualsIfExists: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/app` },
        }),
      );
      expect(grantToEveryone(policy, rootFor('anonymous')).status).toBe('open');
      expect(grantToEveryone(policy, rootFor('authenticated')).status).toBe('closed');
    });

    it('counts a condition on a confining key (an access point) only when asked to', () => {
      const viaAccessPoint = withCondition(grantAll, {
        StringEquals: {
          'elasticfilesystem:AccessPointArn': `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:access-point/fsap-1`,
        },
      });
      const request = { ...rootFor('anonymous'), action: MOUNT };
      expect(grantToEveryone(statements(viaAccessPoint), request).status).toBe('open');
      const confined = { ...request, confiningKeys: ['elasticfilesystem:AccessPointArn'] };
      expect(grantToEveryone(statements(viaAccessPoint), confined).status).toBe('closed');
    });

    it('keeps counting a grant under conditions that do not say who the caller is', () => {
      const viaMountTarget = withCondition(grantAll, {
        Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' },
      });
      expect(grantToEveryone(statements(viaMountTarget), rootFor('anonymous')).status).toBe('open');
    });
  });

  describe('a resource ARN that is missing', () => {
    const named = { ...grantAll, Resource: FS_ARN };

    it('makes a statement naming resources unmatched, and the answer unknown', () => {
      expect(grantToEveryone(statements(named), noArn('anonymous'))).toEqual({
        status: 'unknown',
        unmatched: [expect.objectContaining({ name: 'statement "Anyone"' })],
      });
      expect(grantToEveryone(statements(named), rootFor('anonymous', '')).status).toBe('unknown');
    });

    it('matches a statement without Resource, or with Resource "*", all the same', () => {
      expect(grantToEveryone(statements(grantAll), noArn('anonymous')).status).toBe('open');
      const star = { ...grantAll, Resource: '*' };
      expect(grantToEveryone(statements(star), noArn('anonymous')).status).toBe('open');
    });

    it('is unknown when a Deny naming resources might remove a grant, closed when a sure Deny does', () => {
      const namedDeny = { Effect: 'Deny', Principal: '*', Action: ROOT, Resource: FS_ARN };
      expect(grantToEveryone(statements(grantAll, namedDeny), noArn('anonymous')).status).toBe(
        'unknown',
      );
      const sureDeny = { Effect: 'Deny', Principal: '*', Action: ROOT };
      expect(grantToEveryone(statements(named, sureDeny), noArn('anonymous')).status).toBe(
        'closed',
      );
    });

    it('leaves the answer closed when there is no grant for an unmatched Deny to remove', () => {
      const namedDeny = { Effect: 'Deny', Principal: '*', Action: ROOT, Resource: FS_ARN };
      expect(grantToEveryone(statements(namedDeny), noArn('anonymous')).status).toBe('closed');
    });
  });

  describe('explicit denies of requests without TLS', () => {
    const BUCKET = 'arn:aws:s3:::logs';
    const plainHttp: PolicyRequest = {
      action: { every: 's3:' },
      resource: { every: `${BUCKET}/` },
      caller: 'anyone',
      insecureTransport: true,
    };
    const tlsDeny = (fields: object = {}) => ({
      Sid: 'Tls',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: `${BUCKET}/*`,
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      ...fields,
    });

    it('finds a Deny of every S3 action on every object, with string, boolean or BoolIfExists false', () => {
      for (const Condition of [
        { Bool: { 'aws:SecureTransport': 'false' } },
        { Bool: { 'aws:SecureTransport': false } },
        { BoolIfExists: { 'aws:SecureTransport': 'false' } },
      ]) {
        expect(explicitDeny(statements(tlsDeny({ Condition })), plainHttp)).toMatchObject({
          status: 'denied',
          deny: { name: 'statement "Tls"' },
        });
      }
    });

    it('accepts Action "*" and wider resources', () => {
      for (const fields of [
        { Action: '*' },
        { Resource: 'arn:aws:s3:::*' },
        { Resource: '*' },
        { Action: ['s3:GetObject', 's3:*'] },
      ]) {
        expect(explicitDeny(statements(tlsDeny(fields)), plainHttp).status).toBe('denied');
      }
    });

    it('does not find it in a list of actions, a NotAction, a prefix or a NotResource', () => {
      for (const fields of [
        { Action: ['s3:GetObject', 's3:PutObject'] },
        { Action: undefined, NotAction: 's3:GetObject' },
        { Resource: `${BUCKET}/logs/*` },
        { Resource: BUCKET },
        { Resource: undefined, NotResource: `${BUCKET}/public/*` },
      ]) {
        expect(explicitDeny(statements(tlsDeny(fields)), plainHttp)).toEqual({
          status: 'not-denied',
        });
      }
    });

    it('does not find it when the Deny spares some callers or requests', () => {
      for (const fields of [
        { Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` } },
        { Principal: undefined, NotPrincipal: { AWS: `arn:aws:iam::${ACCOUNT}:role/legacy` } },
        {
          Condition: {
            Bool: { 'aws:SecureTransport': 'false' },
            StringNotEquals: { 'aws:PrincipalAccount': ACCOUNT },
          },
        },
        { Condition: { Bool: { 'aws:SecureTransport': 'true' } } },
        { Effect: 'Allow' },
      ]) {
        expect(explicitDeny(statements(tlsDeny(fields)), plainHttp).status).toBe('not-denied');
      }
    });

    it('is unknown when the ARN is missing and the Deny names resources', () => {
      const efsMount: PolicyRequest = {
        action: MOUNT,
        resource: undefined,
        caller: 'anyone',
        insecureTransport: true,
      };
      const deny = tlsDeny({ Action: '*', Resource: FS_ARN });
      expect(explicitDeny(statements(deny), efsMount)).toMatchObject({
        status: 'unknown',
        unmatched: [{ name: 'statement "Tls"' }],
      });
      expect(
        explicitDeny(statements(tlsDeny({ Action: '*', Resource: undefined })), efsMount).status,
      ).toBe('denied');
    });
  });

  it('reports every statement it matched, by kind', () => {
    const deny = { Effect: 'Deny', Principal: '*', Action: ROOT, Resource: FS_ARN };
    const evaluation = evaluateRequest(statements(grantAll, deny), rootFor('anonymous'));
    expect(evaluation.grants.map((g) => g.name)).toEqual(['statement "Anyone"']);
    expect(evaluation.denies.map((d) => d.name)).toEqual(['statement 2']);
    expect(evaluation.unmatched).toEqual([]);
  });
});

describe('mayMatchArnPrefix', () => {
  const USERS = 'arn:aws:iam::111122223333:user/';
  it.each([
    ['*', true],
    ['arn:aws:iam::*:user/*', true],
    ['arn:aws:iam::111122223333:user/bob', true],
    ['arn:aws:iam::111122223333:*', true],
    ['arn:aws:iam::111122223333:u?er/bob', true],
    ['arn:aws:iam::111122223333:role/*', false],
    ['arn:aws:iam::444455556666:user/*', false],
    ['arn:aws:iam::111122223333:user', false],
    ['arn:aws:s3:::bucket/*', false],
    ['arn:aws:iam::*:group/*', false],
  ])('%s can match a user ARN: %s', (pattern, expected) => {
    expect(mayMatchArnPrefix(pattern, USERS)).toBe(expected);
  });

  it('compares ARNs case-sensitively', () => {
    expect(mayMatchArnPrefix('arn:aws:iam::111122223333:USER/*', USERS)).toBe(false);
  });
});

describe('operatorSense', () => {
  it.each([
    ['StringEquals', 'positive'],
    ['StringLike', 'positive'],
    ['ForAnyValue:StringLike', 'positive'],
    ['StringEqualsIfExists', 'positive'],
    ['ArnLike', 'positive'],
    ['StringNotEquals', 'negated'],
    ['ForAllValues:StringNotLike', 'negated'],
    ['ArnNotEqualsIfExists', 'negated'],
    ['Null', 'other'],
    ['Bool', 'other'],
    ['NumericLessThan', 'other'],
  ])('%s is %s', (operator, sense) => {
    expect(operatorSense(operator)).toBe(sense);
  });
});
