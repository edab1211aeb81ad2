import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { REPORT_SCHEMA_VERSION, type CheckEntry, type Report } from '../model/report.js';
import type { CheckResult } from '../model/results.js';

/** A file given as a report that cannot be read as one; the message names the file. */
export class ReportFileError extends Error {
  override name = 'ReportFileError';
}

/** What every reader of a report (merge, baseline) relies on, in both versions. */
const COMMON = {
  account: z.string(),
  regions: z.array(z.string()),
  services: z.array(z.string()),
  config: z.looseObject({}),
  summary: z.looseObject({ excludedByRegion: z.record(z.string(), z.number()) }),
};

/** Version 1: every result carries its check's metadata. */
const REPORT_V1 = z.looseObject({
  ...COMMON,
  schemaVersion: z.literal(1),
  results: z.array(z.looseObject({ id: z.string() })),
});

const CHECK_ENTRY = z.looseObject({
  title: z.string(),
  service: z.string(),
  category: z.string(),
  severity: z.string(),
  resourceType: z.string(),
  remediation: z.looseObject({ text: z.string(), url: z.string() }),
  frameworks: z.looseObject({}).optional(),
});

const STORED_RESULT = z.looseObject({ id: z.string(), checkId: z.string() });

/** Version 2: the check catalogue once, each result naming its check. */
const REPORT_V2 = z.looseObject({
  ...COMMON,
  schemaVersion: z.literal(2),
  checks: z.record(z.string(), CHECK_ENTRY),
  results: z.array(STORED_RESULT),
  resolved: z.array(STORED_RESULT).optional(),
});

const REPORT_FILE = z.discriminatedUnion('schemaVersion', [REPORT_V1, REPORT_V2]);

/**
 * A version 1 report as version 2 reads in memory: its results already carry their checks'
 * metadata, so only the version changes.
 */
export function upgradeV1(report: z.infer<typeof REPORT_V1>): Report {
  return { ...report, schemaVersion: REPORT_SCHEMA_VERSION } as unknown as Report;
}

/**
 * A version 2 report in memory: each result gets its check's metadata back, the same objects for
 * every result of a check, and keeps whatever of it the file wrote on the result itself.
 */
function joinChecks(report: z.infer<typeof REPORT_V2>, path: string): Report {
  const checks = new Map<string, CheckEntry>(
    Object.entries(report.checks).map(([checkId, entry]) => [
      checkId,
      { ...entry, frameworks: entry.frameworks ?? {} } as CheckEntry,
    ]),
  );
  const join =
    (list: string) =>
    (result: z.infer<typeof STORED_RESULT>, index: number): CheckResult => {
      const entry = checks.get(result.checkId);
      if (!entry) {
        throw new ReportFileError(
          `"${path}" is not a posture-gate JSON report of schemaVersion 2 (${list}.${index}.checkId: "${result.checkId}" is not in checks).`,
        );
      }
      return { ...entry, ...result } as CheckResult;
    };
  const { checks: _catalogue, ...rest } = report;
  return {
    ...rest,
    results: report.results.map(join('results')),
    resolved: (report.resolved ?? []).map(join('resolved')),
  } as unknown as Report;
}

/** A parsed report file of either version as it reads in memory; messages name it as `path`. */
export function reportFromJson(parsed: unknown, path: string): Report {
  const checked = REPORT_FILE.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue?.path.length ? ` (${issue.path.join('.')}: ${issue.message})` : '';
    throw new ReportFileError(
      `"${path}" is not a posture-gate JSON report of schemaVersion 1 or 2${where}.`,
    );
  }
  // The file's own objects, not zod's copies: those put the checked keys first, and a report read
  // back must keep its key order to be written again byte for byte.
  const report = parsed as typeof checked.data;
  return report.schemaVersion === 1 ? upgradeV1(report) : joinChecks(report, path);
}

/** The report in `file`, of version 1 or 2; messages name it as `path`, the path the user gave. */
export async function readReport(file: string, path = file): Promise<Report> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ReportFileError(`Cannot read report "${path}": ${(error as Error).message}`);
  }
  return reportFromJson(parsed, path);
}
