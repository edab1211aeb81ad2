import { applyScope } from '../../../src/rules/scope.js';
import { INVENTORY_SCHEMA_VERSION, type Inventory } from '../../../src/model/inventory.js';

function inventoryWithTags(tagSets: Record<string, string>[]): Inventory {
  return {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    account: '123456789012',
    collectedAt: '2026-11-01T00:00:00.000Z',
    regions: ['us-east-1'],
    services: ['efs'],
    global: {},
    regional: {
      'us-east-1': {
        efs: {
          fileSystems: { ok: true, value: tagSets.map((tags, i) => ({ id: `fs-${i}`, tags })) },
          accessPoints: { ok: true, value: [] },
          accountSetting: { enabled: true },
        } as never,
      },
    },
    errors: [],
  };
}

const ids = (inventory: Inventory): string[] =>
  (
    inventory.regional['us-east-1']?.efs as unknown as {
      fileSystems: { ok: true; value: { id: string }[] };
    }
  ).fileSystems.value.map((fs) => fs.id);

describe('applyScope', () => {
  const defaults = [
    { key: 'ExcludeFromAnalysis', value: 'true' },
    { key: 'Temporary', value: 'true' },
  ];

  it('leaves out resources carrying any exclude tag and counts them', () => {
    const outcome = applyScope(
      inventoryWithTags([
        {},
        { ExcludeFromAnalysis: 'TRUE' },
        { Temporary: 'true' },
        { Temporary: 'false' },
      ]),
      { excludeTags: defaults },
    );
    expect(ids(outcome.inventory)).toEqual(['fs-0', 'fs-3']);
    expect(outcome.excludedByRegion).toEqual({ 'us-east-1': 2 });
  });

  it('keeps only the requested environment, compared case-insensitively', () => {
    const outcome = applyScope(
      inventoryWithTags([{ Environment: 'Prod' }, { Environment: 'staging' }, {}]),
      { excludeTags: [], environment: 'prod' },
    );
    expect(ids(outcome.inventory)).toEqual(['fs-0']);
    expect(outcome.excludedByRegion).toEqual({ 'us-east-1': 2 });
  });

  it('matches exclude-tag keys exactly, as AWS tag keys are case-sensitive, and values case-insensitively', () => {
    const outcome = applyScope(
      inventoryWithTags([
        { ExcludeFromAnalysis: 'True' },
        { excludefromanalysis: 'true' },
        { EXCLUDEFROMANALYSIS: 'true' },
        { temporary: 'TRUE' },
        { Temporary: 'TRUE' },
      ]),
      { excludeTags: defaults },
    );
    expect(ids(outcome.inventory)).toEqual(['fs-1', 'fs-2', 'fs-3']);
    expect(outcome.excludedByRegion).toEqual({ 'us-east-1': 2 });
  });

  it('reads the environment from the key Environment exactly, its value case-insensitively', () => {
    const outcome = applyScope(
      inventoryWithTags([
        { Environment: 'PROD' },
        { environment: 'prod' },
        { ENVIRONMENT: 'prod' },
        { Env: 'prod' },
      ]),
      { excludeTags: [], environment: 'Prod' },
    );
    expect(ids(outcome.inventory)).toEqual(['fs-0']);
    expect(outcome.excludedByRegion).toEqual({ 'us-east-1': 3 });
  });

  it('does not touch untagged parts such as account settings', () => {
    const outcome = applyScope(inventoryWithTags([{ Temporary: 'true' }]), {
      excludeTags: defaults,
    });
    expect(
      (outcome.inventory.regional['us-east-1']?.efs as unknown as { accountSetting: unknown })
        .accountSetting,
    ).toEqual({ enabled: true });
  });

  it('keeps every EFS access point as a fact of its file system, beside the scoped ones', () => {
    const inventory = inventoryWithTags([{ Environment: 'prod' }]);
    const efs = inventory.regional['us-east-1']?.efs as unknown as Record<string, unknown>;
    const points = [
      { id: 'fsap-prod', fileSystemId: 'fs-0', tags: { Environment: 'prod' } },
      { id: 'fsap-untagged', fileSystemId: 'fs-0', tags: {} },
    ];
    efs.accessPoints = { ok: true, value: points };

    const outcome = applyScope(inventory, { excludeTags: [], environment: 'prod' });

    const scoped = outcome.inventory.regional['us-east-1']?.efs;
    expect(scoped?.accessPoints).toEqual({
      ok: true,
      value: [expect.objectContaining({ id: 'fsap-prod' })],
    });
    expect(scoped?.allAccessPoints).toEqual(points);
    expect(outcome.excludedByRegion).toEqual({ 'us-east-1': 1 });
    expect(efs.allAccessPoints).toBeUndefined();
  });

  it('counts S3 buckets in their own region, IAM under global, and keeps a bucket whose tags could not be read', () => {
    const denied = { operation: 's3:GetBucketTagging', code: 'AccessDenied', message: 'no' };
    const inventory: Inventory = {
      ...inventoryWithTags([]),
      services: ['s3', 'iam'],
      regional: {},
      global: {
        s3: {
          buckets: {
            ok: true,
            value: [
              {
                name: 'dev-logs',
                region: 'eu-west-1',
                tags: { ok: true, value: { Environment: 'dev' } },
              },
              { name: 'unreadable', region: 'eu-west-1', tags: { ok: false, error: denied } },
              {
                name: 'prod-data',
                region: 'us-east-1',
                tags: { ok: true, value: { Environment: 'prod' } },
              },
            ],
          },
        } as never,
        iam: { roles: { ok: true, value: [{ name: 'ci', tags: {} }] } } as never,
      },
    };
    const outcome = applyScope(inventory, { excludeTags: [], environment: 'prod' });
    const buckets = outcome.inventory.global.s3?.buckets;
    expect(buckets?.ok).toBe(true);
    expect(buckets?.ok ? buckets.value.map((b) => b.name) : undefined).toEqual([
      'unreadable',
      'prod-data',
    ]);
    expect(outcome.excludedByRegion).toEqual({ 'eu-west-1': 1, global: 1 });
  });

  it('does not modify the inventory it was given', () => {
    const inventory = inventoryWithTags([{ Temporary: 'true' }]);
    applyScope(inventory, { excludeTags: defaults });
    expect(ids(inventory)).toEqual(['fs-0']);
  });
});
