import type { EbsVolume, Ec2Instance } from '../model/ec2.js';
import { ec2CostRules } from './ec2-cost.js';
import {
  ACCOUNT_TYPE,
  fail,
  fieldRule,
  pass,
  regionRule,
  resourceRule,
  undetermined,
  unknown,
  type ResourceRef,
  type Rule,
} from './kit.js';

const INSTANCE_TYPE = 'AWS::EC2::Instance';
const VOLUME_TYPE = 'AWS::EC2::Volume';

function resourceRef(resource: Ec2Instance | EbsVolume, region: string): ResourceRef {
  const ref: ResourceRef = { region, resourceId: resource.id, resourceArn: resource.arn };
  if (resource.name !== undefined) ref.resourceName = resource.name;
  return ref;
}

/** EC2.8 applies to instances that can serve metadata now or after a start. */
const IMDS_STATES = new Set(['pending', 'running', 'stopped']);

const imdsv2NotRequired = fieldRule({
  meta: {
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
    failWhen:
      'A `pending`, `running` or `stopped` instance has `MetadataOptions.HttpTokens` other than `required`, whatever its `HttpEndpoint` setting.',
  },
  resources: (ec2) => ec2.instances,
  ref: resourceRef,
  appliesTo: (instance) => IMDS_STATES.has(instance.state),
  field: (instance) => instance.httpTokens,
  missing:
    'MetadataOptions.HttpTokens was not in the DescribeInstances answer: whether IMDSv1 is served is not known.',
  passes: (httpTokens) => httpTokens === 'required',
  detail: (httpTokens, instance) => {
    if (httpTokens === 'required') return 'HttpTokens is required: only IMDSv2 is served.';
    // EC2.8 fails it all the same: the endpoint can be turned on without touching HttpTokens.
    if (instance.httpEndpoint === 'disabled') {
      return `HttpTokens is ${httpTokens}, not required, and the metadata endpoint is off (HttpEndpoint disabled): IMDSv1 would be served once the endpoint is turned on.`;
    }
    return `HttpTokens is ${httpTokens}, not required: IMDSv1 is served to anything on the ${instance.state} instance.`;
  },
  evidence: (httpTokens, instance) => ({
    state: instance.state,
    httpTokens: httpTokens ?? null,
    ...(instance.httpEndpoint !== undefined ? { httpEndpoint: instance.httpEndpoint } : {}),
  }),
});

const ebsVolumeUnencrypted = fieldRule({
  meta: {
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
    failWhen: 'The volume has `Encrypted` false, attached or not.',
  },
  resources: (ec2) => ec2.volumes,
  ref: resourceRef,
  field: (volume) => volume.encrypted,
  passes: (encrypted) => encrypted,
  detail: (encrypted, volume) => {
    const attachment =
      volume.attachedTo.length > 0 ? `attached to ${volume.attachedTo.join(', ')}` : 'not attached';
    return `The volume is ${encrypted ? '' : 'not '}encrypted (${attachment}).`;
  },
  evidence: (encrypted, volume) => ({
    encrypted,
    state: volume.state,
    attachedTo: volume.attachedTo,
  }),
});

const ebsDefaultEncryptionOff = regionRule({
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
    failWhen:
      'EBS encryption by default (`GetEbsEncryptionByDefault`) is off in the region: one result per region, about the account.',
  },
  judge: (ec2, region) => {
    const setting = ec2.ebsEncryptionByDefault;
    if (!setting.ok) return unknown(setting.error);
    if (setting.value === null) {
      return undetermined(
        `EbsEncryptionByDefault was not in the GetEbsEncryptionByDefault answer for ${region}: whether new volumes are encrypted by default is not known.`,
        { ebsEncryptionByDefault: null },
      );
    }
    return setting.value
      ? pass(`EBS encryption by default is on in ${region}.`, { ebsEncryptionByDefault: true })
      : fail(
          `EBS encryption by default is off in ${region}: new volumes are unencrypted unless each request asks.`,
          { ebsEncryptionByDefault: false },
        );
  },
});

const publicIp = resourceRule({
  meta: {
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
    failWhen: 'The instance has a public IPv4 address (`PublicIpAddress` is set).',
  },
  resources: (ec2) => ec2.instances,
  ref: resourceRef,
  judge: (instance) =>
    instance.publicIp
      ? fail(`The instance has the public IPv4 address ${instance.publicIp}.`, {
          publicIp: instance.publicIp,
          state: instance.state,
        })
      : pass('The instance has no public IPv4 address.', {
          publicIp: null,
          state: instance.state,
        }),
});

/** The EC2 checks of CHECKS.md, in catalogue order. */
export const ec2Rules: readonly Rule[] = [
  imdsv2NotRequired,
  ebsVolumeUnencrypted,
  ebsDefaultEncryptionOff,
  publicIp,
  ...ec2CostRules,
];
