// What a run reads and checks before any AWS call: the check selection, the files it will write
// (the JSON report), the suppressions file and the baseline report. A problem with any of them is
// a configuration error naming the input. What only some runs need (the rules, to check a check
// selection; the suppressions and baseline readers) is imported when needed: the first AWS call of
// a run with none of them waits for none of that code (issue 13).
import { access } from 'node:fs/promises';
import { ConfigError, type Config } from './config/schema.js';
import { checkWritable, writeProblem } from './report/write.js';
import type { Suppression } from './model/report.js';
import type { TriageInputs } from './triage/assemble.js';
import type { BaselineInput } from './triage/baseline.js';

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

async function readSuppressions(file: string, path: string): Promise<Suppression[]> {
  const { loadSuppressions } = await import('./config/suppressions.js');
  return loadSuppressions(file, path);
}

/** The baseline report; a path that does not exist is allowed (a first run) and warned about. */
async function loadBaseline(file: string, path: string): Promise<BaselineInput> {
  if (!(await exists(file))) return { path };
  const { readReport, ReportFileError } = await import('./report/read.js');
  try {
    return { path, report: await readReport(file, path) };
  } catch (error) {
    if (error instanceof ReportFileError) {
      throw new ConfigError('baseline', `Invalid input "baseline": ${error.message}`);
    }
    throw error;
  }
}

/** A file the run will write, and the input that names it (`report-path`). */
export interface OutputFile {
  input: string;
  /** The path as given. */
  path: string;
}

/** Creates the directories of each output and checks it can be written, before any scan. */
async function checkOutputs(
  outputs: readonly OutputFile[],
  resolvePath: (path: string) => string,
): Promise<void> {
  for (const { input, path } of outputs) {
    try {
      await checkWritable(resolvePath(path));
    } catch (error) {
      throw new ConfigError(
        input,
        `Invalid input "${input}": "${path}" cannot be written: ${writeProblem(error)}.`,
      );
    }
  }
}

/**
 * Checks the selection and the files the run will write, and reads the files the config names.
 * `resolvePath` maps a path as given to the file (the action resolves against the workspace).
 */
export async function prepareRun(
  config: Config,
  resolvePath: (path: string) => string = (path) => path,
  outputs: readonly OutputFile[] = [],
): Promise<Omit<TriageInputs, 'now'>> {
  if (config.checks?.length || config.skipChecks?.length) {
    const [{ ALL_RULES }, { selectRules }] = await Promise.all([
      import('./rules/index.js'),
      import('./rules/select.js'),
    ]);
    selectRules(ALL_RULES, config.checks, config.skipChecks);
  }
  await checkOutputs(outputs, resolvePath);
  const { suppressions: suppressionsPath, baseline: baselinePath } = config;
  const suppressions =
    suppressionsPath === undefined
      ? undefined
      : await readSuppressions(resolvePath(suppressionsPath), suppressionsPath);
  const baseline =
    baselinePath === undefined
      ? undefined
      : await loadBaseline(resolvePath(baselinePath), baselinePath);
  return { ...(suppressions ? { suppressions } : {}), ...(baseline ? { baseline } : {}) };
}
