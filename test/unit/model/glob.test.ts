import { globMatch } from '../../../src/model/glob.js';

describe('globMatch', () => {
  it('matches * across slashes and colons, and ? as one character', () => {
    expect(globMatch('arn:aws:s3:::logs-*', 'arn:aws:s3:::logs-2026/a:b')).toBe(true);
    expect(globMatch('ec2.?mdsv2-*', 'ec2.imdsv2-not-required')).toBe(true);
    expect(globMatch('ec2.?', 'ec2.ab')).toBe(false);
    expect(globMatch('a.b', 'axb')).toBe(false);
  });

  it('gives the same answers after more distinct patterns than it keeps compiled', () => {
    const patterns = Array.from({ length: 2500 }, (_, i) => `arn:aws:s3:::bucket-${i}/*`);
    for (const pattern of patterns) {
      expect(globMatch(pattern, `${pattern.slice(0, -1)}key`)).toBe(true);
    }
    expect(globMatch(patterns[0] ?? '', 'arn:aws:s3:::bucket-0/key')).toBe(true);
    expect(globMatch(patterns[0] ?? '', 'arn:aws:s3:::bucket-1/key')).toBe(false);
  });

  it('keeps case-sensitive and case-insensitive patterns apart', () => {
    expect(globMatch('S3:Get*', 's3:getobject', true)).toBe(true);
    expect(globMatch('S3:Get*', 's3:getobject')).toBe(false);
    expect(globMatch('S3:Get*', 's3:getobject', true)).toBe(true);
  });
});
