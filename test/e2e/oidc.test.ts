import {
  ACCOUNT_ID,
  motoEndpoint,
  resetMoto,
  runAction,
  seedBucket,
  seedClients,
  startDenyProxy,
  startTokenServer,
  type SeedClients,
} from './harness.js';

const ROLE_ARN = `arn:aws:iam::${ACCOUNT_ID}:role/posture-gate-audit`;

let aws: SeedClients;

beforeAll(() => {
  aws = seedClients();
});
afterAll(() => aws.destroy());
beforeEach(() => resetMoto(motoEndpoint()));

test('role-to-assume exchanges the runner OIDC token with STS and scans as the role', async () => {
  await seedBucket(aws.s3, 'pg-e2e-oidc');
  const tokens = await startTokenServer();
  const recorder = await startDenyProxy(motoEndpoint(), () => false);
  try {
    const run = await runAction(
      { services: 's3', 'fail-on-severity': 'none', 'role-to-assume': ROLE_ARN },
      {
        endpoint: recorder.endpoint,
        env: {
          ACTIONS_ID_TOKEN_REQUEST_URL: tokens.url,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: tokens.requestToken,
        },
      },
    );

    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('passed');
    expect(run.report?.account).toBe(ACCOUNT_ID);
    expect(tokens.audiences).toContain('sts.amazonaws.com');

    const assume = recorder.requests.filter((r) => r.action === 'AssumeRoleWithWebIdentity');
    expect(assume).toHaveLength(1);
    expect(assume[0]?.body).toContain(encodeURIComponent(ROLE_ARN));
    // S3 was called with the assumed role's keys, not the static ones in the environment.
    const s3Keys = new Set(
      recorder.requests.filter((r) => r.service === 's3').map((r) => r.accessKeyId),
    );
    expect(s3Keys.size).toBe(1);
    const [roleKey] = [...s3Keys];
    expect(roleKey).not.toBe('testing');
    expect(run.stdout).toContain(`::add-mask::${roleKey}`);
  } finally {
    await recorder.close();
    await tokens.close();
  }
});

test('role-to-assume without the runner token variables names the missing id-token permission', async () => {
  const run = await runAction({ services: 's3', 'role-to-assume': ROLE_ARN });

  expect(run.code).not.toBe(0);
  expect(run.outputs).toMatchObject({ passed: 'false', result: 'error' });
  const errors = run.stdout.split(/\r?\n/).filter((line) => line.startsWith('::error'));
  expect(errors.join('\n')).toContain('id-token: write');
  // A scan that cannot start still writes its report and summary, saying why (issue 10, item 4).
  expect(run.report?.gate.result).toBe('error');
  expect(run.report?.gate.reasons.join('\n')).toContain('id-token: write');
  expect(run.report?.results).toEqual([]);
  expect(run.summary).toContain('**Error.**');
  expect(run.summary).toContain('could not run the scan: No GitHub OIDC token is available');
});
