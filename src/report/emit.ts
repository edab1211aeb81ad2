import type { Report } from '../model/report.js';
import { renderConsole, type ConsoleOptions } from './console.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { actionOutputs } from './outputs.js';
import { writeFileAtomic } from './write.js';

export const FORMATS = ['table', 'json', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

/** The report in one of the text formats; `reportPath` is where the summary says the JSON is. */
export function renderReport(
  report: Report,
  format: Format,
  reportPath?: string,
  consoleOptions: ConsoleOptions = {},
): string {
  if (format === 'json') return renderJson(report);
  if (format === 'markdown') return renderMarkdown(report, reportPath ? { reportPath } : {});
  return renderConsole(report, consoleOptions);
}

/** Where a run sends its report: the action and the CLI each fill in what they have. */
export interface ReportTargets {
  /** The JSON report's path as given (named in outputs and the summary), and where it is written. */
  json?: { path: string; file: string };
  /** The action's outputs. */
  setOutputs?: (outputs: Record<string, string>) => void;
  /** The report as text, in a format, to the console, stdout or a file. */
  text?: {
    format: Format;
    write: (text: string) => Promise<void> | void;
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
  if (targets.json) await writeFileAtomic(targets.json.file, renderJson(report));
  if (reportPath !== undefined) targets.setOutputs?.(actionOutputs(report, reportPath));
  if (targets.text) {
    const { format, write, console } = targets.text;
    await write(renderReport(report, format, reportPath, console));
  }
  if (targets.summary) {
    await targets.summary(renderMarkdown(report, reportPath ? { reportPath } : {}));
  }
}
