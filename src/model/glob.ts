// Wildcards as AWS and posture-gate users write them: `*` any run of characters (slashes and
// colons too, so `arn:aws:s3:::logs-*` matches), `?` one character.
//
// Matched directly, not through a RegExp per pattern: most patterns are met once (each bucket
// and file system policy names its own resource), and compiling each one filled the old heap
// with compiled code at 50,000 resources. The matcher keeps the RegExp's meaning exactly: a
// wildcard matches no line terminator (`.` without the s flag) and case is folded as the i
// flag without u folds it.

const LINE_TERMINATORS = new Set(['\n', '\r', '\u2028', '\u2029']);

/** The i flag's case folding (Canonicalize, non-Unicode): upper case, never into ASCII. */
function canonical(char: string): string {
  const upper = char.toUpperCase();
  if (upper.length !== 1) return char;
  if (char.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128) return char;
  return upper;
}

export function globMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const same = (p: string, v: string): boolean =>
    p === v || (ignoreCase && canonical(p) === canonical(v));
  let p = 0;
  let v = 0;
  // The last `*` seen and where in the value its run ends: on a mismatch the run grows by one.
  let star = -1;
  let runEnd = 0;
  while (v < value.length) {
    const char = value[v] as string;
    const wanted = pattern[p];
    if (wanted === '*') {
      star = p;
      p += 1;
      runEnd = v;
    } else if (
      wanted !== undefined &&
      (wanted === '?' ? !LINE_TERMINATORS.has(char) : same(wanted, char))
    ) {
      p += 1;
      v += 1;
    } else if (star >= 0 && !LINE_TERMINATORS.has(value[runEnd] as string)) {
      p = star + 1;
      runEnd += 1;
      v = runEnd;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p += 1;
  return p === pattern.length;
}
