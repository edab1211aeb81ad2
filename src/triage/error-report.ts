import { reportConfig, type Config } from '../config/schema.js';
import type { Report } from '../model/report.js';
import { assembleReport } from './assemble.js';

export interface ErrorReportInput {
  config: Config;
  /** What went wrong, one line: it becomes the gate's only reason. */
  message: string;
  startedAt: Date;
  finishedAt?: Date;
  /** The account, when the scan got as far as learning it. */
  account?: string;
}

/**
 * The report of a scan that could not run (no credentials, no region reachable): no results,
 * `result: error` with the reason, through the same report seam as every other report, so the
 * JSON report, the outputs and the summary all say what went wrong.
 */
export function errorReport(input: ErrorReportInput): Report {
  const { config } = input;
  const report = assembleReport(
    {
      startedAt: input.startedAt.toISOString(),
      finishedAt: input.finishedAt ?? new Date(),
      account: input.account ?? 'unknown',
      regions: config.regions === 'all' ? [] : [...config.regions],
      services: [...config.services],
      config: reportConfig(config),
      results: [],
      excludedByRegion: {},
      errors: [],
      resources: () => ({}),
      stats: { apiCalls: {}, durationMsByService: {} },
    },
    { now: input.startedAt },
  );
  return { ...report, gate: { passed: false, result: 'error', reasons: [input.message] } };
}
