import { jest } from '@jest/globals';
import * as core from '@actions/core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ours from '../../../src/workflow-commands.js';

/**
 * src/workflow-commands.ts stands in for @actions/core on the action's start-up path: whatever it
 * prints or appends must be what @actions/core would, so each case runs both and compares.
 */
type Commands = Pick<
  typeof ours,
  | 'getInput'
  | 'setOutput'
  | 'setSecret'
  | 'info'
  | 'notice'
  | 'warning'
  | 'error'
  | 'startGroup'
  | 'endGroup'
  | 'setFailed'
>;

// Names and values the runner parses specially: newlines end a command, `%` starts an escape,
// `:` and `,` separate a command's properties, `::` starts a command.
const TRICKY = [
  'plain',
  'two\nlines\r\nand a CR\r',
  '100% done, %0A is not a newline, %25',
  'key: value, other: x',
  '::warning::not a command',
  '',
  ' padded ',
  'unicode \u202e \u2028 é',
];

const DELIMITER = /ghadelimiter_[0-9a-f-]{36}/g;

interface Written {
  stdout: string;
  outputFile: string;
  exitCode: typeof process.exitCode;
}

const saved = { ...process.env };
const savedExitCode = process.exitCode;
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = savedExitCode;
  jest.restoreAllMocks();
});

/** Runs `use` against `commands`, with GITHUB_OUTPUT set to a fresh file unless `noOutputFile`. */
function written(
  commands: Commands,
  use: (commands: Commands) => void,
  noOutputFile = false,
): Written {
  const file = join(mkdtempSync(join(tmpdir(), 'posture-gate-commands-')), 'output');
  writeFileSync(file, '');
  if (noOutputFile) delete process.env.GITHUB_OUTPUT;
  else process.env.GITHUB_OUTPUT = file;
  process.exitCode = undefined;
  let stdout = '';
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  try {
    use(commands);
  } finally {
    write.mockRestore();
  }
  return {
    stdout: stdout.replace(DELIMITER, 'ghadelimiter_X'),
    outputFile: readFileSync(file, 'utf8').replace(DELIMITER, 'ghadelimiter_X'),
    exitCode: process.exitCode,
  };
}

function sameAsCore(use: (commands: Commands) => void, noOutputFile = false): Written {
  const expected = written(core, use, noOutputFile);
  const actual = written(ours, use, noOutputFile);
  expect(actual).toEqual(expected);
  return actual;
}

describe('workflow commands', () => {
  it('log lines, groups and masks as @actions/core writes them', () => {
    const out = sameAsCore((c) => {
      for (const text of TRICKY) {
        c.info(text);
        c.notice(text);
        c.warning(text);
        c.error(text);
        c.startGroup(text);
        c.endGroup();
        c.setSecret(text);
      }
    });
    expect(out.stdout).toContain('::warning::two%0Alines%0D%0Aand a CR%0D\n');
    expect(out.stdout).toContain('::add-mask::100%25 done');
  });

  it('outputs in the GITHUB_OUTPUT file as @actions/core writes them, delimiter aside', () => {
    const out = sameAsCore((c) => {
      for (const name of TRICKY.filter(Boolean)) {
        for (const value of TRICKY) c.setOutput(name, value);
      }
    });
    expect(out.stdout).toBe('');
    expect(out.outputFile).toContain('key: value, other: x<<ghadelimiter_X\n');
    // Each output has its own delimiter, as with @actions/core.
    process.env.GITHUB_OUTPUT = join(mkdtempSync(join(tmpdir(), 'posture-gate-commands-')), 'o');
    writeFileSync(process.env.GITHUB_OUTPUT, '');
    ours.setOutput('a', '1');
    ours.setOutput('b', '2');
    const delimiters = readFileSync(process.env.GITHUB_OUTPUT, 'utf8').match(DELIMITER) ?? [];
    expect(new Set(delimiters).size).toBe(2);
  });

  it('outputs as set-output commands without GITHUB_OUTPUT, as @actions/core does', () => {
    const out = sameAsCore((c) => {
      for (const name of TRICKY.filter(Boolean)) {
        for (const value of TRICKY) c.setOutput(name, value);
      }
    }, true);
    expect(out.stdout).toContain('\n::set-output name=key%3A value%2C other%3A x::plain\n');
  });

  it('fails as @actions/core does when the GITHUB_OUTPUT file is missing', () => {
    process.env.GITHUB_OUTPUT = join(tmpdir(), 'posture-gate-no-such-dir', 'output');
    expect(() => ours.setOutput('a', 'b')).toThrow(
      new Error(`Missing file at path: ${process.env.GITHUB_OUTPUT}`),
    );
    expect(() => core.setOutput('a', 'b')).toThrow(
      new Error(`Missing file at path: ${process.env.GITHUB_OUTPUT}`),
    );
  });

  it('fails the step with exit code 1 and an error line, as @actions/core does', () => {
    const out = sameAsCore((c) => c.setFailed('Invalid input "region":\n  "bogus" 100%'));
    expect(out.exitCode).toBe(1);
    expect(out.stdout).toBe('::error::Invalid input "region":%0A  "bogus" 100%25\n');
  });

  it('reads inputs as @actions/core does: spaces to underscores, upper case, trimmed', () => {
    for (const [name, value] of [
      ['region', ' us-east-1 \n'],
      ['fail on severity', 'high'],
      ['report-path', '\tout/report.json '],
      ['github-token', ''],
    ] as const) {
      process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
      expect(ours.getInput(name)).toBe(core.getInput(name));
    }
    expect(ours.getInput('not-given')).toBe(core.getInput('not-given'));
    expect(ours.getInput('fail on severity')).toBe('high');
  });
});
