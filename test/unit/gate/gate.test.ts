import { decideGate, severityAtLeast, type GateSettings } from '../../../src/triage/gate.js';
import type { CheckResult, Severity } from '../../../src/model/results.js';
import { parseConfig } from '../../../src/config/schema.js';
import { checkResult } from './fixtures.js';

type GateConfig = GateSettings;

/** The gate settings of the action's defaults, as parsed from no inputs at all. */
const { failOnSeverity, minimumScore, failOnIncomplete, gateCategories, failOnNewOnly } =
  parseConfig({}, {});
const DEFAULTS: GateConfig = {
  failOnSeverity,
  minimumScore,
  failOnIncomplete,
  gateCategories,
  failOnNewOnly,
};

function gate(results: CheckResult[], config: Partial<GateConfig> = {}, score = 100) {
  return decideGate({ results, score, config: { ...DEFAULTS, ...config } });
}

const failing = (severity: Severity, checkId: string, resourceId: string) =>
  checkResult({ severity, status: 'FAIL', checkId, resourceId });

describe('severityAtLeast', () => {
  it.each([
    ['critical', 'critical', true],
    ['critical', 'low', true],
    ['high', 'high', true],
    ['high', 'critical', false],
    ['medium', 'high', false],
    ['low', 'medium', false],
    ['low', 'low', true],
    ['critical', 'none', false],
  ] as const)('%s at least %s: %s', (severity, threshold, expected) => {
    expect(severityAtLeast(severity, threshold)).toBe(expected);
  });
});

describe('decideGate', () => {
  it('passes with no reasons when nothing crosses a threshold', () => {
    const results = [checkResult(), failing('high', 'ec2.public-ip', 'i-1')];
    expect(gate(results)).toEqual({ passed: true, result: 'passed', reasons: [] });
  });

  it('fails on a critical FAIL by default and names it', () => {
    const results = [failing('critical', 's3.public-access-not-blocked', 'bucket-a')];
    expect(gate(results)).toEqual({
      passed: false,
      result: 'failed',
      reasons: [
        '1 critical finding (fail-on-severity: critical): s3.public-access-not-blocked on bucket-a',
      ],
    });
  });

  it('with high, catches critical and high but not medium, one line per severity', () => {
    const results = [
      failing('medium', 'efs.iam-authorization-off', 'fs-m'),
      failing('high', 'ec2.imdsv2-not-required', 'i-2'),
      failing('critical', 'sg.all-ports-open', 'sg-1'),
      failing('high', 'ec2.ebs-volume-unencrypted', 'vol-1'),
    ];
    expect(gate(results, { failOnSeverity: 'high' }).reasons).toEqual([
      '1 critical finding (fail-on-severity: high): sg.all-ports-open on sg-1',
      '2 high findings (fail-on-severity: high): ec2.ebs-volume-unencrypted on vol-1, ec2.imdsv2-not-required on i-2',
    ]);
  });

  it('passes on medium findings when the threshold is high', () => {
    const results = [failing('medium', 'efs.iam-authorization-off', 'fs-m')];
    expect(gate(results, { failOnSeverity: 'high' }).passed).toBe(true);
  });

  it('never fails on severity with none', () => {
    const results = [failing('critical', 'sg.all-ports-open', 'sg-1')];
    expect(gate(results, { failOnSeverity: 'none' })).toEqual({
      passed: true,
      result: 'passed',
      reasons: [],
    });
  });

  it('names three findings, sorted, and counts the rest', () => {
    const results = ['e', 'd', 'c', 'b', 'a'].map((id) =>
      failing('critical', 'sg.all-ports-open', `sg-${id}`),
    );
    expect(gate(results).reasons).toEqual([
      '5 critical findings (fail-on-severity: critical): sg.all-ports-open on sg-a, sg.all-ports-open on sg-b, sg.all-ports-open on sg-c and 2 more',
    ]);
  });

  it('names a resource by its name when it has one', () => {
    const results = [
      checkResult({
        severity: 'critical',
        status: 'FAIL',
        resourceId: 'fs-0abc',
        resourceName: 'shared-home',
      }),
    ];
    expect(gate(results).reasons[0]).toMatch(/efs\.unencrypted on shared-home$/);
  });

  it('ignores suppressed FAIL results', () => {
    const results = [
      checkResult({ severity: 'critical', status: 'FAIL', suppressed: { reason: 'accepted' } }),
    ];
    expect(gate(results).passed).toBe(true);
  });

  it('leaves cost FAILs advisory by default and counts them when gate-categories lists cost', () => {
    const results = [
      checkResult({
        checkId: 'efs.unused',
        category: 'cost',
        severity: 'medium',
        status: 'FAIL',
        resourceId: 'fs-9',
      }),
    ];
    expect(gate(results, { failOnSeverity: 'medium' })).toEqual({
      passed: true,
      result: 'passed',
      reasons: [],
    });
    for (const gateCategories of [
      ['cost'] as const,
      ['security', 'resilience', 'operations', 'cost', 'performance'] as const,
    ]) {
      expect(
        gate(results, { failOnSeverity: 'medium', gateCategories: [...gateCategories] }).reasons,
      ).toEqual(['1 medium finding (fail-on-severity: medium): efs.unused on fs-9']);
    }
  });

  it('fails when the score is below minimum-score', () => {
    expect(gate([], { minimumScore: 80 }, 71.4)).toEqual({
      passed: false,
      result: 'failed',
      reasons: ['score 71.4 is below minimum-score 80'],
    });
  });

  it('passes when the score equals minimum-score', () => {
    expect(gate([], { minimumScore: 80 }, 80).passed).toBe(true);
  });

  it('fails on UNKNOWN results only with fail-on-incomplete', () => {
    const results = [
      checkResult({ status: 'PASS' }),
      ...[1, 2, 3].map(() => checkResult({ status: 'UNKNOWN' })),
    ];
    expect(gate(results).passed).toBe(true);
    expect(gate(results, { failOnIncomplete: true }).reasons).toEqual([
      '3 checks could not be assessed (fail-on-incomplete: true)',
    ]);
    expect(gate(results.slice(0, 2), { failOnIncomplete: true }).reasons).toEqual([
      '1 check could not be assessed (fail-on-incomplete: true)',
    ]);
  });

  it('is an error, never a pass, when every result is UNKNOWN', () => {
    const results = [1, 2].map(() => checkResult({ status: 'UNKNOWN' }));
    expect(gate(results)).toEqual({
      passed: false,
      result: 'error',
      reasons: [
        'no check could be assessed: all 2 results are UNKNOWN; grant the permissions the report names',
      ],
    });
  });

  it('is an error when the scan deadline cut collection short, even if the rest passed', () => {
    const cut = (resourceId: string) =>
      checkResult({
        status: 'UNKNOWN',
        resourceId,
        failedCall: {
          operation: 'ec2:DescribeSecurityGroups',
          code: 'ScanDeadline',
          permission: '',
        },
      });
    const results = [
      checkResult({ status: 'PASS', resourceId: 'vol-1' }),
      failing('critical', 'rds.publicly-accessible', 'db-1'),
      cut('sg-1'),
      cut('sg-2'),
      checkResult({ status: 'UNKNOWN', resourceId: 'other' }),
    ];
    expect(gate(results)).toEqual({
      passed: false,
      result: 'error',
      reasons: [
        '1 critical finding (fail-on-severity: critical): rds.publicly-accessible on db-1',
        'the scan-timeout-minutes deadline passed before collection finished: 2 results could not be assessed',
      ],
    });
  });

  it('passes an empty scan: nothing to judge is not a failure to look', () => {
    expect(gate([])).toEqual({ passed: true, result: 'passed', reasons: [] });
  });

  it('gives every reason, severity first, then score, then incomplete', () => {
    const results = [
      failing('critical', 'rds.publicly-accessible', 'db-1'),
      checkResult({ status: 'UNKNOWN' }),
    ];
    const decision = gate(results, { minimumScore: 90, failOnIncomplete: true }, 50);
    expect(decision.reasons).toEqual([
      '1 critical finding (fail-on-severity: critical): rds.publicly-accessible on db-1',
      'score 50 is below minimum-score 90',
      '1 check could not be assessed (fail-on-incomplete: true)',
    ]);
    expect(decision.result).toBe('failed');
  });
});
