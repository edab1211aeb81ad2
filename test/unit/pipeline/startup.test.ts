import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The entry points load the AWS SDK only when they scan (DESIGN.md: nothing loaded that the run
 * does not use). Walks the static, non-type imports from each entry and fails if one reaches an
 * `@aws-sdk/` package; `import()` is the way to load the scan on demand.
 */
const IMPORT = /^\s*(?:import|export)\s+(type\s+)?[^'";]*?from\s+'([^']+)';/gm;

function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    if (!match[1] && match[2]) found.push(match[2]);
  }
  return found;
}

function reachablePackages(entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [resolve(entry)];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of staticImports(file)) {
      if (specifier.startsWith('.')) {
        queue.push(join(dirname(file), specifier.replace(/\.js$/, '.ts')));
      } else if (!packages.has(specifier)) {
        packages.set(specifier, file);
      }
    }
  }
  return packages;
}

describe.each(['src/main.ts', 'src/cli.ts'])('start-up of %s', (entry) => {
  it('imports no AWS SDK package statically', () => {
    const sdk = [...reachablePackages(entry)].filter(([name]) => name.startsWith('@aws-sdk/'));
    expect(sdk.map(([name, from]) => `${name} (from ${from})`)).toEqual([]);
  });
});
