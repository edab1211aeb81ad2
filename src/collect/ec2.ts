import {
  DescribeAddressesCommand,
  DescribeSnapshotAttributeCommand,
  GetEbsEncryptionByDefaultCommand,
  GetInstanceMetadataDefaultsCommand,
  GetSnapshotBlockPublicAccessStateCommand,
  paginateDescribeFlowLogs,
  paginateDescribeImages,
  paginateDescribeInstances,
  paginateDescribeSnapshots,
  paginateDescribeVolumes,
  type Image,
  type Address,
  type Instance,
  type Snapshot,
  type Volume,
} from '@aws-sdk/client-ec2';
import type { CollectContext } from './context.js';
import { partitionOf, tagsOf } from './convert.js';
import { listVpcs } from './vpc.js';
import type {
  Ami,
  EbsSnapshot,
  EbsVolume,
  Ec2Instance,
  Ec2Inventory,
  ElasticIp,
} from '../model/ec2.js';
import { mapFetched, type Fetched } from '../model/inventory.js';

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

/** The largest page DescribeSnapshots, DescribeImages and DescribeFlowLogs accept. */
const EXPOSURE_PAGE_SIZE = 1000;

/** Whether a snapshot's createVolumePermission includes everyone, read through the pool. */
async function restorableByAll(ctx: CollectContext, SnapshotId: string): Promise<Fetched<boolean>> {
  const read = await ctx.call('ec2:DescribeSnapshotAttribute', () =>
    ctx.clients.ec2.send(
      new DescribeSnapshotAttributeCommand({ SnapshotId, Attribute: 'createVolumePermission' }),
    ),
  );
  return mapFetched(read, (answer) =>
    (answer?.CreateVolumePermissions ?? []).some((p) => p.Group === 'all'),
  );
}

function toSnapshot(
  snapshot: Snapshot,
  arnPrefix: string,
  everyone: Fetched<boolean>,
): EbsSnapshot {
  const tags = tagsOf(snapshot.Tags);
  const out: EbsSnapshot = {
    id: snapshot.SnapshotId ?? '',
    arn: `${arnPrefix}:snapshot/${snapshot.SnapshotId}`,
    encrypted: snapshot.Encrypted === true,
    restorableByAll: everyone,
    tags,
  };
  if (tags.Name) out.name = tags.Name;
  if (snapshot.VolumeId) out.volumeId = snapshot.VolumeId;
  return out;
}

function toImage(image: Image, arnPrefix: string): Ami {
  const out: Ami = {
    id: image.ImageId ?? '',
    arn: `${arnPrefix}:image/${image.ImageId}`,
    state: image.State ?? 'unknown',
    tags: tagsOf(image.Tags),
  };
  if (image.Name) out.name = image.Name;
  if (image.Public !== undefined) out.public = image.Public;
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
 * What the public-sharing, metadata-default and flow-log checks read: one call or listing each per
 * region, plus one DescribeSnapshotAttribute per snapshot the filtered listing returns (on AWS only
 * the public ones; moto ignores the filters, so each of the account's own snapshots is confirmed).
 */
async function collectExposure(
  ctx: CollectContext,
): Promise<
  Pick<
    Ec2Inventory,
    | 'publicSnapshots'
    | 'images'
    | 'snapshotBlockPublicAccess'
    | 'imdsDefaultHttpTokens'
    | 'vpcs'
    | 'flowLogs'
  >
> {
  const client = ctx.clients.ec2;
  const partition = partitionOf(ctx.region);
  // Snapshot and image ARNs have no account field.
  const sharedPrefix = `arn:${partition}:ec2:${ctx.region}:`;
  const accountPrefix = `arn:${partition}:ec2:${ctx.region}:${ctx.account}`;
  const listSnapshots = async (): Promise<Fetched<EbsSnapshot[]>> => {
    const listed = await ctx.pages(
      'ec2:DescribeSnapshots',
      paginateDescribeSnapshots(
        { client, pageSize: EXPOSURE_PAGE_SIZE },
        { OwnerIds: ['self'], RestorableByUserIds: ['all'] },
      ),
      (page) => page.Snapshots,
    );
    if (!listed.ok) return listed;
    const own = listed.value.filter((s) => s.OwnerId === ctx.account && s.SnapshotId);
    const confirmed = await ctx.pool(own, (s) => restorableByAll(ctx, s.SnapshotId ?? ''));
    return {
      ok: true,
      value: own.map((s, i) => toSnapshot(s, sharedPrefix, confirmed[i] as Fetched<boolean>)),
    };
  };
  const [publicSnapshots, images, blockState, imdsDefaults, vpcs, flowLogs] = await Promise.all([
    listSnapshots(),
    ctx.pages(
      'ec2:DescribeImages',
      paginateDescribeImages({ client, pageSize: EXPOSURE_PAGE_SIZE }, { Owners: ['self'] }),
      (page) => page.Images,
    ),
    ctx.call('ec2:GetSnapshotBlockPublicAccessState', () =>
      client.send(new GetSnapshotBlockPublicAccessStateCommand({})),
    ),
    ctx.call('ec2:GetInstanceMetadataDefaults', () =>
      client.send(new GetInstanceMetadataDefaultsCommand({})),
    ),
    listVpcs(ctx),
    ctx.pages(
      'ec2:DescribeFlowLogs',
      paginateDescribeFlowLogs({ client, pageSize: EXPOSURE_PAGE_SIZE }, {}),
      (page) => page.FlowLogs,
    ),
  ]);
  return {
    publicSnapshots,
    images: mapFetched(images, (list) => list.map((i) => toImage(i, sharedPrefix))),
    snapshotBlockPublicAccess: mapFetched(blockState, (answer) => answer?.State ?? null),
    imdsDefaultHttpTokens: mapFetched(
      imdsDefaults,
      (answer) => answer?.AccountLevel?.HttpTokens ?? null,
    ),
    ...(imdsDefaults.ok && imdsDefaults.value?.AccountLevel?.HttpTokensEnforced === 'enabled'
      ? { imdsDefaultHttpTokensEnforced: true }
      : {}),
    vpcs: mapFetched(vpcs, (list) =>
      list.map((vpc) => {
        const tags = tagsOf(vpc.Tags);
        return {
          id: vpc.VpcId ?? '',
          arn: `${accountPrefix}:vpc/${vpc.VpcId}`,
          isDefault: vpc.IsDefault === true,
          tags,
          ...(tags.Name ? { name: tags.Name } : {}),
        };
      }),
    ),
    flowLogs: mapFetched(flowLogs, (list) =>
      list.map((log) => ({
        id: log.FlowLogId ?? '',
        resourceId: log.ResourceId ?? '',
        ...(log.FlowLogStatus ? { status: log.FlowLogStatus } : {}),
      })),
    ),
  };
}

/**
 * Instances and volumes of one region, listed in pages, plus the region's EBS default encryption,
 * its Elastic IP addresses and what the exposure checks read.
 */
export async function collectEc2(ctx: CollectContext): Promise<Ec2Inventory> {
  const client = ctx.clients.ec2;
  const arnPrefix = `arn:${partitionOf(ctx.region)}:ec2:${ctx.region}:${ctx.account}`;
  const [instances, volumes, encryptionByDefault, addresses, exposure] = await Promise.all([
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
    collectExposure(ctx),
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
    ...exposure,
  };
}
