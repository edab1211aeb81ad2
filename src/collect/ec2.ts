import {
  GetEbsEncryptionByDefaultCommand,
  paginateDescribeInstances,
  paginateDescribeVolumes,
  type Instance,
  type Volume,
} from '@aws-sdk/client-ec2';
import type { CollectContext } from './context.js';
import { listingOf, partitionOf, tagsOf } from './convert.js';
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
  /** DescribeInstances: how many instances it listed; when it failed `instances` is empty. */
  instancesListing: Fetched<{ listed: number }>;
  instances: Ec2Instance[];
  /** DescribeVolumes: how many volumes it listed; when it failed `volumes` is empty. */
  volumesListing: Fetched<{ listed: number }>;
  volumes: EbsVolume[];
  /**
   * Whether new EBS volumes in this region are encrypted by default (an account setting); null
   * when the answer lacked the field, which AWS always returns.
   */
  ebsEncryptionByDefault: Fetched<boolean | null>;
}

/** The largest page sizes the two listings accept. */
const INSTANCE_PAGE_SIZE = 1000;
const VOLUME_PAGE_SIZE = 500;

const LIVE_INSTANCE_STATES = ['pending', 'running', 'stopping', 'stopped'];
const LIVE_VOLUME_STATES = ['creating', 'available', 'in-use', 'error'];

function toInstance(instance: Instance, arnPrefix: string): Ec2Instance {
  const tags = tagsOf(instance.Tags);
  const out: Ec2Instance = {
    id: instance.InstanceId ?? '',
    arn: `${arnPrefix}:instance/${instance.InstanceId}`,
    state: instance.State?.Name ?? 'unknown',
    tags,
  };
  if (tags.Name) out.name = tags.Name;
  if (instance.MetadataOptions?.HttpTokens) out.httpTokens = instance.MetadataOptions.HttpTokens;
  if (instance.PublicIpAddress) out.publicIp = instance.PublicIpAddress;
  return out;
}

function toVolume(volume: Volume, arnPrefix: string): EbsVolume {
  const tags = tagsOf(volume.Tags);
  const out: EbsVolume = {
    id: volume.VolumeId ?? '',
    arn: `${arnPrefix}:volume/${volume.VolumeId}`,
    state: volume.State ?? 'unknown',
    encrypted: volume.Encrypted === true,
    attachedTo: (volume.Attachments ?? []).flatMap((a) => (a.InstanceId ? [a.InstanceId] : [])),
    tags,
  };
  if (tags.Name) out.name = tags.Name;
  return out;
}

/** Instances and volumes of one region, listed in pages, plus the region's EBS default encryption. */
export async function collectEc2(ctx: CollectContext): Promise<Ec2Inventory> {
  const client = ctx.clients.ec2;
  const arnPrefix = `arn:${partitionOf(ctx.region)}:ec2:${ctx.region}:${ctx.account}`;
  const [instances, volumes, encryptionByDefault] = await Promise.all([
    ctx.pages(
      'ec2:DescribeInstances',
      paginateDescribeInstances(
        { client, pageSize: INSTANCE_PAGE_SIZE },
        { Filters: [{ Name: 'instance-state-name', Values: LIVE_INSTANCE_STATES }] },
      ),
      (page) => page.Reservations?.flatMap((r) => r.Instances ?? []),
    ),
    ctx.pages(
      'ec2:DescribeVolumes',
      paginateDescribeVolumes(
        { client, pageSize: VOLUME_PAGE_SIZE },
        { Filters: [{ Name: 'status', Values: LIVE_VOLUME_STATES }] },
      ),
      (page) => page.Volumes,
    ),
    ctx.call('ec2:GetEbsEncryptionByDefault', () =>
      client.send(new GetEbsEncryptionByDefaultCommand({})),
    ),
  ]);
  return {
    instancesListing: listingOf(instances),
    instances: instances.ok ? instances.value.map((i) => toInstance(i, arnPrefix)) : [],
    volumesListing: listingOf(volumes),
    volumes: volumes.ok ? volumes.value.map((v) => toVolume(v, arnPrefix)) : [],
    ebsEncryptionByDefault: encryptionByDefault.ok
      ? { ok: true, value: encryptionByDefault.value?.EbsEncryptionByDefault ?? null }
      : encryptionByDefault,
  };
}
