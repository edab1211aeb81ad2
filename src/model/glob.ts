// Wildcards as AWS and posture-gate users write them: `*` any run of characters (slashes and
// colons too, so `arn:aws:s3:::logs-*` matches), `?` one character.

const cache = new Map<string, RegExp>();

export function globMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const key = `${ignoreCase ? 'i' : 's'}${pattern}`;
  let re = cache.get(key);
  if (!re) {
    const body = pattern
      .split('')
      .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('');
    re = new RegExp(`^${body}$`, ignoreCase ? 'i' : '');
    cache.set(key, re);
  }
  return re.test(value);
}
