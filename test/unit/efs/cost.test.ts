import { noIaLifecycle, throughputOverprovisioned, unused } from '../../../src/rules/efs/cost.js';
import {
  CONNECTIONS,
  GIB,
  MIB,
  NO_DATA,
  evaluate,
  efsPart,
  everyHour,
  failed,
  fileSystem,
  hourly,
  judge,
  ok,
  sizeUnreadable,
} from './fixtures.js';

/** Hourly MeteredIOBytes sums for a rate in MiB/s. */
const mibps = (rate: number): number => rate * MIB * 3600;

function provisioned(mibpsProvisioned: number, metered = ok(everyHour(mibps(0.2)))) {
  const fs = fileSystem({
    throughputMode: 'provisioned',
    provisionedThroughputMibps: mibpsProvisioned,
  });
  return fileSystem({ ...fs, metrics: { ...fs.metrics, meteredIOBytes: metered } });
}

describe('efs.throughput-overprovisioned', () => {
  it('applies only to provisioned file systems', () => {
    expect(evaluate(throughputOverprovisioned, efsPart())).toEqual([]);
  });

  it('fails below 30% mean use and saves (provisioned - ceil(peak / 0.8)) x $6.00', () => {
    const values = Array(720).fill(mibps(0.2));
    values[300] = mibps(1.0);
    const finding = judge(throughputOverprovisioned, provisioned(128, ok(hourly(values))));
    expect(finding.status).toBe('FAIL');
    // ceil(1.0 / 0.8) = 2 MiB/s recommended; (128 - 2) x 6.00
    expect(finding.monthlySavingsUsd).toBe(756);
    expect(finding.detail).toContain(
      'provisioned 128 MiB/s, peak hourly mean 1.0 MiB/s, recommend 2 MiB/s: saves $756.00 a month',
    );
    expect(finding.evidence).toMatchObject({ recommendedMibps: 2, provisionedMibps: 128 });
  });

  it('rounds the recommendation up from the peak at 80% use, to the cent', () => {
    const values = Array(720).fill(mibps(1));
    values[10] = mibps(3.3);
    const finding = judge(throughputOverprovisioned, provisioned(100, ok(hourly(values))));
    // 3.3 / 0.8 = 4.125 -> 5 MiB/s; (100 - 5) x 6.00 = 570.00
    expect(finding.monthlySavingsUsd).toBe(570);
    expect(finding.evidence).toMatchObject({ recommendedMibps: 5 });
  });

  it('recommends exactly N when the peak is exactly 0.8 x N', () => {
    const values = Array(720).fill(0);
    values[0] = mibps(2.4);
    const finding = judge(throughputOverprovisioned, provisioned(50, ok(hourly(values))));
    expect(finding.evidence).toMatchObject({ recommendedMibps: 3 });
    expect(finding.monthlySavingsUsd).toBe(282);
  });

  it('reads no datapoints as no I/O and recommends the 1 MiB/s floor', () => {
    const finding = judge(throughputOverprovisioned, provisioned(10, ok(NO_DATA)));
    expect(finding.status).toBe('FAIL');
    expect(finding.evidence).toMatchObject({ recommendedMibps: 1, meanMibps: 0 });
    expect(finding.monthlySavingsUsd).toBe(54);
  });

  it('passes at or above 30% mean use', () => {
    const finding = judge(throughputOverprovisioned, provisioned(10, ok(everyHour(mibps(3)))));
    expect(finding.status).toBe('PASS');
    expect(finding.monthlySavingsUsd).toBeUndefined();
  });

  it('is UNKNOWN, not PASS, without a provisioned figure', () => {
    const fs = provisioned(10);
    delete fs.provisionedThroughputMibps;
    const finding = judge(throughputOverprovisioned, fs);
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.detail).toContain('ProvisionedThroughputInMibps');
  });

  it('is UNKNOWN when GetMetricData failed', () => {
    const finding = judge(
      throughputOverprovisioned,
      provisioned(128, failed('cloudwatch:GetMetricData')),
    );
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.failedCall).toEqual({
      operation: 'cloudwatch:GetMetricData',
      code: 'AccessDeniedException',
      permission: 'cloudwatch:GetMetricData',
    });
  });
});

describe('efs.no-ia-lifecycle', () => {
  it('passes with a TransitionToIA rule', () => {
    expect(judge(noIaLifecycle, fileSystem()).status).toBe('PASS');
  });

  it('fails without one and saves half the Standard GB x (Standard - IA price)', () => {
    const bursting = fileSystem({ lifecycle: ok({}), throughputMode: 'bursting' });
    const finding = judge(noIaLifecycle, bursting);
    expect(finding.status).toBe('FAIL');
    // 0.5 x 100 GB x (0.30 - 0.025)
    expect(finding.monthlySavingsUsd).toBe(13.75);
    expect(finding.detail).toContain('100.0 GB in Standard moved from $0.30 to $0.025');
  });

  it('prices Infrequent Access lower on Elastic and One Zone lower still', () => {
    const elastic = fileSystem({ lifecycle: ok({ transitionToArchive: 'AFTER_90_DAYS' }) });
    expect(judge(noIaLifecycle, elastic).monthlySavingsUsd).toBe(14.2);
    const oneZone = fileSystem({ lifecycle: ok({}), availabilityZoneName: 'us-east-1a' });
    // 0.5 x 100 x (0.16 - 0.0133) = 7.335
    expect(judge(noIaLifecycle, oneZone).monthlySavingsUsd).toBe(7.34);
  });

  it('takes the size from CloudWatch StorageBytes when SizeInBytes reads zero', () => {
    const base = fileSystem({ lifecycle: ok({}), sizeInBytes: { total: 0, standard: 0 } });
    const bytes = (value: number) => ok({ timestamps: [1, 2], values: [1, value] });
    const fs = fileSystem({
      ...base,
      metrics: {
        ...base.metrics,
        storageBytes: {
          total: bytes(300 * GIB),
          standard: bytes(200 * GIB),
          infrequentAccess: bytes(100 * GIB),
        },
      },
    });
    const finding = judge(noIaLifecycle, fs);
    expect(finding.monthlySavingsUsd).toBe(28.4);
    expect(finding.detail).toContain('200.0 GB (CloudWatch StorageBytes)');
  });

  it('fails without a saving when the StorageBytes read standing in for the size failed', () => {
    const finding = judge(noIaLifecycle, sizeUnreadable(fileSystem({ lifecycle: ok({}) })));
    expect(finding.status).toBe('FAIL');
    expect(finding.monthlySavingsUsd).toBeUndefined();
    expect(finding.detail).toBe(
      'No lifecycle policy moves files to Infrequent Access. The saving could not be computed: the size is unknown (cloudwatch:GetMetricData failed with AccessDeniedException reading CloudWatch StorageBytes).',
    );
    expect(judge(noIaLifecycle, sizeUnreadable(fileSystem())).status).toBe('PASS');
  });

  it('is UNKNOWN when DescribeLifecycleConfiguration failed', () => {
    const fs = fileSystem({ lifecycle: failed('efs:DescribeLifecycleConfiguration') });
    expect(judge(noIaLifecycle, fs).status).toBe('UNKNOWN');
  });
});

describe('efs.unused', () => {
  const idle = (overrides = {}) => {
    const fs = fileSystem(overrides);
    return fileSystem({ ...fs, metrics: { ...fs.metrics, clientConnections: ok(NO_DATA) } });
  };

  it('passes with client connections in the 60-day window', () => {
    const finding = judge(unused, fileSystem());
    expect(finding.status).toBe('PASS');
    expect(finding.detail).toContain(CONNECTIONS.start.slice(0, 10));
  });

  it('dates the last connection by the last day with a non-zero Sum', () => {
    const fs = fileSystem();
    const day = Date.parse(CONNECTIONS.start) / 1000;
    const series = { timestamps: [day, day + 86_400, day + 2 * 86_400], values: [0, 3, 0] };
    const finding = judge(
      unused,
      fileSystem({ ...fs, metrics: { ...fs.metrics, clientConnections: ok(series) } }),
    );
    expect(finding.detail).toContain(
      `last on ${new Date((day + 86_400) * 1000).toISOString().slice(0, 10)}`,
    );
  });

  it('fails with no connections and saves the storage plus provisioned throughput', () => {
    const finding = judge(
      unused,
      idle({
        throughputMode: 'provisioned',
        provisionedThroughputMibps: 10,
        sizeInBytes: { total: 300 * GIB, standard: 100 * GIB, infrequentAccess: 200 * GIB },
      }),
    );
    expect(finding.status).toBe('FAIL');
    // 100 x 0.30 + 200 x 0.025 + 10 x 6.00
    expect(finding.monthlySavingsUsd).toBe(95);
    expect(finding.detail).toContain('saves $95.00 a month: 300.0 GB stored ($35.00)');
    expect(finding.detail).toContain('10 MiB/s provisioned ($60.00)');
  });

  it('fails without a saving when the StorageBytes read standing in for the size failed', () => {
    const finding = judge(unused, sizeUnreadable(idle()));
    expect(finding.status).toBe('FAIL');
    expect(finding.monthlySavingsUsd).toBeUndefined();
    expect(finding.detail).toBe(
      'No client connection in the last 60 days. The saving could not be computed: the size is unknown (cloudwatch:GetMetricData failed with AccessDeniedException reading CloudWatch StorageBytes).',
    );
    expect(judge(unused, sizeUnreadable(fileSystem())).status).toBe('PASS');
  });

  it('reads a zero Sum like no datapoints', () => {
    const fs = fileSystem();
    const zero = fileSystem({
      ...fs,
      metrics: { ...fs.metrics, clientConnections: ok({ timestamps: [1], values: [0] }) },
    });
    expect(judge(unused, zero).status).toBe('FAIL');
  });

  it('is UNKNOWN when GetMetricData failed', () => {
    const fs = fileSystem();
    const broken = fileSystem({
      ...fs,
      metrics: { ...fs.metrics, clientConnections: failed('cloudwatch:GetMetricData') },
    });
    expect(judge(unused, broken).status).toBe('UNKNOWN');
  });

  it('skips file systems younger than min-age-days', () => {
    const young = idle({ createdAt: '2026-10-20T00:00:00.000Z' });
    expect(evaluate(unused, efsPart({ fileSystems: ok([young]) }))).toEqual([]);
    const context = { now: new Date('2026-11-01T06:00:00.000Z'), minAgeDays: 5 };
    expect(evaluate(unused, efsPart({ fileSystems: ok([young]) }), context)).toHaveLength(1);
  });
});
