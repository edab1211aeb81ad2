import { totalSavingsUsd } from '../../../src/triage/summary.js';
import type { CheckResult } from '../../../src/model/results.js';

function saving(checkId: string, resourceId: string, monthlySavingsUsd: number): CheckResult {
  return {
    id: `${checkId}-${resourceId}`,
    checkId,
    title: checkId,
    service: 'efs',
    category: 'cost',
    severity: 'medium',
    status: 'FAIL',
    account: '111122223333',
    region: 'us-east-1',
    resourceType: 'AWS::EFS::FileSystem',
    resourceId,
    detail: '',
    remediation: { text: '', url: '' },
    frameworks: {},
    monthlySavingsUsd,
  };
}

describe('totalSavingsUsd', () => {
  it('adds savings that cut different parts of a bill', () => {
    expect(
      totalSavingsUsd([
        saving('efs.throughput-overprovisioned', 'fs-1', 756),
        saving('efs.no-ia-lifecycle', 'fs-1', 10.25),
        saving('efs.no-ia-lifecycle', 'fs-2', 1.1),
      ]),
    ).toBe(767.35);
  });

  it('counts an unused file system once, at its whole bill', () => {
    expect(
      totalSavingsUsd([
        saving('efs.unused', 'fs-1', 800),
        saving('efs.throughput-overprovisioned', 'fs-1', 756),
        saving('efs.no-ia-lifecycle', 'fs-1', 10.25),
        saving('efs.no-ia-lifecycle', 'fs-2', 1.1),
      ]),
    ).toBe(801.1);
  });
});
