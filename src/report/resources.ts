import type { Inventory } from '../collect/inventory.js';
import type { CheckResult } from '../rules/types.js';
import { buildEfsResources } from './efs.js';
import type { ReportResources } from './types.js';

type ResourcesBuilder = (inventory: Inventory, results: readonly CheckResult[]) => ReportResources;

/** One builder per analyzer that lists its resources in the report (`resources.efs`, ...). */
const RESOURCE_BUILDERS: readonly ResourcesBuilder[] = [buildEfsResources];

export function buildResources(
  inventory: Inventory,
  results: readonly CheckResult[],
): ReportResources {
  return Object.assign({}, ...RESOURCE_BUILDERS.map((build) => build(inventory, results)));
}
