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
   * DescribeAddresses (one call per region: it is not paginated). Absent in inventories saved
   * before it was collected.
   */
  addresses?: Fetched<ElasticIp[]>;
}
