/**
 * A model of how the GitHub Actions runner reads workflow commands in the lines a step writes,
 * written from the runner's documented behaviour (actions/runner, src/Runner.Common/ActionCommand.cs
 * and src/Runner.Worker/ActionCommandManager.cs): each line is tried first as `::name props::data`
 * (after trimming leading whitespace) and then as `##[name props]data` found anywhere in the line.
 * Command names match case-insensitively against the registered ones. Shared by the unit tests of
 * the escaping and the end-to-end tests of the built action.
 */

/** The commands the runner registers (stop-commands adds its token while commands are stopped). */
export const RUNNER_COMMANDS = [
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning',
] as const;

export interface ParsedCommand {
  form: '::' | '##[';
  name: string;
  data: string;
}

const registered = (name: string): boolean =>
  (RUNNER_COMMANDS as readonly string[]).includes(name.toLowerCase());

/** .NET's Char.IsWhiteSpace set, which String.TrimStart removes. */
const LEADING_WHITESPACE =
  /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/** The `::name ...::data` form; undefined when the line is not one. */
function parseV2(line: string): ParsedCommand | undefined {
  const message = line.replace(LEADING_WHITESPACE, '');
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  return registered(name) ? { form: '::', name, data: message.slice(end + 2) } : undefined;
}

/** The `##[name ...]data` form, anywhere in the line; undefined when the line is not one. */
function parseV1(line: string): ParsedCommand | undefined {
  const prefix = line.indexOf('##[');
  if (prefix < 0) return undefined;
  const close = line.indexOf(']', prefix);
  if (close < 0) return undefined;
  const info = line.slice(prefix + 3, close);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  return registered(name) ? { form: '##[', name, data: line.slice(close + 1) } : undefined;
}

/** The command the runner would run for one line of output, if any. */
export function parseRunnerCommand(line: string): ParsedCommand | undefined {
  return parseV2(line) ?? parseV1(line);
}

/**
 * Every line of `output` the runner would take for a command. The runner reads lines ending at
 * `\n`, `\r` or `\r\n`.
 */
export function runnerCommands(output: string): { line: string; command: ParsedCommand }[] {
  return output.split(/\r\n|\r|\n/).flatMap((line) => {
    const command = parseRunnerCommand(line);
    return command ? [{ line, command }] : [];
  });
}

/**
 * Markers that make a line a command candidate whatever the command name, so an escaped line
 * holds none of them: `##[` anywhere, or `::` at the start followed by another `::`.
 */
export function commandMarkers(line: string): string[] {
  const markers: string[] = [];
  if (line.includes('##[')) markers.push('##[');
  const message = line.replace(LEADING_WHITESPACE, '');
  if (message.startsWith('::') && message.indexOf('::', 2) >= 0) markers.push('::');
  return markers;
}

/** The `%` encodings the runner decodes in command data and properties (any of its three sets). */
export const RUNNER_ENCODINGS = ['%25', '%0D', '%0A', '%3A', '%2C', '%3B', '%5D'] as const;

/** The encodings the runner would decode in `text`, case-insensitively (stricter than it is). */
export function decodableEncodings(text: string): string[] {
  return RUNNER_ENCODINGS.filter((code) => text.toUpperCase().includes(code));
}
