/**
 * The IAM credential report and the account password policy, as the credential checks read them.
 * Column meanings: IAM User Guide, "Getting credential reports"
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/credential-reports.html).
 */

/**
 * The words the report writes where a date would be: `N/A` (no such credential, or never used),
 * `no_information` (never used, or not used since IAM began tracking it), `not_supported` (the
 * field does not apply, such as the root user's password rotation).
 */
export const REPORT_PLACEHOLDERS = ['N/A', 'no_information', 'not_supported'] as const;
export type ReportPlaceholder = (typeof REPORT_PLACEHOLDERS)[number];

/** An ISO 8601 date-time as the report wrote it, or one of its placeholders. */
export type ReportDate = string;

export interface CredentialReportKey {
  /** access_key_N_active. */
  active: boolean;
  /** access_key_N_last_rotated: when the key was created or last changed. */
  lastRotated: ReportDate;
  /** access_key_N_last_used_date. */
  lastUsed: ReportDate;
}

/** One row of the report: a user, or the root user (`<root_account>`). */
export interface CredentialReportUser {
  /** The `user` column; `<root_account>` for the root user. */
  user: string;
  arn: string;
  /** user_creation_time. */
  createdAt: ReportDate;
  /** password_enabled; `not_supported` for the root user. */
  passwordEnabled: boolean | 'not_supported';
  passwordLastUsed: ReportDate;
  /** password_last_changed: when the password was last set. */
  passwordLastChanged: ReportDate;
  mfaActive: boolean;
  /** Access keys 1 and 2, in the report's order. */
  accessKeys: [CredentialReportKey, CredentialReportKey];
}

export interface CredentialReport {
  /** GeneratedTime: AWS reuses a report for up to four hours (see the collector). */
  generatedAt: string;
  users: CredentialReportUser[];
}

/** The user the report names the root user by. */
export const ROOT_ACCOUNT_USER = '<root_account>';

/** What GetAccountPasswordPolicy returned that the checks read; absent fields are absent there. */
export interface PasswordPolicy {
  minimumPasswordLength?: number;
  /** How many previous passwords a user cannot reuse; absent when reuse is not prevented. */
  passwordReusePrevention?: number;
}

/** True when `value` is a date, not one of the report's placeholders. */
export function isReportDate(value: ReportDate): boolean {
  return !(REPORT_PLACEHOLDERS as readonly string[]).includes(value);
}
