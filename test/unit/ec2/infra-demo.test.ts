import { sampleInventory } from '../../../src/demo/index.js';
import { ec2Rules } from '../../../src/rules/ec2.js';
import { iamRules } from '../../../src/rules/iam.js';
import { rdsRules } from '../../../src/rules/rds.js';
import { applyScope } from '../../../src/rules/scope.js';
import { sgRules } from '../../../src/rules/sg.js';

const context = { now: new Date('2026-11-01T06:00:00Z'), minAgeDays: 30 };

describe('demo inventory: EC2, security groups, RDS and IAM', () => {
  const { inventory, excludedByRegion } = applyScope(sampleInventory(), {
    excludeTags: [{ key: 'Temporary', value: 'true' }],
  });

  it.each([...ec2Rules, ...sgRules, ...rdsRules, ...iamRules].map((r) => [r.meta.id, r]))(
    '%s fails somewhere and passes elsewhere',
    (_id, rule) => {
      const statuses = new Set(rule.evaluate(inventory, context).map((f) => f.status));
      expect(statuses).toEqual(new Set(['PASS', 'FAIL']));
    },
  );

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
    expect(ebs?.map((f) => [f.region, f.status])).toEqual([
      ['us-east-1', 'FAIL'],
      ['eu-west-1', 'PASS'],
    ]);
    const regions = new Set(
      iamRules.flatMap((r) => r.evaluate(inventory, context)).map((f) => f.region),
    );
    expect(regions).toEqual(new Set(['global']));
  });
});
