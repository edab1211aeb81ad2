import { parseArgs } from 'node:util';
import { InventoryFileError, loadSavedInventory } from './collect/saved-inventory.js';
import { ConfigError, INPUTS, parseConfig, type Config, type InputName } from './config/schema.js';
import { sampleInventory } from './demo/index.js';
import { ScanError } from './errors.js';
import type { Inventory } from './model/inventory.js';
import type { Report } from './model/report.js';
import { renderCatalogue } from './report/catalogue.js';
import { emitReports, FORMATS, type Format } from './report/emit.js';
import { runWarnings } from './report/notices.js';
import { readReport, ReportFileError } from './report/read.js';
import { prepareRun } from './prepare.js';
import { writeFileAtomic } from './report/write.js';
import { ALL_RULES } from './rules/index.js';
import { evaluateInventory } from './triage/evaluate.js';
import { MergeInputError, mergeReports } from './triage/merge.js';
import { TOOL_VERSION } from './version.js';

/** DESIGN.md exit codes. */
export const EXIT = { passed: 0, gateFailed: 1, usage: 2, scanFailed: 3 } as const;

/** Flags the action has no input for. */
const CLI_FLAGS = {
  inventory: 'evaluate a saved inventory file instead of calling AWS',
  'save-inventory': 'write what was collected to this file',
  format: `what goes to stdout: ${FORMATS.join(', ')} (default table)`,
  output: 'write the formatted report to this file instead of stdout',
} as const;

/** Inputs that mean something else on the command line than in the action. */
const CLI_HELP: Partial<Record<InputName, string>> = {
  'report-path': 'also write the JSON report to this file (default: none)',
};

/** Inputs only the action can honour: the CLI has no job summary to write. */
const ACTION_ONLY: Partial<Record<InputName, string>> = {
  summary:
    'Invalid flag "--summary": the job summary is written by the action only; on the command line use --format markdown (and --output FILE) for the same text.',
  'comment-on-pr':
    'Invalid flag "--comment-on-pr": the pull request comment is written by the action only; on the command line use --format markdown for the same text.',
  'github-token':
    'Invalid flag "--github-token": the token is for the action\'s pull request comment only.',
};

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
}

function helpText(): string {
  const flag = (name: string, text: string): string => `  --${name.padEnd(24)} ${text}`;
  return [
    'Usage:',
    '  posture-gate scan [flags]     audit the AWS account of the current credentials',
    '  posture-gate demo [flags]     evaluate a bundled sample account (no AWS needed)',
    '  posture-gate merge REPORT...  merge the JSON reports of several jobs into one report and gate',
    '  posture-gate checks           list every check: id, category, severity, mapping',
    '',
    'Exit codes: 0 passed, 1 gate failed, 2 usage or configuration error, 3 scan could not run.',
    '',
    'Flags (the action inputs):',
    ...INPUTS.filter((input) => !(input.name in ACTION_ONLY)).map((input) =>
      flag(
        input.name,
        CLI_HELP[input.name] ??
          `${input.description}${input.default ? ` (default ${input.default})` : ''}`,
      ),
    ),
    '',
    'Command-line flags:',
    ...Object.entries(CLI_FLAGS).map(([name, text]) => flag(name, text)),
    flag('help', 'show this text'),
    flag('version', 'print the version'),
    '',
  ].join('\n');
}

function parseCommandLine(argv: string[]) {
  const options: Record<string, { type: 'string' | 'boolean' }> = {
    help: { type: 'boolean' },
    version: { type: 'boolean' },
  };
  for (const input of INPUTS) options[input.name] = { type: 'string' };
  for (const name of Object.keys(CLI_FLAGS)) options[name] = { type: 'string' };
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}. Run "posture-gate --help" for the flags.`);
  }
}

function parseFormat(value: string | undefined): Format {
  const format = (value ?? 'table').toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(
      `Invalid flag "--format": "${value}" is not one of ${FORMATS.join(', ')}.`,
    );
  }
  return format as Format;
}

async function loadInventory(path: string): Promise<Inventory> {
  try {
    return await loadSavedInventory(path);
  } catch (error) {
    if (error instanceof InventoryFileError) {
      throw new UsageError(`Invalid flag "--inventory": ${error.message}`);
    }
    throw error;
  }
}

/** Runs one command line and returns the exit code; never calls process.exit itself. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const secrets = new Set<string>();
  const redact = (text: string): string =>
    [...secrets].reduce((out, secret) => out.split(secret).join('***'), text);
  const log = (line: string): void => io.stderr(`${redact(line)}\n`);
  try {
    const { values, positionals } = parseCommandLine(argv);
    const flags = values as Record<string, string | boolean | undefined>;
    if (flags.version) {
      io.stdout(`${TOOL_VERSION}\n`);
      return EXIT.passed;
    }
    const command = positionals[0];
    if (flags.help || !command) {
      io.stdout(helpText());
      return command || flags.help ? EXIT.passed : EXIT.usage;
    }
    if (command === 'checks') {
      io.stdout(`${renderCatalogue(ALL_RULES)}\n`);
      return EXIT.passed;
    }
    if (command !== 'scan' && command !== 'demo' && command !== 'merge') {
      throw new UsageError(
        `Unknown command "${command}": use scan, demo, merge or checks. Run "posture-gate --help".`,
      );
    }
    if (command === 'merge' && positionals.length < 2) {
      throw new UsageError('merge needs the paths of one or more JSON reports.');
    }
    if (command !== 'merge' && positionals.length > 1) {
      throw new UsageError(`Unexpected argument "${positionals[1]}". Run "posture-gate --help".`);
    }
    for (const [name, message] of Object.entries(ACTION_ONLY)) {
      if (flags[name] !== undefined) throw new UsageError(message);
    }
    const format = parseFormat(flags.format as string | undefined);
    const raw = Object.fromEntries(
      INPUTS.map((i) => [i.name, flags[i.name] as string | undefined]),
    );
    const config: Config = parseConfig(raw, io.env);
    const reportPath = flags['report-path'] as string | undefined;
    const triage = await prepareRun(config);

    let report: Report;
    const startedAt = new Date();
    if (command === 'merge') {
      const reports = await Promise.all(positionals.slice(1).map((path) => readReport(path)));
      report = mergeReports(reports, config, startedAt, triage);
    } else if (command === 'demo' || typeof flags.inventory === 'string') {
      const offline = command === 'demo' ? 'demo' : '--inventory';
      for (const flag of ['region', 'save-inventory']) {
        if (flags[flag] !== undefined) {
          throw new UsageError(
            `Invalid flag "--${flag}": ${offline} evaluates an inventory already collected, in the regions it was collected in; --${flag} applies to a live scan.`,
          );
        }
      }
      const inventory =
        command === 'demo' ? sampleInventory() : await loadInventory(flags.inventory as string);
      // The report's config records what was evaluated, not the environment's default region.
      report = evaluateInventory(
        inventory,
        { ...config, regions: inventory.regions },
        { startedAt, triage },
      );
    } else {
      // The CLI has no GitHub OIDC token source, in a workflow or not: a usage error, not exit 3.
      if (config.roleToAssume !== undefined) {
        throw new UsageError(
          'Invalid flag "--role-to-assume": the CLI does not assume roles with GitHub OIDC; it scans with the AWS credentials of the environment (profile, SSO, AWS_* variables). In a workflow, use the action, or aws-actions/configure-aws-credentials before the CLI.',
        );
      }
      const { scanAccount } = await import('./pipeline.js');
      const scanned = await scanAccount(
        config,
        {
          // Never called: without role-to-assume the scan uses the default credential chain.
          getIDToken: () => Promise.reject(new ScanError('the CLI has no GitHub OIDC token')),
          setSecret: (value) => {
            if (value) secrets.add(value);
          },
          log,
          env: io.env,
        },
        triage,
      );
      report = scanned.report;
      if (typeof flags['save-inventory'] === 'string') {
        await writeFileAtomic(
          flags['save-inventory'],
          `${JSON.stringify(scanned.inventory, null, 2)}\n`,
        );
      }
    }
    for (const warning of runWarnings(report)) log(`warning: ${warning}`);
    const output = flags.output;
    await emitReports(report, {
      ...(reportPath ? { json: { path: reportPath, file: reportPath } } : {}),
      text: {
        format,
        write: (text) =>
          typeof output === 'string'
            ? writeFileAtomic(output, text)
            : io.stdout(text.endsWith('\n') ? text : `${text}\n`),
      },
    });
    if (command === 'demo') return EXIT.passed;
    if (report.gate.result === 'error') return EXIT.scanFailed;
    return report.gate.passed ? EXIT.passed : EXIT.gateFailed;
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof ConfigError ||
      error instanceof MergeInputError ||
      error instanceof ReportFileError
    ) {
      log(error.message);
      return EXIT.usage;
    }
    log(`posture-gate could not run the scan: ${(error as Error).message}`);
    return EXIT.scanFailed;
  }
}
