export const id = 325;
export const ids = [325];
export const modules = {

/***/ 1105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tj: () => (/* binding */ permissionFor),
/* harmony export */   mr: () => (/* binding */ permissionsFor)
/* harmony export */ });
/* unused harmony export OPERATION_PERMISSIONS */
/**
 * The IAM actions each API operation needs. Operation names are `<client>:<Operation>` as counted
 * in `stats.apiCalls`; an empty list means no permission is needed (STS identity calls). The
 * README's policy and iam-policy.json hold exactly the union of these actions; a unit test keeps
 * the three aligned with the operations the collectors import.
 */
const OPERATION_PERMISSIONS = {
    'sts:GetCallerIdentity': [],
    'sts:AssumeRoleWithWebIdentity': [],
    'ec2:DescribeRegions': ['ec2:DescribeRegions'],
    's3:ListBuckets': ['s3:ListAllMyBuckets'],
    's3:GetBucketLocation': ['s3:GetBucketLocation'],
    's3:GetBucketTagging': ['s3:GetBucketTagging'],
    's3:GetBucketEncryption': ['s3:GetEncryptionConfiguration'],
    's3:GetBucketVersioning': ['s3:GetBucketVersioning'],
    's3:GetPublicAccessBlock': ['s3:GetBucketPublicAccessBlock'],
    's3:GetBucketPolicy': ['s3:GetBucketPolicy'],
    's3:GetBucketPolicyStatus': ['s3:GetBucketPolicyStatus'],
    's3:GetBucketAcl': ['s3:GetBucketAcl'],
    's3:GetBucketOwnershipControls': ['s3:GetBucketOwnershipControls'],
    's3:GetBucketLogging': ['s3:GetBucketLogging'],
    's3control:GetPublicAccessBlock': ['s3:GetAccountPublicAccessBlock'],
    'efs:DescribeFileSystems': ['elasticfilesystem:DescribeFileSystems'],
    'efs:DescribeMountTargets': ['elasticfilesystem:DescribeMountTargets'],
    // AWS checks the mount target's network interface too (EFS API reference).
    'efs:DescribeMountTargetSecurityGroups': [
        'elasticfilesystem:DescribeMountTargetSecurityGroups',
        'ec2:DescribeNetworkInterfaceAttribute',
    ],
    'efs:DescribeAccessPoints': ['elasticfilesystem:DescribeAccessPoints'],
    'efs:DescribeLifecycleConfiguration': ['elasticfilesystem:DescribeLifecycleConfiguration'],
    'efs:DescribeBackupPolicy': ['elasticfilesystem:DescribeBackupPolicy'],
    'efs:DescribeFileSystemPolicy': ['elasticfilesystem:DescribeFileSystemPolicy'],
    'efs:DescribeReplicationConfigurations': ['elasticfilesystem:DescribeReplicationConfigurations'],
    'backup:ListProtectedResources': ['backup:ListProtectedResources'],
    'cloudwatch:DescribeAlarms': ['cloudwatch:DescribeAlarms'],
    'cloudwatch:GetMetricData': ['cloudwatch:GetMetricData'],
    'ec2:DescribeSubnets': ['ec2:DescribeSubnets'],
    'ec2:DescribeSecurityGroups': ['ec2:DescribeSecurityGroups'],
    'ec2:GetManagedPrefixListEntries': ['ec2:GetManagedPrefixListEntries'],
    'ec2:DescribeNetworkInterfaces': ['ec2:DescribeNetworkInterfaces'],
    'ec2:DescribeInstances': ['ec2:DescribeInstances'],
    'ec2:DescribeVolumes': ['ec2:DescribeVolumes'],
    'ec2:GetEbsEncryptionByDefault': ['ec2:GetEbsEncryptionByDefault'],
    'ec2:DescribeSnapshots': ['ec2:DescribeSnapshots'],
    'ec2:DescribeSnapshotAttribute': ['ec2:DescribeSnapshotAttribute'],
    'ec2:DescribeImages': ['ec2:DescribeImages'],
    'ec2:GetSnapshotBlockPublicAccessState': ['ec2:GetSnapshotBlockPublicAccessState'],
    'ec2:GetInstanceMetadataDefaults': ['ec2:GetInstanceMetadataDefaults'],
    'ec2:DescribeVpcs': ['ec2:DescribeVpcs'],
    'ec2:DescribeFlowLogs': ['ec2:DescribeFlowLogs'],
    'ec2:DescribeAddresses': ['ec2:DescribeAddresses'],
    'rds:DescribeDBInstances': ['rds:DescribeDBInstances'],
    'rds:DescribeDBClusters': ['rds:DescribeDBClusters'],
    'rds:DescribeDBSnapshots': ['rds:DescribeDBSnapshots'],
    'rds:DescribeDBClusterSnapshots': ['rds:DescribeDBClusterSnapshots'],
    'rds:DescribeDBSnapshotAttributes': ['rds:DescribeDBSnapshotAttributes'],
    'rds:DescribeDBClusterSnapshotAttributes': ['rds:DescribeDBClusterSnapshotAttributes'],
    'iam:GetAccountAuthorizationDetails': ['iam:GetAccountAuthorizationDetails'],
    'iam:GetPolicy': ['iam:GetPolicy'],
    'iam:GetPolicyVersion': ['iam:GetPolicyVersion'],
    // Not a read: it asks IAM to prepare the report, and changes nothing in the account.
    'iam:GenerateCredentialReport': ['iam:GenerateCredentialReport'],
    'iam:GetCredentialReport': ['iam:GetCredentialReport'],
    'iam:GetAccountPasswordPolicy': ['iam:GetAccountPasswordPolicy'],
};
/** The IAM actions to grant for an operation, or the operation itself when the table names none. */
function permissionsFor(operation) {
    const actions = OPERATION_PERMISSIONS[operation] ?? [];
    return actions.length > 0 ? actions : [operation];
}
/** The same as one phrase (`a and b`), for details and tables. */
function permissionFor(operation) {
    return permissionsFor(operation).join(' and ');
}


/***/ }),

/***/ 5221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ formatUsd),
/* harmony export */   t: () => (/* binding */ roundUsd)
/* harmony export */ });
// Dollar amounts: rules write them into details, reports total and print them.
/** Rounds dollars to cents, the precision every saving is reported in. */
function roundUsd(amount) {
    return Math.round(amount * 100) / 100;
}
function formatUsd(amount) {
    const cents = Math.round(Math.abs(amount) * 100);
    const sign = amount < 0 && cents > 0 ? '-' : '';
    const whole = Math.floor(cents / 100).toLocaleString('en-US');
    return `${sign}$${whole}.${String(cents % 100).padStart(2, '0')}`;
}


/***/ })

};
