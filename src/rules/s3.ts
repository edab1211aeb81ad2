import type { CallFailure, Fetched } from '../model/inventory.js';
import type { PublicAccessBlockSettings, S3Bucket, S3Inventory } from '../model/s3.js';
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
  type Verdict,
} from './kit.js';
import {
  coversEvery,
  deniesOnInsecureTransport,
  explicitDeny,
  grantToEveryone,
  isPublicPrincipal,
  parsePolicy,
  statementName,
  type NamedStatement,
  type PolicyRequest,
  type Caller,
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

/** Every S3 action on every object of the bucket, by anyone, without TLS. */
function plainHttpToObjects(bucket: S3Bucket): PolicyRequest {
  return {
    action: { every: 's3:' },
    resource: bucket.arn ? { every: `${bucket.arn}/` } : undefined,
    caller: 'anyone',
    insecureTransport: true,
  };
}

const principalList = (principals: Record<string, string[]>): string =>
  Object.values(principals).flat().join(', ');

/**
 * What a Deny on aws:SecureTransport false leaves open over plain HTTP, as phrases: the callers
 * it spares, the actions and the objects it misses.
 */
function openOverHttp(statement: PolicyStatement, bucketArn: string): string[] {
  const open: string[] = [];
  if (statement.notPrincipal) {
    open.push(
      `requests by the principals its NotPrincipal lists (${principalList(statement.notPrincipal)})`,
    );
  } else if (!isPublicPrincipal(statement)) {
    open.push(`requests by principals other than ${principalList(statement.principal ?? {})}`);
  }
  const others = statement.conditions.filter((c) => c.key.toLowerCase() !== 'aws:securetransport');
  if (others.length > 0) {
    const spared = others.map((c) => `${c.operator} ${c.key}`).join(', ');
    open.push(`requests its other conditions spare (${spared})`);
  }
  if (statement.notAction) {
    open.push(`the actions its NotAction lists (${statement.notAction.join(', ')})`);
  } else if (!coversEvery(statement.action ?? [], 's3:')) {
    const listed = statement.action ?? [];
    open.push(listed.length > 0 ? `S3 actions other than ${listed.join(', ')}` : 'every S3 action');
  }
  if (statement.notResource) {
    open.push(`the resources its NotResource lists (${statement.notResource.join(', ')})`);
  } else if (statement.resource && bucketArn && !coversEvery(statement.resource, `${bucketArn}/`)) {
    // Patterns within the bucket (a prefix) cover some objects; others cover none of them.
    const prefix = `${bucketArn}/`.toLowerCase();
    const within = statement.resource.filter((p) => p.toLowerCase().startsWith(prefix));
    open.push(
      within.length > 0
        ? `objects outside ${within.join(', ')}`
        : `every object of the bucket (${bucketArn}/*)`,
    );
  }
  if (open.length === 0) open.push('some requests');
  return open;
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
      'There is no bucket policy, or none of its statements denies every request over plain HTTP: a `Deny` with principal `*` (no NotPrincipal), condition `aws:SecureTransport` `false` (`Bool` or `BoolIfExists`, string or boolean) and no other, Action `s3:*` or `*` (a list of some actions, or NotAction, leaves the rest open), and a Resource covering every object (`arn:aws:s3:::BUCKET/*` or wider; a prefix such as `BUCKET/logs/*`, or NotResource, is not enough). The detail names what a partial Deny leaves open. UNKNOWN when such a Deny names its resources and the bucket ARN is missing.',
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
    // Every request without TLS must meet an explicit Deny: S3 allows by ACLs and identity
    // policies too, so a bucket policy that merely grants nothing enforces nothing.
    const verdict = explicitDeny(statements, plainHttpToObjects(bucket));
    if (verdict.status === 'denied') {
      const { sid } = verdict.deny.statement;
      const name = sid ? `statement ${sid}` : 'a statement';
      return pass(`The bucket policy denies requests with aws:SecureTransport false (${name}).`, {
        statement: verdict.deny.statement,
      });
    }
    if (verdict.status === 'unknown') {
      const names = verdict.unmatched.map((s) => s.name);
      return undetermined(
        `Whether the bucket policy denies every request without TLS is not known: ${names.join(', ')} ${names.length === 1 ? 'names its' : 'name their'} resources, and the bucket's ARN was not collected.`,
        { statements: names },
      );
    }
    const partial: NamedStatement[] = statements
      .map((statement, index) => ({ statement, name: statementName(statement, index) }))
      .filter(({ statement }) => deniesOnInsecureTransport(statement));
    if (partial.length > 0) {
      const leaves = partial.map(
        ({ statement, name }) =>
          `${name} leaves ${joinAnd(openOverHttp(statement, bucket.arn))} open over plain HTTP`,
      );
      return fail(
        `The bucket policy denies requests without TLS only in part: ${leaves.join('; ')}.`,
        { statements: partial.map((s) => s.statement) },
      );
    }
    return fail(
      'No statement of the bucket policy denies requests with aws:SecureTransport false.',
    );
  },
);

/** A read this inventory lacks because it was saved before the read was collected. */
function notCollected(read: string, question: string): Verdict {
  return undetermined(
    `This inventory was saved before the bucket's ${read} was collected, so ${question} is not known.`,
  );
}

/** Where a Block Public Access setting is on ("the bucket", "the account"), off, or unread. */
type Blocking = { on: string } | { off: true } | { failure: CallFailure };

function blocking(
  bucket: S3Bucket,
  s3: S3Inventory,
  key: keyof PublicAccessBlockSettings,
): Blocking {
  const onBucket = settingOn(bucket.publicAccessBlock, key);
  const onAccount = settingOn(s3.accountPublicAccessBlock, key);
  if (onBucket === true) return { on: 'the bucket' };
  if (onAccount === true) return { on: 'the account' };
  const failure = firstFailure(bucket.publicAccessBlock, s3.accountPublicAccessBlock);
  return failure ? { failure } : { off: true };
}

/** What one way of making a bucket public (its policy, its ACL) comes to, as a phrase. */
type Exposure =
  | { status: 'public'; phrase: string }
  | { status: 'closed'; phrase: string }
  | { status: 'unknown'; verdict: Verdict };

const closed = (phrase: string): Exposure => ({ status: 'closed', phrase });
const unsettled = (verdict: Verdict): Exposure => ({ status: 'unknown', verdict });

/** Public unless the setting is on; UNKNOWN when whether it is on could not be read. */
function unlessBlocked(block: Blocking, label: string, phrase: string): Exposure {
  if ('failure' in block) return unsettled(unknown(block.failure));
  return {
    status: 'public',
    phrase: `${phrase}, and ${label} is on neither the bucket nor the account`,
  };
}

const CALLERS: readonly Caller[] = ['anonymous', 'authenticated'];

/**
 * posture-gate's own reading of a bucket policy, for an answer of GetBucketPolicyStatus without
 * IsPublic (moto): the statements whose grant to everyone stands once the Denies are weighed.
 * Each public Allow is asked about for its own actions and resources, so a Deny of part of them
 * leaves the rest open. Undefined when the reading turns on a statement it cannot match.
 */
function grantsToEveryone(
  statements: readonly PolicyStatement[],
  bucketArn: string,
): NamedStatement[] | undefined {
  const open = new Map<string, NamedStatement>();
  let undecided = false;
  for (const statement of statements) {
    if (statement.effect !== 'Allow' || !isPublicPrincipal(statement)) continue;
    for (const action of statement.action ?? ['*']) {
      for (const resource of statement.resource ?? [bucketArn]) {
        for (const caller of CALLERS) {
          const verdict = grantToEveryone(statements, { action, resource, caller });
          if (verdict.status === 'open') for (const g of verdict.grants) open.set(g.name, g);
          if (verdict.status === 'unknown') undecided = true;
        }
      }
    }
  }
  if (open.size === 0 && undecided) return undefined;
  return [...open.values()];
}

/** Whether the bucket policy makes the bucket public: AWS's IsPublic first, then our reading. */
function policyExposure(bucket: S3Bucket, s3: S3Inventory): Exposure {
  const restrict = blocking(bucket, s3, 'restrictPublicBuckets');
  if ('on' in restrict) {
    return closed(`RestrictPublicBuckets is on for ${restrict.on}, so no policy makes it public`);
  }
  // Undecided by the policy: a failed read of RestrictPublicBuckets, which would decide, is named.
  const undecided = (verdict: Verdict): Exposure =>
    unsettled('failure' in restrict ? unknown(restrict.failure) : verdict);
  const status = bucket.policyStatus;
  if (!status) return undecided(notCollected('policy status', 'whether it is public'));
  if (!status.ok) return unsettled(unknown(status.error));
  if (status.value === null) return closed('it has no bucket policy');
  if (status.value.isPublic === false) {
    return closed('AWS evaluates its bucket policy as not public');
  }
  if (status.value.isPublic === true) {
    return unlessBlocked(
      restrict,
      'RestrictPublicBuckets',
      'AWS evaluates its bucket policy as public (GetBucketPolicyStatus IsPublic)',
    );
  }
  const read = bucket.policy;
  if (!read.ok) return unsettled(unknown(read.error));
  if (read.value === null) return closed('it has no bucket policy');
  const noVerdict = 'GetBucketPolicyStatus gave no IsPublic';
  let grants: NamedStatement[] | undefined;
  try {
    grants = grantsToEveryone(parsePolicy(read.value), bucket.arn);
  } catch (error) {
    return undecided(
      undetermined(
        `${noVerdict}, and the bucket policy is unreadable (${(error as Error).message}), so whether it is public is not known.`,
      ),
    );
  }
  if (!grants || grants.length === 0) {
    // Our reading is stricter than AWS's in places, never proof of a private policy.
    return undecided(
      undetermined(
        `${noVerdict}, and posture-gate's own reading of the bucket policy finds no grant to everyone, which does not settle it: whether the policy is public is not known.`,
      ),
    );
  }
  const actions = [...new Set(grants.flatMap((g) => g.statement.action ?? ['*']))];
  return unlessBlocked(
    restrict,
    'RestrictPublicBuckets',
    `${noVerdict}, and by posture-gate's own reading its bucket policy grants ${actions.join(', ')} to everyone (${grants.map((g) => g.name).join(', ')})`,
  );
}

/** The ACL groups that make a bucket public, and who they are. */
const PUBLIC_GROUPS: Readonly<Record<string, string>> = {
  'http://acs.amazonaws.com/groups/global/AllUsers': 'AllUsers (everyone)',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers':
    'AuthenticatedUsers (any AWS account)',
};

/** Whether the bucket ACL makes the bucket public. */
function aclExposure(bucket: S3Bucket, s3: S3Inventory): Exposure {
  const ignore = blocking(bucket, s3, 'ignorePublicAcls');
  if ('on' in ignore) {
    return closed(`IgnorePublicAcls is on for ${ignore.on}, so no ACL makes it public`);
  }
  const acl = bucket.acl;
  if (!acl) {
    const failure = 'failure' in ignore ? ignore.failure : undefined;
    return unsettled(failure ? unknown(failure) : notCollected('ACL', 'whether it is public'));
  }
  if (!acl.ok) return unsettled(unknown(acl.error));
  const grants = acl.value.flatMap((grant) => {
    const who = grant.granteeType === 'Group' && grant.uri ? PUBLIC_GROUPS[grant.uri] : undefined;
    return who ? [`${grant.permission} to ${who}`] : [];
  });
  if (grants.length === 0)
    return closed('its ACL grants nothing to AllUsers or AuthenticatedUsers');
  return unlessBlocked(ignore, 'IgnorePublicAcls', `its ACL grants ${joinAnd(grants)}`);
}

const bucketPublic = bucketRule(
  {
    id: 's3.bucket-public',
    title: 'S3 bucket is public',
    service: 's3',
    category: 'security',
    severity: 'critical',
    resourceType: BUCKET_TYPE,
    remediation: {
      text: 'Turn on Block Public Access for the account or the bucket (at least RestrictPublicBuckets and IgnorePublicAcls), then remove the public statements from the bucket policy and the AllUsers and AuthenticatedUsers grants from the ACL; serve public content through CloudFront with origin access control instead.',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    },
    frameworks: { fsbp: ['S3.2', 'S3.3'] },
    failWhen:
      "The bucket is public by AWS's own evaluation: `GetBucketPolicyStatus` says `IsPublic` and `RestrictPublicBuckets` is on neither the bucket nor the account, or its ACL grants any permission to the `AllUsers` or `AuthenticatedUsers` group and `IgnorePublicAcls` is on neither. The detail says which. When the policy status has no `IsPublic` (the moto emulator), posture-gate's own reading of the bucket policy decides a grant to everyone, and the detail says so; finding none leaves it UNKNOWN, never PASS.",
  },
  (bucket, s3) => {
    const exposures = [policyExposure(bucket, s3), aclExposure(bucket, s3)];
    const phrases = (status: 'public' | 'closed') =>
      exposures.flatMap((e) => (e.status === status ? [e.phrase] : []));
    const evidence = {
      policyStatus: bucket.policyStatus?.ok ? bucket.policyStatus.value : null,
      acl: bucket.acl?.ok ? bucket.acl.value : null,
    };
    const opened = phrases('public');
    if (opened.length > 0) return fail(`The bucket is public: ${opened.join('; ')}.`, evidence);
    for (const exposure of exposures) if (exposure.status === 'unknown') return exposure.verdict;
    return pass(`The bucket is not public: ${phrases('closed').join('; ')}.`, evidence);
  },
);

const aclsEnabled = bucketRule(
  {
    id: 's3.acls-enabled',
    title: 'S3 bucket ACLs enabled',
    service: 's3',
    category: 'security',
    severity: 'medium',
    resourceType: BUCKET_TYPE,
    remediation: {
      text: 'Set Object Ownership to BucketOwnerEnforced, which disables ACLs; first move any access the ACLs grant (such as log delivery) into the bucket policy.',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
    },
    frameworks: { fsbp: ['S3.12'] },
    failWhen:
      'Object Ownership is not `BucketOwnerEnforced` (`BucketOwnerPreferred`, `ObjectWriter`, or no ownership controls at all), so ACLs still apply.',
  },
  (bucket) => {
    const read = bucket.objectOwnership;
    if (!read) return notCollected('Object Ownership', 'whether ACLs apply');
    if (!read.ok) return unknown(read.error);
    const evidence = { objectOwnership: read.value };
    if (read.value === 'BucketOwnerEnforced') {
      return pass('Object Ownership is BucketOwnerEnforced: ACLs are disabled.', evidence);
    }
    return fail(
      read.value === null
        ? 'The bucket has no ownership controls, so ACLs apply (Object Ownership is not BucketOwnerEnforced).'
        : `Object Ownership is ${read.value}, not BucketOwnerEnforced, so ACLs still apply.`,
      evidence,
    );
  },
);

const accessLoggingOff = bucketRule(
  {
    id: 's3.access-logging-off',
    title: 'S3 server access logging off',
    service: 's3',
    category: 'operations',
    severity: 'low',
    resourceType: BUCKET_TYPE,
    remediation: {
      text: 'Turn on server access logging, delivering to a separate bucket in the same Region (one that is not itself logged into).',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html',
    },
    frameworks: { fsbp: ['S3.9'] },
    failWhen: 'Server access logging is off: `GetBucketLogging` has no `LoggingEnabled`.',
  },
  (bucket) => {
    const read = bucket.logging;
    if (!read) return notCollected('logging configuration', 'whether access logging is on');
    if (!read.ok) return unknown(read.error);
    if (read.value === null) return fail('Server access logging is off.', { logging: null });
    const { targetBucket, targetPrefix } = read.value;
    const prefix = targetPrefix ? ` under prefix ${targetPrefix}` : '';
    return pass(`Server access logging delivers to bucket ${targetBucket}${prefix}.`, {
      logging: read.value,
    });
  },
);

/** "a", "a and b", "a, b and c". */
function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The S3 checks of CHECKS.md, in catalogue order. */
export const s3Rules: Rule[] = [
  publicAccessNotBlocked,
  defaultEncryptionMissing,
  versioningOff,
  tlsNotEnforced,
  bucketPublic,
  aclsEnabled,
  accessLoggingOff,
];
