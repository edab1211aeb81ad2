/** The inventory shape the generator writes: the current INVENTORY_SCHEMA_VERSION. */
export const SYNTHETIC_SCHEMA_VERSION: number;

/** Listed resources of each kind for `total` resources, summing to `total`. */
export function resourceCounts(total: number): Record<string, number>;

/** A saved inventory (JSON-serialisable) of `total` listed resources. */
export function syntheticInventory(total: number): Record<string, unknown>;
