// Wildcards as AWS and posture-gate users write them: `*` any run of characters (slashes and
// colons too, so `arn:aws:s3:::logs-*` matches), `?` one character.

/**
 * Compiled patterns, for the patterns used again and again (check ids, policy actions). Bounded:
 * resource patterns are mostly one per resource (each bucket policy names its own bucket), and
 * every one kept would stay in memory to the end (13 MB at 50,000 resources).
 */
const cache = new Map<string, RegExp>();
const CACHE_SIZE = 1000;

export function globMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const key = `${ignoreCase ? 'i' : 's'}${pattern}`;
  let re = cache.get(key);
  if (!re) {
    const body = pattern
      .split('')
      .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('');
    re = new RegExp(`^${body}$`, ignoreCase ? 'i' : '');
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(key, re);
  }
  return re.test(value);
}
