import type { Report } from '../model/report.js';
import { renderConsole, type ConsoleOptions } from './console.js';
import { jsonChunks, renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { actionOutputs } from './outputs.js';
import { FALLBACK_ANCHOR, renderSarif } from './sarif.js';
import { writeFileAtomic } from './write.js';

export const FORMATS = ['table', 'json', 'markdown', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * The report in one of the text formats; `reportPath` is where the summary says the JSON is, and
 * `sarifAnchor` the repository file SARIF results point at.
 */
export function renderReport(
  report: Report,
  format: Format,
  reportPath?: string,
  sarifAnchor = FALLBACK_ANCHOR,
  consoleOptions: ConsoleOptions = {},
): string {
  if (format === 'json') return renderJson(report);
  if (format === 'sarif') return renderSarif(report, { anchorPath: sarifAnchor });
  if (format === 'markdown') return renderMarkdown(report, reportPath ? { reportPath } : {});
  return renderConsole(report, consoleOptions);
}

/** Where a run sends its report: the action and the CLI each fill in what they have. */
export interface ReportTargets {
  /** The JSON report's path as given (named in outputs and the summary), and where it is written. */
  json?: { path: string; file: string };
  /** The action's outputs. */
  setOutputs?: (outputs: Record<string, string>) => void;
  /**
   * The SARIF file's path as given (named in the `sarif-path` output), where it is written, and
   * the repository file its results are anchored to.
   */
  sarif?: { path: string; file: string; anchorPath: string };
  /** The report as text, in a format, to the console, stdout or a file. */
  text?: {
    format: Format;
    /**
     * Where the text goes: a function given the whole text, or a file, written in pieces as they
     * are made (a large JSON report is never held as one string).
     */
    write: ((text: string) => Promise<void> | void) | { file: string };
    /** The file SARIF results are anchored to; `action.yml` when not given. */
    sarifAnchor?: string;
    /** Width, color and quiet for the table format. */
    console?: ConsoleOptions;
  };
  /** The job summary. */
  summary?: (markdown: string) => Promise<void>;
}

/**
 * Writes every form of one report, the JSON file first, so that a later failure (a summary that
 * cannot be written) never costs the report already on disk.
 */
export async function emitReports(report: Report, targets: ReportTargets): Promise<void> {
  const reportPath = targets.json?.path;
  if (targets.json) await writeFileAtomic(targets.json.file, jsonChunks(report));
  const { sarif } = targets;
  if (sarif) {
    await writeFileAtomic(sarif.file, renderSarif(report, { anchorPath: sarif.anchorPath }));
  }
  if (reportPath !== undefined) {
    targets.setOutputs?.({
      ...actionOutputs(report, reportPath),
      ...(sarif ? { 'sarif-path': sarif.path } : {}),
    });
  }
  if (targets.text) {
    const { format, write, sarifAnchor, console } = targets.text;
    if (typeof write !== 'function' && format === 'json') {
      await writeFileAtomic(write.file, jsonChunks(report));
    } else {
      const text = renderReport(report, format, reportPath, sarifAnchor, console);
      await (typeof write === 'function' ? write(text) : writeFileAtomic(write.file, text));
    }
  }
  if (targets.summary) {
    await targets.summary(renderMarkdown(report, reportPath ? { reportPath } : {}));
  }
}
