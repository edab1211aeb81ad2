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
}
