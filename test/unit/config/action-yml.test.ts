import { readFileSync } from 'node:fs';
import { INPUTS } from '../../../src/config/schema.js';

/** Nested maps of scalars: enough for action.yml, which uses no lists or multi-line strings. */
interface YamlMap {
  [key: string]: string | YamlMap;
}

function scalar(text: string): string {
  if (text.startsWith("'")) return text.slice(1, -1).replaceAll("''", "'");
  if (text.startsWith('"')) return JSON.parse(text) as string;
  return text;
}

/** A small reader for block maps indented by two spaces, with quoted or plain scalar values. */
function readYamlMap(source: string): YamlMap {
  const root: YamlMap = {};
  // Open maps from the outside in; a line closes every map indented as deep or deeper.
  const open: { indent: number; map: YamlMap }[] = [];
  for (const line of source.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const match = /^( *)([\w-]+):(?: (.*))?$/.exec(line);
    if (!match) throw new Error(`unexpected line in action.yml: ${line}`);
    const [, spaces = '', key = '', value] = match;
    while ((open.at(-1)?.indent ?? -1) >= spaces.length) open.pop();
    const parent = open.at(-1)?.map ?? root;
    if (value === undefined) {
      const child: YamlMap = {};
      parent[key] = child;
      open.push({ indent: spaces.length, map: child });
    } else {
      parent[key] = scalar(value);
    }
  }
  return root;
}

const action = readYamlMap(readFileSync(new URL('../../../action.yml', import.meta.url), 'utf8'));

describe('action.yml', () => {
  it('runs dist/index.js on node24 under the name posture-gate', () => {
    expect(action.name).toBe('posture-gate');
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares exactly the INPUTS, with the same defaults and descriptions', () => {
    const declared = Object.entries(action.inputs as Record<string, YamlMap>).map(
      ([name, spec]) => ({ name, default: spec.default, description: spec.description }),
    );
    expect(declared).toEqual(INPUTS.map(({ name, ...spec }) => ({ name, ...spec })));
  });

  it('marks no input required, so every default applies', () => {
    for (const spec of Object.values(action.inputs as Record<string, YamlMap>)) {
      expect(spec.required).toBe('false');
    }
  });

  it('declares the outputs implemented so far, each with a description', () => {
    const outputs = action.outputs as Record<string, YamlMap>;
    expect(Object.keys(outputs)).toEqual([
      'score',
      'passed',
      'result',
      'critical-count',
      'high-count',
      'medium-count',
      'low-count',
      'findings-count',
      'unknown-count',
      'monthly-savings-usd',
      'report-path',
    ]);
    for (const output of Object.values(outputs)) expect(output.description).toBeTruthy();
  });

  it('has no emoji or other non-ASCII text', () => {
    const source = readFileSync(new URL('../../../action.yml', import.meta.url), 'utf8');
    expect(source).toMatch(/^[\x20-\x7e\n]*$/);
  });
});
