import { readFileSync, writeFileSync } from 'node:fs';
import { renderChecksDoc } from '../../src/report/catalogue.js';
import { ALL_RULES } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/kit.js';

/**
 * docs/checks.md is generated from the rules' metadata. `npm run docs` (this test with
 * UPDATE_DOCS=1) rewrites it after a check is added or its metadata changes.
 */
const DOC = 'docs/checks.md';
const REGENERATE = 'npm run docs';

const rule = (meta: Partial<Rule['meta']>): Rule => ({
  meta: {
    id: 's3.example',
    title: 'Example',
    service: 's3',
    category: 'security',
    severity: 'low',
    resourceType: 'AWS::S3::Bucket',
    remediation: { text: 'Fix it.', url: 'https://docs.aws.amazon.com/' },
    frameworks: {},
    failWhen: 'It is wrong.',
    ...meta,
  },
  evaluate: () => [],
});

describe('docs/checks.md', () => {
  const expected = renderChecksDoc(ALL_RULES);
  if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, expected);
  const text = readFileSync(DOC, 'utf8');

  it('is generated from the rules of the code', () => {
    if (text !== expected) {
      throw new Error(`${DOC} is stale: regenerate it with \`${REGENERATE}\` and commit it.`);
    }
  });

  it('lists every check once, under its service', () => {
    for (const { meta } of ALL_RULES) {
      expect(text.split(`### \`${meta.id}\`\n`)).toHaveLength(2);
    }
  });

  it('contains no emoji', () => {
    expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
  });
});

describe('renderChecksDoc', () => {
  it('says what makes each check FAIL', () => {
    const doc = renderChecksDoc([
      rule({ id: 's3.one', failWhen: 'Versioning is not `Enabled`.' }),
      rule({ id: 's3.two' }),
    ]);
    expect(doc).toContain('- FAIL when: Versioning is not `Enabled`.');
    expect(doc).toContain('- FAIL when: It is wrong.');
    expect(doc.match(/FAIL when:/g)).toHaveLength(2);
  });

  it('escapes pipes in table cells, also inside code spans, and markdown in plain text', () => {
    const doc = renderChecksDoc([
      rule({
        title: 'Allows `a|b` or c|d with s3:* and *',
        frameworks: { fsbp: ['X|1'] },
        remediation: {
          text: 'Deny "s3:*" on arn:aws:s3:::BUCKET/* (AFTER_30_DAYS, not _this_).',
          url: 'https://x',
        },
      }),
    ]);
    const row = doc.split('\n').find((line) => line.startsWith('| [`s3.example`]'));
    expect(row).toBe(
      '| [`s3.example`](#s3example) | Allows `a\\|b` or c\\|d with s3:\\* and \\* | security | low | X\\|1 |  |',
    );
    expect(doc).toContain(
      '- Remediation: Deny "s3:\\*" on arn:aws:s3:::BUCKET/\\* (AFTER_30_DAYS, not \\_this\\_).',
    );
  });

  it('groups checks by service in catalogue order', () => {
    const doc = renderChecksDoc([
      rule({ id: 'sg.one', service: 'sg' }),
      rule({ id: 's3.one' }),
      rule({ id: 'sg.two', service: 'sg' }),
    ]);
    const headings = doc.split('\n').filter((line) => /^#{2,3} /.test(line));
    expect(headings).toEqual([
      '## Security groups',
      '### `sg.one`',
      '### `sg.two`',
      '## S3',
      '### `s3.one`',
    ]);
    expect(doc).toContain('- [Security groups](#security-groups): 2 checks');
    expect(doc).toContain('- [S3](#s3): 1 check');
  });
});
