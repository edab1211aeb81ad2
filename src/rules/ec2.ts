import type { EbsVolume, Ec2Instance, Ec2Inventory } from '../collect/ec2.js';
import type { Fetched, Inventory } from '../collect/inventory.js';
import { ACCOUNT_TYPE, listingUnknown, unknownFinding, type ResourceRef } from './helpers.js';
import type { CheckMeta, Finding, Rule } from './types.js';

const INSTANCE_TYPE = 'AWS::EC2::Instance';
const VOLUME_TYPE = 'AWS::EC2::Volume';

function resourceRef(region: string, resource: Ec2Instance | EbsVolume): ResourceRef {
  const ref: ResourceRef = { region, resourceId: resource.id, resourceArn: resource.arn };
  if (resource.name !== undefined) ref.resourceName = resource.name;
  return ref;
}

/**
 * A rule judged per listed resource of each region. When the region's listing failed there is
 * nothing to judge: one account-level UNKNOWN for the region says so, never silence.
 */
function perResourceRule<T>(
  meta: CheckMeta,
  list: (ec2: Ec2Inventory) => { listing: Fetched<unknown>; items: T[] },
  judge: (item: T, region: string) => Finding | undefined,
): Rule {
  return {
    meta,
    evaluate(inventory: Inventory): Finding[] {
      return Object.entries(inventory.regional).flatMap(([region, parts]) => {
        if (!parts.ec2) return [];
        const { listing, items } = list(parts.ec2);
        if (!listing.ok) {
          return [listingUnknown(inventory.account, region, listing.error)];
        }
        return items.flatMap((item) => judge(item, region) ?? []);
      });
    },
  };
}

const instances = (ec2: Ec2Inventory) => ({ listing: ec2.instancesListing, items: ec2.instances });
const volumes = (ec2: Ec2Inventory) => ({ listing: ec2.volumesListing, items: ec2.volumes });

/** EC2.8 applies to instances that can serve metadata now or after a start. */
const IMDS_STATES = new Set(['pending', 'running', 'stopped']);

const imdsv2NotRequired = perResourceRule(
  {
    id: 'ec2.imdsv2-not-required',
    title: 'EC2 instance does not require IMDSv2',
    service: 'ec2',
    category: 'security',
    severity: 'high',
    resourceType: INSTANCE_TYPE,
    remediation: {
      text: 'Set the instance metadata option HttpTokens to required (aws ec2 modify-instance-metadata-options --http-tokens required), after checking that its software uses IMDSv2.',
      url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html',
    },
    frameworks: { fsbp: ['EC2.8'], cis: ['5.6'] },
  },
  instances,
  (instance, region) => {
    if (!IMDS_STATES.has(instance.state)) return undefined;
    const evidence = { state: instance.state, httpTokens: instance.httpTokens ?? null };
    if (instance.httpTokens === undefined) {
      return {
        ...resourceRef(region, instance),
        status: 'UNKNOWN',
        detail:
          'MetadataOptions.HttpTokens was not in the DescribeInstances answer: whether IMDSv1 is served is not known.',
        evidence,
      };
    }
    if (instance.httpTokens === 'required') {
      return {
        ...resourceRef(region, instance),
        status: 'PASS',
        detail: 'HttpTokens is required: only IMDSv2 is served.',
        evidence,
      };
    }
    return {
      ...resourceRef(region, instance),
      status: 'FAIL',
      detail: `HttpTokens is ${instance.httpTokens}, not required: IMDSv1 is served to anything on the ${instance.state} instance.`,
      evidence,
    };
  },
);

const ebsVolumeUnencrypted = perResourceRule(
  {
    id: 'ec2.ebs-volume-unencrypted',
    title: 'EBS volume not encrypted',
    service: 'ec2',
    category: 'security',
    severity: 'high',
    resourceType: VOLUME_TYPE,
    remediation: {
      text: 'Volumes cannot be encrypted in place: snapshot the volume, copy the snapshot with encryption, create a volume from it and swap it in.',
      url: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
    },
    frameworks: { fsbp: ['EC2.3'] },
  },
  volumes,
  (volume, region) => {
    const attachment =
      volume.attachedTo.length > 0 ? `attached to ${volume.attachedTo.join(', ')}` : 'not attached';
    const evidence = {
      encrypted: volume.encrypted,
      state: volume.state,
      attachedTo: volume.attachedTo,
    };
    return volume.encrypted
      ? {
          ...resourceRef(region, volume),
          status: 'PASS',
          detail: `The volume is encrypted (${attachment}).`,
          evidence,
        }
      : {
          ...resourceRef(region, volume),
          status: 'FAIL',
          detail: `The volume is not encrypted (${attachment}).`,
          evidence,
        };
  },
);

const ebsDefaultEncryptionOff: Rule = {
  meta: {
    id: 'ec2.ebs-default-encryption-off',
    title: 'EBS encryption by default is off',
    service: 'ec2',
    category: 'security',
    severity: 'medium',
    resourceType: ACCOUNT_TYPE,
    remediation: {
      text: 'Turn on EBS encryption by default in this region (aws ec2 enable-ebs-encryption-by-default): every new volume and snapshot copy is then encrypted.',
      url: 'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
    },
    frameworks: { fsbp: ['EC2.7'], cis: ['2.2.1'] },
  },
  evaluate(inventory: Inventory): Finding[] {
    return Object.entries(inventory.regional).flatMap(([region, parts]): Finding[] => {
      if (!parts.ec2) return [];
      const account = { region, resourceId: inventory.account };
      const setting = parts.ec2.ebsEncryptionByDefault;
      if (!setting.ok) return [unknownFinding(account, setting.error)];
      if (setting.value === null) {
        return [
          {
            ...account,
            status: 'UNKNOWN',
            detail: `EbsEncryptionByDefault was not in the GetEbsEncryptionByDefault answer for ${region}: whether new volumes are encrypted by default is not known.`,
            evidence: { ebsEncryptionByDefault: null },
          },
        ];
      }
      return [
        setting.value
          ? {
              ...account,
              status: 'PASS',
              detail: `EBS encryption by default is on in ${region}.`,
              evidence: { ebsEncryptionByDefault: true },
            }
          : {
              ...account,
              status: 'FAIL',
              detail: `EBS encryption by default is off in ${region}: new volumes are unencrypted unless each request asks.`,
              evidence: { ebsEncryptionByDefault: false },
            },
      ];
    });
  },
};

const publicIp = perResourceRule(
  {
    id: 'ec2.public-ip',
    title: 'EC2 instance has a public IPv4 address',
    service: 'ec2',
    category: 'security',
    severity: 'medium',
    resourceType: INSTANCE_TYPE,
    remediation: {
      text: 'Launch the instance in a private subnet (no auto-assigned public IP) and reach it through a load balancer, NAT or Systems Manager Session Manager.',
      url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html',
    },
    frameworks: { fsbp: ['EC2.9'] },
  },
  instances,
  (instance, region) =>
    instance.publicIp
      ? {
          ...resourceRef(region, instance),
          status: 'FAIL',
          detail: `The instance has the public IPv4 address ${instance.publicIp}.`,
          evidence: { publicIp: instance.publicIp, state: instance.state },
        }
      : {
          ...resourceRef(region, instance),
          status: 'PASS',
          detail: 'The instance has no public IPv4 address.',
          evidence: { publicIp: null, state: instance.state },
        },
);

/** The EC2 checks of CHECKS.md, in catalogue order. */
export const ec2Rules: readonly Rule[] = [
  imdsv2NotRequired,
  ebsVolumeUnencrypted,
  ebsDefaultEncryptionOff,
  publicIp,
];
