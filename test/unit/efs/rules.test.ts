import { efsRules } from '../../../src/rules/efs/index.js';
import { unencrypted } from '../../../src/rules/efs/security.js';
import { ALL_RULES } from '../../../src/rules/index.js';
import { meanRatePerSecond, minOf, peakRatePerSecond, sumOf } from '../../../src/rules/metrics.js';
import { ACCOUNT, CONTEXT, efsPart, evaluate, failure, fileSystem, hourly } from './fixtures.js';

const CATALOGUE = [
  ['efs.throughput-overprovisioned', 'cost', 'medium'],
  ['efs.burst-credits-low', 'performance', 'high'],
  ['efs.no-ia-lifecycle', 'cost', 'medium'],
  ['efs.maxio-unneeded', 'performance', 'low'],
  ['efs.unused', 'cost', 'medium'],
  ['efs.unencrypted', 'security', 'critical'],
  ['efs.tls-not-enforced', 'security', 'high'],
  ['efs.nfs-open-to-world', 'security', 'critical'],
  ['efs.iam-authorization-off', 'security', 'medium'],
  ['efs.root-not-squashed', 'security', 'high'],
  ['efs.critical-not-replicated', 'resilience', 'high'],
  ['efs.no-backup', 'resilience', 'high'],
  ['efs.one-zone-production', 'resilience', 'high'],
  ['efs.alarms-missing', 'operations', 'medium'],
  ['efs.metadata-hot', 'performance', 'medium'],
  ['efs.access-point-root-directory', 'security', 'medium'],
  ['efs.access-point-user-identity', 'security', 'medium'],
  ['efs.mount-target-public-subnet', 'security', 'medium'],
];

describe('the EFS catalogue', () => {
  it('has the eighteen checks of CHECKS.md, in order, with category and severity', () => {
    expect(efsRules.map((r) => [r.meta.id, r.meta.category, r.meta.severity])).toEqual(CATALOGUE);
  });

  it('is registered, each with remediation text and an AWS documentation URL', () => {
    for (const rule of efsRules) {
      expect(ALL_RULES).toContain(rule);
      expect(rule.meta.service).toBe('efs');
      expect(rule.meta.remediation.text.length).toBeGreaterThan(40);
      expect(rule.meta.remediation.url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    }
  });

  it('says UNKNOWN for the account in the region when DescribeFileSystems failed', () => {
    const part = efsPart({
      fileSystems: [],
      fileSystemsFailure: failure('efs:DescribeFileSystems'),
    });
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
      fileSystems: [fileSystem({ createdAt: '2026-10-15T00:00:00.000Z' })],
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
