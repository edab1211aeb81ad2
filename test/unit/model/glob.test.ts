import { globMatch } from '../../../src/model/glob.js';

/** The RegExp each pattern used to be compiled to: the matcher must agree with it. */
function viaRegExp(pattern: string, value: string, ignoreCase = false): boolean {
  const body = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, ignoreCase ? 'i' : '').test(value);
}

const CASES: [string, string][] = [
  ['arn:aws:s3:::logs-*', 'arn:aws:s3:::logs-2026/a:b'],
  ['arn:aws:s3:::logs-*', 'arn:aws:s3:::logs'],
  ['ec2.?mdsv2-*', 'ec2.imdsv2-not-required'],
  ['ec2.?', 'ec2.ab'],
  ['a.b', 'axb'],
  ['a+b(c)[d]{e}|f^g$h\\i', 'a+b(c)[d]{e}|f^g$h\\i'],
  ['*', ''],
  ['?', ''],
  ['', ''],
  ['', 'a'],
  ['**a**', 'xxa'],
  ['*a*b', 'xaxxb'],
  ['*a*b', 'xaxxbc'],
  ['a*b*c', 'abbbcbc'],
  ['a*', 'a\nb'],
  ['a?b', 'a\nb'],
  ['*b', '\rb'],
  ['a*\n*b', 'ax\nyb'],
  ['S3:Get*', 's3:getobject'],
  ['iam:*', 'IAM:PassRole'],
  ['straße', 'STRASSE'],
  ['\u212a', 'k'],
  ['é*', 'É'],
];

describe('globMatch', () => {
  it.each(CASES)('agrees with the RegExp it replaces: %j against %j', (pattern, value) => {
    expect(globMatch(pattern, value)).toBe(viaRegExp(pattern, value));
    expect(globMatch(pattern, value, true)).toBe(viaRegExp(pattern, value, true));
  });

  it('matches * across slashes and colons, and ? as one character', () => {
    expect(globMatch('arn:aws:s3:::logs-*', 'arn:aws:s3:::logs-2026/a:b')).toBe(true);
    expect(globMatch('ec2.?mdsv2-*', 'ec2.imdsv2-not-required')).toBe(true);
    expect(globMatch('ec2.?', 'ec2.ab')).toBe(false);
  });

  it('folds case only when asked', () => {
    expect(globMatch('S3:Get*', 's3:getobject', true)).toBe(true);
    expect(globMatch('S3:Get*', 's3:getobject')).toBe(false);
  });
});
