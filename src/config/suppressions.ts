// The suppressions file (DESIGN.md "Suppressions"): read and validated before any AWS call.
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Suppression } from '../model/report.js';
import { ConfigError } from './schema.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Date.parse rolls 2027-02-30 over into March: a real day reads back the same. */
function isCalendarDay(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

const text = (what: string) =>
  z
    .string({ error: `must be ${what}` })
    .trim()
    .min(1, { error: `must be ${what}, not empty` });

/** YAML reads an unquoted 2027-03-31 as a date: accept it as the same day. */
const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'must be an ISO date like 2027-03-31' })
    .regex(ISO_DATE, { error: 'must be an ISO date like 2027-03-31' })
    .refine(isCalendarDay, { error: 'is not a day of the calendar' }),
);

/** An account id read by YAML as a number loses leading zeros: require the 12 digits as text. */
const accountId = z
  .string({ error: 'must be a 12-digit account id in quotes' })
  .regex(/^\d{12}$/, { error: 'must be a 12-digit account id in quotes' });

const ENTRY = z.strictObject(
  {
    check: text('a check id or glob'),
    resource: text('a resource id or ARN, or a glob').optional(),
    account: accountId.optional(),
    region: text('a region code').optional(),
    reason: text('the reason for the exception'),
    expires: isoDate,
    owner: text('who owns the exception').optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? 'has an unknown field'
        : issue.code === 'invalid_type' && issue.path?.length === 0
          ? 'must be a mapping with check, reason and expires'
          : undefined,
  },
);

const FILE = z.strictObject(
  {
    version: z.literal(1, { error: 'must be 1' }),
    suppressions: z.array(z.unknown(), { error: 'must be a list of entries' }),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? 'has an unknown top-level field'
        : 'must be a mapping with version and suppressions',
  },
);

function fail(path: string, message: string): never {
  throw new ConfigError('suppressions', `Invalid input "suppressions": "${path}" ${message}.`);
}

/** The entries of a suppressions file's text, or a ConfigError naming the entry and field. */
export function parseSuppressions(source: string, path: string): Suppression[] {
  let document: unknown;
  try {
    document = parseYaml(source);
  } catch (error) {
    const first = (error as Error).message.split('\n')[0] ?? '';
    fail(path, `is not valid YAML (${first.replace(/[:.\s]+$/, '')})`);
  }
  const file = FILE.safeParse(document);
  if (!file.success) {
    const issue = file.error.issues[0];
    const field = issue?.path.join('.') || 'the file';
    fail(
      path,
      `${field} ${issue?.message ?? 'is not a suppressions file'} (version: 1, suppressions: [...])`,
    );
  }
  return file.data.suppressions.map((raw, index) => {
    const entry = ENTRY.safeParse(raw);
    if (!entry.success) {
      const issue = entry.error.issues[0];
      const keys = issue?.code === 'unrecognized_keys' ? ` ${issue.keys.join(', ')}` : '';
      const field = issue?.path.join('.') || 'entry';
      fail(path, `suppressions[${index}]: ${field}${keys} ${issue?.message ?? 'is not valid'}`);
    }
    const { check, resource, account, region, reason, expires, owner } = entry.data;
    return {
      index,
      check,
      ...(resource === undefined ? {} : { resource }),
      ...(account === undefined ? {} : { account }),
      ...(region === undefined ? {} : { region }),
      reason,
      expires,
      ...(owner === undefined ? {} : { owner }),
    };
  });
}

/** The entries of the suppressions file `file`; messages name it as `path`, as the user gave it. */
export async function loadSuppressions(file: string, path = file): Promise<Suppression[]> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    fail(path, `cannot be read: ${(error as Error).message}`);
  }
  return parseSuppressions(source, path);
}
