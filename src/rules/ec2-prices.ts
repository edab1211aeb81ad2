// EC2 prices the cost checks put on EBS volumes and Elastic IP addresses, and how a volume's
// monthly bill follows from them. Pure arithmetic: the rules say what the figures mean.

/**
 * EC2 list prices in USD, us-east-1 (N. Virginia), per month unless said. Other regions differ by
 * a few percent to a third; savings elsewhere are us-east-1 estimates.
 *
 * Sources (read 2026-12):
 * - https://aws.amazon.com/ebs/pricing/ (volume storage, gp3 IOPS and throughput above the
 *   included 3,000 IOPS and 125 MiB/s, io1 and io2 provisioned IOPS, magnetic I/O requests). Its
 *   gp2 and gp3 figures for N. Virginia are quoted in
 *   https://www.saisci.com/aws/gp2-vs-gp3-cost-comparison-ebs-volumes/, and a 500 GiB gp2 volume
 *   ($50.00) against gp3 at the same 250 MiB/s ($45.00) in
 *   https://wellar.io/blog/aws-ebs-gp2-to-gp3-savings-footnote; the io2 tiers in
 *   https://awsnegotiations.com/ebs-io2-block-express-cost.html.
 * - https://aws.amazon.com/blogs/networking-and-content-delivery/identify-and-optimize-public-ipv4-address-usage-on-aws/
 *   (AWS charges every public IPv4 address it provides from 2024-02-01, in use or idle; BYOIP
 *   addresses are not charged) and https://blog.avangards.io/psa-review-your-aws-public-ipv4-address-usage-to-avoid-new-charges
 *   ($0.005 an hour, $3.65 a month).
 *
 * Confidence: high for gp2, gp3 (storage, IOPS, throughput) and the IPv4 charge, which several
 * sources agree on; MEDIUM for io1, io2, st1, sc1 and standard, read from secondary copies of the
 * pricing page rather than the page itself (it renders its tables with script).
 */
export const EC2_PRICES = {
  asOf: '2026-12',
  region: 'us-east-1',
  source: 'https://aws.amazon.com/ebs/pricing/ and the AWS public IPv4 charge announcement',
  /** Per GB-month of provisioned storage (AWS bills binary GB: a GiB of `Size`), by VolumeType. */
  storageGbMonth: {
    gp2: 0.1,
    gp3: 0.08,
    io1: 0.125, // medium confidence
    io2: 0.125, // medium confidence
    st1: 0.045, // medium confidence
    sc1: 0.015, // medium confidence
    standard: 0.05, // medium confidence; magnetic, previous generation
  },
  /** gp3 includes 3,000 IOPS and 125 MiB/s; more is billed per IOPS-month and per MiB/s-month. */
  gp3IncludedIops: 3000,
  gp3IopsMonth: 0.005,
  gp3IncludedThroughputMibps: 125,
  gp3ThroughputMibpsMonth: 0.04,
  /** io1: every provisioned IOPS, per IOPS-month (medium confidence). */
  io1IopsMonth: 0.065,
  /**
   * io2: provisioned IOPS priced in tiers per volume, like tax brackets: the first 32,000 IOPS at
   * $0.065, the next 32,000 at $0.0455, the rest at $0.032 (medium confidence).
   */
  io2IopsTiers: [
    { upTo: 32_000, iopsMonth: 0.065 },
    { upTo: 64_000, iopsMonth: 0.0455 },
    { upTo: Infinity, iopsMonth: 0.032 },
  ],
  /**
   * Magnetic (standard) volumes also bill $0.05 per million I/O requests: a figure only the
   * account's bill knows, never counted in a saving (medium confidence).
   */
  standardPerMillionIo: 0.05,
  /** Every public IPv4 address, associated or not, per hour. */
  publicIpv4Hour: 0.005,
  /** Hours in a month: AWS's own monthly figures use 730 (8,760 hours a year / 12). */
  hoursPerMonth: 730,
} as const;

/** What a volume is priced by: the fields of an EBS volume the bill depends on. */
export interface PricedVolume {
  volumeType: string;
  sizeGib: number;
  iops?: number;
  throughputMibps?: number;
}

/** One line of a volume's monthly bill, for detail sentences. */
export interface BillLine {
  what: 'storage' | 'iops' | 'throughput';
  /** GiB, IOPS or MiB/s billed. */
  quantity: number;
  /** The price of one: per GB-month, per IOPS-month (io2: its first tier) or per MiB/s-month. */
  unitUsd: number;
  usd: number;
}

export interface Bill {
  usd: number;
  lines: BillLine[];
}

/** A volume's monthly bill, or why it cannot be priced. */
export type VolumeBill = ({ ok: true } & Bill) | { ok: false; reason: string };

type StorageType = keyof typeof EC2_PRICES.storageGbMonth;

/** The GB-month price of a volume type; own keys only, as the type is text AWS sent. */
export function storagePrice(volumeType: string): number | undefined {
  return Object.hasOwn(EC2_PRICES.storageGbMonth, volumeType)
    ? EC2_PRICES.storageGbMonth[volumeType as StorageType]
    : undefined;
}

const line = (
  what: BillLine['what'],
  quantity: number,
  unitUsd: number,
  usd = quantity * unitUsd,
) => ({
  what,
  quantity,
  unitUsd,
  usd,
});

function io2IopsUsd(iops: number): number {
  let usd = 0;
  let below = 0;
  for (const tier of EC2_PRICES.io2IopsTiers) {
    usd += Math.max(0, Math.min(iops, tier.upTo) - below) * tier.iopsMonth;
    below = tier.upTo;
  }
  return usd;
}

/** A gp3 volume's bill: storage, and IOPS and throughput above what gp3 includes. */
export function gp3Bill(volume: { sizeGib: number; iops: number; throughputMibps: number }): Bill {
  const iops = Math.max(0, volume.iops - EC2_PRICES.gp3IncludedIops);
  const throughput = Math.max(0, volume.throughputMibps - EC2_PRICES.gp3IncludedThroughputMibps);
  const lines = [
    line('storage', volume.sizeGib, EC2_PRICES.storageGbMonth.gp3),
    line('iops', iops, EC2_PRICES.gp3IopsMonth),
    line('throughput', throughput, EC2_PRICES.gp3ThroughputMibpsMonth),
  ].filter((l) => l.what === 'storage' || l.quantity > 0);
  return { usd: lines.reduce((sum, l) => sum + l.usd, 0), lines };
}

/**
 * The monthly list price of a volume: its storage, plus the IOPS and throughput its type bills
 * (gp3 above what it includes; every provisioned IOPS of io1 and io2). Not the I/O requests of a
 * magnetic volume, which only the bill knows.
 */
export function monthlyVolumeBill(volume: PricedVolume): VolumeBill {
  const { volumeType, sizeGib, iops, throughputMibps } = volume;
  const gbMonth = storagePrice(volumeType);
  if (gbMonth === undefined) {
    return { ok: false, reason: `posture-gate has no price for volume type ${volumeType}` };
  }
  const missing = (field: string): VolumeBill => ({
    ok: false,
    reason: `DescribeVolumes reported no ${field} for the ${volumeType} volume`,
  });
  const storage = line('storage', sizeGib, gbMonth);
  switch (volumeType) {
    case 'gp3':
      if (iops === undefined) return missing('Iops');
      if (throughputMibps === undefined) return missing('Throughput');
      return { ok: true, ...gp3Bill({ sizeGib, iops, throughputMibps }) };
    case 'io1':
    case 'io2': {
      if (iops === undefined) return missing('Iops');
      const iopsLine =
        volumeType === 'io1'
          ? line('iops', iops, EC2_PRICES.io1IopsMonth)
          : line('iops', iops, EC2_PRICES.io2IopsTiers[0].iopsMonth, io2IopsUsd(iops));
      return { ok: true, usd: storage.usd + iopsLine.usd, lines: [storage, iopsLine] };
    }
    default:
      return { ok: true, usd: storage.usd, lines: [storage] };
  }
}

/** gp2 IOPS: 3 per GiB, at least 100 and at most 16,000. */
const GP2_IOPS_PER_GIB = 3;
const GP2_MIN_IOPS = 100;
const GP2_MAX_IOPS = 16_000;
/**
 * gp2 throughput by size (EBS User Guide, "General Purpose SSD volumes", gp2 throughput
 * performance, https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html#gp2-performance):
 * 170 GiB and smaller deliver at most 128 MiB/s; larger than 170 GiB but smaller than 334 GiB
 * burst to 250 MiB/s; 334 GiB and larger deliver 250 MiB/s.
 */
const GP2_SMALL_MAX_GIB = 170;
const GP2_SMALL_THROUGHPUT_MIBPS = 128;
const GP2_THROUGHPUT_MIBPS = 250;

/** What a gp2 volume of `sizeGib` delivers: its baseline IOPS and the most throughput it reaches. */
export function gp2Performance(sizeGib: number): { iops: number; throughputMibps: number } {
  const iops = Math.min(GP2_MAX_IOPS, Math.max(GP2_MIN_IOPS, GP2_IOPS_PER_GIB * sizeGib));
  const throughputMibps =
    sizeGib <= GP2_SMALL_MAX_GIB ? GP2_SMALL_THROUGHPUT_MIBPS : GP2_THROUGHPUT_MIBPS;
  return { iops, throughputMibps };
}

/**
 * The gp3 volume that replaces a gp2 one without less performance: the same size, at least the
 * 3,000 IOPS gp3 includes (which also covers gp2's burst to 3,000) or gp2's baseline if higher,
 * and gp2's throughput for that size.
 */
export function gp3Equivalent(sizeGib: number): {
  volumeType: 'gp3';
  sizeGib: number;
  iops: number;
  throughputMibps: number;
} {
  const gp2 = gp2Performance(sizeGib);
  return {
    volumeType: 'gp3',
    sizeGib,
    iops: Math.max(EC2_PRICES.gp3IncludedIops, gp2.iops),
    throughputMibps: Math.max(EC2_PRICES.gp3IncludedThroughputMibps, gp2.throughputMibps),
  };
}

/** What a public IPv4 address costs in a month of 730 hours. */
export function monthlyPublicIpv4Usd(): number {
  return EC2_PRICES.publicIpv4Hour * EC2_PRICES.hoursPerMonth;
}
