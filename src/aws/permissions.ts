/**
 * The IAM action each API operation needs. Operation names are `<client>:<Operation>` as counted
 * in `stats.apiCalls`; `null` means no permission is needed (STS identity calls). The README's
 * policy and iam-policy.json hold exactly the non-null values; a unit test keeps the three aligned
 * with the operations the collectors import.
 */
export const OPERATION_PERMISSIONS: Readonly<Record<string, string | null>> = {
  'sts:GetCallerIdentity': null,
  'sts:AssumeRoleWithWebIdentity': null,
  'ec2:DescribeRegions': 'ec2:DescribeRegions',
  's3:ListBuckets': 's3:ListAllMyBuckets',
  's3:GetBucketLocation': 's3:GetBucketLocation',
  's3:GetBucketTagging': 's3:GetBucketTagging',
  's3:GetBucketEncryption': 's3:GetEncryptionConfiguration',
  's3:GetBucketVersioning': 's3:GetBucketVersioning',
  's3:GetPublicAccessBlock': 's3:GetBucketPublicAccessBlock',
  's3:GetBucketPolicy': 's3:GetBucketPolicy',
  's3control:GetPublicAccessBlock': 's3:GetAccountPublicAccessBlock',
  'efs:DescribeFileSystems': 'elasticfilesystem:DescribeFileSystems',
  'efs:DescribeMountTargets': 'elasticfilesystem:DescribeMountTargets',
  'efs:DescribeMountTargetSecurityGroups': 'elasticfilesystem:DescribeMountTargetSecurityGroups',
  'efs:DescribeAccessPoints': 'elasticfilesystem:DescribeAccessPoints',
  'efs:DescribeLifecycleConfiguration': 'elasticfilesystem:DescribeLifecycleConfiguration',
  'efs:DescribeBackupPolicy': 'elasticfilesystem:DescribeBackupPolicy',
  'efs:DescribeFileSystemPolicy': 'elasticfilesystem:DescribeFileSystemPolicy',
  'efs:DescribeReplicationConfigurations': 'elasticfilesystem:DescribeReplicationConfigurations',
  'efs:ListTagsForResource': 'elasticfilesystem:ListTagsForResource',
  'backup:ListProtectedResources': 'backup:ListProtectedResources',
  'cloudwatch:DescribeAlarms': 'cloudwatch:DescribeAlarms',
  'cloudwatch:GetMetricData': 'cloudwatch:GetMetricData',
  'ec2:DescribeSubnets': 'ec2:DescribeSubnets',
  'ec2:DescribeSecurityGroups': 'ec2:DescribeSecurityGroups',
  'ec2:DescribeNetworkInterfaces': 'ec2:DescribeNetworkInterfaces',
  'ec2:DescribeInstances': 'ec2:DescribeInstances',
  'ec2:DescribeVolumes': 'ec2:DescribeVolumes',
  'ec2:GetEbsEncryptionByDefault': 'ec2:GetEbsEncryptionByDefault',
  'rds:DescribeDBInstances': 'rds:DescribeDBInstances',
  'rds:DescribeDBClusters': 'rds:DescribeDBClusters',
  'iam:GetAccountAuthorizationDetails': 'iam:GetAccountAuthorizationDetails',
  'iam:GetPolicy': 'iam:GetPolicy',
  'iam:GetPolicyVersion': 'iam:GetPolicyVersion',
};

/** The IAM action to grant for an operation, or the operation itself when it is not in the table. */
export function permissionFor(operation: string): string {
  return OPERATION_PERMISSIONS[operation] ?? operation;
}
