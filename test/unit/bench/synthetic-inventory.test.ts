import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSavedInventory } from '../../../src/collect/saved-inventory.js';
import { migrateInventory } from '../../../src/collect/migrations.js';
import { parseConfig } from '../../../src/config/schema.js';
import { INVENTORY_SCHEMA_VERSION, type Inventory } from '../../../src/model/inventory.js';
import type { Report } from '../../../src/model/report.js';
import { ALL_RULES } from '../../../src/rules/index.js';
import { evaluateInventory } from '../../../src/triage/evaluate.js';
import {
  SYNTHETIC_SCHEMA_VERSION,
  resourceCounts,
  syntheticInventory,
} from '../../../scripts/synthetic-inventory.mjs';

const SIZE = 500;

/** The generated file as `scan --inventory` reads it: written, then loaded by the CLI's loader. */
async function loaded(size: number): Promise<Inventory> {
  const dir = mkdtempSync(join(tmpdir(), 'synthetic-inventory-'));
  try {
    const path = join(dir, 'inventory.json');
    writeFileSync(path, JSON.stringify(syntheticInventory(size)));
    return await loadSavedInventory(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Evaluated as the CLI's offline path does, with the default configuration. */
function evaluated(inventory: Inventory): Report {
  const config = parseConfig({ region: 'us-east-1' }, {});
  return evaluateInventory(
    inventory,
    { ...config, regions: inventory.regions },
    { startedAt: new Date('2026-11-01T07:00:00.000Z') },
  );
}

const length = (read: { ok: boolean; value?: unknown } | undefined): number =>
  read?.ok && Array.isArray(read.value) ? read.value.length : 0;

/** Every listed resource: what N counts. */
function listedResources(inventory: Inventory): number {
  const { s3, iam } = inventory.global;
  let total = length(s3?.buckets) + length(iam?.roles) + length(iam?.users);
  for (const part of Object.values(inventory.regional)) {
    const { ec2, sg, rds, efs } = part;
    total += [
      ec2?.instances,
      ec2?.volumes,
      ec2?.publicSnapshots,
      ec2?.images,
      ec2?.vpcs,
      ec2?.addresses,
      sg?.groups,
      rds?.instances,
      rds?.clusters,
      rds?.snapshots,
      rds?.clusterSnapshots,
      efs?.fileSystems,
      efs?.accessPoints,
    ].reduce((sum, read) => sum + length(read), 0);
  }
  return total;
}

describe('the synthetic inventory of the scale bench', () => {
  it('is of the current shape: loading it runs no migration', () => {
    const file = syntheticInventory(SIZE);
    expect(SYNTHETIC_SCHEMA_VERSION).toBe(INVENTORY_SCHEMA_VERSION);
    expect(file.schemaVersion).toBe(INVENTORY_SCHEMA_VERSION);
    expect(migrateInventory(file)).toBe(file);
  });

  it('loads through the loader of scan --inventory and lists exactly N resources', async () => {
    const counts = resourceCounts(SIZE);
    expect(Object.values(counts).reduce((sum, n) => sum + n, 0)).toBe(SIZE);
    const inventory = await loaded(SIZE);
    expect(listedResources(inventory)).toBe(SIZE);
    expect(inventory.global.iam?.credentialReport?.ok).toBe(true);
  });

  it('gives every check an evaluated result: mostly PASS, a minority FAIL, a few UNKNOWN', async () => {
    const inventory = await loaded(SIZE);
    const report = evaluated(inventory);
    const statuses = new Map(ALL_RULES.map((rule) => [rule.meta.id, new Set<string>()]));
    for (const result of report.results) statuses.get(result.checkId)?.add(result.status);
    const unevaluated = [...statuses]
      .filter(([, seen]) => !seen.has('PASS') && !seen.has('FAIL'))
      .map(([id]) => id);
    expect(unevaluated).toEqual([]);

    const share = (status: string) =>
      report.results.filter((r) => r.status === status).length / report.results.length;
    expect(share('PASS')).toBeGreaterThan(0.7);
    expect(share('FAIL')).toBeGreaterThan(0.05);
    expect(share('FAIL')).toBeLessThan(0.25);
    expect(share('UNKNOWN')).toBeGreaterThan(0.002);
    expect(share('UNKNOWN')).toBeLessThan(0.03);
  });

  it('records every unreadable read in errors, as denied', () => {
    const { errors } = syntheticInventory(SIZE) as unknown as Inventory;
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error).toMatchObject({ code: 'AccessDenied', class: 'denied' });
    }
  });

  it('gives the same bytes for the same N', () => {
    expect(JSON.stringify(syntheticInventory(SIZE))).toBe(JSON.stringify(syntheticInventory(SIZE)));
  });
});
