/** The inventory shape the generator writes: the current INVENTORY_SCHEMA_VERSION. */
export const SYNTHETIC_SCHEMA_VERSION: number;

/** Listed resources of each kind for `total` resources, summing to `total`. */
export function resourceCounts(total: number): Record<string, number>;

/** The inventory (in memory, JSON-serialisable) of `total` listed resources. */
export function syntheticInventory(total: number): Record<string, unknown>;

/** Its saved file, as --save-inventory writes the current version: a part to a line. */
export function syntheticInventoryText(total: number): string;
