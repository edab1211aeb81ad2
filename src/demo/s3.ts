import type { CallFailure, CollectionError, Fetched } from '../model/inventory.js';
import type { PublicAccessBlockSettings, S3Grant, S3Inventory } from '../model/s3.js';

const ACCOUNT = '111122223333';

/** The demo's one failed read: the scan role may not read this bucket's policy. */
const POLICY_DENIED: CallFailure = {
  operation: 's3:GetBucketPolicy',
  code: 'AccessDenied',
  message: `User: arn:aws:sts::${ACCOUNT}:assumed-role/posture-gate-audit/posture-gate is not authorized to perform: s3:GetBucketPolicy on resource: "arn:aws:s3:::acme-eu-logs" because no identity-based policy allows the s3:GetBucketPolicy action`,
};

const ok = <T>(value: T): Fetched<T> => ({ ok: true, value });

const ALL_ON: PublicAccessBlockSettings = {
  blockPublicAcls: true,
  ignorePublicAcls: true,
  blockPublicPolicy: true,
  restrictPublicBuckets: true,
};

const OWNER_ID = 'c1a2f3e4d5b6978800112233445566778899aabbccddeeff0011223344556677';
const OWNER: S3Grant = { granteeType: 'CanonicalUser', id: OWNER_ID, permission: 'FULL_CONTROL' };
const group = (name: string, permission: string): S3Grant => ({
  granteeType: 'Group',
  uri: `http://acs.amazonaws.com/groups/${name}`,
  permission,
});

function tlsDenyPolicy(bucket: string, secureTransport: 'false' | false): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
        Condition: { Bool: { 'aws:SecureTransport': secureTransport } },
      },
    ],
  });
}

/**
 * S3 of the demo account: every S3 check passes on some buckets and fails on others, one read
 * failed (an UNKNOWN), and one bucket's Name tag is hostile markup that reports must escape.
 */
export function sampleS3Inventory(): S3Inventory {
  return {
    // The account blocks public ACLs only; buckets must block public policies themselves.
    accountPublicAccessBlock: {
      ok: true,
      value: {
        blockPublicAcls: true,
        ignorePublicAcls: true,
        blockPublicPolicy: false,
        restrictPublicBuckets: false,
      },
    },
    buckets: ok([
      {
        name: 'acme-prod-assets',
        arn: 'arn:aws:s3:::acme-prod-assets',
        region: 'us-east-1',
        createdAt: '2024-03-11T09:12:44.000Z',
        tags: ok({ Environment: 'production', Team: 'platform' }),
        encryption: {
          ok: true,
          value: [
            {
              algorithm: 'aws:kms',
              kmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:alias/prod-assets`,
              bucketKeyEnabled: true,
            },
          ],
        },
        versioning: { ok: true, value: 'Enabled' },
        publicAccessBlock: { ok: true, value: ALL_ON },
        policy: { ok: true, value: tlsDenyPolicy('acme-prod-assets', 'false') },
        policyStatus: ok({ isPublic: false }),
        acl: ok([OWNER]),
        objectOwnership: ok('BucketOwnerEnforced'),
        logging: ok({ targetBucket: 'acme-eu-logs', targetPrefix: 's3/acme-prod-assets/' }),
      },
      {
        name: 'acme-public-website',
        arn: 'arn:aws:s3:::acme-public-website',
        region: 'us-east-1',
        createdAt: '2023-07-02T16:40:05.000Z',
        tags: ok({ Name: '<img src=x>|**bold**', Environment: 'production' }),
        encryption: { ok: true, value: [{ algorithm: 'AES256', bucketKeyEnabled: false }] },
        versioning: { ok: true, value: 'Suspended' },
        publicAccessBlock: { ok: true, value: null },
        policy: {
          ok: true,
          value: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'PublicRead',
                Effect: 'Allow',
                Principal: '*',
                Action: 's3:GetObject',
                Resource: 'arn:aws:s3:::acme-public-website/*',
              },
            ],
          }),
        },
        policyStatus: ok({ isPublic: true }),
        // The account's IgnorePublicAcls makes this grant moot; the policy makes the bucket public.
        acl: ok([OWNER, group('global/AllUsers', 'READ')]),
        objectOwnership: ok('BucketOwnerPreferred'),
        logging: ok(null),
      },
      {
        name: 'acme-eu-analytics',
        arn: 'arn:aws:s3:::acme-eu-analytics',
        region: 'eu-west-1',
        createdAt: '2025-01-20T08:00:00.000Z',
        tags: ok({ Environment: 'staging', DataCritical: 'true' }),
        encryption: { ok: true, value: null },
        versioning: { ok: true, value: 'Enabled' },
        // With the account's ACL settings, all four are on.
        publicAccessBlock: {
          ok: true,
          value: {
            blockPublicAcls: false,
            ignorePublicAcls: false,
            blockPublicPolicy: true,
            restrictPublicBuckets: true,
          },
        },
        policy: { ok: true, value: tlsDenyPolicy('acme-eu-analytics', false) },
        policyStatus: ok({ isPublic: false }),
        acl: ok([OWNER]),
        objectOwnership: ok(null),
        logging: ok({ targetBucket: 'acme-eu-logs', targetPrefix: 's3/acme-eu-analytics/' }),
      },
      {
        name: 'acme-eu-logs',
        arn: 'arn:aws:s3:::acme-eu-logs',
        region: 'eu-west-1',
        createdAt: '2022-11-30T23:59:59.000Z',
        tags: ok({ Environment: 'production', Team: 'sre' }),
        encryption: { ok: true, value: [{ algorithm: 'AES256' }] },
        versioning: { ok: true, value: null },
        publicAccessBlock: { ok: true, value: ALL_ON },
        policy: { ok: false, error: POLICY_DENIED },
        policyStatus: ok({ isPublic: false }),
        // The log bucket still lets the S3 log delivery group write through its ACL.
        acl: ok([OWNER, group('s3/LogDelivery', 'WRITE'), group('s3/LogDelivery', 'READ_ACP')]),
        objectOwnership: ok('ObjectWriter'),
        logging: ok(null),
      },
    ]),
  };
}

/** The CollectionErrors matching the failed reads of `sampleS3Inventory`. */
export function sampleS3Errors(): CollectionError[] {
  // The collector records a bucket's failed reads under the bucket's own region (acme-eu-logs).
  return [{ service: 's3', region: 'eu-west-1', ...POLICY_DENIED }];
}
