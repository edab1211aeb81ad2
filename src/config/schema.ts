import { z } from 'zod';
import { SERVICES, type ServiceName, type TagFilter } from '../model/inventory.js';
import type { ReportConfig } from '../model/report.js';
import { SEVERITIES, type Severity } from '../model/results.js';
import { KNOWN_REGIONS, REGION_CODE_PATTERN, isKnownRegion } from './regions.js';

export interface InputSpec {
  name: string;
  /** The value used when the input is not given; action.yml carries the same text. */
  default: string;
  description: string;
}

/**
 * Every action input and CLI flag: the single source of names, defaults and help text.
 * action.yml must list the same inputs with the same defaults and descriptions.
 */
export const INPUTS = [
  {
    name: 'region',
    default: '',
    description:
      'AWS region to audit: one region (us-east-1), a comma list, or all (every enabled region). Empty: AWS_REGION or AWS_DEFAULT_REGION of the environment, else us-east-1.',
  },
  {
    name: 'services',
    default: 'all',
    description: 'Services to audit: a comma list of efs, ec2, sg, rds, s3, iam, or all.',
  },
  {
    name: 'minimum-score',
    default: '0',
    description: 'Fail when the posture score (0 to 100) is below this.',
  },
  {
    name: 'fail-on-severity',
    default: 'critical',
    description:
      'Fail when an unsuppressed FAIL of this severity or higher exists: critical, high, medium, low, or none.',
  },
  {
    name: 'fail-on-incomplete',
    default: 'false',
    description:
      'Fail when any check could not be assessed (UNKNOWN: missing permissions, API errors): true or false.',
  },
  {
    name: 'role-to-assume',
    default: '',
    description:
      'ARN of an IAM role to assume with GitHub OIDC (the job needs permissions id-token: write). Empty: use the credentials already in the environment.',
  },
  {
    name: 'audience',
    default: 'sts.amazonaws.com',
    description: 'OIDC audience of the GitHub token exchanged for the role.',
  },
  {
    name: 'role-session-name',
    default: 'posture-gate',
    description:
      'Session name for the assumed role: 2 to 64 characters of letters, digits and _+=,.@-',
  },
  {
    name: 'role-duration-seconds',
    default: '3600',
    description: 'Length of the assumed-role session in seconds, 900 to 43200.',
  },
  {
    name: 'environment',
    default: '',
    description:
      'Only audit resources whose Environment tag equals this (case-insensitive). Empty: every resource.',
  },
  {
    name: 'exclude-tags',
    default: 'ExcludeFromAnalysis=true,Temporary=true',
    description:
      'Leave out resources carrying any of these tags and count them as excluded: a comma list of Key=Value pairs (values compared case-insensitively), or none to exclude nothing.',
  },
  {
    name: 'min-age-days',
    default: '30',
    description:
      'Usage-based checks (cost, performance) skip resources younger than this many days.',
  },
  {
    name: 'report-path',
    default: 'posture-report.json',
    description: 'Where the JSON report is written.',
  },
  {
    name: 'summary',
    default: 'true',
    description: 'Write the job summary: true or false.',
  },
  {
    name: 'max-attempts',
    default: '8',
    description: 'AWS SDK attempts per call, 1 to 20 (adaptive retry mode).',
  },
] as const satisfies readonly InputSpec[];

export type InputName = (typeof INPUTS)[number]['name'];

export interface Config {
  /** Region codes in the order given, or `all` for every enabled region. */
  regions: string[] | 'all';
  services: ServiceName[];
  minimumScore: number;
  failOnSeverity: Severity | 'none';
  failOnIncomplete: boolean;
  roleToAssume?: string;
  audience: string;
  roleSessionName: string;
  roleDurationSeconds: number;
  environment?: string;
  excludeTags: TagFilter[];
  minAgeDays: number;
  reportPath: string;
  summary: boolean;
  maxAttempts: number;
}

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

const DEFAULTS = Object.fromEntries(INPUTS.map((spec) => [spec.name, spec.default])) as Record<
  InputName,
  string
>;

/** A value a parser refused: the offending text (a whole value or one list item) and why. */
class Rejection {
  constructor(
    readonly value: string,
    readonly problem: string,
  ) {}
}

type Parser<T> = (text: string) => T | Rejection;

interface Fallback {
  text: string;
  /** Where a fallback that is not the INPUTS default came from, named in error lines. */
  source?: string;
}

function errorLine(name: InputName, rejection: Rejection, source: string | undefined): string {
  const from = source === undefined ? '' : ` (from ${source})`;
  return `Invalid input "${name}": ${JSON.stringify(rejection.value)}${from} ${rejection.problem}.`;
}

/**
 * One input: the raw text, trimmed, with empty meaning "not given" (the runner passes empty
 * strings for unset inputs), parsed into its typed value or rejected with one line.
 */
function field<T>(
  name: InputName,
  parse: Parser<T>,
  fallback: Fallback = { text: DEFAULTS[name] },
) {
  return z
    .string({ error: `Invalid input "${name}": expected text.` })
    .optional()
    .transform((raw, ctx): T => {
      const given = raw?.trim() ?? '';
      const text = given === '' ? fallback.text : given;
      const parsed = parse(text);
      if (parsed instanceof Rejection) {
        const source = given === '' ? fallback.source : undefined;
        ctx.addIssue({ code: 'custom', message: errorLine(name, parsed, source) });
        return z.NEVER;
      }
      return parsed;
    });
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

const parseScore: Parser<number> = (text) => {
  const value = Number(text);
  return /^\d+(\.\d+)?$/.test(text) && value <= 100
    ? value
    : new Rejection(text, 'is not a number from 0 to 100');
};

const REGION_CHOICES = 'give one region, a comma list of regions, or all';

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

function environmentRegion(env: Record<string, string | undefined>): Fallback {
  for (const variable of ['AWS_REGION', 'AWS_DEFAULT_REGION']) {
    const value = env[variable]?.trim();
    if (value) return { text: value, source: variable };
  }
  return { text: 'us-east-1' };
}

/**
 * The schema of the raw inputs (kebab-case keys, string values) to a `Config`. The region
 * default comes from `env`. Unknown keys are dropped: the CLI rejects unknown flags itself.
 */
export function configSchema(env: Record<string, string | undefined> = process.env) {
  return z
    .object({
      region: field('region', parseRegions, environmentRegion(env)),
      services: field('services', parseServices),
      'minimum-score': field('minimum-score', parseScore),
      'fail-on-severity': field('fail-on-severity', oneOf([...SEVERITIES, 'none'] as const)),
      'fail-on-incomplete': field('fail-on-incomplete', parseBoolean),
      'role-to-assume': field('role-to-assume', parseRoleArn),
      audience: field('audience', nonEmpty('the OIDC audience')),
      'role-session-name': field('role-session-name', parseSessionName),
      'role-duration-seconds': field('role-duration-seconds', wholeNumber(900, 43200)),
      environment: field('environment', parseOptionalText),
      'exclude-tags': field('exclude-tags', parseTagFilters),
      'min-age-days': field('min-age-days', wholeNumber(0)),
      'report-path': field('report-path', nonEmpty('a file path')),
      summary: field('summary', parseBoolean),
      'max-attempts': field('max-attempts', wholeNumber(1, 20)),
    })
    .transform((input): Config => ({
      regions: input.region,
      services: input.services,
      minimumScore: input['minimum-score'],
      failOnSeverity: input['fail-on-severity'],
      failOnIncomplete: input['fail-on-incomplete'],
      ...(input['role-to-assume'] === undefined ? {} : { roleToAssume: input['role-to-assume'] }),
      audience: input.audience,
      roleSessionName: input['role-session-name'],
      roleDurationSeconds: input['role-duration-seconds'],
      ...(input.environment === undefined ? {} : { environment: input.environment }),
      excludeTags: input['exclude-tags'],
      minAgeDays: input['min-age-days'],
      reportPath: input['report-path'],
      summary: input.summary,
      maxAttempts: input['max-attempts'],
    }));
}

/**
 * Validates raw input values (action inputs or CLI flags, by their kebab-case names) into a
 * `Config`, or throws a `ConfigError` with one line per bad input.
 */
export function parseConfig(
  raw: Record<string, string | undefined>,
  env: Record<string, string | undefined> = process.env,
): Config {
  const result = configSchema(env).safeParse(raw);
  if (result.success) return result.data;
  const lineByInput = new Map<string, string>();
  for (const issue of result.error.issues) {
    const input = String(issue.path[0] ?? '');
    if (!lineByInput.has(input)) lineByInput.set(input, issue.message);
  }
  const [input, message] = [...lineByInput][0] ?? ['', result.error.message];
  throw new ConfigError(input, message, [...lineByInput.values()]);
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
  };
}
