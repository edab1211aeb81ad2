import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/**
 * The pipeline's stages, in order. A module may import its own stage, an earlier one, the shared
 * types of src/model and the leaf modules; never a later stage. Entry points wire the stages
 * together and may import anything.
 */
const STAGES = ['config', 'aws', 'collect', 'rules', 'triage', 'report'] as const;
const SHARED = new Set(['model', 'errors.ts', 'version.ts']);
const ENTRY_POINTS = new Set([
  'main.ts',
  'cli.ts',
  'pipeline.ts',
  'prepare.ts',
  'github.ts',
  'index.ts',
  // The action's runner commands (log, outputs, masks), part of its entry.
  'workflow-commands.ts',
  'bin',
  'demo',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** The first path segment under src: a stage, `model`, or a top-level file. */
const areaOf = (file: string): string => relative('src', file).split('/')[0] ?? '';

function localImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*from '(\.{1,2}\/[^']+)'/g)].map((m) =>
    normalize(join(dirname(file), (m[1] ?? '').replace(/\.js$/, '.ts'))),
  );
}

const rank = (area: string): number => STAGES.indexOf(area as (typeof STAGES)[number]);

describe('the layout of src', () => {
  const files = sourceFiles('src');

  it('has every file in a stage, the shared model, a leaf module or an entry point', () => {
    const stray = files.filter((file) => {
      const area = areaOf(file);
      return rank(area) < 0 && !SHARED.has(area) && !ENTRY_POINTS.has(area);
    });
    expect(stray).toEqual([]);
  });

  it('imports only along the pipeline: no stage imports a later one', () => {
    const backwards = files.flatMap((file) => {
      const from = areaOf(file);
      if (ENTRY_POINTS.has(from)) return [];
      return localImports(file)
        .filter((target) => {
          const to = areaOf(target);
          if (SHARED.has(to)) return false;
          if (from === 'model' || SHARED.has(from)) return true;
          return rank(to) > rank(from) || rank(to) < 0;
        })
        .map((target) => `${file} -> ${target}`);
    });
    expect(backwards).toEqual([]);
  });
});
