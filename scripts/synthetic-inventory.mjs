// A synthetic saved inventory of N resources for `npm run bench -- scale`: `syntheticInventoryText`
// is the file as --save-inventory writes it (version 4, a part to a line), `syntheticInventory` the
// inventory in memory (src/model/*.ts; its plain JSON is not a file the CLI loads), with every
// read the checks use. The mix is the account
// of issue 13 (4,000 security groups, 4,500 instances and volumes, 1,000 buckets, 1,500 roles,
// 300 databases, 100 file systems) plus a few of each kind the deeper checks read (VPCs and their
// default groups, public snapshots, AMIs, Elastic IPs, DB snapshots, EFS access points, IAM users),
// scaled to N and spread over four regions; most resources pass, about one in seven fails, and
// about one in a hundred of those with reads of their own (buckets, file systems, snapshots, and
// roles through a managed policy) has a read that failed (AccessDenied, recorded in `errors`),
// which its checks report as UNKNOWN. Deterministic: the same N gives the same file.

/**
 * The inventory shape this generator builds: the current one (INVENTORY_SCHEMA_VERSION of
 * src/model/inventory.ts), so loading it runs no migration. Newer code migrates it on load
 * (src/collect/migrations.ts), so the file stays loadable after the version moves on.
 */
export const SYNTHETIC_SCHEMA_VERSION = 4;

const ACCOUNT = '210987654321';
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-southeast-2'];
const COLLECTED_AT = new Date('2026-11-01T06:00:00.000Z');
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const GIB = 2 ** 30;

/**
 * Issue 13's account: listed resources of each kind per 11,624. `groups` includes one default
 * group per VPC; `publicSnapshots` are the EBS snapshots DescribeSnapshots lists as public (the
 * collector lists no others); `users` are the IAM users, each a row of the credential report.
 */
const MIX = {
  groups: 4000,
  instances: 2250,
  volumes: 2250,
  buckets: 1000,
  roles: 1500,
  databases: 300,
  fileSystems: 100,
  vpcs: 20,
  publicSnapshots: 8,
  images: 40,
  addresses: 40,
  dbSnapshots: 30,
  accessPoints: 50,
  users: 36,
};
/**
 * Every region has a VPC, and so a default group; the credential report has a console user and a
 * machine user.
 */
const MINIMUM = { vpcs: REGIONS.length, users: 2 };

const ok = (value) => ({ ok: true, value });
const deniedError = (operation) => ({
  operation,
  code: 'AccessDenied',
  message: `User: arn:aws:sts::${ACCOUNT}:assumed-role/audit/ci is not authorized to perform: ${operation}`,
  class: 'denied',
});
/** One resource in a hundred has a read that failed; one in seven fails its checks. */
const unreadable = (i) => i % 100 === 37;
const failing = (i) => i % 7 === 3;
const hex = (n, width) => n.toString(16).padStart(width, '0');
const daysBefore = (days) => new Date(COLLECTED_AT.getTime() - days * DAY_MS).toISOString();

/**
 * The failed reads of one inventory: `denied` gives the failed read for the inventory and records
 * it in `errors`, as the collectors do.
 */
function failures() {
  const errors = [];
  const denied = (service, region, operation) => {
    const error = deniedError(operation);
    errors.push({ service, region, ...error });
    return { ok: false, error };
  };
  return { errors, denied };
}

/**
 * Counts of each kind for `total` listed resources, summing to `total` exactly (for `total` of
 * 100 or more: smaller ones have too few groups to give some away).
 */
export function resourceCounts(total) {
  const weight = Object.values(MIX).reduce((sum, n) => sum + n, 0);
  const counts = Object.fromEntries(
    Object.entries(MIX).map(([kind, n]) => [
      kind,
      Math.max(MINIMUM[kind] ?? 1, Math.floor((n * total) / weight)),
    ]),
  );
  counts.groups += total - Object.values(counts).reduce((sum, n) => sum + n, 0);
  return counts;
}

function window(days, periodSeconds) {
  const end = Math.floor(COLLECTED_AT.getTime() / HOUR_MS) * HOUR_MS;
  return {
    start: new Date(end - days * DAY_MS).toISOString(),
    end: new Date(end).toISOString(),
    periodSeconds,
  };
}
const LOOKBACK = window(30, 3600);
const CONNECTIONS = window(60, 86_400);

function series(w, valueAt) {
  const start = Date.parse(w.start) / 1000;
  const count = (Date.parse(w.end) / 1000 - start) / w.periodSeconds;
  const timestamps = Array.from({ length: count }, (_, i) => start + i * w.periodSeconds);
  return { timestamps, values: timestamps.map((_, i) => valueAt(i)) };
}
const daily = (low, high) => (h) =>
  Math.round(low + ((high - low) * (1 + Math.sin(((h % 24) - 9) * (Math.PI / 12)))) / 2);

const tagsOf = (i, name) => ({
  Name: name,
  Environment: i % 3 === 0 ? 'production' : 'staging',
  Team: `team-${i % 12}`,
  CostCenter: `cc-${1000 + (i % 40)}`,
});

/** Index i of `count`, spread over the regions: the region and the index within it. */
const regionOf = (i) => REGIONS[i % REGIONS.length];

const WORLD_V4 = [{ CidrIp: '0.0.0.0/0' }];
const ALL_OUT = { IpProtocol: '-1', IpRanges: WORLD_V4 };

/**
 * The VPCs of a region and their default groups: the first VPC of each region is the default
 * one. Flow logs are on the VPC; a failing VPC has none, and its default group keeps the rules
 * AWS creates it with (all traffic from itself, all traffic out).
 */
function vpc(i, region) {
  const id = `vpc-0${hex(i, 16)}`;
  const name = `network-${i}`;
  return {
    id,
    arn: `arn:aws:ec2:${region}:${ACCOUNT}:vpc/${id}`,
    name,
    isDefault: i < REGIONS.length,
    tags: tagsOf(i, name),
  };
}

function defaultGroup(i, region, vpcId) {
  const id = `sg-0d${hex(i, 15)}`;
  return {
    id,
    arn: `arn:aws:ec2:${region}:${ACCOUNT}:security-group/${id}`,
    name: 'default',
    vpcId,
    tags: {},
    ingress: failing(i) ? [{ IpProtocol: '-1' }] : [],
    egress: failing(i) ? [ALL_OUT] : [],
  };
}

function securityGroup(i, region, vpcId) {
  const id = `sg-0${hex(i, 16)}`;
  const name = `app-${i}`;
  const internal = {
    IpProtocol: 'tcp',
    FromPort: 443,
    ToPort: 443,
    IpRanges: [{ CidrIp: '10.0.0.0/8' }],
  };
  const open = [
    { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: WORLD_V4 },
    { IpProtocol: '-1', Ipv6Ranges: [{ CidrIpv6: '::/0' }] },
    { IpProtocol: 'tcp', FromPort: 3389, ToPort: 3389, IpRanges: WORLD_V4 },
  ][i % 3];
  return {
    id,
    arn: `arn:aws:ec2:${region}:${ACCOUNT}:security-group/${id}`,
    name,
    vpcId,
    tags: tagsOf(i, name),
    ingress: failing(i) ? [internal, open] : [internal],
    egress: [ALL_OUT],
  };
}

function instance(i, region) {
  const id = `i-0${hex(i, 16)}`;
  const name = `web-${i}`;
  return {
    id,
    arn: `arn:aws:ec2:${region}:${ACCOUNT}:instance/${id}`,
    name,
    state: i % 10 === 9 ? 'stopped' : 'running',
    httpTokens: failing(i) ? 'optional' : 'required',
    httpEndpoint: 'enabled',
    ...(i % 5 === 0 ? { publicIp: `203.0.113.${i % 250}` } : {}),
    tags: tagsOf(i, name),
  };
}

/** gp3 mostly, one in six gp2, one in eight attached to nothing; all older than min-age-days. */
function volume(i, region, instanceIds) {
  const id = `vol-0${hex(i, 16)}`;
  const attached = instanceIds.length > 0 && i % 8 !== 5;
  const gp2 = i % 6 === 4;
  const sizeGib = 20 + 10 * (i % 50);
  return {
    id,
    arn: `arn:aws:ec2:${region}:${ACCOUNT}:volume/${id}`,
    state: attached ? 'in-use' : 'available',
    encrypted: !failing(i),
    attachedTo: attached ? [instanceIds[i % instanceIds.length]] : [],
    tags: tagsOf(i, `data-${i}`),
    volumeType: gp2 ? 'gp2' : 'gp3',
    sizeGib,
    iops: gp2 ? Math.min(16_000, Math.max(100, 3 * sizeGib)) : 3000,
    ...(gp2 ? {} : { throughputMibps: 125 }),
    createdAt: daysBefore(60 + (i % 700)),
  };
}

/** A snapshot DescribeSnapshots lists as public; its attribute read confirms it. */
function publicSnapshot(i, region, restorableByAll) {
  const id = `snap-0${hex(i, 16)}`;
  return {
    id,
    arn: `arn:aws:ec2:${region}::snapshot/${id}`,
    name: `export-${i}`,
    volumeId: `vol-0${hex(i, 16)}`,
    encrypted: i % 2 === 0,
    restorableByAll,
    tags: tagsOf(i, `export-${i}`),
  };
}

function image(i, region) {
  const id = `ami-0${hex(i, 16)}`;
  return {
    id,
    arn: `arn:aws:ec2:${region}::image/${id}`,
    name: `golden-${i}`,
    state: 'available',
    public: failing(i),
    tags: tagsOf(i, `golden-${i}`),
  };
}

function address(i, region, instanceIds) {
  const id = `eipalloc-0${hex(i, 16)}`;
  const associated = !failing(i) && instanceIds.length > 0;
  return {
    id,
    arn: `arn:aws:ec2:${region}:${ACCOUNT}:elastic-ip/${id}`,
    publicIp: `198.51.100.${i % 250}`,
    ...(associated
      ? {
          associationId: `eipassoc-0${hex(i, 16)}`,
          instanceId: instanceIds[i % instanceIds.length],
          networkInterfaceId: `eni-0${hex(i, 16)}`,
        }
      : {}),
    domain: 'vpc',
    publicIpv4Pool: 'amazon',
    tags: tagsOf(i, `ip-${i}`),
  };
}

function database(i, region) {
  const id = `db-${i}`;
  const bad = failing(i);
  return {
    id,
    arn: `arn:aws:rds:${region}:${ACCOUNT}:db:${id}`,
    engine: i % 2 === 0 ? 'postgres' : 'mysql',
    status: 'available',
    storageEncrypted: !bad,
    backupRetentionPeriod: bad ? 1 : 7,
    multiAz: i % 3 !== 0,
    deletionProtection: !bad,
    tags: tagsOf(i, id),
    publiclyAccessible: bad && i % 2 === 0,
    autoMinorVersionUpgrade: !bad,
  };
}

/** A snapshot of database i: manual ones carry their restore attribute, automated ones none. */
function dbSnapshot(i, region, restorableBy) {
  const manual = i % 3 !== 2;
  const id = manual ? `db-${i}-before-upgrade` : `rds:db-${i}-2026-10-31-03-00`;
  return {
    id,
    arn: `arn:aws:rds:${region}:${ACCOUNT}:snapshot:${id}`,
    sourceId: `db-${i}`,
    engine: i % 2 === 0 ? 'postgres' : 'mysql',
    snapshotType: manual ? 'manual' : 'automated',
    status: 'available',
    encrypted: !failing(i),
    tags: tagsOf(i, id),
    ...(manual ? { restorableBy } : {}),
  };
}

const policyText = (...statements) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });

const OWNER_GRANT = {
  granteeType: 'CanonicalUser',
  id: 'c1a2f3e4d5b6978800112233445566778899aabbccddeeff0011223344556677',
  permission: 'FULL_CONTROL',
};

/** Every read of an unreadable bucket is denied (a bucket policy that shuts out the auditor). */
function bucket(i, denied) {
  const name = `company-data-${hex(i, 6)}`;
  const region = regionOf(i);
  const arn = `arn:aws:s3:::${name}`;
  const bad = failing(i);
  const read = (operation, value) =>
    unreadable(i) ? denied('s3', region, `s3:${operation}`) : ok(value);
  const secureTransport = {
    Sid: 'DenyInsecureTransport',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: [arn, `${arn}/*`],
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  };
  const publicRead = {
    Sid: 'PublicRead',
    Effect: 'Allow',
    Principal: '*',
    Action: 's3:GetObject',
    Resource: `${arn}/*`,
  };
  const blocked = {
    blockPublicAcls: true,
    ignorePublicAcls: true,
    blockPublicPolicy: true,
    restrictPublicBuckets: true,
  };
  return {
    name,
    arn,
    region,
    createdAt: '2024-02-01T10:00:00.000Z',
    tags: read('GetBucketTagging', tagsOf(i, name)),
    encryption: read('GetBucketEncryption', [
      { algorithm: i % 2 === 0 ? 'aws:kms' : 'AES256', bucketKeyEnabled: true },
    ]),
    versioning: read('GetBucketVersioning', bad ? null : 'Enabled'),
    publicAccessBlock: read('GetPublicAccessBlock', bad ? null : blocked),
    policy: read('GetBucketPolicy', policyText(...(bad ? [publicRead] : [secureTransport]))),
    policyStatus: read('GetBucketPolicyStatus', { isPublic: bad }),
    acl: read('GetBucketAcl', [OWNER_GRANT]),
    objectOwnership: read(
      'GetBucketOwnershipControls',
      bad ? 'ObjectWriter' : 'BucketOwnerEnforced',
    ),
    logging: read(
      'GetBucketLogging',
      bad ? null : { targetBucket: 'company-access-logs', targetPrefix: `s3/${name}/` },
    ),
  };
}

const GITHUB = 'token.actions.githubusercontent.com';

/**
 * Trust policies: most roles are assumed by a service, one in ten by GitHub Actions pinned to one
 * repository; a failing role trusts any repository of the organisation, or anyone.
 */
function trustPolicy(i) {
  const github = (sub) => ({
    Effect: 'Allow',
    Principal: { Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/${GITHUB}` },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: {
      StringEquals: { [`${GITHUB}:aud`]: 'sts.amazonaws.com' },
      StringLike: { [`${GITHUB}:sub`]: sub },
    },
  });
  let statement;
  if (failing(i)) {
    statement =
      i % 2 === 0
        ? github('repo:company/*')
        : { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' };
  } else if (i % 10 === 0) {
    statement = github(`repo:company/service-${i}:ref:refs/heads/main`);
  } else {
    statement = {
      Effect: 'Allow',
      Principal: { Service: i % 2 === 0 ? 'ec2.amazonaws.com' : 'lambda.amazonaws.com' },
      Action: 'sts:AssumeRole',
    };
  }
  return encodeURIComponent(policyText(statement));
}

/**
 * A failing role allows everything, every S3 action, or launching instances with any role (a
 * privilege-escalation path); an unreadable one has a customer policy whose document was denied.
 */
function role(i, managed) {
  const name = `service-role-${i}`;
  const grants = [
    { Effect: 'Allow', Action: '*', Resource: '*' },
    { Effect: 'Allow', Action: 's3:*', Resource: '*' },
    { Effect: 'Allow', Action: ['iam:PassRole', 'ec2:RunInstances'], Resource: '*' },
  ];
  const inline = failing(i)
    ? policyText(grants[i % 3])
    : policyText({
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:PutObject'],
        Resource: `arn:aws:s3:::company-data-${hex(i, 6)}/*`,
      });
  return {
    name,
    arn: `arn:aws:iam::${ACCOUNT}:role/${name}`,
    path: '/',
    inlinePolicies: [{ name: 'data-access', document: encodeURIComponent(inline) }],
    attachedPolicyArns: [unreadable(i) ? managed.restricted : managed.shared[i % 2]],
    tags: tagsOf(i, name),
    trustPolicy: trustPolicy(i),
  };
}

const READ_ONLY_ARN = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const DESCRIBE_ARN = `arn:aws:iam::${ACCOUNT}:policy/app-describe`;
const RESTRICTED_ARN = `arn:aws:iam::${ACCOUNT}:policy/break-glass`;

function managedPolicies(denied) {
  return [
    {
      arn: READ_ONLY_ARN,
      name: 'ReadOnlyAccess',
      awsManaged: true,
      document: ok(
        encodeURIComponent(
          policyText({
            Effect: 'Allow',
            Action: ['ec2:Describe*', 's3:Get*', 's3:List*'],
            Resource: '*',
          }),
        ),
      ),
    },
    {
      arn: DESCRIBE_ARN,
      name: 'app-describe',
      awsManaged: false,
      document: ok(
        encodeURIComponent(policyText({ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' })),
      ),
    },
    {
      arn: RESTRICTED_ARN,
      name: 'break-glass',
      awsManaged: false,
      document: denied('iam', 'global', 'iam:GetPolicyVersion'),
    },
  ];
}

function user(i) {
  const name = `user-${i}`;
  return {
    name,
    arn: `arn:aws:iam::${ACCOUNT}:user/${name}`,
    path: '/',
    inlinePolicies: [],
    attachedPolicyArns: [i % 3 === 2 ? DESCRIBE_ARN : READ_ONLY_ARN],
    tags: tagsOf(i, name),
    groups: [],
  };
}

const NO_KEY = { active: false, lastRotated: 'N/A', lastUsed: 'N/A' };

/**
 * A user's row of the credential report: two in three sign in to the console (a failing one
 * without MFA), one in three is a machine user with an access key (a failing one older than the
 * rotation period); one in eleven has not used its credentials for four months.
 */
function reportRow(i, arn) {
  const lastUsed = i % 11 === 5 ? daysBefore(120) : daysBefore(1 + (i % 5));
  const created = daysBefore(400 + (i % 300));
  const signsIn = i % 3 !== 1;
  return {
    user: `user-${i}`,
    arn,
    createdAt: created,
    passwordEnabled: signsIn,
    passwordLastUsed: signsIn ? lastUsed : 'N/A',
    passwordLastChanged: signsIn ? daysBefore(30 + (i % 60)) : 'N/A',
    mfaActive: signsIn && !failing(i),
    accessKeys: [
      signsIn
        ? NO_KEY
        : {
            active: true,
            lastRotated: daysBefore(failing(i) ? 200 : 20 + (i % 40)),
            lastUsed,
          },
      NO_KEY,
    ],
  };
}

function credentialReport(users) {
  return {
    generatedAt: new Date(COLLECTED_AT.getTime() - 20 * 60_000).toISOString(),
    users: [
      {
        user: '<root_account>',
        arn: `arn:aws:iam::${ACCOUNT}:root`,
        createdAt: '2019-02-11T09:00:00+00:00',
        passwordEnabled: 'not_supported',
        passwordLastUsed: daysBefore(200),
        passwordLastChanged: 'not_supported',
        mfaActive: true,
        accessKeys: [NO_KEY, NO_KEY],
      },
      ...users.map((u, i) => reportRow(i, u.arn)),
    ],
  };
}

/** TLS enforced; only the application role may mount and write; nobody gets root. */
function efsPolicy(arn) {
  return policyText(
    {
      Sid: 'EnforceInTransitEncryption',
      Effect: 'Deny',
      Principal: { AWS: '*' },
      Action: '*',
      Resource: arn,
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
    {
      Sid: 'ApplicationRole',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/service-role-1` },
      Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'],
      Resource: arn,
    },
  );
}

/**
 * A file system with 30 days of hourly metrics and 60 days of daily connections. Besides the
 * failing ones (provisioned, unencrypted, no lifecycle, backup or policy), one in five bursts
 * (half of those short of credits), one in five is Max I/O (half of those without the load for
 * it), and one in six holds critical data (half of those replicated).
 */
function fileSystem(i, region, groupId, subnetId, denied) {
  const id = `fs-0${hex(i, 16)}`;
  const arn = `arn:aws:elasticfilesystem:${region}:${ACCOUNT}:file-system/${id}`;
  const name = `shared-${i}`;
  const bad = failing(i);
  const bursting = !bad && i % 5 === 1;
  const maxIO = !bad && i % 5 === 2;
  const standard = (50 + (i % 200)) * GIB;
  const lowestCredits = i % 10 === 6 ? 0.04 : 0.9;
  // Max I/O earns its keep above 1,000 metadata operations per second at the peak hour.
  const metadataPeak = maxIO && i % 10 === 2 ? 5e6 : 2e5;
  return {
    id,
    arn,
    name,
    tags: { ...tagsOf(i, name), ...(i % 6 === 0 ? { DataCritical: 'true' } : {}) },
    createdAt: '2025-01-15T09:00:00.000Z',
    state: 'available',
    performanceMode: maxIO ? 'maxIO' : 'generalPurpose',
    throughputMode: bad ? 'provisioned' : bursting ? 'bursting' : 'elastic',
    ...(bad ? { provisionedThroughputMibps: 128 } : {}),
    encrypted: !bad,
    ...(bad ? {} : { kmsKeyId: `arn:aws:kms:${region}:${ACCOUNT}:alias/aws/elasticfilesystem` }),
    sizeInBytes: { total: standard, standard, infrequentAccess: 0 },
    mountTargets: ok([
      {
        id: `fsmt-0${hex(i, 16)}`,
        subnetId,
        availabilityZoneName: `${region}a`,
        state: 'available',
        securityGroupIds: ok([groupId]),
      },
    ]),
    lifecycle: ok(bad ? {} : { transitionToIA: 'AFTER_30_DAYS' }),
    backupPolicyStatus: unreadable(i)
      ? denied('efs', region, 'elasticfilesystem:DescribeBackupPolicy')
      : ok(bad ? null : 'ENABLED'),
    policy: ok(bad ? null : efsPolicy(arn)),
    metrics: {
      meteredIOBytes: ok(series(LOOKBACK, daily(1e8, 2e9))),
      metadataOperations: ok(series(LOOKBACK, daily(1e4, metadataPeak))),
      clientConnections: ok(series(CONNECTIONS, () => 4 * 1440)),
      ...(bursting
        ? {
            burstCreditBalance: ok(
              series(LOOKBACK, daily(lowestCredits * 2.1 * 2 ** 40, 2.1 * 2 ** 40)),
            ),
          }
        : {}),
      ...(bad
        ? {
            dataReadIOBytes: ok(series(LOOKBACK, daily(1e8, 1e9))),
            dataWriteIOBytes: ok(series(LOOKBACK, daily(1e7, 1e8))),
          }
        : {}),
    },
  };
}

/** An access point confined to a directory as a fixed user; a failing one is neither. */
function accessPoint(i, region, fileSystemId) {
  const id = `fsap-0${hex(i, 16)}`;
  return {
    id,
    arn: `arn:aws:elasticfilesystem:${region}:${ACCOUNT}:access-point/${id}`,
    fileSystemId,
    name: `app-${i}`,
    tags: tagsOf(i, `app-${i}`),
    state: 'available',
    rootDirectoryPath: failing(i) ? '/' : `/app-${i}`,
    ...(failing(i) ? {} : { posixUser: { uid: 1000 + (i % 50), gid: 1000 } }),
  };
}

/** The region where the account settings lag: EBS default encryption, snapshot and IMDS guards. */
const LAGGING_REGION = REGIONS[REGIONS.length - 1];

function regionPart(region) {
  const lagging = region === LAGGING_REGION;
  return {
    ec2: {
      instances: ok([]),
      volumes: ok([]),
      ebsEncryptionByDefault: ok(!lagging),
      publicSnapshots: ok([]),
      images: ok([]),
      snapshotBlockPublicAccess: ok(lagging ? 'block-new-sharing' : 'block-all-sharing'),
      imdsDefaultHttpTokens: ok(lagging ? null : 'required'),
      vpcs: ok([]),
      flowLogs: ok([]),
      addresses: ok([]),
    },
    sg: { groups: ok([]), networkInterfaceCounts: ok({}), prefixLists: {} },
    rds: { instances: ok([]), clusters: ok([]), snapshots: ok([]), clusterSnapshots: ok([]) },
  };
}

/** Alarms on every metric the file system's modes call for. */
function alarmsOf(fs) {
  const metrics = [
    'ClientConnections',
    ...(fs.performanceMode === 'generalPurpose' ? ['PercentIOLimit'] : []),
    ...(fs.throughputMode === 'bursting' ? ['BurstCreditBalance'] : []),
  ];
  return metrics.map((metricName) => ({
    alarmName: `${fs.name}-${metricName}`,
    metricName,
    fileSystemId: fs.id,
  }));
}

/** The EFS part of one region: its file systems and access points, replications and alarms. */
function efsPart(region, counts, denied) {
  const r = REGIONS.indexOf(region);
  const groupId = `sg-0nfs${hex(r, 12)}`;
  const subnetId = `subnet-0${hex(r, 16)}`;
  const indices = [];
  for (let i = r; i < counts.fileSystems; i += REGIONS.length) indices.push(i);
  const fileSystems = indices.map((i) => fileSystem(i, region, groupId, subnetId, denied));
  const accessPoints = [];
  for (let i = 0; i < counts.accessPoints; i++) {
    const owner = i % counts.fileSystems;
    if (regionOf(owner) === region) {
      accessPoints.push(accessPoint(i, region, `fs-0${hex(owner, 16)}`));
    }
  }
  // Half the file systems with critical data (one in six) are replicated to the next region.
  const replications = fileSystems
    .filter((_, k) => indices[k] % 12 === 0)
    .map((fs) => ({
      sourceFileSystemId: fs.id,
      destinations: [
        {
          fileSystemId: `fs-0r${fs.id.slice(5)}`,
          region: REGIONS[(r + 1) % REGIONS.length],
          status: 'ENABLED',
        },
      ],
    }));
  return {
    fileSystems: ok(fileSystems),
    accessPoints: ok(accessPoints),
    allAccessPoints: accessPoints,
    replications: ok(replications),
    protectedFileSystemArns: ok(fileSystems.filter((fs) => fs.encrypted).map((fs) => fs.arn)),
    lastBackupTimes: Object.fromEntries(
      fileSystems.filter((fs) => fs.encrypted).map((fs) => [fs.arn, '2026-10-31T03:00:00.000Z']),
    ),
    alarms: ok(fileSystems.filter((fs) => fs.encrypted).flatMap(alarmsOf)),
    subnets: ok([{ id: subnetId, vpcId: 'vpc-00000000000000000', mapPublicIpOnLaunch: false }]),
    securityGroups: ok([
      {
        id: groupId,
        name: 'nfs',
        ingress: [
          {
            IpProtocol: 'tcp',
            FromPort: 2049,
            ToPort: 2049,
            IpRanges: [{ CidrIp: '10.0.0.0/8' }],
          },
        ],
      },
    ]),
    prefixLists: {},
    metricWindows: { lookback: LOOKBACK, connections: CONNECTIONS },
  };
}

/**
 * The synthetic inventory of `total` listed resources in memory (see MIX for what counts as one):
 * its global and regional maps, as the rules read it. The file is `syntheticInventoryText`.
 */
export function syntheticInventory(total) {
  const counts = resourceCounts(total);
  const { errors, denied } = failures();
  const regional = Object.fromEntries(REGIONS.map((region) => [region, regionPart(region)]));
  const ec2Of = (i) => regional[regionOf(i)].ec2;
  const vpcIds = Object.fromEntries(REGIONS.map((region) => [region, []]));
  for (let i = 0; i < counts.vpcs; i++) {
    const region = regionOf(i);
    const network = vpc(i, region);
    vpcIds[region].push(network.id);
    ec2Of(i).vpcs.value.push(network);
    if (!failing(i)) {
      ec2Of(i).flowLogs.value.push({
        id: `fl-0${hex(i, 16)}`,
        resourceId: network.id,
        status: 'ACTIVE',
      });
    }
    regional[region].sg.groups.value.push(defaultGroup(i, region, network.id));
  }
  for (let i = 0; i < counts.groups - counts.vpcs; i++) {
    const region = regionOf(i);
    const ids = vpcIds[region];
    const group = securityGroup(i, region, ids[Math.floor(i / REGIONS.length) % ids.length]);
    regional[region].sg.groups.value.push(group);
    if (i % 4 !== 1) regional[region].sg.networkInterfaceCounts.value[group.id] = 1 + (i % 5);
  }
  for (let i = 0; i < counts.instances; i++) {
    ec2Of(i).instances.value.push(instance(i, regionOf(i)));
  }
  const instanceIds = Object.fromEntries(
    REGIONS.map((region) => [region, regional[region].ec2.instances.value.map((x) => x.id)]),
  );
  for (let i = 0; i < counts.volumes; i++) {
    ec2Of(i).volumes.value.push(volume(i, regionOf(i), instanceIds[regionOf(i)]));
  }
  for (let i = 0; i < counts.publicSnapshots; i++) {
    const region = regionOf(i);
    const restorable = unreadable(i)
      ? denied('ec2', region, 'ec2:DescribeSnapshotAttribute')
      : ok(true);
    ec2Of(i).publicSnapshots.value.push(publicSnapshot(i, region, restorable));
  }
  for (let i = 0; i < counts.images; i++) ec2Of(i).images.value.push(image(i, regionOf(i)));
  for (let i = 0; i < counts.addresses; i++) {
    ec2Of(i).addresses.value.push(address(i, regionOf(i), instanceIds[regionOf(i)]));
  }
  for (let i = 0; i < counts.databases; i++) {
    regional[regionOf(i)].rds.instances.value.push(database(i, regionOf(i)));
  }
  // Snapshot i is of database i, in its region: there are fewer snapshots than databases.
  for (let i = 0; i < counts.dbSnapshots; i++) {
    const region = regionOf(i);
    const restorableBy = unreadable(i)
      ? denied('rds', region, 'rds:DescribeDBSnapshotAttributes')
      : ok(failing(i) ? ['all'] : i % 2 === 0 ? [] : ['123456789012']);
    regional[region].rds.snapshots.value.push(dbSnapshot(i, region, restorableBy));
  }
  for (const region of REGIONS) regional[region].efs = efsPart(region, counts, denied);
  const buckets = Array.from({ length: counts.buckets }, (_, i) => bucket(i, denied)).sort(
    (a, b) => (a.name < b.name ? -1 : 1),
  );
  const policies = managedPolicies(denied);
  const managed = {
    shared: [READ_ONLY_ARN, DESCRIBE_ARN],
    restricted: RESTRICTED_ARN,
  };
  const users = Array.from({ length: counts.users }, (_, i) => user(i));
  return {
    schemaVersion: SYNTHETIC_SCHEMA_VERSION,
    account: ACCOUNT,
    collectedAt: COLLECTED_AT.toISOString(),
    regions: REGIONS,
    services: ['efs', 'ec2', 'sg', 'rds', 's3', 'iam'],
    global: {
      s3: { accountPublicAccessBlock: ok(null), buckets: ok(buckets) },
      iam: {
        roles: ok(Array.from({ length: counts.roles }, (_, i) => role(i, managed))),
        users: ok(users),
        groups: ok([]),
        managedPolicies: ok(policies),
        credentialReport: ok(credentialReport(users)),
        passwordPolicy: ok({ minimumPasswordLength: 14, passwordReusePrevention: 24 }),
      },
    },
    regional,
    errors,
  };
}

/**
 * The saved file of `total` listed resources, as --save-inventory writes version 4
 * (inventoryFileChunks of src/collect/inventory-file.ts, which this script cannot import): line 1
 * the header and `"parts":[`, then a part to a line, account-wide ones first, then each region's,
 * then `]}`.
 */
export function syntheticInventoryText(total) {
  const { schemaVersion, account, collectedAt, regions, services, global, regional, errors } =
    syntheticInventory(total);
  const header = JSON.stringify({ schemaVersion, account, collectedAt, regions, services, errors });
  const parts = [
    ...['s3', 'iam'].map((service) => ({ region: 'global', service, part: global[service] })),
    ...Object.entries(regional).flatMap(([region, byService]) =>
      Object.entries(byService).map(([service, part]) => ({ region, service, part })),
    ),
  ];
  const lines = parts.map((part) => JSON.stringify(part));
  return `${header.slice(0, -1)},"parts":[\n${lines.join(',\n')}\n]}\n`;
}
