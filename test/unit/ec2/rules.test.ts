import type { EbsVolume, Ec2Instance, Ec2Inventory } from '../../../src/model/ec2.js';
import type { EvalContext, Rule } from '../../../src/rules/kit.js';
import { ec2Rules } from '../../../src/rules/ec2.js';
import { ACCOUNT, at, denied, inventoryOf, ok, resultFor, ruleById, statuses } from './fixtures.js';

const context: EvalContext = { now: new Date('2026-11-01T00:00:00Z'), minAgeDays: 30 };

const rule = (id: string): Rule => ruleById(ec2Rules, id);

function instance(id: string, overrides: Partial<Ec2Instance> = {}): Ec2Instance {
  return {
    id,
    arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/${id}`,
    state: 'running',
    httpTokens: 'required',
    tags: {},
    ...overrides,
  };
}

function volume(id: string, overrides: Partial<EbsVolume> = {}): EbsVolume {
  return {
    id,
    arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/${id}`,
    state: 'in-use',
    encrypted: true,
    attachedTo: ['i-1'],
    tags: {},
    ...overrides,
  };
}

function ec2(overrides: Partial<Ec2Inventory> = {}): Ec2Inventory {
  const part: Ec2Inventory = {
    instances: ok([]),
    volumes: ok([]),
    ebsEncryptionByDefault: ok(true),
    ...overrides,
  };
  return part;
}

const evaluate = (id: string, regional: Record<string, Ec2Inventory>) => [
  ...rule(id).evaluate(
    inventoryOf(
      Object.fromEntries(Object.entries(regional).map(([r, part]) => [r, { ec2: part }])),
    ),
    context,
  ),
];

describe('ec2.imdsv2-not-required', () => {
  it('passes required, fails optional, for pending, running and stopped only', () => {
    const findings = evaluate('ec2.imdsv2-not-required', {
      'us-east-1': ec2({
        instances: ok([
          instance('i-required'),
          instance('i-optional', { httpTokens: 'optional', state: 'stopped' }),
          instance('i-pending', { httpTokens: 'optional', state: 'pending' }),
          instance('i-stopping', { httpTokens: 'optional', state: 'stopping' }),
        ]),
      }),
    });
    expect(statuses(findings)).toEqual({
      'i-required': 'PASS',
      'i-optional': 'FAIL',
      'i-pending': 'FAIL',
    });
    expect(resultFor(findings, 'i-optional').detail).toContain('HttpTokens is optional');
  });

  it('still fails with the metadata endpoint disabled, and says IMDSv1 is served only once it is on', () => {
    const findings = evaluate('ec2.imdsv2-not-required', {
      'us-east-1': ec2({
        instances: ok([
          instance('i-off', { httpTokens: 'optional', httpEndpoint: 'disabled' }),
          instance('i-on', { httpTokens: 'optional', httpEndpoint: 'enabled' }),
          instance('i-off-required', { httpTokens: 'required', httpEndpoint: 'disabled' }),
        ]),
      }),
    });
    expect(statuses(findings)).toEqual({
      'i-off': 'FAIL',
      'i-on': 'FAIL',
      'i-off-required': 'PASS',
    });
    expect(resultFor(findings, 'i-off')).toMatchObject({
      detail:
        'HttpTokens is optional, not required, and the metadata endpoint is off (HttpEndpoint disabled): IMDSv1 would be served once the endpoint is turned on.',
      evidence: { state: 'running', httpTokens: 'optional', httpEndpoint: 'disabled' },
    });
    expect(resultFor(findings, 'i-on')).toMatchObject({
      detail:
        'HttpTokens is optional, not required: IMDSv1 is served to anything on the running instance.',
      evidence: { state: 'running', httpTokens: 'optional', httpEndpoint: 'enabled' },
    });
  });

  it('is UNKNOWN, never FAIL, when the answer lacked HttpTokens', () => {
    const findings = evaluate('ec2.imdsv2-not-required', {
      'us-east-1': ec2({ instances: ok([instance('i-unreported', { httpTokens: undefined })]) }),
    });
    expect(at(findings, 0)).toEqual({
      region: 'us-east-1',
      resourceId: 'i-unreported',
      resourceArn: `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-unreported`,
      status: 'UNKNOWN',
      detail:
        'MetadataOptions.HttpTokens was not in the DescribeInstances answer: whether IMDSv1 is served is not known.',
      evidence: { state: 'running', httpTokens: null },
    });
  });

  it('is UNKNOWN for the region, naming the call, when DescribeInstances failed', () => {
    const findings = evaluate('ec2.imdsv2-not-required', {
      'us-east-1': ec2({ instances: denied('ec2:DescribeInstances') }),
      'eu-west-1': ec2({ instances: ok([instance('i-eu')]) }),
    });
    expect(findings).toHaveLength(2);
    const [unknown, pass] = findings;
    expect(unknown).toMatchObject({
      status: 'UNKNOWN',
      region: 'us-east-1',
      resourceId: ACCOUNT,
      resourceType: 'AWS::::Account',
      failedCall: {
        operation: 'ec2:DescribeInstances',
        code: 'AccessDenied',
        permission: 'ec2:DescribeInstances',
      },
    });
    expect(pass).toMatchObject({ status: 'PASS', region: 'eu-west-1', resourceId: 'i-eu' });
  });
});

describe('ec2.ebs-volume-unencrypted', () => {
  it('fails unencrypted volumes, attached or not, and passes encrypted ones', () => {
    const findings = evaluate('ec2.ebs-volume-unencrypted', {
      'us-east-1': ec2({
        volumes: ok([
          volume('vol-enc'),
          volume('vol-plain', { encrypted: false }),
          volume('vol-loose', { encrypted: false, attachedTo: [], state: 'available' }),
        ]),
      }),
    });
    expect(statuses(findings)).toEqual({
      'vol-enc': 'PASS',
      'vol-plain': 'FAIL',
      'vol-loose': 'FAIL',
    });
    expect(resultFor(findings, 'vol-plain').detail).toContain('attached to i-1');
    expect(resultFor(findings, 'vol-loose').detail).toContain('not attached');
  });

  it('is UNKNOWN when DescribeVolumes failed', () => {
    const finding = at(
      evaluate('ec2.ebs-volume-unencrypted', {
        'us-east-1': ec2({ volumes: denied('ec2:DescribeVolumes') }),
      }),
      0,
    );
    expect(finding).toMatchObject({
      status: 'UNKNOWN',
      failedCall: { operation: 'ec2:DescribeVolumes' },
    });
  });
});

describe('ec2.ebs-default-encryption-off', () => {
  it('gives one account-level result per region', () => {
    const findings = evaluate('ec2.ebs-default-encryption-off', {
      'us-east-1': ec2({ ebsEncryptionByDefault: ok(false) }),
      'eu-west-1': ec2({ ebsEncryptionByDefault: ok(true) }),
      'ap-south-1': ec2({ ebsEncryptionByDefault: denied('ec2:GetEbsEncryptionByDefault') }),
    });
    expect(findings.map((f) => [f.region, f.resourceId, f.status])).toEqual([
      ['us-east-1', ACCOUNT, 'FAIL'],
      ['eu-west-1', ACCOUNT, 'PASS'],
      ['ap-south-1', ACCOUNT, 'UNKNOWN'],
    ]);
    expect(at(findings, 2).failedCall?.permission).toBe('ec2:GetEbsEncryptionByDefault');
  });

  it('is UNKNOWN, never FAIL, when the answer lacked EbsEncryptionByDefault', () => {
    const findings = evaluate('ec2.ebs-default-encryption-off', {
      'us-east-1': ec2({ ebsEncryptionByDefault: ok(null) }),
    });
    expect(findings).toEqual([
      {
        region: 'us-east-1',
        resourceId: ACCOUNT,
        status: 'UNKNOWN',
        detail:
          'EbsEncryptionByDefault was not in the GetEbsEncryptionByDefault answer for us-east-1: whether new volumes are encrypted by default is not known.',
        evidence: { ebsEncryptionByDefault: null },
      },
    ]);
  });

  it('says nothing about a region where EC2 was not collected', () => {
    expect([
      ...rule('ec2.ebs-default-encryption-off').evaluate(inventoryOf({ 'us-east-1': {} }), context),
    ]).toEqual([]);
  });
});

describe('ec2.public-ip', () => {
  it('fails instances with a public IPv4 address, whatever their state', () => {
    const findings = evaluate('ec2.public-ip', {
      'us-east-1': ec2({
        instances: ok([
          instance('i-private'),
          instance('i-public', { publicIp: '54.214.1.2' }),
          instance('i-stopping', { publicIp: '54.214.1.3', state: 'stopping' }),
        ]),
      }),
    });
    expect(statuses(findings)).toEqual({
      'i-private': 'PASS',
      'i-public': 'FAIL',
      'i-stopping': 'FAIL',
    });
    expect(resultFor(findings, 'i-public').detail).toContain('54.214.1.2');
  });

  it('is UNKNOWN when DescribeInstances failed', () => {
    const finding = at(
      evaluate('ec2.public-ip', {
        'us-east-1': ec2({ instances: denied('ec2:DescribeInstances') }),
      }),
      0,
    );
    expect(finding.status).toBe('UNKNOWN');
  });
});
