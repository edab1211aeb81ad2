import {
  escapeConsole,
  escapeHtml,
  escapeLog,
  escapeMarkdown,
} from '../../../src/report/escape.js';
import {
  commandMarkers,
  decodableEncodings,
  parseRunnerCommand,
  RUNNER_COMMANDS,
  runnerCommands,
} from '../../runner-commands.js';
import { displayed, HOSTILE_NAME, splitRow, unescapedMetacharacters } from './fixtures.js';

const PRINTABLE_ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

describe('escapeMarkdown', () => {
  it('shows the hostile name as its literal characters and never as HTML', () => {
    const escaped = escapeMarkdown(HOSTILE_NAME);
    expect(escaped).toBe('&lt;img src=x&gt;\\|\\*\\*bold\\*\\*');
    expect(displayed(escaped)).toBe(HOSTILE_NAME);
  });

  it('escapes every markdown and HTML metacharacter of printable ASCII', () => {
    const escaped = escapeMarkdown(PRINTABLE_ASCII);
    expect(unescapedMetacharacters(escaped)).toEqual([]);
    expect(displayed(escaped)).toBe(PRINTABLE_ASCII);
  });

  it('keeps a table row whole whatever pipes and backslashes the text holds', () => {
    for (const text of ['a|b', 'a\\|b', 'a\\\\|b', '|', '\\', 'x\\']) {
      const cells = splitRow(`| ${escapeMarkdown(text)} | next |`);
      expect(cells).toHaveLength(2);
      expect(displayed(cells[0])).toBe(text);
    }
  });

  it('turns line breaks, tabs and other controls into spaces', () => {
    expect(escapeMarkdown('a\nb\r\nc\td\u0000e\u2028f\u0085g')).toBe('a b  c d e f g');
  });

  it('removes bidi overrides that would reorder what a reader sees', () => {
    expect(escapeMarkdown('abc\u202Eexe.txt')).toBe('abc exe.txt');
  });

  it('escapes a leading list marker only where it would start a list', () => {
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('12. item')).toBe('12\\. item');
    expect(escapeMarkdown('my-bucket-1.2')).toBe('my-bucket-1.2');
  });

  it('stops mentions but leaves e-mail addresses as they are', () => {
    expect(escapeMarkdown('owner @octocat')).toBe('owner @\u2060octocat');
    expect(escapeMarkdown('@org/team')).toBe('@\u2060org/team');
    expect(escapeMarkdown('alice@example.com')).toBe('alice@example.com');
  });

  it('gives every character, leading or inside a word, what each of its steps gives', () => {
    // Text that no step changes is returned at once; this pins that nothing else is.
    const unsafe =
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
    const everyStep = (text: string): string =>
      text
        .replace(unsafe, ' ')
        .replace(/[\\`*_[\]()#+!|~{}$]/g, '\\$&')
        .replace(/^(\s*)-/, '$1\\-')
        .replace(/^(\s*\d+)\./, '$1\\.')
        .replace(
          /[&<>"']/g,
          (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c] ?? '#39'};`,
        )
        .replace(/(^|\W)@(?=\w)/g, '$1@\u2060');
    const differ: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const c = String.fromCharCode(code);
      for (const text of [`${c}x`, `a${c}b`, ` ${c}-`, ` ${c}1.`]) {
        if (escapeMarkdown(text) !== everyStep(text)) differ.push(text);
      }
    }
    expect(differ).toEqual([]);
  });

  it('leaves plain names and non-ASCII text unchanged', () => {
    expect(escapeMarkdown('fs-0123456789abcdef0')).toBe('fs-0123456789abcdef0');
    expect(escapeMarkdown('donn\u00e9es \u6771\u4eac')).toBe('donn\u00e9es \u6771\u4eac');
  });
});

describe('escapeConsole', () => {
  it('removes color sequences', () => {
    expect(escapeConsole('\u001b[31mred\u001b[0m name')).toBe('red name');
  });

  it('removes cursor moves, screen clears and 8-bit CSI', () => {
    expect(escapeConsole('a\u001b[2J\u001b[1;1Hb\u009b2Kc')).toBe('abc');
  });

  it('removes terminated OSC strings such as window titles and hyperlinks', () => {
    expect(escapeConsole('\u001b]0;pwned\u0007name')).toBe('name');
    expect(escapeConsole('\u001b]8;;https://x\u001b\\link\u001b]8;;\u001b\\')).toBe('link');
  });

  it('shows an unterminated sequence instead of swallowing the rest of the text', () => {
    expect(escapeConsole('\u001b]0;rest')).toBe('\\x1b]0;rest');
  });

  it('shows other controls as visible escapes', () => {
    expect(escapeConsole('a\rb\nc\td\u0007e\u007ff\u0085g')).toBe(
      'a\\x0db\\x0ac\\x09d\\x07e\\x7ff\\x85g',
    );
    expect(escapeConsole('abc\u202Eexe')).toBe('abc\\u202eexe');
  });

  it('leaves printable and non-ASCII text unchanged', () => {
    const text = `${PRINTABLE_ASCII}donn\u00e9es \u6771\u4eac`;
    expect(escapeConsole(text)).toBe(text);
  });

  it('leaves no escape character whatever the input', () => {
    const all = Array.from({ length: 0x200 }, (_, i) => String.fromCharCode(i)).join('');
    const controls = [...escapeConsole(all)].filter(
      (c) => c < ' ' || (c >= '\u007f' && c <= '\u009f'),
    );
    expect(controls).toEqual([]);
  });
});

describe('escapeHtml', () => {
  const decode = (html: string): string =>
    html
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
      .replace(
        /&(amp|lt|gt|quot);/g,
        (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[name] ?? '',
      )
      .replace(/\u2060/g, '');

  it('shows the hostile name as its literal characters inside HTML', () => {
    const escaped = escapeHtml(HOSTILE_NAME);
    expect(escaped).toBe('&lt;img src=x&gt;&#124;&#42;&#42;bold&#42;&#42;');
    expect(decode(escaped)).toBe(HOSTILE_NAME);
  });

  it('leaves no HTML or markdown metacharacter of printable ASCII unescaped', () => {
    const escaped = escapeHtml(PRINTABLE_ASCII);
    expect(escaped.replace(/&(#\d+|amp|lt|gt|quot);/g, '')).not.toMatch(
      /[<>"'`*_[\]()#+!|~{}$\\&]/,
    );
    expect(decode(escaped)).toBe(PRINTABLE_ASCII);
  });

  it('turns controls into spaces and stops mentions', () => {
    expect(escapeHtml('a\nb\u202ec @team')).toBe('a b c @\u2060team');
  });
});

/** Names an account user could give a resource to steer the runner, one per command form. */
const COMMAND_NAMES: readonly string[] = [
  'fz-ssh ##[warning]injected',
  '##[add-mask]secret-looking-text',
  'x ##[stop-commands]token',
  '##[set-output name=result]passed',
  'a ##[error file=x;line=1]fake error',
  'ok ##[group]collapsed ##[endgroup]',
  '::warning::forged annotation',
  '::error file=app.js,line=1::forged',
  '::add-mask::hide-this',
  '::stop-commands::pwned',
  '::set-output name=result::passed',
  '   ::notice::after spaces',
  '\u00a0\u3000::debug::after Unicode spaces',
  '::WARNING::upper case',
  '::::',
  'first\n::warning::second line',
  'first\r##[error]after a carriage return',
  '%0A::warning::encoded newline',
  '::warning title=a%3Ab%2Cc::x%25y%0D%0Az',
  '#\u00ad#[warning]soft hyphen inside the marker',
  '#\u200b#[warning]zero-width space inside the marker',
  '\u202e]gninraw[## reversed',
];

describe('escapeConsole: runner workflow commands', () => {
  it('the runner model reads every one of these names as a command', () => {
    // The test's own check: unescaped, each name (or one of its lines) is a command or a command
    // marker, or hides one behind an invisible character or a decodable encoding.
    for (const name of COMMAND_NAMES) {
      const visible = name.replace(/[\u00ad\u200b\u202e]/g, '');
      const reversed = [...visible].reverse().join('');
      expect(
        runnerCommands(name).length +
          runnerCommands(visible).length +
          runnerCommands(reversed).length +
          commandMarkers(name).length +
          decodableEncodings(name).length,
      ).toBeGreaterThan(0);
    }
  });

  it.each(COMMAND_NAMES)('leaves no command in %j, alone or in a line', (name) => {
    const escaped = escapeConsole(name);
    expect(escaped).not.toMatch(/[\r\n]/);
    expect(runnerCommands(escaped)).toEqual([]);
    expect(commandMarkers(escaped)).toEqual([]);
    expect(decodableEncodings(escaped)).toEqual([]);
    for (const line of [`Warning: ${escaped}`, `  ${escaped}`, `| ${escaped} |`, escaped]) {
      expect(parseRunnerCommand(line)).toBeUndefined();
    }
  });

  it.each(RUNNER_COMMANDS)('neutralises the %s command in both forms', (command) => {
    for (const name of [`::${command}::x`, `::${command} a=b::x`, `y ##[${command}]x`]) {
      expect(parseRunnerCommand(name)).toBeDefined();
      expect(parseRunnerCommand(escapeConsole(name))).toBeUndefined();
    }
  });

  it('shows the marker with one character escaped, the rest of the name readable', () => {
    expect(escapeConsole('fz-ssh ##[warning]injected')).toBe('fz-ssh ##\\x5bwarning]injected');
    expect(escapeConsole('::warning::forged')).toBe('\\x3a:warning::forged');
    expect(escapeConsole('  ::add-mask::x')).toBe('  \\x3a:add-mask::x');
    expect(escapeConsole('a%0Ab%25c%3ad')).toBe('a\\x250Ab\\x2525c\\x253ad');
  });

  it('escapes the `%` of every encoding the runner decodes, in either case', () => {
    for (const code of ['%25', '%0D', '%0A', '%3A', '%2C', '%3B', '%5D', '%0d', '%0a', '%3a']) {
      expect(decodableEncodings(escapeConsole(`x${code}y`))).toEqual([]);
    }
  });

  it('leaves text that is not a command as it is: ARNs, IPv6 ranges, percentages', () => {
    for (const text of [
      'arn:aws:iam::123456789012:role/posture-gate',
      '::/0',
      '::1/128 on port 22',
      'fs-0123 uses 95% of its burst credits',
      'tag #1 [prod]',
      'a # [b',
    ]) {
      expect(escapeConsole(text)).toBe(text);
    }
  });

  it('shows invisible and bidi characters, so they can neither hide text nor split a marker', () => {
    expect(escapeConsole('a\u00adb\u200bc\u200dd\u2060e\ufeff')).toBe(
      'a\\xadb\\u200bc\\u200dd\\u2060e\\ufeff',
    );
    expect(escapeConsole('abc\u202eexe\u2066x\u2069')).toBe('abc\\u202eexe\\u2066x\\u2069');
    expect(escapeConsole('tag\u{e0041}')).toBe('tag\\u{e0041}');
  });

  it('is stable: a second pass changes nothing', () => {
    for (const name of COMMAND_NAMES) {
      const once = escapeConsole(name);
      expect(escapeConsole(once)).toBe(once);
    }
  });

  it('escapes a 10 KB tag full of markers in linear time, leaving none', () => {
    const tag = '##[warning]::error::%0A\u202e#'.repeat(400).slice(0, 10240);
    const started = performance.now();
    const escaped = escapeConsole(`::warning::${tag}`);
    expect(performance.now() - started).toBeLessThan(200);
    expect(runnerCommands(escaped)).toEqual([]);
    expect(commandMarkers(escaped)).toEqual([]);
    expect(decodableEncodings(escaped)).toEqual([]);
    expect(escaped).not.toContain('\u202e');
  });
});

describe('escapeLog', () => {
  it('escapes each line and keeps the line breaks', () => {
    const text = 'header\n::warning::forged\r\nrow ##[error]x\rlast %0A';
    const escaped = escapeLog(text);
    expect(escaped.split('\n')).toEqual([
      'header',
      '\\x3a:warning::forged',
      'row ##\\x5berror]x',
      'last \\x250A',
    ]);
    expect(runnerCommands(escaped)).toEqual([]);
  });

  it('keeps the colours of text posture-gate coloured, and escapes everything between them', () => {
    const line = '\u001b[31mcritical\u001b[0m ##[warning]x \u001b]0;title\u0007 \u001b[2J';
    expect(escapeLog(line, { keepColor: true })).toBe(
      '\u001b[31mcritical\u001b[0m ##\\x5bwarning]x  ',
    );
    expect(escapeLog(line)).toBe('critical ##\\x5bwarning]x  ');
  });

  it('leaves a rendered table as it is when nothing in it is a command', () => {
    const table = '┌──────┐\n│ a::b │\n└──────┘';
    expect(escapeLog(table)).toBe(table);
  });
});
