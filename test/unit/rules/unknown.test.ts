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
      'Could not be assessed: efs:DescribeReplicationConfigurations failed with HttpError500.',
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
