import { noIaLifecycle, throughputOverprovisioned, unused } from '../../../src/rules/efs/cost.js';
import type { EfsFileSystem, EfsMetrics } from '../../../src/model/efs.js';
import {
  CONNECTIONS,
  GIB,
  MIB,
  NOW,
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
const DAY_MS = 86_400_000;
const daysBefore = (days: number): string => new Date(NOW.getTime() - days * DAY_MS).toISOString();

/**
 * A provisioned file system with the fixture's 100 GiB of Standard storage, which includes
 * 100 / 20.48 = 4.8828125 MiB/s of throughput (50 KiB/s per GiB): AWS bills only what is
 * provisioned above that.
 */
function provisioned(
  mibpsProvisioned: number,
  metered = ok(everyHour(mibps(0.2))),
  overrides: Partial<EfsFileSystem> = {},
  metrics: Partial<EfsMetrics> = {},
) {
  const fs = fileSystem({
    throughputMode: 'provisioned',
    provisionedThroughputMibps: mibpsProvisioned,
    ...overrides,
  });
  return fileSystem({ ...fs, metrics: { ...fs.metrics, meteredIOBytes: metered, ...metrics } });
}

describe('efs.throughput-overprovisioned', () => {
  it('applies only to provisioned file systems', () => {
    expect(evaluate(throughputOverprovisioned, efsPart())).toEqual([]);
  });

  it('fails below 30% mean use and saves billed(provisioned) - billed(recommended) x $6.00', () => {
    // The demo's analytics-scratch: 512 GiB Standard includes 512 / 20.48 = 25 MiB/s, so of the
    // 128 MiB/s provisioned 103 are billed, and none of the 2 recommended: 103 x 6.00 = 618.00.
    const values = Array(720).fill(mibps(0.2));
    values[300] = mibps(1.0);
    const sizeInBytes = { total: 2048 * GIB, standard: 512 * GIB, infrequentAccess: 1536 * GIB };
    const finding = judge(
      throughputOverprovisioned,
      provisioned(128, ok(hourly(values)), { sizeInBytes }),
    );
    expect(finding.status).toBe('FAIL');
    expect(finding.monthlySavingsUsd).toBe(618);
    expect(finding.detail).toContain(
      'provisioned 128 MiB/s, peak hourly mean 1.0 MiB/s, recommend 2 MiB/s: saves $618.00 a month',
    );
    expect(finding.detail).toContain(
      'billed above the 25.0 MiB/s its 512.0 GB of Standard storage includes (103.0 MiB/s billed now, 0.0 at 2 MiB/s)',
    );
    expect(finding.evidence).toMatchObject({
      recommendedMibps: 2,
      provisionedMibps: 128,
      includedMibps: 25,
      billedMibps: 103,
    });
  });

  it('bills the recommendation too when it is above the included throughput', () => {
    const values = Array(720).fill(mibps(1));
    values[10] = mibps(3.3);
    const finding = judge(throughputOverprovisioned, provisioned(100, ok(hourly(values))));
    // 3.3 / 0.8 = 4.125 -> 5 MiB/s; (100 - 4.8828) - (5 - 4.8828) = 95 MiB/s x 6.00 = 570.00
    expect(finding.monthlySavingsUsd).toBe(570);
    expect(finding.evidence).toMatchObject({ recommendedMibps: 5 });
  });

  it('recommends exactly N when the peak is exactly 0.8 x N', () => {
    const values = Array(720).fill(0);
    values[0] = mibps(2.4);
    const finding = judge(throughputOverprovisioned, provisioned(50, ok(hourly(values))));
    expect(finding.evidence).toMatchObject({ recommendedMibps: 3 });
    // 3 MiB/s is within the included 4.8828: (50 - 4.8828125) x 6.00 = 270.70
    expect(finding.monthlySavingsUsd).toBe(270.7);
  });

  it('reads no datapoints as no I/O and recommends the 1 MiB/s floor', () => {
    const finding = judge(throughputOverprovisioned, provisioned(10, ok(NO_DATA)));
    expect(finding.status).toBe('FAIL');
    expect(finding.evidence).toMatchObject({ recommendedMibps: 1, meanMibps: 0 });
    // (10 - 4.8828125) x 6.00 = 30.70
    expect(finding.monthlySavingsUsd).toBe(30.7);
  });

  it('saves nothing when the Standard storage includes all that is provisioned', () => {
    const finding = judge(throughputOverprovisioned, provisioned(4));
    expect(finding.status).toBe('FAIL');
    expect(finding.monthlySavingsUsd).toBe(0);
    expect(finding.detail).toContain('(0.0 MiB/s billed now, 0.0 at 1 MiB/s)');
  });

  it('fails without a saving when the size that sets the included throughput is unknown', () => {
    const finding = judge(throughputOverprovisioned, sizeUnreadable(provisioned(128)));
    expect(finding.status).toBe('FAIL');
    expect(finding.monthlySavingsUsd).toBeUndefined();
    expect(finding.detail).toContain('recommend 1 MiB/s or switch to Elastic throughput');
    expect(finding.detail).toContain(
      'The saving could not be computed: the size is unknown (cloudwatch:GetMetricData failed with AccessDeniedException reading CloudWatch StorageBytes).',
    );
  });

  it('takes the mean over the days the file system existed, not the whole lookback', () => {
    // Created 10 days ago at 0.5 MiB/s on 1 MiB/s provisioned: 50% use, although 0.5 MiB/s
    // spread over 30 days would be 16.7%.
    const tenDays = Array(720).fill(0);
    for (let h = 480; h < 720; h++) tenDays[h] = mibps(0.5);
    const fs = provisioned(1, ok(hourly(tenDays)), { createdAt: daysBefore(10) });
    const [finding] = evaluate(throughputOverprovisioned, efsPart({ fileSystems: ok([fs]) }), {
      now: NOW,
      minAgeDays: 5,
    });
    expect(finding?.status).toBe('PASS');
    expect(finding?.detail).toBe(
      'Mean metered throughput over the 10 days since it was created is 0.50 MiB/s, 50% of the provisioned 1 MiB/s.',
    );
    expect(finding?.evidence).toMatchObject({ meanMibps: 0.5 });
  });

  describe('when the peak needs at least what is provisioned', () => {
    // 0.5 MiB/s with one hour at 9 MiB/s on 10 MiB/s: mean 5% of provisioned, but 9 / 0.8 = 11.25
    // -> 12 MiB/s. Billed provisioned throughput: (10 - 4.8828125) x 6.00 = $30.70 a month.
    const spiky = () => {
      const values = Array(720).fill(mibps(0.5));
      values[100] = mibps(9);
      return ok(hourly(values));
    };
    /** DataReadIOBytes and DataWriteIOBytes totals over the lookback, spread over its hours. */
    const io = (readGib: number, writeGib: number, hours = 720) => ({
      dataReadIOBytes: ok(hourly(Array(hours).fill((readGib * GIB) / hours))),
      dataWriteIOBytes: ok(hourly(Array(hours).fill((writeGib * GIB) / hours))),
    });

    it('recommends Elastic, never a higher figure, saving billed throughput minus the Elastic cost', () => {
      // 100 GB read x $0.03 + 50 GB written x $0.06 = $6.00; 30.70 - 6.00 = 24.70
      const finding = judge(throughputOverprovisioned, provisioned(10, spiky(), {}, io(100, 50)));
      expect(finding.status).toBe('FAIL');
      expect(finding.monthlySavingsUsd).toBe(24.7);
      expect(finding.detail).toContain(
        'needs 12 MiB/s at 80% use, more than the provisioned 10 MiB/s',
      );
      expect(finding.detail).toContain('switch to Elastic throughput');
      expect(finding.detail).toContain('100.0 GB read at $0.03 and 50.0 GB written at $0.06');
      expect(finding.detail).toContain('$6.00');
      expect(finding.detail).toContain('$30.70');
      expect(finding.detail).toContain('saves $24.70 a month');
      expect(finding.detail).not.toMatch(/recommend \d+ MiB\/s/);
      expect(finding.evidence).toMatchObject({ recommendation: 'elastic', elasticMonthlyUsd: 6 });
      expect(finding.evidence).not.toHaveProperty('recommendedMibps');
    });

    it('passes when Elastic would cost as much or more', () => {
      // 1000 x 0.03 + 500 x 0.06 = $60.00 against $30.70
      const finding = judge(throughputOverprovisioned, provisioned(10, spiky(), {}, io(1000, 500)));
      expect(finding.status).toBe('PASS');
      expect(finding.monthlySavingsUsd).toBeUndefined();
      expect(finding.detail).toContain('$60.00');
      expect(finding.detail).toContain('$30.70');
    });

    it('prices Elastic for a month from the days the file system existed', () => {
      // 15 days old: 50 GB read and 25 GB written cost $3.00 in 15 days, $6.00 in 30.
      const fs = provisioned(10, spiky(), { createdAt: daysBefore(15) }, io(50, 25, 360));
      const [finding] = evaluate(throughputOverprovisioned, efsPart({ fileSystems: ok([fs]) }), {
        now: NOW,
        minAgeDays: 5,
      });
      expect(finding?.status).toBe('FAIL');
      expect(finding?.monthlySavingsUsd).toBe(24.7);
    });

    it('fails recommending Elastic with no saving when read and write bytes were not collected', () => {
      const finding = judge(throughputOverprovisioned, provisioned(10, spiky()));
      expect(finding.status).toBe('FAIL');
      expect(finding.monthlySavingsUsd).toBeUndefined();
      expect(finding.detail).toContain('switch to Elastic throughput');
      expect(finding.detail).toContain('DataReadIOBytes and DataWriteIOBytes');
      expect(finding.evidence).toMatchObject({ recommendation: 'elastic' });
    });

    it('is UNKNOWN when the read or write bytes could not be read', () => {
      const finding = judge(
        throughputOverprovisioned,
        provisioned(
          10,
          spiky(),
          {},
          {
            ...io(100, 50),
            dataWriteIOBytes: failed('cloudwatch:GetMetricData'),
          },
        ),
      );
      expect(finding.status).toBe('UNKNOWN');
      expect(finding.failedCall?.operation).toBe('cloudwatch:GetMetricData');
    });

    it('is UNKNOWN when the size decides between Elastic and provisioned, and it is unknown', () => {
      const cheap = sizeUnreadable(provisioned(10, spiky(), {}, io(100, 50)));
      const finding = judge(throughputOverprovisioned, cheap);
      expect(finding.status).toBe('UNKNOWN');
      expect(finding.failedCall?.operation).toBe('cloudwatch:GetMetricData');
      // Elastic at $60.00 costs more than all 10 MiB/s could bill ($60.00): no size needed.
      const dear = sizeUnreadable(provisioned(10, spiky(), {}, io(1000, 500)));
      expect(judge(throughputOverprovisioned, dear).status).toBe('PASS');
    });
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

  it('fails with no connections and saves the storage plus the billed provisioned throughput', () => {
    const finding = judge(
      unused,
      idle({
        throughputMode: 'provisioned',
        provisionedThroughputMibps: 10,
        sizeInBytes: { total: 300 * GIB, standard: 100 * GIB, infrequentAccess: 200 * GIB },
      }),
    );
    expect(finding.status).toBe('FAIL');
    // 100 x 0.30 + 200 x 0.025 + (10 - 100 / 20.48) x 6.00 = 35.00 + 30.70
    expect(finding.monthlySavingsUsd).toBe(65.7);
    expect(finding.detail).toBe(
      'No client connection in the last 60 days. Deleting it saves $65.70 a month: 300.0 GB stored ($35.00) plus 5.1 MiB/s of provisioned throughput billed above the 4.9 MiB/s its Standard storage includes ($30.70).',
    );
  });

  it('counts no throughput when the Standard storage includes all that is provisioned', () => {
    const finding = judge(
      unused,
      idle({ throughputMode: 'provisioned', provisionedThroughputMibps: 4 }),
    );
    expect(finding.monthlySavingsUsd).toBe(30);
    expect(finding.detail).not.toContain('provisioned throughput');
  });

  it('says "since it was created N days ago" for a file system younger than 60 days', () => {
    const young = idle({ createdAt: new Date(NOW.getTime() - 40 * 86_400_000).toISOString() });
    const finding = judge(unused, young);
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toContain('No client connection since it was created 40 days ago.');
    const fs = fileSystem({ createdAt: young.createdAt });
    const connected = judge(unused, fs);
    expect(connected.status).toBe('PASS');
    expect(connected.detail).toContain('Clients connected since it was created 40 days ago');
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
