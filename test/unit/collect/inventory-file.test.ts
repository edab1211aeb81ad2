import { inventoryFileChunks } from '../../../src/collect/inventory-file.js';
import { sampleInventory } from '../../../src/demo/index.js';
import { headerOf, partsOfInventory, type Inventory } from '../../../src/model/inventory.js';

/** A saved inventory of version 4 is one JSON document laid out a part to a line. */
const fileText = (inventory: Inventory): string => [...inventoryFileChunks(inventory)].join('');

describe('the version 4 file', () => {
  it('is one JSON document: the header, then one part to a line, then "]}"', () => {
    const inventory = sampleInventory();
    const text = fileText(inventory);
    const parts = [...partsOfInventory(inventory)];
    expect(JSON.parse(text)).toEqual({ ...headerOf(inventory), parts });

    const lines = text.split('\n');
    expect(lines).toHaveLength(parts.length + 3);
    expect(lines[0]).toBe(`${JSON.stringify(headerOf(inventory)).slice(0, -1)},"parts":[`);
    expect(lines[0]).toMatch(/^\{"schemaVersion":4,"account":"111122223333","collectedAt":/);
    parts.forEach((part, index) => {
      const comma = index < parts.length - 1 ? ',' : '';
      expect(lines[index + 1]).toBe(`${JSON.stringify(part)}${comma}`);
    });
    expect(lines.slice(-2)).toEqual([']}', '']);
  });

  it('of an inventory with no parts holds the header and "]}"', () => {
    const empty: Inventory = { ...sampleInventory(), global: {}, regional: {}, errors: [] };
    expect(fileText(empty)).toBe(`${JSON.stringify(headerOf(empty)).slice(0, -1)},"parts":[\n]}\n`);
  });
});
