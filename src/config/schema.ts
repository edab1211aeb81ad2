import { SERVICES, type ServiceName, type TagFilter } from '../model/inventory.js';
import type { ReportConfig } from '../model/report.js';
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../model/results.js';
import { KNOWN_REGIONS, REGION_CODE_PATTERN, isKnownRegion } from './regions.js';

type Environment = Record<string, string | undefined>;

/** A value a parser refused: the offending text (a whole value or one list item) and why. */
export class Rejection {
  constructor(
    readonly value: string,
    readonly problem: string,
  ) {}
}

/** Turns an input's trimmed text, or its fallback when not given, into its `Config` value. */
export type Parser<T> = (text: string) => T | Rejection;

export interface Fallback {
  text: string;
  /** Where a fallback that is not the input's default came from, named in error lines. */
  source?: string;
}

function listItems(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    ),
  ];
}

function oneOf<T extends string>(allowed: readonly T[]): Parser<T> {
  return (text) => {
    const wanted = text.toLowerCase();
    const match = allowed.find((option) => option === wanted);
    return match ?? new Rejection(text, `is not one of ${allowed.join(', ')}`);
  };
}

const parseBoolean: Parser<boolean> = (text) => {
  const parsed = oneOf(['true', 'false'] as const)(text);
  return parsed instanceof Rejection ? parsed : parsed === 'true';
};

function wholeNumber(min: number, max?: number): Parser<number> {
  const range = max === undefined ? `of ${min} or more` : `from ${min} to ${max}`;
  return (text) => {
    const value = Number(text);
    const inRange =
      /^\d+$/.test(text) &&
      Number.isSafeInteger(value) &&
      value >= min &&
      (max === undefined || value <= max);
    return inRange ? value : new Rejection(text, `is not a whole number ${range}`);
  };
}

/** A number of minutes, fractions allowed (0.5 is 30 seconds), from `min` to `max`. */
function minutes(min: number, max: number): Parser<number> {
  return (text) => {
    const value = Number(text);
    return /^\d+(\.\d+)?$/.test(text) && value >= min && value <= max
      ? value
      : new Rejection(text, `is not a number of minutes from ${min} to ${max}`);
  };
}

const parseScore: Parser<number> = (text) => {
  const value = Number(text);
  return /^\d+(\.\d+)?$/.test(text) && value <= 100
    ? value
    : new Rejection(text, 'is not a number from 0 to 100');
};

const REGION_CHOICES = 'give one region, a comma list of regions, or all';

/** Region codes in the order given, or `all` for every enabled region. */
const parseRegions: Parser<string[] | 'all'> = (text) => {
  const items = listItems(text);
  if (items.length === 0) return new Rejection(text, `names no region; ${REGION_CHOICES}`);
  if (items.some((item) => item.toLowerCase() === 'all')) return 'all';
  const regions: string[] = [];
  for (const item of items) {
    const code = item.toLowerCase();
    if (!REGION_CODE_PATTERN.test(code)) {
      return new Rejection(item, `is not a region code like us-east-1; ${REGION_CHOICES}`);
    }
    if (!isKnownRegion(code)) {
      return new Rejection(item, `is not a known AWS region (${KNOWN_REGIONS.join(', ')}, or all)`);
    }
    if (!regions.includes(code)) regions.push(code);
  }
  return regions;
};

/** The region the AWS SDK would pick, so that the action and the CLI audit the expected one. */
function environmentRegion(env: Environment): Fallback {
  for (const variable of ['AWS_REGION', 'AWS_DEFAULT_REGION']) {
    const value = env[variable]?.trim();
    if (value) return { text: value, source: variable };
  }
  return { text: 'us-east-1' };
}

const SERVICE_CHOICES = [...SERVICES, 'all'] as const;

const parseServices: Parser<ServiceName[]> = (text) => {
  const items = listItems(text);
  if (items.length === 0) {
    return new Rejection(text, `names no service; give some of ${SERVICE_CHOICES.join(', ')}`);
  }
  const services: ServiceName[] = [];
  for (const item of items) {
    const choice = oneOf(SERVICE_CHOICES)(item);
    if (choice instanceof Rejection) return choice;
    if (choice === 'all') return [...SERVICES];
    if (!services.includes(choice)) services.push(choice);
  }
  return services;
};

const parseFailOnSeverity: Parser<Severity | 'none'> = oneOf([...SEVERITIES, 'none'] as const);

const ROLE_ARN_PATTERN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

const parseRoleArn: Parser<string | undefined> = (text) => {
  if (text === '') return undefined;
  return ROLE_ARN_PATTERN.test(text)
    ? text
    : new Rejection(text, 'is not an IAM role ARN like arn:aws:iam::123456789012:role/NAME');
};

const parseSessionName: Parser<string> = (text) =>
  /^[\w+=,.@-]{2,64}$/.test(text)
    ? text
    : new Rejection(text, 'is not 2 to 64 characters of letters, digits and _+=,.@-');

function nonEmpty(what: string): Parser<string> {
  return (text) => (text === '' ? new Rejection(text, `is empty; give ${what}`) : text);
}

const parseOptionalText: Parser<string | undefined> = (text) => (text === '' ? undefined : text);

/** A token; the default's unexpanded `${{ github.token }}` (outside a runner) is no token. */
const parseToken: Parser<string | undefined> = (text) =>
  text === '' || /^\$\{\{.*\}\}$/.test(text.trim()) ? undefined : text;

const NO_EXCLUDED_TAGS = 'none';

const parseTagFilters: Parser<TagFilter[]> = (text) => {
  if (text.toLowerCase() === NO_EXCLUDED_TAGS) return [];
  const items = listItems(text);
  if (items.length === 0) {
    return new Rejection(text, 'names no tag; give a comma list of Key=Value pairs, or none');
  }
  const filters: TagFilter[] = [];
  for (const item of items) {
    const separator = item.indexOf('=');
    const key = item.slice(0, separator).trim();
    const value = item.slice(separator + 1).trim();
    if (separator < 0 || key === '' || value === '') {
      return new Rejection(
        item,
        'is not a Key=Value pair; give a comma list of Key=Value pairs, or none',
      );
    }
    filters.push({ key, value });
  }
  return filters;
};

const CATEGORY_CHOICES = [...CATEGORIES, 'all'] as const;

const parseCategories: Parser<Category[]> = (text) => {
  const items = listItems(text);
  if (items.length === 0) {
    return new Rejection(text, `names no category; give some of ${CATEGORY_CHOICES.join(', ')}`);
  }
  const categories: Category[] = [];
  for (const item of items) {
    const choice = oneOf(CATEGORY_CHOICES)(item);
    if (choice instanceof Rejection) return choice;
    if (choice === 'all') return [...CATEGORIES];
    if (!categories.includes(choice)) categories.push(choice);
  }
  return categories;
};

/** A check id or a glob of ids: lower-case letters, digits, `.`, `-`, `*` and `?`. */
const CHECK_PATTERN = /^[a-z0-9*?]+(\.[a-z0-9*?-]+)?$/;

/**
 * Check ids or globs, as given; undefined for every check. Whether each names a check is decided
 * against the catalogue, which the rules own (src/rules/select.ts).
 */
function checkPatterns(allMeansEvery: boolean): Parser<string[] | undefined> {
  return (text) => {
    const items = listItems(text.toLowerCase());
    if (items.length === 0) return undefined;
    if (allMeansEvery && items.includes('all')) return undefined;
    const bad = items.find((item) => !CHECK_PATTERN.test(item));
    return bad === undefined
      ? items
      : new Rejection(bad, 'is not a check id like s3.versioning-off or a glob like s3.*');
  };
}

export interface InputSpec {
  /** The action input and the CLI flag. */
  name: string;
  /** The `Config` property that holds the parsed value. */
  key: string;
  /** The value used when the input is not given; action.yml carries the same text. */
  default: string;
  description: string;
  /** A parser that can return `undefined` makes its `Config` property optional. */
  parse: Parser<unknown>;
  /** Where the text comes from when the input is not given, if that depends on the run. */
  fallback?: (env: Environment) => Fallback;
}

/**
 * Every action input and CLI flag: the single source of names, defaults, help text, parsers
 * and `Config` properties. action.yml must list the same inputs with the same defaults and
 * descriptions.
 */
export const INPUTS = [
  {
    name: 'region',
    key: 'regions',
    default: '',
    description:
      'AWS region to audit: one region (us-east-1), a comma list, or all (every enabled region). Empty: AWS_REGION or AWS_DEFAULT_REGION of the environment, else us-east-1.',
    parse: parseRegions,
    fallback: environmentRegion,
  },
  {
    name: 'services',
    key: 'services',
    default: 'all',
    description: 'Services to audit: a comma list of efs, ec2, sg, rds, s3, iam, or all.',
    parse: parseServices,
  },
  {
    name: 'minimum-score',
    key: 'minimumScore',
    default: '0',
    description: 'Fail when the posture score (0 to 100) is below this.',
    parse: parseScore,
  },
  {
    name: 'fail-on-severity',
    key: 'failOnSeverity',
    default: 'critical',
    description:
      'Fail when an unsuppressed FAIL of this severity or higher exists: critical, high, medium, low, or none.',
    parse: parseFailOnSeverity,
  },
  {
    name: 'gate-categories',
    key: 'gateCategories',
    default: 'security,resilience,operations',
    description:
      'Categories whose FAILs fail-on-severity counts: a comma list of security, resilience, operations, cost, performance, or all. Cost and performance findings are advisory unless listed.',
    parse: parseCategories,
  },
  {
    name: 'checks',
    key: 'checks',
    default: 'all',
    description:
      'Only run these checks: a comma list of check ids or globs (s3.*, efs.*-open-*), or all.',
    parse: checkPatterns(true),
  },
  {
    name: 'skip-checks',
    key: 'skipChecks',
    default: '',
    description:
      'Never run these checks: a comma list of check ids or globs, applied after checks.',
    parse: checkPatterns(false),
  },
  {
    name: 'fail-on-new-only',
    key: 'failOnNewOnly',
    default: 'false',
    description:
      'With a baseline, only new findings count for fail-on-severity: true or false. The score is unchanged.',
    parse: parseBoolean,
  },
  {
    name: 'fail-on-incomplete',
    key: 'failOnIncomplete',
    default: 'false',
    description:
      'Fail when any check could not be assessed (UNKNOWN: missing permissions, API errors): true or false.',
    parse: parseBoolean,
  },
  {
    name: 'role-to-assume',
    key: 'roleToAssume',
    default: '',
    description:
      'ARN of an IAM role to assume with GitHub OIDC (the job needs permissions id-token: write). Empty: use the credentials already in the environment.',
    parse: parseRoleArn,
  },
  {
    name: 'audience',
    key: 'audience',
    default: 'sts.amazonaws.com',
    description: 'OIDC audience of the GitHub token exchanged for the role.',
    parse: nonEmpty('the OIDC audience'),
  },
  {
    name: 'role-session-name',
    key: 'roleSessionName',
    default: 'posture-gate',
    description:
      'Session name for the assumed role: 2 to 64 characters of letters, digits and _+=,.@-',
    parse: parseSessionName,
  },
  {
    name: 'role-duration-seconds',
    key: 'roleDurationSeconds',
    default: '3600',
    description: 'Length of the assumed-role session in seconds, 900 to 43200.',
    parse: wholeNumber(900, 43200),
  },
  {
    name: 'environment',
    key: 'environment',
    default: '',
    description:
      'Only audit resources whose Environment tag (that key exactly) equals this, compared case-insensitively. Empty: every resource.',
    parse: parseOptionalText,
  },
  {
    name: 'exclude-tags',
    key: 'excludeTags',
    default: 'ExcludeFromAnalysis=true,Temporary=true',
    description:
      'Leave out resources carrying any of these tags and count them as excluded: a comma list of Key=Value pairs (keys match exactly, as AWS tag keys are case-sensitive; values case-insensitively), or none to exclude nothing.',
    parse: parseTagFilters,
  },
  {
    name: 'min-age-days',
    key: 'minAgeDays',
    default: '30',
    description:
      'Usage-based checks (cost, performance) skip resources younger than this many days.',
    parse: wholeNumber(0),
  },
  {
    name: 'suppressions',
    key: 'suppressions',
    default: '',
    description:
      'Path to a suppressions YAML file: exceptions with a reason and an expiry date. Empty: none.',
    parse: parseOptionalText,
  },
  {
    name: 'baseline',
    key: 'baseline',
    default: '',
    description:
      'Path to an earlier JSON report: findings not in it are new. A path that does not exist is a warning, and every finding is new.',
    parse: parseOptionalText,
  },
  {
    name: 'report-path',
    key: 'reportPath',
    default: 'posture-report.json',
    description: 'Where the JSON report is written.',
    parse: nonEmpty('a file path'),
  },
  {
    name: 'sarif-path',
    key: 'sarifPath',
    default: '',
    description:
      'Where a SARIF 2.1.0 file of the FAIL results is written, for GitHub code scanning (upload it with github/codeql-action/upload-sarif). Empty: none.',
    parse: parseOptionalText,
  },
  {
    name: 'summary',
    key: 'summary',
    default: 'true',
    description: 'Write the job summary: true or false.',
    parse: parseBoolean,
  },
  {
    name: 'comment-on-pr',
    key: 'commentOnPr',
    default: 'false',
    description:
      'On pull_request and pull_request_target events, create or update one comment on the pull request with the summary: true or false. Needs permissions pull-requests: write.',
    parse: parseBoolean,
  },
  {
    name: 'github-token',
    key: 'githubToken',
    default: '${{ github.token }}',
    description: 'Token for the pull request comment.',
    parse: parseToken,
  },
  {
    name: 'max-attempts',
    key: 'maxAttempts',
    default: '8',
    description: 'AWS SDK attempts per call, 1 to 20 (adaptive retry mode).',
    parse: wholeNumber(1, 20),
  },
  {
    name: 'scan-timeout-minutes',
    key: 'scanTimeoutMinutes',
    default: '60',
    description:
      'Deadline for the whole scan, in minutes (0.1 to 1440, fractions allowed): past it, collection stops, what was not collected is UNKNOWN, the report and summary are written, and the result is error.',
    parse: minutes(0.1, 1440),
  },
] as const satisfies readonly InputSpec[];

export type InputName = (typeof INPUTS)[number]['name'];

/** The value an input's parser gives for a text it accepts. */
type Parsed<Spec extends InputSpec> = Exclude<ReturnType<Spec['parse']>, Rejection>;

/** Those of a union of inputs whose parser can return `undefined`, one input at a time. */
type OptionalInputs<Spec extends InputSpec> = Spec extends unknown
  ? undefined extends Parsed<Spec>
    ? Spec
    : never
  : never;

/** Shows a mapped type as one plain object type in editors and error messages. */
type Flatten<T> = { [K in keyof T]: T[K] };

/**
 * The typed configuration a table of inputs parses to: one property per input, named by its
 * `key`, optional when the input can be left out.
 */
export type ConfigOf<Table extends readonly InputSpec[]> = Flatten<
  {
    [Spec in Exclude<Table[number], OptionalInputs<Table[number]>> as Spec['key']]: Parsed<Spec>;
  } & {
    [Spec in OptionalInputs<Table[number]> as Spec['key']]?: Exclude<Parsed<Spec>, undefined>;
  }
>;

export type Config = ConfigOf<typeof INPUTS>;

/** Bad input values; `message` is the first line, `lines` has the first problem of every input. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(
    readonly input: string,
    message: string,
    readonly lines: readonly string[] = [message],
  ) {
    super(message);
  }
}

function errorLine(name: string, rejection: Rejection, source: string | undefined): string {
  const from = source === undefined ? '' : ` (from ${source})`;
  return `Invalid input "${name}": ${JSON.stringify(rejection.value)}${from} ${rejection.problem}.`;
}

/** One input parsed, or the line that says why it was refused. */
type InputOutcome = { value: unknown } | { line: string };

/**
 * One input: the raw text, trimmed, with empty meaning "not given" (the runner passes empty
 * strings for unset inputs), parsed into its typed value or rejected with one line.
 */
function parseInput(
  spec: InputSpec,
  raw: unknown,
  env: Environment,
  given: Fallback | undefined,
): InputOutcome {
  if (raw !== undefined && typeof raw !== 'string') {
    return { line: `Invalid input "${spec.name}": expected text.` };
  }
  const fallback = given ?? spec.fallback?.(env) ?? { text: spec.default };
  const trimmed = raw?.trim() ?? '';
  const parsed = spec.parse(trimmed === '' ? fallback.text : trimmed);
  if (parsed instanceof Rejection) {
    return { line: errorLine(spec.name, parsed, trimmed === '' ? fallback.source : undefined) };
  }
  return { value: parsed };
}

/** The config of an input table, or one line for each input that was refused, in table order. */
export type InputsOutcome<Table extends readonly InputSpec[]> =
  { ok: true; config: ConfigOf<Table> } | { ok: false; errors: { input: string; line: string }[] };

/**
 * Raw inputs (kebab-case keys) to the config of any input table; `parseConfig` is this for INPUTS.
 * Unknown keys are ignored: the CLI rejects unknown flags itself. Every parser is the input's own,
 * so no schema library is loaded here: the action validates its inputs before anything else, and
 * zod would add about 20 ms to every start (issue 13).
 */
export function parseInputs<Table extends readonly InputSpec[]>(
  table: Table,
  raw: Readonly<Record<string, unknown>>,
  env: Environment,
  fallbacks: Readonly<Record<string, Fallback>> = {},
): InputsOutcome<Table> {
  const config: Record<string, unknown> = {};
  const errors: { input: string; line: string }[] = [];
  for (const spec of table) {
    const outcome = parseInput(spec, raw[spec.name], env, fallbacks[spec.name]);
    if ('line' in outcome) errors.push({ input: spec.name, line: outcome.line });
    // An optional input not given gets no property at all, as `ConfigOf` types it (`key?:`).
    else if (outcome.value !== undefined) config[spec.key] = outcome.value;
  }
  // Each value came from its entry's parser, which is what ConfigOf reads.
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, config: config as ConfigOf<Table> };
}

/**
 * Validates raw input values (action inputs or CLI flags, by their kebab-case names) into a
 * `Config`, or throws a `ConfigError` with one line per bad input. `fallbacks` replace an input's
 * own fallback when it is not given (the CLI's region of an AWS profile); the region default
 * reads `env`.
 */
export function parseConfig(
  raw: Record<string, string | undefined>,
  env: Environment = process.env,
  fallbacks: Readonly<Partial<Record<InputName, Fallback>>> = {},
): Config {
  const outcome = parseInputs(INPUTS, raw, env, fallbacks);
  if (outcome.ok) return outcome.config;
  const [first] = outcome.errors;
  throw new ConfigError(
    first?.input ?? '',
    first?.line ?? '',
    outcome.errors.map((error) => error.line),
  );
}

/** The effective configuration as the report records it: no credentials, tags as Key=Value. */
export function reportConfig(config: Config): ReportConfig {
  return {
    regions: config.regions === 'all' ? 'all' : [...config.regions],
    services: [...config.services],
    minimumScore: config.minimumScore,
    failOnSeverity: config.failOnSeverity,
    failOnIncomplete: config.failOnIncomplete,
    ...(config.environment === undefined ? {} : { environment: config.environment }),
    excludeTags: config.excludeTags.map((tag) => `${tag.key}=${tag.value}`),
    minAgeDays: config.minAgeDays,
    ...(config.roleToAssume === undefined ? {} : { roleToAssume: config.roleToAssume }),
    gateCategories: [...config.gateCategories],
    failOnNewOnly: config.failOnNewOnly,
    ...(config.checks === undefined ? {} : { checks: [...config.checks] }),
    ...(config.skipChecks === undefined ? {} : { skipChecks: [...config.skipChecks] }),
    ...(config.suppressions === undefined ? {} : { suppressions: config.suppressions }),
    ...(config.baseline === undefined ? {} : { baseline: config.baseline }),
  };
}
