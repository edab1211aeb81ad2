import { parseCredentialReport } from '../../../src/collect/credential-report.js';
import type { PasswordPolicy } from '../../../src/model/iam-credentials.js';
import type { IamInventory, IamUser } from '../../../src/model/iam.js';
import type { Fetched } from '../../../src/model/inventory.js';
import type { Finding } from '../../../src/model/results.js';
import { iamRules } from '../../../src/rules/iam.js';
import type { EvalContext } from '../../../src/rules/kit.js';
import { ACCOUNT, denied, inventoryOf, ok, ruleById } from '../ec2/fixtures.js';
import { daysBefore, reportCsv, reportRow, rootRow } from './credential-fixtures.js';

/** The scan's start: every age below is set relative to it. */
const NOW = new Date('2026-11-01T06:00:00Z');
const context: EvalContext = { now: NOW, minAgeDays: 30 };
const ago = (days: number): string => daysBefore(NOW, days);

const userArn = (name: string): string => `arn:aws:iam::${ACCOUNT}:user/${name}`;

/** The GAAD users the report's rows belong to: the scope filters that listing. */
function listedUsers(csv: string): IamUser[] {
  return parseCredentialReport(csv)
    .filter((row) => row.user !== '<root_account>')
    .map((row) => ({
      name: row.user,
      arn: row.arn,
      path: '/',
      tags: {},
      inlinePolicies: [],
      attachedPolicyArns: [],
      groups: [],
    }));
}

function iam(
  csv: string | null,
  policy: Fetched<PasswordPolicy | null> = ok({
    minimumPasswordLength: 14,
    passwordReusePrevention: 24,
  }),
): IamInventory {
  return {
    roles: ok([]),
    users: ok(csv === null ? [] : listedUsers(csv)),
    groups: ok([]),
    managedPolicies: ok([]),
    ...(csv !== null
      ? {
          credentialReport: ok({
            generatedAt: '2026-11-01T05:00:00.000Z',
            users: parseCredentialReport(csv),
          }),
        }
      : {}),
    passwordPolicy: policy,
  };
}

const evaluate = (id: string, part: IamInventory): Finding[] => [
  ...ruleById(iamRules, id).evaluate(inventoryOf({ 'us-east-1': {} }, { iam: part }), context),
];

const line = (f: Finding): string => `${f.status} ${f.resourceId}: ${f.detail}`;
const lines = (id: string, part: IamInventory): string[] => evaluate(id, part).map(line);

const REPORT_DENIED = denied('iam:GetCredentialReport');

describe('iam.root-access-key', () => {
  const id = 'iam.root-access-key';

  it('fails when the root row has an active access key, naming each', () => {
    const csv = reportCsv(
      rootRow({
        access_key_1_active: 'true',
        access_key_1_last_rotated: ago(400),
        access_key_2_active: 'true',
        access_key_2_last_rotated: ago(10),
      }),
    );
    expect(lines(id, iam(csv))).toEqual([
      `FAIL ${ACCOUNT}: The root user has an active access key 1 and access key 2.`,
    ]);
    expect(evaluate(id, iam(csv))[0]?.resourceArn).toBe(`arn:aws:iam::${ACCOUNT}:root`);
  });

  it('passes when the root keys are absent or inactive', () => {
    const csv = reportCsv(
      rootRow({ access_key_1_active: 'false', access_key_1_last_rotated: ago(9) }),
    );
    expect(lines(id, iam(csv))).toEqual([
      `PASS ${ACCOUNT}: The root user has no active access key.`,
    ]);
  });

  it('is UNKNOWN, never PASS, when the report has no root row (moto)', () => {
    const csv = reportCsv(reportRow({ user: 'bob' }));
    expect(lines(id, iam(csv))).toEqual([
      `UNKNOWN ${ACCOUNT}: Could not be assessed: the credential report has no <root_account> row for the root user.`,
    ]);
  });

  it('is UNKNOWN naming the permission when the report could not be had', () => {
    const part = { ...iam(null), credentialReport: REPORT_DENIED };
    const [finding] = evaluate(id, part);
    expect(finding?.status).toBe('UNKNOWN');
    expect(finding?.failedCall).toEqual({
      operation: 'iam:GetCredentialReport',
      code: 'AccessDenied',
      permission: 'iam:GetCredentialReport',
    });
  });

  it('is UNKNOWN on an inventory saved before the report was collected', () => {
    expect(lines(id, iam(null))).toEqual([
      `UNKNOWN ${ACCOUNT}: Could not be assessed: this inventory was saved before posture-gate collected the credential report.`,
    ]);
  });
});

describe('iam.root-mfa-off', () => {
  const id = 'iam.root-mfa-off';

  it('fails when mfa_active is false on the root row and passes when true', () => {
    expect(lines(id, iam(reportCsv(rootRow({ mfa_active: 'false' }))))).toEqual([
      `FAIL ${ACCOUNT}: The root user has no MFA device (mfa_active is false in the credential report).`,
    ]);
    expect(lines(id, iam(reportCsv(rootRow({ mfa_active: 'true' }))))).toEqual([
      `PASS ${ACCOUNT}: The root user has an MFA device.`,
    ]);
  });

  it('is UNKNOWN without a root row, and when the report failed', () => {
    expect(evaluate(id, iam(reportCsv(reportRow())))[0]?.status).toBe('UNKNOWN');
    const failed = { ...iam(null), credentialReport: denied('iam:GenerateCredentialReport') };
    expect(evaluate(id, failed)[0]?.failedCall?.permission).toBe('iam:GenerateCredentialReport');
  });
});

describe('iam.user-console-no-mfa', () => {
  const id = 'iam.user-console-no-mfa';
  const csv = reportCsv(
    rootRow({ mfa_active: 'false' }),
    reportRow({
      user: 'alice',
      password_enabled: 'true',
      password_last_changed: ago(3),
      mfa_active: 'false',
    }),
    reportRow({
      user: 'bob',
      password_enabled: 'true',
      password_last_changed: ago(3),
      mfa_active: 'true',
    }),
    reportRow({
      user: 'ci',
      password_enabled: 'false',
      access_key_1_active: 'true',
      access_key_1_last_rotated: ago(2),
    }),
  );

  it('fails a user with a console password and no MFA, passes one with MFA, skips one without a password and the root user', () => {
    expect(lines(id, iam(csv))).toEqual([
      `FAIL ${userArn('alice')}: The user has a console password and no MFA device.`,
      `PASS ${userArn('bob')}: The user has a console password and an MFA device.`,
    ]);
  });

  it('names the user and its type', () => {
    expect(evaluate(id, iam(csv))[0]).toMatchObject({
      region: 'global',
      resourceName: 'alice',
      resourceArn: userArn('alice'),
      resourceType: 'AWS::IAM::User',
    });
  });

  it('leaves out a user the scope left out of the user listing', () => {
    const scoped = { ...iam(csv), users: ok(listedUsers(csv).filter((u) => u.name !== 'alice')) };
    expect(lines(id, scoped)).toEqual([
      `PASS ${userArn('bob')}: The user has a console password and an MFA device.`,
    ]);
  });

  it('is one account-level UNKNOWN when the report failed or was not collected', () => {
    const failed = evaluate(id, { ...iam(null), credentialReport: REPORT_DENIED });
    expect(failed.map((f) => [f.status, f.resourceId, f.failedCall?.permission])).toEqual([
      ['UNKNOWN', ACCOUNT, 'iam:GetCredentialReport'],
    ]);
    expect(lines(id, iam(null))).toEqual([
      `UNKNOWN ${ACCOUNT}: Could not be assessed: this inventory was saved before posture-gate collected the credential report.`,
    ]);
  });
});

describe('iam.access-key-not-rotated', () => {
  const id = 'iam.access-key-not-rotated';

  it('fails a user whose active key is more than 90 days old, naming the key', () => {
    const csv = reportCsv(
      reportRow({
        user: 'old',
        access_key_1_active: 'true',
        access_key_1_last_rotated: ago(30),
        access_key_2_active: 'true',
        access_key_2_last_rotated: ago(91),
      }),
    );
    expect(lines(id, iam(csv))).toEqual([
      `FAIL ${userArn('old')}: Access key 2 was last rotated 91 days ago: more than 90 days.`,
    ]);
  });

  it('passes at exactly 90 days and ignores an old inactive key', () => {
    const csv = reportCsv(
      reportRow({
        user: 'fresh',
        access_key_1_active: 'true',
        access_key_1_last_rotated: ago(90),
        access_key_2_active: 'false',
        access_key_2_last_rotated: ago(900),
      }),
    );
    expect(lines(id, iam(csv))).toEqual([
      `PASS ${userArn('fresh')}: Every active access key was rotated within 90 days (access key 1 90 days old).`,
    ]);
  });

  it('skips users without an active key', () => {
    expect(lines(id, iam(reportCsv(reportRow({ user: 'nokey' }))))).toEqual([]);
  });

  it('is UNKNOWN when an active key has no rotation date', () => {
    const csv = reportCsv(
      reportRow({ user: 'odd', access_key_1_active: 'true', access_key_1_last_rotated: 'N/A' }),
    );
    expect(lines(id, iam(csv))).toEqual([
      `UNKNOWN ${userArn('odd')}: Could not be assessed: the credential report gives "N/A" as the rotation date of active access key 1.`,
    ]);
  });
});

describe('iam.credentials-unused', () => {
  const id = 'iam.credentials-unused';

  it('fails a password last used 45 days ago or more', () => {
    const csv = reportCsv(
      reportRow({
        user: 'idle',
        password_enabled: 'true',
        password_last_changed: ago(300),
        password_last_used: ago(45),
      }),
    );
    expect(lines(id, iam(csv))).toEqual([
      `FAIL ${userArn('idle')}: The console password was last used 45 days ago: unused for 45 days or more.`,
    ]);
  });

  it('counts a never-used password from when it was set, not from the user creation', () => {
    const csv = reportCsv(
      reportRow({
        user: 'new-password',
        user_creation_time: ago(800),
        password_enabled: 'true',
        password_last_used: 'no_information',
        password_last_changed: ago(10),
      }),
      reportRow({
        user: 'never',
        password_enabled: 'true',
        password_last_used: 'N/A',
        password_last_changed: ago(60),
      }),
    );
    expect(lines(id, iam(csv))).toEqual([
      `PASS ${userArn('new-password')}: The console password was never used and was set 10 days ago: each within 45 days.`,
      `FAIL ${userArn('never')}: The console password was never used and was set 60 days ago: unused for 45 days or more.`,
    ]);
  });

  it('counts a never-used active key from its creation and ignores inactive keys', () => {
    const csv = reportCsv(
      reportRow({
        user: 'ci',
        access_key_1_active: 'true',
        access_key_1_last_rotated: ago(200),
        access_key_1_last_used_date: ago(2),
        access_key_2_active: 'true',
        access_key_2_last_rotated: ago(50),
        access_key_2_last_used_date: 'N/A',
      }),
      reportRow({
        user: 'parked',
        access_key_1_active: 'false',
        access_key_1_last_rotated: ago(500),
      }),
    );
    expect(lines(id, iam(csv))).toEqual([
      `FAIL ${userArn('ci')}: Access key 2 was never used and was created 50 days ago: unused for 45 days or more.`,
    ]);
  });

  it('passes when every credential was used within 45 days', () => {
    const csv = reportCsv(
      reportRow({
        user: 'busy',
        password_enabled: 'true',
        password_last_changed: ago(100),
        password_last_used: ago(1),
        access_key_1_active: 'true',
        access_key_1_last_rotated: ago(100),
        access_key_1_last_used_date: ago(44),
      }),
    );
    expect(lines(id, iam(csv))).toEqual([
      `PASS ${userArn('busy')}: The console password was last used 1 day ago; access key 1 was last used 44 days ago: each within 45 days.`,
    ]);
  });

  it('reads a use after collection began (the report is made during the scan) as 0 days, never fewer', () => {
    const csv = reportCsv(
      reportRow({
        user: 'during',
        password_enabled: 'true',
        password_last_changed: ago(100),
        password_last_used: new Date(NOW.getTime() + 30_000).toISOString(),
      }),
    );
    expect(lines(id, iam(csv))).toEqual([
      `PASS ${userArn('during')}: The console password was last used 0 days ago: each within 45 days.`,
    ]);
  });

  it('is UNKNOWN when a credential has neither a use nor a creation date', () => {
    const csv = reportCsv(
      reportRow({
        user: 'odd',
        password_enabled: 'true',
        password_last_used: 'N/A',
        password_last_changed: 'N/A',
      }),
    );
    expect(evaluate(id, iam(csv)).map((f) => f.status)).toEqual(['UNKNOWN']);
  });
});

describe('iam.password-policy-weak', () => {
  const id = 'iam.password-policy-weak';
  const csv = reportCsv(rootRow());

  it('fails when there is no password policy', () => {
    expect(lines(id, iam(csv, ok(null)))).toEqual([
      `FAIL ${ACCOUNT}: The account has no password policy.`,
    ]);
  });

  it('names each shortfall: a short minimum and no reuse prevention', () => {
    expect(lines(id, iam(csv, ok({ minimumPasswordLength: 8 })))).toEqual([
      `FAIL ${ACCOUNT}: The password policy is weak: its minimum password length is 8, below 14; it does not prevent password reuse (24 previous passwords needed).`,
    ]);
    expect(
      lines(id, iam(csv, ok({ minimumPasswordLength: 20, passwordReusePrevention: 5 }))),
    ).toEqual([
      `FAIL ${ACCOUNT}: The password policy is weak: it prevents the reuse of 5 previous passwords, below 24.`,
    ]);
  });

  it('passes at a minimum of 14 and reuse prevention of 24', () => {
    expect(lines(id, iam(csv))).toEqual([
      `PASS ${ACCOUNT}: The password policy requires 14 characters or more and prevents the reuse of 24 previous passwords.`,
    ]);
  });

  it('is UNKNOWN when the call failed, and when the inventory predates it', () => {
    const [failed] = evaluate(id, iam(csv, denied('iam:GetAccountPasswordPolicy')));
    expect(failed?.failedCall?.permission).toBe('iam:GetAccountPasswordPolicy');
    const old = { ...iam(csv) };
    delete old.passwordPolicy;
    expect(lines(id, old)).toEqual([
      `UNKNOWN ${ACCOUNT}: Could not be assessed: this inventory was saved before posture-gate collected the password policy.`,
    ]);
  });
});
