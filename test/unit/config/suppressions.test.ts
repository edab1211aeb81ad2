import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../../src/config/schema.js';
import { loadSuppressions, parseSuppressions } from '../../../src/config/suppressions.js';

const FILE = '.github/posture-suppressions.yml';

/** The file of DESIGN.md "Suppressions", and a second entry with only the required fields. */
const DESIGN_EXAMPLE = `version: 1
suppressions:
  - check: s3.versioning-off           # a check id or a glob (s3.*); required
    resource: "acme-logs-*"            # resource id, ARN or name; glob; omitted: every resource
    account: "123456789012"            # optional
    region: us-east-1                  # optional
    reason: "Write-once log bucket"    # required, non-empty
    expires: 2027-03-31                # required ISO date: no exception is permanent
    owner: "@platform-team"            # optional
  - check: "sg.*"
    reason: Reviewed by the network team
    expires: "2027-01-15"
`;

/** A file of one entry made of these YAML lines (each `key: value`), after a valid entry. */
const secondEntry = (...lines: string[]): string =>
  [
    'version: 1',
    'suppressions:',
    '  - check: s3.versioning-off',
    '    reason: Write-once log bucket',
    '    expires: 2027-03-31',
    `  - ${lines[0] ?? ''}`,
    ...lines.slice(1).map((line) => `    ${line}`),
    '',
  ].join('\n');

/** The ConfigError a file's text gives, checked to be one line naming the input and the file. */
function rejection(text: string): string {
  try {
    parseSuppressions(text, FILE);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    expect(error.input).toBe('suppressions');
    expect(error.message).not.toContain('\n');
    expect(error.message.startsWith(`Invalid input "suppressions": "${FILE}" `)).toBe(true);
    return error.message;
  }
  throw new Error(`expected a ConfigError for:\n${text}`);
}

describe('parseSuppressions: a valid file', () => {
  const entries = parseSuppressions(DESIGN_EXAMPLE, FILE);

  it('reads every field of the DESIGN.md example, numbering entries from 0', () => {
    expect(entries).toEqual([
      {
        index: 0,
        check: 's3.versioning-off',
        resource: 'acme-logs-*',
        account: '123456789012',
        region: 'us-east-1',
        reason: 'Write-once log bucket',
        expires: '2027-03-31',
        owner: '@platform-team',
      },
      { index: 1, check: 'sg.*', reason: 'Reviewed by the network team', expires: '2027-01-15' },
    ]);
  });

  it('leaves optional fields out when they are not given', () => {
    expect(Object.keys(entries[1] ?? {})).toEqual(['index', 'check', 'reason', 'expires']);
  });

  it('accepts an unquoted YAML date, also where the YAML 1.1 schema reads it as a timestamp', () => {
    const unquoted = secondEntry('check: sg.*', 'reason: r', 'expires: 2027-03-31');
    expect(parseSuppressions(unquoted, FILE)[1]?.expires).toBe('2027-03-31');
    const yaml11 = `%YAML 1.1\n---\n${unquoted}`;
    expect(parseSuppressions(yaml11, FILE).map((e) => e.expires)).toEqual([
      '2027-03-31',
      '2027-03-31',
    ]);
  });

  it('accepts a file with no entries', () => {
    expect(parseSuppressions('version: 1\nsuppressions: []\n', FILE)).toEqual([]);
  });
});

describe('parseSuppressions: every error names the file, the entry and the field in one line', () => {
  it('rejects text that is not YAML', () => {
    expect(rejection('version: 1\nsuppressions: [\n')).toMatch(/ is not valid YAML/);
  });

  it('rejects a file without a version', () => {
    expect(rejection('suppressions: []\n')).toMatch(/ version must be 1/);
  });

  it.each(['2', '"1"', '1.5'])('rejects version %s', (version) => {
    expect(rejection(`version: ${version}\nsuppressions: []\n`)).toMatch(/ version must be 1/);
  });

  it('rejects a file without a list of suppressions', () => {
    expect(rejection('version: 1\n')).toMatch(/ suppressions must be a list of entries/);
    expect(rejection('version: 1\nsuppressions: {}\n')).toMatch(/ suppressions must be a list/);
  });

  it.each([
    ['check', ['reason: r', 'expires: 2027-03-31']],
    ['reason', ['check: s3.*', 'expires: 2027-03-31']],
    ['expires', ['check: s3.*', 'reason: r']],
  ])('rejects an entry without %s, naming suppressions[1] and the field', (field, lines) => {
    const message = rejection(secondEntry(...lines));
    expect(message).toContain(`suppressions[1]: ${field} must be `);
  });

  it.each(['""', '"   "'])('rejects an empty reason %s', (reason) => {
    const message = rejection(
      secondEntry('check: s3.*', `reason: ${reason}`, 'expires: 2027-03-31'),
    );
    expect(message).toContain('suppressions[1]: reason must be the reason for the exception');
    expect(message).toContain('not empty');
  });

  it.each(['31/03/2027', '2027-3-31', 'next year', '"2027-03-31T00:00:00Z"'])(
    'rejects expires %s, which is not an ISO date',
    (expires) => {
      const message = rejection(secondEntry('check: s3.*', 'reason: r', `expires: ${expires}`));
      expect(message).toContain('suppressions[1]: expires must be an ISO date like 2027-03-31');
    },
  );

  it.each(['2027-02-30', '2027-04-31', '2027-13-01', '2027-00-10'])(
    'rejects expires %s, which is no day of the calendar',
    (expires) => {
      const message = rejection(secondEntry('check: s3.*', 'reason: r', `expires: ${expires}`));
      expect(message).toContain('suppressions[1]: expires ');
    },
  );

  it('accepts 29 February of a leap year', () => {
    const text = secondEntry('check: s3.*', 'reason: r', 'expires: 2028-02-29');
    expect(parseSuppressions(text, FILE)[1]?.expires).toBe('2028-02-29');
  });

  it('rejects an unknown field, naming it', () => {
    const message = rejection(
      secondEntry('check: s3.*', 'reason: r', 'expires: 2027-03-31', 'expiry: 2027-03-31'),
    );
    expect(message).toContain('suppressions[1]');
    expect(message).toContain('expiry');
    expect(message).toContain('unknown field');
  });

  it('rejects an account written as a number, which YAML would strip of leading zeros', () => {
    const message = rejection(
      secondEntry('check: s3.*', 'reason: r', 'expires: 2027-03-31', 'account: 012345678901'),
    );
    expect(message).toContain('suppressions[1]: account must be a 12-digit account id in quotes');
  });

  it('rejects an account id that is not 12 digits', () => {
    const message = rejection(
      secondEntry('check: s3.*', 'reason: r', 'expires: 2027-03-31', 'account: "12345"'),
    );
    expect(message).toContain('suppressions[1]: account ');
  });

  it('names the first bad entry of several', () => {
    const text = `${secondEntry('check: s3.*', 'reason: r', 'expires: 31/03/2027')}  - check: x\n`;
    expect(rejection(text)).toContain('suppressions[1]: expires');
  });
});

describe('loadSuppressions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'posture-gate-suppressions-'));

  it('reads a file', async () => {
    const path = join(dir, 'ok.yml');
    writeFileSync(path, DESIGN_EXAMPLE);
    expect(await loadSuppressions(path)).toHaveLength(2);
  });

  it('rejects a file that does not exist, naming the input and the file', async () => {
    const path = join(dir, 'missing.yml');
    const error = await loadSuppressions(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).input).toBe('suppressions');
    expect((error as ConfigError).message).toMatch(
      new RegExp(`^Invalid input "suppressions": "${path}" cannot be read`),
    );
  });
});
