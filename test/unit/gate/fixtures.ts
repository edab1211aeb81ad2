import type { CheckResult } from '../../../src/model/results.js';

let next = 0;

/** A CheckResult with plausible fields; tests override what they are about. */
export function checkResult(overrides: Partial<CheckResult> = {}): CheckResult {
  next += 1;
  return {
    id: `result-${next}`,
    checkId: 'efs.unencrypted',
    title: 'EFS file system is not encrypted',
    service: 'efs',
    category: 'security',
    severity: 'critical',
    status: 'PASS',
    account: '123456789012',
    region: 'us-east-1',
    resourceType: 'AWS::EFS::FileSystem',
    resourceId: `fs-${next}`,
    detail: 'Encrypted is true.',
    remediation: { text: 'Encrypt it.', url: 'https://docs.aws.amazon.com/efs/' },
    frameworks: {},
    ...overrides,
  };
}
