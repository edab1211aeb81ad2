import { ConfigError } from '../../../src/config/schema.js';
import { ALL_RULES } from '../../../src/rules/index.js';
import { closestIds, selectRules } from '../../../src/rules/select.js';
import { demoReport } from '../triage/demo.js';

const ALL_IDS = ALL_RULES.map((rule) => rule.meta.id);

const selected = (checks?: string[], skipChecks?: string[]): string[] =>
  selectRules(ALL_RULES, checks, skipChecks).map((rule) => rule.meta.id);

function selectionError(checks?: string[], skipChecks?: string[]): ConfigError {
  try {
    selectRules(ALL_RULES, checks, skipChecks);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('selectRules', () => {
  it('runs every check when neither checks nor skip-checks is given', () => {
    expect(selected()).toEqual(ALL_IDS);
  });

  it('runs the checks named by id, in catalogue order', () => {
    expect(selected(['s3.versioning-off', 'efs.unused'])).toEqual([
      'efs.unused',
      's3.versioning-off',
    ]);
  });

  it('runs the checks a glob matches', () => {
    expect(selected(['s3.*'])).toEqual(ALL_IDS.filter((id) => id.startsWith('s3.')));
    expect(selected(['efs.*-open-*'])).toEqual(['efs.nfs-open-to-world']);
    expect(selected(['sg.*', 'rds.publicly-accessible'])).toEqual([
      'sg.high-risk-port-open',
      'sg.all-ports-open',
      'sg.default-group-not-restricted',
      'rds.publicly-accessible',
    ]);
  });

  it('applies skip-checks after checks', () => {
    expect(selected(['s3.*'], ['s3.versioning-off', 's3.tls-*'])).toEqual([
      's3.public-access-not-blocked',
      's3.default-encryption-missing',
      's3.bucket-public',
      's3.acls-enabled',
      's3.access-logging-off',
    ]);
  });

  it('skips checks from every check when checks is not given', () => {
    const ids = selected(undefined, ['efs.*']);
    expect(ids).toEqual(ALL_IDS.filter((id) => !id.startsWith('efs.')));
  });

  it('accepts a skip-checks entry outside the checks it runs', () => {
    expect(selected(['s3.versioning-off'], ['iam.*'])).toEqual(['s3.versioning-off']);
  });

  it('rejects an unknown id, naming the input and the three closest ids', () => {
    const error = selectionError(['s3.*', 's3.versioning-of']);
    expect(error.input).toBe('checks');
    expect(error.message).toMatch(
      /^Invalid input "checks": "s3\.versioning-of" is not a check; closest: s3\.versioning-off, [a-z0-9.-]+, [a-z0-9.-]+\. Run "posture-gate checks" for the list\.$/,
    );
  });

  it('rejects a glob that matches no check, in skip-checks too', () => {
    const error = selectionError(undefined, ['lambda.*']);
    expect(error.input).toBe('skip-checks');
    expect(error.message).toMatch(
      /^Invalid input "skip-checks": "lambda\.\*" matches no check; closest: /,
    );
  });

  it('names only real check ids as the closest', () => {
    const closest = closestIds('efs.unusd', ALL_IDS);
    expect(closest).toHaveLength(3);
    expect(closest[0]).toBe('efs.unused');
    for (const id of closest) expect(ALL_IDS).toContain(id);
  });

  it('suggests checks of the service named for an unknown id of a known service', () => {
    const services = (wanted: string): string[] =>
      closestIds(wanted, ALL_IDS).map((id) => id.split('.')[0] ?? '');
    expect(services('s3.nope')).toEqual(['s3', 's3', 's3']);
    expect(services('rds.*nope*')).toEqual(['rds', 'rds', 'rds']);
  });
});

describe('check selection in a report', () => {
  it('evaluates only the selected checks', () => {
    const report = demoReport({ checks: 's3.*,iam.full-admin', 'skip-checks': 's3.tls-*' });
    const ran = new Set(report.results.map((r) => r.checkId));
    expect([...ran].sort()).toEqual([
      'iam.full-admin',
      's3.access-logging-off',
      's3.acls-enabled',
      's3.bucket-public',
      's3.default-encryption-missing',
      's3.public-access-not-blocked',
      's3.versioning-off',
    ]);
    expect(report.config).toMatchObject({
      checks: ['s3.*', 'iam.full-admin'],
      skipChecks: ['s3.tls-*'],
    });
  });

  it('rejects an unknown check before evaluating anything', () => {
    expect(() => demoReport({ checks: 's3.nope' })).toThrow(ConfigError);
  });
});
