/**
 * The fault suite: the built action against moto through the loopback proxy of harness.ts, with
 * every AWS operation posture-gate calls denied in turn, a throttling storm, hostile resource
 * names, and report paths that cannot be written. The operations come from the permissions table
 * (src/aws/permissions.ts), so a new operation is denied here without a change to this file; a
 * request the proxy cannot name fails the suite until harness.ts's operationOf learns its shape.
 */
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateManagedPrefixListCommand,
  CreateSecurityGroupCommand,
  CreateSnapshotCommand,
  CreateSubnetCommand,
  CreateTagsCommand,
  CreateVolumeCommand,
  CreateVpcCommand,
  DescribeImagesCommand,
  RunInstancesCommand,
} from '@aws-sdk/client-ec2';
import {
  CreateAccessPointCommand,
  CreateFileSystemCommand,
  CreateMountTargetCommand,
} from '@aws-sdk/client-efs';
import { AttachRolePolicyCommand, CreateRoleCommand } from '@aws-sdk/client-iam';
import {
  CreateDBClusterCommand,
  CreateDBClusterSnapshotCommand,
  CreateDBInstanceCommand,
  CreateDBSnapshotCommand,
} from '@aws-sdk/client-rds';
import { PutBucketTaggingCommand } from '@aws-sdk/client-s3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPERATION_PERMISSIONS } from '../../src/aws/permissions.js';
import type { Report } from '../../src/model/report.js';
import type { CheckResult } from '../../src/model/results.js';
import { runnerCommands } from '../runner-commands.js';
import {
  ACCOUNT_ID,
  denyOperations,
  FULLY_CONFIGURED,
  motoEndpoint,
  operationOf,
  resetMoto,
  runAction,
  seedBucket,
  seedClients,
  startDenyProxy,
  startTokenServer,
  throttleStorm,
  type ActionResult,
  type DenyRule,
  type ProxiedRequest,
} from './harness.js';

const REGION = 'us-east-1';
const INPUTS = {
  region: REGION,
  services: 'efs,ec2,sg,rds,s3,iam',
  'min-age-days': '0',
  'fail-on-severity': 'none',
};
/** Operations only some runs reach: each gets a run of its own below. */
const STARTUP_OPERATIONS = ['sts:GetCallerIdentity', 'sts:AssumeRoleWithWebIdentity'];
const REGIONS_LISTING = 'ec2:DescribeRegions';
const ROLE_ARN = `arn:aws:iam::${ACCOUNT_ID}:role/posture-gate-audit`;

/**
 * Operations moto does not implement (../shared notes: aws-and-moto.md): they fail in every run,
 * clean or not, and their checks are UNKNOWN throughout.
 */
const MOTO_UNSUPPORTED = [
  'backup:ListProtectedResources',
  'ec2:GetInstanceMetadataDefaults',
  'ec2:GetSnapshotBlockPublicAccessState',
  'efs:DescribeReplicationConfigurations',
];

/** Names an account user could give resources to steer the log or the summary. */
const HOSTILE = {
  group: 'fz-ssh ##[warning]injected',
  fileSystem:
    '::warning::forged <img src=x onerror=alert(1)> **bold** | [link](https://x) @octocat',
  bidi: 'invoice\u202efdp.exe \u2066x\u2069',
  percent: 'a%0A::error::b %25 %3A %2C',
  tag: `##[add-mask]${'::stop-commands::x '.repeat(600)}`.slice(0, 10240),
};

/** Markers that must never reach the log raw, whatever line they are on. */
const RAW_MARKERS = ['##[', '\u202e', '\u2066', '%0A::error::'];

const figures = { runs: 0, denied: new Set<string>(), resultsChecked: 0, startedAt: 0 };
let clean: { run: ActionResult; report: Report; requested: Set<string> };

async function seed(): Promise<void> {
  const aws = seedClients(REGION);
  try {
    await seedBucket(aws.s3, 'pg-fault-good', FULLY_CONFIGURED);
    await seedBucket(aws.s3, 'pg-fault-bare');
    await aws.s3.send(
      new PutBucketTaggingCommand({
        Bucket: 'pg-fault-good',
        Tagging: { TagSet: [{ Key: 'Name', Value: HOSTILE.fileSystem }] },
      }),
    );

    const { Vpc } = await aws.ec2.send(new CreateVpcCommand({ CidrBlock: '10.60.0.0/16' }));
    const VpcId = Vpc?.VpcId;
    const { Subnet } = await aws.ec2.send(
      new CreateSubnetCommand({ VpcId, CidrBlock: '10.60.1.0/24', AvailabilityZone: `${REGION}a` }),
    );
    const { PrefixList } = await aws.ec2.send(
      new CreateManagedPrefixListCommand({
        PrefixListName: 'anywhere',
        AddressFamily: 'IPv4',
        MaxEntries: 2,
        Entries: [{ Cidr: '0.0.0.0/0' }],
      }),
    );
    const group = async (name: string, rule: object): Promise<string> => {
      const { GroupId } = await aws.ec2.send(
        new CreateSecurityGroupCommand({ GroupName: name, Description: 'fault suite', VpcId }),
      );
      await aws.ec2.send(
        new AuthorizeSecurityGroupIngressCommand({
          GroupId,
          IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, ...rule }],
        }),
      );
      return GroupId ?? '';
    };
    const ssh = await group(HOSTILE.group, { IpRanges: [{ CidrIp: '0.0.0.0/0' }] });
    await group(HOSTILE.bidi, { PrefixListIds: [{ PrefixListId: PrefixList?.PrefixListId }] });
    await group(HOSTILE.percent, { IpRanges: [{ CidrIp: '10.0.0.0/8' }] });

    const { Images = [] } = await aws.ec2.send(new DescribeImagesCommand({}));
    const launched = await aws.ec2.send(
      new RunInstancesCommand({
        ImageId: Images[0]?.ImageId,
        MinCount: 1,
        MaxCount: 1,
        SubnetId: Subnet?.SubnetId,
        SecurityGroupIds: [ssh],
      }),
    );
    const instance = launched.Instances?.[0]?.InstanceId ?? '';
    const volume = await aws.ec2.send(
      new CreateVolumeCommand({ AvailabilityZone: `${REGION}a`, Size: 8 }),
    );
    // A snapshot of the account, so that its attribute is read (DescribeSnapshotAttribute).
    await aws.ec2.send(new CreateSnapshotCommand({ VolumeId: volume.VolumeId }));
    await aws.ec2.send(
      new CreateTagsCommand({
        Resources: [instance, volume.VolumeId ?? ''],
        Tags: [
          { Key: 'Name', Value: HOSTILE.tag },
          { Key: 'Owner', Value: HOSTILE.bidi },
        ],
      }),
    );

    const fs = await aws.efs.send(
      new CreateFileSystemCommand({
        CreationToken: 'fault',
        Tags: [
          { Key: 'Name', Value: HOSTILE.fileSystem },
          { Key: 'Note', Value: HOSTILE.tag },
        ],
      }),
    );
    await aws.efs.send(
      new CreateMountTargetCommand({
        FileSystemId: fs.FileSystemId,
        SubnetId: Subnet?.SubnetId,
        SecurityGroups: [ssh],
      }),
    );
    await aws.efs.send(new CreateAccessPointCommand({ FileSystemId: fs.FileSystemId }));

    await aws.rds.send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: 'pg-fault',
        DBInstanceClass: 'db.t3.micro',
        Engine: 'postgres',
        AllocatedStorage: 20,
        MasterUsername: 'admin_user',
        MasterUserPassword: 'e2e-password-123',
        PubliclyAccessible: true,
      }),
    );
    await aws.rds.send(
      new CreateDBClusterCommand({
        DBClusterIdentifier: 'aurora-fault',
        Engine: 'aurora-postgresql',
        MasterUsername: 'admin_user',
        MasterUserPassword: 'e2e-password-123',
      }),
    );
    // Manual snapshots, whose restore attributes are read one by one.
    await aws.rds.send(
      new CreateDBSnapshotCommand({
        DBInstanceIdentifier: 'pg-fault',
        DBSnapshotIdentifier: 'pg-fault-manual',
      }),
    );
    await aws.rds.send(
      new CreateDBClusterSnapshotCommand({
        DBClusterIdentifier: 'aurora-fault',
        DBClusterSnapshotIdentifier: 'aurora-fault-manual',
      }),
    );

    const trust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
      ],
    });
    await aws.iam.send(
      new CreateRoleCommand({ RoleName: 'fault-admin', AssumeRolePolicyDocument: trust }),
    );
    await aws.iam.send(
      new AttachRolePolicyCommand({
        RoleName: 'fault-admin',
        PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
      }),
    );
  } finally {
    aws.destroy();
  }
}

interface ProxiedRun {
  run: ActionResult;
  requests: ProxiedRequest[];
  denied: ProxiedRequest[];
}

/** One action run through a fresh proxy with `rule`. */
async function runThrough(
  rule: DenyRule,
  inputs: Record<string, string> = {},
  options: Parameters<typeof runAction>[1] = {},
): Promise<ProxiedRun> {
  const proxy = await startDenyProxy(motoEndpoint(), rule);
  try {
    figures.runs++;
    const run = await runAction({ ...INPUTS, ...inputs }, { ...options, endpoint: proxy.endpoint });
    return { run, requests: proxy.requests, denied: proxy.denied };
  } finally {
    await proxy.close();
  }
}

const keyOf = (r: CheckResult): string => `${r.checkId}|${r.region}|${r.resourceId}`;
const statuses = (report: Report): Map<string, string> =>
  new Map(report.results.map((r) => [keyOf(r), r.status]));

/** Operations of the table a plain run calls, by client, in table order. */
function operationsByClient(): Map<string, string[]> {
  const byClient = new Map<string, string[]>();
  for (const operation of Object.keys(OPERATION_PERMISSIONS)) {
    if (STARTUP_OPERATIONS.includes(operation) || operation === REGIONS_LISTING) continue;
    const client = operation.split(':')[0] ?? '';
    byClient.set(client, [...(byClient.get(client) ?? []), operation]);
  }
  return byClient;
}

/**
 * What a run with `denied` operations may say: it completes with a report; each denied operation
 * it called is in the report's errors; no PASS or FAIL differs from the clean run; and every result
 * the denial changed or removed is an UNKNOWN naming a denied operation.
 */
function expectDenialsHonoured(result: ProxiedRun, denied: readonly string[]): void {
  const { run } = result;
  const context = `denied ${denied.join(', ')}\n${run.stdout}\n${run.stderr}`;
  expect({ code: run.code, context }).toEqual({ code: expect.any(Number), context });
  const report = run.report;
  if (!report) throw new Error(`no report: ${context}`);
  const hit = new Set(result.denied.map((r) => operationOf(r) ?? '?'));
  for (const operation of hit) figures.denied.add(operation);
  expect([...hit].filter((op) => !denied.includes(op))).toEqual([]);
  expect([...new Set(report.errors.map((e) => e.operation))].sort()).toEqual(
    expect.arrayContaining([...hit]),
  );

  const before = statuses(clean.report);
  const deniedSet = new Set(denied);
  for (const r of report.results) {
    figures.resultsChecked++;
    const was = before.get(keyOf(r));
    if (r.status === 'PASS' || r.status === 'FAIL') {
      expect({ result: keyOf(r), status: r.status }).toEqual({ result: keyOf(r), status: was });
    } else if (r.status === 'UNKNOWN' && was !== 'UNKNOWN') {
      const operation = r.failedCall?.operation ?? '';
      expect({ result: keyOf(r), operation, denied: deniedSet.has(operation) }).toEqual({
        result: keyOf(r),
        operation,
        denied: true,
      });
    }
  }
  // A clean result the denial removed (its resource was not listed) is an account-level UNKNOWN.
  const after = statuses(report);
  for (const r of clean.report.results) {
    if (after.has(keyOf(r))) continue;
    const stand = report.results.find(
      (u) =>
        u.checkId === r.checkId &&
        u.status === 'UNKNOWN' &&
        deniedSet.has(u.failedCall?.operation ?? ''),
    );
    expect({ result: keyOf(r), unknown: stand?.checkId }).toEqual({
      result: keyOf(r),
      unknown: r.checkId,
    });
  }
}

beforeAll(async () => {
  figures.startedAt = Date.now();
  await resetMoto(motoEndpoint());
  await seed();
  const recorded = await runThrough(() => false);
  const report = recorded.run.report;
  if (!report) throw new Error(`no report: ${recorded.run.stdout}\n${recorded.run.stderr}`);
  const requested = new Set(
    recorded.requests.map((r) => operationOf(r) ?? `? ${r.method} ${r.path}`),
  );
  clean = { run: recorded.run, report, requested };
}, 120_000);

afterAll(() => {
  const seconds = ((Date.now() - figures.startedAt) / 1000).toFixed(1);
  console.log(
    `fault suite: ${figures.denied.size} operations denied, ${figures.runs} runs, ` +
      `${figures.resultsChecked} results checked, ${seconds} s`,
  );
});

test('the clean run calls every operation of the permissions table but the start-up ones', () => {
  expect(clean.run.code).toBe(0);
  expect(clean.report.errors.map((e) => e.operation).sort()).toEqual(MOTO_UNSUPPORTED);
  // Every request is named: a new request shape must be taught to operationOf.
  expect([...clean.requested].filter((op) => !(op in OPERATION_PERMISSIONS))).toEqual([]);
  const expected = Object.keys(OPERATION_PERMISSIONS).filter(
    (op) => op !== REGIONS_LISTING && op !== 'sts:AssumeRoleWithWebIdentity',
  );
  expect([...clean.requested].sort()).toEqual(expected.sort());
});

describe('each operation denied in turn', () => {
  // One operation of each client per run: operations of different clients mostly feed different
  // collectors. One that a denied listing kept from being called (backup and alarms are read only
  // for listed file systems) goes back in its queue and is denied again in a later run.
  test('every operation a plain run calls, denied: no PASS or FAIL without its data', async () => {
    const queues = [...operationsByClient().values()];
    const unreached = new Set<string>();
    while (queues.some((queue) => queue.length > 0)) {
      const denied = queues.flatMap((queue) => (queue.length > 0 ? [queue[0] as string] : []));
      const result = await runThrough(denyOperations(denied));
      const hit = new Set(result.denied.map((r) => operationOf(r) ?? '?'));
      for (const queue of queues) {
        const operation = queue[0];
        if (operation === undefined) continue;
        if (hit.has(operation) || denied.length === 1) queue.shift();
        else queue.push(queue.shift() as string);
        if (!hit.has(operation) && denied.length === 1) unreached.add(operation);
      }
      expectDenialsHonoured(result, denied);
      if (figures.runs > 40) throw new Error(`too many runs; still queued: ${queues.flat()}`);
    }
    expect([...unreached]).toEqual([]);
  }, 600_000);

  test('sts:GetCallerIdentity denied: the run ends in error, with a report and no verdict', async () => {
    const result = await runThrough(denyOperations(['sts:GetCallerIdentity']));
    figures.denied.add('sts:GetCallerIdentity');
    expect(result.denied.map(operationOf)).toContain('sts:GetCallerIdentity');
    expect(result.run.outputs.result).toBe('error');
    expect(result.run.report?.results.filter((r) => r.status !== 'UNKNOWN') ?? []).toEqual([]);
  });

  test('ec2:DescribeRegions denied with regions: all: the run ends in error, no verdict', async () => {
    const result = await runThrough(denyOperations([REGIONS_LISTING]), {
      region: 'all',
      services: 's3',
    });
    figures.denied.add(REGIONS_LISTING);
    expect(result.denied.map(operationOf)).toContain(REGIONS_LISTING);
    expect(result.run.code).not.toBeNull();
    expect(result.run.outputs.result).toBe('error');
    expect(result.run.report?.results.filter((r) => r.status !== 'UNKNOWN') ?? []).toEqual([]);
  });

  test('sts:AssumeRoleWithWebIdentity denied: the run ends in error, no verdict', async () => {
    const tokens = await startTokenServer();
    try {
      const result = await runThrough(
        denyOperations(['sts:AssumeRoleWithWebIdentity']),
        { 'role-to-assume': ROLE_ARN, services: 's3' },
        {
          env: {
            ACTIONS_ID_TOKEN_REQUEST_URL: tokens.url,
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: tokens.requestToken,
          },
        },
      );
      figures.denied.add('sts:AssumeRoleWithWebIdentity');
      expect(result.denied.map(operationOf)).toContain('sts:AssumeRoleWithWebIdentity');
      expect(result.run.code).not.toBeNull();
      expect(result.run.outputs.result).toBe('error');
      expect(result.run.report?.results.filter((r) => r.status !== 'UNKNOWN') ?? []).toEqual([]);
    } finally {
      await tokens.close();
    }
  });

  test('every operation of the permissions table was denied in some run', () => {
    expect([...figures.denied].sort()).toEqual(Object.keys(OPERATION_PERMISSIONS).sort());
  });
});

test('a throttling storm (30% of requests) gives the same statuses as the clean run', async () => {
  const result = await runThrough(throttleStorm(0.3));
  const report = result.run.report;
  if (!report) throw new Error(`no report: ${result.run.stdout}\n${result.run.stderr}`);
  const distinct = new Set(
    result.requests.map((r) => `${r.method} ${r.path} ${r.query} ${r.body}`),
  );
  expect(result.denied.length).toBeGreaterThan(distinct.size * 0.15);
  expect(report.errors.map((e) => e.operation).sort()).toEqual(MOTO_UNSUPPORTED);
  expect(statuses(report)).toEqual(statuses(clean.report));
  figures.resultsChecked += report.results.length;
});

describe('hostile names', () => {
  test('the clean run fails the hostile security group, by name', () => {
    const group = clean.report.results.find(
      (r) => r.resourceName === HOSTILE.group && r.status === 'FAIL',
    );
    expect(group).toBeDefined();
    expect(clean.run.stdout).toContain('fz-ssh ##\\x5bwarning]');
  });

  test('no line of the log carries a command the action did not issue', () => {
    const { stdout } = clean.run;
    for (const marker of RAW_MARKERS)
      expect({ marker, found: stdout.includes(marker) }).toEqual({
        marker,
        found: false,
      });
    // The action's own commands only: add-mask of credentials, the warnings, errors and notices
    // it issues, and the folded groups of its console report.
    const own = ['add-mask', 'warning', 'error', 'notice', 'debug', 'group', 'endgroup'];
    const commands = runnerCommands(stdout).map(({ command }) => command);
    for (const command of commands) {
      expect(command.form).toBe('::');
      expect(own).toContain(command.name);
      expect(command.data).not.toMatch(/##\[|::warning::|::stop-commands::|\u202e/);
    }
  });

  test('the job summary shows the names as text: no HTML, no bidi, no command marker', () => {
    const { summary } = clean.run;
    expect(summary).toContain('fz-ssh');
    expect(summary).not.toContain('##[');
    expect(summary).not.toContain('<img');
    expect(summary).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(summary).not.toContain('](https://x)');
    expect(summary).not.toMatch(/(^|\s)@octocat/);
  });

  test('a failed run names the hostile resource in its errors, escaped on one line', async () => {
    const result = await runThrough(() => false, { 'fail-on-severity': 'low' });
    const { stdout } = result.run;
    expect(result.run.code).toBe(1);
    for (const marker of RAW_MARKERS) expect(stdout).not.toContain(marker);
    const errors = runnerCommands(stdout).filter(({ command }) => command.name === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const { command } of errors) expect(command.data).not.toContain('##[');
  });
});

describe('paths checked before any AWS call', () => {
  test('a report-path whose directory cannot be created is a configuration error naming it', async () => {
    const result = await runThrough(
      () => false,
      { 'report-path': 'README.md/reports/posture.json' },
      { files: { 'README.md': '# a file, not a directory\n' } },
    );
    expect(result.requests).toEqual([]);
    expect(result.run.code).toBe(1);
    expect(result.run.outputs.result).toBe('error');
    expect(result.run.stdout).toContain(
      '::error::Invalid input "report-path": "README.md/reports/posture.json" cannot be written',
    );
    expect(result.run.stdout).not.toContain('could not run the scan');
  });

  test('a sarif-path that cannot be written is a configuration error naming it', async () => {
    const result = await runThrough(
      () => false,
      { 'sarif-path': 'README.md/posture.sarif' },
      { files: { 'README.md': '# a file, not a directory\n' } },
    );
    expect(result.requests).toEqual([]);
    expect(result.run.outputs.result).toBe('error');
    expect(result.run.stdout).toContain(
      '::error::Invalid input "sarif-path": "README.md/posture.sarif" cannot be written',
    );
  });

  test('a report already written stays whole when a later input is bad', async () => {
    const earlier = '{"earlier": "report"}\n';
    const result = await runThrough(
      () => false,
      { suppressions: 'suppressions.yml' },
      { files: { 'posture-report.json': earlier, 'suppressions.yml': 'suppressions: [oops\n' } },
    );
    expect(result.requests).toEqual([]);
    expect(result.run.outputs.result).toBe('error');
    expect(result.run.stdout).toContain('Invalid input "suppressions"');
    expect(readFileSync(join(result.run.workspace, 'posture-report.json'), 'utf8')).toBe(earlier);
  });

  test('a job summary that cannot be written leaves the report written', async () => {
    const result = await runThrough(
      () => false,
      {},
      {
        env: { GITHUB_STEP_SUMMARY: '/proc/posture-gate-no-such-dir/summary' },
      },
    );
    expect(result.run.report?.results.length).toBe(clean.report.results.length);
    expect(result.run.stdout).toContain('::warning::Could not write the job summary');
  });
});
