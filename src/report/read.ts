import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import {
  arnOfId,
  REPORT_SCHEMA_VERSION,
  RESOURCE_FIELDS,
  type CheckEntry,
  type Report,
  type ResourceEntry,
} from '../model/report.js';
import type { CheckResult } from '../model/results.js';

/** A file given as a report that cannot be read as one; the message names the file. */
export class ReportFileError extends Error {
  override name = 'ReportFileError';
}

/** What every reader of a report (merge, baseline) relies on, in every version. */
const COMMON = {
  account: z.string(),
  regions: z.array(z.string()),
  services: z.array(z.string()),
  config: z.looseObject({}),
  summary: z.looseObject({ excludedByRegion: z.record(z.string(), z.number()) }),
};

/**
 * A resource's fields, on each result up to version 2: a result read without them would be
 * written as a resourceTable entry that no reader takes (a baseline's resolved FAILs, a merge).
 */
const RESOURCE = {
  account: z.string(),
  region: z.string(),
  resourceId: z.string(),
  resourceArn: z.string().optional(),
  resourceName: z.string().optional(),
};

/** Version 1: every result carries its check's metadata. */
const REPORT_V1 = z.looseObject({
  ...COMMON,
  schemaVersion: z.literal(1),
  results: z.array(z.looseObject({ id: z.string(), ...RESOURCE })),
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

const V2_RESULT = STORED_RESULT.extend(RESOURCE);

/** Version 2: the check catalogue once, each result naming its check. */
const REPORT_V2 = z.looseObject({
  ...COMMON,
  schemaVersion: z.literal(2),
  checks: z.record(z.string(), CHECK_ENTRY),
  results: z.array(V2_RESULT),
  resolved: z.array(V2_RESULT).optional(),
});

const RESOURCE_ENTRY = z.looseObject({ ...RESOURCE, account: z.string().optional() });

// A result's own field over its entry's is of the entry's type: written again, it is the entry.
const TABLED_RESULT = STORED_RESULT.extend({
  ...RESOURCE_ENTRY.partial().shape,
  resource: z.int().nonnegative(),
});

/** Version 3: also each resource once, each result naming its resource by position. */
const REPORT_V3 = REPORT_V2.extend({
  schemaVersion: z.literal(3),
  resourceTable: z.array(RESOURCE_ENTRY),
  results: z.array(TABLED_RESULT),
  resolved: z.array(TABLED_RESULT).optional(),
});

const REPORT_FILE = z.discriminatedUnion('schemaVersion', [REPORT_V1, REPORT_V2, REPORT_V3]);

/**
 * A version 1 report as the current version reads in memory: its results already carry their
 * checks' metadata and their resources' fields, so only the version changes.
 */
export function upgradeV1(report: z.infer<typeof REPORT_V1>): Report {
  return { ...report, schemaVersion: REPORT_SCHEMA_VERSION } as unknown as Report;
}

type StoredResult = z.infer<typeof STORED_RESULT> & { resource?: number };

/**
 * A version 2 or 3 report in memory: each result gets its check's metadata back (the same objects
 * for every result of a check) and, from version 3, its resource's fields, and keeps whatever of
 * its check the file wrote on the result itself.
 */
function joinTables(
  report: z.infer<typeof REPORT_V2> | z.infer<typeof REPORT_V3>,
  path: string,
): Report {
  const checks = new Map<string, CheckEntry>(
    Object.entries(report.checks).map(([checkId, entry]) => [
      checkId,
      { ...entry, frameworks: entry.frameworks ?? {} } as CheckEntry,
    ]),
  );
  // An entry without its account is of the report's account; an id that is an ARN is the ARN.
  // Only its resource fields: anything else a file puts in an entry is not its results'.
  const resources =
    report.schemaVersion === 3
      ? report.resourceTable.map((entry) => {
          const arn = arnOfId(entry.resourceId);
          return {
            account: report.account,
            ...(arn === undefined ? {} : { resourceArn: arn }),
            ...Object.fromEntries(
              RESOURCE_FIELDS.filter((field) => entry[field] !== undefined).map((field) => [
                field,
                entry[field],
              ]),
            ),
          } as ResourceEntry;
        })
      : [];
  const problem = (where: string, what: string): ReportFileError =>
    new ReportFileError(
      `"${path}" is not a posture-gate JSON report of schemaVersion ${report.schemaVersion} (${where}: ${what}).`,
    );
  const join =
    (list: string) =>
    (stored: StoredResult, index: number): CheckResult => {
      const entry = checks.get(stored.checkId);
      if (!entry) {
        throw problem(`${list}.${index}.checkId`, `"${stored.checkId}" is not in checks`);
      }
      // Only version 3 has positions: a field of that name in an earlier file is the result's own.
      if (report.schemaVersion !== 3) return { ...entry, ...stored } as CheckResult;
      const { resource, ...own } = stored as z.infer<typeof TABLED_RESULT>;
      const fields = resources[resource];
      if (!fields) {
        throw problem(
          `${list}.${index}.resource`,
          `${resource} is past the end of resourceTable (${resources.length} entries)`,
        );
      }
      return { ...entry, ...fields, ...own } as CheckResult;
    };
  const {
    checks: _catalogue,
    resourceTable: _table,
    ...rest
  } = report as typeof report & { resourceTable?: unknown };
  return {
    ...rest,
    schemaVersion: REPORT_SCHEMA_VERSION,
    results: (report.results as StoredResult[]).map(join('results')),
    resolved: ((report.resolved ?? []) as StoredResult[]).map(join('resolved')),
  } as unknown as Report;
}

/** A parsed report file of any version as it reads in memory; messages name it as `path`. */
export function reportFromJson(parsed: unknown, path: string): Report {
  const checked = REPORT_FILE.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue?.path.length ? ` (${issue.path.join('.')}: ${issue.message})` : '';
    throw new ReportFileError(
      `"${path}" is not a posture-gate JSON report of schemaVersion 1, 2 or 3${where}.`,
    );
  }
  // The file's own objects, not zod's copies: those put the checked keys first, and a report read
  // back must keep its key order to be written again byte for byte.
  const report = parsed as typeof checked.data;
  return report.schemaVersion === 1 ? upgradeV1(report) : joinTables(report, path);
}

/** The report in `file`, of any version; messages name it as `path`, the path the user gave. */
export async function readReport(file: string, path = file): Promise<Report> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ReportFileError(`Cannot read report "${path}": ${(error as Error).message}`);
  }
  return reportFromJson(parsed, path);
}
