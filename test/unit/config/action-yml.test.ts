import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { INPUTS } from '../../../src/config/schema.js';

interface ActionInput {
  description: string;
  required: boolean;
  default: string;
}
interface ActionYml {
  name: string;
  runs: Record<string, string>;
  inputs: Record<string, ActionInput>;
  outputs: Record<string, { description: string }>;
}

const action = parse(
  readFileSync(new URL('../../../action.yml', import.meta.url), 'utf8'),
) as ActionYml;

describe('action.yml', () => {
  it('runs dist/index.js on node24 under the name posture-gate', () => {
    expect(action.name).toBe('posture-gate');
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares exactly the INPUTS, with the same defaults and descriptions', () => {
    const declared = Object.entries(action.inputs).map(([name, spec]) => ({
      name,
      default: spec.default,
      description: spec.description,
    }));
    expect(declared).toEqual(
      INPUTS.map((input) => ({
        name: input.name,
        default: input.default,
        description: input.description,
      })),
    );
  });

  it('marks no input required, so every default applies', () => {
    for (const spec of Object.values(action.inputs)) {
      expect(spec.required).toBe(false);
    }
  });

  it('declares the outputs implemented so far, each with a description', () => {
    const { outputs } = action;
    expect(Object.keys(outputs)).toEqual([
      'score',
      'passed',
      'result',
      'critical-count',
      'high-count',
      'medium-count',
      'low-count',
      'findings-count',
      'new-findings-count',
      'unknown-count',
      'monthly-savings-usd',
      'report-path',
      'sarif-path',
    ]);
    for (const output of Object.values(outputs)) expect(output.description).toBeTruthy();
  });

  it('has no emoji or other non-ASCII text', () => {
    const source = readFileSync(new URL('../../../action.yml', import.meta.url), 'utf8');
    expect(source).toMatch(/^[\x20-\x7e\n]*$/);
  });
});
