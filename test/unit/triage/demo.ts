import { parseConfig } from '../../../src/config/schema.js';
import { sampleInventory } from '../../../src/demo/index.js';
import type { Report, Suppression } from '../../../src/model/report.js';
import {
  SCORED_CATEGORIES,
  SEVERITY_WEIGHTS,
  type CheckResult,
} from '../../../src/model/results.js';
import { evaluateInventory, type EvaluateOptions } from '../../../src/triage/evaluate.js';

/** When the demo inventory was collected, and the "today" of these tests. */
export const DEMO_NOW = new Date('2026-11-01T06:00:00.000Z');

/** The demo account's report for these action inputs, suppressions and baseline. */
export function demoReport(
  inputs: Record<string, string> = {},
  triage: EvaluateOptions['triage'] = {},
  now: Date = DEMO_NOW,
): Report {
  const inventory = sampleInventory();
  const config = parseConfig(inputs, {});
  return evaluateInventory(
    inventory,
    { ...config, regions: inventory.regions },
    { startedAt: now, finishedAt: new Date(now.getTime() + 60_000), triage },
  );
}

/** A suppressions entry in force well past the demo's date; override what the test is about. */
export function entry(overrides: Partial<Suppression> = {}): Suppression {
  return { index: 0, check: '*', reason: 'Accepted risk', expires: '2027-12-31', ...overrides };
}

/** ISO date `days` after `from`, as a suppressions file writes it. */
export function daysAfter(from: Date, days: number): string {
  return new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export const failsOf = (report: Report): CheckResult[] =>
  report.results.filter((r) => r.status === 'FAIL');

/** DESIGN.md's score, computed here on its own to check the report's. */
export function expectedScore(results: readonly CheckResult[]): number {
  let passed = 0;
  let total = 0;
  for (const r of results) {
    if (r.suppressed || r.status === 'UNKNOWN' || !SCORED_CATEGORIES.includes(r.category)) continue;
    total += SEVERITY_WEIGHTS[r.severity];
    if (r.status === 'PASS') passed += SEVERITY_WEIGHTS[r.severity];
  }
  return total === 0 ? 100 : Math.round((1000 * passed) / total) / 10;
}
