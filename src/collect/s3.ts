import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  paginateListBuckets,
  type Bucket,
  type Grant,
  type PublicAccessBlockConfiguration,
} from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand } from '@aws-sdk/client-s3-control';
import type { RegionClients } from '../aws/clients.js';
import type { CollectContext } from './context.js';
import { partitionOf } from './convert.js';
import { mapFetched, type CallFailure, type Fetched, type Tags } from '../model/inventory.js';
import type {
  PublicAccessBlockSettings,
  S3Bucket,
  S3EncryptionRule,
  S3Grant,
  S3Inventory,
} from '../model/s3.js';

/** GetBucketLocation answers null for us-east-1 and the legacy `EU` for eu-west-1. */
export function regionOfLocation(constraint: string | null | undefined): string {
  if (!constraint) return 'us-east-1';
  return constraint === 'EU' ? 'eu-west-1' : constraint;
}

function toSettings(config: PublicAccessBlockConfiguration | undefined): PublicAccessBlockSettings {
  return {
    blockPublicAcls: config?.BlockPublicAcls === true,
    ignorePublicAcls: config?.IgnorePublicAcls === true,
    blockPublicPolicy: config?.BlockPublicPolicy === true,
    restrictPublicBuckets: config?.RestrictPublicBuckets === true,
  };
}

function toGrant(grant: Grant): S3Grant[] {
  const grantee = grant.Grantee;
  if (!grantee?.Type || !grant.Permission) return [];
  const out: S3Grant = { granteeType: grantee.Type, permission: grant.Permission };
  if (grantee.URI) out.uri = grantee.URI;
  if (grantee.ID) out.id = grantee.ID;
  return [out];
}

type BucketReads = Required<
  Pick<
    S3Bucket,
    | 'tags'
    | 'encryption'
    | 'versioning'
    | 'publicAccessBlock'
    | 'policy'
    | 'policyStatus'
    | 'acl'
    | 'objectOwnership'
    | 'logging'
  >
>;

/**
 * GetBucketPolicyStatus, asked only when the bucket may have a policy: AWS answers
 * NoSuchBucketPolicy for a bucket without one, which the policy read has already said.
 */
async function readPolicyStatus(
  ctx: CollectContext,
  s3: RegionClients['s3'],
  name: string,
  policy: Fetched<unknown>,
): Promise<BucketReads['policyStatus']> {
  if (policy.ok && policy.value === null) return { ok: true, value: null };
  const status = await ctx.call(
    's3:GetBucketPolicyStatus',
    () => s3.send(new GetBucketPolicyStatusCommand({ Bucket: name })),
    ['NoSuchBucketPolicy'],
  );
  return mapFetched(status, (answer) => {
    if (!answer) return null;
    const isPublic = answer.PolicyStatus?.IsPublic;
    return isPublic === undefined ? {} : { isPublic };
  });
}

async function readBucket(
  ctx: CollectContext,
  s3: RegionClients['s3'],
  name: string,
): Promise<BucketReads> {
  const [
    tagging,
    encryption,
    versioning,
    publicAccessBlock,
    [policy, policyStatus],
    acl,
    ownership,
    logging,
  ] = await Promise.all([
    ctx.call('s3:GetBucketTagging', () => s3.send(new GetBucketTaggingCommand({ Bucket: name })), [
      'NoSuchTagSet',
    ]),
    ctx.call(
      's3:GetBucketEncryption',
      () => s3.send(new GetBucketEncryptionCommand({ Bucket: name })),
      ['ServerSideEncryptionConfigurationNotFoundError'],
    ),
    ctx.call('s3:GetBucketVersioning', () =>
      s3.send(new GetBucketVersioningCommand({ Bucket: name })),
    ),
    ctx.call(
      's3:GetPublicAccessBlock',
      () => s3.send(new GetPublicAccessBlockCommand({ Bucket: name })),
      ['NoSuchPublicAccessBlockConfiguration'],
    ),
    ctx
      .call('s3:GetBucketPolicy', () => s3.send(new GetBucketPolicyCommand({ Bucket: name })), [
        'NoSuchBucketPolicy',
      ])
      .then(async (read) => [read, await readPolicyStatus(ctx, s3, name, read)] as const),
    ctx.call('s3:GetBucketAcl', () => s3.send(new GetBucketAclCommand({ Bucket: name }))),
    ctx.call(
      's3:GetBucketOwnershipControls',
      () => s3.send(new GetBucketOwnershipControlsCommand({ Bucket: name })),
      ['OwnershipControlsNotFoundError'],
    ),
    ctx.call('s3:GetBucketLogging', () => s3.send(new GetBucketLoggingCommand({ Bucket: name }))),
  ]);
  return {
    tags: mapFetched(tagging, (answer) => {
      const tags: Tags = {};
      for (const tag of answer?.TagSet ?? []) if (tag.Key) tags[tag.Key] = tag.Value ?? '';
      return tags;
    }),
    encryption: mapFetched(encryption, (answer) => {
      const rules = answer?.ServerSideEncryptionConfiguration?.Rules ?? [];
      const defaults = rules.flatMap((rule) => {
        const sse = rule.ApplyServerSideEncryptionByDefault;
        if (!sse?.SSEAlgorithm) return [];
        const out: S3EncryptionRule = { algorithm: sse.SSEAlgorithm };
        if (sse.KMSMasterKeyID) out.kmsKeyId = sse.KMSMasterKeyID;
        if (rule.BucketKeyEnabled !== undefined) out.bucketKeyEnabled = rule.BucketKeyEnabled;
        return [out];
      });
      return defaults.length > 0 ? defaults : null;
    }),
    versioning: mapFetched(versioning, (answer) => answer?.Status ?? null),
    publicAccessBlock: mapFetched(publicAccessBlock, (answer) =>
      answer ? toSettings(answer.PublicAccessBlockConfiguration) : null,
    ),
    policy: mapFetched(policy, (answer) => answer?.Policy ?? null),
    policyStatus,
    acl: mapFetched(acl, (answer) => (answer?.Grants ?? []).flatMap(toGrant)),
    objectOwnership: mapFetched(
      ownership,
      (answer) => answer?.OwnershipControls?.Rules?.[0]?.ObjectOwnership ?? null,
    ),
    logging: mapFetched(logging, (answer) => {
      const enabled = answer?.LoggingEnabled;
      if (!enabled?.TargetBucket) return null;
      return { targetBucket: enabled.TargetBucket, targetPrefix: enabled.TargetPrefix ?? '' };
    }),
  };
}

/** Every read of a bucket whose region could not be found fails with that lookup's failure. */
function unreadBucket(failure: CallFailure): BucketReads {
  const failed = { ok: false, error: failure } as const;
  return {
    tags: failed,
    encryption: failed,
    versioning: failed,
    publicAccessBlock: failed,
    policy: failed,
    policyStatus: failed,
    acl: failed,
    objectOwnership: failed,
    logging: failed,
  };
}

/**
 * S3 is account-wide: ListBuckets and the account's Block Public Access are read once from the
 * home region (`ctx.region`), then each bucket in the scanned regions is read through a client of
 * its own region, as S3 answers bucket calls only in the bucket's region.
 */
export async function collectS3(
  ctx: CollectContext,
  regions: readonly string[] | 'all',
): Promise<S3Inventory> {
  const s3 = ctx.clients.s3;
  const inScope = (region: string): boolean => regions === 'all' || regions.includes(region);
  const clientFor = (region: string): RegionClients['s3'] =>
    region === ctx.region || !ctx.clientsFor ? s3 : ctx.clientsFor(region).s3;
  const partition = partitionOf(ctx.region);

  const [listing, accountBlock] = await Promise.all([
    // No page size: moto truncates at MaxBuckets without a continuation token.
    ctx.pages('s3:ListBuckets', paginateListBuckets({ client: s3 }, {}), (page) => page.Buckets),
    ctx.call(
      's3control:GetPublicAccessBlock',
      () =>
        ctx.clients.s3control.send(
          new GetAccountPublicAccessBlockCommand({ AccountId: ctx.account }),
        ),
      ['NoSuchPublicAccessBlockConfiguration'],
    ),
  ]);
  const accountPublicAccessBlock = mapFetched(accountBlock, (answer) =>
    answer ? toSettings(answer.PublicAccessBlockConfiguration) : null,
  );
  if (!listing.ok) return { accountPublicAccessBlock, buckets: listing };

  const listed = listing.value
    .filter((b): b is Bucket & { Name: string } => Boolean(b.Name))
    .sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
  const collected = await ctx.pool(listed, async (bucket): Promise<S3Bucket | undefined> => {
    const name = bucket.Name;
    const region: Fetched<string> = bucket.BucketRegion
      ? { ok: true, value: bucket.BucketRegion }
      : mapFetched(
          await ctx.call('s3:GetBucketLocation', () =>
            s3.send(new GetBucketLocationCommand({ Bucket: name })),
          ),
          (answer) => regionOfLocation(answer?.LocationConstraint),
        );
    if (region.ok && !inScope(region.value)) return undefined;
    const base = {
      name,
      arn: `arn:${partition}:s3:::${name}`,
      // A bucket of unknown region is kept, not dropped: it is reported UNKNOWN in the home region.
      region: region.ok ? region.value : ctx.region,
      ...(bucket.CreationDate ? { createdAt: bucket.CreationDate.toISOString() } : {}),
    };
    const reads = region.ok
      ? await readBucket(ctx.recordingIn(region.value), clientFor(region.value), name)
      : unreadBucket(region.error);
    return { ...base, ...reads };
  });

  return {
    accountPublicAccessBlock,
    buckets: { ok: true, value: collected.filter((b): b is S3Bucket => b !== undefined) },
  };
}
