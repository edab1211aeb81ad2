import { STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import type { SERVICE_CLIENTS } from './service-clients.js';

/** Operation names are counted as `<prefix>:<Operation>`, the same prefix used in errors. */
type ClientClasses = typeof SERVICE_CLIENTS & { sts: typeof STSClient };

export type ClientName = keyof ClientClasses;
export type RegionClients = { [K in ClientName]: InstanceType<ClientClasses[K]> };

const CLIENT_NAMES: readonly ClientName[] = [
  'backup',
  'cloudwatch',
  'ec2',
  'efs',
  'iam',
  'rds',
  's3',
  's3control',
  'sts',
];

/**
 * The service clients' classes, once {@link loadServiceClients} has loaded them. Only STS is
 * loaded with this module: the identity call, the first AWS call of a scan, waits for no other
 * SDK client's code.
 */
let classes: ClientClasses | undefined;

export async function loadServiceClients(): Promise<void> {
  classes ??= { ...(await import('./service-clients.js')).SERVICE_CLIENTS, sts: STSClient };
}

function classOf<K extends ClientName>(name: K): ClientClasses[K] {
  if (name === 'sts') return STSClient as ClientClasses[K];
  if (!classes) throw new Error(`The ${name} client is used before loadServiceClients().`);
  return classes[name];
}

export interface ClientFactoryOptions {
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  maxAttempts: number;
  /** Receives `<prefix>:<Operation>` once per API call (each page counts, retries do not). */
  onCall?: (operation: string) => void;
  env?: NodeJS.ProcessEnv;
  /**
   * The scan deadline: every call is sent with this signal, so once it aborts, calls in flight
   * (and their retry back-offs) end with an AbortError and new ones fail at once.
   */
  abortSignal?: AbortSignal;
  /** Per-attempt request timeout; default REQUEST_TIMEOUT_MS (tests shorten it). */
  requestTimeoutMs?: number;
}

export interface ClientFactory {
  forRegion(region: string): RegionClients;
}

/** Time to establish a TCP (and TLS) connection, per attempt. */
export const CONNECTION_TIMEOUT_MS = 5_000;
/**
 * Time for one attempt to get its whole answer. A timed-out attempt fails with `TimeoutError`,
 * which the SDK's retry strategy treats as transient, so it is retried up to max-attempts.
 */
export const REQUEST_TIMEOUT_MS = 60_000;

/** True when the SDK will send this client's calls to an endpoint override (an emulator). */
function hasEndpointOverride(env: NodeJS.ProcessEnv, serviceEnvSuffix: string): boolean {
  if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true') return false;
  return Boolean(env[`AWS_ENDPOINT_URL_${serviceEnvSuffix}`] || env.AWS_ENDPOINT_URL);
}

/**
 * The one place SDK clients are built. Endpoints come from the SDK's own AWS_ENDPOINT_URL
 * handling; with an override, S3 uses path-style addressing and S3 Control drops the account id
 * host prefix, which an emulator host cannot resolve (and which makes an IP literal host an
 * invalid URL). Every client has bounded time: CONNECTION_TIMEOUT_MS and REQUEST_TIMEOUT_MS.
 */
export function createClientFactory(options: ClientFactoryOptions): ClientFactory {
  const env = options.env ?? process.env;
  const byRegion = new Map<string, RegionClients>();

  function build<K extends ClientName>(name: K, region: string): RegionClients[K] {
    const extra: Record<string, unknown> = {};
    if (name === 's3' && hasEndpointOverride(env, 'S3')) extra.forcePathStyle = true;
    if (name === 's3control' && hasEndpointOverride(env, 'S3_CONTROL')) {
      extra.endpointProvider = withoutAccountIdHost(region);
    }
    const Ctor = classOf(name) as unknown as new (config: object) => RegionClients[K];
    const client = new Ctor({
      region,
      credentials: options.credentials,
      maxAttempts: options.maxAttempts,
      retryMode: 'adaptive',
      requestHandler: {
        connectionTimeout: CONNECTION_TIMEOUT_MS,
        requestTimeout: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
        // Without it the handler only logs a warning when requestTimeout passes.
        throwOnRequestTimeout: true,
      },
      ...extra,
    });
    if (options.abortSignal) withAbortSignal(client, options.abortSignal);
    const stack = (client as unknown as { middlewareStack: MiddlewareStackLike }).middlewareStack;
    if (options.onCall) {
      const onCall = options.onCall;
      stack.add(
        (next, context) => (args) => {
          const command = String(context.commandName ?? 'Unknown').replace(/Command$/, '');
          onCall(`${name}:${command}`);
          return next(args);
        },
        { step: 'initialize', name: 'postureGateCallCounter' },
      );
    }
    return client;
  }

  return {
    forRegion(region: string): RegionClients {
      let clients = byRegion.get(region);
      if (!clients) {
        const cache: Partial<RegionClients> = {};
        clients = {} as RegionClients;
        for (const name of CLIENT_NAMES) {
          Object.defineProperty(clients, name, {
            enumerable: true,
            get: () => (cache[name] ??= build(name, region) as never),
          });
        }
        byRegion.set(region, clients);
      }
      return clients;
    },
  };
}

type EndpointProvider = (params: Record<string, unknown>, context?: unknown) => unknown;

/**
 * S3 Control's endpoint rules put the account id in front of the host when an operation requires
 * it (`123456789012.127.0.0.1`, an invalid URL). With an endpoint override the rules are asked for
 * the endpoint with `RequiresAccountId: false`, which yields the override as written; the account
 * id still travels in the x-amz-account-id header, as S3 Control requires.
 */
function withoutAccountIdHost(region: string): EndpointProvider {
  const standard = (
    new (classOf('s3control'))({ region }).config as unknown as {
      endpointProvider: EndpointProvider;
    }
  ).endpointProvider;
  return (params, context) => standard({ ...params, RequiresAccountId: false }, context);
}

/** Sends every command of `client` with `signal`, unless the caller passes a signal of its own. */
function withAbortSignal(client: object, signal: AbortSignal): void {
  const target = client as { send: (command: unknown, options?: object) => Promise<unknown> };
  const send = target.send.bind(client);
  target.send = (command, options) => send(command, { abortSignal: signal, ...options });
}

type Handler = (args: unknown) => Promise<unknown>;
interface MiddlewareStackLike {
  add(
    middleware: (next: Handler, context: { commandName?: string }) => Handler,
    options: { step: string; name: string; priority?: string },
  ): void;
}
