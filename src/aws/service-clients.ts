// Every SDK client but STS: loaded by loadServiceClients (src/aws/clients.ts) once the account
// is known, so that the first AWS call of a scan waits only for STS and the credential providers.
import { BackupClient } from '@aws-sdk/client-backup';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { EC2Client } from '@aws-sdk/client-ec2';
import { EFSClient } from '@aws-sdk/client-efs';
import { IAMClient } from '@aws-sdk/client-iam';
import { RDSClient } from '@aws-sdk/client-rds';
import { S3Client } from '@aws-sdk/client-s3';
import { S3ControlClient } from '@aws-sdk/client-s3-control';

export const SERVICE_CLIENTS = {
  backup: BackupClient,
  cloudwatch: CloudWatchClient,
  ec2: EC2Client,
  efs: EFSClient,
  iam: IAMClient,
  rds: RDSClient,
  s3: S3Client,
  s3control: S3ControlClient,
} as const;
