import { computeScore } from '../../../src/triage/score.js';
import type { Severity, Status } from '../../../src/model/results.js';
import { checkResult } from './fixtures.js';

const scored = (severity: Severity, status: Status) => checkResult({ severity, status });

describe('computeScore', () => {
  it('is 100 and not evaluated when there are no results', () => {
    expect(computeScore([])).toEqual({ score: 100, evaluated: false });
  });

  it('is 100 when every scored result passes', () => {
    const results = [scored('critical', 'PASS'), scored('low', 'PASS')];
    expect(computeScore(results)).toEqual({ score: 100, evaluated: true });
  });

  it('is 0 when every scored result fails', () => {
    expect(computeScore([scored('medium', 'FAIL')])).toEqual({ score: 0, evaluated: true });
  });

  it('weights severities 10, 5, 2, 1 and rounds to one decimal', () => {
    // PASS: high 5 + medium 2 + low 1 = 8; FAIL: critical 10; 100 * 8 / 18 = 44.44...
    const results = [
      scored('critical', 'FAIL'),
      scored('high', 'PASS'),
      scored('medium', 'PASS'),
      scored('low', 'PASS'),
    ];
    expect(computeScore(results).score).toBe(44.4);
  });

  it('rounds 2/3 up to 66.7', () => {
    // PASS critical 10, FAIL high 5: 100 * 10 / 15
    expect(computeScore([scored('critical', 'PASS'), scored('high', 'FAIL')]).score).toBe(66.7);
  });

  it('rounds a half up: 1 of 16 low checks passing is 6.3', () => {
    const results = [
      scored('low', 'PASS'),
      ...Array.from({ length: 15 }, () => scored('low', 'FAIL')),
    ];
    expect(computeScore(results).score).toBe(6.3);
  });

  it('counts resilience and operations results like security ones', () => {
    const results = [
      checkResult({ category: 'resilience', severity: 'high', status: 'PASS' }),
      checkResult({ category: 'operations', severity: 'medium', status: 'FAIL' }),
    ];
    // 100 * 5 / 7 = 71.43
    expect(computeScore(results)).toEqual({ score: 71.4, evaluated: true });
  });

  it('leaves out cost and performance results', () => {
    const results = [
      scored('low', 'PASS'),
      checkResult({
        category: 'cost',
        severity: 'critical',
        status: 'FAIL',
        monthlySavingsUsd: 40,
      }),
      checkResult({ category: 'performance', severity: 'high', status: 'FAIL' }),
    ];
    expect(computeScore(results)).toEqual({ score: 100, evaluated: true });
  });

  it('leaves out suppressed results', () => {
    const results = [
      scored('low', 'PASS'),
      checkResult({
        severity: 'critical',
        status: 'FAIL',
        suppressed: { reason: 'accepted risk' },
      }),
    ];
    expect(computeScore(results).score).toBe(100);
  });

  it('leaves out UNKNOWN results', () => {
    const results = [scored('high', 'PASS'), scored('critical', 'UNKNOWN'), scored('low', 'FAIL')];
    // 100 * 5 / 6 = 83.33
    expect(computeScore(results).score).toBe(83.3);
  });

  it('is not evaluated when only unscored results exist', () => {
    const results = [
      scored('critical', 'UNKNOWN'),
      checkResult({ category: 'cost', status: 'FAIL' }),
      checkResult({ status: 'FAIL', suppressed: { reason: 'known', expires: '2027-01-01' } }),
    ];
    expect(computeScore(results)).toEqual({ score: 100, evaluated: false });
  });
});
