import {
  CreateAccessKeyCommand,
  CreateLoginProfileCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  UpdateAccessKeyCommand,
  UpdateAccountPasswordPolicyCommand,
} from '@aws-sdk/client-iam';
import type { Report } from '../../src/model/report.js';
import {
  ACCOUNT_ID,
  motoEndpoint,
  resetMoto,
  runAction,
  seedClients,
  statusOf,
  type ActionResult,
  type SeedClients,
} from './harness.js';

/**
 * The credential checks against moto: users with a console password with and without MFA, users
 * with access keys, and a weak password policy. moto's credential report has no <root_account>
 * row, so the root checks must be UNKNOWN there, never PASS; and moto creates every credential
 * "now", so the age checks pass (their FAIL paths are unit-tested on AWS-format reports).
 */

const userArn = (name: string): string => `arn:aws:iam::${ACCOUNT_ID}:user/${name}`;

async function seed(aws: SeedClients): Promise<void> {
  const { iam } = aws;
  for (const name of ['console-no-mfa', 'console-mfa', 'keys-only', 'no-credentials']) {
    await iam.send(new CreateUserCommand({ UserName: name }));
  }
  for (const name of ['console-no-mfa', 'console-mfa']) {
    await iam.send(
      new CreateLoginProfileCommand({ UserName: name, Password: 'correct-horse-battery-1' }),
    );
  }
  const { VirtualMFADevice } = await iam.send(
    new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'console-mfa' }),
  );
  await iam.send(
    new EnableMFADeviceCommand({
      UserName: 'console-mfa',
      SerialNumber: VirtualMFADevice?.SerialNumber,
      AuthenticationCode1: '123456',
      AuthenticationCode2: '654321',
    }),
  );
  await iam.send(new CreateAccessKeyCommand({ UserName: 'keys-only' }));
  const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'keys-only' }));
  await iam.send(
    new UpdateAccessKeyCommand({
      UserName: 'keys-only',
      AccessKeyId: AccessKey?.AccessKeyId,
      Status: 'Inactive',
    }),
  );
  await iam.send(
    new UpdateAccountPasswordPolicyCommand({
      MinimumPasswordLength: 8,
      PasswordReusePrevention: 5,
    }),
  );
}

let run: ActionResult;
let report: Report;

beforeAll(async () => {
  await resetMoto(motoEndpoint());
  const aws = seedClients();
  try {
    await seed(aws);
  } finally {
    aws.destroy();
  }
  run = await runAction({ services: 'iam', 'fail-on-severity': 'none' });
  if (!run.report) throw new Error(`no report: ${run.stdout}\n${run.stderr}`);
  report = run.report;
}, 120_000);

const resultsOf = (checkId: string) =>
  report.results
    .filter((r) => r.checkId === checkId)
    .map((r) => [r.resourceId, r.status])
    .sort();

test('the credential report and password policy are read without a collection error', () => {
  expect(run.code).toBe(0);
  expect(report.errors).toEqual([]);
  const calls = report.stats.apiCalls;
  expect(calls['iam:GenerateCredentialReport']).toBe(1);
  expect(calls['iam:GetCredentialReport']).toBe(1);
  expect(calls['iam:GetAccountPasswordPolicy']).toBe(1);
});

test('the root checks are UNKNOWN, never PASS, on a report without a <root_account> row', () => {
  for (const checkId of ['iam.root-access-key', 'iam.root-mfa-off']) {
    const [result, ...more] = report.results.filter((r) => r.checkId === checkId);
    expect(more).toEqual([]);
    expect([result?.resourceId, result?.status, result?.detail]).toEqual([
      ACCOUNT_ID,
      'UNKNOWN',
      'Could not be assessed: the credential report has no <root_account> row for the root user.',
    ]);
  }
});

test('a console user without MFA fails, one with MFA passes, users without a password are not judged', () => {
  expect(resultsOf('iam.user-console-no-mfa')).toEqual([
    [userArn('console-mfa'), 'PASS'],
    [userArn('console-no-mfa'), 'FAIL'],
  ]);
});

test('keys and passwords moto has just created are young and unused for less than 45 days', () => {
  expect(resultsOf('iam.access-key-not-rotated')).toEqual([[userArn('keys-only'), 'PASS']]);
  expect(resultsOf('iam.credentials-unused')).toEqual([
    [userArn('console-mfa'), 'PASS'],
    [userArn('console-no-mfa'), 'PASS'],
    [userArn('keys-only'), 'PASS'],
  ]);
  expect(statusOf(report, 'iam.credentials-unused', userArn('no-credentials'))).toBeUndefined();
});

test('a weak password policy fails, naming each shortfall', () => {
  const [result] = report.results.filter((r) => r.checkId === 'iam.password-policy-weak');
  expect([result?.resourceId, result?.status, result?.detail]).toEqual([
    ACCOUNT_ID,
    'FAIL',
    'The password policy is weak: its minimum password length is 8, below 14; it prevents the reuse of 5 previous passwords, below 24.',
  ]);
});
