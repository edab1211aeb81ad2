// The EC2 cost checks: EBS volumes attached to nothing, gp2 volumes, and Elastic IP addresses
// associated with nothing, each with its saving at the list prices of ./ec2-prices.ts.
import type { EbsVolume, ElasticIp } from '../model/ec2.js';
import { formatUsd, roundUsd } from '../model/money.js';
import {
  EC2_PRICES,
  gp2Performance,
  gp3Bill,
  gp3Equivalent,
  monthlyPublicIpv4Usd,
  monthlyVolumeBill,
  type BillLine,
  type PricedVolume,
} from './ec2-prices.js';
import {
  ACCOUNT_TYPE,
  ageInDays,
  fail,
  partsOf,
  pass,
  resourceRule,
  toFinding,
  undetermined,
  type ResourceRef,
  type Rule,
} from './kit.js';

const VOLUME_TYPE = 'AWS::EC2::Volume';
const EIP_TYPE = 'AWS::EC2::EIP';

function ref(resource: EbsVolume | ElasticIp, region: string): ResourceRef {
  const out: ResourceRef = { region, resourceId: resource.id, resourceArn: resource.arn };
  if (resource.name !== undefined) out.resourceName = resource.name;
  return out;
}

/** A unit price as price lists write it: at least cents, more digits where they matter. */
function formatPrice(usd: number): string {
  return Number.isInteger(usd * 100) ? `$${usd.toFixed(2)}` : `$${usd}`;
}

const count = (n: number): string => n.toLocaleString('en-US');

/** The volume's type and size, or undefined when the inventory lacks them. */
function priced(volume: EbsVolume): PricedVolume | undefined {
  if (volume.volumeType === undefined || volume.sizeGib === undefined) return undefined;
  const out: PricedVolume = { volumeType: volume.volumeType, sizeGib: volume.sizeGib };
  if (volume.iops !== undefined) out.iops = volume.iops;
  if (volume.throughputMibps !== undefined) out.throughputMibps = volume.throughputMibps;
  return out;
}

const NOT_PRICED =
  'VolumeType or Size was not collected (an inventory saved before they were), so the saving cannot be computed';

function describeLine(line: BillLine, volumeType: string): string {
  const usd = formatUsd(line.usd);
  const unit = formatPrice(line.unitUsd);
  switch (line.what) {
    case 'storage':
      return `${count(line.quantity)} GiB of ${volumeType} at ${unit} per GB-month (${usd})`;
    case 'iops':
      if (volumeType === 'gp3') {
        return `${count(line.quantity)} IOPS above the included ${count(EC2_PRICES.gp3IncludedIops)} at ${unit} per IOPS-month (${usd})`;
      }
      return volumeType === 'io2'
        ? `${count(line.quantity)} provisioned IOPS at io2's tiered prices from ${unit} per IOPS-month (${usd})`
        : `${count(line.quantity)} provisioned IOPS at ${unit} per IOPS-month (${usd})`;
    case 'throughput':
      return `${count(line.quantity)} MiB/s above the included ${EC2_PRICES.gp3IncludedThroughputMibps} at ${unit} per MiB/s-month (${usd})`;
  }
}

/** Volumes in these states are judged: attached to nothing (`available`) or attached (`in-use`). */
const JUDGED_STATES = new Set(['available', 'in-use']);

const ebsVolumeUnattached = resourceRule({
  meta: {
    id: 'ec2.ebs-volume-unattached',
    title: 'EBS volume attached to nothing',
    service: 'ec2',
    category: 'cost',
    severity: 'medium',
    resourceType: VOLUME_TYPE,
    remediation: {
      text: 'Confirm nothing needs it, snapshot it if its data matters (a snapshot bills only the blocks it stores), then delete the volume.',
      url: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-deleting-volume.html',
    },
    frameworks: {},
    failWhen:
      "The volume is `available` (attached to nothing) and was created at least `min-age-days` ago (`creating` and `error` volumes get no result). The saving is its whole monthly list price: size x the GB-month price of its type, plus gp3 IOPS above 3,000 and throughput above 125 MiB/s, or every provisioned IOPS of io1 and io2 (io2 in its price tiers); a magnetic volume's per-request I/O charge is not counted. UNKNOWN when `CreateTime` was not collected.",
    savingIsWholeBill: true,
  },
  resources: (ec2) => ec2.volumes,
  ref,
  appliesTo: (volume) => JUDGED_STATES.has(volume.state),
  createdAt: (volume) => volume.createdAt,
  judge: (volume, _part, context) => {
    if (volume.state === 'in-use') {
      return pass(`The volume is attached to ${volume.attachedTo.join(', ') || 'an instance'}.`, {
        state: volume.state,
        attachedTo: volume.attachedTo,
      });
    }
    if (volume.createdAt === undefined) {
      return undetermined(
        `The volume is attached to nothing, but CreateTime was not collected (an inventory saved before it was): whether it is older than min-age-days (${context.minAgeDays}) is not known.`,
        { state: volume.state, createdAt: null },
      );
    }
    const age = ageInDays(volume.createdAt, context.now);
    const unattached = `The volume is attached to nothing (state available) and was created ${count(age)} days ago`;
    const evidence = {
      state: volume.state,
      createdAt: volume.createdAt,
      volumeType: volume.volumeType ?? null,
      sizeGib: volume.sizeGib ?? null,
    };
    const pricedVolume = priced(volume);
    if (!pricedVolume) return fail(`${unattached}. ${NOT_PRICED}.`, evidence);
    const bill = monthlyVolumeBill(pricedVolume);
    if (!bill.ok)
      return fail(`${unattached}. The saving cannot be computed: ${bill.reason}.`, evidence);
    const savings = roundUsd(bill.usd);
    const parts = bill.lines
      .map((line) => describeLine(line, pricedVolume.volumeType))
      .join(' plus ');
    // Unattached, a magnetic volume makes no I/O requests; what it made before only the bill knows.
    const magnetic =
      pricedVolume.volumeType === 'standard'
        ? ` Its ${formatPrice(EC2_PRICES.standardPerMillionIo)} per million I/O requests is not counted: not known from the inventory, and none while it is attached to nothing.`
        : '';
    return fail(
      `${unattached}: deleting it saves ${formatUsd(savings)} a month, ${parts}.${magnetic}`,
      { ...evidence, monthlyPriceUsd: savings },
      savings,
    );
  },
});

const ebsGp2Volume = resourceRule({
  meta: {
    id: 'ec2.ebs-gp2-volume',
    title: 'EBS volume is gp2, not gp3',
    service: 'ec2',
    category: 'cost',
    severity: 'low',
    resourceType: VOLUME_TYPE,
    remediation: {
      text: 'Modify the volume to gp3 in place (aws ec2 modify-volume --volume-type gp3), with IOPS and throughput at least those in the detail; the volume stays attached and in use while it changes.',
      url: 'https://docs.aws.amazon.com/ebs/latest/userguide/requesting-ebs-volume-modifications.html',
    },
    frameworks: {},
    failWhen:
      "`VolumeType` is `gp2`. The saving is its gp2 price minus the price of a gp3 volume of the same size with at least the IOPS and throughput the gp2 volume has: IOPS = max(3,000 included, 3 per GiB with at least 100 and at most 16,000), throughput = gp2's for its size (128 MiB/s up to 170 GiB, 250 MiB/s above), gp3 including 3,000 IOPS and 125 MiB/s. A volume too small for gp3 to be cheaper (6 GiB or less) fails without a saving figure. An unattached gp2 volume fails this check too, but the totals count it once, at the whole price `ec2.ebs-volume-unattached` saves.",
  },
  resources: (ec2) => ec2.volumes,
  ref,
  createdAt: (volume) => volume.createdAt,
  judge: (volume) => {
    const { volumeType, sizeGib } = volume;
    if (volumeType === undefined) {
      return undetermined(
        'VolumeType was not collected (an inventory saved before it was): whether the volume is gp2 is not known.',
        { volumeType: null },
      );
    }
    if (volumeType !== 'gp2') {
      return pass(`The volume is ${volumeType}, not gp2.`, { volumeType });
    }
    const evidence = { volumeType, sizeGib: sizeGib ?? null, state: volume.state };
    // Deleting it saves more than converting it: say so, the totals count it once.
    const unattached =
      volume.state === 'available'
        ? ' It is attached to nothing: deleting it would save its whole price instead.'
        : '';
    if (sizeGib === undefined) {
      return fail(
        `The volume is gp2; DescribeVolumes reported no Size, so the saving of gp3 cannot be computed.${unattached}`,
        evidence,
      );
    }
    const gp2Price = EC2_PRICES.storageGbMonth.gp2;
    const gp2Usd = roundUsd(sizeGib * gp2Price);
    const gp2 = gp2Performance(sizeGib);
    const gp3 = gp3Equivalent(sizeGib);
    const bill = gp3Bill(gp3);
    const gp3Usd = roundUsd(bill.usd);
    const matched = `gp3 of the same size with ${count(gp3.iops)} IOPS (gp2 gives ${count(gp2.iops)} baseline, bursting to 3,000) and ${gp3.throughputMibps} MiB/s (gp2's most at ${count(sizeGib)} GiB) costs ${formatUsd(gp3Usd)}`;
    const gp3Evidence = {
      ...evidence,
      gp2MonthlyUsd: gp2Usd,
      gp3MonthlyUsd: gp3Usd,
      gp3Iops: gp3.iops,
      gp3ThroughputMibps: gp3.throughputMibps,
    };
    const savings = roundUsd(gp2Usd - gp3Usd);
    const gp2Text = `The volume is gp2: ${count(sizeGib)} GiB at ${formatPrice(gp2Price)} per GB-month costs ${formatUsd(gp2Usd)} a month`;
    if (savings <= 0) {
      return fail(
        `${gp2Text}; ${matched}, no less: at this size gp3 saves nothing.${unattached}`,
        gp3Evidence,
      );
    }
    const lines = bill.lines.map((line) => describeLine(line, 'gp3')).join(' plus ');
    return fail(
      `${gp2Text}; ${matched} (${lines}): modifying it to gp3 saves ${formatUsd(savings)} a month.${unattached}`,
      gp3Evidence,
      savings,
    );
  },
});

/** An inventory saved before Elastic IPs were collected has no `addresses`: stands for no list. */
const NONE_LISTED = { ok: true as const, value: [] as ElasticIp[] };

const eipAddresses = resourceRule({
  meta: {
    id: 'ec2.eip-unassociated',
    title: 'Elastic IP address associated with nothing',
    service: 'ec2',
    category: 'cost',
    severity: 'low',
    resourceType: EIP_TYPE,
    remediation: {
      text: 'Release the address if nothing will use it again (aws ec2 release-address --allocation-id ...): a released address may not come back, so update anything that allows or resolves to it first.',
      url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html#using-instance-addressing-eips-releasing',
    },
    frameworks: {},
    failWhen:
      'An Elastic IP address has no `AssociationId` (attached to no instance or network interface). The saving is the public IPv4 charge for a month: $0.005 an hour x 730 hours = $3.65; none for a BYOIP address (its `PublicIpv4Pool` is not `amazon`), which AWS does not charge. AWS charges an associated address too, so releasing it is the only saving. UNKNOWN per region when the addresses were not collected.',
  },
  resources: (ec2) => ec2.addresses ?? NONE_LISTED,
  ref,
  judge: (address) => {
    const name = address.publicIp ?? address.id;
    const evidence = {
      publicIp: address.publicIp ?? null,
      associationId: address.associationId ?? null,
      ...(address.publicIpv4Pool !== undefined ? { publicIpv4Pool: address.publicIpv4Pool } : {}),
    };
    const hourly = formatPrice(EC2_PRICES.publicIpv4Hour);
    if (address.associationId) {
      const target = address.instanceId
        ? `instance ${address.instanceId}`
        : `network interface ${address.networkInterfaceId ?? 'unknown'}`;
      return pass(
        `The address ${name} is associated with ${target} (AWS charges ${hourly} an hour for it all the same).`,
        evidence,
      );
    }
    const idle = `The address ${name} is associated with nothing`;
    const byoip = address.publicIpv4Pool !== undefined && address.publicIpv4Pool !== 'amazon';
    if (byoip) {
      return fail(
        `${idle}; it comes from the BYOIP pool ${address.publicIpv4Pool}, which AWS does not charge for, so releasing it saves nothing on the bill.`,
        evidence,
      );
    }
    const savings = roundUsd(monthlyPublicIpv4Usd());
    return fail(
      `${idle}: releasing it saves ${formatUsd(savings)} a month (${EC2_PRICES.hoursPerMonth} hours at ${hourly} per public IPv4 address-hour).`,
      evidence,
      savings,
    );
  },
});

/** The address check, plus one UNKNOWN per region whose addresses were not collected. */
const eipUnassociated: Rule = {
  meta: eipAddresses.meta,
  *evaluate(inventory, context) {
    yield* partsOf(inventory, 'ec2')
      .filter(({ part }) => part.addresses === undefined)
      .map(({ region }) =>
        toFinding(
          { region, resourceId: inventory.account, resourceType: ACCOUNT_TYPE },
          undetermined(
            `Elastic IP addresses were not collected in ${region} (an inventory saved before they were): whether any is associated with nothing is not known.`,
          ),
        ),
      );
    yield* eipAddresses.evaluate(inventory, context);
  },
};

/** The EC2 cost checks of CHECKS.md, in catalogue order. */
export const ec2CostRules: readonly Rule[] = [ebsVolumeUnattached, ebsGp2Volume, eipUnassociated];
