import { SCORED_CATEGORIES, SEVERITY_WEIGHTS, type CheckResult } from '../model/results.js';

export interface Score {
  /** 0 to 100, one decimal. */
  score: number;
  /** False when no result counted: the score is then 100 by definition. */
  evaluated: boolean;
}

/**
 * The posture score of DESIGN.md: 100 * weight of PASS / weight of PASS and FAIL, over unsuppressed
 * security, resilience and operations results. UNKNOWN results are reported apart, not scored.
 */
export function computeScore(results: readonly CheckResult[]): Score {
  let passed = 0;
  let total = 0;
  for (const result of results) {
    if (result.suppressed || !SCORED_CATEGORIES.includes(result.category)) continue;
    if (result.status === 'UNKNOWN') continue;
    const weight = SEVERITY_WEIGHTS[result.severity];
    total += weight;
    if (result.status === 'PASS') passed += weight;
  }
  if (total === 0) return { score: 100, evaluated: false };
  // One division scaled to tenths keeps binary fractions out of the rounding (2/3 -> 66.7).
  return { score: Math.round((1000 * passed) / total) / 10, evaluated: true };
}
