import type { Report } from '../../../src/model/report.js';
import { decideGate, isReportOnly, type GateSettings } from '../../../src/triage/gate.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { demoReport, failsOf } from '../triage/demo.js';
import { checkResult } from './fixtures.js';

const SETTINGS: GateSettings = {
  failOnSeverity: 'critical',
  minimumScore: 0,
  failOnIncomplete: false,
  gateCategories: ['security', 'resilience', 'operations'],
  failOnNewOnly: false,
};

/** The demo's usage checks only: every one of them is a cost or performance check. */
const USAGE_CHECKS =
  'efs.unused,efs.no-ia-lifecycle,efs.throughput-overprovisioned,efs.burst-credits-low,efs.metadata-hot,efs.maxio-unneeded';

/** How many findings the gate's severity reasons count ("4 medium findings (...)"). */
const gatedCount = (report: Report): number =>
  report.gate.reasons.reduce(
    (n, reason) => n + Number(/^(\d+) \w+ (new )?findings? /.exec(reason)?.[1] ?? 0),
    0,
  );

describe('gate-categories', () => {
  const advisory = demoReport({ checks: USAGE_CHECKS, 'fail-on-severity': 'low' });

  it('leaves cost and performance FAILs advisory by default', () => {
    expect(new Set(failsOf(advisory).map((r) => r.category))).toEqual(
      new Set(['cost', 'performance']),
    );
    expect(advisory.summary.fail).toBeGreaterThan(0);
    expect(advisory.gate).toEqual({ passed: true, result: 'passed', reasons: [] });
  });

  it('counts them with all', () => {
    const all = demoReport({
      checks: USAGE_CHECKS,
      'fail-on-severity': 'low',
      'gate-categories': 'all',
    });
    expect(all.gate.passed).toBe(false);
    expect(gatedCount(all)).toBe(all.summary.fail);
    expect(all.gate.reasons.join('\n')).toMatch(/efs\.burst-credits-low on shared-home/);
  });

  it('counts only the categories it lists', () => {
    const cost = demoReport({
      checks: USAGE_CHECKS,
      'fail-on-severity': 'low',
      'gate-categories': 'cost',
    });
    const costFails = failsOf(cost).filter((r) => r.category === 'cost');
    expect(costFails.length).toBeGreaterThan(0);
    expect(gatedCount(cost)).toBe(costFails.length);
    expect(cost.gate.reasons.join('\n')).not.toMatch(/burst-credits-low|metadata-hot|maxio/);
  });

  it('changes neither the score nor the counts', () => {
    const all = demoReport({ 'gate-categories': 'all' });
    const plain = demoReport();
    expect(all.score).toBe(plain.score);
    expect(all.summary).toEqual(plain.summary);
  });

  it('leaves security FAILs out when it does not list security', () => {
    const results = [checkResult({ status: 'FAIL', severity: 'critical', category: 'security' })];
    const decision = decideGate({
      results,
      score: 100,
      config: { ...SETTINGS, gateCategories: ['resilience'] },
    });
    expect(decision.passed).toBe(true);
  });
});

describe('fail-on-new-only', () => {
  const previous = demoReport();
  const criticals = failsOf(previous).filter((r) => r.severity === 'critical');
  const [added] = criticals;
  const before: Report = { ...previous, results: previous.results.filter((r) => r !== added) };
  const gateOnNew = { 'fail-on-new-only': 'true' };

  it('passes when every FAIL is in the baseline, with the score and counts unchanged', () => {
    const same = demoReport(gateOnNew, { baseline: { path: 'b.json', report: previous } });
    expect(same.gate).toEqual({ passed: true, result: 'passed', reasons: [] });
    expect(same.score).toBe(previous.score);
    expect(same.summary.bySeverity).toEqual(previous.summary.bySeverity);
    expect(same.summary.new).toBe(0);
  });

  it('fails on a new FAIL only, naming it as new', () => {
    const report = demoReport(gateOnNew, { baseline: { path: 'b.json', report: before } });
    expect(report.gate.passed).toBe(false);
    expect(report.gate.reasons).toEqual([
      `1 critical new finding (fail-on-severity: critical): ${added?.checkId} on ${added?.resourceName ?? added?.resourceId}`,
    ]);
    expect(report.score).toBe(previous.score);
  });

  it('counts every existing FAIL again without it', () => {
    const report = demoReport({}, { baseline: { path: 'b.json', report: before } });
    expect(report.gate.reasons[0]).toMatch(
      new RegExp(`^${criticals.length} critical findings \\(fail-on-severity: critical\\)`),
    );
  });

  it('still fails on minimum-score and fail-on-incomplete', () => {
    const report = demoReport(
      { ...gateOnNew, 'minimum-score': '90', 'fail-on-incomplete': 'true' },
      { baseline: { path: 'b.json', report: previous } },
    );
    expect(report.gate.reasons).toEqual([
      `score ${previous.score} is below minimum-score 90`,
      `${previous.summary.unknown} checks could not be assessed (fail-on-incomplete: true)`,
    ]);
  });

  it('counts every FAIL when the baseline file does not exist: the gate never passes silently', () => {
    const first = demoReport(gateOnNew, { baseline: { path: 'missing.json' } });
    expect(first.gate.passed).toBe(false);
    expect(first.gate.reasons[0]).toMatch(new RegExp(`^${criticals.length} critical new findings`));
  });

  it('counts every FAIL when no baseline is given at all: the gate never passes silently', () => {
    const report = demoReport(gateOnNew);
    expect(report.gate.passed).toBe(false);
    expect(report.gate.reasons[0]).toMatch(new RegExp(`^${criticals.length} critical `));
  });
});

describe('report-only', () => {
  it('is the verdict when fail-on-severity is none and no minimum-score is set', () => {
    const report = demoReport({ 'fail-on-severity': 'none' });
    expect(isReportOnly(report.config)).toBe(true);
    expect(report.gate.passed).toBe(true);
    const markdown = renderMarkdown(report);
    expect(markdown).toMatch(/^\*\*Report only\.\*\* Posture score [\d.]+ of 100\./m);
    expect(markdown).toContain('it reports only');
    expect(markdown).not.toMatch(/^\*\*Passed\.\*\*/m);
  });

  it.each([
    ['minimum-score is set', { 'fail-on-severity': 'none', 'minimum-score': '10' }],
    ['fail-on-severity is set', { checks: 's3.versioning-off' }],
  ])('is not the verdict when %s', (_what, inputs) => {
    const report = demoReport(inputs);
    expect(isReportOnly(report.config)).toBe(false);
    expect(report.gate.passed).toBe(true);
    expect(renderMarkdown(report)).toMatch(/^\*\*Passed\.\*\*/m);
  });
});
