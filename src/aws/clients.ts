import { BackupClient } from '@aws-sdk/client-backup';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { EC2Client } from '@aws-sdk/client-ec2';
import { EFSClient } from '@aws-sdk/client-efs';
import { IAMClient } from '@aws-sdk/client-iam';
import { RDSClient } from '@aws-sdk/client-rds';
import { S3Client } from '@aws-sdk/client-s3';
import { S3ControlClient } from '@aws-sdk/client-s3-control';
import { STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';

/** Operation names are counted as `<prefix>:<Operation>`, the same prefix used in errors. */
const CLIENT_CLASSES = {
  backup: BackupClient,
  cloudwatch: CloudWatchClient,
  ec2: EC2Client,
  efs: EFSClient,
  iam: IAMClient,
  rds: RDSClient,
  s3: S3Client,
  s3control: S3ControlClient,
  sts: STSClient,
} as const;

export type ClientName = keyof typeof CLIENT_CLASSES;
export type RegionClients = { [K in ClientName]: InstanceType<(typeof CLIENT_CLASSES)[K]> };

export interface ClientFactoryOptions {
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  maxAttempts: number;
  /** Receives `<prefix>:<Operation>` once per API call (each page counts, retries do not). */
  onCall?: (operation: string) => void;
  env?: NodeJS.ProcessEnv;
}

export interface ClientFactory {
  forRegion(region: string): RegionClients;
}

/** True when the SDK will send this client's calls to an endpoint override (an emulator). */
function hasEndpointOverride(env: NodeJS.ProcessEnv, serviceEnvSuffix: string): boolean {
  if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true') return false;
  return Boolean(env[`AWS_ENDPOINT_URL_${serviceEnvSuffix}`] || env.AWS_ENDPOINT_URL);
}

/**
 * The one place SDK clients are built. Endpoints come from the SDK's own AWS_ENDPOINT_URL
 * handling; with an override, S3 uses path-style addressing and S3 Control drops the account id
 * host prefix, which an emulator host cannot resolve.
 */
export function createClientFactory(options: ClientFactoryOptions): ClientFactory {
  const env = options.env ?? process.env;
  const byRegion = new Map<string, RegionClients>();

  function build<K extends ClientName>(name: K, region: string): RegionClients[K] {
    const extra: Record<string, unknown> = {};
    if (name === 's3' && hasEndpointOverride(env, 'S3')) extra.forcePathStyle = true;
    const Ctor = CLIENT_CLASSES[name] as unknown as new (config: object) => RegionClients[K];
    const client = new Ctor({
      region,
      credentials: options.credentials,
      maxAttempts: options.maxAttempts,
      retryMode: 'adaptive',
      ...extra,
    });
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
    if (name === 's3control' && hasEndpointOverride(env, 'S3_CONTROL')) {
      stack.add(
        (next) => (args) => {
          const request = (
            args as { request?: { hostname?: string; headers?: Record<string, string> } }
          ).request;
          if (request?.hostname) request.hostname = request.hostname.replace(/^\d{12}\./, '');
          if (request?.headers?.host)
            request.headers.host = request.headers.host.replace(/^\d{12}\./, '');
          return next(args);
        },
        { step: 'finalizeRequest', name: 'postureGateStripAccountHost', priority: 'low' },
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
        for (const name of Object.keys(CLIENT_CLASSES) as ClientName[]) {
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

type Handler = (args: unknown) => Promise<unknown>;
interface MiddlewareStackLike {
  add(
    middleware: (next: Handler, context: { commandName?: string }) => Handler,
    options: { step: string; name: string; priority?: string },
  ): void;
}
