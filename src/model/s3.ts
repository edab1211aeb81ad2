import type { Fetched, Tags } from './inventory.js';

/** The four Block Public Access settings of a bucket or of the account; AWS omits those off. */
export interface PublicAccessBlockSettings {
  blockPublicAcls: boolean;
  ignorePublicAcls: boolean;
  blockPublicPolicy: boolean;
  restrictPublicBuckets: boolean;
}

/** One rule of a bucket's default encryption configuration. */
export interface S3EncryptionRule {
  /** `AES256`, `aws:kms` or `aws:kms:dsse`. */
  algorithm: string;
  kmsKeyId?: string;
  bucketKeyEnabled?: boolean;
}

/** One grant of a bucket ACL (GetBucketAcl). */
export interface S3Grant {
  /** `CanonicalUser`, `Group` or `AmazonCustomerByEmail`. */
  granteeType: string;
  /** The group's URI, for a `Group` grantee. */
  uri?: string;
  /** The canonical user ID, for a `CanonicalUser` grantee. */
  id?: string;
  /** `FULL_CONTROL`, `READ`, `WRITE`, `READ_ACP` or `WRITE_ACP`. */
  permission: string;
}

/** Where a bucket's server access logs go (GetBucketLogging LoggingEnabled). */
export interface S3Logging {
  targetBucket: string;
  targetPrefix: string;
}

export interface S3Bucket {
  name: string;
  arn: string;
  region: string;
  createdAt?: string;
  /** GetBucketTagging; an empty map when the bucket has no tags. */
  tags: Fetched<Tags>;
  /** Default encryption rules; null when the bucket has no configuration. */
  encryption: Fetched<S3EncryptionRule[] | null>;
  /** `Enabled` or `Suspended`; null when versioning was never turned on. */
  versioning: Fetched<string | null>;
  /** The bucket's own Block Public Access settings; null when it has none. */
  publicAccessBlock: Fetched<PublicAccessBlockSettings | null>;
  /** The bucket policy as JSON text; null when the bucket has none. */
  policy: Fetched<string | null>;
  /**
   * GetBucketPolicyStatus: `isPublic` as AWS evaluates the policy (absent when the answer lacked
   * it); null when the bucket has no policy. The fields below are absent in inventories saved
   * before they were collected: not collected, never "not configured".
   */
  policyStatus?: Fetched<{ isPublic?: boolean } | null>;
  /** GetBucketAcl: the grants of the bucket ACL. */
  acl?: Fetched<S3Grant[]>;
  /** GetBucketOwnershipControls: the Object Ownership setting; null when none is set. */
  objectOwnership?: Fetched<string | null>;
  /** GetBucketLogging: the server access logging target; null when logging is off. */
  logging?: Fetched<S3Logging | null>;
}

export interface S3Inventory {
  /** The account-wide Block Public Access settings (S3 Control); null when none are set. */
  accountPublicAccessBlock: Fetched<PublicAccessBlockSettings | null>;
  /** ListBuckets, kept to the buckets in the scanned regions, sorted by name. */
  buckets: Fetched<S3Bucket[]>;
}
