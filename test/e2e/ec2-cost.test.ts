// The EC2 cost checks end to end: gp2 and gp3 volumes, attached and not, and Elastic IP addresses,
// associated and not, seeded in moto; the built action judges them and puts their savings in the
// report, the job summary and monthly-savings-usd. moto creates every volume "now", so the main
// run passes min-age-days 0; a second run with the default shows the young volumes skipped.
import {
  AllocateAddressCommand,
  AssociateAddressCommand,
  AttachVolumeCommand,
  CreateVolumeCommand,
  DescribeImagesCommand,
  RunInstancesCommand,
} from '@aws-sdk/client-ec2';
import type { Report } from '../../src/model/report.js';
import {
  motoEndpoint,
  resetMoto,
  runAction,
  seedClients,
  statusOf,
  type ActionResult,
} from './harness.js';

const REGION = 'us-east-1';

interface Seeded {
  instance: string;
  rootVolume: string;
  gp2Attached: string;
  gp2Idle: string;
  gp3Idle: string;
  gp3Attached: string;
  idleAddress: string;
  usedAddress: string;
}

async function seed(): Promise<Seeded> {
  const aws = seedClients(REGION);
  try {
    const { Images = [] } = await aws.ec2.send(new DescribeImagesCommand({}));
    const launched = await aws.ec2.send(
      new RunInstancesCommand({ ImageId: Images[0]?.ImageId, MinCount: 1, MaxCount: 1 }),
    );
    const instance = launched.Instances?.[0];
    const zone = instance?.Placement?.AvailabilityZone;
    const rootVolume = instance?.BlockDeviceMappings?.[0]?.Ebs?.VolumeId;
    if (!instance?.InstanceId || !zone || !rootVolume) throw new Error('moto launched no instance');
    const volume = async (input: object, attachAs?: string): Promise<string> => {
      const created = await aws.ec2.send(
        new CreateVolumeCommand({ AvailabilityZone: zone, ...input }),
      );
      if (!created.VolumeId) throw new Error('moto created no volume');
      if (attachAs) {
        await aws.ec2.send(
          new AttachVolumeCommand({
            VolumeId: created.VolumeId,
            InstanceId: instance.InstanceId,
            Device: attachAs,
          }),
        );
      }
      return created.VolumeId;
    };
    const address = async (associate: boolean): Promise<string> => {
      const { AllocationId } = await aws.ec2.send(new AllocateAddressCommand({ Domain: 'vpc' }));
      if (!AllocationId) throw new Error('moto allocated no address');
      if (associate) {
        await aws.ec2.send(
          new AssociateAddressCommand({ AllocationId, InstanceId: instance.InstanceId }),
        );
      }
      return AllocationId;
    };
    return {
      instance: instance.InstanceId,
      rootVolume,
      gp2Attached: await volume({ VolumeType: 'gp2', Size: 100 }, '/dev/sdf'),
      gp2Idle: await volume({ VolumeType: 'gp2', Size: 500 }),
      gp3Idle: await volume({ VolumeType: 'gp3', Size: 200, Iops: 4000, Throughput: 250 }),
      gp3Attached: await volume({ VolumeType: 'gp3', Size: 50 }, '/dev/sdg'),
      idleAddress: await address(false),
      usedAddress: await address(true),
    };
  } finally {
    aws.destroy();
  }
}

let seeded: Seeded;
let run: ActionResult;
let report: Report;

beforeAll(async () => {
  await resetMoto(motoEndpoint());
  seeded = await seed();
  run = await runAction({
    region: REGION,
    services: 'ec2',
    'min-age-days': '0',
    'fail-on-severity': 'none',
  });
  if (!run.report) throw new Error(`no report: ${run.stdout}\n${run.stderr}`);
  report = run.report;
}, 120_000);

const resultOf = (checkId: string, resourceId: string) =>
  report.results.find((r) => r.checkId === checkId && r.resourceId === resourceId);

test('the run reads the addresses with no collection error but the calls moto lacks', () => {
  expect(run.code).toBe(0);
  // moto answers HTTP 500 to these two reads of the exposure checks.
  expect(report.errors.map((e) => e.operation).sort()).toEqual([
    'ec2:GetInstanceMetadataDefaults',
    'ec2:GetSnapshotBlockPublicAccessState',
  ]);
  expect(report.stats.apiCalls['ec2:DescribeAddresses']).toBe(1);
});

test('ec2.ebs-volume-unattached fails the volumes attached to nothing with their whole price', () => {
  const check = 'ec2.ebs-volume-unattached';
  expect(statusOf(report, check, seeded.gp2Attached)).toBe('PASS');
  expect(statusOf(report, check, seeded.gp3Attached)).toBe('PASS');
  expect(statusOf(report, check, seeded.rootVolume)).toBe('PASS');
  // 500 GiB x $0.10.
  expect(resultOf(check, seeded.gp2Idle)).toMatchObject({ status: 'FAIL', monthlySavingsUsd: 50 });
  // 200 GiB x $0.08 + 1,000 IOPS x $0.005 + 125 MiB/s x $0.04: moto keeps gp3 IOPS and throughput.
  expect(resultOf(check, seeded.gp3Idle)).toMatchObject({ status: 'FAIL', monthlySavingsUsd: 26 });
});

test('ec2.ebs-gp2-volume fails the gp2 volumes with the saving of gp3 at their performance', () => {
  const check = 'ec2.ebs-gp2-volume';
  expect(statusOf(report, check, seeded.gp3Idle)).toBe('PASS');
  expect(statusOf(report, check, seeded.gp3Attached)).toBe('PASS');
  // $10.00 - ($8.00 + 3 MiB/s x $0.04).
  expect(resultOf(check, seeded.gp2Attached)).toMatchObject({
    status: 'FAIL',
    monthlySavingsUsd: 1.88,
  });
  // $50.00 - ($40.00 + 125 MiB/s x $0.04).
  expect(resultOf(check, seeded.gp2Idle)).toMatchObject({ status: 'FAIL', monthlySavingsUsd: 5 });
  // moto's root volume is an 8 GiB gp2: $0.80 - ($0.64 + $0.12).
  expect(resultOf(check, seeded.rootVolume)).toMatchObject({
    status: 'FAIL',
    monthlySavingsUsd: 0.04,
  });
});

test('ec2.eip-unassociated fails the idle address and passes the associated one', () => {
  const check = 'ec2.eip-unassociated';
  expect(resultOf(check, seeded.idleAddress)).toMatchObject({
    status: 'FAIL',
    monthlySavingsUsd: 3.65,
  });
  expect(resultOf(check, seeded.usedAddress)?.status).toBe('PASS');
  expect(resultOf(check, seeded.usedAddress)?.detail).toContain(
    `associated with instance ${seeded.instance}`,
  );
});

test('no EC2 cost result is UNKNOWN: moto answers every read they need', () => {
  const costUnknown = report.results.filter(
    (r) => r.service === 'ec2' && r.category === 'cost' && r.status === 'UNKNOWN',
  );
  expect(costUnknown).toEqual([]);
});

test('the savings reach the summary, monthly-savings-usd and the job summary, the idle gp2 counted once', () => {
  // 50 (idle gp2, whole price; its gp3 saving is inside it) + 26 + 1.88 + 0.04 + 3.65.
  expect(report.summary.monthlySavingsUsd).toBe(81.57);
  expect(run.outputs['monthly-savings-usd']).toBe('81.57');
  expect(run.summary).toContain('Estimated savings: **\\$81.57 a month**');
  expect(run.summary).toContain(seeded.gp3Idle);
});

test('with the default min-age-days the volumes moto just created are skipped, not passed', async () => {
  const young = await runAction({
    region: REGION,
    services: 'ec2',
    checks: 'ec2.ebs-volume-unattached,ec2.ebs-gp2-volume,ec2.eip-unassociated',
    'fail-on-severity': 'none',
  });
  const results = young.report?.results ?? [];
  expect(results.filter((r) => r.checkId !== 'ec2.eip-unassociated')).toEqual([]);
  // Addresses carry no creation time: they are judged at any age.
  expect(results.map((r) => r.checkId)).toContain('ec2.eip-unassociated');
}, 60_000);
