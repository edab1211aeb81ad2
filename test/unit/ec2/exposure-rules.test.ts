import type { Ami, EbsSnapshot, Ec2Inventory, FlowLog, Vpc } from '../../../src/model/ec2.js';
import type { Finding } from '../../../src/model/results.js';
import { ec2Rules } from '../../../src/rules/ec2.js';
import type { EvalContext } from '../../../src/rules/kit.js';
import { ACCOUNT, at, denied, inventoryOf, ok, resultFor, ruleById, statuses } from './fixtures.js';

const context: EvalContext = { now: new Date('2026-11-01T00:00:00Z'), minAgeDays: 30 };

/** An inventory part as collected now: nothing public, every setting as the checks want it. */
function ec2(overrides: Partial<Ec2Inventory> = {}): Ec2Inventory {
  return {
    instances: ok([]),
    volumes: ok([]),
    ebsEncryptionByDefault: ok(true),
    publicSnapshots: ok([]),
    images: ok([]),
    snapshotBlockPublicAccess: ok('block-all-sharing'),
    imdsDefaultHttpTokens: ok('required'),
    vpcs: ok([]),
    flowLogs: ok([]),
    ...overrides,
  };
}

/** The same part as an inventory saved before these fields were collected. */
function savedBefore(): Ec2Inventory {
  return { instances: ok([]), volumes: ok([]), ebsEncryptionByDefault: ok(true) };
}

const evaluate = (id: string, regional: Record<string, Ec2Inventory>): Finding[] => [
  ...ruleById(ec2Rules, id).evaluate(
    inventoryOf(
      Object.fromEntries(Object.entries(regional).map(([r, part]) => [r, { ec2: part }])),
    ),
    context,
  ),
];

function snapshot(id: string, restorableByAll: EbsSnapshot['restorableByAll']): EbsSnapshot {
  return {
    id,
    arn: `arn:aws:ec2:us-east-1::snapshot/${id}`,
    volumeId: 'vol-1',
    encrypted: false,
    restorableByAll,
    tags: {},
  };
}

const image = (id: string, overrides: Partial<Ami> = {}): Ami => ({
  id,
  arn: `arn:aws:ec2:us-east-1::image/${id}`,
  state: 'available',
  public: false,
  tags: {},
  ...overrides,
});

const vpc = (id: string): Vpc => ({
  id,
  arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:vpc/${id}`,
  isDefault: false,
  tags: {},
});

const flowLog = (id: string, resourceId: string, status?: string): FlowLog => ({
  id,
  resourceId,
  ...(status ? { status } : {}),
});

describe('ec2.snapshot-public', () => {
  const id = 'ec2.snapshot-public';

  it('fails each snapshot restorable by everyone, as a snapshot resource', () => {
    const findings = evaluate(id, {
      'us-east-1': ec2({
        publicSnapshots: ok([snapshot('snap-open', ok(true)), snapshot('snap-shared', ok(false))]),
        snapshotBlockPublicAccess: ok('unblocked'),
      }),
    });

    // A snapshot shared with named accounts only (moto lists it too) has no result of its own.
    expect(findings).toHaveLength(1);
    const open = at(findings, 0);
    expect(ruleById(ec2Rules, id).meta.resourceType).toBe('AWS::EC2::Snapshot');
    expect(open).toMatchObject({
      resourceId: 'snap-open',
      resourceArn: 'arn:aws:ec2:us-east-1::snapshot/snap-open',
      status: 'FAIL',
    });
    expect(open.detail).toBe(
      'The unencrypted snapshot of volume vol-1 is restorable by every AWS account (createVolumePermission includes the group all).',
    );
  });

  it('passes a snapshot whose attribute says all when block-all-sharing keeps it private', () => {
    // EC2 API Reference, EnableSnapshotBlockPublicAccess: in block-all-sharing mode the
    // attributes of snapshots already shared "still indicate that they are publicly shared, even
    // though they are not publicly available"; block-new-sharing leaves them public.
    const findings = evaluate(id, {
      'us-east-1': ec2({ publicSnapshots: ok([snapshot('snap-open', ok(true))]) }),
      'eu-west-1': ec2({
        publicSnapshots: ok([snapshot('snap-open', ok(true))]),
        snapshotBlockPublicAccess: ok('block-new-sharing'),
      }),
      'eu-central-1': ec2({
        publicSnapshots: ok([snapshot('snap-open', ok(true))]),
        snapshotBlockPublicAccess: denied('ec2:GetSnapshotBlockPublicAccessState'),
      }),
    });

    expect(findings.map((f) => [f.region, f.resourceId, f.status])).toEqual([
      ['us-east-1', 'snap-open', 'PASS'],
      ['eu-west-1', 'snap-open', 'FAIL'],
      ['eu-central-1', 'snap-open', 'FAIL'],
    ]);
    expect(at(findings, 0).detail).toMatch(/block-all-sharing/);
  });

  it('passes once per region, about the account, when no snapshot is public', () => {
    const findings = evaluate(id, {
      'us-east-1': ec2({ publicSnapshots: ok([snapshot('snap-shared', ok(false))]) }),
      'eu-west-1': ec2(),
    });

    expect(findings.map((f) => [f.region, f.resourceId, f.resourceType, f.status])).toEqual([
      ['us-east-1', ACCOUNT, 'AWS::::Account', 'PASS'],
      ['eu-west-1', ACCOUNT, 'AWS::::Account', 'PASS'],
    ]);
    expect(at(findings, 1).detail).toBe(
      'No snapshot of this account is restorable by everyone in eu-west-1.',
    );
  });

  it('is UNKNOWN for a snapshot whose attribute could not be read, with no PASS', () => {
    const findings = evaluate(id, {
      'us-east-1': ec2({
        publicSnapshots: ok([snapshot('snap-x', denied('ec2:DescribeSnapshotAttribute'))]),
      }),
    });

    expect(statuses(findings)).toEqual({ 'snap-x': 'UNKNOWN' });
    expect(at(findings, 0).failedCall).toMatchObject({
      operation: 'ec2:DescribeSnapshotAttribute',
      permission: 'ec2:DescribeSnapshotAttribute',
    });
  });

  it('is UNKNOWN about the account when the listing failed or was never collected', () => {
    const findings = evaluate(id, {
      'us-east-1': ec2({ publicSnapshots: denied('ec2:DescribeSnapshots') }),
      'eu-west-1': savedBefore(),
    });

    expect(findings.map((f) => [f.region, f.resourceId, f.status])).toEqual([
      ['us-east-1', ACCOUNT, 'UNKNOWN'],
      ['eu-west-1', ACCOUNT, 'UNKNOWN'],
    ]);
    expect(at(findings, 0).failedCall?.operation).toBe('ec2:DescribeSnapshots');
    expect(at(findings, 1).detail).toMatch(/saved before DescribeSnapshots was collected/);
  });
});

describe('ec2.ami-public', () => {
  const id = 'ec2.ami-public';

  it('fails a public AMI and passes a private one', () => {
    const findings = evaluate(id, {
      'us-east-1': ec2({
        images: ok([image('ami-open', { public: true }), image('ami-closed')]),
      }),
    });

    expect(statuses(findings)).toEqual({ 'ami-open': 'FAIL', 'ami-closed': 'PASS' });
    expect(ruleById(ec2Rules, id).meta.resourceType).toBe('AWS::EC2::Image');
    expect(resultFor(findings, 'ami-open')).toMatchObject({
      detail: 'The available AMI is public: every AWS account can launch it.',
    });
  });

  it('is UNKNOWN when Public was missing, the listing failed or was never collected', () => {
    const withoutField = image('ami-bare');
    delete withoutField.public;
    const findings = evaluate(id, {
      'us-east-1': ec2({ images: ok([withoutField]) }),
      'eu-west-1': ec2({ images: denied('ec2:DescribeImages') }),
      'eu-central-1': savedBefore(),
    });

    expect(findings.map((f) => [f.region, f.resourceId, f.status])).toEqual([
      ['us-east-1', 'ami-bare', 'UNKNOWN'],
      ['eu-west-1', ACCOUNT, 'UNKNOWN'],
      ['eu-central-1', ACCOUNT, 'UNKNOWN'],
    ]);
  });
});

describe('ec2.snapshot-block-public-access-off', () => {
  const id = 'ec2.snapshot-block-public-access-off';

  it('passes block-all-sharing and fails block-new-sharing and unblocked, naming the state', () => {
    const findings = evaluate(id, {
      'us-east-1': ec2(),
      'eu-west-1': ec2({ snapshotBlockPublicAccess: ok('block-new-sharing') }),
      'eu-central-1': ec2({ snapshotBlockPublicAccess: ok('unblocked') }),
    });

    expect(findings.map((f) => [f.region, f.status])).toEqual([
      ['us-east-1', 'PASS'],
      ['eu-west-1', 'FAIL'],
      ['eu-central-1', 'FAIL'],
    ]);
    expect(at(findings, 1).detail).toBe(
      'Snapshot block public access is block-new-sharing in eu-west-1, not block-all-sharing: new public sharing is blocked, but snapshots already public stay publicly available.',
    );
    expect(at(findings, 2).detail).toMatch(/is unblocked in eu-central-1/);
  });

  it('is UNKNOWN when the call failed (moto: HTTP 500), the state was missing or never collected', () => {
    const serverError = {
      ok: false as const,
      error: {
        operation: 'ec2:GetSnapshotBlockPublicAccessState',
        code: 'InternalError',
        message: 'not implemented',
      },
    };
    const findings = evaluate(id, {
      'us-east-1': ec2({ snapshotBlockPublicAccess: serverError }),
      'eu-west-1': ec2({ snapshotBlockPublicAccess: ok(null) }),
      'eu-central-1': savedBefore(),
    });

    expect(findings.map((f) => f.status)).toEqual(['UNKNOWN', 'UNKNOWN', 'UNKNOWN']);
    expect(at(findings, 0).failedCall?.operation).toBe('ec2:GetSnapshotBlockPublicAccessState');
  });
});

describe('ec2.imds-defaults-not-required', () => {
  const id = 'ec2.imds-defaults-not-required';

  it('passes required, fails optional and no default at all', () => {
    const findings = evaluate(id, {
      'us-east-1': ec2(),
      'eu-west-1': ec2({ imdsDefaultHttpTokens: ok('optional') }),
      'eu-central-1': ec2({ imdsDefaultHttpTokens: ok(null) }),
    });

    expect(findings.map((f) => [f.region, f.status])).toEqual([
      ['us-east-1', 'PASS'],
      ['eu-west-1', 'FAIL'],
      ['eu-central-1', 'FAIL'],
    ]);
    expect(at(findings, 1).detail).toMatch(/HttpTokens optional, not required/);
    expect(at(findings, 2).detail).toBe(
      'The account sets no instance metadata default in eu-central-1: new instances serve IMDSv1 unless their launch request or AMI requires IMDSv2.',
    );
  });

  it('passes a region that enforces IMDSv2 at launch (HttpTokensEnforced enabled) whatever the default', () => {
    // EC2 API Reference, InstanceMetadataDefaultsResponse: "When enforcement is enabled, the
    // instance can't launch unless IMDSv2 (HttpTokens) is set to required."
    const findings = evaluate(id, {
      'us-east-1': ec2({ imdsDefaultHttpTokens: ok(null), imdsDefaultHttpTokensEnforced: true }),
      'eu-west-1': ec2({
        imdsDefaultHttpTokens: ok('optional'),
        imdsDefaultHttpTokensEnforced: false,
      }),
    });

    expect(findings.map((f) => [f.region, f.status])).toEqual([
      ['us-east-1', 'PASS'],
      ['eu-west-1', 'FAIL'],
    ]);
    expect(at(findings, 0).detail).toMatch(/HttpTokensEnforced/);
  });

  it('is UNKNOWN when the call failed or was never collected', () => {
    const findings = evaluate(id, {
      'us-east-1': ec2({ imdsDefaultHttpTokens: denied('ec2:GetInstanceMetadataDefaults') }),
      'eu-west-1': savedBefore(),
    });

    expect(findings.map((f) => f.status)).toEqual(['UNKNOWN', 'UNKNOWN']);
    expect(at(findings, 0).failedCall?.permission).toBe('ec2:GetInstanceMetadataDefaults');
  });
});

describe('ec2.vpc-flow-logs-off', () => {
  const id = 'ec2.vpc-flow-logs-off';

  it('passes a VPC with an active flow log on it, fails one with none or only inactive ones', () => {
    const findings = evaluate(id, {
      'us-east-1': ec2({
        vpcs: ok([vpc('vpc-logged'), vpc('vpc-bare'), vpc('vpc-broken'), vpc('vpc-subnet-only')]),
        flowLogs: ok([
          flowLog('fl-1', 'vpc-logged', 'ACTIVE'),
          flowLog('fl-2', 'vpc-broken'),
          // A flow log on a subnet or a network interface is not a VPC flow log.
          flowLog('fl-3', 'subnet-0a1b'),
          flowLog('fl-4', 'eni-0a1b', 'ACTIVE'),
        ]),
      }),
    });

    expect(statuses(findings)).toEqual({
      'vpc-logged': 'PASS',
      'vpc-bare': 'FAIL',
      'vpc-broken': 'FAIL',
      'vpc-subnet-only': 'FAIL',
    });
    expect(ruleById(ec2Rules, id).meta.resourceType).toBe('AWS::EC2::VPC');
    expect(resultFor(findings, 'vpc-logged').detail).toBe('The VPC has 1 active flow log (fl-1).');
    expect(resultFor(findings, 'vpc-bare').detail).toBe(
      'No flow log is on the VPC itself; flow logs on its subnets or network interfaces, if any, do not cover the VPC.',
    );
    expect(resultFor(findings, 'vpc-broken').detail).toMatch(/fl-2 is of unknown status/);
  });

  it('is UNKNOWN when a listing failed or was never collected', () => {
    const findings = evaluate(id, {
      'us-east-1': ec2({ vpcs: ok([vpc('vpc-1')]), flowLogs: denied('ec2:DescribeFlowLogs') }),
      'eu-west-1': ec2({ vpcs: denied('ec2:DescribeVpcs') }),
      'eu-central-1': savedBefore(),
    });

    expect(findings.map((f) => [f.region, f.resourceId, f.status])).toEqual([
      ['us-east-1', 'vpc-1', 'UNKNOWN'],
      ['eu-west-1', ACCOUNT, 'UNKNOWN'],
      ['eu-central-1', ACCOUNT, 'UNKNOWN'],
    ]);
    expect(at(findings, 0).failedCall?.operation).toBe('ec2:DescribeFlowLogs');
  });
});
