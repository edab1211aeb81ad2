// Writing a saved inventory (version 4): one JSON document, laid out so that a reader can take it
// one line, and so one part, at a time (src/collect/saved-inventory.ts).
import { headerOf, partsOfInventory, type Inventory } from '../model/inventory.js';

/**
 * The inventory's file in pieces to be written one after the other: line 1 is the header's fields
 * and `"parts":[`, then one part to a line (`{region, service, part}`, a comma after each but the
 * last), then `]}` and a newline. JSON.stringify escapes every line break inside a string, so a
 * part never spans lines.
 */
export function* inventoryFileChunks(inventory: Inventory): Generator<string> {
  const header = JSON.stringify(headerOf(inventory));
  yield `${header.slice(0, -1)},"parts":[`;
  let separator = '\n';
  for (const part of partsOfInventory(inventory)) {
    yield `${separator}${JSON.stringify(part)}`;
    separator = ',\n';
  }
  yield '\n]}\n';
}
