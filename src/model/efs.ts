import type { Fetched, Tags } from './inventory.js';
import type { MetricSeries, MetricWindow } from './metrics.js';
import type { IngressPermission, PrefixListEntries } from './network.js';

/** Bytes stored, as DescribeFileSystems reports them (metered about hourly). */
export interface EfsSize {
  total: number;
  standard?: number;
  infrequentAccess?: number;
  archive?: number;
}

export interface EfsMountTarget {
  id: string;
  subnetId: string;
  availabilityZoneName?: string;
  state: string;
  securityGroupIds: Fetched<string[]>;
}

/** Transition rules of the lifecycle configuration, e.g. `AFTER_30_DAYS`; absent when not set. */
export interface EfsLifecycle {
  transitionToIA?: string;
  transitionToArchive?: string;
  transitionToPrimaryStorageClass?: string;
}

/** CloudWatch `AWS/EFS` series of one file system, reduced by the rules. */
export interface EfsMetrics {
  /** MeteredIOBytes Sum per hour over the lookback window: metered throughput. */
  meteredIOBytes: Fetched<MetricSeries>;
  /** MetadataIOBytes SampleCount per hour over the lookback window: metadata operations. */
  metadataOperations: Fetched<MetricSeries>;
  /** BurstCreditBalance Minimum per hour over the lookback window; bursting file systems only. */
  burstCreditBalance?: Fetched<MetricSeries>;
  /**
   * DataReadIOBytes and DataWriteIOBytes Sum per hour over the lookback window: the bytes Elastic
   * throughput would bill. Provisioned file systems only; absent in inventories saved before they
   * were collected (not collected, not "no I/O").
   */
  dataReadIOBytes?: Fetched<MetricSeries>;
  dataWriteIOBytes?: Fetched<MetricSeries>;
  /** ClientConnections Sum per day over the connections window. */
  clientConnections: Fetched<MetricSeries>;
  /**
   * StorageBytes Average per day by storage class, read only when SizeInBytes is zero: a real file
   * system never reports less than its 6 KiB of metadata, while moto always reports 0.
   */
  storageBytes?: {
    total: Fetched<MetricSeries>;
    standard: Fetched<MetricSeries>;
    infrequentAccess: Fetched<MetricSeries>;
  };
}

export interface EfsFileSystem {
  id: string;
  arn: string;
  /** From the Name tag: untrusted text. */
  name?: string;
  tags: Tags;
  createdAt: string;
  /** LifeCycleState: `available`, `creating`, `updating` or `error`: deleting and deleted ones are left out. */
  state: string;
  /** `generalPurpose` or `maxIO`. */
  performanceMode: string;
  /** `bursting`, `provisioned` or `elastic`. */
  throughputMode: string;
  provisionedThroughputMibps?: number;
  encrypted: boolean;
  kmsKeyId?: string;
  /** Set only for One Zone storage. */
  availabilityZoneName?: string;
  sizeInBytes: EfsSize;
  mountTargets: Fetched<EfsMountTarget[]>;
  lifecycle: Fetched<EfsLifecycle>;
  /** BackupPolicy Status (`ENABLED`, `DISABLED`, ...); null when no backup policy exists. */
  backupPolicyStatus: Fetched<string | null>;
  /** The file system policy JSON; null when none is set (the default policy is in effect). */
  policy: Fetched<string | null>;
  metrics: EfsMetrics;
}

export interface EfsAccessPoint {
  id: string;
  arn: string;
  fileSystemId: string;
  /** From the Name tag: untrusted text. */
  name?: string;
  tags: Tags;
  state: string;
  /** RootDirectory Path; AWS uses `/` when none was given. */
  rootDirectoryPath: string;
  /** The enforced POSIX identity; absent when clients keep their own. */
  posixUser?: { uid: number; gid: number; secondaryGids?: number[] };
}

export interface EfsReplication {
  sourceFileSystemId: string;
  destinations: { fileSystemId: string; region: string; status: string }[];
}

/** One metric of one file system that a CloudWatch alarm watches. */
export interface EfsAlarm {
  alarmName: string;
  metricName: string;
  fileSystemId: string;
}

export interface EfsSubnet {
  id: string;
  vpcId?: string;
  mapPublicIpOnLaunch: boolean;
}

export interface EfsSecurityGroup {
  id: string;
  name?: string;
  ingress: IngressPermission[];
}

/** The EFS part of one region. Lists hold only what the file systems of the region use. */
export interface EfsInventory {
  /** DescribeFileSystems. */
  fileSystems: Fetched<EfsFileSystem[]>;
  /** DescribeAccessPoints: the region's access points; after the scope filter, those in scope. */
  accessPoints: Fetched<EfsAccessPoint[]>;
  /**
   * Set by the scope filter: every access point of the region, in scope or not. Which access
   * points a file system has is a fact about the file system, whatever their own tags.
   */
  allAccessPoints?: EfsAccessPoint[];
  replications: Fetched<EfsReplication[]>;
  /**
   * ARNs of the region's file systems that AWS Backup lists (ListProtectedResources): every
   * resource with a recovery point still retained, however old its last backup.
   */
  protectedFileSystemArns: Fetched<string[]>;
  /**
   * LastBackupTime (ISO 8601) of each ARN in `protectedFileSystemArns`, set when that listing
   * succeeded. Absent in inventories saved before it was collected: not collected, not "never".
   */
  lastBackupTimes?: Record<string, string>;
  alarms: Fetched<EfsAlarm[]>;
  /** The subnets of the mount targets. */
  subnets: Fetched<EfsSubnet[]>;
  /** The security groups of the mount targets. */
  securityGroups: Fetched<EfsSecurityGroup[]>;
  /**
   * The entries of the managed prefix lists those security groups reference. Absent in an
   * inventory saved before they were read: a rule that needs one is then UNKNOWN.
   */
  prefixLists?: PrefixListEntries;
  /** `lookback`: the 30-day hourly window; `connections`: the 60-day daily window of efs.unused. */
  metricWindows: { lookback: MetricWindow; connections: MetricWindow };
}
