/**
 * Escaping of AWS-sourced text (names, tags, ids, messages) for the places reports put it. AWS lets
 * account users write almost any character into a name, so every value is treated as hostile.
 */

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * C0, DEL, C1 and line separators end a table row or move a terminal's cursor; bidi overrides
 * reorder what a reader sees.
 */
const UNSAFE_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

// `$` starts GitHub math; `|` splits a table cell even inside other inline spans.
const MARKDOWN_PUNCTUATION = /[\\`*_[\]()#+!|~{}$]/g;

/**
 * What any step of {@link escapeMarkdown} changes: most cells (ids, regions, plain details) have
 * none of it and are returned as they are, without a pass of each step.
 */
const MARKDOWN_TO_ESCAPE = new RegExp(
  `${UNSAFE_CHARACTERS.source}|${MARKDOWN_PUNCTUATION.source}|[&<>"'@]|^\\s*(?:-|\\d+\\.)`,
);

/**
 * Text for a markdown table cell or inline text, safe in GitHub's renderer: shows the literal
 * characters, never becomes HTML, a link, a list or a new row.
 */
export function escapeMarkdown(text: string): string {
  if (!MARKDOWN_TO_ESCAPE.test(text)) return text;
  return (
    text
      .replace(UNSAFE_CHARACTERS, ' ')
      .replace(MARKDOWN_PUNCTUATION, '\\$&')
      // A leading list marker would start a list where the text begins a line.
      .replace(/^(\s*)-/, '$1\\-')
      .replace(/^(\s*\d+)\./, '$1\\.')
      // Entities last: the markdown pass must not see the `#` and `;` they add.
      .replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c)
      // GitHub turns `@name` into a mention that notifies people, even after escaping; a word
      // joiner keeps the text as shown and stops the mention. `user@example.com` is never one.
      .replace(/(^|\W)@(?=\w)/g, '$1@\u2060')
  );
}

/** Markdown punctuation as numeric entities: inert in HTML and in markdown alike. */
const HTML_AND_MARKDOWN = /[&<>"'\\`*_[\]()#+!|~{}$]/g;

/**
 * Text for HTML content or a quoted attribute (a `<summary>`, a link's `href`): every HTML
 * metacharacter as an entity, markdown punctuation as a numeric entity (GitHub may still treat
 * the text as markdown), controls as spaces, and no `@mention`.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(UNSAFE_CHARACTERS, ' ')
    .replace(HTML_AND_MARKDOWN, (c) => HTML_ENTITIES[c] ?? `&#${c.charCodeAt(0)};`)
    .replace(/(^|\W)@(?=\w)/g, '$1@\u2060');
}

/** A quoted HTML attribute value (a link's `href`): the HTML metacharacters as entities. */
export function escapeAttribute(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, '').replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/**
 * ANSI sequences: CSI (7-bit or 8-bit) with its parameters, terminated OSC/DCS/APC/PM/SOS
 * strings, and other ESC sequences (whose final byte is not a string or CSI introducer). An
 * unterminated string is left for the control pass so the text after it stays visible.
 */
const ANSI_SEQUENCE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d-\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)|\u001b[ -/]*[0-OQ-WYZ\\`-~]/g;

/**
 * Invisible format characters (Unicode category Cf: soft hyphen, zero-width spaces and joiners,
 * bidi marks, the byte-order mark, tag characters) and the other default-ignorable code points.
 * A terminal shows nothing for them, and a culture-aware comparison skips them, so `#\u00ad#[`
 * could read as `##[`; shown escaped, they can neither hide text nor split a command marker.
 */
const INVISIBLE_CHARACTERS = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * What the Actions runner reads as a workflow command in a line a step writes (actions/runner,
 * src/Runner.Common/ActionCommand.cs): `##[` anywhere in the line; `::` at its start, once
 * leading whitespace is trimmed, when another `::` follows (a lone `::/0` is never a command);
 * and, inside a command, the `%` encodings it decodes (`%25`, `%0D`, `%0A` in data, `%3A` and
 * `%2C` in properties, `%3B` and `%5D` in `##[` commands), matched here in either case.
 */
const COMMAND_MARKER = /##\[|^(\s*):(?=:[\s\S]*::)|%(?=25|0d|0a|3a|2c|3b|5d)/giu;

/** Shows a character as `\xNN`, `\uNNNN` or `\u{NNNNN}`: visible, and never one the runner reads. */
function shown(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  if (code > 0xffff) return `\\u{${code.toString(16)}}`;
  return code > 0xff
    ? `\\u${code.toString(16).padStart(4, '0')}`
    : `\\x${code.toString(16).padStart(2, '0')}`;
}

/**
 * One line of text for a terminal and for the Actions log, the one escaping every log line with
 * AWS-sourced text goes through: ANSI sequences removed; control, line-breaking, bidi and
 * invisible characters shown as `\xNN` or `\uNNNN`, so a name cannot move the cursor, recolor
 * the terminal, reorder or hide text, or start a new line; and the runner's command markers
 * shown with one character escaped (`##[` as `##\x5b`, a leading `::` as `\x3a:`, `%0A` as
 * `\x250A`), so no line can carry a workflow command (an annotation, `add-mask`,
 * `stop-commands`) whatever a resource is named. The text is taken to start a line, the
 * strictest place. The result has no line break, and a second pass leaves it unchanged.
 */
export function escapeConsole(text: string): string {
  return text
    .replace(ANSI_SEQUENCE, '')
    .replace(UNSAFE_CHARACTERS, shown)
    .replace(INVISIBLE_CHARACTERS, shown)
    .replace(COMMAND_MARKER, (marker: string, indent: string | undefined) =>
      marker === '##[' ? '##\\x5b' : marker === '%' ? '\\x25' : `${indent ?? ''}\\x3a`,
    );
}

/** A colour (SGR) sequence, the only ANSI sequence a line may keep. */
// eslint-disable-next-line no-control-regex -- matching the escape character is the point
const COLOR_SEQUENCE = /(\u001b\[[0-9;]*m)/;

/**
 * Text of several lines for the Actions log (a rendered table, a message that may hold a line
 * break): each line escaped with {@link escapeConsole}, the line breaks kept. With `keepColor`,
 * for text posture-gate coloured itself (the console report, whose cells are already escaped),
 * the colour sequences stay and the text between them is escaped.
 */
export function escapeLog(text: string, options: { keepColor?: boolean } = {}): string {
  const escapeLine = (line: string): string =>
    options.keepColor
      ? line
          .split(COLOR_SEQUENCE)
          .map((part, i) => (i % 2 === 1 ? part : escapeConsole(part)))
          .join('')
      : escapeConsole(line);
  return text
    .split(/\r\n|\r|\n/)
    .map(escapeLine)
    .join('\n');
}
