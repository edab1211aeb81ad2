import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inventoryFileChunks } from '../../../src/collect/inventory-file.js';
import { openSavedInventory } from '../../../src/collect/saved-inventory.js';
import { loadSavedInventory } from '../collect/load-saved.js';
import { parseConfig } from '../../../src/config/schema.js';
import {
  INVENTORY_SCHEMA_VERSION,
  headerOf,
  partsOfInventory,
  type Inventory,
  type InventoryPart,
} from '../../../src/model/inventory.js';
import type { Report } from '../../../src/model/report.js';
import { ALL_RULES } from '../../../src/rules/index.js';
import { evaluateInventory } from '../../../src/triage/evaluate.js';
import {
  SYNTHETIC_SCHEMA_VERSION,
  resourceCounts,
  syntheticInventory,
  syntheticInventoryText,
} from '../../../scripts/synthetic-inventory.mjs';

const SIZE = 500;

/** `read` of the text saved to a file, as `scan --inventory` is given it. */
async function inFile<T>(text: string, read: (path: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'synthetic-inventory-'));
  try {
    const path = join(dir, 'inventory.json');
    writeFileSync(path, text);
    return await read(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The generated file as `scan --inventory` reads it: written, then loaded by the CLI's loader. */
const loaded = (size: number): Promise<Inventory> =>
  inFile(syntheticInventoryText(size), loadSavedInventory);

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
  it('is of the current shape, written exactly as --save-inventory writes it', () => {
    const inventory = syntheticInventory(SIZE) as unknown as Inventory;
    expect(SYNTHETIC_SCHEMA_VERSION).toBe(INVENTORY_SCHEMA_VERSION);
    expect(inventory.schemaVersion).toBe(INVENTORY_SCHEMA_VERSION);
    expect(syntheticInventoryText(SIZE)).toBe([...inventoryFileChunks(inventory)].join(''));
  });

  it('is read a part at a time: every part is given before the end of the file is read', async () => {
    const inventory = syntheticInventory(SIZE) as unknown as Inventory;
    // Without its last line a file read whole would be refused before giving anything.
    const text = syntheticInventoryText(SIZE).replace(/\]\}\n$/, '');
    const read: InventoryPart[] = [];
    const refusal = await inFile(text, async (path) => {
      const { header, parts } = await openSavedInventory(path);
      expect(header).toEqual(headerOf(inventory));
      try {
        for await (const part of parts) read.push(part);
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    });
    expect(read).toEqual([...partsOfInventory(inventory)]);
    expect(refusal).toMatch(/without the line "\]\}" that closes its parts: it was cut short/);
  });

  it('keeps the account on line 1, where the merge bench gives each copy an account of its own', async () => {
    const text = syntheticInventoryText(SIZE);
    const account = /"account":"(\d{12})"/.exec(text.slice(0, text.indexOf('\n')))?.[1];
    expect(account).toBe((syntheticInventory(SIZE) as unknown as Inventory).account);
    const copy = await inFile(text.replaceAll(account ?? '', '100000000007'), loadSavedInventory);
    expect(copy.account).toBe('100000000007');
    expect(JSON.stringify(copy)).not.toContain(account);
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
    expect(syntheticInventoryText(SIZE)).toBe(syntheticInventoryText(SIZE));
  });
});
