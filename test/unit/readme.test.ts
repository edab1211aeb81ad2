import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { INPUTS } from '../../src/config/schema.js';
import { renderCatalogue } from '../../src/report/catalogue.js';
import { ALL_RULES } from '../../src/rules/index.js';

/**
 * The README's generated sections must match the code. Run with UPDATE_README=1 to rewrite them
 * after changing inputs, checks or the IAM policy.
 */
const README = 'README.md';

function inputsTable(): string {
  const cell = (text: string): string => text.replace(/\|/g, '\\|');
  return [
    '| input | default | meaning |',
    '|---|---|---|',
    ...INPUTS.map(
      (i) => `| \`${i.name}\` | ${i.default ? `\`${i.default}\`` : ''} | ${cell(i.description)} |`,
    ),
  ].join('\n');
}

function policyBlock(): string {
  return ['```json', readFileSync('iam-policy.json', 'utf8').trimEnd(), '```'].join('\n');
}

/** Each workflow of examples/workflows, shown whole: the files are what the tests check. */
function exampleSections(): Record<string, () => string> {
  const dir = 'examples/workflows';
  return Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith('.yml'))
      .map((file) => [
        `example-${file.replace(/\.yml$/, '')}`,
        () => ['```yaml', readFileSync(`${dir}/${file}`, 'utf8').trimEnd(), '```'].join('\n'),
      ]),
  );
}

const SECTIONS: Record<string, () => string> = {
  inputs: inputsTable,
  'iam-policy': policyBlock,
  checks: () => renderCatalogue(ALL_RULES),
  ...exampleSections(),
};

function section(text: string, name: string): string | undefined {
  const match = new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`).exec(
    text,
  );
  return match?.[1];
}

describe('README.md', () => {
  let text = readFileSync(README, 'utf8');

  if (process.env.UPDATE_README === '1') {
    for (const [name, build] of Object.entries(SECTIONS)) {
      text = text.replace(
        new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(\\n<!-- ${name}:end -->)`),
        (_, start: string, end: string) => `${start}${build()}${end}`,
      );
    }
    writeFileSync(README, text);
  }

  it.each(Object.keys(SECTIONS))('has the %s section generated from the code', (name) => {
    expect(section(text, name)).toBe(SECTIONS[name]?.());
  });

  it('contains no emoji', () => {
    expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
  });
});
