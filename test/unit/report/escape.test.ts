import { escapeConsole, escapeHtml, escapeMarkdown } from '../../../src/report/escape.js';
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
