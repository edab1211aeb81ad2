import { readFileSync, writeFileSync } from 'node:fs';
import { parseConfig } from '../../../src/config/schema.js';
import { inventoryFileChunks } from '../../../src/collect/inventory-file.js';
import { migrateInventory } from '../../../src/collect/migrations.js';
import { InventoryFileError, parseSavedInventory } from '../../../src/collect/saved-inventory.js';
import { loadSavedInventory } from './load-saved.js';
import { sampleInventory } from '../../../src/demo/index.js';
import {
  INVENTORY_SCHEMA_VERSION,
  inventoryOf,
  partsOfInventory,
  type Inventory,
  type InventoryHeader,
  type InventoryPart,
} from '../../../src/model/inventory.js';
import { renderJson } from '../../../src/report/json.js';
import { reportFromJson } from '../../../src/report/read.js';
import { evaluateInventory } from '../../../src/triage/evaluate.js';

/**
 * Users keep inventories saved with --save-inventory. Files written by every released version must
 * load and be judged as a fresh scan of the same account would be: the fixtures were saved by
 * 0.1.0 (the demo's and one collected from moto), by schemaVersion 2 (the demo's, as main wrote
 * it at 324f9ec, compacted) and by schemaVersion 3 (the demo's, as d4b22c5 built it, indented as
 * its --save-inventory wrote; its report made by that release's CLI), each with the report made of
 * it. Every check
 * recorded there must give the same results; checks added later are free. The reports are 0.1.0's
 * own until a release changes a verdict on purpose; then `UPDATE_FIXTURES=1` rewrites them, and
 * the diff is reviewed as part of that change.
 */
const FIXTURES = 'test/fixtures/inventories';
const fixture = (name: string): string => readFileSync(`${FIXTURES}/${name}`, 'utf8');

/** A saved inventory's text as the current version writes it. */
const fileText = (inventory: Inventory): string => [...inventoryFileChunks(inventory)].join('');

/** A migrated file's parts back in the maps of an Inventory, to look into by region and service. */
function mapsOf(migrated: Record<string, unknown>): Inventory {
  const { parts, ...header } = migrated;
  return inventoryOf(header as unknown as InventoryHeader, parts as InventoryPart[]);
}

/** What a saved inventory must keep giving: every recorded check's results, and the errors. */
function recordedPart(
  report: { results: { checkId: string }[]; errors: unknown[] },
  ids: Set<string>,
) {
  return { results: report.results.filter((r) => ids.has(r.checkId)), errors: report.errors };
}

function reportOf(text: string, path: string) {
  const inventory = parseSavedInventory(text, path);
  const report = evaluateInventory(
    inventory,
    { ...parseConfig({}, {}), regions: inventory.regions },
    { startedAt: new Date('2026-12-01T00:00:00.000Z') },
  );
  // As the JSON report writes it (sorted, keys in their documented order) and every reader reads it.
  const written = reportFromJson(JSON.parse(renderJson(report)), path);
  const { account, regions, services, score, gate, summary, results, errors, resources } = written;
  return { account, regions, services, score, gate, summary, results, errors, resources };
}

const DENIED = { operation: 'ec2:DescribeInstances', code: 'AccessDenied', message: 'denied' };

/** A version 1 file around the given parts. */
function v1(global: object, regional: object): Record<string, unknown> {
  return {
    schemaVersion: 1,
    account: '111122223333',
    collectedAt: '2026-11-01T06:00:00.000Z',
    regions: ['us-east-1'],
    services: ['ec2', 'sg', 'rds', 'efs', 's3', 'iam'],
    global,
    regional: { 'us-east-1': regional },
    errors: [],
  };
}

describe('inventories saved by earlier versions', () => {
  it.each(['demo-0.1.0', 'moto-0.1.0', 'demo-v2', 'demo-v3'])(
    'the %s inventory gives its recorded report',
    (name) => {
      const report = reportOf(fixture(`${name}.json`), `${name}.json`);
      const expected = `${FIXTURES}/${name}.report.json`;
      if (process.env.UPDATE_FIXTURES === '1') {
        writeFileSync(expected, `${JSON.stringify(report)}\n`);
      }
      const recorded = JSON.parse(readFileSync(expected, 'utf8')) as typeof report;
      // A check added since the recording judges the same inventory too; it is not held to it here.
      const ids = new Set(recorded.results.map((r) => r.checkId));
      expect(report.account).toBe(recorded.account);
      expect(recordedPart(report, ids)).toEqual(recordedPart(recorded, ids));
    },
  );

  it.each(['demo', 'moto'])(
    'the %s inventory gives UNKNOWN, never PASS, for the RDS checks of data it lacks',
    (name) => {
      const report = reportOf(fixture(`${name}-0.1.0.json`), `${name}-0.1.0.json`);
      const rds = report.results.filter((r) =>
        ['rds.snapshot-public', 'rds.snapshot-unencrypted', 'rds.auto-minor-upgrade-off'].includes(
          r.checkId,
        ),
      );
      expect(rds.length).toBeGreaterThan(0);
      expect(rds.filter((r) => r.status !== 'UNKNOWN')).toEqual([]);
      // Snapshots were not collected at all: one result per region says so.
      const snapshots = rds.filter((r) => r.checkId !== 'rds.auto-minor-upgrade-off');
      expect(snapshots.every((r) => r.resourceType === 'AWS::::Account')).toBe(true);
      expect(snapshots.length).toBe(2 * report.regions.length);
    },
  );

  it.each(['demo', 'moto'])(
    'the %s inventory leaves the deeper S3 checks UNKNOWN where it lacks their reads',
    (name) => {
      const { results } = reportOf(fixture(`${name}-0.1.0.json`), `${name}-0.1.0.json`);
      const of = (id: string) => results.filter((r) => r.checkId === id);
      for (const id of ['s3.acls-enabled', 's3.access-logging-off']) {
        expect(of(id).length).toBeGreaterThan(0);
        for (const r of of(id)) {
          expect([r.status, r.detail]).toEqual([
            'UNKNOWN',
            expect.stringContaining('saved before'),
          ]);
        }
      }
      // Public or not is known without the new reads only where Block Public Access decides it.
      for (const r of of('s3.bucket-public')) {
        if (r.status === 'PASS')
          expect(r.detail).toMatch(/RestrictPublicBuckets is on.*IgnorePublicAcls is on/);
        else
          expect([r.status, r.detail]).toEqual([
            'UNKNOWN',
            expect.stringContaining('saved before'),
          ]);
      }
    },
  );

  it.each(['moto-0.1.0', 'demo-v2', 'demo-v3'])(
    '%s is migrated to the current schemaVersion',
    (name) => {
      const inventory = parseSavedInventory(fixture(`${name}.json`), `${name}.json`);
      expect(inventory.schemaVersion).toBe(INVENTORY_SCHEMA_VERSION);
    },
  );

  it.each(['demo-0.1.0', 'moto-0.1.0', 'demo-v2', 'demo-v3'])(
    '%s loads from its path as from its text',
    async (name) => {
      const path = `${FIXTURES}/${name}.json`;
      expect(await loadSavedInventory(path)).toEqual(
        parseSavedInventory(fixture(`${name}.json`), path),
      );
    },
  );
});

describe('the migration from version 3', () => {
  const v3 = (): Record<string, unknown> =>
    JSON.parse(fixture('demo-v3.json')) as Record<string, unknown>;

  it("lists the parts, account-wide first, then by region, each the file's own object", () => {
    const file = v3();
    const { parts, ...header } = migrateInventory(file);
    const { global, regional, ...kept } = file;
    expect(header).toEqual({ ...kept, schemaVersion: 4 });
    expect(parts).toEqual([...partsOfInventory({ ...file, global, regional } as Inventory)]);
    const first = (parts as InventoryPart[])[0];
    expect(first?.part).toBe((global as Record<string, unknown>).s3);
    expect((parts as InventoryPart[]).map((p) => `${p.service} in ${p.region}`)).toEqual([
      's3 in global',
      'iam in global',
      ...['us-east-1', 'eu-west-1'].flatMap((region) =>
        Object.keys((regional as Record<string, object>)[region] ?? {}).map(
          (service) => `${service} in ${region}`,
        ),
      ),
    ]);
  });

  it('gives the inventory the version 3 file held', () => {
    const file = v3();
    const inventory = parseSavedInventory(fixture('demo-v3.json'), 'demo-v3.json');
    expect(inventory).toEqual({ ...file, schemaVersion: INVENTORY_SCHEMA_VERSION });
  });

  it.each<[string, (file: Record<string, Record<string, unknown>>) => void, string]>([
    [
      'maps that are not maps',
      (file) => ((file as Record<string, unknown>).regional = []),
      'regional: Invalid input: expected record, received array.',
    ],
    [
      'a region that is not a map of parts',
      (file) => (file.regional = { ...file.regional, 'us-east-1': 'ec2' as unknown as object }),
      'regional.us-east-1: Invalid input: expected object, received string.',
    ],
    [
      'an account-wide part in a region',
      (file) => {
        const east = file.regional?.['us-east-1'] as Record<string, unknown>;
        east.s3 = file.global?.s3;
        delete file.global?.s3;
      },
      'part 5 (s3 in us-east-1): s3 is account-wide: its part belongs under region "global".',
    ],
    [
      'a part for a region it does not list',
      (file) => (file.regional = { ...file.regional, 'sa-east-1': { ec2: {} } }),
      "part 10 (ec2 in sa-east-1): sa-east-1 is not one of the inventory's regions (us-east-1, eu-west-1).",
    ],
    [
      'a part that is null',
      (file) => ((file.global as Record<string, unknown>).iam = null),
      'part 1 (iam in global): Invalid input: expected object, received null.',
    ],
  ])('refuses %s, as version 3 did or as version 4 does', (_case, change, message) => {
    const file = v3() as Record<string, Record<string, unknown>>;
    change(file);
    expect(() => parseSavedInventory(JSON.stringify(file), 'inv.json')).toThrow(
      new InventoryFileError(
        `"inv.json" is not a posture-gate inventory (written by --save-inventory): ${message}`,
      ),
    );
  });
});

describe('the migration from version 2', () => {
  it('changes nothing but the version: the reads version 3 added stay absent, not collected', () => {
    const file = JSON.parse(fixture('demo-v2.json')) as Record<string, unknown>;
    const migrated = mapsOf(migrateInventory(file));
    expect(migrated).toEqual({ ...file, schemaVersion: 4 });
    const east = migrated.regional['us-east-1'];
    expect(east?.ec2).not.toHaveProperty('publicSnapshots');
    expect(east?.ec2).not.toHaveProperty('addresses');
  });

  it('gives UNKNOWN, never PASS, for every check whose reads version 3 added', () => {
    const { results } = reportOf(fixture('demo-v2.json'), 'demo-v2.json');
    const added = [
      'ec2.snapshot-public',
      'ec2.ami-public',
      'ec2.snapshot-block-public-access-off',
      'ec2.imds-defaults-not-required',
      'ec2.vpc-flow-logs-off',
      'ec2.eip-unassociated',
      'rds.snapshot-public',
      'rds.snapshot-unencrypted',
      'rds.auto-minor-upgrade-off',
      's3.acls-enabled',
      's3.access-logging-off',
      'iam.root-access-key',
      'iam.root-mfa-off',
      'iam.user-console-no-mfa',
      'iam.access-key-not-rotated',
      'iam.credentials-unused',
      'iam.password-policy-weak',
      'iam.role-trust-too-broad',
    ];
    for (const id of added) {
      const of = results.filter((r) => r.checkId === id);
      expect([id, of.length > 0]).toEqual([id, true]);
      expect(of.filter((r) => r.status !== 'UNKNOWN').map((r) => [id, r.status, r.detail])).toEqual(
        [],
      );
    }
  });
});

describe('the migration from version 1', () => {
  it('turns a failed listing into a failed list, whatever items stood beside it', () => {
    const file = v1(
      {},
      {
        ec2: {
          instancesListing: { ok: false, error: DENIED },
          instances: [],
          volumesListing: { ok: true, value: { listed: 1 } },
          volumes: [{ id: 'vol-1' }],
          ebsEncryptionByDefault: { ok: true, value: true },
        },
        efs: { fileSystems: [], fileSystemsFailure: DENIED, accessPoints: [] },
      },
    );
    const regional = mapsOf(migrateInventory(file)).regional['us-east-1'];
    expect(regional?.ec2).toEqual({
      instances: { ok: false, error: DENIED },
      volumes: { ok: true, value: [{ id: 'vol-1' }] },
      ebsEncryptionByDefault: { ok: true, value: true },
    });
    expect(regional?.efs).toEqual({
      fileSystems: { ok: false, error: DENIED },
      accessPoints: { ok: true, value: [] },
    });
  });

  it('keeps interface counts per group, and a failed interface listing as unknown', () => {
    const group = (id: string, networkInterfaces: number) => ({ id, networkInterfaces });
    const counted = mapsOf(
      migrateInventory(
        v1(
          {},
          {
            sg: {
              groupsListing: { ok: true, value: { listed: 2 } },
              groups: [group('sg-1', 2), group('sg-2', 0)],
              interfacesListing: { ok: true, value: { listed: 2 } },
            },
          },
        ),
      ),
    );
    expect(JSON.stringify(counted)).toContain(
      '"groups":{"ok":true,"value":[{"id":"sg-1"},{"id":"sg-2"}]},"networkInterfaceCounts":{"ok":true,"value":{"sg-1":2}}',
    );
    const unknown = mapsOf(
      migrateInventory(
        v1(
          {},
          {
            sg: {
              groupsListing: { ok: true, value: { listed: 1 } },
              groups: [group('sg-1', 0)],
              interfacesListing: { ok: false, error: DENIED },
            },
          },
        ),
      ),
    );
    expect(JSON.stringify(unknown)).toContain(
      `"networkInterfaceCounts":${JSON.stringify({ ok: false, error: DENIED })}`,
    );
  });

  it('gives S3 bucket tags a read of their own and IAM one failure for every list', () => {
    const migrated = mapsOf(
      migrateInventory(
        v1(
          {
            s3: {
              listing: { ok: true, value: { bucketsInAccount: 2 } },
              accountPublicAccessBlock: { ok: true, value: null },
              buckets: [
                { name: 'a', tags: { Team: 'x' } },
                { name: 'b', tags: {}, tagsFailure: DENIED },
              ],
            },
            iam: {
              listing: { ok: false, error: DENIED },
              roles: [],
              users: [],
              groups: [],
              managedPolicies: [],
            },
          },
          {},
        ),
      ),
    );
    const failed = { ok: false, error: DENIED };
    expect(migrated.global).toEqual({
      s3: {
        accountPublicAccessBlock: { ok: true, value: null },
        buckets: {
          ok: true,
          value: [
            { name: 'a', tags: { ok: true, value: { Team: 'x' } } },
            { name: 'b', tags: failed },
          ],
        },
      },
      iam: { roles: failed, users: failed, groups: failed, managedPolicies: failed },
    });
  });
});

describe('a saved inventory that cannot be used', () => {
  const current = fileText(sampleInventory());

  it('of the current version loads as it was saved', () => {
    expect(parseSavedInventory(current, 'inv.json')).toEqual(sampleInventory());
  });

  it.each([
    ['not JSON', '{"schemaVersion": 1,', /cannot read "inv.json" as JSON/],
    [
      'without a version',
      '{"account": "1"}',
      /"inv.json" is not a posture-gate inventory.*no schemaVersion/,
    ],
    [
      'of a newer version',
      JSON.stringify({ ...sampleInventory(), schemaVersion: 99 }),
      /schemaVersion 99 is not one this version of posture-gate reads \(1 to 4\)/,
    ],
    [
      'of the current version holding its maps, as the inventory in memory does, not its parts',
      JSON.stringify(sampleInventory()),
      /"inv.json" is not a posture-gate inventory \(written by --save-inventory\): parts: Invalid input: expected array, received undefined\./,
    ],
    [
      'with a listing cut short',
      current.replace('"instances":{"ok":true,"value":[', '"instances":{"ok":true,"items":['),
      /part 2 \(ec2 in us-east-1\): instances\.value: /,
    ],
    [
      'with a resource lacking its id',
      current.replace('"id":"vol-0a1b2c3d4e5f60001"', '"volume":"vol-0a1b2c3d4e5f60001"'),
      /part 2 \(ec2 in us-east-1\): volumes\.value\.0\.id: /,
    ],
    [
      'with a credential report row whose MFA is not a boolean',
      current.replace('"mfaActive":false', '"mfaActive":"false"'),
      /part 1 \(iam in global\): credentialReport\.value\.users\.0\.mfaActive: /,
    ],
  ])('%s is refused with a message naming the file and the field', (_case, text, message) => {
    expect(() => parseSavedInventory(text, 'inv.json')).toThrow(InventoryFileError);
    expect(() => parseSavedInventory(text, 'inv.json')).toThrow(message);
  });
});

describe('a saved inventory is checked without a copy, and refused as before', () => {
  /** The demo inventory with its first security group changed, behind 999 valid copies of it. */
  function withManyGroups(change: (group: Record<string, unknown>) => void): string {
    const inventory = JSON.parse(JSON.stringify(sampleInventory())) as {
      regional: Record<string, { sg: { groups: { value: Record<string, unknown>[] } } }>;
    };
    const groups = inventory.regional['us-east-1']?.sg.groups.value ?? [];
    const first = groups[0] ?? {};
    const copies = Array.from({ length: 999 }, (_, index) => ({ ...first, id: `sg-${index}` }));
    const changed = JSON.parse(JSON.stringify(first)) as Record<string, unknown>;
    change(changed);
    groups.splice(0, groups.length, ...copies, changed);
    return fileText(inventory as unknown as Inventory);
  }

  it('loads the objects of the file itself, keys in their order and fields it does not know kept', () => {
    const text = withManyGroups((group) => {
      group.addedLater = { kept: true };
    });
    const inventory = parseSavedInventory(text, 'inv.json');
    expect(fileText(inventory)).toBe(text);
  });

  it.each([
    [
      'a group deep in the list without its name',
      (group: Record<string, unknown>) => delete group.name,
      '"inv.json" is not a posture-gate inventory (written by --save-inventory): part 3 (sg in us-east-1): groups.value.999.name: Invalid input: expected string, received undefined.',
    ],
    [
      'ingress rules that are not a list',
      (group: Record<string, unknown>) => (group.ingress = {}),
      '"inv.json" is not a posture-gate inventory (written by --save-inventory): part 3 (sg in us-east-1): groups.value.999.ingress: Invalid input: expected array, received object.',
    ],
    [
      'a tag whose value is not a string',
      (group: Record<string, unknown>) => (group.tags = { Team: 7 }),
      '"inv.json" is not a posture-gate inventory (written by --save-inventory): part 3 (sg in us-east-1): groups.value.999.tags.Team: Invalid input: expected string, received number.',
    ],
  ])('%s is refused with the message it always had', (_case, change, message) => {
    const text = withManyGroups(change);
    expect(() => parseSavedInventory(text, 'inv.json')).toThrow(new InventoryFileError(message));
  });

  it('refuses a field outside the listed resources with the message it always had', () => {
    const text = fileText({ ...sampleInventory(), collectedAt: 'yesterday' });
    expect(() => parseSavedInventory(text, 'inv.json')).toThrow(
      new InventoryFileError(
        '"inv.json" is not a posture-gate inventory (written by --save-inventory): collectedAt: Invalid ISO datetime.',
      ),
    );
  });
});

describe('what the reachability checks read', () => {
  const refused = (change: (inventory: Inventory) => void): string => {
    const inventory = sampleInventory();
    change(inventory);
    try {
      parseSavedInventory(fileText(inventory), 'inv.json');
    } catch (error) {
      return (error as Error).message;
    }
    return 'accepted';
  };
  const [region] = sampleInventory().regions as [string];

  const firstGroup = (inventory: Inventory) => {
    const groups = inventory.regional[region]?.sg?.groups;
    const [group] = groups?.ok ? groups.value : [];
    if (!group) throw new Error('the sample has no security group');
    return group;
  };

  it('refuses a permission whose protocol is a number, which would read as no traffic', () => {
    expect(
      refused((inventory) => {
        firstGroup(inventory).ingress = [
          { IpProtocol: -1 as unknown as string, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
        ];
      }),
    ).toMatch(
      `(sg in ${region}): groups.value.0.ingress.0.IpProtocol: Invalid input: expected string, received number.`,
    );
  });

  it('refuses a permission whose source is not text', () => {
    expect(
      refused((inventory) => {
        firstGroup(inventory).ingress = [
          { IpProtocol: 'tcp', IpRanges: [{ CidrIp: 0 as unknown as string }] },
        ];
      }),
    ).toMatch(
      `(sg in ${region}): groups.value.0.ingress.0.IpRanges.0.CidrIp: Invalid input: expected string, received number.`,
    );
  });

  it('refuses a prefix list whose entries are not a list of CIDR blocks', () => {
    expect(
      refused((inventory) => {
        const part = inventory.regional[region]?.sg as { prefixLists?: unknown };
        part.prefixLists = { 'pl-1': { ok: true, value: '10.0.0.0/8' } };
      }),
    ).toMatch(`(sg in ${region}): prefixLists.pl-1`);
  });

  it('refuses an EFS mount target security group whose permission protocol is a number', () => {
    expect(
      refused((inventory) => {
        const groups = inventory.regional[region]?.efs?.securityGroups;
        const [group] = groups?.ok ? groups.value : [];
        if (!group) throw new Error('the sample has no EFS security group');
        group.ingress = [
          { IpProtocol: 6 as unknown as string, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
        ];
      }),
    ).toMatch(
      `(efs in ${region}): securityGroups.value.0.ingress.0.IpProtocol: Invalid input: expected string, received number.`,
    );
  });

  it('accepts the sample inventory, whose permissions and prefix lists are as collected', () => {
    expect(refused(() => undefined)).toBe('accepted');
  });
});
