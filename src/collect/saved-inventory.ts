// Reading an inventory saved with --save-inventory. A version 4 file as the writer lays it out
// (src/collect/inventory-file.ts) is read one line, so one part, at a time; any other file of a
// supported version is read whole, migrated, and checked part by part the same way.
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { z } from 'zod';
import {
  ERROR_CLASSES,
  GLOBAL_REGION,
  INVENTORY_SCHEMA_VERSION,
  SERVICES,
  headerOf,
  inventoryOf,
  isAccountWide,
  partKey,
  partsOfInventory,
  type Inventory,
  type InventoryHeader,
  type InventoryPart,
  type ServiceName,
} from '../model/inventory.js';
import { REGION_CODE_PATTERN } from '../config/regions.js';
import { InventoryVersionError, migrateInventory } from './migrations.js';

/** A file given as a saved inventory that cannot be used; the message names the file and field. */
export class InventoryFileError extends Error {
  override name = 'InventoryFileError';
}

/** A saved inventory opened: its header, and its parts to be read in the file's order. */
export interface SavedInventory {
  header: InventoryHeader;
  /**
   * Each part checked as it is read; a part that fails throws an InventoryFileError when it is
   * reached. Read once: the file is read front to back, and closed when the parts end or fail.
   */
  parts: AsyncIterable<InventoryPart>;
}

const failure = z.object({
  operation: z.string(),
  code: z.string(),
  message: z.string(),
  class: z.enum(ERROR_CLASSES).optional(),
});

const fetched = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: failure }),
  ]);

const tags = z.record(z.string(), z.string());

/** A listed resource: the fields every check names it by; the rest is read by the rules. */
const resource = (fields: z.ZodRawShape = {}) =>
  z.looseObject({ id: z.string(), arn: z.string(), ...fields });

/**
 * A check of `schema` that builds nothing: a zod parse copies every object it checks (a 42 MB copy
 * of a large inventory, made to be thrown away), while `validate` on the compiled schema only
 * answers whether it would pass. Compiled on first use: the CLI's other commands never load a
 * file.
 */
function validator<T extends z.ZodType>(schema: T): (value: unknown) => boolean {
  let compiled: T | undefined;
  return (value) => (compiled ??= z.compile(schema)).validate(value);
}

/**
 * A list checked one item at a time: an item that fails is parsed again for zod's issues, a
 * validated copy made for that item alone, never for the whole list.
 */
const eachOf = <T extends z.ZodType>(item: T) => {
  const valid = validator(item);
  return z.array(z.unknown()).superRefine((items, ctx) => {
    for (let index = 0; index < items.length; index += 1) {
      if (valid(items[index])) continue;
      const checked = item.safeParse(items[index]);
      if (!checked.success) {
        for (const issue of checked.error.issues) {
          ctx.addIssue({ code: 'custom', message: issue.message, path: [index, ...issue.path] });
        }
        return;
      }
    }
  });
};

const listingOf = <T extends z.ZodType>(item: T) => fetched(eachOf(item));

const ec2 = z.looseObject({
  instances: listingOf(resource({ state: z.string(), tags })),
  volumes: listingOf(
    resource({
      encrypted: z.boolean(),
      attachedTo: z.array(z.string()),
      volumeType: z.string().optional(),
      sizeGib: z.number().optional(),
      iops: z.number().optional(),
      throughputMibps: z.number().optional(),
      createdAt: z.string().optional(),
    }),
  ),
  ebsEncryptionByDefault: fetched(z.boolean().nullable()),
  publicSnapshots: listingOf(
    resource({ encrypted: z.boolean(), restorableByAll: fetched(z.boolean()), tags }),
  ).optional(),
  images: listingOf(resource({ state: z.string(), tags })).optional(),
  snapshotBlockPublicAccess: fetched(z.string().nullable()).optional(),
  imdsDefaultHttpTokens: fetched(z.string().nullable()).optional(),
  imdsDefaultHttpTokensEnforced: z.boolean().optional(),
  vpcs: listingOf(resource({ isDefault: z.boolean(), tags })).optional(),
  flowLogs: listingOf(z.looseObject({ id: z.string(), resourceId: z.string() })).optional(),
  addresses: listingOf(resource({ tags })).optional(),
});

/**
 * What the reachability checks read of a permission (IngressPermission): a value of another type
 * (an `IpProtocol` of -1, not "-1") would otherwise read as no traffic, a PASS.
 */
const permission = z.looseObject({
  IpProtocol: z.string().optional(),
  FromPort: z.number().optional(),
  ToPort: z.number().optional(),
  IpRanges: z.array(z.looseObject({ CidrIp: z.string().optional() })).optional(),
  Ipv6Ranges: z.array(z.looseObject({ CidrIpv6: z.string().optional() })).optional(),
  PrefixListIds: z.array(z.looseObject({ PrefixListId: z.string().optional() })).optional(),
});

/** The entries of each managed prefix list, by id (PrefixListEntries). */
const prefixLists = z.record(z.string(), fetched(z.array(z.string()))).optional();

const sg = z.looseObject({
  groups: listingOf(
    resource({
      name: z.string(),
      tags,
      ingress: z.array(permission),
      egress: z.array(permission).optional(),
    }),
  ),
  networkInterfaceCounts: fetched(z.record(z.string(), z.number())),
  prefixLists,
});

const database = resource({ engine: z.string(), status: z.string(), tags });
const snapshot = resource({
  snapshotType: z.string(),
  status: z.string(),
  tags,
  restorableBy: fetched(z.array(z.string())).optional(),
});
const rds = z.looseObject({
  instances: listingOf(database),
  clusters: listingOf(database),
  snapshots: listingOf(snapshot).optional(),
  clusterSnapshots: listingOf(snapshot).optional(),
});

const efs = z.looseObject({
  fileSystems: listingOf(
    resource({
      createdAt: z.string(),
      tags,
      sizeInBytes: z.looseObject({ total: z.number() }),
      mountTargets: fetched(z.array(z.looseObject({ id: z.string() }))),
      metrics: z.looseObject({}),
    }),
  ),
  accessPoints: listingOf(resource({ fileSystemId: z.string(), tags })),
  replications: fetched(z.array(z.looseObject({}))),
  protectedFileSystemArns: fetched(z.array(z.string())),
  lastBackupTimes: z.record(z.string(), z.string()).optional(),
  alarms: fetched(z.array(z.looseObject({}))),
  subnets: fetched(z.array(z.looseObject({}))),
  securityGroups: fetched(z.array(z.looseObject({ id: z.string(), ingress: z.array(permission) }))),
  prefixLists,
  metricWindows: z.looseObject({}),
});

const s3 = z.looseObject({
  accountPublicAccessBlock: fetched(z.looseObject({}).nullable()),
  buckets: listingOf(
    z.looseObject({
      name: z.string(),
      arn: z.string(),
      region: z.string(),
      tags: fetched(tags),
      policyStatus: fetched(z.object({ isPublic: z.boolean().optional() }).nullable()).optional(),
      acl: fetched(
        z.array(z.looseObject({ granteeType: z.string(), permission: z.string() })),
      ).optional(),
      objectOwnership: fetched(z.string().nullable()).optional(),
      logging: fetched(
        z.looseObject({ targetBucket: z.string(), targetPrefix: z.string() }).nullable(),
      ).optional(),
    }),
  ),
});

const principal = z.looseObject({ name: z.string(), arn: z.string() });
const reportKey = z.looseObject({
  active: z.boolean(),
  lastRotated: z.string(),
  lastUsed: z.string(),
});
const iam = z.looseObject({
  roles: listingOf(principal.extend({ trustPolicy: z.string().optional() })),
  users: listingOf(principal),
  groups: listingOf(principal),
  managedPolicies: listingOf(z.looseObject({ arn: z.string() })),
  credentialReport: fetched(
    z.looseObject({
      generatedAt: z.string(),
      users: z.array(
        z.looseObject({
          user: z.string(),
          arn: z.string(),
          createdAt: z.string(),
          passwordEnabled: z.union([z.boolean(), z.literal('not_supported')]),
          passwordLastUsed: z.string(),
          passwordLastChanged: z.string(),
          mfaActive: z.boolean(),
          accessKeys: z.tuple([reportKey, reportKey]),
        }),
      ),
    }),
  ).optional(),
  passwordPolicy: fetched(
    z
      .looseObject({
        minimumPasswordLength: z.number().optional(),
        passwordReusePrevention: z.number().optional(),
      })
      .nullable(),
  ).optional(),
});

/**
 * A region is a region code: a part is filed under its region's name, and a name such as
 * `constructor` or `__proto__` would be a key every object already has.
 */
const region = z.string().regex(REGION_CODE_PATTERN, 'expected a region code such as us-east-1');

const HEADER = z.looseObject({
  schemaVersion: z.number(),
  account: z.string(),
  collectedAt: z.iso.datetime(),
  regions: z.array(region),
  services: z.array(z.enum(SERVICES)),
  errors: z
    .array(
      z.looseObject({
        service: z.string(),
        region: z.string(),
        operation: z.string(),
        code: z.string(),
        message: z.string(),
        class: z.enum(ERROR_CLASSES).optional(),
      }),
    )
    .optional(),
});
const validHeader = validator(HEADER);

/** A whole file of the current version: its parts are checked one at a time, after it. */
const DOCUMENT = HEADER.extend({ parts: z.array(z.unknown()) });
const validDocument = validator(DOCUMENT);

/** Where versions 1 to 3 kept their parts: checked before the parts are moved into a list. */
const MAPS = z.looseObject({
  global: z.looseObject({}),
  regional: z.record(z.string(), z.looseObject({})),
});
const validMaps = validator(MAPS);

/** One entry of `parts`: which part it is, and the part, which its service's schema checks. */
const ENTRY = z.looseObject({ region: z.string(), service: z.enum(SERVICES), part: z.unknown() });
const validEntry = validator(ENTRY);

const PART: Record<ServiceName, z.ZodType> = { efs, ec2, sg, rds, s3, iam };
const validPart = Object.fromEntries(
  SERVICES.map((service) => [service, validator(PART[service])]),
) as Record<ServiceName, (value: unknown) => boolean>;

const NOT_AN_INVENTORY = 'is not a posture-gate inventory (written by --save-inventory)';

const refusal = (path: string, what: string): InventoryFileError =>
  new InventoryFileError(`"${path}" ${NOT_AN_INVENTORY}: ${what}.`);

/**
 * Refuses `value` unless `schema` accepts it. Only a value that fails the compiled check is
 * parsed, and it is the parse that decides and names the issue.
 */
function check(
  valid: (value: unknown) => boolean,
  schema: z.ZodType,
  value: unknown,
  path: string,
  where = '',
): void {
  if (valid(value)) return;
  const checked = schema.safeParse(value);
  if (checked.success) return;
  const issue = checked.error.issues[0];
  const field = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  throw refusal(path, `${where}${field}${issue?.message}`);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const listed = (names: readonly string[]): string => names.join(', ') || 'none';

/** The header of a checked file: every field but `parts`, the file's own objects. */
function headerFrom(fields: Record<string, unknown>): InventoryHeader {
  const { parts: _parts, ...header } = fields;
  return { ...header, errors: header.errors ?? [] } as unknown as InventoryHeader;
}

/**
 * The check of each part in turn, against the header and the parts before it. `line` is the
 * part's line in a file read line by line.
 */
function partChecker(header: InventoryHeader, path: string) {
  const regions = new Set(header.regions);
  const services = new Set<string>(header.services);
  const seen = new Map<string, number>();
  return (entry: unknown, index: number, line?: number): InventoryPart => {
    const onLine = line === undefined ? '' : `line ${line}`;
    check(validEntry, ENTRY, entry, path, `part ${index}${onLine && ` (${onLine})`}: `);
    const { region, service, part } = entry as {
      region: string;
      service: ServiceName;
      part: unknown;
    };
    // A region that is not a region code is any text of the file: quoted, it breaks no line.
    const where =
      region === GLOBAL_REGION || REGION_CODE_PATTERN.test(region)
        ? region
        : JSON.stringify(region);
    const label = `part ${index} (${service} in ${where}${onLine && `, ${onLine}`})`;
    if (!services.has(service)) {
      throw refusal(
        path,
        `${label}: ${service} is not one of the inventory's services (${listed(header.services)})`,
      );
    }
    if (isAccountWide(service) && region !== GLOBAL_REGION) {
      throw refusal(
        path,
        `${label}: ${service} is account-wide: its part belongs under region "${GLOBAL_REGION}"`,
      );
    }
    if (!isAccountWide(service) && region === GLOBAL_REGION) {
      throw refusal(
        path,
        `${label}: ${service} is regional: its part belongs under one of the inventory's regions (${listed(header.regions)})`,
      );
    }
    if (!isAccountWide(service) && !regions.has(region)) {
      throw refusal(
        path,
        `${label}: ${where} is not one of the inventory's regions (${listed(header.regions)})`,
      );
    }
    const key = partKey(service, region);
    const first = seen.get(key);
    if (first !== undefined) {
      throw refusal(path, `${label}: ${service} in ${where} is part ${first} already`);
    }
    seen.set(key, index);
    check(validPart[service], PART[service], part, path, `${label}: `);
    return entry as InventoryPart;
  };
}

/** The file's text as JSON; the text itself is not kept. */
function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InventoryFileError(`cannot read "${path}" as JSON: ${(error as Error).message}`);
  }
}

/** A parsed file of any supported version, migrated and checked, every part with it. */
function checkedDocument(
  parsed: unknown,
  path: string,
): { header: InventoryHeader; parts: InventoryPart[] } {
  if (!isRecord(parsed) || !('schemaVersion' in parsed)) {
    throw refusal(path, 'it has no schemaVersion');
  }
  const version = parsed.schemaVersion;
  if (
    Number.isInteger(version) &&
    Number(version) >= 1 &&
    Number(version) < INVENTORY_SCHEMA_VERSION
  ) {
    check(validMaps, MAPS, parsed, path);
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateInventory(parsed);
  } catch (error) {
    if (error instanceof InventoryVersionError) throw refusal(path, error.message);
    throw error;
  }
  check(validDocument, DOCUMENT, migrated, path);
  const header = headerFrom(migrated);
  const checkPart = partChecker(header, path);
  const parts = (migrated.parts as unknown[]).map((entry, index) => checkPart(entry, index));
  return { header, parts };
}

/** The inventory in a file of any supported version, given as text, checked; errors name the field. */
export function parseSavedInventory(text: string, path: string): Inventory {
  const { header, parts } = checkedDocument(parseJson(text, path), path);
  return inventoryOf(header, parts);
}

const readFailure = (path: string, error: unknown): InventoryFileError =>
  new InventoryFileError(`cannot read "${path}": ${(error as Error).message}`);

/**
 * A file read once, front to back: by lines, or what is left of it whole. A pipe
 * (`--inventory /dev/stdin`) can be read only once, and a file replaced while it is read must not
 * give its header from one version and its parts from another. Each chunk is decoded as it
 * arrives, so a long line is held as text only, not also as the bytes it came in.
 */
class FileReader {
  /** Lines given so far. */
  line = 0;
  private readonly stream: ReturnType<typeof createReadStream>;
  private readonly chunks: AsyncIterator<Buffer>;
  private readonly decoder = new StringDecoder('utf8');
  /** The text of the line being read, in the pieces it was decoded in. */
  private pieces: string[] = [];
  /** Lines read whole and not yet given. */
  private readonly lines: string[] = [];
  private ended = false;

  constructor(private readonly path: string) {
    this.stream = createReadStream(path);
    this.chunks = this.stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  }

  /**
   * Whether the file begins with these bytes, after a UTF-8 byte order mark if it has one (which
   * JSON allows a reader to pass over, and some editors write). Called first: it reads the first
   * chunks, whose text the lines then begin with.
   */
  async beginsWith(start: Buffer): Promise<boolean> {
    const first: Buffer[] = [];
    let length = 0;
    while (length < start.length + BOM.length) {
      const chunk = await this.readChunk();
      if (!chunk) break;
      first.push(chunk);
      length += chunk.length;
    }
    const bytes = Buffer.concat(first);
    const head = bytes.subarray(0, BOM.length).equals(BOM) ? bytes.subarray(BOM.length) : bytes;
    this.decode(head);
    return head.subarray(0, start.length).equals(start);
  }

  /**
   * The next line, without its LF or CRLF; undefined at the end. Decoded UTF-8 holds a newline
   * only where the bytes did: U+2028 and U+2029, which JSON.stringify leaves as they are, split
   * nothing.
   */
  async nextLine(): Promise<string | undefined> {
    while (this.lines.length === 0) {
      const chunk = await this.readChunk();
      if (chunk) {
        this.decode(chunk);
        continue;
      }
      const last = this.joined(this.pieces) + this.decoder.end();
      this.pieces = [];
      if (last === '') return undefined;
      this.lines.push(last);
    }
    this.line += 1;
    const text = this.lines.shift() as string;
    return text.endsWith('\r') ? text.slice(0, -1) : text;
  }

  /** What is left of the file, as text. */
  async rest(): Promise<string> {
    const texts = this.lines.splice(0).map((line) => `${line}\n`);
    texts.push(...this.pieces);
    this.pieces = [];
    for (let chunk = await this.readChunk(); chunk; chunk = await this.readChunk()) {
      texts.push(this.decoder.write(chunk));
    }
    texts.push(this.decoder.end());
    return this.joined(texts, 'the file');
  }

  close(): void {
    this.stream.destroy();
  }

  private decode(chunk: Buffer): void {
    const text = this.decoder.write(chunk);
    let from = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', from)) {
      this.pieces.push(text.slice(from, end));
      this.lines.push(this.joined(this.pieces));
      this.pieces = [];
      from = end + 1;
    }
    if (from < text.length) this.pieces.push(text.slice(from));
  }

  private async readChunk(): Promise<Buffer | undefined> {
    if (this.ended) return undefined;
    try {
      const next = await this.chunks.next();
      if (!next.done) return next.value;
    } catch (error) {
      throw readFailure(this.path, error);
    }
    this.ended = true;
    return undefined;
  }

  /**
   * Pieces as one text; one longer than a string can be (512 MiB) is refused, naming what it
   * would have been (by default the line being read), not thrown past the CLI.
   */
  private joined(texts: string[], what = `line ${this.line + this.lines.length + 1}`): string {
    try {
      return texts.length === 1 ? (texts[0] as string) : texts.join('');
    } catch (error) {
      const cause = new Error(`${what} is longer than a text can be (${(error as Error).message})`);
      throw readFailure(this.path, cause);
    }
  }
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** How the writer begins line 1: a file that begins otherwise is read whole. */
const HEADER_START = Buffer.from(`{"schemaVersion":${INVENTORY_SCHEMA_VERSION},`);
/** How the writer ends line 1. Its comma, outside any string, makes `parts` the header's last key. */
const HEADER_END = ',"parts":[';

/** The header's fields on line 1 of a file in the writer's layout; undefined for any other line. */
function headerFields(line: string): Record<string, unknown> | undefined {
  if (!line.endsWith(HEADER_END)) return undefined;
  try {
    const fields: unknown = JSON.parse(`${line}]}`);
    // A later schemaVersion key would be the one JSON.parse of the whole file keeps.
    return isRecord(fields) && fields.schemaVersion === INVENTORY_SCHEMA_VERSION
      ? fields
      : undefined;
  } catch {
    // Not the writer's header: the file is read whole, and refused there if it is not JSON.
    return undefined;
  }
}

const layout = (path: string, line: number, what: string): InventoryFileError =>
  refusal(path, `line ${line} breaks the layout of its parts (one to a line, then "]}"): ${what}`);

/** JSON's own whitespace around a line (space, tab, CR), and no other. */
const trimJson = (text: string): string => text.replace(/^[ \t\r]+|[ \t\r]+$/g, '');

/**
 * The parts of a file in the writer's layout, from line 2, each checked as its line is read; a
 * line out of the layout is refused when it is reached. The file is closed however this ends.
 */
async function* readParts(
  file: FileReader,
  header: InventoryHeader,
  path: string,
): AsyncGenerator<InventoryPart> {
  try {
    const checkPart = partChecker(header, path);
    let index = 0;
    let comma = false;
    let closedAt = 0;
    for (let text = await file.nextLine(); text !== undefined; text = await file.nextLine()) {
      const { line } = file;
      const entry = trimJson(text);
      if (closedAt > 0) {
        if (entry === '') continue;
        throw layout(path, line, `it follows "]}" on line ${closedAt}`);
      }
      if (entry.startsWith(']}')) {
        if (entry !== ']}') throw layout(path, line, 'it has more than "]}" on it');
        if (comma)
          throw layout(path, line, `it closes the parts after a comma on line ${line - 1}`);
        closedAt = line;
        continue;
      }
      if (index > 0 && !comma) {
        throw layout(
          path,
          line,
          `it follows the last part (line ${line - 1} ends without a comma)`,
        );
      }
      comma = entry.endsWith(',');
      let parsed: unknown;
      try {
        parsed = JSON.parse(comma ? entry.slice(0, -1) : entry);
      } catch (error) {
        // The writer ends every line: a last line that does not parse is one cut in its middle.
        if ((await file.nextLine()) === undefined) {
          throw refusal(path, `it ends in the middle of line ${line}: it was cut short`);
        }
        throw layout(path, line, `it is not a part in JSON (${(error as Error).message})`);
      }
      yield checkPart(parsed, index, line);
      index += 1;
    }
    if (closedAt === 0) {
      throw refusal(
        path,
        `it ends at line ${file.line} without the line "]}" that closes its parts: it was cut short`,
      );
    }
  } finally {
    file.close();
  }
}

/**
 * Parts that can be read once: those of a file are read as they are iterated. `close` ends the
 * read however the parts are left, even before the first is asked for.
 */
function readOnce(parts: AsyncGenerator<InventoryPart>, close: () => void = () => {}) {
  let taken = false;
  return {
    [Symbol.asyncIterator](): AsyncIterator<InventoryPart> {
      if (taken) throw new Error('The parts of a saved inventory can be read only once.');
      taken = true;
      return {
        next: () => parts.next(),
        return: async (value?: unknown) => {
          close();
          return parts.return(value);
        },
      };
    },
  };
}

/** A whole file's inventory, given the text of it that was read; the text is not kept. */
function wholeInventory(text: string, path: string): SavedInventory {
  const inventory = parseSavedInventory(text, path);
  const parts = partsOfInventory(inventory);
  return {
    header: headerOf(inventory),
    parts: readOnce(
      (async function* () {
        yield* parts;
      })(),
    ),
  };
}

/**
 * A saved inventory of any supported version, opened: its header read and checked, its parts to
 * be read once. A version 4 file in the writer's layout (src/collect/inventory-file.ts) is read
 * one line at a time as the parts are iterated, never whole; any other file is read whole here,
 * migrated and checked, and its parts given from memory. The file is read once, front to back.
 */
export async function openSavedInventory(path: string): Promise<SavedInventory> {
  const file = new FileReader(path);
  try {
    if (!(await file.beginsWith(HEADER_START))) return wholeInventory(await file.rest(), path);
    const first = (await file.nextLine()) ?? '';
    const fields = headerFields(first);
    if (!fields) return wholeInventory(`${first}\n${await file.rest()}`, path);
    check(validHeader, HEADER, fields, path);
    const header = headerFrom(fields);
    return { header, parts: readOnce(readParts(file, header, path), () => file.close()) };
  } catch (error) {
    file.close();
    throw error;
  }
}
