/**
 * AWS region codes the `region` input accepts, checked against the partition table of the AWS SDK
 * (late 2026). A region launched later must be added here before it can be named.
 */
export const COMMERCIAL_REGIONS = [
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-6',
  'ap-southeast-7',
  'ca-central-1',
  'ca-west-1',
  'eu-central-1',
  'eu-central-2',
  'eu-north-1',
  'eu-south-1',
  'eu-south-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'me-west-1',
  'mx-central-1',
  'sa-east-1',
  'sa-west-1',
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
] as const;

export const GOVCLOUD_REGIONS = ['us-gov-east-1', 'us-gov-west-1'] as const;

export const CHINA_REGIONS = ['cn-north-1', 'cn-northwest-1'] as const;

/** The AWS European Sovereign Cloud: its own partition (`aws-eusc`), open to every customer. */
export const SOVEREIGN_REGIONS = ['eusc-de-east-1'] as const;

export const KNOWN_REGIONS: readonly string[] = [
  ...COMMERCIAL_REGIONS,
  ...GOVCLOUD_REGIONS,
  ...CHINA_REGIONS,
  ...SOVEREIGN_REGIONS,
];

const KNOWN_REGION_SET = new Set(KNOWN_REGIONS);

/** The shape of every region code: a geography, one or more words, a number (`us-gov-west-1`). */
export const REGION_CODE_PATTERN = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;

export function isKnownRegion(code: string): boolean {
  return KNOWN_REGION_SET.has(code);
}
