import * as core from '@actions/core';
import { resolve } from 'node:path';
import { ConfigError, INPUTS, parseConfig, type Config } from './config/schema.js';
import { prepareRun } from './prepare.js';
import { emitReports } from './report/emit.js';
import { colorWanted } from './report/console.js';
import { runWarnings } from './report/notices.js';
import { ERROR_OUTPUTS } from './report/outputs.js';
import { sarifAnchor } from './report/sarif.js';

function setOutputs(outputs: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}

function failWithError(message: string): void {
  setOutputs(ERROR_OUTPUTS);
  core.setFailed(message);
}

async function writeJobSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${(error as Error).message}`);
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
    let triage: Awaited<ReturnType<typeof prepareRun>>;
    try {
      triage = await prepareRun(config, (path) => resolve(workspace, path));
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
        log: (line) => core.info(line),
      },
      triage,
    );
    for (const warning of runWarnings(report)) core.warning(warning);
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
        write: (text) => core.info(text),
        // The action log is no TTY: color only when FORCE_COLOR asks for it.
        console: { color: colorWanted(process.env, false) },
      },
      ...(config.summary ? { summary: writeJobSummary } : {}),
    });
    if (!report.gate.passed) {
      for (const reason of report.gate.reasons) core.error(reason);
      core.setFailed(`posture-gate failed: ${report.gate.reasons.join('; ')}`);
    }
  } catch (error) {
    failWithError(`posture-gate could not run the scan: ${(error as Error).message}`);
  }
}
