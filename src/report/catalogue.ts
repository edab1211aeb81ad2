import type { CheckMeta } from '../model/results.js';
import type { Rule } from '../rules/kit.js';
import { renderCatalogueTable } from './console.js';

/** A pipe splits a markdown table cell, even inside a code span: `\|` shows it instead. */
const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** `FSBP EFS.1, EFS.8; CIS 2.4.1`, or empty when the check maps to neither. */
function frameworksText(meta: CheckMeta): string {
  return [
    meta.frameworks.fsbp?.length ? `FSBP ${meta.frameworks.fsbp.join(', ')}` : '',
    meta.frameworks.cis?.length ? `CIS ${meta.frameworks.cis.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** The check catalogue as a markdown table: `posture-gate checks` and the README print it. */
export function renderCatalogue(rules: readonly Rule[]): string {
  const rows = rules.map(
    ({ meta }) =>
      `| \`${meta.id}\` | ${meta.category} | ${meta.severity} | ${cell(meta.title)} | ${cell(frameworksText(meta))} |`,
  );
  return [
    '| check | category | severity | what it looks for | mapping |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** The catalogue for a terminal, fitting `width` columns (`posture-gate checks`). */
export function renderCatalogueText(rules: readonly Rule[], width?: number): string {
  return renderCatalogueTable(
    rules.map(({ meta }) => ({ ...meta, frameworks: frameworksText(meta) })),
    width === undefined ? {} : { width },
  );
}

/** The catalogue as JSON (`posture-gate checks --format json`): one object per check. */
export function renderCatalogueJson(rules: readonly Rule[]): string {
  const checks = rules.map(({ meta }) => ({
    id: meta.id,
    title: meta.title,
    service: meta.service,
    category: meta.category,
    severity: meta.severity,
    resourceType: meta.resourceType,
    frameworks: meta.frameworks,
    remediation: meta.remediation,
  }));
  return `${JSON.stringify(checks, null, 2)}\n`;
}

/** Section headings of docs/checks.md, one per service. */
const SERVICE_NAMES: Record<CheckMeta['service'], string> = {
  efs: 'EFS',
  ec2: 'EC2',
  sg: 'Security groups',
  rds: 'RDS',
  s3: 'S3',
  iam: 'IAM',
};

/**
 * Metadata text as markdown that shows it as written: `code` spans are kept, every other
 * character markdown would act on is escaped, and line breaks become spaces (a table row and a
 * list item are one line each).
 */
export function docText(text: string): string {
  const plain = (part: string): string =>
    part
      .replace(/[\\`*[\]<>|~$]/g, '\\$&')
      // An underscore inside a word (AFTER_30_DAYS) never starts emphasis: leave it readable.
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_');
  return text
    .replace(/\s*\n\s*/g, ' ')
    .split(/(`[^`]+`)/)
    .map((part, index) => (index % 2 === 1 ? part.replace(/\|/g, '\\|') : plain(part)))
    .join('');
}

/** GitHub's anchor for a heading: lower case, punctuation other than `-` and `_` dropped. */
export function anchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

function frameworkList(ids: readonly string[] | undefined): string {
  return ids?.length ? ids.join(', ') : '';
}

function checkSection(meta: CheckMeta): string[] {
  const title = docText(meta.title);
  return [
    `### \`${meta.id}\``,
    '',
    /[.!?]$/.test(title) ? title : `${title}.`,
    '',
    `- Service: \`${meta.service}\`; category: ${meta.category}; severity: ${meta.severity}`,
    `- FAIL when: ${docText(meta.failWhen)}`,
    `- Frameworks: ${frameworksText(meta) || 'none'}`,
    `- Remediation: ${docText(meta.remediation.text)}`,
    `- AWS documentation: <${meta.remediation.url}>`,
    '',
  ];
}

/**
 * docs/checks.md: every check of `rules`, grouped by service in catalogue order, from the rules'
 * own metadata. `npm run docs` writes it; a unit test fails when the file is stale.
 */
export function renderChecksDoc(rules: readonly Rule[]): string {
  const services: CheckMeta['service'][] = [];
  for (const { meta } of rules) if (!services.includes(meta.service)) services.push(meta.service);
  const ofService = (service: CheckMeta['service']): CheckMeta[] =>
    rules.map((rule) => rule.meta).filter((meta) => meta.service === service);

  const lines = [
    '# Checks',
    '',
    "<!-- Generated from the rules' metadata by `npm run docs`: do not edit by hand. -->",
    '',
    'Every check posture-gate runs, grouped by service. A check gives one result per resource it',
    'judges: PASS, FAIL, or UNKNOWN when the data it needs could not be read (the result then names',
    'the failed call and the IAM permission to grant). Frameworks are the AWS Security Hub',
    'Foundational Security Best Practices (FSBP) controls and the CIS AWS Foundations Benchmark',
    'v3.0 recommendations a check maps to. `posture-gate checks` prints the short table of the',
    'README.',
    '',
    ...services.map(
      (service) =>
        `- [${SERVICE_NAMES[service]}](#${anchor(SERVICE_NAMES[service])}): ${plural(ofService(service).length, 'check')}`,
    ),
    '',
  ];
  for (const service of services) {
    const metas = ofService(service);
    lines.push(
      `## ${SERVICE_NAMES[service]}`,
      '',
      '| check | title | category | severity | FSBP | CIS |',
      '|---|---|---|---|---|---|',
      ...metas.map(
        (meta) =>
          `| [\`${meta.id}\`](#${anchor(meta.id)}) | ${docText(meta.title)} | ${meta.category} | ${meta.severity} | ${cell(frameworkList(meta.frameworks.fsbp))} | ${cell(frameworkList(meta.frameworks.cis))} |`,
      ),
      '',
      ...metas.flatMap(checkSection),
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
