import { efsRules } from '../../../src/rules/efs/index.js';
import { unencrypted } from '../../../src/rules/efs/security.js';
import { meanRatePerSecond, minOf, peakRatePerSecond, sumOf } from '../../../src/rules/metrics.js';
import { ACCOUNT, CONTEXT, efsPart, evaluate, failed, fileSystem, hourly, ok } from './fixtures.js';

describe('the EFS catalogue', () => {
  it('says UNKNOWN for the account in the region when DescribeFileSystems failed', () => {
    const part = efsPart({ fileSystems: failed('efs:DescribeFileSystems') });
    for (const rule of efsRules) {
      const findings = evaluate(rule, part);
      expect(findings).toEqual([
        expect.objectContaining({
          status: 'UNKNOWN',
          resourceId: ACCOUNT,
          resourceType: 'AWS::::Account',
          failedCall: expect.objectContaining({
            permission: 'elasticfilesystem:DescribeFileSystems',
          }),
        }),
      ]);
    }
  });

  it('names the file system by its Name tag and ARN', () => {
    const [finding] = evaluate(unencrypted, efsPart());
    expect(finding).toMatchObject({ resourceName: 'data', resourceArn: fileSystem().arn });
  });

  it('leaves cost and performance checks out for young file systems, the others in', () => {
    const young = efsPart({
      fileSystems: ok([fileSystem({ createdAt: '2026-10-15T00:00:00.000Z' })]),
    });
    const judged = efsRules.filter((rule) => evaluate(rule, young, CONTEXT).length > 0);
    const categories = new Set(judged.map((rule) => rule.meta.category));
    expect(categories).toEqual(new Set(['security', 'resilience', 'operations']));
  });
});

describe('metric reductions', () => {
  const series = hourly([3600, 7200, 0]);

  it('sum, minimum and rates per second', () => {
    expect(sumOf(series)).toBe(10800);
    expect(minOf(series)).toBe(0);
    expect(minOf({ timestamps: [], values: [] })).toBeUndefined();
    expect(peakRatePerSecond(series, 3600)).toBe(2);
    expect(meanRatePerSecond(series, 3 * 3600)).toBe(1);
    expect(peakRatePerSecond({ timestamps: [], values: [] }, 3600)).toBe(0);
  });
});
