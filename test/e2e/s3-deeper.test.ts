/**
 * The deeper S3 checks (s3.bucket-public, s3.acls-enabled, s3.access-logging-off) on the built
 * action against moto. moto's GetBucketPolicyStatus never says IsPublic (notes, section 9): a
 * bucket whose policy decides the verdict is judged by posture-gate's own reading of the policy
 * when that finds a grant to everyone, and is otherwise UNKNOWN, never PASS.
 */
import {
  CreateBucketCommand,
  PutBucketAclCommand,
  PutBucketLoggingCommand,
  PutBucketOwnershipControlsCommand,
  PutBucketPolicyCommand,
  PutPublicAccessBlockCommand,
  type BucketCannedACL,
} from '@aws-sdk/client-s3';
import type { Report } from '../../src/model/report.js';
import {
  denyS3,
  motoEndpoint,
  resetMoto,
  runAction,
  seedClients,
  startDenyProxy,
  statusOf,
  type SeedClients,
} from './harness.js';

const NEW_CHECKS = ['s3.bucket-public', 's3.acls-enabled', 's3.access-logging-off'] as const;

let aws: SeedClients;

beforeAll(() => {
  aws = seedClients();
});
afterAll(() => aws.destroy());
beforeEach(() => resetMoto(motoEndpoint()));

async function bucket(name: string, acl?: BucketCannedACL): Promise<void> {
  await aws.s3.send(new CreateBucketCommand({ Bucket: name }));
  if (acl) await aws.s3.send(new PutBucketAclCommand({ Bucket: name, ACL: acl }));
}

async function policy(name: string, principal: unknown): Promise<void> {
  const document = {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ReadObjects',
        Effect: 'Allow',
        Principal: principal,
        Action: 's3:GetObject',
        Resource: `arn:aws:s3:::${name}/*`,
      },
    ],
  };
  await aws.s3.send(new PutBucketPolicyCommand({ Bucket: name, Policy: JSON.stringify(document) }));
}

/** The seeded account: one bucket per way of being public or not. */
async function seed(): Promise<void> {
  await bucket('pg-deep-public-read', 'public-read');
  await bucket('pg-deep-auth-read', 'authenticated-read');
  // Log delivery through the log-delivery group's ACL grants, which are not public. S3 takes
  // this canned ACL on buckets, though the SDK's type lists it for objects only.
  await bucket('pg-deep-logs', 'log-delivery-write' as BucketCannedACL);
  await bucket('pg-deep-private');
  await aws.s3.send(
    new PutBucketOwnershipControlsCommand({
      Bucket: 'pg-deep-private',
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
    }),
  );
  await aws.s3.send(
    new PutBucketLoggingCommand({
      Bucket: 'pg-deep-private',
      BucketLoggingStatus: {
        LoggingEnabled: { TargetBucket: 'pg-deep-logs', TargetPrefix: 'pg-deep-private/' },
      },
    }),
  );
  // A public-read ACL that the bucket's IgnorePublicAcls makes moot.
  await bucket('pg-deep-ignored-acl', 'public-read');
  await aws.s3.send(
    new PutPublicAccessBlockCommand({
      Bucket: 'pg-deep-ignored-acl',
      PublicAccessBlockConfiguration: { IgnorePublicAcls: true },
    }),
  );
  await bucket('pg-deep-policy-public');
  await policy('pg-deep-policy-public', '*');
  await bucket('pg-deep-policy-account');
  await policy('pg-deep-policy-account', { AWS: 'arn:aws:iam::444455556666:root' });
}

function resultOf(report: Report, checkId: string, bucketName: string) {
  const result = report.results.find((r) => r.checkId === checkId && r.resourceId === bucketName);
  if (!result) throw new Error(`no ${checkId} result for ${bucketName}`);
  return result;
}

test('the deeper S3 checks judge ACLs, Object Ownership, logging and policies as moto answers them', async () => {
  await seed();

  const run = await runAction({ services: 's3', 'fail-on-severity': 'none' });

  expect(run.code).toBe(0);
  const report = run.report;
  if (!report) throw new Error(`no report: ${run.stdout}\n${run.stderr}`);
  expect(report.errors).toEqual([]);

  const expected: Record<string, [string, string, string]> = {
    'pg-deep-public-read': ['FAIL', 'FAIL', 'FAIL'],
    'pg-deep-auth-read': ['FAIL', 'FAIL', 'FAIL'],
    'pg-deep-logs': ['PASS', 'FAIL', 'FAIL'],
    'pg-deep-private': ['PASS', 'PASS', 'PASS'],
    'pg-deep-ignored-acl': ['PASS', 'FAIL', 'FAIL'],
    'pg-deep-policy-public': ['FAIL', 'FAIL', 'FAIL'],
    // moto cannot say whether this policy is public: UNKNOWN, never PASS.
    'pg-deep-policy-account': ['UNKNOWN', 'FAIL', 'FAIL'],
  };
  const actual = Object.fromEntries(
    Object.keys(expected).map((name) => [
      name,
      NEW_CHECKS.map((check) => statusOf(report, check, name)),
    ]),
  );
  expect(actual).toEqual(expected);

  expect(resultOf(report, 's3.bucket-public', 'pg-deep-public-read').detail).toBe(
    'The bucket is public: its ACL grants READ to AllUsers (everyone), and IgnorePublicAcls is on neither the bucket nor the account.',
  );
  expect(resultOf(report, 's3.bucket-public', 'pg-deep-auth-read').detail).toContain(
    'READ to AuthenticatedUsers (any AWS account)',
  );
  const byReading = resultOf(report, 's3.bucket-public', 'pg-deep-policy-public').detail;
  expect(byReading).toContain('GetBucketPolicyStatus gave no IsPublic');
  expect(byReading).toContain("by posture-gate's own reading");
  expect(byReading).toContain('statement "ReadObjects"');
  expect(resultOf(report, 's3.bucket-public', 'pg-deep-ignored-acl').detail).toContain(
    'IgnorePublicAcls is on for the bucket',
  );
  expect(resultOf(report, 's3.acls-enabled', 'pg-deep-public-read').detail).toContain(
    'no ownership controls',
  );
  expect(resultOf(report, 's3.access-logging-off', 'pg-deep-private').detail).toBe(
    'Server access logging delivers to bucket pg-deep-logs under prefix pg-deep-private/.',
  );

  // One policy status call per bucket with a policy; none for the buckets without one.
  expect(report.stats.apiCalls['s3:GetBucketPolicyStatus']).toBe(2);
  for (const operation of ['s3:GetBucketAcl', 's3:GetBucketOwnershipControls']) {
    expect(report.stats.apiCalls[operation]).toBe(Object.keys(expected).length);
  }
});

test('a denied GetBucketAcl makes s3.bucket-public UNKNOWN unless the ACL cannot matter', async () => {
  await bucket('pg-deep-public-read', 'public-read');
  await bucket('pg-deep-ignored-acl', 'public-read');
  await aws.s3.send(
    new PutPublicAccessBlockCommand({
      Bucket: 'pg-deep-ignored-acl',
      PublicAccessBlockConfiguration: { IgnorePublicAcls: true },
    }),
  );
  const proxy = await startDenyProxy(motoEndpoint(), denyS3('acl'));
  try {
    const run = await runAction(
      { services: 's3', 'fail-on-severity': 'none' },
      { endpoint: proxy.endpoint },
    );

    expect(proxy.denied.length).toBeGreaterThanOrEqual(2);
    const report = run.report;
    if (!report) throw new Error(`no report: ${run.stdout}\n${run.stderr}`);
    const unknown = resultOf(report, 's3.bucket-public', 'pg-deep-public-read');
    expect(unknown.status).toBe('UNKNOWN');
    expect(unknown.failedCall).toMatchObject({
      operation: 's3:GetBucketAcl',
      permission: 's3:GetBucketAcl',
    });
    expect(statusOf(report, 's3.bucket-public', 'pg-deep-ignored-acl')).toBe('PASS');
    // The other checks do not read the ACL.
    expect(statusOf(report, 's3.acls-enabled', 'pg-deep-public-read')).toBe('FAIL');
  } finally {
    await proxy.close();
  }
});
