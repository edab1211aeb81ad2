import { createHash } from 'node:crypto';
import { resultId, toCheckResult } from '../../../src/rules/engine.js';
import { fail, pass, toFinding, undetermined, unknown, type Rule } from '../../../src/rules/kit.js';
import type { CheckMeta } from '../../../src/model/results.js';

/** The fingerprint as it was first defined: ids stay the same across versions. */
const firstDefinition = (...fields: string[]): string =>
  createHash('sha256').update(fields.join('\u0000')).digest('hex').slice(0, 16);

describe('resultId', () => {
  it('is the first 16 hex characters of the SHA-256 of the fields, as it always was', () => {
    const fields = ['ec2.volume-unencrypted', '111122223333', 'us-east-1', 'vol-0a1b2c3d'] as const;
    expect(resultId(...fields)).toBe(firstDefinition(...fields));
    expect(resultId(...fields)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('adds the kind of a resource of another type, and nothing for none', () => {
    const fields = ['rds.backup-off', '111122223333', 'eu-west-1', 'shared-name'] as const;
    expect(resultId(...fields, 'AWS::RDS::DBCluster')).toBe(
      firstDefinition(...fields, 'AWS::RDS::DBCluster'),
    );
    expect(resultId(...fields, '')).toBe(firstDefinition(...fields));
    expect(resultId(...fields, undefined)).toBe(firstDefinition(...fields));
  });

  it('digests a text outside ASCII as UTF-8', () => {
    const fields = ['s3.bucket-public', '111122223333', 'global', 'données-€'] as const;
    expect(resultId(...fields)).toBe(firstDefinition(...fields));
  });
});

const meta: CheckMeta = {
  id: 'ec2.volume-unencrypted',
  title: 'Volume unencrypted',
  service: 'ec2',
  category: 'security',
  severity: 'high',
  resourceType: 'AWS::EC2::Volume',
  remediation: { text: 'Encrypt it.', url: 'https://example.com' },
  frameworks: { fsbp: ['EC2.3'] },
  failWhen: 'The volume is not encrypted.',
};
const rule: Rule = { meta, evaluate: () => [] };
const volume = { region: 'us-east-1', resourceId: 'vol-1', resourceArn: 'arn:aws:ec2:vol-1' };
const denied = { operation: 'ec2:DescribeVolumes', code: 'AccessDenied', message: 'denied' };

describe('a result of a finding', () => {
  it('has its fields in their order, and no field the finding lacks', () => {
    const result = toCheckResult(rule, '111122223333', toFinding(volume, pass('Encrypted.')));
    expect(Object.keys(result)).toEqual([
      'id',
      'checkId',
      'title',
      'service',
      'category',
      'severity',
      'status',
      'account',
      'region',
      'resourceType',
      'resourceId',
      'detail',
      'remediation',
      'frameworks',
      'resourceArn',
    ]);
  });

  it('keeps the evidence, the saving and the failed call in their order', () => {
    const failed = toCheckResult(
      rule,
      '111122223333',
      toFinding({ ...volume, resourceName: 'data' }, fail('Unencrypted.', { kms: false }, 4.5)),
    );
    expect(Object.keys(failed).slice(14)).toEqual([
      'resourceArn',
      'resourceName',
      'evidence',
      'monthlySavingsUsd',
    ]);
    expect([failed.evidence, failed.monthlySavingsUsd]).toEqual([{ kms: false }, 4.5]);
    const unread = toCheckResult(rule, '1', toFinding(volume, unknown(denied, { seen: 1 })));
    expect(Object.keys(unread).slice(14)).toEqual(['resourceArn', 'evidence', 'failedCall']);
  });

  it('ends the detail with the tags that could not be read, whatever the verdict', () => {
    const tagsUnread = { operation: 'ec2:DescribeTags', code: 'Throttling', message: 'slow' };
    const sentence =
      'Its tags could not be read (ec2:DescribeTags failed with Throttling), so exclude-tags and environment could not be applied to it.';
    for (const verdict of [pass('Encrypted.'), undetermined('No answer.'), unknown(denied)]) {
      const finding = toFinding({ ...volume, tagsUnread }, verdict);
      expect(finding.detail.endsWith(`. ${sentence}`)).toBe(true);
      expect(finding).not.toHaveProperty('tagsUnread');
    }
  });

  it('takes the resource type and frameworks of the finding over the check', () => {
    const cluster = { ...volume, resourceType: 'AWS::RDS::DBCluster', frameworks: {} };
    const result = toCheckResult(rule, '1', toFinding(cluster, fail('Unencrypted.')));
    expect([result.resourceType, result.frameworks]).toEqual(['AWS::RDS::DBCluster', {}]);
    const own = toCheckResult(rule, '1', toFinding(volume, fail('Unencrypted.')));
    expect([own.resourceType, own.frameworks]).toEqual(['AWS::EC2::Volume', meta.frameworks]);
  });
});
