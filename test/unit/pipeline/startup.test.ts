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

/** The packages (by name, with a file importing each) and files an entry reaches statically. */
function reachable(entry: string): { packages: Map<string, string>; files: Set<string> } {
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
  return { packages, files: seen };
}
const reachablePackages = (entry: string): Map<string, string> => reachable(entry).packages;

describe.each(['src/main.ts', 'src/cli.ts'])('start-up of %s', (entry) => {
  it('imports no AWS SDK package statically', () => {
    const sdk = [...reachablePackages(entry)].filter(([name]) => name.startsWith('@aws-sdk/'));
    expect(sdk.map(([name, from]) => `${name} (from ${from})`)).toEqual([]);
  });
});

describe('start-up of the action (src/main.ts)', () => {
  // Until its inputs are valid the action needs the input table, the error outputs and the runner
  // commands, and no package: @actions/core (which loads its HTTP client eagerly), zod, the rules,
  // the renderers and their packages load after, so a configuration error comes quickly (issue 13).
  it('loads no package, rule, renderer or triage module before reading its inputs', () => {
    const { packages, files } = reachable('src/main.ts');
    const late = [...files]
      .map((file) => file.slice(resolve('.').length + 1))
      .filter((file) =>
        /^src\/(rules|triage|collect|aws)\/|^src\/report\/(?!escape|outputs)/.test(file),
      );
    expect(late).toEqual([]);
    expect([...packages.keys()].filter((name) => !name.startsWith('node:'))).toEqual([]);
  });

  // Between valid inputs and the STS identity call the action loads prepare.ts and pipeline.ts:
  // the rules, the suppressions and baseline readers and their packages load only when the run
  // needs them, the collectors and the other SDK clients after the identity call.
  it.each(['src/prepare.ts', 'src/pipeline.ts'])(
    '%s loads no rule, collector or package but the STS client and the credential providers',
    (entry) => {
      const { packages, files } = reachable(entry);
      const late = [...files]
        .map((file) => file.slice(resolve('.').length + 1))
        .filter((file) => /^src\/(rules|triage)\/|^src\/collect\/(?!deadline)/.test(file));
      expect(late).toEqual([]);
      expect([...packages.keys()].filter((name) => !name.startsWith('node:'))).toEqual(
        entry === 'src/prepare.ts' ? [] : ['@aws-sdk/client-sts', '@aws-sdk/credential-providers'],
      );
    },
  );
});
