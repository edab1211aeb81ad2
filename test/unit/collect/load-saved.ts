import { openSavedInventory } from '../../../src/collect/saved-inventory.js';
import { inventoryOf, type Inventory, type InventoryPart } from '../../../src/model/inventory.js';

/** Every part of a saved inventory of any supported version, in memory, as the CLI reads it. */
export async function loadSavedInventory(path: string): Promise<Inventory> {
  const { header, parts } = await openSavedInventory(path);
  const read: InventoryPart[] = [];
  for await (const part of parts) read.push(part);
  return inventoryOf(header, read);
}
