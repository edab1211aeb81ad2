// The EC2 cost checks, on volumes and addresses shaped as DescribeVolumes and DescribeAddresses
// return them. Expected dollars are worked by hand from the us-east-1 list prices (EBS pricing
// page; public IPv4 at $0.005 an hour, 730 hours a month), not read back from the code.
import { readFileSync } from 'node:fs';
import { parseSavedInventory } from '../../../src/collect/saved-inventory.js';
import type { EbsVolume, Ec2Inventory, ElasticIp } from '../../../src/model/ec2.js';
import type { Finding } from '../../../src/model/results.js';
import { ec2Rules } from '../../../src/rules/ec2.js';
import { gp2Performance, gp3Equivalent, monthlyVolumeBill } from '../../../src/rules/ec2-prices.js';
import type { EvalContext, Rule } from '../../../src/rules/kit.js';
import { ACCOUNT, denied, inventoryOf, ok, resultFor, ruleById, statuses } from './fixtures.js';

const NOW = new Date('2026-11-01T00:00:00Z');
const context: EvalContext = { now: NOW, minAgeDays: 30 };
const OLD = '2025-06-01T10:00:00.000Z';
const YOUNG = '2026-10-25T10:00:00.000Z';

const rule = (id: string): Rule => ruleById(ec2Rules, id);

function volume(id: string, overrides: Partial<EbsVolume> = {}): EbsVolume {
  return {
    id,
    arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/${id}`,
    state: 'in-use',
    encrypted: true,
    attachedTo: ['i-1'],
    tags: {},
    volumeType: 'gp3',
    sizeGib: 100,
    iops: 3000,
    throughputMibps: 125,
    createdAt: OLD,
    ...overrides,
  };
}

function address(id: string, overrides: Partial<ElasticIp> = {}): ElasticIp {
  return {
    id,
    arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:elastic-ip/${id}`,
    publicIp: '198.51.100.7',
    domain: 'vpc',
    publicIpv4Pool: 'amazon',
    tags: {},
    ...overrides,
  };
}

function ec2(overrides: Partial<Ec2Inventory> = {}): Ec2Inventory {
  return {
    instances: ok([]),
    volumes: ok([]),
    ebsEncryptionByDefault: ok(true),
    addresses: ok([]),
    ...overrides,
  };
}

const evaluate = (id: string, part: Ec2Inventory, at: EvalContext = context): Finding[] => [
  ...rule(id).evaluate(inventoryOf({ 'us-east-1': { ec2: part } }), at),
];

describe('EC2 prices', () => {
  it('bills gp2 and gp3 storage, and gp3 IOPS and throughput above what it includes', () => {
    expect(monthlyVolumeBill({ volumeType: 'gp2', sizeGib: 500 })).toMatchObject({ usd: 50 });
    // 200 GiB x $0.08 + 1,000 IOPS x $0.005 + 125 MiB/s x $0.04.
    const gp3 = monthlyVolumeBill({
      volumeType: 'gp3',
      sizeGib: 200,
      iops: 4000,
      throughputMibps: 250,
    });
    expect(gp3.ok && gp3.usd).toBeCloseTo(16 + 5 + 5, 9);
  });

  it('bills every provisioned IOPS of io1, and io2 IOPS in its tiers', () => {
    const io1 = monthlyVolumeBill({ volumeType: 'io1', sizeGib: 100, iops: 1000 });
    expect(io1.ok && io1.usd).toBeCloseTo(12.5 + 65, 9);
    // 32,000 x $0.065 + 8,000 x $0.0455.
    const io2 = monthlyVolumeBill({ volumeType: 'io2', sizeGib: 100, iops: 40_000 });
    expect(io2.ok && io2.usd).toBeCloseTo(12.5 + 2080 + 364, 9);
    // 32,000 x $0.065 + 32,000 x $0.0455 + 6,000 x $0.032.
    const big = monthlyVolumeBill({ volumeType: 'io2', sizeGib: 4, iops: 70_000 });
    expect(big.ok && big.usd).toBeCloseTo(0.5 + 2080 + 1456 + 192, 9);
  });

  it('bills HDD and magnetic storage, and cannot price an unknown type or a gp3 without its IOPS', () => {
    const st1 = monthlyVolumeBill({ volumeType: 'st1', sizeGib: 500 });
    expect(st1.ok && st1.usd).toBeCloseTo(22.5, 9);
    const sc1 = monthlyVolumeBill({ volumeType: 'sc1', sizeGib: 1000 });
    expect(sc1.ok && sc1.usd).toBeCloseTo(15, 9);
    const standard = monthlyVolumeBill({ volumeType: 'standard', sizeGib: 10 });
    expect(standard.ok && standard.usd).toBeCloseTo(0.5, 9);
    expect(monthlyVolumeBill({ volumeType: 'gp9', sizeGib: 10 })).toEqual({
      ok: false,
      reason: 'posture-gate has no price for volume type gp9',
    });
    expect(monthlyVolumeBill({ volumeType: 'gp3', sizeGib: 10, throughputMibps: 125 }).ok).toBe(
      false,
    );
  });

  it('gives gp2 3 IOPS per GiB (100 to 16,000) and 128 MiB/s up to 170 GiB, 250 MiB/s above', () => {
    expect(gp2Performance(10)).toEqual({ iops: 100, throughputMibps: 128 });
    expect(gp2Performance(170)).toEqual({ iops: 510, throughputMibps: 128 });
    expect(gp2Performance(171)).toEqual({ iops: 513, throughputMibps: 250 });
    expect(gp2Performance(6000)).toEqual({ iops: 16_000, throughputMibps: 250 });
    expect(gp3Equivalent(2000)).toEqual({
      volumeType: 'gp3',
      sizeGib: 2000,
      iops: 6000,
      throughputMibps: 250,
    });
    expect(gp3Equivalent(100)).toMatchObject({ iops: 3000, throughputMibps: 128 });
  });
});

describe('ec2.ebs-volume-unattached', () => {
  const id = 'ec2.ebs-volume-unattached';

  it('fails an available volume older than min-age-days and passes an attached one', () => {
    const findings = evaluate(
      id,
      ec2({
        volumes: ok([
          volume('vol-attached'),
          volume('vol-idle', {
            state: 'available',
            attachedTo: [],
            volumeType: 'gp2',
            sizeGib: 500,
          }),
        ]),
      }),
    );
    expect(statuses(findings)).toEqual({ 'vol-attached': 'PASS', 'vol-idle': 'FAIL' });
    expect(resultFor(findings, 'vol-attached').detail).toBe('The volume is attached to i-1.');
    const idle = resultFor(findings, 'vol-idle');
    expect(idle.monthlySavingsUsd).toBe(50);
    expect(idle.detail).toBe(
      'The volume is attached to nothing (state available) and was created 517 days ago: deleting it saves $50.00 a month, 500 GiB of gp2 at $0.10 per GB-month ($50.00).',
    );
  });

  it('saves provisioned IOPS and throughput with the storage', () => {
    const findings = evaluate(
      id,
      ec2({
        volumes: ok([
          volume('vol-io1', { state: 'available', attachedTo: [], volumeType: 'io1', iops: 1000 }),
          volume('vol-gp3', {
            state: 'available',
            attachedTo: [],
            sizeGib: 200,
            iops: 4000,
            throughputMibps: 250,
          }),
        ]),
      }),
    );
    expect(resultFor(findings, 'vol-io1').monthlySavingsUsd).toBe(77.5);
    expect(resultFor(findings, 'vol-io1').detail).toContain(
      '100 GiB of io1 at $0.125 per GB-month ($12.50) plus 1,000 provisioned IOPS at $0.065 per IOPS-month ($65.00)',
    );
    expect(resultFor(findings, 'vol-gp3').monthlySavingsUsd).toBe(26);
    expect(resultFor(findings, 'vol-gp3').detail).toContain(
      'plus 1,000 IOPS above the included 3,000 at $0.005 per IOPS-month ($5.00) plus 125 MiB/s above the included 125 at $0.04 per MiB/s-month ($5.00)',
    );
  });

  it("says a magnetic volume's I/O requests are not counted", () => {
    const findings = evaluate(
      id,
      ec2({
        volumes: ok([
          volume('vol-mag', {
            state: 'available',
            attachedTo: [],
            volumeType: 'standard',
            sizeGib: 10,
          }),
        ]),
      }),
    );
    const mag = resultFor(findings, 'vol-mag');
    expect(mag.monthlySavingsUsd).toBe(0.5);
    expect(mag.detail).toContain('Its $0.05 per million I/O requests is not counted');
  });

  it('skips volumes younger than min-age-days, and creating or error ones', () => {
    const findings = evaluate(
      id,
      ec2({
        volumes: ok([
          volume('vol-young', { state: 'available', attachedTo: [], createdAt: YOUNG }),
          volume('vol-creating', { state: 'creating', attachedTo: [] }),
          volume('vol-error', { state: 'error', attachedTo: [] }),
        ]),
      }),
    );
    expect(findings).toEqual([]);
    // min-age-days 0 judges the young one.
    const all = evaluate(
      id,
      ec2({
        volumes: ok([
          volume('vol-young', { state: 'available', attachedTo: [], createdAt: YOUNG }),
        ]),
      }),
      { now: NOW, minAgeDays: 0 },
    );
    expect(statuses(all)).toEqual({ 'vol-young': 'FAIL' });
  });

  it('is UNKNOWN for an available volume whose CreateTime was not collected, never PASS', () => {
    const {
      createdAt: _drop,
      volumeType: _t,
      sizeGib: _s,
      ...saved
    } = volume('vol-saved', {
      state: 'available',
      attachedTo: [],
    });
    const findings = evaluate(id, ec2({ volumes: ok([saved]) }));
    expect(statuses(findings)).toEqual({ 'vol-saved': 'UNKNOWN' });
    expect(resultFor(findings, 'vol-saved').detail).toContain('CreateTime was not collected');
  });

  it('fails without a saving when the type has no price', () => {
    const findings = evaluate(
      id,
      ec2({
        volumes: ok([volume('vol-new', { state: 'available', attachedTo: [], volumeType: 'gp9' })]),
      }),
    );
    const finding = resultFor(findings, 'vol-new');
    expect(finding.status).toBe('FAIL');
    expect(finding.monthlySavingsUsd).toBeUndefined();
    expect(finding.detail).toContain('posture-gate has no price for volume type gp9');
  });

  it('is one account-level UNKNOWN when DescribeVolumes failed', () => {
    const findings = evaluate(id, ec2({ volumes: denied('ec2:DescribeVolumes') }));
    expect(findings.map((f) => [f.resourceId, f.status, f.failedCall?.permission])).toEqual([
      [ACCOUNT, 'UNKNOWN', 'ec2:DescribeVolumes'],
    ]);
  });
});

describe('ec2.ebs-gp2-volume', () => {
  const id = 'ec2.ebs-gp2-volume';

  it('fails gp2 with the saving of gp3 at the same performance, and passes other types', () => {
    const findings = evaluate(
      id,
      ec2({
        volumes: ok([
          volume('vol-gp3'),
          volume('vol-io1', { volumeType: 'io1' }),
          volume('vol-500', { volumeType: 'gp2', sizeGib: 500, iops: 1500 }),
          volume('vol-100', { volumeType: 'gp2', sizeGib: 100, iops: 300 }),
          volume('vol-2000', { volumeType: 'gp2', sizeGib: 2000, iops: 6000 }),
        ]),
      }),
    );
    expect(statuses(findings)).toEqual({
      'vol-gp3': 'PASS',
      'vol-io1': 'PASS',
      'vol-500': 'FAIL',
      'vol-100': 'FAIL',
      'vol-2000': 'FAIL',
    });
    expect(resultFor(findings, 'vol-gp3').detail).toBe('The volume is gp3, not gp2.');
    // $50 - ($40 + 125 MiB/s x $0.04): AWS's own 500 GiB example.
    expect(resultFor(findings, 'vol-500').monthlySavingsUsd).toBe(5);
    expect(resultFor(findings, 'vol-500').detail).toBe(
      "The volume is gp2: 500 GiB at $0.10 per GB-month costs $50.00 a month; gp3 of the same size with 3,000 IOPS (gp2 gives 1,500 baseline, bursting to 3,000) and 250 MiB/s (gp2's most at 500 GiB) costs $45.00 (500 GiB of gp3 at $0.08 per GB-month ($40.00) plus 125 MiB/s above the included 125 at $0.04 per MiB/s-month ($5.00)): modifying it to gp3 saves $5.00 a month.",
    );
    // $10 - ($8 + 3 MiB/s x $0.04).
    expect(resultFor(findings, 'vol-100').monthlySavingsUsd).toBe(1.88);
    // $200 - ($160 + 3,000 IOPS x $0.005 + 125 MiB/s x $0.04).
    expect(resultFor(findings, 'vol-2000').monthlySavingsUsd).toBe(20);
  });

  it('fails a tiny gp2 volume without a saving figure: gp3 at its throughput is no cheaper', () => {
    const findings = evaluate(
      id,
      ec2({ volumes: ok([volume('vol-5', { volumeType: 'gp2', sizeGib: 5 })]) }),
    );
    const finding = resultFor(findings, 'vol-5');
    expect(finding.status).toBe('FAIL');
    expect(finding.monthlySavingsUsd).toBeUndefined();
    // $0.50 against $0.40 + $0.12.
    expect(finding.detail).toContain('costs $0.52, no less: at this size gp3 saves nothing.');
  });

  it('says an unattached gp2 volume would save more deleted', () => {
    const findings = evaluate(
      id,
      ec2({
        volumes: ok([
          volume('vol-idle', {
            state: 'available',
            attachedTo: [],
            volumeType: 'gp2',
            sizeGib: 500,
          }),
        ]),
      }),
    );
    expect(resultFor(findings, 'vol-idle').detail).toContain(
      'It is attached to nothing: deleting it would save its whole price instead.',
    );
  });

  it('is UNKNOWN when VolumeType was not collected, never PASS', () => {
    const { volumeType: _drop, ...saved } = volume('vol-saved');
    const findings = evaluate(id, ec2({ volumes: ok([saved]) }));
    expect(statuses(findings)).toEqual({ 'vol-saved': 'UNKNOWN' });
    expect(resultFor(findings, 'vol-saved').detail).toContain('VolumeType was not collected');
  });

  it('skips young volumes, as every cost check does', () => {
    const findings = evaluate(
      id,
      ec2({ volumes: ok([volume('vol-young', { volumeType: 'gp2', createdAt: YOUNG })]) }),
    );
    expect(findings).toEqual([]);
  });
});

describe('ec2.eip-unassociated', () => {
  const id = 'ec2.eip-unassociated';

  it('fails an address associated with nothing, saving 730 hours at $0.005, and passes an associated one', () => {
    const findings = evaluate(
      id,
      ec2({
        addresses: ok([
          address('eipalloc-idle'),
          address('eipalloc-used', {
            publicIp: '198.51.100.8',
            associationId: 'eipassoc-1',
            instanceId: 'i-1',
            networkInterfaceId: 'eni-1',
          }),
          address('eipalloc-eni', { associationId: 'eipassoc-2', networkInterfaceId: 'eni-2' }),
        ]),
      }),
    );
    expect(statuses(findings)).toEqual({
      'eipalloc-idle': 'FAIL',
      'eipalloc-used': 'PASS',
      'eipalloc-eni': 'PASS',
    });
    const idle = resultFor(findings, 'eipalloc-idle');
    expect(idle.monthlySavingsUsd).toBe(3.65);
    expect(idle.resourceArn).toBe(`arn:aws:ec2:us-east-1:${ACCOUNT}:elastic-ip/eipalloc-idle`);
    expect(idle.detail).toBe(
      'The address 198.51.100.7 is associated with nothing: releasing it saves $3.65 a month (730 hours at $0.005 per public IPv4 address-hour).',
    );
    expect(resultFor(findings, 'eipalloc-used').detail).toBe(
      'The address 198.51.100.8 is associated with instance i-1 (AWS charges $0.005 an hour for it all the same).',
    );
    expect(resultFor(findings, 'eipalloc-eni').detail).toContain('network interface eni-2');
  });

  it('fails a BYOIP address without a saving: AWS does not charge for it', () => {
    const findings = evaluate(
      id,
      ec2({ addresses: ok([address('eipalloc-byoip', { publicIpv4Pool: 'ipv4pool-ec2-0123' })]) }),
    );
    const byoip = resultFor(findings, 'eipalloc-byoip');
    expect(byoip.status).toBe('FAIL');
    expect(byoip.monthlySavingsUsd).toBeUndefined();
    expect(byoip.detail).toContain('BYOIP pool ipv4pool-ec2-0123');
  });

  it('is one account-level UNKNOWN when DescribeAddresses failed', () => {
    const findings = evaluate(id, ec2({ addresses: denied('ec2:DescribeAddresses') }));
    expect(findings.map((f) => [f.resourceId, f.status, f.failedCall?.permission])).toEqual([
      [ACCOUNT, 'UNKNOWN', 'ec2:DescribeAddresses'],
    ]);
  });

  it('is one account-level UNKNOWN per region when the addresses were not collected', () => {
    const { addresses: _drop, ...saved } = ec2();
    const findings = evaluate(id, saved);
    expect(findings.map((f) => [f.region, f.resourceId, f.status])).toEqual([
      ['us-east-1', ACCOUNT, 'UNKNOWN'],
    ]);
    expect(findings[0]?.detail).toContain('Elastic IP addresses were not collected in us-east-1');
  });
});

describe('the EC2 cost checks on inventories saved by 0.1.0', () => {
  // Saved before volume types, sizes, creation times and addresses were collected.
  const saved = parseSavedInventory(
    readFileSync('test/fixtures/inventories/moto-0.1.0.json', 'utf8'),
    'moto-0.1.0.json',
  );
  const results = (id: string) =>
    [...rule(id).evaluate(saved, context)].map((f) => [f.resourceId, f.status]);

  it('judge only what the file has: attached volumes pass, the rest is UNKNOWN, never PASS', () => {
    const volumes = saved.regional['us-east-1']?.ec2?.volumes;
    const listed = volumes?.ok ? volumes.value : [];
    expect(new Set(listed.map((v) => v.state))).toEqual(new Set(['in-use', 'available']));
    expect(results('ec2.ebs-volume-unattached')).toEqual(
      listed.map((v) => [v.id, v.state === 'in-use' ? 'PASS' : 'UNKNOWN']),
    );
    expect(results('ec2.ebs-gp2-volume')).toEqual(listed.map((v) => [v.id, 'UNKNOWN']));
    expect(results('ec2.eip-unassociated')).toEqual([[saved.account, 'UNKNOWN']]);
  });
});

describe('volume types that are not priced', () => {
  it('never reads a price off the prototype of the price table: the type is text AWS sent', () => {
    expect(monthlyVolumeBill({ volumeType: 'toString', sizeGib: 10 })).toEqual({
      ok: false,
      reason: 'posture-gate has no price for volume type toString',
    });
  });
});
