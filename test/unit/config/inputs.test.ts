import {
  INPUTS,
  Rejection,
  parseInputs,
  parseConfig,
  type Config,
  type InputName,
  type InputSpec,
} from '../../../src/config/schema.js';

const NO_ENV = {};

/** The configuration written out by hand: the type derived from INPUTS must stay this. */
interface WrittenOutConfig {
  regions: string[] | 'all';
  services: ('efs' | 'ec2' | 'sg' | 'rds' | 's3' | 'iam')[];
  minimumScore: number;
  failOnSeverity: 'critical' | 'high' | 'medium' | 'low' | 'none';
  gateCategories: ('security' | 'resilience' | 'operations' | 'cost' | 'performance')[];
  checks?: string[];
  skipChecks?: string[];
  failOnNewOnly: boolean;
  failOnIncomplete: boolean;
  roleToAssume?: string;
  audience: string;
  roleSessionName: string;
  roleDurationSeconds: number;
  environment?: string;
  excludeTags: { key: string; value: string }[];
  minAgeDays: number;
  suppressions?: string;
  baseline?: string;
  reportPath: string;
  sarifPath?: string;
  summary: boolean;
  commentOnPr: boolean;
  githubToken?: string;
  maxAttempts: number;
  scanTimeoutMinutes: number;
}

/** True only when A and B are the same type, not merely assignable to each other. */
type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// The type check (tsc) fails here when the derived Config drifts from the written-out one.
const configIsAsWrittenOut: Equal<Config, WrittenOutConfig> = true;

/** A valid value of every input, none of them its default; a new input needs one here. */
const GIVEN: Record<InputName, string> = {
  region: 'eu-west-1',
  services: 's3',
  'minimum-score': '80',
  'fail-on-severity': 'high',
  'gate-categories': 'all',
  checks: 's3.*',
  'skip-checks': 's3.versioning-off',
  'fail-on-new-only': 'true',
  'fail-on-incomplete': 'true',
  'role-to-assume': 'arn:aws:iam::123456789012:role/gate',
  audience: 'my-audience',
  'role-session-name': 'ci-run',
  'role-duration-seconds': '900',
  environment: 'prod',
  'exclude-tags': 'none',
  'min-age-days': '7',
  suppressions: 'suppressions.yml',
  baseline: 'baseline.json',
  'report-path': 'out.json',
  'sarif-path': 'out.sarif',
  summary: 'false',
  'comment-on-pr': 'true',
  'github-token': 'ghs_example-token',
  'max-attempts': '3',
  'scan-timeout-minutes': '0.5',
};

describe('the config derived from INPUTS', () => {
  it('has the type of the configuration written out by hand', () => {
    expect(configIsAsWrittenOut).toBe(true);
  });

  it('gives every input its own name and its own Config key', () => {
    const names = INPUTS.map((input) => input.name);
    const keys = INPUTS.map((input) => input.key);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('validates every input, in table order', () => {
    const notText = Object.fromEntries(INPUTS.map((input) => [input.name, 1]));
    const outcome = parseInputs(INPUTS, notText, NO_ENV);
    expect(outcome.ok ? [] : outcome.errors).toEqual(
      INPUTS.map((input) => ({
        input: input.name,
        line: `Invalid input "${input.name}": expected text.`,
      })),
    );
  });

  it('has Config keys in table order when every input is given', () => {
    expect(Object.keys(parseConfig(GIVEN, NO_ENV))).toEqual(INPUTS.map((input) => input.key));
  });

  it.each(INPUTS.map((input) => ({ name: input.name, key: input.key })))(
    'sets only Config.$key from the $name input',
    ({ name, key }) => {
      const defaults: Record<string, unknown> = parseConfig({}, NO_ENV);
      const given: Record<string, unknown> = parseConfig({ [name]: GIVEN[name] }, NO_ENV);
      const changed = Object.keys({ ...defaults, ...given }).filter(
        (property) => JSON.stringify(given[property]) !== JSON.stringify(defaults[property]),
      );
      expect(changed).toEqual([key]);
    },
  );
});

describe('an input added to the table', () => {
  // Made-up inputs, not ones the action has: the table must take them with no other edit.
  const scanTimeout = {
    name: 'example-minutes',
    key: 'exampleMinutes',
    default: '60',
    description: 'A deadline in minutes.',
    parse: (text: string) =>
      /^[1-9]\d*$/.test(text)
        ? Number(text)
        : new Rejection(text, 'is not a whole number of 1 or more'),
  } as const satisfies InputSpec;
  const sarifPath = {
    name: 'example-path',
    key: 'examplePath',
    default: '',
    description: 'Where an example file is written; empty: none.',
    parse: (text: string) => (text === '' ? undefined : text),
  } as const satisfies InputSpec;
  const table = [...INPUTS, scanTimeout, sarifPath] as const;
  const parse = (raw: Record<string, string>) => {
    const outcome = parseInputs(table, raw, NO_ENV);
    if (!outcome.ok) throw new Error(outcome.errors.map((error) => error.line).join('\n'));
    return outcome.config;
  };

  it('is parsed with its default, and left out when optional and not given', () => {
    expect(parse({})).toEqual({ ...parseConfig({}, NO_ENV), exampleMinutes: 60 });
    expect('examplePath' in parse({})).toBe(false);
  });

  it('is parsed into its typed Config key when given', () => {
    const config = parse({ 'example-minutes': ' 15 ', 'example-path': 'out.sarif' });
    const minutes: number = config.exampleMinutes;
    const sarif: string | undefined = config.examplePath;
    expect([minutes, sarif]).toEqual([15, 'out.sarif']);
  });

  it('is rejected with the same kind of line as every other input', () => {
    expect(parseInputs(table, { 'example-minutes': 'soon' }, NO_ENV)).toEqual({
      ok: false,
      errors: [
        {
          input: 'example-minutes',
          line: 'Invalid input "example-minutes": "soon" is not a whole number of 1 or more.',
        },
      ],
    });
  });
});
