import type { Ami, EbsSnapshot, EbsVolume, Ec2Instance, Ec2Inventory, Vpc } from '../model/ec2.js';
import type { Fetched } from '../model/inventory.js';
import type { CheckMeta, Finding } from '../model/results.js';
import { ec2CostRules } from './ec2-cost.js';
import {
  ACCOUNT_TYPE,
  fail,
  fieldRule,
  listingUnknown,
  partsOf,
  pass,
  regionRule,
  resourceRule,
  toFinding,
  undetermined,
  unknown,
  type ResourceRef,
  type Rule,
} from './kit.js';

const INSTANCE_TYPE = 'AWS::EC2::Instance';
const VOLUME_TYPE = 'AWS::EC2::Volume';

function resourceRef(
  resource: Ec2Instance | EbsVolume | EbsSnapshot | Ami | Vpc,
  region: string,
): ResourceRef {
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

// Public sharing, metadata defaults and flow logs (issue 12). Their listings are optional in the
// inventory: a region whose inventory was saved before they were collected gets one account-level
// UNKNOWN per check instead of results.

const SNAPSHOT_TYPE = 'AWS::EC2::Snapshot';
const BLOCK_ALL_SHARING = 'block-all-sharing';
const IMAGE_TYPE = 'AWS::EC2::Image';
const VPC_TYPE = 'AWS::EC2::VPC';

/** The sentence of an UNKNOWN for a region whose saved inventory lacks `what`. */
const notCollected = (what: string, region: string): string =>
  `This inventory was saved before ${what} was collected: ${region} could not be assessed.`;

const accountRef = (account: string, region: string): ResourceRef => ({
  region,
  resourceId: account,
  resourceType: ACCOUNT_TYPE,
});

/**
 * A per-resource check on a listing that saved inventories may lack: the kit judges the regions
 * that have it; each region without it gets one account-level UNKNOWN naming `what`.
 */
function collectedResourceRule<T>(
  listing: (ec2: Ec2Inventory) => Fetched<T[]> | undefined,
  what: string,
  rule: (resources: (ec2: Ec2Inventory) => Fetched<T[]>) => Rule,
): Rule {
  const judged = rule((ec2) => listing(ec2) ?? { ok: true, value: [] });
  return {
    meta: judged.meta,
    *evaluate(inventory, context) {
      yield* judged.evaluate(inventory, context);
      yield* partsOf(inventory, 'ec2')
        .filter(({ part }) => listing(part) === undefined)
        .map(({ region }) =>
          toFinding(
            accountRef(inventory.account, region),
            undetermined(notCollected(what, region)),
          ),
        );
    },
  };
}

const snapshotPublicMeta: CheckMeta = {
  id: 'ec2.snapshot-public',
  title: 'EBS snapshot is publicly restorable',
  service: 'ec2',
  category: 'security',
  severity: 'critical',
  resourceType: SNAPSHOT_TYPE,
  remediation: {
    text: 'Make the snapshot private (aws ec2 modify-snapshot-attribute --attribute createVolumePermission --operation-type remove --group-names all), share it with named accounts if needed, and turn on snapshot block public access.',
    url: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html',
  },
  frameworks: { fsbp: ['EC2.1'] },
  failWhen:
    "A snapshot the account owns is restorable by everyone: `DescribeSnapshots` (OwnerIds `self`, RestorableByUserIds `all`) lists it and its `createVolumePermission` attribute includes the group `all`, and the region's snapshot block public access is not `block-all-sharing` (which keeps such a snapshot private although its attribute still says `all`: that snapshot PASSes). One FAIL per public snapshot; one PASS per region, about the account, when there is none; UNKNOWN when the listing or a snapshot's attribute could not be read.",
};

/**
 * FAIL per public snapshot, else one region-level PASS about the account: a private snapshot is
 * not listed at all on AWS (the listing is filtered to public ones), so it has no result of its own.
 */
const snapshotPublic: Rule = {
  meta: snapshotPublicMeta,
  evaluate(inventory) {
    return partsOf(inventory, 'ec2').flatMap(({ region, part }): Finding[] => {
      const account = accountRef(inventory.account, region);
      const listed = part.publicSnapshots;
      if (!listed)
        return [toFinding(account, undetermined(notCollected('DescribeSnapshots', region)))];
      if (!listed.ok) return [listingUnknown(inventory.account, region, listed.error)];
      const findings = listed.value.flatMap((snapshot): Finding[] => {
        const ref = resourceRef(snapshot, region);
        const everyone = snapshot.restorableByAll;
        if (!everyone.ok) return [toFinding(ref, unknown(everyone.error))];
        if (!everyone.value) return [];
        const volume = snapshot.volumeId ? ` of volume ${snapshot.volumeId}` : '';
        const block = part.snapshotBlockPublicAccess;
        if (block?.ok && block.value === BLOCK_ALL_SHARING) {
          // The attribute still says all, but AWS treats the snapshot as private (EC2 API
          // Reference, EnableSnapshotBlockPublicAccess).
          return [
            toFinding(
              ref,
              pass(
                `The snapshot${volume} is not publicly available: its createVolumePermission includes the group all, but snapshot block public access is block-all-sharing in ${region}, so AWS treats it as private (it becomes public again if that setting is relaxed).`,
                { restorableBy: 'all', snapshotBlockPublicAccess: BLOCK_ALL_SHARING },
              ),
            ),
          ];
        }
        return [
          toFinding(
            ref,
            fail(
              `The ${snapshot.encrypted ? 'encrypted' : 'unencrypted'} snapshot${volume} is restorable by every AWS account (createVolumePermission includes the group all).`,
              { restorableBy: 'all', encrypted: snapshot.encrypted },
            ),
          ),
        ];
      });
      if (findings.length > 0) return findings;
      return [
        toFinding(
          account,
          pass(`No snapshot of this account is restorable by everyone in ${region}.`, {
            publicSnapshots: 0,
            confirmed: listed.value.length,
          }),
        ),
      ];
    });
  },
};

const amiPublic = collectedResourceRule(
  (ec2) => ec2.images,
  'DescribeImages',
  (resources) =>
    fieldRule({
      meta: {
        id: 'ec2.ami-public',
        title: 'AMI is public',
        service: 'ec2',
        category: 'security',
        severity: 'critical',
        resourceType: IMAGE_TYPE,
        remediation: {
          text: 'Remove the public launch permission (aws ec2 modify-image-attribute --launch-permission "Remove=[{Group=all}]"), share the AMI with named accounts if needed, and turn on block public access for AMIs.',
          url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html',
        },
        frameworks: {},
        failWhen:
          'An AMI the account owns (`DescribeImages`, Owners `self`) has `Public` true: it has public launch permissions, so any AWS account can launch it and read its snapshots.',
      },
      resources,
      ref: resourceRef,
      field: (image) => image.public,
      missing:
        'Public was not in the DescribeImages answer: whether the AMI is public is not known.',
      passes: (isPublic) => !isPublic,
      detail: (isPublic, image) =>
        isPublic
          ? `The ${image.state} AMI is public: every AWS account can launch it.`
          : `The ${image.state} AMI is not public.`,
      evidence: (isPublic, image) => ({ public: isPublic ?? null, state: image.state }),
    }),
);

const snapshotBlockPublicAccessOff = regionRule({
  meta: {
    id: 'ec2.snapshot-block-public-access-off',
    title: 'EBS snapshot block public access is not blocking all sharing',
    service: 'ec2',
    category: 'security',
    severity: 'high',
    resourceType: ACCOUNT_TYPE,
    remediation: {
      text: 'Turn on block public access for snapshots in this region in the block-all-sharing mode (aws ec2 enable-snapshot-block-public-access --state block-all-sharing): snapshots already public then stop being publicly available too.',
      url: 'https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots-enable.html',
    },
    frameworks: { fsbp: ['EC2.182'] },
    failWhen:
      "The region's snapshot block public access state (`GetSnapshotBlockPublicAccessState`) is not `block-all-sharing`: `unblocked`, or `block-new-sharing`, which leaves snapshots already public publicly available. One result per region, about the account.",
  },
  judge: (ec2, region) => {
    const state = ec2.snapshotBlockPublicAccess;
    if (!state) return undetermined(notCollected('GetSnapshotBlockPublicAccessState', region));
    if (!state.ok) return unknown(state.error);
    if (state.value === null) {
      return undetermined(
        `State was not in the GetSnapshotBlockPublicAccessState answer for ${region}: whether snapshots can be shared publicly is not known.`,
        { state: null },
      );
    }
    if (state.value === BLOCK_ALL_SHARING) {
      return pass(`Snapshot block public access is ${BLOCK_ALL_SHARING} in ${region}.`, {
        state: state.value,
      });
    }
    const why =
      state.value === 'block-new-sharing'
        ? 'new public sharing is blocked, but snapshots already public stay publicly available'
        : 'snapshots can be shared publicly';
    return fail(
      `Snapshot block public access is ${state.value} in ${region}, not ${BLOCK_ALL_SHARING}: ${why}.`,
      { state: state.value },
    );
  },
});

const imdsDefaultsNotRequired = regionRule({
  meta: {
    id: 'ec2.imds-defaults-not-required',
    title: 'Account instance metadata defaults do not require IMDSv2',
    service: 'ec2',
    category: 'security',
    severity: 'medium',
    resourceType: ACCOUNT_TYPE,
    remediation: {
      text: 'Set the account-level instance metadata default to IMDSv2 only in this region (aws ec2 modify-instance-metadata-defaults --http-tokens required), after checking that your software uses IMDSv2.',
      url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html',
    },
    frameworks: {},
    failWhen:
      "The region's account-level instance metadata default (`GetInstanceMetadataDefaults` `AccountLevel.HttpTokens`) is not `required`: `optional`, or no default at all (the field absent), in which case a new instance requires IMDSv2 only if its launch request or AMI says so; unless the region enforces IMDSv2 at launch (`AccountLevel.HttpTokensEnforced` `enabled`), which no instance that serves IMDSv1 can pass. One result per region, about the account.",
  },
  judge: (ec2, region) => {
    const tokens = ec2.imdsDefaultHttpTokens;
    if (!tokens) return undetermined(notCollected('GetInstanceMetadataDefaults', region));
    if (!tokens.ok) return unknown(tokens.error);
    if (ec2.imdsDefaultHttpTokensEnforced === true && tokens.value !== 'required') {
      return pass(
        `New instances in ${region} cannot start with IMDSv1: the account enforces IMDSv2 at launch (HttpTokensEnforced enabled), so a launch that does not require IMDSv2 fails.`,
        { httpTokens: tokens.value, httpTokensEnforced: 'enabled' },
      );
    }
    if (tokens.value === 'required') {
      return pass(`New instances in ${region} require IMDSv2 by default (HttpTokens required).`, {
        httpTokens: tokens.value,
      });
    }
    return fail(
      tokens.value === null
        ? `The account sets no instance metadata default in ${region}: new instances serve IMDSv1 unless their launch request or AMI requires IMDSv2.`
        : `The account's instance metadata default in ${region} is HttpTokens ${tokens.value}, not required: new instances serve IMDSv1 unless their launch request or AMI requires IMDSv2.`,
      { httpTokens: tokens.value },
    );
  },
});

const ACTIVE = 'ACTIVE';

const vpcFlowLogsOff = collectedResourceRule(
  (ec2) => ec2.vpcs,
  'DescribeVpcs',
  (resources) =>
    resourceRule({
      meta: {
        id: 'ec2.vpc-flow-logs-off',
        title: 'VPC has no flow log',
        service: 'ec2',
        category: 'operations',
        severity: 'medium',
        resourceType: VPC_TYPE,
        remediation: {
          text: 'Create a flow log on the VPC (aws ec2 create-flow-logs --resource-type VPC --resource-ids VPC_ID --traffic-type ALL or REJECT) to CloudWatch Logs or S3.',
          url: 'https://docs.aws.amazon.com/vpc/latest/userguide/working-with-flow-logs.html',
        },
        frameworks: { fsbp: ['EC2.6'], cis: ['3.7'] },
        failWhen:
          'No flow log of the region (`DescribeFlowLogs`) with `FlowLogStatus` `ACTIVE` has the VPC itself as its `ResourceId`: flow logs on single subnets or network interfaces do not cover the VPC. UNKNOWN when the flow log listing failed.',
      },
      resources,
      ref: resourceRef,
      judge: (vpc, ec2) => {
        const flowLogs = ec2.flowLogs;
        if (!flowLogs) return undetermined(notCollected('DescribeFlowLogs', 'the region'));
        if (!flowLogs.ok) return unknown(flowLogs.error);
        const onVpc = flowLogs.value.filter((log) => log.resourceId === vpc.id);
        const active = onVpc.filter((log) => log.status === ACTIVE);
        const evidence = {
          isDefault: vpc.isDefault,
          flowLogs: onVpc.map((log) => ({ id: log.id, status: log.status ?? null })),
        };
        if (active.length > 0) {
          return pass(
            `The VPC has ${active.length} active flow log${active.length === 1 ? '' : 's'} (${active.map((l) => l.id).join(', ')}).`,
            evidence,
          );
        }
        const inactive = onVpc.map((l) => `${l.id} is ${l.status ?? 'of unknown status'}`);
        return fail(
          inactive.length > 0
            ? `The VPC has no active flow log (${inactive.join('; ')}); flow logs on its subnets or network interfaces, if any, do not cover the VPC.`
            : 'No flow log is on the VPC itself; flow logs on its subnets or network interfaces, if any, do not cover the VPC.',
          evidence,
        );
      },
    }),
);

/** The EC2 checks of CHECKS.md, in catalogue order. */
export const ec2Rules: readonly Rule[] = [
  imdsv2NotRequired,
  ebsVolumeUnencrypted,
  ebsDefaultEncryptionOff,
  publicIp,
  snapshotPublic,
  amiPublic,
  snapshotBlockPublicAccessOff,
  imdsDefaultsNotRequired,
  vpcFlowLogsOff,
  ...ec2CostRules,
];
