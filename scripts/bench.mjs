// `npm run bench [-- efs|infra|deeper|scale|merge|startup]`: measures the bundled CLI (dist/cli/index.js) and
// action (dist/index.js). Not a test. No argument runs every scenario.
// - efs: 10, 100 and 500 EFS file systems in a local moto_server; calls per file system.
// - infra: EC2 instances and volumes, security groups, RDS DB instances and IAM roles (INFRA
//   below) in moto; calls per 100 resources for each of the ec2, sg, rds and iam services.
// - deeper: snapshots, AMIs, addresses, gp2 volumes, VPCs and flow logs, DB snapshots, buckets and
//   IAM users in moto, at 20 and 200 of each: the calls of each operation at both sizes, so that a
//   call made once per region stays flat and a per-resource call grows by at most one per resource.
// - scale: synthetic inventories of 2,000, 13,000 and 50,000 resources (synthetic-inventory.mjs)
//   evaluated offline with `scan --inventory`; wall time, peak RSS and report bytes per result.
// - merge: the reports of 25 accounts of 2,000 resources (the synthetic account under 25 ids), each
//   from `scan --inventory`, merged with `merge` as a matrix's last job does: 50,000 resources,
//   the same as scale's largest account; wall time, CPU and peak RSS of the merge.
// - startup: how long the action takes to reach its configuration error and its first AWS request
//   (a loopback server as AWS_ENDPOINT_URL), next to an empty node process (medians of 20 runs).
import { PutMetricDataCommand, CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  AllocateAddressCommand,
  AssociateAddressCommand,
  AuthorizeSecurityGroupIngressCommand,
  CreateFlowLogsCommand,
  CreateImageCommand,
  CreateSecurityGroupCommand,
  CreateSnapshotCommand,
  CreateSubnetCommand,
  CreateVolumeCommand,
  CreateVpcCommand,
  DescribeImagesCommand,
  ModifyImageAttributeCommand,
  ModifySnapshotAttributeCommand,
  EC2Client,
  RunInstancesCommand,
} from '@aws-sdk/client-ec2';
import { CreateFileSystemCommand, CreateMountTargetCommand, EFSClient } from '@aws-sdk/client-efs';
import {
  AttachRolePolicyCommand,
  CreateAccessKeyCommand,
  CreateLoginProfileCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  IAMClient,
  PutRolePolicyCommand,
  UpdateAccountPasswordPolicyCommand,
} from '@aws-sdk/client-iam';
import {
  CreateDBInstanceCommand,
  CreateDBSnapshotCommand,
  ModifyDBSnapshotAttributeCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { CreateBucketCommand, PutBucketAclCommand, S3Client } from '@aws-sdk/client-s3';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resetMoto, startMoto } from './moto.mjs';
import { syntheticInventoryText } from './synthetic-inventory.mjs';

const SIZES = [10, 100, 500];
const REGION = 'us-east-1';
const CLI = 'dist/cli/index.js';
const ACTION = 'dist/index.js';
/** The action as the runner starts it, from another working directory. */
const ACTION_FILE = resolve(ACTION);
const SCALE_SIZES = [2000, 13_000, 50_000];
const MERGE_ACCOUNTS = 25;
const MERGE_ACCOUNT_SIZE = 2000;
const STARTUP_RUNS = 20;
const EFS_SEED_CONCURRENCY = 16;
/** moto_server is one process: more parallel requests than this only queue. */
const INFRA_SEED_CONCURRENCY = 8;
/** The infrastructure scenario's account. */
const INFRA_BASE = { instances: 1000, volumes: 1000, groups: 500, databases: 200, roles: 500 };
/** BENCH_INFRA_SCALE=4 seeds four times as many of each (whole numbers). */
const INFRA_SCALE = Number(process.env.BENCH_INFRA_SCALE ?? 1);
if (!Number.isInteger(INFRA_SCALE) || INFRA_SCALE < 1) {
  console.error(
    `BENCH_INFRA_SCALE must be a whole number of at least 1, not "${process.env.BENCH_INFRA_SCALE}".`,
  );
  process.exit(2);
}
const INFRA = Object.fromEntries(
  Object.entries(INFRA_BASE).map(([name, n]) => [name, n * INFRA_SCALE]),
);
/** Instances per RunInstances call (MinCount = MaxCount): one reservation each. */
const INSTANCE_BATCH = 50;

/** Which service of the infra scan each operation belongs to (sts: the identity call). */
const SERVICE_OF = {
  'ec2:DescribeInstances': 'ec2',
  'ec2:DescribeVolumes': 'ec2',
  'ec2:GetEbsEncryptionByDefault': 'ec2',
  'ec2:DescribeSecurityGroups': 'sg',
  'ec2:DescribeNetworkInterfaces': 'sg',
  'ec2:DescribeSubnets': 'sg',
};
const serviceOf = (operation) => SERVICE_OF[operation] ?? operation.split(':')[0];

const clientConfig = (endpoint) => ({
  region: REGION,
  endpoint,
  credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  // moto_server now and then answers a seeding call with an HTML 500 under concurrent writes. A
  // retried create that moto had done seeds one resource more, or fails on a duplicate name.
  maxAttempts: 4,
});

async function inPool(items, concurrency, fn) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

const range = (count) => Array.from({ length: count }, (_, i) => i);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** N file systems; every other one has a mount target; each has an hour of metered I/O. */
async function seedEfs(endpoint, count) {
  const config = clientConfig(endpoint);
  const efs = new EFSClient(config);
  const ec2 = new EC2Client(config);
  const cloudwatch = new CloudWatchClient(config);
  const { Vpc } = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.50.0.0/16' }));
  const { Subnet } = await ec2.send(
    new CreateSubnetCommand({ VpcId: Vpc.VpcId, CidrBlock: '10.50.1.0/24' }),
  );
  const { GroupId } = await ec2.send(
    new CreateSecurityGroupCommand({ GroupName: 'efs', Description: 'efs', VpcId: Vpc.VpcId }),
  );
  const hour = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - 1_800_000);
  await inPool(range(count), EFS_SEED_CONCURRENCY, async (i) => {
    const { FileSystemId } = await efs.send(
      new CreateFileSystemCommand({
        CreationToken: `bench-${i}`,
        Encrypted: i % 2 === 0,
        Tags: [{ Key: 'Name', Value: `bench-${i}` }],
      }),
    );
    if (i % 2 === 0) {
      await efs.send(
        new CreateMountTargetCommand({
          FileSystemId,
          SubnetId: Subnet.SubnetId,
          SecurityGroups: [GroupId],
        }),
      );
    }
    await cloudwatch.send(
      new PutMetricDataCommand({
        Namespace: 'AWS/EFS',
        MetricData: [
          {
            MetricName: 'MeteredIOBytes',
            Timestamp: hour,
            Dimensions: [{ Name: 'FileSystemId', Value: FileSystemId }],
            StatisticValues: { SampleCount: 10, Sum: 1e9, Minimum: 1e8, Maximum: 1e8 },
          },
        ],
      }),
    );
  });
  for (const client of [efs, ec2, cloudwatch]) client.destroy();
}

const WORLD_V4 = { IpRanges: [{ CidrIp: '0.0.0.0/0' }] };
const WORLD_V6 = { Ipv6Ranges: [{ CidrIpv6: '::/0' }] };
/** Ingress rules given, in turn, to every other security group. */
const INGRESS = [
  [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, ...WORLD_V4 }],
  [{ IpProtocol: 'tcp', FromPort: 3000, ToPort: 3500, ...WORLD_V6 }],
  [{ IpProtocol: '-1', ...WORLD_V6 }],
  [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, ...WORLD_V4, ...WORLD_V6 }],
  [{ IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }],
];
const policyDocument = (...statements) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });
const TRUST = policyDocument({
  Effect: 'Allow',
  Principal: { Service: 'ec2.amazonaws.com' },
  Action: 'sts:AssumeRole',
});

/**
 * The infra account, one resource type after the other so that each one's seeding time shows:
 * instances (half with IMDSv2 required), volumes (half encrypted), groups (half with ingress),
 * databases (a mix of public, encrypted and protected) and roles (a third with an inline policy,
 * a third with the customer-managed policy attached). Returns the seconds each type took.
 */
async function seedInfra(endpoint, counts) {
  const config = clientConfig(endpoint);
  const ec2 = new EC2Client(config);
  const rds = new RDSClient(config);
  const iam = new IAMClient(config);
  const times = {};
  const timed = async (name, work) => {
    const started = Date.now();
    await work();
    times[name] = Date.now() - started;
  };
  try {
    await timed('instances', async () => {
      const { Images = [] } = await ec2.send(new DescribeImagesCommand({}));
      const ImageId = Images[0]?.ImageId;
      const batches = range(Math.ceil(counts.instances / INSTANCE_BATCH));
      await inPool(batches, INFRA_SEED_CONCURRENCY, async (b) => {
        const n = Math.min(INSTANCE_BATCH, counts.instances - b * INSTANCE_BATCH);
        await ec2.send(
          new RunInstancesCommand({
            ImageId,
            InstanceType: 't3.micro',
            MinCount: n,
            MaxCount: n,
            ...(b % 2 === 0 ? { MetadataOptions: { HttpTokens: 'required' } } : {}),
          }),
        );
      });
    });
    await timed('volumes', () =>
      inPool(range(counts.volumes), INFRA_SEED_CONCURRENCY, (i) =>
        ec2.send(
          new CreateVolumeCommand({
            AvailabilityZone: `${REGION}a`,
            Size: 8,
            Encrypted: i % 2 === 0,
          }),
        ),
      ),
    );
    await timed('groups', () =>
      inPool(range(counts.groups), INFRA_SEED_CONCURRENCY, async (i) => {
        const { GroupId } = await ec2.send(
          new CreateSecurityGroupCommand({ GroupName: `bench-${i}`, Description: `bench ${i}` }),
        );
        if (i % 2 === 0) {
          await ec2.send(
            new AuthorizeSecurityGroupIngressCommand({
              GroupId,
              IpPermissions: INGRESS[(i / 2) % INGRESS.length],
            }),
          );
        }
      }),
    );
    await timed('databases', () =>
      inPool(range(counts.databases), INFRA_SEED_CONCURRENCY, (i) =>
        rds.send(
          new CreateDBInstanceCommand({
            DBInstanceIdentifier: `bench-${i}`,
            DBInstanceClass: 'db.t3.micro',
            Engine: 'postgres',
            AllocatedStorage: 20,
            MasterUsername: 'bench_user',
            MasterUserPassword: 'bench-password-123',
            PubliclyAccessible: i % 4 === 0,
            StorageEncrypted: i % 2 === 0,
            BackupRetentionPeriod: i % 3 === 0 ? 1 : 7,
            DeletionProtection: i % 2 === 1,
          }),
        ),
      ),
    );
    await timed('roles', async () => {
      const { Policy } = await iam.send(
        new CreatePolicyCommand({
          PolicyName: 'bench-describe',
          PolicyDocument: policyDocument({
            Effect: 'Allow',
            Action: 'ec2:Describe*',
            Resource: '*',
          }),
        }),
      );
      await inPool(range(counts.roles), INFRA_SEED_CONCURRENCY, async (i) => {
        const RoleName = `bench-${i}`;
        await iam.send(new CreateRoleCommand({ RoleName, AssumeRolePolicyDocument: TRUST }));
        if (i % 3 === 0) {
          await iam.send(
            new PutRolePolicyCommand({
              RoleName,
              PolicyName: 'data',
              PolicyDocument: policyDocument({
                Effect: 'Allow',
                Action: i % 2 === 0 ? 's3:*' : ['s3:GetObject', 's3:PutObject'],
                Resource: '*',
              }),
            }),
          );
        } else if (i % 3 === 1) {
          await iam.send(new AttachRolePolicyCommand({ RoleName, PolicyArn: Policy.Arn }));
        }
      });
    });
  } finally {
    for (const client of [ec2, rds, iam]) client.destroy();
  }
  return times;
}

/**
 * One live scan of moto with the usage hook: its wall and CPU time, peak RSS and JSON report.
 * Asynchronous, so that this process keeps draining moto's request log while the scan runs.
 */
async function scan(endpoint, dir, flags) {
  const output = join(dir, 'report.json');
  const run = await measured(
    [
      CLI,
      'scan',
      '--region',
      REGION,
      ...flags,
      '--fail-on-severity',
      'none',
      '--max-attempts',
      '1',
      '--format',
      'json',
      '--output',
      output,
    ],
    {
      dir,
      env: {
        PATH: process.env.PATH,
        HOME: dir,
        AWS_ENDPOINT_URL: endpoint,
        AWS_ACCESS_KEY_ID: 'testing',
        AWS_SECRET_ACCESS_KEY: 'testing',
        AWS_REGION: REGION,
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_CONFIG_FILE: join(dir, 'none'),
        AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'),
      },
    },
  );
  if (run.code !== 0) throw new Error(`the scan failed (exit ${run.code}): ${run.stderr}`);
  return { ...run, report: JSON.parse(readFileSync(output, 'utf8')) };
}

/** Prints the calls by operation and returns their total. */
function printCalls(calls) {
  for (const [operation, n] of Object.entries(calls).sort()) {
    console.log(`  ${operation.padEnd(44)} ${String(n).padStart(6)}`);
  }
  const total = Object.values(calls).reduce((sum, n) => sum + n, 0);
  console.log(`  ${'total'.padEnd(44)} ${String(total).padStart(6)}`);
  return total;
}

function printErrors(report) {
  for (const e of report.errors ?? []) {
    console.log(`  collection error: ${e.service} ${e.region} ${e.operation} ${e.code}`);
  }
}

async function benchEfs(endpoint) {
  console.log('\n== efs ==');
  for (const count of SIZES) {
    await resetMoto(endpoint);
    const seedStart = Date.now();
    await seedEfs(endpoint, count);
    const seedMs = Date.now() - seedStart;
    const { ms, report } = await scan(
      endpoint,
      mkdtempSync(join(tmpdir(), 'posture-gate-bench-')),
      ['--services', 'efs', '--min-age-days', '0'],
    );
    const efsMs = report.stats.durationMsByService.efs;
    console.log(
      `\n${count} file systems (${count / 2} mount targets): scan ${seconds(ms)} ` +
        `(EFS collection ${seconds(efsMs)}), seeding ${seconds(seedMs)}`,
    );
    const total = printCalls(report.stats.apiCalls);
    console.log(`  calls per file system: ${(total / count).toFixed(2)}`);
    printErrors(report);
  }
}

async function benchInfra(endpoint) {
  console.log('\n== infra ==');
  await resetMoto(endpoint);
  const seedStart = Date.now();
  const seedTimes = await seedInfra(endpoint, INFRA);
  const seedMs = Date.now() - seedStart;
  const dir = mkdtempSync(join(tmpdir(), 'posture-gate-bench-'));
  const inventoryPath = join(dir, 'inventory.json');
  const services = ['--services', 'ec2,sg,rds,iam'];
  const { ms, report, ...saving } = await scan(endpoint, dir, [
    ...services,
    '--save-inventory',
    inventoryPath,
  ]);
  // The same scan without saving: each part is judged as it is collected and let go.
  const judging = await scan(endpoint, dir, services);
  const inventory = JSON.parse(readFileSync(inventoryPath, 'utf8'));
  const partOf = (service, region) =>
    inventory.parts.find((p) => p.service === service && p.region === region)?.part;
  const [ec2, sg, rds, iam] = [
    partOf('ec2', REGION),
    partOf('sg', REGION),
    partOf('rds', REGION),
    partOf('iam', 'global'),
  ];
  // What the scan listed (moto gives each instance a root volume, so volumes > seeded volumes).
  const listed = (read) => (read?.ok ? read.value.length : 0);
  const resources = {
    ec2: {
      count: listed(ec2?.instances) + listed(ec2?.volumes),
      what: `${listed(ec2?.instances)} instances + ${listed(ec2?.volumes)} volumes`,
    },
    sg: { count: listed(sg?.groups), what: `${listed(sg?.groups)} groups` },
    rds: {
      count: listed(rds?.instances) + listed(rds?.clusters),
      what: `${listed(rds?.instances)} databases + ${listed(rds?.clusters)} clusters`,
    },
    iam: { count: listed(iam?.roles), what: `${listed(iam?.roles)} roles` },
  };
  const seeded = Object.entries(INFRA)
    .map(([name, n]) => `${n} ${name}`)
    .join(', ');
  console.log(`\nseeded ${seeded}: seeding ${seconds(seedMs)}`);
  for (const [name, t] of Object.entries(seedTimes)) {
    console.log(`  seeding ${name.padEnd(36)} ${seconds(t).padStart(8)}`);
  }
  const byService = Object.entries(report.stats.durationMsByService)
    .sort()
    .map(([service, t]) => `${service} ${seconds(t)}`)
    .join(', ');
  console.log(`scan ${seconds(ms)} (collection: ${byService})`);
  console.log(
    `  with --save-inventory: CPU ${seconds(saving.cpuMs)}, peak RSS ${mib(saving.maxRssKiB)}; ` +
      `without: wall ${seconds(judging.ms)}, CPU ${seconds(judging.cpuMs)}, ` +
      `peak RSS ${mib(judging.maxRssKiB)}`,
  );
  const calls = report.stats.apiCalls;
  const total = printCalls(calls);
  console.log('  calls per 100 resources:');
  let resourceTotal = 0;
  for (const [service, { count, what }] of Object.entries(resources)) {
    const n = Object.entries(calls)
      .filter(([operation]) => serviceOf(operation) === service)
      .reduce((sum, [, c]) => sum + c, 0);
    resourceTotal += count;
    const per100 = count ? ((100 * n) / count).toFixed(2) : 'n/a';
    console.log(`    ${service.padEnd(4)} ${String(n).padStart(4)} calls / ${what}: ${per100}`);
  }
  console.log(
    `    all  ${String(total).padStart(4)} calls / ${resourceTotal} resources: ` +
      `${((100 * total) / resourceTotal).toFixed(2)}`,
  );
  printErrors(report);
}

/**
 * Loaded into the measured process with --import: at exit it writes the process's own peak
 * resident set (getrusage ru_maxrss, KiB) and CPU time (in all, and when it starts its first HTTP
 * request) to the file BENCH_USAGE_FILE names. Read by the process itself at exit, it needs no
 * polling and no /usr/bin/time. CPU time, unlike wall time, hardly changes when other processes
 * share the cores.
 */
const USAGE_HOOK = `import { subscribe } from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';
const cpuMs = (usage) => (usage.user + usage.system) / 1000;
let cpuMsAtRequest;
subscribe('http.client.request.start', () => (cpuMsAtRequest ??= cpuMs(process.cpuUsage())));
process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(
    process.env.BENCH_USAGE_FILE,
    JSON.stringify({ maxRssKiB: usage.maxRSS, cpuMs: cpuMs(process.cpuUsage()), cpuMsAtRequest }),
  );
});
`;

/**
 * Runs `node args` with the usage hook; resolves with its exit code, stdout, stderr, wall time,
 * CPU time and peak RSS.
 */
function measured(args, options) {
  const hook = join(options.dir, 'usage-hook.mjs');
  const usageFile = join(options.dir, 'usage.json');
  writeFileSync(hook, USAGE_HOOK);
  rmSync(usageFile, { force: true });
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', pathToFileURL(hook).href, ...args], {
      env: { ...options.env, BENCH_USAGE_FILE: usageFile },
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const usage = existsSync(usageFile)
        ? JSON.parse(readFileSync(usageFile, 'utf8'))
        : { maxRssKiB: NaN, cpuMs: NaN };
      resolve({ code, ms, ...usage, stdout, stderr });
    });
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mib = (kib) => `${(kib / 1024).toFixed(0)} MB`;
const cell = (value, width) => String(value).padStart(width);

async function benchScale() {
  console.log('\n== scale ==');
  const dir = mkdtempSync(join(tmpdir(), 'posture-gate-bench-'));
  const rows = [];
  try {
    for (const size of SCALE_SIZES) {
      const inventoryPath = join(dir, `inventory-${size}.json`);
      writeFileSync(inventoryPath, syntheticInventoryText(size));
      const output = join(dir, `report-${size}.json`);
      const summary = join(dir, `summary-${size}.md`);
      // As the action does: the JSON report and the markdown summary from one evaluation.
      const run = await measured(
        [
          CLI,
          'scan',
          '--inventory',
          inventoryPath,
          '--format',
          'markdown',
          '--output',
          summary,
          '--report-path',
          output,
          '--fail-on-severity',
          'none',
        ],
        { env: { PATH: process.env.PATH, HOME: dir }, dir },
      );
      if (run.code !== 0)
        throw new Error(`the scan of ${size} resources failed (exit ${run.code}): ${run.stderr}`);
      const reportBytes = statSync(output).size;
      const results = JSON.parse(readFileSync(output, 'utf8')).results.length;
      rows.push({
        size,
        inventoryBytes: statSync(inventoryPath).size,
        results,
        ms: run.ms,
        cpuMs: run.cpuMs,
        maxRssKiB: run.maxRssKiB,
        reportBytes,
        summaryBytes: statSync(summary).size,
      });
      rmSync(inventoryPath);
      rmSync(output);
      rmSync(summary);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `\n${'resources'.padStart(9)} ${'inventory'.padStart(10)} ${'results'.padStart(8)} ${'wall'.padStart(7)} ${'CPU'.padStart(7)} ` +
      `${'peak RSS'.padStart(9)} ${'report'.padStart(10)} ${'bytes/result'.padStart(12)} ${'summary'.padStart(9)}`,
  );
  for (const r of rows) {
    console.log(
      `${cell(r.size, 9)} ${cell(`${(r.inventoryBytes / 1e6).toFixed(1)} MB`, 10)} ${cell(r.results, 8)} ` +
        `${cell(seconds(r.ms), 7)} ${cell(seconds(r.cpuMs), 7)} ${cell(mib(r.maxRssKiB), 9)} ${cell(`${(r.reportBytes / 1e6).toFixed(1)} MB`, 10)} ` +
        `${cell(Math.round(r.reportBytes / r.results), 12)} ${cell(`${(r.summaryBytes / 1e3).toFixed(0)} KB`, 9)}`,
    );
  }
  const first = rows[0];
  const last = rows.at(-1);
  console.log(
    `peak RSS at ${last.size} resources / at ${first.size}: ${(last.maxRssKiB / first.maxRssKiB).toFixed(2)} ` +
      "(peak RSS: the scan process's own getrusage maxRSS, read at its exit)",
  );
}

/**
 * A matrix over accounts ends in one `merge` job: its memory holds every account's results. The
 * synthetic account is written under other ids (each id is only the account's: in ARNs and the
 * account field), so that results, ids and resources differ from account to account.
 */
async function benchMerge() {
  console.log('\n== merge ==');
  const dir = mkdtempSync(join(tmpdir(), 'posture-gate-bench-'));
  try {
    const template = syntheticInventoryText(MERGE_ACCOUNT_SIZE);
    const account = /"account":"(\d{12})"/.exec(template)?.[1];
    if (account === undefined) throw new Error('the synthetic inventory names no account');
    const reports = [];
    for (let i = 0; i < MERGE_ACCOUNTS; i++) {
      const inventoryPath = join(dir, `inventory-${i}.json`);
      writeFileSync(inventoryPath, template.replaceAll(account, String(100_000_000_000 + i)));
      const report = join(dir, `report-${i}.json`);
      const scan = await measured(
        [CLI, 'scan', '--inventory', inventoryPath, '--report-path', report, '--quiet'],
        { env: { PATH: process.env.PATH, HOME: dir, FORCE_COLOR: '0' }, dir },
      );
      if (!existsSync(report)) throw new Error(`the scan of account ${i} failed: ${scan.stderr}`);
      rmSync(inventoryPath);
      reports.push(report);
    }
    const output = join(dir, 'merged.json');
    const run = await measured(
      [
        CLI,
        'merge',
        ...reports,
        '--format',
        'json',
        '--output',
        output,
        '--fail-on-severity',
        'none',
      ],
      { env: { PATH: process.env.PATH, HOME: dir }, dir },
    );
    if (run.code !== 0) throw new Error(`the merge failed (exit ${run.code}): ${run.stderr}`);
    const inputBytes = reports.reduce((sum, report) => sum + statSync(report).size, 0);
    const results = JSON.parse(readFileSync(output, 'utf8')).results.length;
    console.log(
      `${MERGE_ACCOUNTS} reports of ${MERGE_ACCOUNT_SIZE} resources (${(inputBytes / 1e6).toFixed(1)} MB) ` +
        `merged: ${results} results, ${seconds(run.ms)} wall, ${seconds(run.cpuMs)} CPU, ` +
        `${mib(run.maxRssKiB)} peak RSS, ${(statSync(output).size / 1e6).toFixed(1)} MB report`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How STS answers a request with credentials it refuses: the action's run then ends at once. */
const STS_ACCESS_DENIED =
  '<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code>' +
  '<Message>bench</Message></Error><RequestId>bench</RequestId></ErrorResponse>';

/**
 * Runs `node args` as the runner does (no hook) and resolves with its wall time to exit and, when
 * `server` is given, to the moment its first request reached the server.
 */
function timed(args, options, server) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const since = () => Number(process.hrtime.bigint() - started) / 1e6;
    let requestMs;
    let body;
    if (server) {
      server.onRequest = (text) => {
        requestMs ??= since();
        body ??= text;
      };
    }
    const child = spawn(process.execPath, args, {
      env: options.env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, ms: since(), requestMs, body, stdout }));
  });
}

/** A loopback HTTP server that answers every request with STS_ACCESS_DENIED. */
async function accessDeniedServer() {
  const server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => {
      server.onRequest?.(text);
      response.writeHead(403, { 'content-type': 'text/xml' });
      response.end(STS_ACCESS_DENIED);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/**
 * The action's start-up (issue 13: under 100 ms to either): the time to its configuration error
 * and to its first AWS request, next to node running an empty file. Wall times come from runs
 * started as the runner starts them; CPU time and peak RSS from the same runs again with the
 * usage hook (CPU time hardly changes when other processes share the cores).
 */
async function benchStartup() {
  console.log('\n== startup ==');
  const dir = mkdtempSync(join(tmpdir(), 'posture-gate-bench-'));
  const server = await accessDeniedServer();
  // As the runner starts it: outputs go to the GITHUB_OUTPUT file (under a random delimiter).
  const outputFile = join(dir, 'github-output');
  writeFileSync(outputFile, '');
  const base = {
    PATH: process.env.PATH,
    HOME: dir,
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: outputFile,
  };
  const scenarios = [
    { name: 'empty node process (node empty.js)', args: [join(dir, 'empty.js')], env: base },
    {
      name: 'action to its configuration error',
      args: [ACTION_FILE],
      // An input that fails validation: the run stops before any AWS call.
      env: { ...base, INPUT_REGION: 'bogus' },
      check: (run) => run.stdout.includes('Invalid input "region"'),
    },
    {
      name: 'action to its first AWS request',
      args: [ACTION_FILE],
      // Fake credentials and every AWS endpoint on the loopback server, which refuses them.
      env: {
        ...base,
        INPUT_REGION: REGION,
        AWS_ENDPOINT_URL: `http://127.0.0.1:${server.address().port}`,
        AWS_ACCESS_KEY_ID: 'AKIDBENCHSTARTUP',
        AWS_SECRET_ACCESS_KEY: 'bench',
        AWS_EC2_METADATA_DISABLED: 'true',
      },
      server,
      check: (run) => run.body?.includes('Action=GetCallerIdentity'),
    },
  ];
  writeFileSync(join(dir, 'empty.js'), '');
  const runs = scenarios.map(() => ({ wall: [], usage: [] }));
  try {
    for (let i = 0; i < STARTUP_RUNS; i++) {
      for (const [index, scenario] of scenarios.entries()) {
        const run = await timed(scenario.args, { env: scenario.env, cwd: dir }, scenario.server);
        if (scenario.check && !scenario.check(run)) {
          throw new Error(`${scenario.name}: not reached: ${run.stdout}`);
        }
        runs[index].wall.push(scenario.server ? run.requestMs : run.ms);
        const usage = await measured(scenario.args, { env: scenario.env, dir, cwd: dir });
        runs[index].usage.push(scenario.server ? { ...usage, cpuMs: usage.cpuMsAtRequest } : usage);
      }
    }
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`node ${process.version}, median of ${STARTUP_RUNS} runs each:`);
  for (const [index, { name }] of scenarios.entries()) {
    const { wall, usage } = runs[index];
    console.log(
      `  ${name.padEnd(36)} ${cell(median(wall).toFixed(0), 6)} ms wall ` +
        `${cell(median(usage.map((r) => r.cpuMs)).toFixed(0), 6)} ms CPU ` +
        `${cell(mib(median(usage.map((r) => r.maxRssKiB))), 7)} peak RSS`,
    );
  }
  console.log(
    '  (to its first AWS request: wall time until the request reaches the loopback server, CPU ' +
      'time until the process sends it)',
  );
}

/** The deeper checks' account at two sizes: the per-region calls stay, the per-resource ones grow. */
const DEEPER_SIZES = [20, 200];

/**
 * N of each: EBS snapshots (every fifth public), AMIs (every fifth public), Elastic IPs (half
 * associated), gp2 volumes, DB snapshots (every fifth public), buckets (every fourth public-read),
 * IAM users (half with a console password, a third with an access key); N/10 VPCs, half with a
 * flow log; one password policy.
 */
async function seedDeeper(endpoint, n) {
  const config = clientConfig(endpoint);
  const ec2 = new EC2Client(config);
  const rds = new RDSClient(config);
  const iam = new IAMClient(config);
  const s3 = new S3Client({ ...config, forcePathStyle: true });
  try {
    const { Images = [] } = await ec2.send(new DescribeImagesCommand({}));
    const { Instances = [] } = await ec2.send(
      new RunInstancesCommand({ ImageId: Images[0]?.ImageId, MinCount: 1, MaxCount: 1 }),
    );
    const InstanceId = Instances[0]?.InstanceId;
    const { VolumeId } = await ec2.send(
      new CreateVolumeCommand({ AvailabilityZone: `${REGION}a`, Size: 8, VolumeType: 'gp2' }),
    );
    await rds.send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: 'bench-deeper',
        DBInstanceClass: 'db.t3.micro',
        Engine: 'postgres',
        AllocatedStorage: 20,
        MasterUsername: 'bench_user',
        MasterUserPassword: 'bench-password-123',
      }),
    );
    await s3.send(new CreateBucketCommand({ Bucket: 'bench-flow-logs' }));
    await iam.send(new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 8 }));
    await inPool(range(n), INFRA_SEED_CONCURRENCY, async (i) => {
      const { SnapshotId } = await ec2.send(new CreateSnapshotCommand({ VolumeId }));
      if (i % 5 === 0) {
        await ec2.send(
          new ModifySnapshotAttributeCommand({
            SnapshotId,
            Attribute: 'createVolumePermission',
            OperationType: 'add',
            GroupNames: ['all'],
          }),
        );
      }
      const { ImageId } = await ec2.send(
        new CreateImageCommand({ InstanceId, Name: `bench-${i}` }),
      );
      if (i % 5 === 0) {
        await ec2.send(
          new ModifyImageAttributeCommand({
            ImageId,
            LaunchPermission: { Add: [{ Group: 'all' }] },
          }),
        );
      }
      const { AllocationId } = await ec2.send(new AllocateAddressCommand({ Domain: 'vpc' }));
      if (i % 2 === 0) {
        await ec2.send(new AssociateAddressCommand({ AllocationId, InstanceId }));
      }
      await ec2.send(
        new CreateVolumeCommand({ AvailabilityZone: `${REGION}a`, Size: 100, VolumeType: 'gp2' }),
      );
      if (i % 10 === 0) {
        const { Vpc } = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.60.0.0/16' }));
        if (i % 20 === 0) {
          await ec2.send(
            new CreateFlowLogsCommand({
              ResourceIds: [Vpc.VpcId],
              ResourceType: 'VPC',
              TrafficType: 'ALL',
              LogDestinationType: 's3',
              LogDestination: 'arn:aws:s3:::bench-flow-logs',
            }),
          );
        }
      }
      const DBSnapshotIdentifier = `bench-${i}`;
      await rds.send(
        new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'bench-deeper', DBSnapshotIdentifier }),
      );
      if (i % 5 === 0) {
        await rds.send(
          new ModifyDBSnapshotAttributeCommand({
            DBSnapshotIdentifier,
            AttributeName: 'restore',
            ValuesToAdd: ['all'],
          }),
        );
      }
      const Bucket = `bench-deeper-${i}`;
      await s3.send(new CreateBucketCommand({ Bucket }));
      if (i % 4 === 0) await s3.send(new PutBucketAclCommand({ Bucket, ACL: 'public-read' }));
      const UserName = `bench-${i}`;
      await iam.send(new CreateUserCommand({ UserName }));
      if (i % 2 === 0) {
        await iam.send(
          new CreateLoginProfileCommand({ UserName, Password: 'bench-Password-123!' }),
        );
      }
      if (i % 3 === 0) await iam.send(new CreateAccessKeyCommand({ UserName }));
    });
  } finally {
    for (const client of [ec2, rds, iam, s3]) client.destroy();
  }
}

async function benchDeeper(endpoint) {
  console.log('\n== deeper ==');
  const runs = [];
  for (const n of DEEPER_SIZES) {
    await resetMoto(endpoint);
    const seedStart = Date.now();
    await seedDeeper(endpoint, n);
    const seedMs = Date.now() - seedStart;
    const { ms, report } = await scan(
      endpoint,
      mkdtempSync(join(tmpdir(), 'posture-gate-bench-')),
      ['--services', 'ec2,sg,rds,s3,iam', '--min-age-days', '0'],
    );
    console.log(`\n${n} of each: scan ${seconds(ms)}, seeding ${seconds(seedMs)}`);
    printErrors(report);
    runs.push({ n, calls: report.stats.apiCalls });
  }
  const [small, large] = runs;
  const added = large.n - small.n;
  console.log(
    `\ncalls by operation at ${small.n} and ${large.n} of each resource, and per resource added ` +
      '(0: once per region or account; 1 or less: at most one call per resource):',
  );
  const operations = [...new Set([...Object.keys(small.calls), ...Object.keys(large.calls)])];
  for (const operation of operations.sort()) {
    const a = small.calls[operation] ?? 0;
    const b = large.calls[operation] ?? 0;
    console.log(
      `  ${operation.padEnd(44)} ${cell(a, 6)} ${cell(b, 6)} ${cell(((b - a) / added).toFixed(2), 6)}`,
    );
  }
}

const MOTO_SCENARIOS = { efs: benchEfs, infra: benchInfra, deeper: benchDeeper };
const SCENARIOS = {
  ...MOTO_SCENARIOS,
  scale: benchScale,
  merge: benchMerge,
  startup: benchStartup,
};
const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in SCENARIOS));
if (unknown.length > 0) {
  console.error(
    `Unknown scenario ${unknown.join(', ')}: use ${Object.keys(SCENARIOS).join(', ')}.`,
  );
  process.exit(2);
}
for (const file of [CLI, ACTION]) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run npm run package first.`);
    process.exit(2);
  }
}
const names = chosen.length > 0 ? chosen : Object.keys(SCENARIOS);
const moto = names.some((name) => name in MOTO_SCENARIOS) ? await startMoto() : undefined;
try {
  for (const name of names) await SCENARIOS[name](moto?.endpoint);
} finally {
  await moto?.stop();
}
