import { applyScope } from '../../../src/rules/scope.js';
import type { Inventory } from '../../../src/collect/inventory.js';

function inventoryWithTags(tagSets: Record<string, string>[]): Inventory {
  return {
    schemaVersion: 1,
    account: '123456789012',
    collectedAt: '2026-11-01T00:00:00.000Z',
    regions: ['us-east-1'],
    services: ['efs'],
    global: {},
    regional: {
      'us-east-1': {
        efs: {
          fileSystems: tagSets.map((tags, i) => ({ id: `fs-${i}`, tags })),
          accountSetting: { enabled: true },
        } as never,
      },
    },
    errors: [],
  };
}

const ids = (inventory: Inventory): string[] =>
  (
    inventory.regional['us-east-1']?.efs as unknown as { fileSystems: { id: string }[] }
  ).fileSystems.map((fs) => fs.id);

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
    expect(outcome.excluded).toBe(2);
  });

  it('keeps only the requested environment, compared case-insensitively', () => {
    const outcome = applyScope(
      inventoryWithTags([{ Environment: 'Prod' }, { Environment: 'staging' }, {}]),
      { excludeTags: [], environment: 'prod' },
    );
    expect(ids(outcome.inventory)).toEqual(['fs-0']);
    expect(outcome.excluded).toBe(2);
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
    efs.accessPoints = points;

    const outcome = applyScope(inventory, { excludeTags: [], environment: 'prod' });

    const scoped = outcome.inventory.regional['us-east-1']?.efs;
    expect(scoped?.accessPoints.map((ap) => ap.id)).toEqual(['fsap-prod']);
    expect(scoped?.allAccessPoints).toEqual(points);
    expect(outcome.excluded).toBe(1);
    expect(efs.allAccessPoints).toBeUndefined();
  });

  it('does not modify the inventory it was given', () => {
    const inventory = inventoryWithTags([{ Temporary: 'true' }]);
    applyScope(inventory, { excludeTags: defaults });
    expect(ids(inventory)).toEqual(['fs-0']);
  });
});
