import { resolve } from 'node:path';
import { ConfigError, INPUTS, parseConfig, type Config } from './config/schema.js';
import type { Report } from './model/report.js';
import type { ActionLog } from './report/action-log.js';
import { escapeLog } from './report/escape.js';
import { ERROR_OUTPUTS } from './report/outputs.js';
import type { CommentLog } from './report/pr-comment.js';
import type { TriageInputs } from './triage/assemble.js';
import * as commands from './workflow-commands.js';

// Only what reading and checking the inputs needs is imported statically: the rules, the report
// renderers and the scan are imported once the inputs are valid, so that a configuration error
// (and the first AWS call) comes without loading them first. The log and the outputs go through
// ./workflow-commands.js; @actions/core is imported only by the job summary and getIDToken.

/**
 * Everything the action writes to the log, escaped for the runner: AWS-sourced text (names, tags,
 * error messages) reaches the log through here only, so no line carries a workflow command.
 */
function escapedLog(keepColor = false): ActionLog & CommentLog {
  const escape = (text: string): string => escapeLog(text, { keepColor });
  return {
    info: (text) => commands.info(escape(text)),
    notice: (text) => commands.notice(escape(text)),
    warning: (text) => commands.warning(escape(text)),
    error: (text) => commands.error(escape(text)),
    startGroup: (name) => commands.startGroup(escape(name)),
    endGroup: () => commands.endGroup(),
    setFailed: (text) => commands.setFailed(escape(text)),
  };
}

const log = escapedLog();
/** The console report was escaped cell by cell by its renderer; the log keeps its colours. */
const consoleLog = escapedLog(true);

function setOutputs(outputs: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(outputs)) commands.setOutput(name, value);
}

function failWithError(message: string): void {
  setOutputs(ERROR_OUTPUTS);
  log.setFailed(message);
}

async function writeJobSummary(markdown: string): Promise<void> {
  try {
    const { summary } = await import('@actions/core');
    await summary.addRaw(markdown).write();
  } catch (error) {
    log.warning(`Could not write the job summary: ${(error as Error).message}`);
  }
}

/** The sticky PR comment; whatever happens here, the gate is unaffected. */
async function commentOnPullRequest(report: Report, config: Config): Promise<void> {
  try {
    const [{ pullRequestEvent, commentClient }, { commentBody, postComment }] = await Promise.all([
      import('./github.js'),
      import('./report/pr-comment.js'),
    ]);
    const event = pullRequestEvent();
    const token = config.githubToken;
    await postComment(
      event,
      commentBody(report, config.reportPath),
      async () => {
        if (!token) throw new Error('github-token is empty');
        return commentClient(token, event.pullRequest ?? 0);
      },
      log,
    );
  } catch (error) {
    log.warning(`comment-on-pr: could not comment: ${(error as Error).message}`);
  }
}

function readConfig(): Config | undefined {
  const raw = Object.fromEntries(
    INPUTS.map((input) => [input.name, commands.getInput(input.name)]),
  );
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

/** The live scan, or, when it cannot start or finish, a report with `result: error` saying why. */
async function scanOrErrorReport(
  config: Config,
  triage: Omit<TriageInputs, 'now'>,
): Promise<Report> {
  const startedAt = new Date();
  try {
    const { scanAccount } = await import('./pipeline.js');
    const { report } = await scanAccount(
      config,
      {
        getIDToken: async (audience) => (await import('@actions/core')).getIDToken(audience),
        setSecret: commands.setSecret,
        log: log.info,
      },
      triage,
    );
    return report;
  } catch (error) {
    const message = `posture-gate could not run the scan: ${(error as Error).message}`;
    const { errorReport } = await import('./triage/error-report.js');
    return errorReport({ config, message, startedAt });
  }
}

/** The action: inputs, scan, JSON report, outputs, job summary, gate. */
export async function run(): Promise<void> {
  try {
    const config = readConfig();
    if (!config) return;
    if (config.githubToken) commands.setSecret(config.githubToken);
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    // The files the run writes, checked before any AWS call and named if a write fails later.
    const outputs = [
      { input: 'report-path', path: config.reportPath },
      ...(config.sarifPath === undefined ? [] : [{ input: 'sarif-path', path: config.sarifPath }]),
    ];
    const { prepareRun } = await import('./prepare.js');
    let triage: Omit<TriageInputs, 'now'>;
    try {
      triage = await prepareRun(config, (path) => resolve(workspace, path), outputs);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      failWithError(error.message);
      return;
    }
    const report = await scanOrErrorReport(config, triage);
    const [{ logConsoleReport, logOutcome }, { colorWanted }, { emitReports }, { sarifAnchor }] =
      await Promise.all([
        import('./report/action-log.js'),
        import('./report/console.js'),
        import('./report/emit.js'),
        import('./report/sarif.js'),
      ]);
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
          write: (text) => logConsoleReport(text, consoleLog),
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
      const { writeProblem } = await import('./report/write.js');
      failWithError(
        `posture-gate could not write its output: input "${output.input}" ("${output.path}") cannot be written: ${writeProblem(error)}.`,
      );
      return;
    }
    if (config.commentOnPr) await commentOnPullRequest(report, config);
    logOutcome(report, log, config.reportPath);
  } catch (error) {
    failWithError(`posture-gate could not run the scan: ${(error as Error).message}`);
  }
}
