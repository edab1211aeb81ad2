// A synthetic saved inventory of N resources for `npm run bench -- scale`, in the shape
// --save-inventory writes (src/model/*.ts). The mix is the account of issue 13 (4,000 security
// groups, 4,500 instances and volumes, 1,000 buckets, 1,500 roles, 300 databases, 100 file
// systems), scaled to N and spread over four regions; most resources pass, a steady share fails,
// and about one in a hundred has a read that failed (AccessDenied), which its checks report as
// UNKNOWN. Deterministic: the same N gives the same file.

/**
 * The inventory shape this generator builds. Newer code migrates it on load
 * (src/collect/migrations.ts), so the file stays loadable after the version moves on.
 */
export const SYNTHETIC_SCHEMA_VERSION = 2;

const ACCOUNT = '210987654321';
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-southeast-2'];
const COLLECTED_AT = new Date('2026-11-01T06:00:00.000Z');
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const GIB = 2 ** 30;

/** Issue 13's account: resources of each kind per 11,400. */
const MIX = {
  groups: 4000,
  instances: 2250,
  volumes: 2250,
  buckets: 1000,
  roles: 1500,
  databases: 300,
  fileSystems: 100,
};

const ok = (value) => ({ ok: true, value });
const denied = (operation) => ({
  ok: false,
  error: {
    operation,
    code: 'AccessDenied',
    message: `User: arn:aws:sts::${ACCOUNT}:assumed-role/audit/ci is not authorized to perform: ${operation}`,
    class: 'denied',
  },
});
/** One resource in a hundred has a read that failed; one in seven fails its checks. */
const unreadable = (i) => i % 100 === 37;
const failing = (i) => i % 7 === 3;
const hex = (n, width) => n.toString(16).padStart(width, '0');

/** Counts of each kind for `total` resources, summing to `total` exactly. */
export function resourceCounts(total) {
  const weight = Object.values(MIX).reduce((sum, n) => sum + n, 0);
  const counts = Object.fromEntries(
    Object.entries(MIX).map(([kind, n]) => [kind, Math.max(1, Math.floor((n * total) / weight))]),
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

function securityGroup(i, region) {
  const id = `sg-0${hex(i, 16)}`;
  const name = `app-${i}`;
  const internal = {
    IpProtocol: 'tcp',
    FromPort: 443,
    ToPort: 443,
    IpRanges: [{ CidrIp: '10.0.0.0/8' }],
  };
  const open = [
    { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
    { IpProtocol: '-1', Ipv6Ranges: [{ CidrIpv6: '::/0' }] },
    { IpProtocol: 'tcp', FromPort: 3389, ToPort: 3389, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
  ][i % 3];
  return {
    id,
    arn: `arn:aws:ec2:${region}:${ACCOUNT}:security-group/${id}`,
    name,
    vpcId: `vpc-0${hex(i % 20, 16)}`,
    tags: tagsOf(i, name),
    ingress: failing(i) ? [internal, open] : [internal],
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

function volume(i, region, instanceIds) {
  const id = `vol-0${hex(i, 16)}`;
  const attached = instanceIds.length > 0 && i % 8 !== 5;
  return {
    id,
    arn: `arn:aws:ec2:${region}:${ACCOUNT}:volume/${id}`,
    state: attached ? 'in-use' : 'available',
    encrypted: !failing(i),
    attachedTo: attached ? [instanceIds[i % instanceIds.length]] : [],
    tags: tagsOf(i, `data-${i}`),
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
  };
}

const policyText = (...statements) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });

function bucket(i) {
  const name = `company-data-${hex(i, 6)}`;
  const region = regionOf(i);
  const arn = `arn:aws:s3:::${name}`;
  const bad = failing(i);
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
    tags: ok(tagsOf(i, name)),
    encryption: ok([{ algorithm: i % 2 === 0 ? 'aws:kms' : 'AES256', bucketKeyEnabled: true }]),
    versioning: ok(bad ? null : 'Enabled'),
    publicAccessBlock: ok(bad ? null : blocked),
    policy: unreadable(i)
      ? denied('s3:GetBucketPolicy')
      : ok(policyText(...(bad ? [publicRead] : [secureTransport]))),
  };
}

function role(i, managedArns) {
  const name = `service-role-${i}`;
  const inline = failing(i)
    ? policyText({ Effect: 'Allow', Action: i % 2 === 0 ? '*' : 's3:*', Resource: '*' })
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
    attachedPolicyArns: [managedArns[i % managedArns.length]],
    tags: tagsOf(i, name),
  };
}

function managedPolicies() {
  const readOnly = `arn:aws:iam::aws:policy/ReadOnlyAccess`;
  const custom = `arn:aws:iam::${ACCOUNT}:policy/app-describe`;
  return [
    {
      arn: readOnly,
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
      arn: custom,
      name: 'app-describe',
      awsManaged: false,
      document: ok(
        encodeURIComponent(policyText({ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' })),
      ),
    },
  ];
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

/** A file system with 30 days of hourly metrics and 60 days of daily connections. */
function fileSystem(i, region, groupId, subnetId) {
  const id = `fs-0${hex(i, 16)}`;
  const arn = `arn:aws:elasticfilesystem:${region}:${ACCOUNT}:file-system/${id}`;
  const name = `shared-${i}`;
  const bad = failing(i);
  const standard = (50 + (i % 200)) * GIB;
  return {
    id,
    arn,
    name,
    tags: tagsOf(i, name),
    createdAt: '2025-01-15T09:00:00.000Z',
    state: 'available',
    performanceMode: 'generalPurpose',
    throughputMode: bad ? 'provisioned' : 'elastic',
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
      ? denied('elasticfilesystem:DescribeBackupPolicy')
      : ok(bad ? null : 'ENABLED'),
    policy: ok(bad ? null : efsPolicy(arn)),
    metrics: {
      meteredIOBytes: ok(series(LOOKBACK, daily(1e8, 2e9))),
      metadataOperations: ok(series(LOOKBACK, daily(1e4, 2e5))),
      clientConnections: ok(series(CONNECTIONS, () => 4 * 1440)),
      ...(bad
        ? {
            dataReadIOBytes: ok(series(LOOKBACK, daily(1e8, 1e9))),
            dataWriteIOBytes: ok(series(LOOKBACK, daily(1e7, 1e8))),
          }
        : {}),
    },
  };
}

/** The synthetic inventory of about `total` resources (exactly `total` listed). */
export function syntheticInventory(total) {
  const counts = resourceCounts(total);
  const regional = Object.fromEntries(
    REGIONS.map((region) => [
      region,
      {
        ec2: {
          instances: ok([]),
          volumes: ok([]),
          ebsEncryptionByDefault: ok(region !== 'ap-southeast-2'),
        },
        sg: { groups: ok([]), networkInterfaceCounts: ok({}), prefixLists: {} },
        rds: { instances: ok([]), clusters: ok([]) },
      },
    ]),
  );
  for (let i = 0; i < counts.groups; i++) {
    const region = regionOf(i);
    const group = securityGroup(i, region);
    regional[region].sg.groups.value.push(group);
    if (i % 4 !== 1) regional[region].sg.networkInterfaceCounts.value[group.id] = 1 + (i % 5);
  }
  for (let i = 0; i < counts.instances; i++) {
    const region = regionOf(i);
    regional[region].ec2.instances.value.push(instance(i, region));
  }
  const instanceIds = Object.fromEntries(
    REGIONS.map((region) => [region, regional[region].ec2.instances.value.map((x) => x.id)]),
  );
  for (let i = 0; i < counts.volumes; i++) {
    const region = regionOf(i);
    regional[region].ec2.volumes.value.push(volume(i, region, instanceIds[region]));
  }
  for (let i = 0; i < counts.databases; i++) {
    const region = regionOf(i);
    regional[region].rds.instances.value.push(database(i, region));
  }
  const errors = [];
  for (const region of REGIONS) {
    const fileSystems = [];
    const groupId = `sg-0nfs${hex(REGIONS.indexOf(region), 12)}`;
    const subnetId = `subnet-0${hex(REGIONS.indexOf(region), 16)}`;
    for (let i = REGIONS.indexOf(region); i < counts.fileSystems; i += REGIONS.length) {
      fileSystems.push(fileSystem(i, region, groupId, subnetId));
      if (unreadable(i)) {
        errors.push({
          service: 'efs',
          region,
          ...denied('elasticfilesystem:DescribeBackupPolicy').error,
        });
      }
    }
    regional[region].efs = {
      fileSystems: ok(fileSystems),
      accessPoints: ok([]),
      allAccessPoints: [],
      replications: ok([]),
      protectedFileSystemArns: ok(fileSystems.filter((fs) => fs.encrypted).map((fs) => fs.arn)),
      lastBackupTimes: Object.fromEntries(
        fileSystems.filter((fs) => fs.encrypted).map((fs) => [fs.arn, '2026-10-31T03:00:00.000Z']),
      ),
      alarms: ok([]),
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
  const buckets = Array.from({ length: counts.buckets }, (_, i) => bucket(i)).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  );
  for (const b of buckets) {
    if (!b.policy.ok) errors.push({ service: 's3', region: b.region, ...b.policy.error });
  }
  const policies = managedPolicies();
  return {
    schemaVersion: SYNTHETIC_SCHEMA_VERSION,
    account: ACCOUNT,
    collectedAt: COLLECTED_AT.toISOString(),
    regions: REGIONS,
    services: ['efs', 'ec2', 'sg', 'rds', 's3', 'iam'],
    global: {
      s3: { accountPublicAccessBlock: ok(null), buckets: ok(buckets) },
      iam: {
        roles: ok(
          Array.from({ length: counts.roles }, (_, i) =>
            role(
              i,
              policies.map((p) => p.arn),
            ),
          ),
        ),
        users: ok([]),
        groups: ok([]),
        managedPolicies: ok(policies),
      },
    },
    regional,
    errors,
  };
}
