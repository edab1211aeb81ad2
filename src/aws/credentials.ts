import {
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  type STSClient,
} from '@aws-sdk/client-sts';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { ScanError } from '../errors.js';
import type { ErrorClass } from '../model/inventory.js';
import { createClientFactory } from './clients.js';
import { errorClass, errorCode, errorMessage, isExpiredSession } from './errors.js';

/** Failures worth another try: the same request may pass a moment later. */
const TRANSIENT_CLASSES: ReadonlySet<ErrorClass> = new Set(['throttled', 'network', 'timeout']);

/** A ScanError (the run cannot start: exit 3) worded for the person fixing the workflow. */
export class CredentialsError extends ScanError {
  override name = 'CredentialsError';
}

export interface CredentialOptions {
  /** Role ARN to assume with GitHub OIDC; empty or absent: the SDK default chain. */
  roleToAssume?: string;
  audience: string;
  roleSessionName: string;
  roleDurationSeconds: number;
  /** Region of the STS endpoint used for the web identity exchange. */
  region: string;
  /** Attempts for the web identity exchange, capped at ASSUME_ROLE_MAX_ATTEMPTS. */
  maxAttempts: number;
  /** Profile of the shared config files for the default chain (`--profile`); else AWS_PROFILE. */
  profile?: string;
}

export interface CredentialDeps {
  /** `core.getIDToken` in the action. */
  getIDToken(audience: string): Promise<string>;
  /** `core.setSecret` in the action. */
  setSecret(value: string): void;
  env?: NodeJS.ProcessEnv;
  /** STS client for AssumeRoleWithWebIdentity (an unsigned call); default: from the factory. */
  stsClient?: STSClient;
  /** The clock that decides when assumed credentials are refreshed; default Date.now. */
  now?: () => number;
}

export interface ResolvedCredentials {
  /** Pass to createClientFactory: every client then shares one resolution. */
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  source: 'oidc' | 'default-chain';
  expiration?: Date;
}

export interface CallerIdentity {
  account: string;
  arn: string;
}

/** A web identity exchange that keeps failing will not recover with more tries. */
export const ASSUME_ROLE_MAX_ATTEMPTS = 3;
const RETRY_BASE_DELAY_MS = 250;

const OIDC_ENV = ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'] as const;
const TOKEN_REFUSED = new Set([
  'AccessDenied',
  'InvalidIdentityToken',
  'InvalidIdentityTokenException',
  'IDPRejectedClaim',
  'IDPRejectedClaimException',
]);

/**
 * With `roleToAssume`: GitHub OIDC token, then STS AssumeRoleWithWebIdentity, with every secret
 * masked before it is returned. Without: the SDK default chain, resolved once here so a missing
 * credential stops the run before any collector starts, and shared by all clients afterwards.
 */
export async function resolveCredentials(
  options: CredentialOptions,
  deps: CredentialDeps,
): Promise<ResolvedCredentials> {
  if (options.roleToAssume) return assumeRoleWithOidc(options.roleToAssume, options, deps);

  const provider = fromNodeProviderChain({
    clientConfig: { region: options.region },
    ...(options.profile === undefined ? {} : { profile: options.profile }),
  });
  try {
    const identity = await provider();
    return { credentials: provider, source: 'default-chain', expiration: identity.expiration };
  } catch (error) {
    throw noCredentialsError(error);
  }
}

/** The account and caller ARN the credentials belong to (STS GetCallerIdentity). */
export async function getAccountId(sts: STSClient): Promise<CallerIdentity> {
  let output;
  try {
    output = await sts.send(new GetCallerIdentityCommand({}));
  } catch (error) {
    // The default chain is resolved lazily by clients built without resolveCredentials.
    if ((error as Error | undefined)?.name === 'CredentialsProviderError') {
      throw noCredentialsError(error);
    }
    const code = errorCode(error);
    if (isExpiredSession(code)) throw expiredSessionError(code);
    throw new CredentialsError(
      `Could not identify the AWS account with STS GetCallerIdentity (${code}): ${errorMessage(error)}`,
      { cause: error },
    );
  }
  if (!output.Account || !output.Arn) {
    throw new CredentialsError('STS GetCallerIdentity returned no account id.');
  }
  return { account: output.Account, arn: output.Arn };
}

/** For a scan that outlives its session: one-hour sessions expire mid-scan on large accounts. */
export function expiredSessionError(code: string): CredentialsError {
  return new CredentialsError(
    `The AWS session expired before the scan finished (${code}).\n` +
      "Raise role-duration-seconds (up to the role's maximum session duration; role chaining is " +
      'capped at one hour), or split the scan over more jobs by region or service.',
  );
}

/**
 * Credentials this close to their expiration are replaced. The SDK asks its credential provider
 * again when less than five minutes are left; refreshing a little earlier than that means the
 * SDK always gets credentials it keeps for a while.
 */
export const REFRESH_BEFORE_EXPIRY_MS = 6 * 60_000;

/**
 * With OIDC: a provider that hands out the assumed role's credentials and, once they are within
 * REFRESH_BEFORE_EXPIRY_MS of their expiration, gets a new GitHub OIDC token and assumes the role
 * again, so a scan longer than role-duration-seconds keeps working. Concurrent callers share one
 * refresh; a refresh that fails while the old credentials are still valid is tried again on the
 * next call, and only once they have expired does the failure reach the calls.
 */
async function assumeRoleWithOidc(
  roleArn: string,
  options: CredentialOptions,
  deps: CredentialDeps,
): Promise<ResolvedCredentials> {
  const now = deps.now ?? Date.now;
  let current = await assumeOnce(roleArn, options, deps);
  const expiration = current.expiration;
  let refreshing: Promise<AwsCredentialIdentity> | undefined;
  const provider: AwsCredentialIdentityProvider = async () => {
    const expires = current.expiration?.getTime();
    if (expires === undefined || expires - now() > REFRESH_BEFORE_EXPIRY_MS) return current;
    refreshing ??= assumeOnce(roleArn, options, deps)
      .then((fresh) => (current = fresh))
      .finally(() => {
        refreshing = undefined;
      });
    try {
      return await refreshing;
    } catch (error) {
      if (expires > now()) return current;
      throw error;
    }
  };
  return { credentials: provider, source: 'oidc', expiration };
}

/** One GitHub OIDC token exchanged for the role's credentials, every secret masked. */
async function assumeOnce(
  roleArn: string,
  options: CredentialOptions,
  deps: CredentialDeps,
): Promise<AwsCredentialIdentity> {
  const env = deps.env ?? process.env;
  const missing = OIDC_ENV.filter((name) => !env[name]);
  if (missing.length > 0) throw oidcUnavailableError(env, missing);

  let token: string;
  try {
    token = await deps.getIDToken(options.audience);
  } catch (error) {
    throw new CredentialsError(
      `Could not get a GitHub OIDC token for audience "${options.audience}": ${oneLine(error)}`,
      { cause: error },
    );
  }
  deps.setSecret(token);

  // Retries are ours alone (maxAttempts 1) so that only transient failures are retried.
  const sts =
    deps.stsClient ?? createClientFactory({ maxAttempts: 1, env }).forRegion(options.region).sts;
  const attempts = Math.max(1, Math.min(options.maxAttempts, ASSUME_ROLE_MAX_ATTEMPTS));
  let output;
  for (let attempt = 1; ; attempt++) {
    try {
      output = await sts.send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: roleArn,
          RoleSessionName: options.roleSessionName,
          DurationSeconds: options.roleDurationSeconds,
          WebIdentityToken: token,
        }),
      );
      break;
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) {
        throw assumeRoleError(error, roleArn, options, token);
      }
      await sleep(Math.random() * RETRY_BASE_DELAY_MS * 2 ** attempt);
    }
  }

  const { AccessKeyId, SecretAccessKey, SessionToken, Expiration } = output.Credentials ?? {};
  if (!AccessKeyId || !SecretAccessKey || !SessionToken) {
    throw new CredentialsError(`STS returned no credentials for role ${roleArn}.`);
  }
  for (const secret of [AccessKeyId, SecretAccessKey, SessionToken]) deps.setSecret(secret);
  return {
    accessKeyId: AccessKeyId,
    secretAccessKey: SecretAccessKey,
    sessionToken: SessionToken,
    expiration: Expiration,
  };
}

function oidcUnavailableError(
  env: NodeJS.ProcessEnv,
  missing: readonly string[],
): CredentialsError {
  if (env.GITHUB_ACTIONS !== 'true') {
    return new CredentialsError(
      'role-to-assume uses GitHub OIDC, which exists only inside a GitHub Actions job.\n' +
        'Outside Actions, leave role-to-assume empty and use a profile or AWS_* environment credentials.',
    );
  }
  return new CredentialsError(
    `No GitHub OIDC token is available (${missing.join(' and ')} not set): the workflow or job ` +
      'needs `permissions: id-token: write`, and pull requests from forks never get an OIDC token.\n' +
      'For those, leave role-to-assume empty and provide AWS credentials from a previous step.',
  );
}

function assumeRoleError(
  error: unknown,
  roleArn: string,
  options: CredentialOptions,
  token: string,
): CredentialsError {
  const code = errorCode(error);
  // STS does not echo the token today; scrub it anyway so no message can carry it.
  const message = errorMessage(error).replaceAll(token, '***');
  if (TOKEN_REFUSED.has(code)) {
    const sub = tokenSubject(token);
    return new CredentialsError(
      `STS refused the GitHub OIDC token for role ${roleArn} (${code}: ${message}).\n` +
        `Check the role's trust policy: token.actions.githubusercontent.com:aud must be ` +
        `"${options.audience}" and token.actions.githubusercontent.com:sub must match ` +
        `${sub ? `this job's sub "${sub}"` : "this job's sub claim"}; a job with \`environment:\` ` +
        'has sub repo:OWNER/REPO:environment:NAME instead of a branch or tag ref.',
      { cause: error },
    );
  }
  if (isExpiredSession(code)) {
    return new CredentialsError(
      `STS found the GitHub OIDC token already expired for role ${roleArn} (${code}); ` +
        "check the runner's clock and re-run the job.",
      { cause: error },
    );
  }
  if (/DurationSeconds/i.test(message)) {
    return new CredentialsError(
      `STS refused role-duration-seconds ${options.roleDurationSeconds} for role ${roleArn}: ` +
        `${message} Lower role-duration-seconds or raise the role's maximum session duration.`,
      { cause: error },
    );
  }
  return new CredentialsError(
    `Could not assume role ${roleArn} with GitHub OIDC (${code}): ${message}`,
    { cause: error },
  );
}

function noCredentialsError(error: unknown): CredentialsError {
  return new CredentialsError(
    `No usable AWS credentials in the default chain (${errorMessage(error)}).\n` +
      'Set role-to-assume to use GitHub OIDC, or provide credentials in an earlier step ' +
      '(aws-actions/configure-aws-credentials, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY); ' +
      'locally, set AWS_PROFILE or run aws sso login.',
    { cause: error },
  );
}

/** Network failures, throttling and 5xx; never an authorization answer. */
function isTransient(error: unknown): boolean {
  const e = (error ?? {}) as {
    code?: string;
    name?: string;
    $retryable?: unknown;
    $metadata?: { httpStatusCode?: number };
  };
  const status = e.$metadata?.httpStatusCode ?? 0;
  return (
    Boolean(e.$retryable) ||
    status >= 500 ||
    status === 429 ||
    TRANSIENT_CLASSES.has(errorClass(error))
  );
}

/** The `sub` claim, which is not secret, so users can compare it with their trust policy. */
function tokenSubject(token: string): string | undefined {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());
    return typeof payload?.sub === 'string' ? payload.sub : undefined;
  } catch {
    return undefined;
  }
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
