import type { Fetched, Inventory } from '../collect/inventory.js';
import type { PublicAccessBlockSettings, S3Bucket, S3Inventory } from '../collect/s3.js';
import {
  firstFailure,
  listingUnknown,
  tagValue,
  unknownFinding,
  type ResourceRef,
} from './helpers.js';
import {
  coversAction,
  coversResource,
  deniesInsecureTransport,
  deniesOnInsecureTransport,
  parsePolicy,
  type PolicyStatement,
} from './policy.js';
import type { CheckMeta, Finding, Rule } from './types.js';

const BUCKET_TYPE = 'AWS::S3::Bucket';

function bucketRef(bucket: S3Bucket): ResourceRef {
  const ref: ResourceRef = {
    region: bucket.region,
    resourceId: bucket.name,
    resourceArn: bucket.arn,
  };
  const name = tagValue(bucket.tags, 'Name');
  if (name !== undefined) ref.resourceName = name;
  return ref;
}

/**
 * A rule judged per bucket. When ListBuckets itself failed there are no buckets to judge: one
 * account-level UNKNOWN says so, rather than no result at all (which would read as "all fine").
 */
function bucketRule(meta: CheckMeta, judge: (bucket: S3Bucket, s3: S3Inventory) => Finding): Rule {
  return {
    meta,
    evaluate(inventory: Inventory): Finding[] {
      const s3 = inventory.global.s3;
      if (!s3) return [];
      if (!s3.listing.ok) {
        return [listingUnknown(inventory.account, 'global', s3.listing.error)];
      }
      return s3.buckets.map((bucket) => judge(bucket, s3));
    },
  };
}

const SETTINGS: readonly { key: keyof PublicAccessBlockSettings; label: string }[] = [
  { key: 'blockPublicAcls', label: 'BlockPublicAcls' },
  { key: 'ignorePublicAcls', label: 'IgnorePublicAcls' },
  { key: 'blockPublicPolicy', label: 'BlockPublicPolicy' },
  { key: 'restrictPublicBuckets', label: 'RestrictPublicBuckets' },
];

/** true on, false off (or no configuration), undefined when the read failed. */
function settingOn(
  read: Fetched<PublicAccessBlockSettings | null>,
  key: keyof PublicAccessBlockSettings,
): boolean | undefined {
  if (!read.ok) return undefined;
  return read.value?.[key] === true;
}

function settingsEvidence(read: Fetched<PublicAccessBlockSettings | null>): unknown {
  if (!read.ok) return `unreadable (${read.error.operation} ${read.error.code})`;
  return read.value ?? 'none';
}

const publicAccessNotBlocked = bucketRule(
  {
    id: 's3.public-access-not-blocked',
    title: 'S3 bucket public access not blocked',
    service: 's3',
    category: 'security',
    severity: 'critical',
    resourceType: BUCKET_TYPE,
    remediation: {
      text: 'Turn on all four Block Public Access settings (BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets) on the account, which covers every bucket, or on the bucket.',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    },
    frameworks: { fsbp: ['S3.1', 'S3.8'], cis: ['2.1.4'] },
  },
  (bucket, s3) => {
    const off: string[] = [];
    const undetermined: string[] = [];
    for (const { key, label } of SETTINGS) {
      const onBucket = settingOn(bucket.publicAccessBlock, key);
      const onAccount = settingOn(s3.accountPublicAccessBlock, key);
      if (onBucket === true || onAccount === true) continue;
      if (onBucket === false && onAccount === false) off.push(label);
      else undetermined.push(label);
    }
    const evidence = {
      bucket: settingsEvidence(bucket.publicAccessBlock),
      account: settingsEvidence(s3.accountPublicAccessBlock),
    };
    if (off.length > 0) {
      return {
        ...bucketRef(bucket),
        status: 'FAIL',
        detail: `${off.length} of 4 Block Public Access settings are off on both the bucket and the account: ${off.join(', ')}.`,
        evidence: { ...evidence, settingsOff: off },
      };
    }
    const failure =
      undetermined.length > 0
        ? firstFailure(bucket.publicAccessBlock, s3.accountPublicAccessBlock)
        : undefined;
    if (failure) {
      return {
        ...unknownFinding(bucketRef(bucket), failure),
        evidence: { ...evidence, undetermined },
      };
    }
    return {
      ...bucketRef(bucket),
      status: 'PASS',
      detail: 'All 4 Block Public Access settings are on, on the bucket or the account.',
      evidence,
    };
  },
);

const defaultEncryptionMissing = bucketRule(
  {
    id: 's3.default-encryption-missing',
    title: 'S3 bucket default encryption missing',
    service: 's3',
    category: 'security',
    severity: 'high',
    resourceType: BUCKET_TYPE,
    remediation: {
      text: 'Set a default encryption configuration on the bucket: SSE-S3 (AES256), or SSE-KMS with a customer managed key and S3 Bucket Keys.',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html',
    },
    frameworks: {},
  },
  (bucket) => {
    const ref = bucketRef(bucket);
    const read = bucket.encryption;
    if (!read.ok) return unknownFinding(ref, read.error);
    if (!read.value) {
      return {
        ...ref,
        status: 'FAIL',
        detail: 'The bucket has no default encryption configuration.',
      };
    }
    const algorithms = [...new Set(read.value.map((rule) => rule.algorithm))];
    return {
      ...ref,
      status: 'PASS',
      detail: `Default encryption is ${algorithms.join(', ')}.`,
      evidence: { rules: read.value },
    };
  },
);

const versioningOff = bucketRule(
  {
    id: 's3.versioning-off',
    title: 'S3 bucket versioning off',
    service: 's3',
    category: 'resilience',
    severity: 'medium',
    resourceType: BUCKET_TYPE,
    remediation: {
      text: 'Enable versioning on the bucket, with a lifecycle rule that expires noncurrent versions to bound the storage cost.',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/manage-versioning-examples.html',
    },
    frameworks: { fsbp: ['S3.14'] },
  },
  (bucket) => {
    const ref = bucketRef(bucket);
    const read = bucket.versioning;
    if (!read.ok) return unknownFinding(ref, read.error);
    const evidence = { status: read.value };
    if (read.value === 'Enabled') {
      return { ...ref, status: 'PASS', detail: 'Versioning is Enabled.', evidence };
    }
    const detail =
      read.value === null
        ? 'Versioning has never been enabled on the bucket.'
        : `Versioning is ${read.value}, not Enabled.`;
    return { ...ref, status: 'FAIL', detail, evidence };
  },
);

/**
 * A TLS deny must reach object reads and writes: a deny on bucket-level actions or one prefix
 * leaves plain-HTTP object access open.
 */
function enforcesTlsForObjects(statement: PolicyStatement, bucketArn: string): boolean {
  return (
    deniesInsecureTransport(statement) &&
    coversAction(statement, 's3:GetObject') &&
    coversAction(statement, 's3:PutObject') &&
    coversResource(statement, `${bucketArn}/*`)
  );
}

const tlsNotEnforced = bucketRule(
  {
    id: 's3.tls-not-enforced',
    title: 'S3 bucket does not enforce TLS',
    service: 's3',
    category: 'security',
    severity: 'medium',
    resourceType: BUCKET_TYPE,
    remediation: {
      text: 'Add a bucket policy statement with Effect Deny, Principal "*", Action "s3:*", Resource the bucket and its objects (arn:aws:s3:::BUCKET and arn:aws:s3:::BUCKET/*), and Condition {"Bool": {"aws:SecureTransport": "false"}}.',
      url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-5',
    },
    frameworks: { fsbp: ['S3.5'], cis: ['2.1.1'] },
  },
  (bucket) => {
    const ref = bucketRef(bucket);
    const read = bucket.policy;
    if (!read.ok) return unknownFinding(ref, read.error);
    if (read.value === null) {
      return {
        ...ref,
        status: 'FAIL',
        detail: 'The bucket has no policy, so requests without TLS are not denied.',
      };
    }
    let statements: PolicyStatement[];
    try {
      statements = parsePolicy(read.value);
    } catch (error) {
      // AWS accepted this policy, so failing to read it is ours: UNKNOWN, never a PASS or a FAIL.
      return {
        ...ref,
        status: 'UNKNOWN',
        detail: `The bucket policy is unreadable (${(error as Error).message}), so whether it denies requests without TLS is not known.`,
      };
    }
    const enforcing = statements.find((s) => enforcesTlsForObjects(s, bucket.arn));
    if (enforcing) {
      const name = enforcing.sid ? `statement ${enforcing.sid}` : 'a statement';
      return {
        ...ref,
        status: 'PASS',
        detail: `The bucket policy denies requests with aws:SecureTransport false (${name}).`,
        evidence: { statement: enforcing },
      };
    }
    const partial = statements.filter(deniesInsecureTransport);
    if (partial.length > 0) {
      return {
        ...ref,
        status: 'FAIL',
        detail: `The bucket policy denies requests without TLS only for some actions or resources: object reads and writes (s3:GetObject, s3:PutObject on ${bucket.arn}/*) stay open over plain HTTP.`,
        evidence: { statements: partial },
      };
    }
    const narrowed = statements.filter(deniesOnInsecureTransport);
    if (narrowed.length > 0) {
      return {
        ...ref,
        status: 'FAIL',
        detail:
          'The bucket policy denies requests with aws:SecureTransport false only for some callers: the Deny names principals other than "*" or adds other conditions, so the rest can use plain HTTP.',
        evidence: { statements: narrowed },
      };
    }
    return {
      ...ref,
      status: 'FAIL',
      detail: 'No statement of the bucket policy denies requests with aws:SecureTransport false.',
    };
  },
);

/** The S3 checks of CHECKS.md, in catalogue order. */
export const s3Rules: Rule[] = [
  publicAccessNotBlocked,
  defaultEncryptionMissing,
  versioningOff,
  tlsNotEnforced,
];
