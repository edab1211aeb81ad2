// `npm run bench`: seeds moto with 10, 100 and 500 EFS file systems, scans each account with the
// bundled CLI (dist/cli/index.js), and prints wall time, API calls by operation and calls per file
// system. Not a test: it measures the collector's call budget and speed against an emulator.
import { PutMetricDataCommand, CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { CreateFileSystemCommand, CreateMountTargetCommand, EFSClient } from '@aws-sdk/client-efs';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { resetMoto, startMoto } from './moto.mjs';

const SIZES = [10, 100, 500];
const REGION = 'us-east-1';
const CLI = 'dist/cli/index.js';
const SEED_CONCURRENCY = 16;

async function inPool(items, fn) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: SEED_CONCURRENCY }, worker));
}

/** N file systems; every other one has a mount target; each has an hour of metered I/O. */
async function seed(endpoint, count) {
  const config = {
    region: REGION,
    endpoint,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    maxAttempts: 1,
  };
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
  await inPool(
    Array.from({ length: count }, (_, i) => i),
    async (i) => {
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
    },
  );
  for (const client of [efs, ec2, cloudwatch]) client.destroy();
}

/** Asynchronous, so that this process keeps draining moto's request log while the scan runs. */
async function scan(endpoint, dir) {
  const output = join(dir, 'report.json');
  const started = process.hrtime.bigint();
  try {
    await promisify(execFile)(
      process.execPath,
      [
        CLI,
        'scan',
        '--region',
        REGION,
        '--services',
        'efs',
        '--min-age-days',
        '0',
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
        maxBuffer: 64 * 1024 * 1024,
      },
    );
  } catch (error) {
    throw new Error(`the scan failed: ${error.stderr?.toString() ?? error.message}`, {
      cause: error,
    });
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, report: JSON.parse(readFileSync(output, 'utf8')) };
}

if (!existsSync(CLI)) {
  console.error(`${CLI} is missing: run npm run package first.`);
  process.exit(2);
}
const moto = await startMoto();
try {
  for (const count of SIZES) {
    await resetMoto(moto.endpoint);
    const seedStart = Date.now();
    await seed(moto.endpoint, count);
    const seedMs = Date.now() - seedStart;
    const { ms, report } = await scan(
      moto.endpoint,
      mkdtempSync(join(tmpdir(), 'posture-gate-bench-')),
    );
    const calls = report.stats.apiCalls;
    const total = Object.values(calls).reduce((sum, n) => sum + n, 0);
    const efsMs = report.stats.durationMsByService.efs;
    console.log(
      `\n${count} file systems (${count / 2} mount targets): scan ${(ms / 1000).toFixed(1)} s ` +
        `(EFS collection ${(efsMs / 1000).toFixed(1)} s), seeding ${(seedMs / 1000).toFixed(1)} s`,
    );
    for (const [operation, n] of Object.entries(calls).sort()) {
      console.log(`  ${operation.padEnd(44)} ${String(n).padStart(6)}`);
    }
    console.log(`  ${'total'.padEnd(44)} ${String(total).padStart(6)}`);
    console.log(`  calls per file system: ${(total / count).toFixed(2)}`);
  }
} finally {
  await moto.stop();
}
