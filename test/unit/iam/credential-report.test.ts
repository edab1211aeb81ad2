import {
  GenerateCredentialReportCommand,
  GetAccountPasswordPolicyCommand,
  GetCredentialReportCommand,
  IAMClient,
} from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import type { RegionClients } from '../../../src/aws/clients.js';
import { createCollectContext } from '../../../src/collect/context.js';
import {
  collectCredentialReport,
  collectPasswordPolicy,
  MalformedReportError,
  parseCredentialReport,
} from '../../../src/collect/credential-report.js';
import { startDeadline } from '../../../src/collect/deadline.js';
import type { CollectionError } from '../../../src/model/inventory.js';
import { ACCOUNT, collectContext, serviceError, valueOf } from '../ec2/fixtures.js';
import { REPORT_HEADER, reportCsv, reportRow } from './credential-fixtures.js';

const iamMock = mockClient(IAMClient);
const client = new IAMClient({ region: 'us-east-1' });
const FAST = { attempts: 3, delayMs: 1 };

beforeEach(() => iamMock.reset());

/** GetCredentialReport's answer: the SDK hands Content over base64-decoded, as bytes. */
const reportAnswer = (csv: string) => ({
  Content: new TextEncoder().encode(csv),
  ReportFormat: 'text/csv' as const,
  GeneratedTime: new Date('2026-10-31T22:00:00Z'),
});

describe('parseCredentialReport', () => {
  it('reads the documented columns, keeping N/A, no_information and not_supported exactly', () => {
    const csv = [
      REPORT_HEADER,
      `<root_account>,arn:aws:iam::${ACCOUNT}:root,2019-03-04T10:00:00+00:00,not_supported,2026-10-30T08:12:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`,
      `deploy,arn:aws:iam::${ACCOUNT}:user/ci/deploy,2024-05-01T09:00:00+00:00,true,no_information,2024-05-01T09:05:00+00:00,N/A,false,true,2024-05-01T09:10:00+00:00,2026-10-29T23:00:00+00:00,us-east-1,s3,false,2024-06-01T00:00:00+00:00,N/A,N/A,N/A,false,N/A,false,N/A`,
      '',
    ].join('\n');
    expect(parseCredentialReport(csv)).toEqual([
      {
        user: '<root_account>',
        arn: `arn:aws:iam::${ACCOUNT}:root`,
        createdAt: '2019-03-04T10:00:00+00:00',
        passwordEnabled: 'not_supported',
        passwordLastUsed: '2026-10-30T08:12:00+00:00',
        passwordLastChanged: 'not_supported',
        mfaActive: true,
        accessKeys: [
          { active: false, lastRotated: 'N/A', lastUsed: 'N/A' },
          { active: false, lastRotated: 'N/A', lastUsed: 'N/A' },
        ],
      },
      {
        user: 'deploy',
        arn: `arn:aws:iam::${ACCOUNT}:user/ci/deploy`,
        createdAt: '2024-05-01T09:00:00+00:00',
        passwordEnabled: true,
        passwordLastUsed: 'no_information',
        passwordLastChanged: '2024-05-01T09:05:00+00:00',
        mfaActive: false,
        accessKeys: [
          {
            active: true,
            lastRotated: '2024-05-01T09:10:00+00:00',
            lastUsed: '2026-10-29T23:00:00+00:00',
          },
          { active: false, lastRotated: '2024-06-01T00:00:00+00:00', lastUsed: 'N/A' },
        ],
      },
    ]);
  });

  it('reads a user name with a comma, quoted or not', () => {
    const quoted = reportRow({
      user: '"ops,team"',
      arn: `"arn:aws:iam::${ACCOUNT}:user/ops,team"`,
    });
    const bare = reportRow({
      user: 'a,b,c',
      arn: `arn:aws:iam::${ACCOUNT}:user/a,b/c,d/a,b,c`,
      mfa_active: 'true',
    });
    const rows = parseCredentialReport(reportCsv(quoted, bare));
    expect(rows.map((r) => [r.user, r.arn, r.mfaActive])).toEqual([
      ['ops,team', `arn:aws:iam::${ACCOUNT}:user/ops,team`, false],
      ['a,b,c', `arn:aws:iam::${ACCOUNT}:user/a,b/c,d/a,b,c`, true],
    ]);
  });

  it('refuses a value outside the documented ones, naming the row and column', () => {
    expect(() => parseCredentialReport(reportCsv(reportRow({ mfa_active: 'TRUE' })))).toThrow(
      new MalformedReportError('row 2, column mfa_active has the unexpected value "TRUE"'),
    );
    expect(() =>
      parseCredentialReport(reportCsv(reportRow({ access_key_1_last_rotated: 'yesterday' }))),
    ).toThrow('row 2, column access_key_1_last_rotated has the unexpected value "yesterday"');
  });

  it('refuses a header without a column the checks read', () => {
    expect(() => parseCredentialReport('user,arn,user_creation_time\n')).toThrow(
      /header lacks password_enabled, password_last_used/,
    );
    expect(() => parseCredentialReport('')).toThrow('the credential report is empty');
  });
});

describe('collectCredentialReport', () => {
  it('generates, then reads the report once when it is ready at once', async () => {
    iamMock.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' });
    iamMock.on(GetCredentialReportCommand).resolves(reportAnswer(reportCsv(reportRow())));
    const { ctx, errors } = collectContext('iam', { iam: client });
    const report = valueOf(await collectCredentialReport(ctx, FAST));
    expect(report.generatedAt).toBe('2026-10-31T22:00:00.000Z');
    expect(report.users.map((u) => u.user)).toEqual(['alice']);
    expect(iamMock.commandCalls(GetCredentialReportCommand)).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('polls while the report is being generated, recording nothing for the waits', async () => {
    iamMock.on(GenerateCredentialReportCommand).resolves({ State: 'STARTED' });
    iamMock
      .on(GetCredentialReportCommand)
      .rejectsOnce(serviceError('ReportNotPresent', 410))
      .rejectsOnce(serviceError('ReportInProgress', 404))
      .resolves(reportAnswer(reportCsv(reportRow())));
    const { ctx, errors } = collectContext('iam', { iam: client });
    const report = await collectCredentialReport(ctx, FAST);
    expect(report.ok).toBe(true);
    expect(iamMock.commandCalls(GetCredentialReportCommand)).toHaveLength(3);
    expect(errors).toEqual([]);
  });

  it('gives up after the bounded attempts, recording the last answer once', async () => {
    iamMock.on(GenerateCredentialReportCommand).resolves({ State: 'INPROGRESS' });
    iamMock.on(GetCredentialReportCommand).rejects(serviceError('ReportInProgress', 404));
    const { ctx, errors } = collectContext('iam', { iam: client });
    const report = await collectCredentialReport(ctx, FAST);
    expect(report).toMatchObject({
      ok: false,
      error: { operation: 'iam:GetCredentialReport', code: 'ReportInProgress' },
    });
    expect(iamMock.commandCalls(GetCredentialReportCommand)).toHaveLength(FAST.attempts);
    expect(errors.map((e) => [e.operation, e.code])).toEqual([
      ['iam:GetCredentialReport', 'ReportInProgress'],
    ]);
  });

  it('stops waiting when the scan deadline passes', async () => {
    iamMock.on(GenerateCredentialReportCommand).resolves({ State: 'STARTED' });
    iamMock.on(GetCredentialReportCommand).rejects(serviceError('ReportInProgress', 404));
    const errors: CollectionError[] = [];
    const deadline = startDeadline(0.001);
    const ctx = createCollectContext({
      account: ACCOUNT,
      region: 'us-east-1',
      service: 'iam',
      clients: { iam: client } as unknown as RegionClients,
      errors,
      sharedCache: new Map(),
      deadline,
    });
    const started = Date.now();
    const report = await collectCredentialReport(ctx, { attempts: 5, delayMs: 60_000 });
    deadline.stop();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(report).toMatchObject({ ok: false, error: { code: 'ScanDeadline' } });
  });

  it('does not read a report it could not ask for, naming GenerateCredentialReport', async () => {
    iamMock.on(GenerateCredentialReportCommand).rejects(serviceError('AccessDenied'));
    const { ctx } = collectContext('iam', { iam: client });
    const report = await collectCredentialReport(ctx, FAST);
    expect(report).toMatchObject({
      ok: false,
      error: { operation: 'iam:GenerateCredentialReport', code: 'AccessDenied' },
    });
    expect(iamMock.commandCalls(GetCredentialReportCommand)).toHaveLength(0);
  });

  it('keeps a report it cannot parse as a malformed read, not as rows', async () => {
    iamMock.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' });
    iamMock
      .on(GetCredentialReportCommand)
      .resolves(reportAnswer('user,arn\nx,arn:aws:iam::1:user/x'));
    const { ctx } = collectContext('iam', { iam: client });
    expect(await collectCredentialReport(ctx, FAST)).toMatchObject({
      ok: false,
      error: {
        operation: 'iam:GetCredentialReport',
        code: 'MalformedCredentialReport',
        class: 'malformed',
      },
    });
  });
});

describe('collectPasswordPolicy', () => {
  it('keeps the length and reuse prevention; absent reuse prevention stays absent', async () => {
    iamMock.on(GetAccountPasswordPolicyCommand).resolves({
      PasswordPolicy: { MinimumPasswordLength: 8, RequireSymbols: true, ExpirePasswords: false },
    });
    const { ctx } = collectContext('iam', { iam: client });
    expect(await collectPasswordPolicy(ctx)).toEqual({
      ok: true,
      value: { minimumPasswordLength: 8 },
    });
  });

  it('reads NoSuchEntity as no policy, not as a failure', async () => {
    iamMock.on(GetAccountPasswordPolicyCommand).rejects(serviceError('NoSuchEntity', 404));
    const { ctx, errors } = collectContext('iam', { iam: client });
    expect(await collectPasswordPolicy(ctx)).toEqual({ ok: true, value: null });
    expect(errors).toEqual([]);
  });

  it('keeps a denied call as its failure', async () => {
    iamMock.on(GetAccountPasswordPolicyCommand).rejects(serviceError('AccessDenied'));
    const { ctx } = collectContext('iam', { iam: client });
    expect(await collectPasswordPolicy(ctx)).toMatchObject({
      ok: false,
      error: { operation: 'iam:GetAccountPasswordPolicy', code: 'AccessDenied' },
    });
  });
});
