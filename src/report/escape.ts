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
 * Text for a markdown table cell or inline text, safe in GitHub's renderer: shows the literal
 * characters, never becomes HTML, a link, a list or a new row.
 */
export function escapeMarkdown(text: string): string {
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
 * Text for a terminal: ANSI sequences removed, any other control character shown as `\xNN`
 * (`\uNNNN` above U+00FF), so a name cannot move the cursor, recolor or retitle the terminal.
 */
export function escapeConsole(text: string): string {
  return text.replace(ANSI_SEQUENCE, '').replace(UNSAFE_CHARACTERS, (c) => {
    const code = c.charCodeAt(0);
    return code > 0xff
      ? `\\u${code.toString(16).padStart(4, '0')}`
      : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}
