import { sampleInventory } from '../../../src/demo/index.js';
import { ec2Rules } from '../../../src/rules/ec2.js';
import { iamRules } from '../../../src/rules/iam.js';
import { ACCOUNT_TYPE, type Rule } from '../../../src/rules/kit.js';
import { rdsRules } from '../../../src/rules/rds.js';
import { applyScope } from '../../../src/rules/scope.js';
import { sgRules } from '../../../src/rules/sg.js';

const context = { now: new Date('2026-11-01T06:00:00Z'), minAgeDays: 30 };

describe('demo inventory: EC2, security groups, RDS and IAM', () => {
  const { inventory, excludedByRegion } = applyScope(sampleInventory(), {
    excludeTags: [{ key: 'Temporary', value: 'true' }],
  });

  /** Settings of the one account (the root user, the password policy): one result, a FAIL. */
  const accountWide = (rule: Rule): boolean =>
    rule.meta.service === 'iam' && rule.meta.resourceType === ACCOUNT_TYPE;
  const rules = [...ec2Rules, ...sgRules, ...rdsRules, ...iamRules];

  it.each(rules.filter((r) => !accountWide(r)).map((r) => [r.meta.id, r]))(
    '%s fails somewhere and passes elsewhere',
    (_id, rule) => {
      const statuses = new Set([...rule.evaluate(inventory, context)].map((f) => f.status));
      expect(statuses).toEqual(new Set(['PASS', 'FAIL']));
    },
  );

  it.each(rules.filter(accountWide).map((r) => [r.meta.id, r]))(
    '%s fails for the account',
    (_id, rule) => {
      expect([...rule.evaluate(inventory, context)].map((f) => [f.resourceId, f.status])).toEqual([
        ['111122223333', 'FAIL'],
      ]);
    },
  );

  it('shows split ranges, a 1-65535 rule and a prefix list as the internet sees them', () => {
    const detailOf = (id: string, groupId: string) =>
      [...(sgRules.find((r) => r.meta.id === id)?.evaluate(inventory, context) ?? [])].find(
        (f) => f.resourceId === groupId,
      )?.detail;
    // The web group: SSH from 0.0.0.0/1 + 128.0.0.0/1; 8080 from CloudFront's prefix list only.
    expect(detailOf('sg.high-risk-port-open', 'sg-0a1b2c3d4e5f60001')).toBe(
      'High-risk port open to the internet: 22 (tcp from 0.0.0.0/1, 128.0.0.0/1). It is attached to 1 network interface.',
    );
    expect(detailOf('sg.all-ports-open', 'sg-0e1f2a3b4c5d60002')).toBe(
      'Every port is open to the internet: tcp 1-65535 from 0.0.0.0/0. It is attached to 1 network interface.',
    );
  });

  it('leaves the Temporary instance out', () => {
    expect(excludedByRegion['us-east-1']).toBeGreaterThanOrEqual(1);
    const instances = inventory.regional['us-east-1']?.ec2?.instances;
    expect(instances?.ok).toBe(true);
    const ids = instances?.ok ? instances.value.map((i) => i.id) : undefined;
    expect(ids).not.toContain('i-0a1b2c3d4e5f60004');
  });

  it('reports EBS default encryption once per region and IAM under global', () => {
    const ebs = ec2Rules
      .find((r) => r.meta.id === 'ec2.ebs-default-encryption-off')
      ?.evaluate(inventory, context);
    expect([...(ebs ?? [])].map((f) => [f.region, f.status])).toEqual([
      ['us-east-1', 'FAIL'],
      ['eu-west-1', 'PASS'],
    ]);
    const regions = new Set(
      iamRules.flatMap((r) => [...r.evaluate(inventory, context)]).map((f) => f.region),
    );
    expect(regions).toEqual(new Set(['global']));
  });
});
