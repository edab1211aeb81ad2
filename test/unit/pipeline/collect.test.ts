import {
  DescribeRegionsCommand,
  DescribeSecurityGroupsCommand,
  DescribeNetworkInterfacesCommand,
  EC2Client,
  EC2ServiceException,
} from '@aws-sdk/client-ec2';
import { ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { mockClient } from 'aws-sdk-client-mock';
import {
  createClientFactory,
  loadServiceClients,
  type ClientFactory,
} from '../../../src/aws/clients.js';
import { collectParts, enabledRegions, type CollectProgress } from '../../../src/collect/index.js';
import { ScanError } from '../../../src/errors.js';
import {
  INVENTORY_SCHEMA_VERSION,
  inventoryOf,
  type CollectStats,
  type Inventory,
  type InventoryHeader,
  type InventoryPart,
  type ServiceName,
} from '../../../src/model/inventory.js';

const ec2 = mockClient(EC2Client);
const s3 = mockClient(S3Client);
const s3control = mockClient(S3ControlClient);

const credentials = { accessKeyId: 'testing', secretAccessKey: 'testing' };

beforeEach(() => {
  ec2.reset();
  s3.reset();
  s3control.reset();
});

// The pipeline loads every client but STS after the identity call; these tests build them at once.
beforeAll(() => loadServiceClients());

describe('enabledRegions', () => {
  it('says so when no region is enabled', async () => {
    ec2.on(DescribeRegionsCommand).resolves({
      Regions: [{ RegionName: 'af-south-1', OptInStatus: 'not-opted-in' }],
    });
    const factory = createClientFactory({ credentials, maxAttempts: 1 });
    await expect(enabledRegions(factory, 'us-east-1')).rejects.toThrow(
      /^region "all" needs the list of enabled regions, but ec2:DescribeRegions returned no enabled region$/,
    );
  });

  it('refuses a region name that is not a region code: it would become a host name', async () => {
    ec2.on(DescribeRegionsCommand).resolves({
      Regions: [
        { RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' },
        { RegionName: 'evil.example.com/x', OptInStatus: 'opt-in-not-required' },
      ],
    });
    const factory = createClientFactory({ credentials, maxAttempts: 1 });
    const attempt = enabledRegions(factory, 'us-east-1');
    await expect(attempt).rejects.toBeInstanceOf(ScanError);
    await expect(attempt).rejects.toThrow(
      'ec2:DescribeRegions returned "evil.example.com/x", which is not a region code such as us-east-1',
    );
  });

  it('keeps opted-in and default regions and drops the ones not opted in', async () => {
    ec2.on(DescribeRegionsCommand).resolves({
      Regions: [
        { RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' },
        { RegionName: 'af-south-1', OptInStatus: 'not-opted-in' },
        { RegionName: 'ap-east-1', OptInStatus: 'opted-in' },
      ],
    });
    const factory = createClientFactory({ credentials, maxAttempts: 1 });
    await expect(enabledRegions(factory, 'us-east-1')).resolves.toEqual(['ap-east-1', 'us-east-1']);
  });

  it('stops the scan with a clear error when the regions cannot be listed', async () => {
    ec2.on(DescribeRegionsCommand).rejects(
      new EC2ServiceException({
        name: 'UnauthorizedOperation',
        $fault: 'client',
        $metadata: { httpStatusCode: 403 },
        message: 'not allowed',
      }),
    );
    const factory = createClientFactory({ credentials, maxAttempts: 1 });
    const attempt = enabledRegions(factory, 'us-east-1');
    await expect(attempt).rejects.toBeInstanceOf(ScanError);
    await expect(attempt).rejects.toThrow(/ec2:DescribeRegions failed with UnauthorizedOperation/);
  });
});

/** Every part collected, as one inventory: the header's fields and `now` given, no error yet. */
async function collectInventory(options: {
  account: string;
  homeRegion: string;
  regions: string[];
  services: ServiceName[];
  factory: ClientFactory;
  apiCalls: Record<string, number>;
  onProgress?: (progress: CollectProgress) => void;
  collectedAt?: string;
}): Promise<{ inventory: Inventory; stats: CollectStats }> {
  const { account, regions, services, collectedAt, ...rest } = options;
  const header: InventoryHeader = {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    account,
    collectedAt: collectedAt ?? new Date().toISOString(),
    regions,
    services,
    errors: [],
  };
  const parts: InventoryPart[] = [];
  const stats = await collectParts({
    ...rest,
    header,
    onPart: (part) => {
      parts.push(part);
    },
  });
  return { inventory: inventoryOf(header, parts), stats };
}

describe('collectParts', () => {
  it('collects every region and service and keeps a failure inside its service', async () => {
    ec2.on(DescribeSecurityGroupsCommand).rejects(
      new EC2ServiceException({
        name: 'UnauthorizedOperation',
        $fault: 'client',
        $metadata: { httpStatusCode: 403 },
        message: 'not allowed',
      }),
    );
    ec2.on(DescribeNetworkInterfacesCommand).resolves({ NetworkInterfaces: [] });
    s3.on(ListBucketsCommand).resolves({ Buckets: [] });
    s3control.on(GetPublicAccessBlockCommand).resolves({});
    const apiCalls: Record<string, number> = {};
    const factory = createClientFactory({
      credentials,
      maxAttempts: 1,
      onCall: (operation) => {
        apiCalls[operation] = (apiCalls[operation] ?? 0) + 1;
      },
    });
    const { inventory, stats } = await collectInventory({
      account: '123456789012',
      homeRegion: 'us-east-1',
      regions: ['us-east-1', 'eu-west-1'],
      services: ['sg', 's3'],
      factory,
      apiCalls,
      collectedAt: '2026-11-01T00:00:00.000Z',
    });
    expect(inventory.collectedAt).toBe('2026-11-01T00:00:00.000Z');
    expect(Object.keys(inventory.regional).sort()).toEqual(['eu-west-1', 'us-east-1']);
    // The denied listing stays visible to the rules as a failed read, not as "no groups".
    expect(inventory.regional['eu-west-1']?.sg?.groups.ok).toBe(false);
    expect(inventory.global.s3?.buckets).toEqual({ ok: true, value: [] });
    expect(
      inventory.errors
        .filter((e) => e.operation === 'ec2:DescribeSecurityGroups')
        .map((e) => [e.service, e.region, e.code])
        .sort(),
    ).toEqual([
      ['sg', 'eu-west-1', 'UnauthorizedOperation'],
      ['sg', 'us-east-1', 'UnauthorizedOperation'],
    ]);
    expect(Object.keys(stats.durationMsByService).sort()).toEqual(['s3', 'sg']);
  });
});

describe('collectParts when handling a part fails (a defect in a rule)', () => {
  it('lets every other collector finish, then fails with that error', async () => {
    ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [] });
    ec2.on(DescribeNetworkInterfacesCommand).resolves({ NetworkInterfaces: [] });
    // S3 answers late: it is still being read when the security groups are handed over.
    s3.on(ListBucketsCommand).callsFake(
      () => new Promise((resolve) => setTimeout(() => resolve({ Buckets: [] }), 200)),
    );
    s3control.on(GetPublicAccessBlockCommand).resolves({});
    const factory = createClientFactory({ credentials, maxAttempts: 1 });
    const finished: string[] = [];
    const attempt = collectParts({
      header: {
        schemaVersion: INVENTORY_SCHEMA_VERSION,
        account: '123456789012',
        collectedAt: '2026-11-01T00:00:00.000Z',
        regions: ['us-east-1'],
        services: ['sg', 's3'],
        errors: [],
      },
      homeRegion: 'us-east-1',
      factory,
      apiCalls: {},
      onProgress: (progress) => finished.push(progress.service),
      onPart: (part) => {
        if (part.service === 'sg') throw new TypeError('a rule read past the end');
      },
    });
    await expect(attempt).rejects.toThrow('a rule read past the end');
    expect(finished.sort()).toEqual(['s3', 'sg']);
  });
});

describe('collectParts progress', () => {
  it('reports each service of each region as it finishes: resources, calls, elapsed', async () => {
    ec2.on(DescribeSecurityGroupsCommand).resolves({
      SecurityGroups: [
        { GroupId: 'sg-1', GroupName: 'one', IpPermissions: [] },
        { GroupId: 'sg-2', GroupName: 'two', IpPermissions: [] },
      ],
    });
    ec2.on(DescribeNetworkInterfacesCommand).resolves({ NetworkInterfaces: [] });
    s3.on(ListBucketsCommand).resolves({ Buckets: [] });
    s3control.on(GetPublicAccessBlockCommand).resolves({});
    const factory = createClientFactory({ credentials, maxAttempts: 1 });
    const events: CollectProgress[] = [];
    await collectInventory({
      account: '123456789012',
      homeRegion: 'us-east-1',
      regions: ['us-east-1', 'eu-west-1'],
      services: ['sg', 's3'],
      factory,
      apiCalls: {},
      onProgress: (progress) => events.push(progress),
    });
    expect(events).toHaveLength(3);
    expect(events.map((e) => e.done)).toEqual([1, 2, 3]);
    expect(events.every((e) => e.total === 3)).toBe(true);
    const sg = events
      .filter((e) => e.service === 'sg')
      .sort((a, b) => (a.region < b.region ? -1 : 1));
    expect(sg.map((e) => e.region)).toEqual(['eu-west-1', 'us-east-1']);
    for (const e of sg) {
      expect(e.resources).toBeGreaterThanOrEqual(2);
      expect(e.calls).toBeGreaterThanOrEqual(1);
      expect(e.elapsedMs).toBeGreaterThanOrEqual(0);
    }
    const s3Event = events.find((e) => e.service === 's3');
    expect(s3Event).toMatchObject({ region: 'global', resources: 0 });
    expect(s3Event?.calls).toBeGreaterThanOrEqual(2);
  });
});
