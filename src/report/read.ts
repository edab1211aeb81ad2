import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Report } from '../model/report.js';

/** A file given as a report that cannot be read as one; the message names the file. */
export class ReportFileError extends Error {
  override name = 'ReportFileError';
}

/** What every reader of a report (merge, baseline) relies on: posture-gate always writes it. */
const REPORT_FILE = z.looseObject({
  schemaVersion: z.literal(1),
  account: z.string(),
  regions: z.array(z.string()),
  services: z.array(z.string()),
  config: z.looseObject({}),
  summary: z.looseObject({ excludedByRegion: z.record(z.string(), z.number()) }),
  results: z.array(z.looseObject({ id: z.string() })),
});

/** The report in `file`; messages name it as `path`, the path the user gave. */
export async function readReport(file: string, path = file): Promise<Report> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ReportFileError(`Cannot read report "${path}": ${(error as Error).message}`);
  }
  const checked = REPORT_FILE.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue?.path.length ? ` (${issue.path.join('.')}: ${issue.message})` : '';
    throw new ReportFileError(
      `"${path}" is not a posture-gate JSON report of schemaVersion 1${where}.`,
    );
  }
  return parsed as Report;
}
