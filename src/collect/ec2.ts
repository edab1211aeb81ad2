import {
  DescribeAddressesCommand,
  GetEbsEncryptionByDefaultCommand,
  paginateDescribeInstances,
  paginateDescribeVolumes,
  type Address,
  type Instance,
  type Volume,
} from '@aws-sdk/client-ec2';
import type { CollectContext } from './context.js';
import { partitionOf, tagsOf } from './convert.js';
import type { EbsVolume, Ec2Instance, Ec2Inventory, ElasticIp } from '../model/ec2.js';
import { mapFetched } from '../model/inventory.js';

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
  if (instance.MetadataOptions?.HttpEndpoint) {
    out.httpEndpoint = instance.MetadataOptions.HttpEndpoint;
  }
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
  Object.assign(out, volumePricing(volume));
  return out;
}

/** What the cost checks price a volume by; each field only when the answer had it. */
function volumePricing(volume: Volume): Partial<EbsVolume> {
  const out: Partial<EbsVolume> = {};
  if (volume.VolumeType) out.volumeType = volume.VolumeType;
  if (volume.Size !== undefined) out.sizeGib = volume.Size;
  if (volume.Iops !== undefined) out.iops = volume.Iops;
  if (volume.Throughput !== undefined) out.throughputMibps = volume.Throughput;
  if (volume.CreateTime) out.createdAt = volume.CreateTime.toISOString();
  return out;
}

function toElasticIp(address: Address, arnPrefix: string): ElasticIp {
  const tags = tagsOf(address.Tags);
  // An EC2-Classic address had no allocation id; its public IP named it.
  const id = address.AllocationId ?? address.PublicIp ?? '';
  const out: ElasticIp = { id, arn: `${arnPrefix}:elastic-ip/${id}`, tags };
  if (tags.Name) out.name = tags.Name;
  if (address.PublicIp) out.publicIp = address.PublicIp;
  if (address.AssociationId) out.associationId = address.AssociationId;
  if (address.InstanceId) out.instanceId = address.InstanceId;
  if (address.NetworkInterfaceId) out.networkInterfaceId = address.NetworkInterfaceId;
  if (address.Domain) out.domain = address.Domain;
  if (address.PublicIpv4Pool) out.publicIpv4Pool = address.PublicIpv4Pool;
  return out;
}

/**
 * Instances and volumes of one region, listed in pages, plus the region's EBS default encryption
 * and its Elastic IP addresses.
 */
export async function collectEc2(ctx: CollectContext): Promise<Ec2Inventory> {
  const client = ctx.clients.ec2;
  const arnPrefix = `arn:${partitionOf(ctx.region)}:ec2:${ctx.region}:${ctx.account}`;
  const [instances, volumes, encryptionByDefault, addresses] = await Promise.all([
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
    // Not paginated (no MaxResults or NextToken): one call returns every address of the region.
    ctx.call('ec2:DescribeAddresses', () => client.send(new DescribeAddressesCommand({}))),
  ]);
  return {
    instances: mapFetched(instances, (list) => list.map((i) => toInstance(i, arnPrefix))),
    volumes: mapFetched(volumes, (list) => list.map((v) => toVolume(v, arnPrefix))),
    ebsEncryptionByDefault: encryptionByDefault.ok
      ? { ok: true, value: encryptionByDefault.value?.EbsEncryptionByDefault ?? null }
      : encryptionByDefault,
    addresses: mapFetched(addresses, (answer) =>
      (answer?.Addresses ?? []).map((a) => toElasticIp(a, arnPrefix)),
    ),
  };
}
