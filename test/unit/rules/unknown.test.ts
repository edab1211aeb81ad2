import { unknownFinding } from '../../../src/rules/kit.js';

const bucket = { region: 'us-east-1', resourceId: 'acme-logs' };

describe('unknownFinding', () => {
  it('names the permission to grant when the call was denied', () => {
    const finding = unknownFinding(bucket, {
      operation: 's3:GetBucketEncryption',
      code: 'AccessDenied',
      message: 'denied',
    });
    expect(finding.status).toBe('UNKNOWN');
    expect(finding.detail).toBe(
      'Could not be assessed: s3:GetBucketEncryption failed with AccessDenied; the scan needs s3:GetEncryptionConfiguration.',
    );
    expect(finding.failedCall).toEqual({
      operation: 's3:GetBucketEncryption',
      code: 'AccessDenied',
      permission: 's3:GetEncryptionConfiguration',
    });
  });

  it('names every action a denied call needs', () => {
    const finding = unknownFinding(bucket, {
      operation: 'efs:DescribeMountTargetSecurityGroups',
      code: 'AccessDeniedException',
      message: 'denied',
    });
    const both =
      'elasticfilesystem:DescribeMountTargetSecurityGroups and ec2:DescribeNetworkInterfaceAttribute';
    expect(finding.detail).toBe(
      `Could not be assessed: efs:DescribeMountTargetSecurityGroups failed with AccessDeniedException; the scan needs ${both}.`,
    );
    expect(finding.failedCall?.permission).toBe(both);
  });

  it('does not blame permissions for throttling or a service error', () => {
    const finding = unknownFinding(bucket, {
      operation: 'efs:DescribeReplicationConfigurations',
      code: 'HttpError500',
      message: 'error',
    });
    expect(finding.detail).toBe(
      'Could not be assessed: efs:DescribeReplicationConfigurations failed with HttpError500: an error of the AWS service.',
    );
  });

  it.each([
    ['Throttling', 'throttled', ': AWS throttled it through every retry'],
    ['ResourceNotFoundException', 'not-found', ': not found.'],
    ['TimeoutError', 'timeout', ': it timed out on every attempt.'],
    ['ScanDeadline', 'timeout', ': the scan-timeout-minutes deadline passed first.'],
    ['ECONNREFUSED', 'network', ': a network error'],
    ['HttpError200', 'malformed', ': the answer could not be read (malformed or truncated).'],
    [
      'TypeError',
      'internal',
      ': an internal error of posture-gate; please report it at https://github.com/posture-gate/posture-gate/issues.',
    ],
  ] as const)('says what a %s failure was, naming no permission', (code, cls, words) => {
    for (const failure of [
      { operation: 's3:GetBucketPolicy', code, message: 'm', class: cls },
      // A failure recorded before classes existed is classed by its code.
      { operation: 's3:GetBucketPolicy', code, message: 'm' },
    ]) {
      const finding = unknownFinding(bucket, failure);
      expect(finding.detail).toContain(`s3:GetBucketPolicy failed with ${code}${words}`);
      expect(finding.detail).not.toMatch(/needs|grant|permission/);
    }
  });

  it('names the permission of a denied call whatever its code, by its class', () => {
    const finding = unknownFinding(bucket, {
      operation: 's3:GetBucketPolicy',
      code: 'HttpError403',
      message: 'Forbidden',
      class: 'denied',
    });
    expect(finding.detail).toBe(
      'Could not be assessed: s3:GetBucketPolicy failed with HttpError403; the scan needs s3:GetBucketPolicy.',
    );
  });

  it('says so when the session expired mid-scan', () => {
    const finding = unknownFinding(bucket, {
      operation: 'ec2:DescribeInstances',
      code: 'ExpiredToken',
      message: 'expired',
    });
    expect(finding.detail).toMatch(
      /session expired during the scan \(raise role-duration-seconds\)/,
    );
  });
});
