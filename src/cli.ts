import { closest, distance } from 'fastest-levenshtein';
import { parseArgs } from 'node:util';
import type { CollectProgress } from './collect/index.js';
import { inventoryFileChunks } from './collect/inventory-file.js';
import { InventoryFileError, openSavedInventory } from './collect/saved-inventory.js';
import { ConfigError, INPUTS, parseConfig, type Config, type Fallback } from './config/schema.js';
import { sampleInventory } from './demo/index.js';
import { ScanError } from './errors.js';
import type { Report } from './model/report.js';
import { renderCatalogue, renderCatalogueJson, renderCatalogueText } from './report/catalogue.js';
import { colorWanted } from './report/console.js';
import { emitReports, FORMATS, type Format } from './report/emit.js';
import { escapeLog } from './report/escape.js';
import { runWarnings } from './report/notices.js';
import { readReport, ReportFileError } from './report/read.js';
import { prepareRun } from './prepare.js';
import { sarifAnchor } from './report/sarif.js';
import { writeFileAtomic } from './report/write.js';
import { ALL_RULES } from './rules/index.js';
import { evaluateInventory, evaluateParts, type EvaluateOptions } from './triage/evaluate.js';
import { MergeInputError, mergeReports } from './triage/merge.js';
import { TOOL_VERSION } from './version.js';

/** DESIGN.md exit codes. */
export const EXIT = { passed: 0, gateFailed: 1, usage: 2, scanFailed: 3 } as const;

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Columns of the terminal on stdout; 80 when unknown. */
  columns?: number;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
}

/** `3/12 eu-west-1 ec2: 140 resources, 23 calls, 1.4 s` */
function progressLine(p: CollectProgress): string {
  const plural = (n: number, noun: string): string =>
    `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
  return `${p.done}/${p.total} ${p.region} ${p.service}: ${plural(p.resources, 'resource')}, ${plural(p.calls, 'call')}, ${(p.elapsedMs / 1000).toFixed(1)} s`;
}

/**
 * The region of the profile, when nothing else names one: no --region, no AWS_REGION and no
 * AWS_DEFAULT_REGION. Read with the SDK's loader, only for a live scan.
 */
async function profileFallback(
  profile: string | undefined,
  env: NodeJS.ProcessEnv,
): Promise<Fallback | undefined> {
  if (env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim()) return undefined;
  const { profileName, profileRegion } = await import('./aws/profile.js');
  const region = await profileRegion(profile, env);
  return region === undefined
    ? undefined
    : { text: region, source: `the region of profile "${profileName(profile, env)}"` };
}

type Command = 'scan' | 'demo' | 'merge' | 'checks';
const COMMANDS: readonly Command[] = ['scan', 'demo', 'merge', 'checks'];

const USAGE: Record<Command, string[]> = {
  scan: [
    'posture-gate scan [flags]',
    'Audit the AWS account of the current credentials (or a saved inventory with --inventory).',
  ],
  demo: [
    'posture-gate demo [flags]',
    'Evaluate a bundled sample account: no AWS account and no network needed.',
  ],
  merge: [
    'posture-gate merge REPORT... [flags]',
    'Merge the JSON reports of several jobs into one report and one gate decision.',
  ],
  checks: [
    'posture-gate checks [flags]',
    'List every check: id, category, severity, title, framework mapping.',
  ],
};

interface CliFlag {
  text: string;
  type: 'string' | 'boolean';
  commands: readonly Command[];
}

/** Flags the action has no input for. */
const CLI_FLAGS: Record<string, CliFlag> = {
  inventory: {
    text: 'evaluate a saved inventory file instead of calling AWS',
    type: 'string',
    commands: ['scan'],
  },
  'save-inventory': {
    text: 'write what was collected to this file',
    type: 'string',
    commands: ['scan'],
  },
  profile: {
    text: 'the AWS CLI profile for credentials and, without --region, its region (default: AWS_PROFILE, else default)',
    type: 'string',
    commands: ['scan'],
  },
  format: {
    text: `what goes to stdout: ${FORMATS.join(', ')} (default table)`,
    type: 'string',
    commands: ['scan', 'demo', 'merge', 'checks'],
  },
  output: {
    text: 'write the formatted report to this file instead of stdout',
    type: 'string',
    commands: ['scan', 'demo', 'merge'],
  },
  quiet: {
    text: 'print only the verdict line and the gate reasons; no progress, no warnings',
    type: 'boolean',
    commands: ['scan', 'demo', 'merge'],
  },
  progress: {
    text: 'show progress on stderr for each region and service even when stderr is not a terminal',
    type: 'boolean',
    commands: ['scan'],
  },
};

/** The formats of `checks`. */
const CATALOGUE_FORMATS = ['table', 'json', 'markdown'] as const;

/** Inputs that mean something else on the command line than in the action. */
const CLI_HELP: Record<string, string> = {
  region:
    'AWS region to audit: one region, a comma list, or all. Empty: AWS_REGION, AWS_DEFAULT_REGION, the region of the profile (--profile or AWS_PROFILE), else us-east-1.',
  'report-path': 'also write the JSON report to this file (default: none)',
};

/** Inputs only the action can honour, rejected with a pointer to what the CLI does instead. */
const ACTION_ONLY: Record<string, string> = {
  summary:
    'Invalid flag "--summary": the job summary is written by the action only; on the command line use --format markdown (and --output FILE) for the same text.',
  'comment-on-pr':
    'Invalid flag "--comment-on-pr": the pull request comment is written by the action only; on the command line use --format markdown for the same text.',
  'github-token':
    'Invalid flag "--github-token": the CLI writes no pull request comment, so it needs no GitHub token.',
};

/**
 * Inputs of GitHub OIDC, which the CLI cannot honour: not in any --help, accepted (and ignored)
 * where nothing is scanned live; a live scan rejects role-to-assume.
 */
const OIDC_INPUTS: readonly string[] = [
  'role-to-assume',
  'audience',
  'role-session-name',
  'role-duration-seconds',
];

/** What only a live scan uses; demo and --inventory evaluate an inventory already collected. */
const LIVE_ONLY: readonly string[] = [
  'region',
  'max-attempts',
  'scan-timeout-minutes',
  'save-inventory',
  'profile',
  'progress',
];

/** The inputs `merge` honours: the merging job's gate, suppressions, baseline and outputs. */
const MERGE_INPUTS: readonly string[] = [
  'minimum-score',
  'fail-on-severity',
  'gate-categories',
  'fail-on-new-only',
  'fail-on-incomplete',
  'suppressions',
  'baseline',
  'report-path',
  'sarif-path',
];

/** The flags a command takes, in help order: its action inputs, then the CLI's own. */
function commandFlags(command: Command): { name: string; text: string }[] {
  const inputs =
    command === 'checks'
      ? []
      : INPUTS.filter(
          (input) =>
            !(input.name in ACTION_ONLY) &&
            !OIDC_INPUTS.includes(input.name) &&
            (command !== 'merge' || MERGE_INPUTS.includes(input.name)) &&
            (command === 'scan' || !LIVE_ONLY.includes(input.name)),
        ).map((input) => ({
          name: input.name as string,
          text:
            CLI_HELP[input.name] ??
            `${input.description}${input.default ? ` (default ${input.default})` : ''}`,
        }));
  const own = Object.entries(CLI_FLAGS)
    .filter(([, flag]) => flag.commands.includes(command))
    .map(([name, flag]) => ({
      name,
      text:
        command === 'checks' && name === 'format'
          ? `${CATALOGUE_FORMATS.join(', ')} (default table)`
          : flag.text,
    }));
  return [...inputs, ...own];
}

const flagLine = (name: string, text: string): string => `  --${name.padEnd(24)} ${text}`;

const EXIT_CODES =
  'Exit codes: 0 passed, 1 gate failed, 2 usage or configuration error, 3 scan could not run.';

function helpText(command?: Command): string {
  if (command === undefined) {
    return [
      'Usage:',
      ...COMMANDS.map((c) => `  ${(USAGE[c][0] ?? '').padEnd(38)} ${USAGE[c][1] ?? ''}`),
      '',
      'Run "posture-gate COMMAND --help" for the flags of a command.',
      '',
      EXIT_CODES,
      '',
      'Flags of every command:',
      flagLine('help', 'show this text'),
      flagLine('version', 'print the version'),
      '',
    ].join('\n');
  }
  return [
    `Usage: ${USAGE[command][0]}`,
    '',
    USAGE[command][1],
    '',
    'Flags:',
    ...commandFlags(command).map(({ name, text }) => flagLine(name, text)),
    flagLine('help', 'show this text'),
    '',
    ...(command === 'checks' ? [] : [EXIT_CODES, '']),
  ].join('\n');
}

/** Every flag any command takes (and those rejected with a message of their own). */
function allOptions(): Record<string, { type: 'string' | 'boolean' }> {
  const options: Record<string, { type: 'string' | 'boolean' }> = {
    help: { type: 'boolean' },
    version: { type: 'boolean' },
  };
  for (const input of INPUTS) options[input.name] = { type: 'string' };
  for (const [name, flag] of Object.entries(CLI_FLAGS)) options[name] = { type: flag.type };
  return options;
}

/** `Did you mean --region?` for a mistyped flag, when one is close enough. */
function suggestion(wanted: string, names: readonly string[]): string {
  const best = closest(wanted, [...names]);
  const far = best === undefined ? Infinity : distance(wanted, best);
  return far <= Math.max(2, Math.floor(wanted.length / 3)) ? ` Did you mean --${best}?` : '';
}

function parseCommandLine(argv: string[]) {
  const options = allOptions();
  // Unknown flags first, to name the closest flag of the command rather than a parser message.
  const { tokens, positionals } = parseArgs({
    args: argv,
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const first = positionals[0];
  const command = COMMANDS.find((c) => c === first);
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name in options) continue;
    const names = command
      ? [...commandFlags(command).map((f) => f.name), 'help']
      : Object.keys(options);
    const where = command ? `posture-gate ${command} --help` : 'posture-gate --help';
    throw new UsageError(
      `Unknown flag "${token.rawName}".${suggestion(token.name, names)} Run "${where}" for the flags.`,
    );
  }
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const where = command ? `posture-gate ${command} --help` : 'posture-gate --help';
    throw new UsageError(`${(error as Error).message}. Run "${where}" for the flags.`);
  }
}

/**
 * Flags given that the command does not take: a usage error naming the command, or the reason
 * for the flags with one of their own (action-only inputs, live-only flags on an offline run).
 */
function checkFlagsFor(
  command: Command,
  flags: Record<string, string | boolean | undefined>,
): void {
  for (const [name, message] of Object.entries(ACTION_ONLY)) {
    if (flags[name] !== undefined) throw new UsageError(message);
  }
  const offline =
    command === 'demo' ? 'demo' : typeof flags.inventory === 'string' ? '--inventory' : undefined;
  if (offline && command !== 'merge') {
    for (const name of LIVE_ONLY) {
      if (flags[name] !== undefined) {
        throw new UsageError(
          `Invalid flag "--${name}": ${offline} evaluates an inventory already collected, in the regions it was collected in; --${name} applies to a live scan.`,
        );
      }
    }
  }
  const taken = new Set([
    ...commandFlags(command).map((f) => f.name),
    'help',
    'version',
    ...(command === 'checks' ? [] : OIDC_INPUTS),
  ]);
  for (const [name, value] of Object.entries(flags)) {
    if (value === undefined || taken.has(name)) continue;
    throw new UsageError(
      `Invalid flag "--${name}": ${command} does not take it. Run "posture-gate ${command} --help" for its flags.`,
    );
  }
}

/** `posture-gate checks` in the format asked for. */
function renderChecks(value: string | undefined, columns: number | undefined): string {
  const format = (value ?? 'table').toLowerCase();
  if (format === 'json') return renderCatalogueJson(ALL_RULES);
  if (format === 'markdown') return `${renderCatalogue(ALL_RULES)}\n`;
  if (format === 'table') return renderCatalogueText(ALL_RULES, columns);
  throw new UsageError(
    `Invalid flag "--format": "${value}" is not one of ${CATALOGUE_FORMATS.join(', ')} for checks.`,
  );
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

/**
 * The report of a saved inventory (the demo's without a path). A saved file is judged one part at
 * a time as it is read; a part found unusable, however far into the file, is a usage error before
 * anything was written.
 */
async function offlineReport(
  path: string | undefined,
  config: Config,
  options: EvaluateOptions,
): Promise<Report> {
  if (path === undefined) {
    const inventory = sampleInventory();
    // The report's config records what was evaluated, not the environment's default region.
    return evaluateInventory(inventory, { ...config, regions: inventory.regions }, options);
  }
  try {
    const { header, parts } = await openSavedInventory(path);
    return await evaluateParts(header, parts, { ...config, regions: header.regions }, options);
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
  const log = (line: string): void => io.stderr(`${escapeLog(redact(line))}\n`);
  try {
    const { values, positionals } = parseCommandLine(argv);
    const flags = values as Record<string, string | boolean | undefined>;
    if (flags.version) {
      io.stdout(`${TOOL_VERSION}\n`);
      return EXIT.passed;
    }
    const given = positionals[0];
    const command = COMMANDS.find((c) => c === given);
    if (given !== undefined && command === undefined) {
      throw new UsageError(
        `Unknown command "${given}": use scan, demo, merge or checks. Run "posture-gate --help".`,
      );
    }
    if (flags.help || !command) {
      io.stdout(helpText(command));
      return command || flags.help ? EXIT.passed : EXIT.usage;
    }
    checkFlagsFor(command, flags);
    if (command === 'checks') {
      if (positionals.length > 1) {
        throw new UsageError(
          `Unexpected argument "${positionals[1]}". Run "posture-gate checks --help".`,
        );
      }
      io.stdout(renderChecks(flags.format as string | undefined, io.columns));
      return EXIT.passed;
    }
    if (command === 'merge' && positionals.length < 2) {
      throw new UsageError('merge needs the paths of one or more JSON reports.');
    }
    if (command !== 'merge' && positionals.length > 1) {
      throw new UsageError(
        `Unexpected argument "${positionals[1]}". Run "posture-gate ${command} --help".`,
      );
    }
    const format = parseFormat(flags.format as string | undefined);
    const quiet = flags.quiet === true;
    const say = (line: string): void => {
      if (!quiet) log(line);
    };
    const live = command === 'scan' && typeof flags.inventory !== 'string';
    const profile = flags.profile as string | undefined;
    const raw = Object.fromEntries(
      INPUTS.map((i) => [i.name, flags[i.name] as string | undefined]),
    );
    const regionFallback =
      live && flags.region === undefined ? await profileFallback(profile, io.env) : undefined;
    const config: Config = parseConfig(
      raw,
      io.env,
      regionFallback ? { region: regionFallback } : {},
    );
    const reportPath = flags['report-path'] as string | undefined;
    const triage = await prepareRun(config, undefined, [
      ...(reportPath ? [{ input: 'report-path', path: reportPath }] : []),
      ...(config.sarifPath ? [{ input: 'sarif-path', path: config.sarifPath }] : []),
    ]);

    let report: Report;
    const startedAt = new Date();
    if (command === 'merge') {
      // One file at a time: read together, every file's text and parsed tree would be alive at
      // once (1.7 GB for 25 reports of 40,000 results).
      const reports: Report[] = [];
      for (const path of positionals.slice(1)) reports.push(await readReport(path));
      report = mergeReports(reports, config, startedAt, triage);
    } else if (command === 'demo' || typeof flags.inventory === 'string') {
      report = await offlineReport(
        command === 'demo' ? undefined : (flags.inventory as string),
        config,
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
      const saveTo = flags['save-inventory'];
      const scanned = await scanAccount(
        config,
        {
          // Never called: without role-to-assume the scan uses the default credential chain.
          getIDToken: () => Promise.reject(new ScanError('the CLI has no GitHub OIDC token')),
          setSecret: (value) => {
            if (value) secrets.add(value);
          },
          log: say,
          // `region: all` calls account-wide services in the profile's region when it names one.
          env: regionFallback ? { ...io.env, AWS_REGION: regionFallback.text } : io.env,
          ...(profile === undefined ? {} : { profile }),
          ...(!quiet && (flags.progress === true || io.stderrIsTTY)
            ? { onProgress: (p: CollectProgress) => log(progressLine(p)) }
            : {}),
        },
        triage,
        typeof saveTo === 'string',
      );
      report = scanned.report;
      if (typeof saveTo === 'string' && scanned.inventory) {
        await writeFileAtomic(saveTo, inventoryFileChunks(scanned.inventory));
      }
    }
    for (const warning of runWarnings(report)) say(`warning: ${warning}`);
    const output = flags.output;
    const anchorPath = sarifAnchor(io.env.GITHUB_WORKFLOW_REF);
    const toFile = typeof output === 'string';
    await emitReports(report, {
      ...(reportPath ? { json: { path: reportPath, file: reportPath } } : {}),
      ...(config.sarifPath
        ? { sarif: { path: config.sarifPath, file: config.sarifPath, anchorPath } }
        : {}),
      text: {
        format,
        sarifAnchor: anchorPath,
        write: toFile
          ? { file: output }
          : (text) => io.stdout(text.endsWith('\n') ? text : `${text}\n`),
        // A file gets plain text 80 columns wide; the terminal its own width and, on a TTY, color.
        console: {
          quiet,
          ...(toFile || io.columns === undefined ? {} : { width: io.columns }),
          color: !toFile && colorWanted(io.env, io.stdoutIsTTY ?? false),
        },
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
