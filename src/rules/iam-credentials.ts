import {
  isReportDate,
  ROOT_ACCOUNT_USER,
  type CredentialReport,
  type CredentialReportUser,
  type ReportDate,
} from '../model/iam-credentials.js';
import type { IamInventory } from '../model/iam.js';
import { GLOBAL_REGION, mapFetched, type Fetched } from '../model/inventory.js';
import type { Finding } from '../model/results.js';
import {
  ACCOUNT_TYPE,
  ageInDays,
  fail,
  partsOf,
  pass,
  passIf,
  resourceRule,
  toFinding,
  undetermined,
  unknown,
  type EvalContext,
  type MetaOf,
  type ResourceRef,
  type Rule,
  type Verdict,
} from './kit.js';

/**
 * The credential checks: the root user and each IAM user as the credential report shows them,
 * and the account password policy. Ages are whole days before the scan (the inventory's
 * collectedAt, when collection began); the report itself can be up to four hours older (see the
 * collector), or a little newer, made during the scan (an age then reads 0 days).
 */

const USER_TYPE = 'AWS::IAM::User';

/** IAM.3 and CIS 1.14: rotate active access keys every 90 days or less. */
const ROTATION_DAYS = 90;
/** IAM.22 and CIS 1.12: credentials unused for 45 days or more. */
const UNUSED_DAYS = 45;
/** IAM.15 and CIS 1.8. */
const MIN_PASSWORD_LENGTH = 14;
/** IAM.16 and CIS 1.9. */
const PASSWORD_REUSE = 24;

const notCollected = (what: string): Verdict =>
  undetermined(
    `Could not be assessed: this inventory was saved before posture-gate collected ${what}.`,
  );

/** One result about the account, from an IAM part field that an older inventory lacks. */
function accountRule<T>(
  meta: MetaOf<'iam'>,
  read: (iam: IamInventory) => Fetched<T> | undefined,
  what: string,
  judge: (value: T, ref: ResourceRef) => { ref: ResourceRef; verdict: Verdict },
): Rule {
  return {
    meta,
    evaluate(inventory): Finding[] {
      return partsOf(inventory, 'iam').map(({ region, part }) => {
        const ref: ResourceRef = {
          region,
          resourceId: inventory.account,
          resourceType: ACCOUNT_TYPE,
        };
        const value = read(part);
        if (value === undefined) return toFinding(ref, notCollected(what));
        if (!value.ok) return toFinding(ref, unknown(value.error));
        const judged = judge(value.value, ref);
        return toFinding(judged.ref, judged.verdict);
      });
    },
  };
}

/** A check of the root user's row; the report lacks it on emulators (moto): UNKNOWN, never PASS. */
function rootRule(meta: MetaOf<'iam'>, judge: (root: CredentialReportUser) => Verdict): Rule {
  return accountRule(
    meta,
    (iam) => iam.credentialReport,
    'the credential report',
    (report: CredentialReport, ref) => {
      const root = report.users.find((u) => u.user === ROOT_ACCOUNT_USER);
      if (!root) {
        return {
          ref,
          verdict: undetermined(
            `Could not be assessed: the credential report has no ${ROOT_ACCOUNT_USER} row for the root user.`,
          ),
        };
      }
      return { ref: { ...ref, resourceArn: root.arn }, verdict: judge(root) };
    },
  );
}

/**
 * The report's IAM users (the root user aside), without those `exclude-tags` or `environment`
 * left out: the scope filters the tagged user listing, and the report's rows carry no tags.
 */
function reportUsers(iam: IamInventory): Fetched<CredentialReportUser[]> | undefined {
  const report = iam.credentialReport;
  if (report === undefined) return undefined;
  const listed = iam.users.ok ? new Set(iam.users.value.map((u) => u.arn)) : undefined;
  return mapFetched(report, (r) =>
    r.users.filter((u) => u.user !== ROOT_ACCOUNT_USER && (!listed || listed.has(u.arn))),
  );
}

interface UserCheck {
  meta: MetaOf<'iam'>;
  appliesTo: (user: CredentialReportUser) => boolean;
  judge: (user: CredentialReportUser, context: EvalContext) => Verdict;
}

/** A check judged per IAM user row of the credential report. */
function userRule(check: UserCheck): Rule {
  const perUser = resourceRule({
    meta: check.meta,
    resources: (iam) => reportUsers(iam) ?? { ok: true, value: [] },
    ref: (user) => ({
      region: GLOBAL_REGION,
      resourceId: user.arn,
      resourceArn: user.arn,
      resourceName: user.user,
      resourceType: USER_TYPE,
    }),
    appliesTo: check.appliesTo,
    judge: (user, _iam, context) => check.judge(user, context),
  });
  return {
    meta: check.meta,
    *evaluate(inventory, context) {
      yield* partsOf(inventory, 'iam')
        .filter(({ part }) => part.credentialReport === undefined)
        .map(({ region }) =>
          toFinding(
            { region, resourceId: inventory.account, resourceType: ACCOUNT_TYPE },
            notCollected('the credential report'),
          ),
        );
      yield* perUser.evaluate(inventory, context);
    },
  };
}

const activeKeys = (user: CredentialReportUser) =>
  user.accessKeys.flatMap((key, i) =>
    key.active ? [{ ...key, name: `access key ${i + 1}` }] : [],
  );

const hasPassword = (user: CredentialReportUser): boolean => user.passwordEnabled === true;

const days = (n: number): string => `${n} ${n === 1 ? 'day' : 'days'}`;

/** Phrases joined into the start of a sentence. */
const sentence = (phrases: readonly string[]): string => {
  const text = phrases.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

const rootAccessKey = rootRule(
  {
    id: 'iam.root-access-key',
    title: 'Root user has an active access key',
    service: 'iam',
    category: 'security',
    severity: 'critical',
    resourceType: ACCOUNT_TYPE,
    remediation: {
      text: 'Sign in as the root user and delete its access keys; give automation an IAM role instead.',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user_manage_delete-key',
    },
    frameworks: { fsbp: ['IAM.4'], cis: ['1.4'] },
    failWhen:
      'The `<root_account>` row of the credential report has `access_key_1_active` or `access_key_2_active` true. A report without that row is UNKNOWN.',
  },
  (root) => {
    const active = activeKeys(root).map((k) => k.name);
    return active.length > 0
      ? fail(`The root user has an active ${active.join(' and ')}.`, { activeKeys: active })
      : pass('The root user has no active access key.');
  },
);

const rootMfaOff = rootRule(
  {
    id: 'iam.root-mfa-off',
    title: 'Root user has no MFA',
    service: 'iam',
    category: 'security',
    severity: 'critical',
    resourceType: ACCOUNT_TYPE,
    remediation: {
      text: 'Sign in as the root user and assign it an MFA device (a hardware key or passkey preferably).',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
    },
    frameworks: { fsbp: ['IAM.9'], cis: ['1.5'] },
    failWhen:
      'The `<root_account>` row of the credential report has `mfa_active` false. A report without that row is UNKNOWN.',
  },
  (root) =>
    passIf(
      root.mfaActive,
      root.mfaActive
        ? 'The root user has an MFA device.'
        : 'The root user has no MFA device (mfa_active is false in the credential report).',
    ),
);

const userConsoleNoMfa = userRule({
  meta: {
    id: 'iam.user-console-no-mfa',
    title: 'IAM user with a console password has no MFA',
    service: 'iam',
    category: 'security',
    severity: 'high',
    resourceType: USER_TYPE,
    remediation: {
      text: 'Assign the user an MFA device, or remove its console password if it does not sign in to the console.',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html',
    },
    frameworks: { fsbp: ['IAM.5'], cis: ['1.10'] },
    failWhen:
      'A user of the credential report has `password_enabled` true and `mfa_active` false. Users without a console password are not judged.',
  },
  appliesTo: hasPassword,
  judge: (user) =>
    passIf(
      user.mfaActive,
      user.mfaActive
        ? 'The user has a console password and an MFA device.'
        : 'The user has a console password and no MFA device.',
    ),
});

const accessKeyNotRotated = userRule({
  meta: {
    id: 'iam.access-key-not-rotated',
    title: 'Active access key older than 90 days',
    service: 'iam',
    category: 'security',
    severity: 'medium',
    resourceType: USER_TYPE,
    remediation: {
      text: 'Create a second access key, move its users to it, then deactivate and delete the old key; better, replace the user with a role.',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#Using_RotateAccessKey',
    },
    frameworks: { fsbp: ['IAM.3'], cis: ['1.14'] },
    failWhen: `A user's active access key was created or last rotated (\`access_key_N_last_rotated\`) more than ${ROTATION_DAYS} days before the scan. One result per user, naming the key (1 or 2).`,
  },
  appliesTo: (user) => activeKeys(user).length > 0,
  judge: (user, context) => {
    const keys = activeKeys(user).map((key) => ({
      key: key.name,
      lastRotated: key.lastRotated,
      ageDays: isReportDate(key.lastRotated) ? ageInDays(key.lastRotated, context.now) : undefined,
    }));
    const evidence = { keys };
    const old = keys.filter((k) => k.ageDays !== undefined && k.ageDays > ROTATION_DAYS);
    if (old.length > 0) {
      const words = old.map((k) => `${k.key} was last rotated ${days(k.ageDays as number)} ago`);
      return fail(`${sentence(words)}: more than ${ROTATION_DAYS} days.`, evidence);
    }
    const unread = keys.find((k) => k.ageDays === undefined);
    if (unread) {
      return undetermined(
        `Could not be assessed: the credential report gives "${unread.lastRotated}" as the rotation date of active ${unread.key}.`,
        evidence,
      );
    }
    const words = keys.map((k) => `${k.key} ${days(k.ageDays as number)} old`);
    return pass(
      `Every active access key was rotated within ${ROTATION_DAYS} days (${words.join(', ')}).`,
      evidence,
    );
  },
});

/** How long one credential has gone unused, in words, or why that is unknown. */
interface Idle {
  credential: string;
  idleDays?: number;
  words: string;
}

/**
 * A credential's idle time: since its last use, or, never used (`N/A`, `no_information`), since
 * it was set. A password is set at password_last_changed (which user_creation_time may predate by
 * years); an access key is created at access_key_N_last_rotated.
 */
function idleTime(
  credential: string,
  lastUsed: ReportDate,
  setAt: ReportDate,
  setWord: string,
  now: Date,
): Idle {
  if (isReportDate(lastUsed)) {
    const idleDays = ageInDays(lastUsed, now);
    return { credential, idleDays, words: `${credential} was last used ${days(idleDays)} ago` };
  }
  if (lastUsed !== 'not_supported' && isReportDate(setAt)) {
    const idleDays = ageInDays(setAt, now);
    return {
      credential,
      idleDays,
      words: `${credential} was never used and was ${setWord} ${days(idleDays)} ago`,
    };
  }
  return {
    credential,
    words: `the credential report gives no date of use or creation for ${credential} ("${lastUsed}", "${setAt}")`,
  };
}

const credentialsUnused = userRule({
  meta: {
    id: 'iam.credentials-unused',
    title: 'IAM user credential unused for 45 days',
    service: 'iam',
    category: 'security',
    severity: 'medium',
    resourceType: USER_TYPE,
    remediation: {
      text: 'Remove the console password or deactivate the access key that is not used (and delete the user if nothing of it is).',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html',
    },
    frameworks: { fsbp: ['IAM.22'], cis: ['1.12'] },
    failWhen: `A user's console password or active access key was last used ${UNUSED_DAYS} days or more before the scan; one never used (\`N/A\` or \`no_information\`) counts from when it was set: the password from \`password_last_changed\`, the key from \`access_key_N_last_rotated\`.`,
  },
  appliesTo: (user) => hasPassword(user) || activeKeys(user).length > 0,
  judge: (user, context) => {
    const idle: Idle[] = [
      ...(hasPassword(user)
        ? [
            idleTime(
              'the console password',
              user.passwordLastUsed,
              user.passwordLastChanged,
              'set',
              context.now,
            ),
          ]
        : []),
      ...activeKeys(user).map((key) =>
        idleTime(key.name, key.lastUsed, key.lastRotated, 'created', context.now),
      ),
    ];
    const evidence = {
      credentials: idle.map(({ credential, idleDays }) => ({
        credential,
        idleDays: idleDays ?? null,
      })),
    };
    const words = (list: Idle[]): string => sentence(list.map((i) => i.words));
    const stale = idle.filter((i) => i.idleDays !== undefined && i.idleDays >= UNUSED_DAYS);
    if (stale.length > 0) {
      return fail(`${words(stale)}: unused for ${UNUSED_DAYS} days or more.`, evidence);
    }
    const unread = idle.filter((i) => i.idleDays === undefined);
    if (unread.length > 0)
      return undetermined(`Could not be assessed: ${unread[0]?.words}.`, evidence);
    return pass(`${words(idle)}: each within ${UNUSED_DAYS} days.`, evidence);
  },
});

const passwordPolicyWeak = accountRule(
  {
    id: 'iam.password-policy-weak',
    title: 'Account password policy is weak or missing',
    service: 'iam',
    category: 'security',
    severity: 'medium',
    resourceType: ACCOUNT_TYPE,
    remediation: {
      text: `Set an account password policy with a minimum length of ${MIN_PASSWORD_LENGTH} or more and password reuse prevention of ${PASSWORD_REUSE}.`,
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    },
    frameworks: { fsbp: ['IAM.15', 'IAM.16'], cis: ['1.8', '1.9'] },
    failWhen: `The account has no password policy (\`NoSuchEntity\`), or its \`MinimumPasswordLength\` is below ${MIN_PASSWORD_LENGTH}, or its \`PasswordReusePrevention\` is below ${PASSWORD_REUSE} or absent (no reuse prevention).`,
  },
  (iam) => iam.passwordPolicy,
  'the password policy',
  (policy, ref) => {
    if (policy === null) {
      return { ref, verdict: fail('The account has no password policy.', { policy: null }) };
    }
    const { minimumPasswordLength: length, passwordReusePrevention: reuse } = policy;
    const evidence = {
      minimumPasswordLength: length ?? null,
      passwordReusePrevention: reuse ?? null,
    };
    const shortfalls = [
      ...(length !== undefined && length < MIN_PASSWORD_LENGTH
        ? [`its minimum password length is ${length}, below ${MIN_PASSWORD_LENGTH}`]
        : []),
      ...(reuse === undefined
        ? [`it does not prevent password reuse (${PASSWORD_REUSE} previous passwords needed)`]
        : reuse < PASSWORD_REUSE
          ? [`it prevents the reuse of ${reuse} previous passwords, below ${PASSWORD_REUSE}`]
          : []),
    ];
    if (shortfalls.length > 0) {
      return {
        ref,
        verdict: fail(`The password policy is weak: ${shortfalls.join('; ')}.`, evidence),
      };
    }
    if (length === undefined) {
      return {
        ref,
        verdict: undetermined(
          'Could not be assessed: GetAccountPasswordPolicy gave no MinimumPasswordLength.',
          evidence,
        ),
      };
    }
    return {
      ref,
      verdict: pass(
        `The password policy requires ${length} characters or more and prevents the reuse of ${reuse} previous passwords.`,
        evidence,
      ),
    };
  },
);

/** The credential checks, in catalogue order. */
export const iamCredentialRules: readonly Rule[] = [
  rootAccessKey,
  rootMfaOff,
  userConsoleNoMfa,
  accessKeyNotRotated,
  credentialsUnused,
  passwordPolicyWeak,
];
