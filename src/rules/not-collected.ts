import type { CallFailure, Inventory, ServiceName } from '../collect/inventory.js';
import { listingUnknown } from './helpers.js';
import type { Finding } from './types.js';

function isAccountWide(service: ServiceName): service is keyof Inventory['global'] {
  return service === 's3' || service === 'iam';
}

/**
 * Where a scanned service has no part in the inventory: its collector failed outright, or a saved
 * inventory lacks it. Account-wide services live under region `global`.
 */
export function missingRegions(inventory: Inventory, service: ServiceName): string[] {
  if (isAccountWide(service)) return inventory.global[service] ? [] : ['global'];
  return inventory.regions.filter((region) => !inventory.regional[region]?.[service]);
}

/** The recorded failure of the service's collector there, or a stand-in naming the gap. */
function whyMissing(inventory: Inventory, service: ServiceName, region: string): CallFailure {
  const operation = `${service}:collect`;
  const recorded = inventory.errors.find(
    (e) => e.service === service && e.region === region && e.operation === operation,
  );
  if (recorded) return { operation, code: recorded.code, message: recorded.message };
  return {
    operation,
    code: 'NotCollected',
    message: `the inventory has no ${service} data for ${region}`,
  };
}

/**
 * One account-level UNKNOWN per region where the service was not collected. Rules skip a missing
 * part; without these results the service would silently drop out of the score and the gate.
 */
export function notCollectedFindings(inventory: Inventory, service: ServiceName): Finding[] {
  return missingRegions(inventory, service).map((region) =>
    listingUnknown(inventory.account, region, whyMissing(inventory, service, region)),
  );
}
