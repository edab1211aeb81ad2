import {
  PolicyParseError,
  conditionsOn,
  coversAction,
  coversResource,
  decodePolicyText,
  deniesEveryone,
  deniesInsecureTransport,
  isPublicPrincipal,
  normalizeStatements,
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

describe('deniesEveryone', () => {
  const deny = (fields: Record<string, unknown>) =>
    only({
      Statement: { Effect: 'Deny', Action: 'elasticfilesystem:ClientRootAccess', ...fields },
    });

  it('is true for a Deny to "*" or {"AWS": "*"}', () => {
    expect(deniesEveryone(deny({ Principal: '*' }))).toBe(true);
    expect(deniesEveryone(deny({ Principal: { AWS: '*' } }))).toBe(true);
  });

  it('is false for a Deny with NotPrincipal: the principals it lists escape it', () => {
    const exempting = deny({ NotPrincipal: { AWS: 'arn:aws:iam::111122223333:role/admin' } });
    expect(isPublicPrincipal(exempting)).toBe(true);
    expect(deniesEveryone(exempting)).toBe(false);
  });

  it('is false for an Allow and for a Deny to one account', () => {
    expect(deniesEveryone(deny({ Effect: 'Allow', Principal: '*' }))).toBe(false);
    expect(deniesEveryone(deny({ Principal: { AWS: 'arn:aws:iam::111122223333:root' } }))).toBe(
      false,
    );
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
