import { setTimeout as sleep } from 'node:timers/promises';
import {
  GenerateCredentialReportCommand,
  GetAccountPasswordPolicyCommand,
  GetCredentialReportCommand,
} from '@aws-sdk/client-iam';
import { parse } from 'csv-parse/sync';
import type { CollectContext } from './context.js';
import {
  REPORT_PLACEHOLDERS,
  type CredentialReport,
  type CredentialReportKey,
  type CredentialReportUser,
  type PasswordPolicy,
  type ReportDate,
} from '../model/iam-credentials.js';
import { mapFetched, type Fetched } from '../model/inventory.js';

/**
 * The credential report, read the way the IAM User Guide describes ("Getting credential reports",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/credential-reports.html):
 * GenerateCredentialReport, then GetCredentialReport once the report is ready. Generate is the
 * one call of posture-gate that is not a Describe, List or Get; it changes nothing in the
 * account, it only asks IAM to prepare the report. IAM makes a new report only when the last one
 * is more than four hours old, so a report can be up to four hours behind the scan; its
 * GeneratedTime is kept with the rows.
 */

/** How the report's readiness is polled; tests shorten the delay. */
export interface ReportPolling {
  /** GetCredentialReport calls at most, the last one recording its failure. */
  attempts: number;
  delayMs: number;
}

/** IAM prepares a report in seconds for most accounts; this waits up to about half a minute. */
export const REPORT_POLLING: ReportPolling = { attempts: 15, delayMs: 2000 };

/**
 * The answers of a report that is still being generated (wire codes, and the SDK's names for
 * them): retried, not recorded, until the last attempt.
 */
const NOT_READY = [
  'ReportInProgress',
  'ReportNotPresent',
  'CredentialReportNotReadyException',
  'CredentialReportNotPresentException',
];

/** No password policy is set (wire code, and the SDK's name for it). */
const NO_POLICY = ['NoSuchEntity', 'NoSuchEntityException'];

/** A credential report whose CSV is not in the documented format. */
export class MalformedReportError extends Error {
  override name = 'MalformedCredentialReport';
}

const KEY_COLUMNS = (n: 1 | 2) =>
  [
    `access_key_${n}_active`,
    `access_key_${n}_last_rotated`,
    `access_key_${n}_last_used_date`,
  ] as const;

const COLUMNS = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'mfa_active',
  ...KEY_COLUMNS(1),
  ...KEY_COLUMNS(2),
] as const;
type Column = (typeof COLUMNS)[number];

/**
 * The report's CSV as rows the checks read. Values are parsed exactly: `true`/`false`, an ISO
 * 8601 date, or one of the documented placeholders; anything else makes the whole report
 * malformed rather than guessed at. IAM user names (and so ARNs) may contain commas: quoted, the
 * CSV parser reads them; unquoted, the row is longer than the header (see `joinNameFields`).
 */
export function parseCredentialReport(csv: string): CredentialReportUser[] {
  const records = parse(csv, { relax_column_count: true, skip_empty_lines: true }) as string[][];
  const [header, ...rows] = records;
  if (!header) throw new MalformedReportError('the credential report is empty');
  const index = new Map(header.map((name, i) => [name.trim(), i]));
  const missing = COLUMNS.filter((c) => !index.has(c));
  if (missing.length > 0 || index.get('user') !== 0 || index.get('arn') !== 1) {
    throw new MalformedReportError(
      `the credential report's header lacks ${missing.length > 0 ? missing.join(', ') : 'user and arn as its first columns'}`,
    );
  }
  return rows.map((record, r) => {
    const fields = record.length > header.length ? joinNameFields(record, header.length) : record;
    const where = (column: Column): string => `row ${r + 2}, column ${column}`;
    const value = (column: Column): string => {
      const text = fields[index.get(column) as number];
      if (text === undefined) throw new MalformedReportError(`${where(column)} is missing`);
      return text;
    };
    const bad = (column: Column): MalformedReportError =>
      new MalformedReportError(`${where(column)} has the unexpected value "${value(column)}"`);
    const bool = (column: Column): boolean => {
      const text = value(column);
      if (text === 'true' || text === 'false') return text === 'true';
      throw bad(column);
    };
    const date = (column: Column): ReportDate => {
      const text = value(column);
      if ((REPORT_PLACEHOLDERS as readonly string[]).includes(text)) return text;
      if (/^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(Date.parse(text))) return text;
      throw bad(column);
    };
    const key = (n: 1 | 2): CredentialReportKey => {
      const [active, lastRotated, lastUsed] = KEY_COLUMNS(n);
      return { active: bool(active), lastRotated: date(lastRotated), lastUsed: date(lastUsed) };
    };
    const arn = value('arn');
    if (!arn.startsWith('arn:')) throw bad('arn');
    const passwordEnabled = value('password_enabled');
    if (!['true', 'false', 'not_supported'].includes(passwordEnabled))
      throw bad('password_enabled');
    return {
      user: value('user'),
      arn,
      createdAt: date('user_creation_time'),
      passwordEnabled:
        passwordEnabled === 'not_supported' ? passwordEnabled : passwordEnabled === 'true',
      passwordLastUsed: date('password_last_used'),
      passwordLastChanged: date('password_last_changed'),
      mfaActive: bool('mfa_active'),
      accessKeys: [key(1), key(2)],
    };
  });
}

/**
 * A row whose unquoted user name and ARN were split at their commas, put back together: the ARN
 * starts at the first field that begins with `arn:` (a user name has no `:`), and the fields
 * after the ARN are the header's other columns. A row that does not fit is left as it
 * is, for the checks of its values to refuse.
 */
function joinNameFields(record: readonly string[], columns: number): string[] {
  const arnStart = record.findIndex((field, i) => i > 0 && field.startsWith('arn:'));
  const arnEnd = record.length - (columns - 2);
  if (arnStart < 1 || arnEnd <= arnStart) return [...record];
  return [
    record.slice(0, arnStart).join(','),
    record.slice(arnStart, arnEnd).join(','),
    ...record.slice(arnEnd),
  ];
}

/** Waits between polls; the scan deadline ends the wait (the next call then records it). */
async function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  try {
    await sleep(ms, undefined, { signal });
  } catch {
    // Aborted by the deadline: the caller's next call fails with ScanDeadline.
  }
}

/**
 * GenerateCredentialReport, then GetCredentialReport until the report is ready: one Generate
 * call and at most `polling.attempts` Get calls, `polling.delayMs` apart.
 */
export async function collectCredentialReport(
  ctx: CollectContext,
  polling: ReportPolling = REPORT_POLLING,
): Promise<Fetched<CredentialReport>> {
  const iam = ctx.clients.iam;
  const generated = await ctx.call('iam:GenerateCredentialReport', () =>
    iam.send(new GenerateCredentialReportCommand({})),
  );
  if (!generated.ok) return generated;
  let ready = generated.value?.State === 'COMPLETE';
  for (let attempt = 1; ; attempt++) {
    if (!ready) await pause(polling.delayMs, ctx.signal);
    const last = attempt >= polling.attempts;
    const got = await ctx.call(
      'iam:GetCredentialReport',
      () => iam.send(new GetCredentialReportCommand({})),
      last ? [] : NOT_READY,
    );
    if (!got.ok) return got;
    if (got.value === null) {
      ready = false;
      continue;
    }
    const generatedAt = got.value.GeneratedTime?.toISOString() ?? '';
    try {
      const csv = new TextDecoder().decode(got.value.Content ?? new Uint8Array());
      return { ok: true, value: { generatedAt, users: parseCredentialReport(csv) } };
    } catch (error) {
      return {
        ok: false,
        error: {
          operation: 'iam:GetCredentialReport',
          code: 'MalformedCredentialReport',
          message: (error as Error).message,
          class: 'malformed',
        },
      };
    }
  }
}

/** The account password policy; null when none is set (NoSuchEntity). */
export async function collectPasswordPolicy(
  ctx: CollectContext,
): Promise<Fetched<PasswordPolicy | null>> {
  const answer = await ctx.call(
    'iam:GetAccountPasswordPolicy',
    () => ctx.clients.iam.send(new GetAccountPasswordPolicyCommand({})),
    NO_POLICY,
  );
  return mapFetched(answer, (value) => {
    if (value === null) return null;
    const policy = value.PasswordPolicy ?? {};
    return {
      ...(policy.MinimumPasswordLength !== undefined
        ? { minimumPasswordLength: policy.MinimumPasswordLength }
        : {}),
      ...(policy.PasswordReusePrevention !== undefined
        ? { passwordReusePrevention: policy.PasswordReusePrevention }
        : {}),
    };
  });
}
