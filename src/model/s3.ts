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
}

export interface S3Inventory {
  /** The account-wide Block Public Access settings (S3 Control); null when none are set. */
  accountPublicAccessBlock: Fetched<PublicAccessBlockSettings | null>;
  /** ListBuckets, kept to the buckets in the scanned regions, sorted by name. */
  buckets: Fetched<S3Bucket[]>;
}
