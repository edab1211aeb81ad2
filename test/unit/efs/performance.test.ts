import type { EfsMetrics } from '../../../src/model/efs.js';
import { burstCreditsLow, maxioUnneeded, metadataHot } from '../../../src/rules/efs/performance.js';
import {
  NO_DATA,
  TIB,
  efsPart,
  evaluate,
  everyHour,
  failed,
  fileSystem,
  hourly,
  judge,
  ok,
  sizeUnreadable,
} from './fixtures.js';

function withMetrics(metrics: Partial<EfsMetrics>, overrides = {}) {
  const fs = fileSystem(overrides);
  return fileSystem({ ...fs, metrics: { ...fs.metrics, ...metrics } });
}

const bursting = (balance: EfsMetrics['burstCreditBalance'], sizeTib = 0.1) =>
  withMetrics(
    { burstCreditBalance: balance },
    { throughputMode: 'bursting', sizeInBytes: { total: sizeTib * TIB } },
  );

describe('efs.burst-credits-low', () => {
  it('applies only to bursting file systems', () => {
    expect(evaluate(burstCreditsLow, efsPart())).toEqual([]);
  });

  it('fails when the minimum balance fell below 10% of 2.1 TiB', () => {
    const values = Array(720).fill(2.1 * TIB);
    values[400] = 0.2 * TIB;
    const finding = judge(burstCreditsLow, bursting(ok(hourly(values))));
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toContain('was 204.8 GiB');
    expect(finding.detail).toContain('9.5% of the 2.10 TiB maximum');
  });

  it('passes at 10% or more, and scales the maximum above 1 TiB stored', () => {
    expect(judge(burstCreditsLow, bursting(ok(everyHour(0.21 * TIB)))).status).toBe('PASS');
    // 4 TiB stored: maximum 8.4 TiB, so 0.5 TiB is below 10%.
    expect(judge(burstCreditsLow, bursting(ok(everyHour(0.5 * TIB)), 4)).status).toBe('FAIL');
    expect(judge(burstCreditsLow, bursting(ok(everyHour(0.5 * TIB)), 0.5)).status).toBe('PASS');
  });

  it('grows the maximum with Standard storage only, not Infrequent Access or Archive', () => {
    // 0.5 TiB Standard + 3 TiB IA + 1 TiB Archive: only the Standard bytes earn credits, so the
    // maximum stays at 2.1 TiB and 0.5 TiB is 23.8% of it (of 9.45 TiB, it would be 5.3%).
    const tiered = bursting(ok(everyHour(0.5 * TIB)));
    tiered.sizeInBytes = {
      total: 4.5 * TIB,
      standard: 0.5 * TIB,
      infrequentAccess: 3 * TIB,
      archive: 1 * TIB,
    };
    const finding = judge(burstCreditsLow, tiered);
    expect(finding.status).toBe('PASS');
    expect(finding.detail).toContain('23.8% of the 2.10 TiB maximum');
    expect(finding.evidence).toEqual({ minimumBytes: 0.5 * TIB, maximumBytes: 2.1 * TIB });
    // 4 TiB of Standard next to the same IA: maximum 8.4 TiB, and 0.5 TiB is below 10% of it.
    tiered.sizeInBytes = { total: 7 * TIB, standard: 4 * TIB, infrequentAccess: 3 * TIB };
    const large = judge(burstCreditsLow, tiered);
    expect(large.status).toBe('FAIL');
    expect(large.detail).toContain('6.0% of the 8.40 TiB maximum');
  });

  it('is UNKNOWN when the size sets the verdict and its StorageBytes read failed', () => {
    // 0.5 TiB passes at the smallest maximum but fails above 2.4 TiB stored.
    const finding = judge(burstCreditsLow, sizeUnreadable(bursting(ok(everyHour(0.5 * TIB)))));
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.failedCall).toEqual({
      operation: 'cloudwatch:GetMetricData',
      code: 'AccessDeniedException',
      permission: 'cloudwatch:GetMetricData',
    });
  });

  it('fails without the size when the balance is low against the smallest maximum', () => {
    const finding = judge(burstCreditsLow, sizeUnreadable(bursting(ok(everyHour(0.1 * TIB)))));
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toBe(
      'The lowest burst credit balance in the last 30 days was 102.4 GiB, below 10% of the maximum at any size (4.8% of the smallest, 2.10 TiB): throughput drops to the baseline when it runs out. The maximum grows with the Standard storage, whose size is unknown (cloudwatch:GetMetricData failed with AccessDeniedException reading CloudWatch StorageBytes).',
    );
    expect(finding.evidence).toEqual({ minimumBytes: 0.1 * TIB, maximumBytes: null });
  });

  it('is UNKNOWN without datapoints, and when GetMetricData failed', () => {
    const empty = judge(burstCreditsLow, bursting(ok(NO_DATA)));
    expect(empty.status).toBe('UNKNOWN');
    expect(empty.detail).toContain('No BurstCreditBalance datapoints');
    expect(empty.failedCall).toBeUndefined();
    const denied = judge(burstCreditsLow, bursting(failed('cloudwatch:GetMetricData')));
    expect(denied.failedCall?.operation).toBe('cloudwatch:GetMetricData');
  });
});

/** Hourly MetadataIOBytes SampleCounts for a rate of operations per second. */
const opsPerSecond = (rate: number) => rate * 3600;

describe('efs.maxio-unneeded', () => {
  const maxIO = (operations: EfsMetrics['metadataOperations']) =>
    withMetrics({ metadataOperations: operations }, { performanceMode: 'maxIO' });

  it('applies only to Max I/O file systems', () => {
    expect(evaluate(maxioUnneeded, efsPart())).toEqual([]);
  });

  it('fails when the peak hourly mean of metadata operations is below 1,000 per second', () => {
    const values = Array(720).fill(opsPerSecond(10));
    values[5] = opsPerSecond(999);
    const finding = judge(maxioUnneeded, maxIO(ok(hourly(values))));
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toContain('999 metadata operations per second');
    expect(judge(maxioUnneeded, maxIO(ok(NO_DATA))).status).toBe('FAIL');
  });

  it('passes from 1,000 per second', () => {
    expect(judge(maxioUnneeded, maxIO(ok(everyHour(opsPerSecond(1000))))).status).toBe('PASS');
  });

  it('is UNKNOWN when GetMetricData failed', () => {
    expect(judge(maxioUnneeded, maxIO(failed('cloudwatch:GetMetricData'))).status).toBe('UNKNOWN');
  });
});

describe('efs.metadata-hot', () => {
  const load = (operations: EfsMetrics['metadataOperations']) =>
    withMetrics({ metadataOperations: operations });

  it('fails above 1,000 metadata operations per second at the peak hour', () => {
    const values = Array(720).fill(opsPerSecond(100));
    values[700] = opsPerSecond(1500);
    expect(judge(metadataHot, load(ok(hourly(values)))).status).toBe('FAIL');
  });

  it('passes at or below 1,000 and with no datapoints', () => {
    expect(judge(metadataHot, load(ok(everyHour(opsPerSecond(1000))))).status).toBe('PASS');
    expect(judge(metadataHot, load(ok(NO_DATA))).status).toBe('PASS');
  });

  it('is UNKNOWN when GetMetricData failed', () => {
    expect(judge(metadataHot, load(failed('cloudwatch:GetMetricData'))).status).toBe('UNKNOWN');
  });

  it('skips file systems younger than min-age-days', () => {
    const young = load(ok(everyHour(opsPerSecond(5000))));
    const part = efsPart({
      fileSystems: ok([{ ...young, createdAt: '2026-10-31T00:00:00.000Z' }]),
    });
    expect(evaluate(metadataHot, part)).toEqual([]);
  });
});
