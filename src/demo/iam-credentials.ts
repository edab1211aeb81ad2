import type { CredentialReportKey } from '../model/iam-credentials.js';
import type { IamInventory, IamUser } from '../model/iam.js';

/**
 * The demo account's credential report and password policy, dated against its collectedAt
 * (2026-11-01T06:00Z): the root user has an access key and no MFA; alice signs in without MFA;
 * build-bot has a key from 2025 and a second key it never used; carol, a console user with
 * MFA and no policies of her own, does everything right; the password policy is weak.
 */

const ACCOUNT = '111122223333';

const NO_KEY: CredentialReportKey = { active: false, lastRotated: 'N/A', lastUsed: 'N/A' };

const carol: IamUser = {
  name: 'carol',
  arn: `arn:aws:iam::${ACCOUNT}:user/carol`,
  path: '/',
  tags: {},
  inlinePolicies: [],
  attachedPolicyArns: [],
  groups: [],
};

/** The demo's IAM part with carol listed, its credential report and its password policy. */
export function withCredentials(iam: IamInventory): IamInventory {
  return {
    ...iam,
    users: iam.users.ok ? { ok: true, value: [...iam.users.value, carol] } : iam.users,
    credentialReport: {
      ok: true,
      value: {
        generatedAt: '2026-11-01T05:40:00.000Z',
        users: [
          {
            user: '<root_account>',
            arn: `arn:aws:iam::${ACCOUNT}:root`,
            createdAt: '2019-02-11T09:00:00+00:00',
            passwordEnabled: 'not_supported',
            passwordLastUsed: '2026-09-14T08:30:00+00:00',
            passwordLastChanged: 'not_supported',
            mfaActive: false,
            accessKeys: [
              {
                active: true,
                lastRotated: '2019-02-11T09:20:00+00:00',
                lastUsed: '2026-10-02T17:45:00+00:00',
              },
              NO_KEY,
            ],
          },
          {
            user: 'alice',
            arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
            createdAt: '2024-03-05T10:00:00+00:00',
            passwordEnabled: true,
            passwordLastUsed: '2026-10-30T08:05:00+00:00',
            passwordLastChanged: '2026-06-01T09:00:00+00:00',
            mfaActive: false,
            accessKeys: [
              {
                active: true,
                lastRotated: '2026-10-20T12:00:00+00:00',
                lastUsed: '2026-10-31T16:10:00+00:00',
              },
              NO_KEY,
            ],
          },
          {
            user: 'build-bot',
            arn: `arn:aws:iam::${ACCOUNT}:user/build-bot`,
            createdAt: '2025-01-15T14:00:00+00:00',
            passwordEnabled: false,
            passwordLastUsed: 'N/A',
            passwordLastChanged: 'N/A',
            mfaActive: false,
            accessKeys: [
              {
                active: true,
                lastRotated: '2025-01-15T14:05:00+00:00',
                lastUsed: '2026-10-31T23:50:00+00:00',
              },
              { active: true, lastRotated: '2026-08-20T10:00:00+00:00', lastUsed: 'N/A' },
            ],
          },
          {
            user: 'carol',
            arn: carol.arn,
            createdAt: '2026-02-02T09:00:00+00:00',
            passwordEnabled: true,
            passwordLastUsed: '2026-10-31T09:15:00+00:00',
            passwordLastChanged: '2026-09-01T09:00:00+00:00',
            mfaActive: true,
            accessKeys: [NO_KEY, NO_KEY],
          },
        ],
      },
    },
    passwordPolicy: { ok: true, value: { minimumPasswordLength: 8 } },
  };
}
