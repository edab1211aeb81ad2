import { SERVICES } from '../../../src/model/inventory.js';
import { KNOWN_REGIONS } from '../../../src/config/regions.js';
import {
  ConfigError,
  INPUTS,
  parseConfig,
  reportConfig,
  type Config,
} from '../../../src/config/schema.js';

const NO_ENV = {};

function configError(raw: Record<string, string>, env: Record<string, string> = NO_ENV) {
  try {
    parseConfig(raw, env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(raw)}`);
}

const DEFAULT_CONFIG: Config = {
  regions: ['us-east-1'],
  services: ['efs', 'ec2', 'sg', 'rds', 's3', 'iam'],
  minimumScore: 0,
  failOnSeverity: 'critical',
  gateCategories: ['security', 'resilience', 'operations'],
  failOnNewOnly: false,
  failOnIncomplete: false,
  audience: 'sts.amazonaws.com',
  roleSessionName: 'posture-gate',
  roleDurationSeconds: 3600,
  excludeTags: [
    { key: 'ExcludeFromAnalysis', value: 'true' },
    { key: 'Temporary', value: 'true' },
  ],
  minAgeDays: 30,
  reportPath: 'posture-report.json',
  summary: true,
  commentOnPr: false,
  maxAttempts: 8,
  scanTimeoutMinutes: 60,
};

describe('INPUTS', () => {
  it('lists the inputs of DESIGN.md implemented so far, in order', () => {
    expect(INPUTS.map((input) => input.name)).toEqual([
      'region',
      'services',
      'minimum-score',
      'fail-on-severity',
      'gate-categories',
      'checks',
      'skip-checks',
      'fail-on-new-only',
      'fail-on-incomplete',
      'role-to-assume',
      'audience',
      'role-session-name',
      'role-duration-seconds',
      'environment',
      'exclude-tags',
      'min-age-days',
      'suppressions',
      'baseline',
      'report-path',
      'sarif-path',
      'summary',
      'comment-on-pr',
      'github-token',
      'max-attempts',
      'scan-timeout-minutes',
    ]);
  });

  it('gives every input a one-line plain-ASCII description', () => {
    for (const input of INPUTS) {
      expect(input.description).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});

describe('parseConfig defaults', () => {
  it('uses the DESIGN.md defaults when nothing is given', () => {
    expect(parseConfig({}, NO_ENV)).toEqual(DEFAULT_CONFIG);
  });

  it('treats empty and blank strings as not given, as the runner passes them', () => {
    const raw = Object.fromEntries(INPUTS.map((input) => [input.name, '  ']));
    expect(parseConfig({ ...raw, services: '' }, NO_ENV)).toEqual(DEFAULT_CONFIG);
  });

  it('leaves role-to-assume and environment out when not given', () => {
    const config = parseConfig({ 'role-to-assume': '', environment: '' }, NO_ENV);
    expect('roleToAssume' in config).toBe(false);
    expect('environment' in config).toBe(false);
  });

  it('ignores keys that are not inputs', () => {
    expect(parseConfig({ 'no-such-input': 'x' }, NO_ENV)).toEqual(DEFAULT_CONFIG);
  });
});

describe('region', () => {
  it('comes from AWS_REGION when not given', () => {
    const env = { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'eu-west-2' };
    expect(parseConfig({}, env).regions).toEqual(['eu-west-1']);
  });

  it('comes from AWS_DEFAULT_REGION when AWS_REGION is unset or empty', () => {
    expect(parseConfig({}, { AWS_DEFAULT_REGION: 'eu-west-2' }).regions).toEqual(['eu-west-2']);
    expect(parseConfig({}, { AWS_REGION: '', AWS_DEFAULT_REGION: 'eu-west-2' }).regions).toEqual([
      'eu-west-2',
    ]);
  });

  it('prefers the input over the environment', () => {
    expect(parseConfig({ region: 'ap-south-1' }, { AWS_REGION: 'eu-west-1' }).regions).toEqual([
      'ap-south-1',
    ]);
  });

  it('takes a comma list, trimmed and deduplicated, in the order given', () => {
    const config = parseConfig({ region: ' eu-west-1, us-east-1 ,eu-west-1,' }, NO_ENV);
    expect(config.regions).toEqual(['eu-west-1', 'us-east-1']);
  });

  it('accepts all, in any case', () => {
    expect(parseConfig({ region: 'all' }, NO_ENV).regions).toBe('all');
    expect(parseConfig({ region: 'ALL' }, NO_ENV).regions).toBe('all');
  });

  it('lower-cases region codes before removing duplicates', () => {
    expect(parseConfig({ region: 'US-WEST-2,us-west-2' }, NO_ENV).regions).toEqual(['us-west-2']);
  });

  it.each([
    'ap-southeast-5',
    'ap-southeast-7',
    'mx-central-1',
    'ap-east-2',
    'ca-west-1',
    'il-central-1',
    'us-gov-west-1',
    'cn-northwest-1',
  ])('accepts %s', (region) => {
    expect(parseConfig({ region }, NO_ENV).regions).toEqual([region]);
  });

  it('rejects a malformed region name', () => {
    expect(configError({ region: 'us-east-1,us_east_2' }).message).toBe(
      'Invalid input "region": "us_east_2" is not a region code like us-east-1; give one region, a comma list of regions, or all.',
    );
  });

  it('rejects a well-formed but unknown region and lists the known ones', () => {
    expect(configError({ region: 'us-east-9' }).message).toBe(
      `Invalid input "region": "us-east-9" is not a known AWS region (${KNOWN_REGIONS.join(', ')}, or all).`,
    );
  });

  it('says when a bad region came from the environment', () => {
    expect(configError({}, { AWS_REGION: 'moon' }).message).toBe(
      'Invalid input "region": "moon" (from AWS_REGION) is not a region code like us-east-1; give one region, a comma list of regions, or all.',
    );
  });

  it('rejects a list with no region in it', () => {
    expect(configError({ region: ' , ' }).message).toBe(
      'Invalid input "region": "," names no region; give one region, a comma list of regions, or all.',
    );
  });
});

describe('services', () => {
  it('takes a comma list, case-insensitive, deduplicated', () => {
    expect(parseConfig({ services: 'S3, efs,s3' }, NO_ENV).services).toEqual(['s3', 'efs']);
  });

  it('expands all to every service', () => {
    expect(parseConfig({ services: 'efs,all' }, NO_ENV).services).toEqual([...SERVICES]);
  });
});

describe('other inputs', () => {
  it('parses valid values', () => {
    const config = parseConfig(
      {
        'minimum-score': '72.5',
        'fail-on-severity': 'HIGH',
        'gate-categories': 'Security, cost,security',
        checks: 'S3.*, efs.unused,s3.*',
        'skip-checks': 's3.versioning-off',
        'fail-on-new-only': 'TRUE',
        'fail-on-incomplete': 'True',
        'role-to-assume': 'arn:aws:iam::123456789012:role/ci/posture-gate',
        audience: 'my-audience',
        'role-session-name': 'ci@repo=1,x.y-z_w+',
        'role-duration-seconds': '900',
        environment: ' prod ',
        'exclude-tags': 'Owner=ci, Temporary=yes,Owner=ci',
        'min-age-days': '0',
        suppressions: ' .github/posture-suppressions.yml ',
        baseline: 'baseline/posture-report.json',
        'report-path': 'out/report.json',
        summary: 'FALSE',
        'max-attempts': '20',
        'scan-timeout-minutes': '0.1',
      },
      NO_ENV,
    );
    expect(config).toEqual({
      ...DEFAULT_CONFIG,
      minimumScore: 72.5,
      failOnSeverity: 'high',
      gateCategories: ['security', 'cost'],
      checks: ['s3.*', 'efs.unused'],
      skipChecks: ['s3.versioning-off'],
      failOnNewOnly: true,
      failOnIncomplete: true,
      roleToAssume: 'arn:aws:iam::123456789012:role/ci/posture-gate',
      audience: 'my-audience',
      roleSessionName: 'ci@repo=1,x.y-z_w+',
      roleDurationSeconds: 900,
      environment: 'prod',
      excludeTags: [
        { key: 'Owner', value: 'ci' },
        { key: 'Temporary', value: 'yes' },
      ],
      minAgeDays: 0,
      suppressions: '.github/posture-suppressions.yml',
      baseline: 'baseline/posture-report.json',
      reportPath: 'out/report.json',
      summary: false,
      maxAttempts: 20,
      scanTimeoutMinutes: 0.1,
    });
  });

  it('accepts role ARNs of the GovCloud and China partitions', () => {
    for (const arn of [
      'arn:aws-us-gov:iam::123456789012:role/gate',
      'arn:aws-cn:iam::123456789012:role/gate',
    ]) {
      expect(parseConfig({ 'role-to-assume': arn }, NO_ENV).roleToAssume).toBe(arn);
    }
  });

  it('takes exclude-tags none as an empty list, in any case', () => {
    expect(parseConfig({ 'exclude-tags': 'none' }, NO_ENV).excludeTags).toEqual([]);
    expect(parseConfig({ 'exclude-tags': 'None' }, NO_ENV).excludeTags).toEqual([]);
  });

  it('keeps an = inside a tag value', () => {
    expect(parseConfig({ 'exclude-tags': 'Note=a=b' }, NO_ENV).excludeTags).toEqual([
      { key: 'Note', value: 'a=b' },
    ]);
  });
});

describe('bad values give one line naming the input, the value and what is allowed', () => {
  const sessionName = 'is not 2 to 64 characters of letters, digits and _+=,.@-.';
  const arn = 'is not an IAM role ARN like arn:aws:iam::123456789012:role/NAME.';
  const pair = 'is not a Key=Value pair; give a comma list of Key=Value pairs, or none.';
  it.each([
    ['services', 'efx', '"efx" is not one of efs, ec2, sg, rds, s3, iam, all.'],
    ['services', 'efs,ebs', '"ebs" is not one of efs, ec2, sg, rds, s3, iam, all.'],
    ['minimum-score', '101', '"101" is not a number from 0 to 100.'],
    ['minimum-score', '-1', '"-1" is not a number from 0 to 100.'],
    ['minimum-score', 'high', '"high" is not a number from 0 to 100.'],
    ['minimum-score', '1e2', '"1e2" is not a number from 0 to 100.'],
    ['fail-on-severity', 'severe', '"severe" is not one of critical, high, medium, low, none.'],
    ['fail-on-incomplete', 'yes', '"yes" is not one of true, false.'],
    ['fail-on-new-only', 'yes', '"yes" is not one of true, false.'],
    [
      'gate-categories',
      'security,money',
      '"money" is not one of security, resilience, operations, cost, performance, all.',
    ],
    [
      'checks',
      's3.*,s3/versioning',
      '"s3/versioning" is not a check id like s3.versioning-off or a glob like s3.*.',
    ],
    [
      'skip-checks',
      's3 versioning',
      '"s3 versioning" is not a check id like s3.versioning-off or a glob like s3.*.',
    ],
    ['summary', '1', '"1" is not one of true, false.'],
    ['role-to-assume', 'my-role', `"my-role" ${arn}`],
    ['role-to-assume', 'arn:aws:iam::12345:role/x', `"arn:aws:iam::12345:role/x" ${arn}`],
    [
      'role-to-assume',
      'arn:aws:iam::123456789012:user/alice',
      `"arn:aws:iam::123456789012:user/alice" ${arn}`,
    ],
    ['role-session-name', 'a', `"a" ${sessionName}`],
    ['role-session-name', 'my session', `"my session" ${sessionName}`],
    ['role-session-name', 'x'.repeat(65), `"${'x'.repeat(65)}" ${sessionName}`],
    ['role-duration-seconds', '899', '"899" is not a whole number from 900 to 43200.'],
    ['role-duration-seconds', '43201', '"43201" is not a whole number from 900 to 43200.'],
    ['role-duration-seconds', '3600.5', '"3600.5" is not a whole number from 900 to 43200.'],
    ['min-age-days', '-1', '"-1" is not a whole number of 0 or more.'],
    ['min-age-days', 'month', '"month" is not a whole number of 0 or more.'],
    ['max-attempts', '0', '"0" is not a whole number from 1 to 20.'],
    ['max-attempts', '21', '"21" is not a whole number from 1 to 20.'],
    ['scan-timeout-minutes', '0', '"0" is not a number of minutes from 0.1 to 1440.'],
    ['scan-timeout-minutes', '0.05', '"0.05" is not a number of minutes from 0.1 to 1440.'],
    ['scan-timeout-minutes', '1441', '"1441" is not a number of minutes from 0.1 to 1440.'],
    ['scan-timeout-minutes', '-5', '"-5" is not a number of minutes from 0.1 to 1440.'],
    ['scan-timeout-minutes', '1h', '"1h" is not a number of minutes from 0.1 to 1440.'],
    ['exclude-tags', 'Owner=ci,Temporary', `"Temporary" ${pair}`],
    ['exclude-tags', '=true', `"=true" ${pair}`],
    ['exclude-tags', 'Temporary=', `"Temporary=" ${pair}`],
  ])('%s %j', (input, value, problem) => {
    const error = configError({ [input]: value });
    expect(error.message).toBe(`Invalid input "${input}": ${problem}`);
    expect(error.input).toBe(input);
    expect(error.lines).toEqual([error.message]);
  });

  it('reports the first problem of every bad input, in input order', () => {
    const error = configError({
      'max-attempts': '99',
      services: 'efx,ebs',
      summary: 'maybe',
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ConfigError');
    expect(error.input).toBe('services');
    expect(error.lines).toEqual([
      'Invalid input "services": "efx" is not one of efs, ec2, sg, rds, s3, iam, all.',
      'Invalid input "summary": "maybe" is not one of true, false.',
      'Invalid input "max-attempts": "99" is not a whole number from 1 to 20.',
    ]);
    expect(error.message).toBe(error.lines[0]);
  });
});

describe('reportConfig', () => {
  it('records the effective config with tags as Key=Value and no session details', () => {
    const config = parseConfig(
      {
        region: 'eu-west-1,us-east-1',
        'role-to-assume': 'arn:aws:iam::123456789012:role/gate',
        environment: 'prod',
        'exclude-tags': 'Owner=ci',
      },
      NO_ENV,
    );
    expect(reportConfig(config)).toEqual({
      regions: ['eu-west-1', 'us-east-1'],
      services: ['efs', 'ec2', 'sg', 'rds', 's3', 'iam'],
      minimumScore: 0,
      failOnSeverity: 'critical',
      failOnIncomplete: false,
      environment: 'prod',
      excludeTags: ['Owner=ci'],
      minAgeDays: 30,
      roleToAssume: 'arn:aws:iam::123456789012:role/gate',
      gateCategories: ['security', 'resilience', 'operations'],
      failOnNewOnly: false,
    });
  });

  it('records the check selection, suppressions and baseline as given', () => {
    const recorded = reportConfig(
      parseConfig(
        {
          'gate-categories': 'all',
          checks: 's3.*,efs.unused',
          'skip-checks': 's3.versioning-off',
          'fail-on-new-only': 'true',
          suppressions: 'suppressions.yml',
          baseline: 'baseline.json',
        },
        NO_ENV,
      ),
    );
    expect(recorded).toMatchObject({
      gateCategories: ['security', 'resilience', 'operations', 'cost', 'performance'],
      failOnNewOnly: true,
      checks: ['s3.*', 'efs.unused'],
      skipChecks: ['s3.versioning-off'],
      suppressions: 'suppressions.yml',
      baseline: 'baseline.json',
    });
  });

  it('leaves out environment and role-to-assume when not given', () => {
    const recorded = reportConfig(parseConfig({ region: 'all' }, NO_ENV));
    expect(Object.keys(recorded)).toEqual([
      'regions',
      'services',
      'minimumScore',
      'failOnSeverity',
      'failOnIncomplete',
      'excludeTags',
      'minAgeDays',
      'gateCategories',
      'failOnNewOnly',
    ]);
    expect(recorded.regions).toBe('all');
  });
});

describe('github-token', () => {
  it('is the given token, and no token when the default expression was not expanded', () => {
    expect(parseConfig({ 'github-token': 'ghs_abc' }).githubToken).toBe('ghs_abc');
    expect(parseConfig({ 'github-token': '${{ github.token }}' }).githubToken).toBeUndefined();
    expect(parseConfig({}).githubToken).toBeUndefined();
    expect(parseConfig({ 'comment-on-pr': 'true' }).commentOnPr).toBe(true);
  });
});
