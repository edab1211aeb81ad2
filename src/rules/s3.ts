import type { Fetched } from '../model/inventory.js';
import type { PublicAccessBlockSettings, S3Bucket } from '../model/s3.js';
import {
  fail,
  firstFailure,
  pass,
  resourceRule,
  undetermined,
  unknown,
  type ResourceCheck,
  type ResourceRef,
  type Rule,
} from './kit.js';
import {
  coversAction,
  coversResource,
  deniesInsecureTransport,
  deniesOnInsecureTransport,
  parsePolicy,
  type PolicyStatement,
} from './policy.js';
import { tagValue } from './tags.js';

const BUCKET_TYPE = 'AWS::S3::Bucket';

function bucketRef(bucket: S3Bucket): ResourceRef {
  const ref: ResourceRef = {
    region: bucket.region,
    resourceId: bucket.name,
    resourceArn: bucket.arn,
  };
  if (!bucket.tags.ok) return { ...ref, tagsUnread: bucket.tags.error };
  const name = tagValue(bucket.tags.value, 'Name');
  if (name !== undefined) ref.resourceName = name;
  return ref;
}

/** A check judged per bucket of the scanned regions. */
function bucketRule(
  meta: ResourceCheck<'s3', S3Bucket>['meta'],
  judge: ResourceCheck<'s3', S3Bucket>['judge'],
): Rule {
  return resourceRule({ meta, resources: (s3) => s3.buckets, ref: bucketRef, judge });
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
    failWhen:
      'At least one of the four Block Public Access settings (`BlockPublicAcls`, `IgnorePublicAcls`, `BlockPublicPolicy`, `RestrictPublicBuckets`) is on neither the bucket nor the account; a missing configuration counts as all off.',
  },
  (bucket, s3) => {
    const off: string[] = [];
    const unsettled: string[] = [];
    for (const { key, label } of SETTINGS) {
      const onBucket = settingOn(bucket.publicAccessBlock, key);
      const onAccount = settingOn(s3.accountPublicAccessBlock, key);
      if (onBucket === true || onAccount === true) continue;
      if (onBucket === false && onAccount === false) off.push(label);
      else unsettled.push(label);
    }
    const evidence = {
      bucket: settingsEvidence(bucket.publicAccessBlock),
      account: settingsEvidence(s3.accountPublicAccessBlock),
    };
    if (off.length > 0) {
      return fail(
        `${off.length} of 4 Block Public Access settings are off on both the bucket and the account: ${off.join(', ')}.`,
        { ...evidence, settingsOff: off },
      );
    }
    const failure =
      unsettled.length > 0
        ? firstFailure(bucket.publicAccessBlock, s3.accountPublicAccessBlock)
        : undefined;
    if (failure) return unknown(failure, { ...evidence, undetermined: unsettled });
    return pass(
      'All 4 Block Public Access settings are on, on the bucket or the account.',
      evidence,
    );
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
    failWhen: 'The bucket has no default encryption configuration.',
  },
  (bucket) => {
    const read = bucket.encryption;
    if (!read.ok) return unknown(read.error);
    if (!read.value) return fail('The bucket has no default encryption configuration.');
    const algorithms = [...new Set(read.value.map((rule) => rule.algorithm))];
    return pass(`Default encryption is ${algorithms.join(', ')}.`, { rules: read.value });
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
    failWhen: 'Versioning is not `Enabled`: it is `Suspended`, or was never turned on.',
  },
  (bucket) => {
    const read = bucket.versioning;
    if (!read.ok) return unknown(read.error);
    const evidence = { status: read.value };
    if (read.value === 'Enabled') return pass('Versioning is Enabled.', evidence);
    return fail(
      read.value === null
        ? 'Versioning has never been enabled on the bucket.'
        : `Versioning is ${read.value}, not Enabled.`,
      evidence,
    );
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
    failWhen:
      'There is no bucket policy, or none of its statements is a `Deny` to principal `*` (no NotPrincipal) whose only condition is `aws:SecureTransport` `false` (`Bool` or `BoolIfExists`) and that covers both `s3:GetObject` and `s3:PutObject` on `arn:aws:s3:::BUCKET/*`; a prefix such as `BUCKET/logs/*` is not enough. The detail says whether a Deny falls short on actions or resources, or on principals or conditions.',
  },
  (bucket) => {
    const read = bucket.policy;
    if (!read.ok) return unknown(read.error);
    if (read.value === null) {
      return fail('The bucket has no policy, so requests without TLS are not denied.');
    }
    let statements: PolicyStatement[];
    try {
      statements = parsePolicy(read.value);
    } catch (error) {
      // AWS accepted this policy, so failing to read it is ours: UNKNOWN, never a PASS or a FAIL.
      return undetermined(
        `The bucket policy is unreadable (${(error as Error).message}), so whether it denies requests without TLS is not known.`,
      );
    }
    const enforcing = statements.find((s) => enforcesTlsForObjects(s, bucket.arn));
    if (enforcing) {
      const name = enforcing.sid ? `statement ${enforcing.sid}` : 'a statement';
      return pass(`The bucket policy denies requests with aws:SecureTransport false (${name}).`, {
        statement: enforcing,
      });
    }
    const partial = statements.filter(deniesInsecureTransport);
    if (partial.length > 0) {
      return fail(
        `The bucket policy denies requests without TLS only for some actions or resources: object reads and writes (s3:GetObject, s3:PutObject on ${bucket.arn}/*) stay open over plain HTTP.`,
        { statements: partial },
      );
    }
    const narrowed = statements.filter(deniesOnInsecureTransport);
    if (narrowed.length > 0) {
      return fail(
        'The bucket policy denies requests with aws:SecureTransport false only for some callers: the Deny names principals other than "*" or adds other conditions, so the rest can use plain HTTP.',
        { statements: narrowed },
      );
    }
    return fail(
      'No statement of the bucket policy denies requests with aws:SecureTransport false.',
    );
  },
);

/** The S3 checks of CHECKS.md, in catalogue order. */
export const s3Rules: Rule[] = [
  publicAccessNotBlocked,
  defaultEncryptionMissing,
  versioningOff,
  tlsNotEnforced,
];
