import { parseConfig } from '../../../src/config/schema.js';
import { sampleInventory } from '../../../src/demo/index.js';
import { evaluateInventory } from '../../../src/triage/evaluate.js';
import { ALL_RULES } from '../../../src/rules/index.js';
import type { Rule } from '../../../src/rules/kit.js';

/**
 * One test over every check of the catalogue, instead of each service's tests repeating it for its
 * own checks. A new check is held to all of it once it is in ALL_RULES and in CONTRACT below.
 */

type Entry = [id: string, category: string, severity: string, fsbp?: string[], cis?: string[]];

/** The public contract of CHECKS.md: ids, categories, severities and framework mappings. */
const CONTRACT: Entry[] = [
  ['efs.throughput-overprovisioned', 'cost', 'medium'],
  ['efs.burst-credits-low', 'performance', 'high'],
  ['efs.no-ia-lifecycle', 'cost', 'medium'],
  ['efs.maxio-unneeded', 'performance', 'low'],
  ['efs.unused', 'cost', 'medium'],
  ['efs.unencrypted', 'security', 'critical', ['EFS.1', 'EFS.8'], ['2.4.1']],
  ['efs.tls-not-enforced', 'security', 'high'],
  ['efs.nfs-open-to-world', 'security', 'critical'],
  ['efs.iam-authorization-off', 'security', 'medium'],
  ['efs.root-not-squashed', 'security', 'high'],
  ['efs.critical-not-replicated', 'resilience', 'high'],
  ['efs.no-backup', 'resilience', 'high', ['EFS.2', 'EFS.7']],
  ['efs.one-zone-production', 'resilience', 'high'],
  ['efs.alarms-missing', 'operations', 'medium'],
  ['efs.metadata-hot', 'performance', 'medium'],
  ['efs.access-point-root-directory', 'security', 'medium', ['EFS.3']],
  ['efs.access-point-user-identity', 'security', 'medium', ['EFS.4']],
  ['efs.mount-target-public-subnet', 'security', 'medium', ['EFS.6']],
  ['ec2.imdsv2-not-required', 'security', 'high', ['EC2.8'], ['5.6']],
  ['ec2.ebs-volume-unencrypted', 'security', 'high', ['EC2.3']],
  ['ec2.ebs-default-encryption-off', 'security', 'medium', ['EC2.7'], ['2.2.1']],
  ['ec2.public-ip', 'security', 'medium', ['EC2.9']],
  [
    'sg.high-risk-port-open',
    'security',
    'critical',
    ['EC2.19', 'EC2.53', 'EC2.54'],
    ['5.2', '5.3'],
  ],
  ['sg.all-ports-open', 'security', 'critical'],
  ['rds.storage-unencrypted', 'security', 'critical', ['RDS.3', 'RDS.27'], ['2.3.1']],
  ['rds.publicly-accessible', 'security', 'critical', ['RDS.2'], ['2.3.3']],
  ['rds.backup-retention-short', 'resilience', 'high', ['RDS.11']],
  ['rds.single-az', 'resilience', 'medium', ['RDS.5', 'RDS.15']],
  ['rds.deletion-protection-off', 'resilience', 'high', ['RDS.7', 'RDS.8']],
  ['s3.public-access-not-blocked', 'security', 'critical', ['S3.1', 'S3.8'], ['2.1.4']],
  ['s3.default-encryption-missing', 'security', 'high'],
  ['s3.versioning-off', 'resilience', 'medium', ['S3.14']],
  ['s3.tls-not-enforced', 'security', 'medium', ['S3.5'], ['2.1.1']],
  ['iam.full-admin', 'security', 'critical', ['IAM.1']],
  ['iam.wildcard-actions', 'security', 'high', ['IAM.21']],
  ['iam.wildcard-resources', 'security', 'medium'],
];

const byId: [string, Rule][] = ALL_RULES.map((rule) => [rule.meta.id, rule]);

/** The demo's path: `posture-gate demo` evaluates the sample inventory with the default config. */
function evaluate(inventory: ReturnType<typeof sampleInventory>) {
  return evaluateInventory(
    inventory,
    { ...parseConfig({}, {}), regions: inventory.regions },
    { startedAt: new Date('2026-11-01T06:00:00.000Z') },
  ).results;
}

const DENIED = { operation: 'x:Y', code: 'AccessDenied', message: 'denied' };

/** `{ok, value}` or `{ok, error}`: the answer to one read, whatever the shape of its value. */
function isFetched(value: object): boolean {
  return 'ok' in value && typeof value.ok === 'boolean' && ('value' in value || 'error' in value);
}

/** A copy in which every read failed: each Fetched anywhere in `value`, listings included. */
function everyReadFailed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(everyReadFailed);
  if (value === null || typeof value !== 'object') return value;
  if (isFetched(value)) return { ok: false, error: DENIED };
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, everyReadFailed(item)]),
  );
}

function allFailedInventory(): ReturnType<typeof sampleInventory> {
  const demo = sampleInventory();
  return {
    ...demo,
    global: everyReadFailed(demo.global) as typeof demo.global,
    regional: everyReadFailed(demo.regional) as typeof demo.regional,
  };
}

const line = (r: { status: string; region: string; resourceId: string; detail: string }) =>
  `${r.status} ${r.region} ${r.resourceId}: ${r.detail}`;

describe('the check catalogue', () => {
  it('holds the checks of CHECKS.md, in order, with their category, severity and frameworks', () => {
    expect(
      ALL_RULES.map(({ meta }) => [
        meta.id,
        meta.category,
        meta.severity,
        meta.frameworks.fsbp ?? [],
        meta.frameworks.cis ?? [],
      ]),
    ).toEqual(
      CONTRACT.map(([id, category, severity, fsbp = [], cis = []]) => [
        id,
        category,
        severity,
        fsbp,
        cis,
      ]),
    );
  });

  it('has unique ids', () => {
    const ids = ALL_RULES.map((rule) => rule.meta.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it.each(byId)('%s is named service.kebab-case after its service', (id, rule) => {
    const match = /^([a-z0-9]+)\.([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(id);
    expect(match?.[1]).toBe(rule.meta.service);
  });

  it.each(byId)('%s has a title and a remediation on docs.aws.amazon.com', (_id, rule) => {
    const { title, remediation } = rule.meta;
    expect(title.trim()).not.toBe('');
    expect(remediation.text.trim()).not.toBe('');
    const url = new URL(remediation.url);
    expect([url.protocol, url.hostname]).toEqual(['https:', 'docs.aws.amazon.com']);
  });

  it.each(byId)('%s says what makes it FAIL', (_id, rule) => {
    expect(rule.meta.failWhen.trim()).not.toBe('');
  });

  describe('in the demo', () => {
    const results = evaluate(sampleInventory());

    it.each(byId)('%s fails somewhere', (id) => {
      expect(results.filter((r) => r.checkId === id && r.status === 'FAIL')).not.toEqual([]);
    });
  });

  describe('on the demo account with every read failed', () => {
    const results = evaluate(allFailedInventory());

    it('has every read failed', () => {
      expect(JSON.stringify(allFailedInventory())).not.toContain('"ok":true');
    });

    it.each(byId)('%s is UNKNOWN, never PASS or FAIL', (id) => {
      const own = results.filter((r) => r.checkId === id);
      expect(own).not.toEqual([]);
      expect(own.filter((r) => r.status !== 'UNKNOWN').map(line)).toEqual([]);
    });
  });
});
