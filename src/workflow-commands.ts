/**
 * The few runner commands the action issues, written exactly as @actions/core 3 writes them.
 *
 * Why not @actions/core itself: issue 13 wants the action at its configuration error and its first
 * AWS call within 100 ms of start, and importing @actions/core loads its OIDC HTTP client
 * (@actions/http-client, undici) and platform helpers (@actions/exec, @actions/io) whatever is
 * called, about 50 ms. The action imports @actions/core only for what needs it (the job summary,
 * getIDToken). test/unit/action/workflow-commands.test.ts runs both on the same input and compares.
 */
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function issue(command: string, message: string, properties = ''): void {
  process.stdout.write(`::${command}${properties}::${escapeData(message)}${EOL}`);
}

/** The input's value, trimmed; '' when not given. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

/** To the GITHUB_OUTPUT file, under a random delimiter; without it, a set-output command. */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT || '';
  if (!file) {
    process.stdout.write(EOL);
    issue('set-output', value, ` name=${escapeProperty(name)}`);
    return;
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  // The Web Crypto global, not node:crypto: the same random UUID without loading that module
  // (about 10 ms) on every start.
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  if (name.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (value.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, {
    encoding: 'utf8',
  });
}

export function setSecret(secret: string): void {
  issue('add-mask', secret);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function notice(message: string): void {
  issue('notice', message);
}

export function warning(message: string): void {
  issue('warning', message);
}

export function error(message: string): void {
  issue('error', message);
}

export function startGroup(name: string): void {
  issue('group', name);
}

export function endGroup(): void {
  issue('endgroup', '');
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}
