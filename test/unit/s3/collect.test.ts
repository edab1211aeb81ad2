import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import {
  GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand,
  S3ControlClient,
  S3ControlServiceException,
} from '@aws-sdk/client-s3-control';
import { mockClient } from 'aws-sdk-client-mock';
import type { RegionClients } from '../../../src/aws/clients.js';
import { createCollectContext } from '../../../src/collect/context.js';
import type { CollectionError, Fetched } from '../../../src/model/inventory.js';
import type { S3Bucket } from '../../../src/model/s3.js';
import { collectS3, regionOfLocation } from '../../../src/collect/s3.js';

const s3Mock = mockClient(S3Client);
const s3ControlMock = mockClient(S3ControlClient);

const ACCOUNT = '111122223333';
const HOME = 'us-east-1';

function s3Error(name: string, status: number): S3ServiceException {
  return new S3ServiceException({
    name,
    $fault: 'client',
    $metadata: { httpStatusCode: status },
    message: `${name} message`,
  });
}

function s3ControlError(name: string, status: number): S3ControlServiceException {
  return new S3ControlServiceException({
    name,
    $fault: 'client',
    $metadata: { httpStatusCode: status },
    message: `${name} message`,
  });
}

const regionClients = new Map<string, RegionClients>();
function clientsIn(region: string): RegionClients {
  let clients = regionClients.get(region);
  if (!clients) {
    clients = {
      s3: new S3Client({ region }),
      s3control: new S3ControlClient({ region }),
    } as unknown as RegionClients;
    regionClients.set(region, clients);
  }
  return clients;
}

function setup(withClientsFor = true, errorRegion?: string) {
  const errors: CollectionError[] = [];
  const ctx = createCollectContext({
    account: ACCOUNT,
    region: HOME,
    service: 's3',
    clients: clientsIn(HOME),
    ...(withClientsFor ? { clientsFor: clientsIn } : {}),
    ...(errorRegion ? { errorRegion } : {}),
    errors,
    sharedCache: new Map(),
  });
  return { ctx, errors };
}

const POLICY = '{"Version":"2012-10-17","Statement":[]}';
const OWNER_ID = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';
const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';

/** The buckets ListBuckets gave, failing the test when it failed. */
function listed(buckets: Fetched<S3Bucket[]>): S3Bucket[] {
  if (!buckets.ok) throw new Error(`the listing failed: ${buckets.error.operation}`);
  return buckets.value;
}

/** The bucket at `index`, failing the test when the listing failed or has no such bucket. */
function bucketAt(buckets: Fetched<S3Bucket[]>, index: number): S3Bucket {
  const bucket = listed(buckets)[index];
  if (!bucket) throw new Error(`expected a bucket at ${index}`);
  return bucket;
}

/** Every per-bucket read answers with a configured value. */
function configuredBuckets(): void {
  s3Mock.on(GetBucketTaggingCommand).resolves({ TagSet: [{ Key: 'Name', Value: 'logs' }] });
  s3Mock.on(GetBucketEncryptionCommand).resolves({
    ServerSideEncryptionConfiguration: {
      Rules: [
        {
          ApplyServerSideEncryptionByDefault: {
            SSEAlgorithm: 'aws:kms',
            KMSMasterKeyID: 'alias/data',
          },
          BucketKeyEnabled: true,
        },
      ],
    },
  });
  s3Mock.on(GetBucketVersioningCommand).resolves({ Status: 'Enabled' });
  s3Mock.on(GetPublicAccessBlockCommand).resolves({
    PublicAccessBlockConfiguration: {
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: false,
    },
  });
  s3Mock.on(GetBucketPolicyCommand).resolves({ Policy: POLICY });
  s3Mock.on(GetBucketPolicyStatusCommand).resolves({ PolicyStatus: { IsPublic: true } });
  s3Mock.on(GetBucketAclCommand).resolves({
    Owner: { ID: OWNER_ID },
    Grants: [
      { Grantee: { Type: 'CanonicalUser', ID: OWNER_ID }, Permission: 'FULL_CONTROL' },
      { Grantee: { Type: 'Group', URI: ALL_USERS }, Permission: 'READ' },
    ],
  });
  s3Mock.on(GetBucketOwnershipControlsCommand).resolves({
    OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] },
  });
  s3Mock.on(GetBucketLoggingCommand).resolves({
    LoggingEnabled: { TargetBucket: 'access-logs', TargetPrefix: 'logs/' },
  });
  s3ControlMock.on(GetAccountPublicAccessBlockCommand).resolves({
    PublicAccessBlockConfiguration: { BlockPublicAcls: true },
  });
}

beforeEach(() => {
  s3Mock.reset();
  s3ControlMock.reset();
});

describe('regionOfLocation', () => {
  it('maps the empty constraint to us-east-1 and EU to eu-west-1', () => {
    expect(regionOfLocation(undefined)).toBe('us-east-1');
    expect(regionOfLocation(null)).toBe('us-east-1');
    expect(regionOfLocation('')).toBe('us-east-1');
    expect(regionOfLocation('EU')).toBe('eu-west-1');
    expect(regionOfLocation('ap-south-1')).toBe('ap-south-1');
  });
});

describe('collectS3', () => {
  it('reads every bucket and the account settings into data', async () => {
    configuredBuckets();
    const created = new Date('2025-01-02T03:04:05.000Z');
    s3Mock.on(ListBucketsCommand).resolves({
      Buckets: [{ Name: 'logs', CreationDate: created, BucketRegion: 'us-east-1' }],
    });
    const { ctx, errors } = setup();
    const s3 = await collectS3(ctx, [HOME]);
    expect(errors).toEqual([]);
    expect(s3).toEqual({
      accountPublicAccessBlock: {
        ok: true,
        value: {
          blockPublicAcls: true,
          ignorePublicAcls: false,
          blockPublicPolicy: false,
          restrictPublicBuckets: false,
        },
      },
      buckets: {
        ok: true,
        value: [
          {
            name: 'logs',
            arn: 'arn:aws:s3:::logs',
            region: 'us-east-1',
            createdAt: '2025-01-02T03:04:05.000Z',
            tags: { ok: true, value: { Name: 'logs' } },
            encryption: {
              ok: true,
              value: [{ algorithm: 'aws:kms', kmsKeyId: 'alias/data', bucketKeyEnabled: true }],
            },
            versioning: { ok: true, value: 'Enabled' },
            publicAccessBlock: {
              ok: true,
              value: {
                blockPublicAcls: true,
                ignorePublicAcls: true,
                blockPublicPolicy: true,
                restrictPublicBuckets: false,
              },
            },
            policy: { ok: true, value: POLICY },
            policyStatus: { ok: true, value: { isPublic: true } },
            acl: {
              ok: true,
              value: [
                { granteeType: 'CanonicalUser', id: OWNER_ID, permission: 'FULL_CONTROL' },
                { granteeType: 'Group', uri: ALL_USERS, permission: 'READ' },
              ],
            },
            objectOwnership: { ok: true, value: 'BucketOwnerPreferred' },
            logging: { ok: true, value: { targetBucket: 'access-logs', targetPrefix: 'logs/' } },
          },
        ],
      },
    });
    expect(s3Mock.commandCalls(GetBucketLocationCommand)).toHaveLength(0);
    expect(
      s3ControlMock.commandCalls(GetAccountPublicAccessBlockCommand)[0]?.args[0].input,
    ).toEqual({
      AccountId: ACCOUNT,
    });
  });

  it('follows ListBuckets continuation tokens without sending a page size', async () => {
    configuredBuckets();
    const pages = [
      { Buckets: [{ Name: 'b-2', BucketRegion: HOME }], ContinuationToken: 'page-2' },
      { Buckets: [{ Name: 'b-1', BucketRegion: HOME }], ContinuationToken: 'page-3' },
      { Buckets: [{ Name: 'b-3', BucketRegion: HOME }] },
    ];
    // The paginator reuses one input object, so each request is copied as it is sent.
    const sent: Record<string, unknown>[] = [];
    s3Mock.on(ListBucketsCommand).callsFake((input: Record<string, unknown>) => {
      sent.push({ ...input });
      return pages[sent.length - 1];
    });
    const { ctx } = setup();
    const s3 = await collectS3(ctx, 'all');
    expect(sent.map((input) => input.ContinuationToken)).toEqual([undefined, 'page-2', 'page-3']);
    expect(sent.every((input) => input.MaxBuckets === undefined)).toBe(true);
    // All three listed buckets are kept (regions "all"), sorted by name.
    expect(listed(s3.buckets).map((b) => b.name)).toEqual(['b-1', 'b-2', 'b-3']);
  });

  it('turns AWS "not configured" answers into data, not errors', async () => {
    s3Mock.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'bare', BucketRegion: HOME }] });
    s3Mock.on(GetBucketTaggingCommand).rejects(s3Error('NoSuchTagSet', 404));
    s3Mock
      .on(GetBucketEncryptionCommand)
      .rejects(s3Error('ServerSideEncryptionConfigurationNotFoundError', 404));
    s3Mock.on(GetBucketVersioningCommand).resolves({});
    s3Mock
      .on(GetPublicAccessBlockCommand)
      .rejects(s3Error('NoSuchPublicAccessBlockConfiguration', 404));
    s3Mock.on(GetBucketPolicyCommand).rejects(s3Error('NoSuchBucketPolicy', 404));
    s3Mock.on(GetBucketAclCommand).resolves({ Owner: { ID: OWNER_ID }, Grants: [] });
    s3Mock
      .on(GetBucketOwnershipControlsCommand)
      .rejects(s3Error('OwnershipControlsNotFoundError', 404));
    s3Mock.on(GetBucketLoggingCommand).resolves({});
    s3ControlMock
      .on(GetAccountPublicAccessBlockCommand)
      .rejects(s3ControlError('NoSuchPublicAccessBlockConfiguration', 404));
    const { ctx, errors } = setup();
    const s3 = await collectS3(ctx, [HOME]);
    expect(errors).toEqual([]);
    expect(s3.accountPublicAccessBlock).toEqual({ ok: true, value: null });
    expect(bucketAt(s3.buckets, 0)).toMatchObject({
      tags: { ok: true, value: {} },
      encryption: { ok: true, value: null },
      versioning: { ok: true, value: null },
      publicAccessBlock: { ok: true, value: null },
      policy: { ok: true, value: null },
      policyStatus: { ok: true, value: null },
      acl: { ok: true, value: [] },
      objectOwnership: { ok: true, value: null },
      logging: { ok: true, value: null },
    });
    // No policy, so no policy status to ask for (AWS would answer NoSuchBucketPolicy).
    expect(s3Mock.commandCalls(GetBucketPolicyStatusCommand)).toHaveLength(0);
    // Read, not failed, and empty.
    expect(bucketAt(s3.buckets, 0).tags).toEqual({ ok: true, value: {} });
  });

  it.each([
    ['s3:GetBucketEncryption', GetBucketEncryptionCommand, 'encryption'],
    ['s3:GetBucketVersioning', GetBucketVersioningCommand, 'versioning'],
    ['s3:GetPublicAccessBlock', GetPublicAccessBlockCommand, 'publicAccessBlock'],
    ['s3:GetBucketPolicy', GetBucketPolicyCommand, 'policy'],
    ['s3:GetBucketPolicyStatus', GetBucketPolicyStatusCommand, 'policyStatus'],
    ['s3:GetBucketAcl', GetBucketAclCommand, 'acl'],
    ['s3:GetBucketOwnershipControls', GetBucketOwnershipControlsCommand, 'objectOwnership'],
    ['s3:GetBucketLogging', GetBucketLoggingCommand, 'logging'],
  ] as const)(
    'records AccessDenied on %s as an error and a failed read',
    async (operation, command, field) => {
      configuredBuckets();
      s3Mock.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'locked', BucketRegion: HOME }] });
      s3Mock.on(command).rejects(s3Error('AccessDenied', 403));
      const { ctx, errors } = setup();
      const s3 = await collectS3(ctx, [HOME]);
      const failure = {
        operation,
        code: 'AccessDenied',
        message: 'AccessDenied message',
        class: 'denied',
      };
      expect(errors).toEqual([{ service: 's3', region: HOME, ...failure }]);
      expect(bucketAt(s3.buckets, 0)[field]).toEqual({ ok: false, error: failure });
    },
  );

  it('records AccessDenied on GetBucketTagging as an error and a failed read of the tags', async () => {
    configuredBuckets();
    s3Mock.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'locked', BucketRegion: HOME }] });
    s3Mock.on(GetBucketTaggingCommand).rejects(s3Error('AccessDenied', 403));
    const { ctx, errors } = setup();
    const s3 = await collectS3(ctx, [HOME]);
    expect(errors.map((e) => e.operation)).toEqual(['s3:GetBucketTagging']);
    expect(bucketAt(s3.buckets, 0).tags).toEqual({
      ok: false,
      error: {
        operation: 's3:GetBucketTagging',
        code: 'AccessDenied',
        message: 'AccessDenied message',
        class: 'denied',
      },
    });
    expect(bucketAt(s3.buckets, 0).versioning).toEqual({ ok: true, value: 'Enabled' });
  });

  it('records AccessDenied on the account call as an error and a failed read', async () => {
    configuredBuckets();
    s3Mock.on(ListBucketsCommand).resolves({ Buckets: [] });
    s3ControlMock
      .on(GetAccountPublicAccessBlockCommand)
      .rejects(s3ControlError('AccessDenied', 403));
    const { ctx, errors } = setup();
    const s3 = await collectS3(ctx, 'all');
    const failure = {
      operation: 's3control:GetPublicAccessBlock',
      code: 'AccessDenied',
      message: 'AccessDenied message',
      class: 'denied',
    };
    expect(errors).toEqual([{ service: 's3', region: HOME, ...failure }]);
    expect(s3.accountPublicAccessBlock).toEqual({ ok: false, error: failure });
  });

  it('records AccessDenied on ListBuckets as a failed listing with no buckets', async () => {
    configuredBuckets();
    s3Mock.on(ListBucketsCommand).rejects(s3Error('AccessDenied', 403));
    const { ctx, errors } = setup();
    const s3 = await collectS3(ctx, 'all');
    expect(errors.map((e) => `${e.operation} ${e.code}`)).toEqual(['s3:ListBuckets AccessDenied']);
    // The failed listing stands in for the buckets: there are none by construction.
    expect(s3.buckets).toEqual({
      ok: false,
      error: {
        operation: 's3:ListBuckets',
        code: 'AccessDenied',
        message: 'AccessDenied message',
        class: 'denied',
      },
    });
    expect(s3.accountPublicAccessBlock.ok).toBe(true);
  });

  it('keeps only buckets in the scanned regions, asking GetBucketLocation when ListBuckets has no region', async () => {
    configuredBuckets();
    s3Mock.on(ListBucketsCommand).resolves({
      Buckets: [
        { Name: 'virginia' },
        { Name: 'ireland-legacy' },
        { Name: 'ireland' },
        { Name: 'tokyo', BucketRegion: 'ap-northeast-1' },
      ],
    });
    s3Mock.on(GetBucketLocationCommand, { Bucket: 'virginia' }).resolves({});
    s3Mock
      .on(GetBucketLocationCommand, { Bucket: 'ireland-legacy' })
      .resolves({ LocationConstraint: 'EU' });
    s3Mock
      .on(GetBucketLocationCommand, { Bucket: 'ireland' })
      .resolves({ LocationConstraint: 'eu-west-1' });
    const { ctx, errors } = setup();
    const s3 = await collectS3(ctx, ['eu-west-1']);
    expect(errors).toEqual([]);
    expect(listed(s3.buckets).map((b) => [b.name, b.region])).toEqual([
      ['ireland', 'eu-west-1'],
      ['ireland-legacy', 'eu-west-1'],
    ]);
    // Out-of-scope buckets cost no per-bucket reads.
    const policyReads = s3Mock
      .commandCalls(GetBucketPolicyCommand)
      .map((c) => c.args[0].input.Bucket);
    expect(policyReads.sort()).toEqual(['ireland', 'ireland-legacy']);
    expect(s3Mock.commandCalls(GetBucketLocationCommand)).toHaveLength(3);
  });

  it('keeps every bucket with regions "all"', async () => {
    configuredBuckets();
    s3Mock.on(ListBucketsCommand).resolves({
      Buckets: [
        { Name: 'a', BucketRegion: 'us-east-1' },
        { Name: 'b', BucketRegion: 'sa-east-1' },
      ],
    });
    const { ctx } = setup();
    const s3 = await collectS3(ctx, 'all');
    expect(listed(s3.buckets).map((b) => b.region)).toEqual(['us-east-1', 'sa-east-1']);
  });

  it("reads each bucket through a client of the bucket's region", async () => {
    configuredBuckets();
    s3Mock.on(ListBucketsCommand).resolves({
      Buckets: [
        { Name: 'home', BucketRegion: HOME },
        { Name: 'away', BucketRegion: 'eu-west-1' },
      ],
    });
    const { ctx } = setup();
    await collectS3(ctx, 'all');
    const clientOf = (bucket: string) =>
      s3Mock.commandCalls(GetBucketPolicyCommand).find((c) => c.args[0].input.Bucket === bucket)
        ?.thisValue;
    expect(clientOf('home')).toBe(clientsIn(HOME).s3);
    expect(clientOf('away')).toBe(clientsIn('eu-west-1').s3);
    expect(s3Mock.commandCalls(ListBucketsCommand)[0]?.thisValue).toBe(clientsIn(HOME).s3);
  });

  it("records a bucket's failed read under the bucket's region, not the account-wide one", async () => {
    configuredBuckets();
    s3Mock
      .on(ListBucketsCommand)
      .resolves({ Buckets: [{ Name: 'away', BucketRegion: 'eu-west-1' }] });
    s3Mock.on(GetBucketPolicyCommand).rejects(s3Error('AccessDenied', 403));
    const { ctx, errors } = setup(true, 'global');
    await collectS3(ctx, 'all');
    expect(errors.map((e) => `${e.region} ${e.operation}`)).toEqual([
      'eu-west-1 s3:GetBucketPolicy',
    ]);
  });

  it('uses the home clients for every bucket when the context has no clientsFor', async () => {
    configuredBuckets();
    s3Mock
      .on(ListBucketsCommand)
      .resolves({ Buckets: [{ Name: 'away', BucketRegion: 'eu-west-1' }] });
    const { ctx } = setup(false);
    const s3 = await collectS3(ctx, 'all');
    expect(bucketAt(s3.buckets, 0).region).toBe('eu-west-1');
    expect(s3Mock.commandCalls(GetBucketPolicyCommand)[0]?.thisValue).toBe(clientsIn(HOME).s3);
  });

  it('keeps a bucket whose region could not be read, with every read failed by that lookup', async () => {
    configuredBuckets();
    s3Mock.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'mystery' }] });
    s3Mock.on(GetBucketLocationCommand).rejects(s3Error('AccessDenied', 403));
    const { ctx, errors } = setup();
    const s3 = await collectS3(ctx, ['eu-west-1']);
    const failure = {
      operation: 's3:GetBucketLocation',
      code: 'AccessDenied',
      message: 'AccessDenied message',
      class: 'denied',
    };
    expect(errors).toEqual([{ service: 's3', region: HOME, ...failure }]);
    expect(s3.buckets).toEqual({
      ok: true,
      value: [
        {
          name: 'mystery',
          arn: 'arn:aws:s3:::mystery',
          region: HOME,
          tags: { ok: false, error: failure },
          encryption: { ok: false, error: failure },
          versioning: { ok: false, error: failure },
          publicAccessBlock: { ok: false, error: failure },
          policy: { ok: false, error: failure },
          policyStatus: { ok: false, error: failure },
          acl: { ok: false, error: failure },
          objectOwnership: { ok: false, error: failure },
          logging: { ok: false, error: failure },
        },
      ],
    });
    expect(s3Mock.commandCalls(GetBucketPolicyCommand)).toHaveLength(0);
    expect(s3Mock.commandCalls(GetBucketAclCommand)).toHaveLength(0);
  });

  it('asks for the policy status when the policy could not be read, and keeps an answer without IsPublic as undecided', async () => {
    configuredBuckets();
    s3Mock.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'b', BucketRegion: HOME }] });
    s3Mock.on(GetBucketPolicyCommand).rejects(s3Error('AccessDenied', 403));
    // moto 5.2.1 answers {PolicyStatus: {}}: no evaluation, which is not "not public".
    s3Mock.on(GetBucketPolicyStatusCommand).resolves({ PolicyStatus: {} });
    const { ctx } = setup();
    const s3 = await collectS3(ctx, [HOME]);
    expect(s3Mock.commandCalls(GetBucketPolicyStatusCommand)).toHaveLength(1);
    expect(bucketAt(s3.buckets, 0).policyStatus).toEqual({ ok: true, value: {} });
  });

  it('reads NoSuchBucketPolicy from the policy status as "no policy" and IsPublic false as data', async () => {
    configuredBuckets();
    s3Mock.on(ListBucketsCommand).resolves({
      Buckets: [
        { Name: 'gone', BucketRegion: HOME },
        { Name: 'private', BucketRegion: HOME },
      ],
    });
    s3Mock
      .on(GetBucketPolicyStatusCommand, { Bucket: 'gone' })
      .rejects(s3Error('NoSuchBucketPolicy', 404));
    s3Mock
      .on(GetBucketPolicyStatusCommand, { Bucket: 'private' })
      .resolves({ PolicyStatus: { IsPublic: false } });
    const { ctx, errors } = setup();
    const s3 = await collectS3(ctx, [HOME]);
    expect(errors).toEqual([]);
    expect(bucketAt(s3.buckets, 0).policyStatus).toEqual({ ok: true, value: null });
    expect(bucketAt(s3.buckets, 1).policyStatus).toEqual({ ok: true, value: { isPublic: false } });
  });

  it('treats an emulator HTML 500 as a failure, not as "not configured"', async () => {
    configuredBuckets();
    s3Mock.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'b', BucketRegion: HOME }] });
    const htmlError = Object.assign(new SyntaxError('Unexpected token <'), {
      $metadata: { httpStatusCode: 500 },
    });
    s3Mock.on(GetBucketEncryptionCommand).rejects(htmlError);
    const { ctx, errors } = setup();
    const s3 = await collectS3(ctx, [HOME]);
    expect(errors.map((e) => `${e.operation} ${e.code}`)).toEqual([
      's3:GetBucketEncryption HttpError500',
    ]);
    expect(bucketAt(s3.buckets, 0).encryption.ok).toBe(false);
  });

  it('builds ARNs in the partition of the home region', async () => {
    configuredBuckets();
    s3Mock
      .on(ListBucketsCommand)
      .resolves({ Buckets: [{ Name: 'cn-data', BucketRegion: 'cn-north-1' }] });
    const errors: CollectionError[] = [];
    const ctx = createCollectContext({
      account: ACCOUNT,
      region: 'cn-north-1',
      service: 's3',
      clients: clientsIn('cn-north-1'),
      errors,
      sharedCache: new Map(),
    });
    const s3 = await collectS3(ctx, 'all');
    expect(bucketAt(s3.buckets, 0).arn).toBe('arn:aws-cn:s3:::cn-data');
  });
});
