import { parseConfig } from '../../../src/config/schema.js';
import {
  failMessage,
  logConsoleReport,
  logOutcome,
  unknownWarning,
  type ActionLog,
} from '../../../src/report/action-log.js';
import { renderJson } from '../../../src/report/json.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { errorReport } from '../../../src/triage/error-report.js';
import { makeReport, makeResult } from './fixtures.js';

/** Records every call the way the runner would see it. */
function recorder(): ActionLog & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    info: (m) => calls.push(`info:${m}`),
    warning: (m) => calls.push(`warning:${m}`),
    error: (m) => calls.push(`error:${m}`),
    startGroup: (m) => calls.push(`group:${m}`),
    endGroup: () => calls.push('endgroup'),
    setFailed: (m) => calls.push(`failed:${m}`),
  };
}

describe('logConsoleReport', () => {
  it('folds long sections in groups titled by their first line and leaves short ones open', () => {
    const table = ['Failed checks (9)', ...Array.from({ length: 9 }, (_, i) => `row ${i}`)];
    const log = recorder();
    logConsoleReport(`posture-gate 0.1.0\nFAILED: score 50\n\n${table.join('\n')}\n\nEnd.\n`, log);
    expect(log.calls).toEqual([
      'info:posture-gate 0.1.0\nFAILED: score 50',
      'group:Failed checks (9)',
      `info:${table.slice(1).join('\n')}`,
      'endgroup',
      'info:End.',
    ]);
  });
});

describe('unknownWarning', () => {
  const denied = (operation: string) =>
    makeResult({
      status: 'UNKNOWN',
      resourceId: operation,
      failedCall: { operation, code: 'AccessDenied', permission: operation },
    });

  it('says nothing when nothing is UNKNOWN', () => {
    expect(unknownWarning(makeReport({ results: [makeResult()] }))).toBeUndefined();
  });

  it('names every permission to grant in one warning', () => {
    const report = makeReport({
      results: [denied('s3:GetBucketPolicy'), denied('efs:DescribeBackupPolicy')],
    });
    expect(unknownWarning(report)).toBe(
      '2 results could not be assessed (UNKNOWN). Grant the scanning role these permissions and run again: elasticfilesystem:DescribeBackupPolicy, s3:GetBucketPolicy.',
    );
  });

  it('says when the cause is not a permission', () => {
    const report = makeReport({ results: [makeResult({ status: 'UNKNOWN' })] });
    expect(unknownWarning(report)).toMatch(
      /^1 result could not be assessed \(UNKNOWN\): .*not for want of a permission/,
    );
  });
});

describe('logOutcome', () => {
  const reasons = [
    '2 critical findings (fail-on-severity: critical): a, b',
    'score 40 is below minimum-score 80',
  ];

  it('annotates each gate reason once and fails the step without repeating them', () => {
    const log = recorder();
    const report = makeReport({ gate: { passed: false, result: 'failed', reasons } });
    logOutcome(report, log, 'posture-report.json');
    const errors = log.calls.filter((c) => c.startsWith('error:'));
    expect(errors).toEqual(reasons.map((r) => `error:${r}`));
    const failed = log.calls.filter((c) => c.startsWith('failed:'));
    expect(failed).toHaveLength(1);
    for (const reason of reasons) expect(failed[0]).not.toContain(reason);
    expect(failed[0]).toBe(`failed:${failMessage(report, 'posture-report.json')}`);
    expect(failed[0]).toContain('2 reasons annotated above');
  });

  it('warns once about UNKNOWN results and does not fail a passed gate', () => {
    const log = recorder();
    logOutcome(
      makeReport({
        results: [makeResult({ status: 'UNKNOWN' }), makeResult({ status: 'UNKNOWN' })],
      }),
      log,
    );
    expect(log.calls.filter((c) => c.startsWith('warning:'))).toHaveLength(1);
    expect(log.calls.some((c) => c.startsWith('error:') || c.startsWith('failed:'))).toBe(false);
  });
});

describe('errorReport', () => {
  const config = parseConfig({ region: 'eu-west-1', services: 'efs,s3' });
  const report = errorReport({
    config,
    message: 'posture-gate could not run the scan: Could not load credentials from any providers',
    startedAt: new Date('2026-11-01T06:00:00Z'),
    finishedAt: new Date('2026-11-01T06:00:02Z'),
  });

  it('is a report with result error and the reason, and no results', () => {
    expect(report.gate).toEqual({
      passed: false,
      result: 'error',
      reasons: [
        'posture-gate could not run the scan: Could not load credentials from any providers',
      ],
    });
    expect(report.results).toEqual([]);
    expect(report.regions).toEqual(['eu-west-1']);
    expect(report.services).toEqual(['efs', 's3']);
    expect(JSON.parse(renderJson(report))).toMatchObject({ gate: { result: 'error' } });
  });

  it('gives a summary that says what went wrong', () => {
    const md = renderMarkdown(report);
    expect(md).toContain('**Error.** The scan could not run, so nothing was evaluated.');
    expect(md).toContain(
      '- posture\\-gate could not run the scan: Could not load credentials from any providers'.replace(
        '\\-',
        '-',
      ),
    );
  });
});
