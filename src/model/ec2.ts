import type { Fetched, Tags } from './inventory.js';

export interface Ec2Instance {
  id: string;
  arn: string;
  /** The `Name` tag, when set. */
  name?: string;
  /** `pending`, `running`, `stopping` or `stopped`: terminated and shutting-down ones are left out. */
  state: string;
  /** `MetadataOptions.HttpTokens`: `required` means IMDSv2 only; absent when the answer lacked it. */
  httpTokens?: string;
  /**
   * `MetadataOptions.HttpEndpoint`: `enabled` or `disabled` (the metadata service is off); absent
   * when the answer lacked it or the inventory was saved before it was collected.
   */
  httpEndpoint?: string;
  publicIp?: string;
  tags: Tags;
}

export interface EbsVolume {
  id: string;
  arn: string;
  name?: string;
  /** `creating`, `available`, `in-use` or `error`: deleting and deleted ones are left out. */
  state: string;
  encrypted: boolean;
  /** Instances the volume is attached to. */
  attachedTo: string[];
  tags: Tags;
  // What the cost checks price the volume by. Each is absent in inventories saved before it was
  // collected (not collected: a check that needs it is UNKNOWN), or when the answer lacked it.
  /** `VolumeType`: gp2, gp3, io1, io2, st1, sc1 or standard. */
  volumeType?: string;
  /** `Size`, in GiB. */
  sizeGib?: number;
  /** `Iops`: provisioned IOPS (gp3, io1, io2), or the baseline AWS reports for gp2. */
  iops?: number;
  /** `Throughput`, in MiB/s: gp3 only. */
  throughputMibps?: number;
  /** `CreateTime`, ISO 8601. */
  createdAt?: string;
}

/** An Elastic IP address (DescribeAddresses). */
export interface ElasticIp {
  /** `AllocationId`. */
  id: string;
  arn: string;
  name?: string;
  publicIp?: string;
  /** Absent when the address is associated with nothing. */
  associationId?: string;
  instanceId?: string;
  networkInterfaceId?: string;
  /** `vpc` or `standard`. */
  domain?: string;
  /** `amazon`, or the id of a BYOIP pool: AWS does not charge for BYOIP addresses. */
  publicIpv4Pool?: string;
  tags: Tags;
}

// Snapshots, AMIs, VPCs and account settings read by the public-sharing, metadata-default and
// flow-log checks. Every field of Ec2Inventory below that uses them is optional: an inventory
// saved before they were collected lacks it, and the checks are then UNKNOWN.

/**
 * An EBS snapshot of the account that DescribeSnapshots listed as restorable by everyone, with the
 * DescribeSnapshotAttribute read that confirms it.
 */
export interface EbsSnapshot {
  id: string;
  arn: string;
  name?: string;
  volumeId?: string;
  encrypted: boolean;
  /** Whether `createVolumePermission` includes the group `all`. */
  restorableByAll: Fetched<boolean>;
  tags: Tags;
}

/** An AMI the account owns (DescribeImages, Owners `self`). */
export interface Ami {
  id: string;
  arn: string;
  name?: string;
  state: string;
  /** `Public`: whether the image has public launch permissions; absent when the answer lacked it. */
  public?: boolean;
  tags: Tags;
}

export interface Vpc {
  id: string;
  arn: string;
  name?: string;
  isDefault: boolean;
  tags: Tags;
}

/** A flow log of the region: on a VPC, a subnet or a network interface (its `ResourceId`). */
export interface FlowLog {
  id: string;
  resourceId: string;
  /** `FlowLogStatus`: `ACTIVE` when it is publishing; absent when the answer lacked it. */
  status?: string;
}

export interface Ec2Inventory {
  /** DescribeInstances. */
  instances: Fetched<Ec2Instance[]>;
  /** DescribeVolumes. */
  volumes: Fetched<EbsVolume[]>;
  /**
   * Whether new EBS volumes in this region are encrypted by default (an account setting); null
   * when the answer lacked the field, which AWS always returns.
   */
  ebsEncryptionByDefault: Fetched<boolean | null>;
  /**
   * DescribeSnapshots (OwnerIds `self`, RestorableByUserIds `all`): the account's snapshots the
   * listing says are public, each confirmed with DescribeSnapshotAttribute.
   */
  publicSnapshots?: Fetched<EbsSnapshot[]>;
  /** DescribeImages, Owners `self`. */
  images?: Fetched<Ami[]>;
  /** GetSnapshotBlockPublicAccessState `State`; null when the answer lacked it. */
  snapshotBlockPublicAccess?: Fetched<string | null>;
  /**
   * GetInstanceMetadataDefaults `AccountLevel.HttpTokens`; null when the account sets no default
   * (AWS leaves the field out).
   */
  imdsDefaultHttpTokens?: Fetched<string | null>;
  /**
   * GetInstanceMetadataDefaults `AccountLevel.HttpTokensEnforced` is `enabled`: no instance can
   * launch unless it requires IMDSv2. From the same answer as `imdsDefaultHttpTokens`; absent
   * when not enabled or not collected.
   */
  imdsDefaultHttpTokensEnforced?: boolean;
  /** DescribeVpcs. */
  vpcs?: Fetched<Vpc[]>;
  /** DescribeFlowLogs: every flow log of the region. */
  flowLogs?: Fetched<FlowLog[]>;
  /**
   * DescribeAddresses (one call per region: it is not paginated). Absent in inventories saved
   * before it was collected.
   */
  addresses?: Fetched<ElasticIp[]>;
}
