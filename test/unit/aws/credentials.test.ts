import {
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  InvalidIdentityTokenException,
  STSClient,
} from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { createClientFactory } from '../../../src/aws/clients.js';
import {
  CredentialsError,
  getAccountId,
  resolveCredentials,
  type CredentialOptions,
  REFRESH_BEFORE_EXPIRY_MS,
} from '../../../src/aws/credentials.js';
import { ScanError } from '../../../src/errors.js';

const sts = mockClient(STSClient);

const ROLE = 'arn:aws:iam::123456789012:role/posture-gate';
const SUB = 'repo:acme/app:environment:production';
const TOKEN = [
  Buffer.from('{"alg":"RS256"}').toString('base64url'),
  Buffer.from(JSON.stringify({ sub: SUB, aud: 'sts.amazonaws.com' })).toString('base64url'),
  'signature',
].join('.');
const SECRETS = {
  AccessKeyId: 'ASIAKEY',
  SecretAccessKey: 'wJalrSECRET',
  SessionToken: 'FwoGZXIvSESSION',
};
const EXPIRATION = new Date('2030-01-01T00:00:00Z');

const OIDC_ENV = {
  GITHUB_ACTIONS: 'true',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/request',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
};

function options(overrides: Partial<CredentialOptions> = {}): CredentialOptions {
  return {
    roleToAssume: ROLE,
    audience: 'sts.amazonaws.com',
    roleSessionName: 'posture-gate',
    roleDurationSeconds: 3600,
    region: 'eu-west-1',
    maxAttempts: 8,
    ...overrides,
  };
}

/** Deps that record, in order, everything the code under test does through them. */
function recordingDeps(env: NodeJS.ProcessEnv = OIDC_ENV, tokenError?: Error) {
  const events: string[] = [];
  return {
    events,
    deps: {
      env,
      getIDToken: async (audience: string) => {
        events.push(`getIDToken:${audience}`);
        if (tokenError) throw tokenError;
        return TOKEN;
      },
      setSecret: (value: string) => {
        events.push(`setSecret:${value}`);
      },
    },
  };
}

function awsError(name: string, status: number, message = name): Error {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });
}

function expectNoSecrets(error: unknown): void {
  const message = (error as Error).message;
  for (const secret of [TOKEN, ...Object.values(SECRETS), 'request-token']) {
    expect(message).not.toContain(secret);
  }
}

async function failure(promise: Promise<unknown>): Promise<CredentialsError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CredentialsError);
  expect(error).toBeInstanceOf(ScanError);
  expectNoSecrets(error);
  return error as CredentialsError;
}

beforeEach(() => sts.reset());

describe('resolveCredentials with role-to-assume (GitHub OIDC)', () => {
  it('assumes the role and masks every secret before returning', async () => {
    const { events, deps } = recordingDeps();
    sts.on(AssumeRoleWithWebIdentityCommand).callsFake(() => {
      events.push('sts');
      return { Credentials: { ...SECRETS, Expiration: EXPIRATION } };
    });

    const resolved = await resolveCredentials(options(), deps);
    events.push('returned');

    expect(events).toEqual([
      'getIDToken:sts.amazonaws.com',
      `setSecret:${TOKEN}`,
      'sts',
      'setSecret:ASIAKEY',
      'setSecret:wJalrSECRET',
      'setSecret:FwoGZXIvSESSION',
      'returned',
    ]);
    // The credentials are a provider (it refreshes them before they expire): it hands out these.
    expect(resolved).toEqual({
      source: 'oidc',
      expiration: EXPIRATION,
      credentials: expect.any(Function),
    });
    const provider = resolved.credentials as () => Promise<unknown>;
    await expect(provider()).resolves.toEqual({
      accessKeyId: 'ASIAKEY',
      secretAccessKey: 'wJalrSECRET',
      sessionToken: 'FwoGZXIvSESSION',
      expiration: EXPIRATION,
    });
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(1);
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand).at(0)?.args[0].input).toEqual({
      RoleArn: ROLE,
      RoleSessionName: 'posture-gate',
      DurationSeconds: 3600,
      WebIdentityToken: TOKEN,
    });
    // The STS client comes from the factory, in the requested region.
    const client = sts.send.getCall(0).thisValue as STSClient;
    await expect(client.config.region()).resolves.toBe('eu-west-1');
  });

  it('says the job needs id-token: write when the OIDC variables are missing', async () => {
    const { events, deps } = recordingDeps({ GITHUB_ACTIONS: 'true' });
    const error = await failure(resolveCredentials(options(), deps));
    expect(error.message).toContain('permissions: id-token: write');
    expect(error.message).toContain('forks');
    expect(error.message).toContain('ACTIONS_ID_TOKEN_REQUEST_URL');
    expect(error.message.split('\n').length).toBeLessThanOrEqual(2);
    expect(events).toEqual([]);
    expect(sts.calls()).toHaveLength(0);
  });

  it('says OIDC exists only in GitHub Actions when run elsewhere', async () => {
    const { deps } = recordingDeps({});
    const error = await failure(resolveCredentials(options(), deps));
    expect(error.message).toMatch(/only inside a GitHub Actions job/);
  });

  it('reports a failure to get the token with the audience', async () => {
    const { deps } = recordingDeps(
      OIDC_ENV,
      new Error('Failed to get ID Token. \n Error Code : 500'),
    );
    const error = await failure(resolveCredentials(options({ audience: 'custom-aud' }), deps));
    expect(error.message).toBe(
      'Could not get a GitHub OIDC token for audience "custom-aud": Failed to get ID Token. Error Code : 500',
    );
  });

  it('points at the trust policy aud and sub conditions when STS refuses the token', async () => {
    const { deps } = recordingDeps();
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(
        awsError('AccessDenied', 403, 'Not authorized to perform sts:AssumeRoleWithWebIdentity'),
      );
    const error = await failure(resolveCredentials(options(), deps));
    expect(error.message).toContain(ROLE);
    expect(error.message).toContain('AccessDenied');
    expect(error.message).toContain(
      'token.actions.githubusercontent.com:aud must be "sts.amazonaws.com"',
    );
    expect(error.message).toContain('token.actions.githubusercontent.com:sub');
    expect(error.message).toContain(`"${SUB}"`);
    expect(error.message).toContain('`environment:`');
    expect(error.message.split('\n')).toHaveLength(2);
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(1);
  });

  it('does not retry an invalid identity token', async () => {
    const { deps } = recordingDeps();
    sts.on(AssumeRoleWithWebIdentityCommand).rejects(
      new InvalidIdentityTokenException({
        message: 'Incorrect token audience',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    const error = await failure(resolveCredentials(options(), deps));
    expect(error.message).toContain('InvalidIdentityTokenException: Incorrect token audience');
    expect(error.message).toContain('aud');
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(1);
  });

  it('retries throttling and network failures, then succeeds', async () => {
    const { deps } = recordingDeps();
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejectsOnce(awsError('Throttling', 400, 'Rate exceeded'))
      .rejectsOnce(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
      .resolves({ Credentials: { ...SECRETS, Expiration: EXPIRATION } });
    const resolved = await resolveCredentials(options(), deps);
    expect(resolved.source).toBe('oidc');
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(3);
  });

  it('stops after max-attempts transient failures', async () => {
    const { events, deps } = recordingDeps();
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(awsError('ServiceUnavailable', 503, 'Service Unavailable'));
    const error = await failure(resolveCredentials(options({ maxAttempts: 2 }), deps));
    expect(error.message).toBe(
      `Could not assume role ${ROLE} with GitHub OIDC (ServiceUnavailable): Service Unavailable`,
    );
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(2);
    expect(events).toEqual(['getIDToken:sts.amazonaws.com', `setSecret:${TOKEN}`]);
  });

  it('explains a duration longer than the role allows', async () => {
    const { deps } = recordingDeps();
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(
        awsError(
          'ValidationError',
          400,
          'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
        ),
      );
    const error = await failure(resolveCredentials(options({ roleDurationSeconds: 43200 }), deps));
    expect(error.message).toMatch(/role-duration-seconds 43200/);
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(1);
  });
});

describe('OIDC credentials that outlive the session', () => {
  const START = Date.parse('2030-01-01T00:00:00Z');
  const DURATION_S = 900;

  /** STS answers each exchange with session N, valid role-duration-seconds from the clock. */
  function sessions(clock: { now: number }) {
    let issued = 0;
    sts.on(AssumeRoleWithWebIdentityCommand).callsFake(() => {
      issued++;
      return {
        Credentials: {
          AccessKeyId: `ASIA${issued}`,
          SecretAccessKey: `secret-${issued}`,
          SessionToken: `session-${issued}`,
          Expiration: new Date(clock.now + DURATION_S * 1000),
        },
      };
    });
  }

  async function resolveAt(clock: { now: number }) {
    const recorded = recordingDeps();
    const resolved = await resolveCredentials(options({ roleDurationSeconds: DURATION_S }), {
      ...recorded.deps,
      now: () => clock.now,
    });
    const provider = resolved.credentials as () => Promise<{
      accessKeyId: string;
      expiration?: Date;
    }>;
    return { ...recorded, provider };
  }

  it('keeps the session while it is far from its expiration', async () => {
    const clock = { now: START };
    sessions(clock);
    const { provider } = await resolveAt(clock);
    clock.now += DURATION_S * 1000 - REFRESH_BEFORE_EXPIRY_MS - 1;
    expect((await provider()).accessKeyId).toBe('ASIA1');
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(1);
  });

  it('gets a new OIDC token and assumes the role again before the session expires', async () => {
    const clock = { now: START };
    sessions(clock);
    const { provider, events } = await resolveAt(clock);
    clock.now += DURATION_S * 1000 - REFRESH_BEFORE_EXPIRY_MS;
    const fresh = await provider();
    expect(fresh.accessKeyId).toBe('ASIA2');
    expect(fresh.expiration?.getTime()).toBe(clock.now + DURATION_S * 1000);
    expect(events.filter((e) => e.startsWith('getIDToken'))).toHaveLength(2);
    // The new session's secrets are masked too.
    expect(events).toEqual(
      expect.arrayContaining(['setSecret:ASIA2', 'setSecret:secret-2', 'setSecret:session-2']),
    );
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand).at(1)?.args[0].input).toMatchObject({
      RoleArn: ROLE,
      DurationSeconds: DURATION_S,
      WebIdentityToken: TOKEN,
    });
  });

  it('keeps a scan going for three times role-duration-seconds', async () => {
    const clock = { now: START };
    sessions(clock);
    const { provider } = await resolveAt(clock);
    const seen = new Set<string>();
    for (let t = 0; t <= 3 * DURATION_S; t += 30) {
      clock.now = START + t * 1000;
      const credentials = await provider();
      // Whatever the SDK is handed is valid for more than the SDK's own five-minute margin.
      expect((credentials.expiration?.getTime() ?? 0) - clock.now).toBeGreaterThan(5 * 60_000);
      seen.add(credentials.accessKeyId);
    }
    expect(seen.size).toBeGreaterThanOrEqual(4);
  });

  it('shares one refresh between concurrent callers', async () => {
    const clock = { now: START };
    sessions(clock);
    const { provider } = await resolveAt(clock);
    clock.now += DURATION_S * 1000 - 60_000;
    const all = await Promise.all([provider(), provider(), provider()]);
    expect(all.map((c) => c.accessKeyId)).toEqual(['ASIA2', 'ASIA2', 'ASIA2']);
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)).toHaveLength(2);
  });

  it('keeps the old session while it lasts when a refresh fails, then says why', async () => {
    const clock = { now: START };
    sessions(clock);
    const { provider } = await resolveAt(clock);
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(awsError('InvalidIdentityToken', 400, 'token rejected'));
    clock.now += DURATION_S * 1000 - 60_000;
    expect((await provider()).accessKeyId).toBe('ASIA1');
    clock.now += 60_000;
    const error = await failure(provider());
    expect(error.message).toMatch(/STS refused the GitHub OIDC token/);
  });
});

describe('resolveCredentials without role-to-assume (default chain)', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const name of Object.keys(process.env))
      if (!(name in saved)) Reflect.deleteProperty(process.env, name);
    Object.assign(process.env, saved);
  });

  /** Only what the test sets: no profile, no config files, no instance metadata. */
  function isolateChain(values: Record<string, string>): void {
    for (const name of Object.keys(process.env))
      if (name.startsWith('AWS_')) Reflect.deleteProperty(process.env, name);
    Object.assign(process.env, {
      AWS_CONFIG_FILE: '/nonexistent/config',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
      AWS_EC2_METADATA_DISABLED: 'true',
      ...values,
    });
  }

  it('resolves the chain once and hands every client the same memoised provider', async () => {
    isolateChain({ AWS_ACCESS_KEY_ID: 'AKIDENV', AWS_SECRET_ACCESS_KEY: 'env-secret' });
    const { events, deps } = recordingDeps();
    const resolved = await resolveCredentials(options({ roleToAssume: undefined }), deps);

    expect(resolved.source).toBe('default-chain');
    expect(typeof resolved.credentials).toBe('function');
    const provider = resolved.credentials as () => Promise<unknown>;
    const first = await provider();
    expect(first).toMatchObject({ accessKeyId: 'AKIDENV', secretAccessKey: 'env-secret' });
    // Changing the environment afterwards does not re-resolve: the result is memoised.
    process.env.AWS_ACCESS_KEY_ID = 'AKIDOTHER';
    await expect(provider()).resolves.toBe(first);
    expect(events).toEqual([]);
    expect(sts.calls()).toHaveLength(0);
  });

  it('says how to provide credentials when the chain finds none', async () => {
    isolateChain({});
    const { deps } = recordingDeps();
    const error = await failure(resolveCredentials(options({ roleToAssume: '' }), deps));
    expect(error.message).toMatch(/^No usable AWS credentials in the default chain/);
    expect(error.message).toContain('role-to-assume');
    expect(error.message).toContain('AWS_ACCESS_KEY_ID');
    expect(error.message.split('\n')).toHaveLength(2);
  });
});

describe('getAccountId', () => {
  const client = () =>
    createClientFactory({
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      maxAttempts: 1,
    }).forRegion('us-east-1').sts;

  it('returns the account and caller ARN', async () => {
    sts.on(GetCallerIdentityCommand).resolves({
      Account: '123456789012',
      Arn: 'arn:aws:sts::123456789012:assumed-role/posture-gate/ci',
      UserId: 'AROA:ci',
    });
    await expect(getAccountId(client())).resolves.toEqual({
      account: '123456789012',
      arn: 'arn:aws:sts::123456789012:assumed-role/posture-gate/ci',
    });
  });

  it('says the session expired and how to make it last', async () => {
    sts.on(GetCallerIdentityCommand).rejects(awsError('ExpiredToken', 403, 'token expired'));
    const error = await failure(getAccountId(client()));
    expect(error.message).toContain('session expired');
    expect(error.message).toContain('role-duration-seconds');
    expect(error.message).toContain('role chaining is capped at one hour');
  });

  it('says how to provide credentials when a client finds none', async () => {
    sts
      .on(GetCallerIdentityCommand)
      .rejects(
        awsError('CredentialsProviderError', 0, 'Could not load credentials from any providers'),
      );
    const error = await failure(getAccountId(client()));
    expect(error.message).toMatch(/^No usable AWS credentials/);
  });

  it('names the code of any other failure', async () => {
    sts
      .on(GetCallerIdentityCommand)
      .rejects(awsError('InvalidClientTokenId', 403, 'The security token is invalid.'));
    const error = await failure(getAccountId(client()));
    expect(error.message).toBe(
      'Could not identify the AWS account with STS GetCallerIdentity (InvalidClientTokenId): The security token is invalid.',
    );
  });
});
