import * as core from '@actions/core';
import { resolve } from 'node:path';
import { ConfigError, INPUTS, parseConfig, type Config } from './config/schema.js';
import { prepareRun } from './prepare.js';
import { emitReports } from './report/emit.js';
import { colorWanted } from './report/console.js';
import { escapeConsole, escapeLog } from './report/escape.js';
import { runWarnings } from './report/notices.js';
import { ERROR_OUTPUTS } from './report/outputs.js';
import { sarifAnchor } from './report/sarif.js';
import { writeProblem } from './report/write.js';

/**
 * Everything the action writes to the log, escaped for the runner: AWS-sourced text (names, tags,
 * error messages) reaches the log through here only, so no line carries a workflow command.
 */
const log = {
  info: (text: string): void => core.info(escapeLog(text)),
  warning: (text: string): void => core.warning(escapeLog(text)),
  error: (text: string): void => core.error(escapeLog(text)),
  fail: (text: string): void => core.setFailed(escapeLog(text)),
};

function setOutputs(outputs: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}

function failWithError(message: string): void {
  setOutputs(ERROR_OUTPUTS);
  log.fail(message);
}

async function writeJobSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write();
  } catch (error) {
    log.warning(`Could not write the job summary: ${(error as Error).message}`);
  }
}

function readConfig(): Config | undefined {
  const raw = Object.fromEntries(INPUTS.map((input) => [input.name, core.getInput(input.name)]));
  try {
    return parseConfig(raw);
  } catch (error) {
    if (error instanceof ConfigError) {
      failWithError(error.message);
      return undefined;
    }
    throw error;
  }
}

/** The action: inputs, scan, JSON report, outputs, job summary, gate. */
export async function run(): Promise<void> {
  try {
    const config = readConfig();
    if (!config) return;
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    // The files the run writes, checked before any AWS call and named if a write fails later.
    const outputs = [
      { input: 'report-path', path: config.reportPath },
      ...(config.sarifPath === undefined ? [] : [{ input: 'sarif-path', path: config.sarifPath }]),
    ];
    let triage: Awaited<ReturnType<typeof prepareRun>>;
    try {
      triage = await prepareRun(config, (path) => resolve(workspace, path), outputs);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      failWithError(error.message);
      return;
    }
    const { scanAccount } = await import('./pipeline.js');
    const { report } = await scanAccount(
      config,
      {
        getIDToken: (audience) => core.getIDToken(audience),
        setSecret: (value) => core.setSecret(value),
        log: log.info,
      },
      triage,
    );
    for (const warning of runWarnings(report)) log.warning(warning);
    try {
      await emitReports(report, {
        json: { path: config.reportPath, file: resolve(workspace, config.reportPath) },
        ...(config.sarifPath === undefined
          ? {}
          : {
              sarif: {
                path: config.sarifPath,
                file: resolve(workspace, config.sarifPath),
                anchorPath: sarifAnchor(process.env.GITHUB_WORKFLOW_REF),
              },
            }),
        setOutputs,
        text: {
          format: 'table',
          // The console renderer escaped every AWS-sourced cell; the log keeps its colours.
          write: (text) => core.info(escapeLog(text, { keepColor: true })),
          // The action log is no TTY: color only when FORCE_COLOR asks for it.
          console: { color: colorWanted(process.env, false) },
        },
        ...(config.summary ? { summary: writeJobSummary } : {}),
      });
    } catch (error) {
      // Checked before the scan, an output can still fail later (a full disk, a directory removed
      // meanwhile): that is the output's problem, not the scan's; the message names its input.
      const failed = (error as NodeJS.ErrnoException).path;
      const output = outputs.find(({ path }) => {
        const file = resolve(workspace, path);
        return failed !== undefined && (failed.startsWith(file) || file.startsWith(failed));
      });
      if (output === undefined) throw error;
      failWithError(
        `posture-gate could not write its output: input "${output.input}" ("${output.path}") cannot be written: ${writeProblem(error)}.`,
      );
      return;
    }
    if (!report.gate.passed) {
      // A reason names resources: each is one line, its names escaped on it.
      const reasons = report.gate.reasons.map(escapeConsole);
      for (const reason of reasons) core.error(reason);
      core.setFailed(`posture-gate failed: ${reasons.join('; ')}`);
    }
  } catch (error) {
    failWithError(`posture-gate could not run the scan: ${(error as Error).message}`);
  }
}
