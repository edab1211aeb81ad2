import { jest } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Report } from '../../../src/model/report.js';
import { runnerCommands } from '../../runner-commands.js';
import { makeReport, makeResult } from '../report/fixtures.js';

/**
 * The action's log: every message goes through src/workflow-commands.ts, which these tests replace
 * with a recorder of the command lines it would print, so the runner's reading of them can be
 * checked.
 */
const lines: string[] = [];
const record = (command: string) => (message: string) =>
  lines.push(command === 'info' ? message : `::${command}::${message}`);
let report: Report;
let emitError: Error | undefined;

jest.unstable_mockModule('../../../src/workflow-commands.js', () => ({
  getInput: () => '',
  info: record('info'),
  notice: record('notice'),
  warning: record('warning'),
  error: record('error'),
  startGroup: record('group'),
  endGroup: () => lines.push('::endgroup::'),
  setFailed: record('error'),
  setOutput: () => undefined,
  setSecret: () => undefined,
}));
jest.unstable_mockModule('@actions/core', () => ({
  getIDToken: async () => '',
  summary: { addRaw: () => ({ write: async () => undefined }) },
}));
jest.unstable_mockModule('../../../src/prepare.js', () => ({ prepareRun: async () => ({}) }));
jest.unstable_mockModule('../../../src/pipeline.js', () => ({
  scanAccount: async (_config: unknown, deps: { log(line: string): void }) => {
    deps.log('Scanning account 123456789012 as arn:aws:sts::123456789012:assumed-role/r/::x::');
    deps.log('::warning::from a log line');
    return { report, inventory: {} };
  },
}));
jest.unstable_mockModule('../../../src/report/emit.js', () => ({
  emitReports: async (
    r: Report,
    targets: { text?: { write(text: string): void } },
  ): Promise<void> => {
    if (emitError) throw emitError;
    targets.text?.write(`Resource\n##[warning]${r.account}\n  ::error::row`);
  },
}));
const { run } = await import('../../../src/main.js');

const HOSTILE = 'fz-ssh ##[warning]injected \u202e %0A::add-mask::x';

beforeEach(() => {
  lines.length = 0;
  emitError = undefined;
  report = makeReport({
    gate: {
      passed: false,
      result: 'failed',
      reasons: [`1 critical finding (fail-on-severity: critical): sg.open on ${HOSTILE}`],
    },
    warnings: [`::stop-commands::token from ${HOSTILE}`],
    results: [makeResult({ resourceName: HOSTILE })],
  });
});

describe('the action log', () => {
  it('carries no command but the ones the action issues, whatever the resources are named', async () => {
    await run();
    const commands = runnerCommands(lines.join('\n'));
    // Only the action's own warnings and errors: the warning, the gate reason and the failure.
    expect(commands.map(({ command }) => `${command.form}${command.name}`)).toEqual([
      '::warning',
      '::error',
      '::error',
    ]);
    for (const { command } of commands) {
      expect(command.data).not.toMatch(/##\[|^\s*::|\u202e|%0A/);
    }
    expect(lines.join('\n')).toContain('sg.open on fz-ssh ##\\x5bwarning]injected \\u202e');
  });

  it('names report-path, not the scan, when the report cannot be written after the scan', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'posture-gate-action-'));
    process.env.GITHUB_WORKSPACE = workspace;
    try {
      emitError = Object.assign(new Error('ENOSPC: no space left on device'), {
        code: 'ENOSPC',
        path: `${resolve(workspace, 'posture-report.json')}.1.tmp`,
      });
      await run();
      const failure = lines.at(-1) ?? '';
      expect(failure).toContain('could not write its output: input "report-path"');
      expect(failure).toContain('no space left on the device (ENOSPC)');
      expect(failure).not.toContain('could not run the scan');
    } finally {
      delete process.env.GITHUB_WORKSPACE;
    }
  });
});
