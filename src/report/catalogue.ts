import type { Rule } from '../rules/kit.js';

/** The check catalogue as a markdown table: `posture-gate checks` and the README print it. */
export function renderCatalogue(rules: readonly Rule[]): string {
  const rows = rules.map(({ meta }) => {
    const frameworks = [
      meta.frameworks.fsbp?.length ? `FSBP ${meta.frameworks.fsbp.join(', ')}` : '',
      meta.frameworks.cis?.length ? `CIS ${meta.frameworks.cis.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    return `| \`${meta.id}\` | ${meta.category} | ${meta.severity} | ${meta.title} | ${frameworks} |`;
  });
  return [
    '| check | category | severity | what it looks for | mapping |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
