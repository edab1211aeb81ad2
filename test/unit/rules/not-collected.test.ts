import type { Inventory } from '../../../src/model/inventory.js';
import { parseConfig } from '../../../src/config/schema.js';
import { sampleInventory } from '../../../src/demo/index.js';
import { iamRules } from '../../../src/rules/iam.js';
import { evaluateInventory } from '../../../src/triage/evaluate.js';

const config = parseConfig({ region: 'us-east-1', 'fail-on-incomplete': 'true' }, {});
const evaluate = (inventory: Inventory) =>
  evaluateInventory(inventory, config, { startedAt: new Date('2026-11-01T00:00:00Z') });

/** The demo account with one service part removed, as when its collector failed outright. */
function without(service: 'rds' | 'iam', region: string, error = true): Inventory {
  const inventory = structuredClone(sampleInventory());
  if (service === 'iam') delete inventory.global.iam;
  else delete inventory.regional[region]?.rds;
  if (error) {
    inventory.errors.push({
      service,
      region,
      operation: `${service}:collect`,
      code: 'TypeError',
      message: 'boom',
    });
  }
  return inventory;
}

describe('a scanned service that was not collected', () => {
  it('gives one UNKNOWN per check in the region it is missing from, naming the failure', () => {
    const region = sampleInventory().regions[0] ?? '';
    const report = evaluate(without('rds', region));
    const unknown = report.results.filter(
      (r) => r.service === 'rds' && r.region === region && r.resourceType === 'AWS::::Account',
    );
    expect(unknown.map((r) => r.checkId).sort()).toEqual([
      'rds.backup-retention-short',
      'rds.deletion-protection-off',
      'rds.publicly-accessible',
      'rds.single-az',
      'rds.storage-unencrypted',
    ]);
    for (const result of unknown) {
      expect(result.status).toBe('UNKNOWN');
      // A TypeError is a defect of posture-gate: the detail says so and asks for a bug report.
      expect(result.detail).toBe(
        'Could not be assessed: rds:collect failed with TypeError: an internal error of posture-gate; please report it at https://github.com/posture-gate/posture-gate/issues.',
      );
    }
    expect(report.gate.passed).toBe(false);
    expect(report.gate.reasons.join('\n')).toMatch(/could not be assessed/i);
  });

  it('reports an account-wide service under global, even with no recorded error', () => {
    const report = evaluate(without('iam', 'global', false));
    const iam = report.results.filter((r) => r.service === 'iam');
    expect(iam).toHaveLength(iamRules.length);
    expect(iam.every((r) => r.status === 'UNKNOWN' && r.region === 'global')).toBe(true);
    expect(iam[0]?.detail).toContain('iam:collect failed with NotCollected');
  });

  it('adds nothing when every part is there', () => {
    const report = evaluate(sampleInventory());
    expect(report.results.filter((r) => r.detail.includes(':collect failed'))).toEqual([]);
  });
});
