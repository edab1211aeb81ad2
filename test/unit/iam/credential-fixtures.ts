// Credential reports in AWS's CSV format (IAM User Guide, "Getting credential reports").
import { ACCOUNT } from '../ec2/fixtures.js';

const COLUMNS = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_1_last_used_region',
  'access_key_1_last_used_service',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
  'access_key_2_last_used_region',
  'access_key_2_last_used_service',
  'cert_1_active',
  'cert_1_last_rotated',
  'cert_2_active',
  'cert_2_last_rotated',
] as const;
type Column = (typeof COLUMNS)[number];

export const REPORT_HEADER = COLUMNS.join(',');

/** A user with no password, no MFA and no keys, created 2025-01-01; `values` as the CSV writes them. */
export function reportRow(values: Partial<Record<Column, string>> = {}): string {
  const user = values.user ?? 'alice';
  const defaults: Record<Column, string> = {
    user,
    arn: `arn:aws:iam::${ACCOUNT}:user/${user}`,
    user_creation_time: '2025-01-01T00:00:00+00:00',
    password_enabled: 'false',
    password_last_used: 'N/A',
    password_last_changed: 'N/A',
    password_next_rotation: 'N/A',
    mfa_active: 'false',
    access_key_1_active: 'false',
    access_key_1_last_rotated: 'N/A',
    access_key_1_last_used_date: 'N/A',
    access_key_1_last_used_region: 'N/A',
    access_key_1_last_used_service: 'N/A',
    access_key_2_active: 'false',
    access_key_2_last_rotated: 'N/A',
    access_key_2_last_used_date: 'N/A',
    access_key_2_last_used_region: 'N/A',
    access_key_2_last_used_service: 'N/A',
    cert_1_active: 'false',
    cert_1_last_rotated: 'N/A',
    cert_2_active: 'false',
    cert_2_last_rotated: 'N/A',
  };
  return COLUMNS.map((c) => values[c] ?? defaults[c]).join(',');
}

/** The root user's row: password_enabled and password rotation are not_supported for it. */
export function rootRow(values: Partial<Record<Column, string>> = {}): string {
  return reportRow({
    user: '<root_account>',
    arn: `arn:aws:iam::${ACCOUNT}:root`,
    password_enabled: 'not_supported',
    password_last_changed: 'not_supported',
    password_next_rotation: 'not_supported',
    ...values,
  });
}

export function reportCsv(...rows: string[]): string {
  return [REPORT_HEADER, ...rows].join('\n') + '\n';
}

/** The date `days` before `now`, as the report writes dates. */
export function daysBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().replace('.000Z', '+00:00');
}
