import { execFileSync } from 'node:child_process';
import {
  createWriteStream,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inventoryFileChunks } from '../../../src/collect/inventory-file.js';
import {
  InventoryFileError,
  openSavedInventory,
  parseSavedInventory,
} from '../../../src/collect/saved-inventory.js';
import { loadSavedInventory } from './load-saved.js';
import { sampleInventory } from '../../../src/demo/index.js';
import {
  headerOf,
  inventoryOf,
  inventoryInOrder,
  partsOfInventory,
  type CollectionError,
  type Inventory,
  type InventoryPart,
  type ServiceName,
} from '../../../src/model/inventory.js';

/**
 * A saved inventory of version 4 is one JSON document laid out a part to a line, which
 * `openSavedInventory` reads one line at a time: the header first, then each part as it is reached.
 */
const fileText = (inventory: Inventory): string => [...inventoryFileChunks(inventory)].join('');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'inventory-file-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
/** The text saved to a file of its own; its path. */
function saved(text: string): string {
  files += 1;
  const path = join(dir, `inventory-${files}.json`);
  writeFileSync(path, text);
  return path;
}

async function partsIn(parts: AsyncIterable<InventoryPart>): Promise<InventoryPart[]> {
  const read: InventoryPart[] = [];
  for await (const part of parts) read.push(part);
  return read;
}

/**
 * The message a file is refused with, opened and read to its last part, naming it "inv.json"; or
 * 'accepted'.
 */
async function refusal(text: string): Promise<string> {
  const path = saved(text);
  try {
    const { parts } = await openSavedInventory(path);
    await partsIn(parts);
  } catch (error) {
    expect(error).toBeInstanceOf(InventoryFileError);
    return (error as Error).message.replace(`"${path}"`, '"inv.json"');
  }
  return 'accepted';
}

/** The message the same text is refused with when it is given whole; or 'accepted'. */
function wholeRefusal(text: string): string {
  try {
    parseSavedInventory(text, 'inv.json');
  } catch (error) {
    expect(error).toBeInstanceOf(InventoryFileError);
    return (error as Error).message;
  }
  return 'accepted';
}

const NOT_AN_INVENTORY = 'is not a posture-gate inventory (written by --save-inventory)';

/** The sample's file as lines: the header, one line per part, `]}`, and the empty end. */
const sampleLines = (): string[] => fileText(sampleInventory()).split('\n');

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

  it('round-trips: opened, its header and parts are the inventory it was written from', async () => {
    const inventory = sampleInventory();
    const path = saved(fileText(inventory));
    const { header, parts } = await openSavedInventory(path);
    expect(header).toEqual(headerOf(inventory));
    const read = await partsIn(parts);
    expect(read).toEqual([...partsOfInventory(inventory)]);
    expect(inventoryOf(header, read)).toEqual(inventory);
    expect(await loadSavedInventory(path)).toEqual(inventory);
    expect(parseSavedInventory(fileText(inventory), path)).toEqual(inventory);
  });

  it('gives its parts once: the file is read front to back, once', async () => {
    const { parts } = await openSavedInventory(saved(fileText(sampleInventory())));
    expect(await partsIn(parts)).toHaveLength([...partsOfInventory(sampleInventory())].length);
    await expect(partsIn(parts)).rejects.toThrow('can be read only once');
  });

  it('of an inventory with no parts holds the header and "]}"', async () => {
    const empty: Inventory = { ...sampleInventory(), global: {}, regional: {}, errors: [] };
    const text = fileText(empty);
    expect(text).toBe(`${JSON.stringify(headerOf(empty)).slice(0, -1)},"parts":[\n]}\n`);
    const { header, parts } = await openSavedInventory(saved(text));
    expect(header).toEqual(headerOf(empty));
    expect(await partsIn(parts)).toEqual([]);
    expect(await loadSavedInventory(saved(text))).toEqual(empty);
  });

  it.each([
    ['re-formatted with indentation', (text: string) => JSON.stringify(JSON.parse(text), null, 2)],
    ['compacted onto one line', (text: string) => JSON.stringify(JSON.parse(text))],
    ['with CRLF line endings', (text: string) => text.replaceAll('\n', '\r\n')],
    ['without its final newline', (text: string) => text.slice(0, -1)],
  ])('loads the same %s', async (_case, change) => {
    const inventory = sampleInventory();
    const path = saved(change(fileText(inventory)));
    expect(await loadSavedInventory(path)).toEqual(inventory);
  });

  it('keeps strings that hold line breaks, U+2028, U+2029, lone surrogates and its own layout', async () => {
    const awkward = [
      'a\nb',
      'c\r\nd',
      'e\rf',
      'g\u2028h',
      'i\u2029j',
      'k\ud800l',
      'm\udfffn',
      '"parts":[',
      ',"parts":[',
      ']}',
      '\n]}\n',
      '},\n{',
    ];
    const inventory = sampleInventory();
    const s3 = inventory.global.s3;
    if (!s3?.buckets.ok) throw new Error('the sample lists its buckets');
    const [first] = s3.buckets.value;
    if (!first) throw new Error('the sample has a bucket');
    s3.buckets.value.push(...awkward.map((name) => ({ ...first, name })));
    inventory.errors.push(
      ...awkward.map((message) => ({
        service: 's3' as const,
        region: 'global',
        operation: 's3:GetBucketTagging',
        code: 'AccessDenied',
        message,
      })),
    );
    inventory.account = 'x",\n"parts":[\u2028';
    const text = fileText(inventory);
    expect(text.split('\n')).toHaveLength([...partsOfInventory(inventory)].length + 3);
    const loaded = await loadSavedInventory(saved(text));
    expect(loaded).toEqual(inventory);
    const names = loaded.global.s3?.buckets.ok ? loaded.global.s3.buckets.value : [];
    expect(names.slice(-awkward.length).map((b) => b.name)).toEqual(awkward);
  });

  it('keeps text whose characters span the reads of the file', async () => {
    const inventory = sampleInventory();
    const iam = inventory.global.iam;
    if (!iam?.roles.ok) throw new Error('the sample lists its roles');
    const [role] = iam.roles.value;
    if (!role) throw new Error('the sample has a role');
    // Two- and three-byte characters, long enough to cross many 64 KiB reads at every offset.
    iam.roles.value.push(
      { ...role, name: 'ü'.repeat(70_001) },
      { ...role, name: '日'.repeat(70_001) },
    );
    expect(await loadSavedInventory(saved(fileText(inventory)))).toEqual(inventory);
  });
});

describe('a live scan, saved', () => {
  it('lists its parts account-wide first, then by region as the header lists them, then by service, and its failed calls in order, whatever order they finished in', () => {
    const inventory = sampleInventory();
    const failed = (service: ServiceName, region: string): CollectionError => ({
      service,
      region,
      operation: `${service}:Describe`,
      code: 'Throttling',
      message: 'Rate exceeded',
      class: 'throttled',
    });
    const header = {
      ...headerOf(inventory),
      errors: [failed('sg', 'us-east-1'), failed('efs', 'eu-west-1'), failed('efs', 'us-east-1')],
    };
    const listed = [...partsOfInventory(inventory)];
    const saved = inventoryInOrder(header, [...listed].reverse());
    expect([...partsOfInventory(saved)].map((p) => `${p.service} ${p.region}`)).toEqual([
      's3 global',
      'iam global',
      ...inventory.regions.flatMap((region) =>
        ['efs', 'ec2', 'sg', 'rds'].map((service) => `${service} ${region}`),
      ),
    ]);
    expect(saved.errors.map((e) => `${e.service} ${e.region}`)).toEqual([
      'efs eu-west-1',
      'efs us-east-1',
      'sg us-east-1',
    ]);
    const file = (parts: InventoryPart[], errors: CollectionError[]): string =>
      [...inventoryFileChunks(inventoryInOrder({ ...header, errors }, parts))].join('');
    expect(file([...listed].reverse(), [...header.errors].reverse())).toBe(
      file(listed, header.errors),
    );
  });
});

describe('reading a version 4 file one part at a time', () => {
  it('gives the parts before a broken line, then refuses the line', async () => {
    const lines = sampleLines();
    lines[3] = '{"region":"us-east-1","service":"ec2","part":';
    const { header, parts } = await openSavedInventory(saved(lines.join('\n')));
    expect(header.account).toBe('111122223333');
    const read: InventoryPart[] = [];
    await expect(
      (async () => {
        for await (const part of parts) read.push(part);
      })(),
    ).rejects.toThrow(/line 4 breaks the layout of its parts/);
    expect(read.map((part) => part.service)).toEqual(['s3', 'iam']);
  });

  it('closes the file when it is left early, or at its first part', async () => {
    const path = saved(fileText(sampleInventory()));
    // The process's open file descriptors (Linux): a file left open is one more.
    const open = async (): Promise<number> => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return readdirSync('/proc/self/fd').length;
    };
    const before = await open();
    const early = await openSavedInventory(path);
    for await (const part of early.parts) {
      expect(part.service).toBe('s3');
      break;
    }
    const unread = await openSavedInventory(path);
    await unread.parts[Symbol.asyncIterator]().return?.();
    expect(await open()).toBe(before);
  });
});

/**
 * The text written into a named pipe as it is read: what `--inventory /dev/stdin` or
 * `--inventory <(zcat inventory.json.gz)` gives. A pipe can be read only once, from its start.
 */
function piped(text: string): string {
  files += 1;
  const path = join(dir, `pipe-${files}`);
  execFileSync('mkfifo', [path]);
  createWriteStream(path).end(text);
  return path;
}

describe('a saved inventory given through a pipe', () => {
  it('is read a part at a time when it is version 4', async () => {
    const inventory = sampleInventory();
    const { header, parts } = await openSavedInventory(piped(fileText(inventory)));
    expect(inventoryOf(header, await partsIn(parts))).toEqual(inventory);
  });

  it('is read whole when it is of an earlier version', async () => {
    const text = readFileSync('test/fixtures/inventories/demo-v3.json', 'utf8');
    const { header, parts } = await openSavedInventory(piped(text));
    expect(inventoryOf(header, await partsIn(parts))).toEqual(parseSavedInventory(text, 'v3'));
  });
});

describe('a saved inventory that begins with a UTF-8 byte order mark, as some editors write', () => {
  it('is read a part at a time when it is version 4', async () => {
    const inventory = sampleInventory();
    const { header, parts } = await openSavedInventory(saved(`\ufeff${fileText(inventory)}`));
    expect(inventoryOf(header, await partsIn(parts))).toEqual(inventory);
  });

  it('is read whole when it is of an earlier version', async () => {
    const text = readFileSync('test/fixtures/inventories/demo-v3.json', 'utf8');
    const { header, parts } = await openSavedInventory(saved(`\ufeff${text}`));
    expect(inventoryOf(header, await partsIn(parts))).toEqual(parseSavedInventory(text, 'v3'));
  });
});

describe('a version 4 file that cannot be used is refused, naming the file and the part', () => {
  const swapped = (line: string, from: string, to: string): string => {
    if (!line.includes(from)) throw new Error(`no ${from} in the line`);
    return line.replace(from, to);
  };

  it.each<[string, (lines: string[]) => void, string]>([
    [
      'a part given twice',
      (lines) => lines.splice(3, 0, `${lines[3]}`),
      'part 3 (ec2 in us-east-1, line 5): ec2 in us-east-1 is part 2 already.',
    ],
    [
      'an account-wide service under a region',
      (lines) => (lines[1] = swapped(lines[1] ?? '', '"region":"global"', '"region":"us-east-1"')),
      'part 0 (s3 in us-east-1, line 2): s3 is account-wide: its part belongs under region "global".',
    ],
    [
      'a regional service under "global"',
      (lines) => (lines[3] = swapped(lines[3] ?? '', '"region":"us-east-1"', '"region":"global"')),
      "part 2 (ec2 in global, line 4): ec2 is regional: its part belongs under one of the inventory's regions (us-east-1, eu-west-1).",
    ],
    [
      'a regional service under a region the header does not list',
      (lines) =>
        (lines[3] = swapped(lines[3] ?? '', '"region":"us-east-1"', '"region":"sa-east-1"')),
      "part 2 (ec2 in sa-east-1, line 4): sa-east-1 is not one of the inventory's regions (us-east-1, eu-west-1).",
    ],
    [
      'a service the header does not list',
      (lines) => (lines[0] = swapped(lines[0] ?? '', '"rds",', '')),
      "part 4 (rds in us-east-1, line 6): rds is not one of the inventory's services (efs, ec2, sg, s3, iam).",
    ],
    [
      'a service posture-gate does not know',
      (lines) => (lines[3] = swapped(lines[3] ?? '', '"service":"ec2"', '"service":"lambda"')),
      'part 2 (line 4): service: Invalid option: expected one of "efs"|"ec2"|"sg"|"rds"|"s3"|"iam".',
    ],
    [
      'a part that is not a {region, service, part}',
      (lines) => (lines[3] = '[1,2],'),
      'part 2 (line 4): Invalid input: expected object, received array.',
    ],
    [
      'a part its service does not read',
      (lines) =>
        (lines[3] = swapped(
          lines[3] ?? '',
          '"instances":{"ok":true,"value"',
          '"instances":{"ok":true,"items"',
        )),
      'part 2 (ec2 in us-east-1, line 4): instances.value: Invalid input: expected array, received undefined.',
    ],
    [
      'a line that is not a part',
      (lines) => (lines[3] = 'ec2 in us-east-1,'),
      'line 4 breaks the layout of its parts (one to a line, then "]}"): it is not a part in JSON (',
    ],
    [
      'an empty line between parts',
      (lines) => lines.splice(3, 0, ''),
      'line 4 breaks the layout of its parts (one to a line, then "]}"): it is not a part in JSON (',
    ],
    [
      'a part after the last',
      (lines) => (lines[3] = (lines[3] ?? '').replace(/,$/, '')),
      'line 5 breaks the layout of its parts (one to a line, then "]}"): it follows the last part (line 4 ends without a comma).',
    ],
    [
      'a comma after the last part',
      (lines) => (lines[lines.length - 3] = `${lines[lines.length - 3]},`),
      'line 12 breaks the layout of its parts (one to a line, then "]}"): it closes the parts after a comma on line 11.',
    ],
    [
      'a line after the end',
      (lines) => lines.push('{}'),
      'line 14 breaks the layout of its parts (one to a line, then "]}"): it follows "]}" on line 12.',
    ],
    [
      'a file cut short',
      (lines) => lines.splice(6),
      'it ends at line 6 without the line "]}" that closes its parts: it was cut short.',
    ],
    [
      'a file cut in the middle of a part',
      (lines) => lines.splice(5, lines.length, (lines[5] ?? '').slice(0, 40)),
      'it ends in the middle of line 6: it was cut short.',
    ],
    [
      'text after "]}" on its line',
      (lines) => (lines[lines.length - 2] = ']} \u00a0'),
      'line 12 breaks the layout of its parts (one to a line, then "]}"): it has more than "]}" on it.',
    ],
    [
      // An object key every map already has: its parts would be filed where no rule reads them.
      'a region that is not a region code',
      (lines) => {
        lines[0] = swapped(lines[0] ?? '', '"eu-west-1"', '"constructor"');
        for (const [i, line] of lines.entries()) {
          lines[i] = line.replace('"region":"eu-west-1"', '"region":"constructor"');
        }
      },
      'regions.1: expected a region code such as us-east-1.',
    ],
    [
      'a part under a region that names a line of its own',
      (lines) =>
        (lines[3] = swapped(lines[3] ?? '', '"region":"us-east-1"', '"region":"x\\n::error::y"')),
      'part 2 (ec2 in "x\\n::error::y", line 4): "x\\n::error::y" is not one of the inventory\'s regions',
    ],
    [
      'a failed call whose code is not text',
      (lines) =>
        (lines[0] = swapped(
          lines[0] ?? '',
          '"errors":[',
          '"errors":[{"service":"ec2","region":"us-east-1","operation":"ec2:DescribeVolumes","code":7,"message":"no"},',
        )),
      'errors.0.code: Invalid input: expected string, received number.',
    ],
    [
      // JSON's whitespace is space, tab, CR and LF: JSON.parse and jq refuse a no-break space.
      'a no-break space after a part',
      (lines) => (lines[3] = `${lines[3]}\u00a0`),
      'line 4 breaks the layout of its parts (one to a line, then "]}"): it is not a part in JSON (',
    ],
  ])('%s', async (_case, change, message) => {
    const lines = sampleLines();
    change(lines);
    const text = lines.join('\n');
    expect(await refusal(text)).toContain(`"inv.json" ${NOT_AN_INVENTORY}: ${message}`);
  });

  it.each<[string, (lines: string[]) => void, string]>([
    [
      'a part given twice',
      (lines) => lines.splice(3, 0, `${lines[3]}`),
      'part 3 (ec2 in us-east-1): ec2 in us-east-1 is part 2 already.',
    ],
    [
      'an account-wide service under a region',
      (lines) => (lines[2] = swapped(lines[2] ?? '', '"region":"global"', '"region":"eu-west-1"')),
      'part 1 (iam in eu-west-1): iam is account-wide: its part belongs under region "global".',
    ],
    [
      'a part its service does not read',
      (lines) =>
        (lines[3] = swapped(
          lines[3] ?? '',
          '"instances":{"ok":true,"value"',
          '"instances":{"ok":true,"items"',
        )),
      'part 2 (ec2 in us-east-1): instances.value: Invalid input: expected array, received undefined.',
    ],
  ])('%s, given whole, is refused without a line number', (_case, change, message) => {
    const lines = sampleLines();
    change(lines);
    expect(wholeRefusal(lines.join('\n'))).toContain(`"inv.json" ${NOT_AN_INVENTORY}: ${message}`);
  });

  it('refuses a header field with the message it always had, read by lines or whole', async () => {
    const lines = sampleLines();
    lines[0] = (lines[0] ?? '').replace(
      '"collectedAt":"2026-11-01T06:00:00.000Z"',
      '"collectedAt":"yesterday"',
    );
    const text = lines.join('\n');
    const path = saved(text);
    await expect(openSavedInventory(path)).rejects.toThrow(
      new InventoryFileError(`"${path}" ${NOT_AN_INVENTORY}: collectedAt: Invalid ISO datetime.`),
    );
    expect(wholeRefusal(text)).toBe(
      `"inv.json" ${NOT_AN_INVENTORY}: collectedAt: Invalid ISO datetime.`,
    );
  });

  it('reads a header whose schemaVersion is given twice by the last, as JSON.parse does', async () => {
    const lines = sampleLines();
    lines[0] = (lines[0] ?? '').replace(',"parts":[', ',"schemaVersion":3,"parts":[');
    expect(await refusal(lines.join('\n'))).toBe(
      `"inv.json" ${NOT_AN_INVENTORY}: global: Invalid input: expected object, received undefined.`,
    );
  });

  it('names the file it cannot read', async () => {
    await expect(openSavedInventory(join(dir, 'missing.json'))).rejects.toThrow(
      new RegExp(`^cannot read "${join(dir, 'missing.json')}": ENOENT`),
    );
    await expect(openSavedInventory(dir)).rejects.toThrow(/^cannot read ".*": EISDIR/);
  });

  it('refuses a header line that is not JSON as the file it is, not JSON', async () => {
    const lines = sampleLines();
    lines[0] = (lines[0] ?? '').replace('"account":', '"account"');
    await expect(openSavedInventory(saved(lines.join('\n')))).rejects.toThrow(/as JSON/);
  });
});
