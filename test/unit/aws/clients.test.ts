import { ListBackupVaultsCommand } from '@aws-sdk/client-backup';
import { ListMetricsCommand } from '@aws-sdk/client-cloudwatch';
import { DescribeVpcsCommand } from '@aws-sdk/client-ec2';
import { DescribeAccessPointsCommand, paginateDescribeFileSystems } from '@aws-sdk/client-efs';
import { GetAccountSummaryCommand } from '@aws-sdk/client-iam';
import { DescribeDBInstancesCommand } from '@aws-sdk/client-rds';
import { GetBucketVersioningCommand } from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand } from '@aws-sdk/client-s3-control';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import {
  CONNECTION_TIMEOUT_MS,
  createClientFactory,
  loadServiceClients,
  REQUEST_TIMEOUT_MS,
} from '../../../src/aws/clients.js';

/**
 * These tests go through the real middleware stacks (aws-sdk-client-mock replaces `send` and so
 * would skip them). A test-only middleware at the end of the deserialize step sees the request
 * exactly as it would go on the wire and answers it without any network.
 */

const CREDENTIALS = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' };

interface WireRequest {
  hostname: string;
  path: string;
}
interface WireResponse {
  statusCode: number;
  body: string;
}

class Intercepted extends Error {
  override name = 'Intercepted';
}

/** Records each request; `respond` answers it, or the request ends with `Intercepted`. */
function intercept(
  client: object,
  respond?: (request: WireRequest) => WireResponse,
): WireRequest[] {
  const seen: WireRequest[] = [];
  const stack = (client as { middlewareStack: { add(mw: unknown, options: object): void } })
    .middlewareStack;
  stack.add(
    () => async (args: { request: WireRequest }) => {
      const { hostname, path } = args.request;
      seen.push({ hostname, path });
      if (!respond) throw new Intercepted(hostname);
      const { statusCode, body } = respond(args.request);
      const headers = { 'content-type': 'application/json' };
      return {
        response: { statusCode, headers, body: new TextEncoder().encode(body) },
        output: {},
      };
    },
    { step: 'deserialize', priority: 'low', name: 'testIntercept' },
  );
  return seen;
}

async function hostOf(send: () => Promise<unknown>, seen: WireRequest[]): Promise<WireRequest> {
  await expect(send()).rejects.toThrow(Intercepted);
  const last = seen.at(-1);
  if (!last) throw new Error('no request was sent');
  return last;
}

const ENDPOINT_VARS = [
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_S3',
  'AWS_ENDPOINT_URL_S3_CONTROL',
  'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS',
];
const saved = Object.fromEntries(ENDPOINT_VARS.map((name) => [name, process.env[name]]));

// The SDK reads endpoint overrides from process.env itself, so the tests set them there.
function setEndpointEnv(values: Record<string, string>): void {
  for (const name of ENDPOINT_VARS) Reflect.deleteProperty(process.env, name);
  Object.assign(process.env, values);
}

afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) Reflect.deleteProperty(process.env, name);
    else process.env[name] = value;
  }
});

// The pipeline loads every client but STS after the identity call; these tests build them at once.
beforeAll(() => loadServiceClients());

describe('createClientFactory', () => {
  it('counts every call by operation: once per page, not once per retry', async () => {
    setEndpointEnv({});
    const calls: string[] = [];
    const factory = createClientFactory({
      credentials: CREDENTIALS,
      maxAttempts: 2,
      onCall: (operation) => calls.push(operation),
    });
    const efs = factory.forRegion('us-east-1').efs;
    let requests = 0;
    const seen = intercept(efs, (request) => {
      requests++;
      if (request.path.includes('access-points')) {
        // The first attempt fails with a retryable 503; the retry succeeds.
        return requests === 3
          ? { statusCode: 503, body: '{}' }
          : { statusCode: 200, body: '{"AccessPoints":[]}' };
      }
      return requests === 1
        ? { statusCode: 200, body: '{"FileSystems":[],"NextMarker":"m2"}' }
        : { statusCode: 200, body: '{"FileSystems":[]}' };
    });

    const pages = [];
    for await (const page of paginateDescribeFileSystems({ client: efs }, {})) pages.push(page);
    await efs.send(new DescribeAccessPointsCommand({}));

    expect(pages).toHaveLength(2);
    expect(seen).toHaveLength(4);
    expect(calls).toEqual([
      'efs:DescribeFileSystems',
      'efs:DescribeFileSystems',
      'efs:DescribeAccessPoints',
    ]);
  });

  it('builds each client once per region, lazily', () => {
    const factory = createClientFactory({ credentials: CREDENTIALS, maxAttempts: 1 });
    const east = factory.forRegion('us-east-1');
    expect(factory.forRegion('us-east-1')).toBe(east);
    expect(east.s3).toBe(east.s3);
    expect(factory.forRegion('eu-west-1').s3).not.toBe(east.s3);
  });

  it('uses path-style S3 addressing with AWS_ENDPOINT_URL, virtual-hosted without', async () => {
    setEndpointEnv({ AWS_ENDPOINT_URL: 'http://localhost:5055' });
    const local = createClientFactory({ credentials: CREDENTIALS, maxAttempts: 1 }).forRegion(
      'us-east-1',
    ).s3;
    const localSeen = intercept(local);
    const viaEmulator = await hostOf(
      () => local.send(new GetBucketVersioningCommand({ Bucket: 'my-bucket' })),
      localSeen,
    );
    expect(viaEmulator.hostname).toBe('localhost');
    expect(viaEmulator.path).toMatch(/^\/my-bucket/);

    setEndpointEnv({});
    const aws = createClientFactory({ credentials: CREDENTIALS, maxAttempts: 1 }).forRegion(
      'us-east-1',
    ).s3;
    const awsSeen = intercept(aws);
    const direct = await hostOf(
      () => aws.send(new GetBucketVersioningCommand({ Bucket: 'my-bucket' })),
      awsSeen,
    );
    expect(direct.hostname).toMatch(/^my-bucket\.s3\..*amazonaws\.com$/);
  });

  it.each([
    ['AWS_ENDPOINT_URL', 'localhost', { AWS_ENDPOINT_URL: 'http://localhost:5055' }],
    ['AWS_ENDPOINT_URL', '127.0.0.1', { AWS_ENDPOINT_URL: 'http://127.0.0.1:5055' }],
    ['AWS_ENDPOINT_URL', '[::1]', { AWS_ENDPOINT_URL: 'http://[::1]:5055' }],
    [
      'AWS_ENDPOINT_URL_S3_CONTROL',
      'localhost',
      { AWS_ENDPOINT_URL_S3_CONTROL: 'http://localhost:5055' },
    ],
    [
      'AWS_ENDPOINT_URL_S3_CONTROL',
      '127.0.0.1',
      { AWS_ENDPOINT_URL_S3_CONTROL: 'http://127.0.0.1:5055' },
    ],
  ])('sends S3 Control to the override host as written with %s on %s', async (_name, host, env) => {
    setEndpointEnv(env);
    const s3control = createClientFactory({
      credentials: CREDENTIALS,
      maxAttempts: 1,
    }).forRegion('us-east-1').s3control;
    const seen = intercept(s3control);
    const request = await hostOf(
      () => s3control.send(new GetPublicAccessBlockCommand({ AccountId: '123456789012' })),
      seen,
    );
    expect(request.hostname).toBe(host);
    expect(request.path).toBe('/v20180820/configuration/publicAccessBlock');
  });

  it('keeps the account id host prefix of S3 Control against AWS', async () => {
    setEndpointEnv({ AWS_ENDPOINT_URL: 'http://localhost:5055' });
    process.env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS = 'true';
    const s3control = createClientFactory({ credentials: CREDENTIALS, maxAttempts: 1 }).forRegion(
      'us-east-1',
    ).s3control;
    const seen = intercept(s3control);
    const request = await hostOf(
      () => s3control.send(new GetPublicAccessBlockCommand({ AccountId: '123456789012' })),
      seen,
    );
    expect(request.hostname).toBe('123456789012.s3-control.us-east-1.amazonaws.com');
  });
});

describe('bounded time', () => {
  let server: Server;
  let endpoint: string;
  let connections = 0;
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    // Accepts every connection and never answers: the hung endpoint of issue 11.
    server = createServer((socket) => {
      connections++;
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  type Configured = {
    config: {
      requestHandler: {
        httpHandlerConfigs(): {
          connectionTimeout?: number;
          requestTimeout?: number;
          throwOnRequestTimeout?: boolean;
        };
      };
    };
    send(command: unknown, options?: object): Promise<unknown>;
  };

  it('sets a connection timeout and a per-attempt request timeout on every client, and retries a timed-out attempt', async () => {
    setEndpointEnv({ AWS_ENDPOINT_URL: endpoint });
    expect(CONNECTION_TIMEOUT_MS).toBe(5_000);
    expect(REQUEST_TIMEOUT_MS).toBe(60_000);
    const clients = createClientFactory({
      credentials: CREDENTIALS,
      maxAttempts: 2,
      requestTimeoutMs: 150,
    }).forRegion('us-east-1');
    // A command of each client is not needed: the handler is the client's, whatever the command.
    const commands: Record<string, unknown> = {
      backup: new ListBackupVaultsCommand({}),
      cloudwatch: new ListMetricsCommand({}),
      ec2: new DescribeVpcsCommand({}),
      efs: new DescribeAccessPointsCommand({}),
      iam: new GetAccountSummaryCommand({}),
      rds: new DescribeDBInstancesCommand({}),
      s3: new GetBucketVersioningCommand({ Bucket: 'b' }),
      s3control: new GetPublicAccessBlockCommand({ AccountId: '123456789012' }),
      sts: new GetCallerIdentityCommand({}),
    };
    for (const [name, client] of Object.entries(clients) as [string, Configured][]) {
      const before = connections;
      const started = Date.now();
      await expect(client.send(commands[name])).rejects.toMatchObject({ name: 'TimeoutError' });
      expect({ name, attempts: connections - before }).toEqual({ name, attempts: 2 });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(client.config.requestHandler.httpHandlerConfigs()).toMatchObject({
        connectionTimeout: CONNECTION_TIMEOUT_MS,
        requestTimeout: 150,
        throwOnRequestTimeout: true,
      });
    }
    expect(Object.keys(commands).sort()).toEqual(Object.keys(clients).sort());
  });

  it('uses REQUEST_TIMEOUT_MS by default', async () => {
    setEndpointEnv({ AWS_ENDPOINT_URL: endpoint });
    const controller = new AbortController();
    const sts = createClientFactory({
      credentials: CREDENTIALS,
      maxAttempts: 1,
      abortSignal: controller.signal,
    }).forRegion('us-east-1').sts as unknown as Configured;
    const pending = sts.send(new GetCallerIdentityCommand({}));
    setTimeout(() => controller.abort(), 100);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(sts.config.requestHandler.httpHandlerConfigs()).toMatchObject({
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      requestTimeout: REQUEST_TIMEOUT_MS,
    });
  });

  it('ends calls in flight and refuses new ones once the abort signal fires', async () => {
    setEndpointEnv({ AWS_ENDPOINT_URL: endpoint });
    const controller = new AbortController();
    const ec2 = createClientFactory({
      credentials: CREDENTIALS,
      maxAttempts: 8,
      abortSignal: controller.signal,
    }).forRegion('us-east-1').ec2;
    const started = Date.now();
    const inFlight = ec2.send(new DescribeVpcsCommand({}));
    setTimeout(() => controller.abort(), 100);
    await expect(inFlight).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(2_000);
    const before = connections;
    await expect(ec2.send(new DescribeVpcsCommand({}))).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(connections).toBe(before);
  });
});
