// Fixtures shared by the EC2, security group, RDS and IAM tests.
import type { RegionClients } from '../../../src/aws/clients.js';
import { createCollectContext, type CollectContext } from '../../../src/collect/context.js';
import {
  INVENTORY_SCHEMA_VERSION,
  type CollectionError,
  type Fetched,
  type Inventory,
  type RegionInventory,
  type ServiceName,
} from '../../../src/model/inventory.js';
import type { Finding } from '../../../src/model/results.js';
import type { Rule } from '../../../src/rules/kit.js';

export const ACCOUNT = '111122223333';

export const ok = <T>(value: T): Fetched<T> => ({ ok: true, value });

export const denied = (operation: string): Fetched<never> => ({
  ok: false,
  error: { operation, code: 'AccessDenied', message: 'Access Denied' },
});

/** An SDK service error as the clients throw it. */
export function serviceError(name: string, status = 403): Error {
  return Object.assign(new Error(`${name} message`), {
    name,
    $fault: 'client',
    $metadata: { httpStatusCode: status },
  });
}

export function collectContext(
  service: ServiceName,
  clients: Partial<RegionClients>,
  region = 'us-east-1',
  sharedCache = new Map<string, Promise<unknown>>(),
): { ctx: CollectContext; errors: CollectionError[] } {
  const errors: CollectionError[] = [];
  const ctx = createCollectContext({
    account: ACCOUNT,
    region,
    service,
    clients: clients as RegionClients,
    errors,
    sharedCache,
  });
  return { ctx, errors };
}

export function inventoryOf(
  regional: Record<string, RegionInventory>,
  global: Inventory['global'] = {},
): Inventory {
  return {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    account: ACCOUNT,
    collectedAt: '2026-11-01T00:00:00.000Z',
    regions: Object.keys(regional),
    services: ['ec2', 'sg', 'rds', 'iam'],
    global,
    regional,
    errors: [],
  };
}

export function statuses(findings: Finding[]): Record<string, string> {
  return Object.fromEntries(findings.map((f) => [f.resourceId, f.status]));
}

/** The value of a read, failing the test when the read failed. */
export function valueOf<T>(read: Fetched<T>): T {
  if (!read.ok) {
    throw new Error(`expected a read value, got ${read.error.operation} ${read.error.code}`);
  }
  return read.value;
}

/** The item at `index`, failing the test when there is none. */
export function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`expected an item at ${index}, got ${list.length} items`);
  return item;
}

/** The finding about `resourceId`, failing the test when there is none. */
export function resultFor(findings: readonly Finding[], resourceId: string): Finding {
  const finding = findings.find((f) => f.resourceId === resourceId);
  if (!finding) throw new Error(`no finding for ${resourceId}`);
  return finding;
}

/** The rule with `id`, failing the test when there is none. */
export function ruleById(rules: readonly Rule[], id: string): Rule {
  const rule = rules.find((r) => r.meta.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}
