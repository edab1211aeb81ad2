// SARIF 2.1.0 for GitHub code scanning (DESIGN.md "SARIF"): one run, the checks as rules, one
// result per FAIL. Pure: the report and the repository file to anchor results to go in, the SARIF
// log comes out; where that file comes from (GITHUB_WORKFLOW_REF) is the entry points' business.
import { Buffer } from 'node:buffer';
import { checkEntryOf, type Report } from '../model/report.js';
import {
  compareResults,
  SEVERITIES,
  type CheckMeta,
  type CheckResult,
  type Severity,
} from '../model/results.js';
import { ALL_RULES } from '../rules/index.js';
import { docText } from './catalogue.js';

/** GitHub code scanning rejects a run of more results than this. */
export const SARIF_MAX_RESULTS = 25_000;

/** The file stays under 10 MB (GitHub's upload limit), with room to spare. */
export const SARIF_MAX_BYTES = 9_900_000;

/** The `partialFingerprints` key that carries a result's stable id. */
export const FINGERPRINT_KEY = 'postureGateResultId/v1';

/** The file results are anchored to when the workflow file is not known. */
export const FALLBACK_ANCHOR = 'action.yml';

const SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

type Level = 'error' | 'warning' | 'note';

const LEVELS: Record<Severity, Level> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

/** GitHub's security-severity scale: critical 9.0 and up, high 7.0 to 8.9, and so on. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.0',
  high: '7.0',
  medium: '5.0',
  low: '3.0',
};

/** GitHub shows at most 10 tags of a rule (and rejects more than 20). */
const MAX_TAGS = 10;

/** GitHub cuts rule descriptions at 1,024 characters. */
const MAX_DESCRIPTION = 1024;

interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  defaultConfiguration: { level: Level };
  help: SarifMessage;
  helpUri: string;
  properties: { tags: string[]; 'security-severity': string };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: Level;
  message: SarifMessage;
  locations: {
    physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
    logicalLocations: { name: string; fullyQualifiedName: string; kind: 'resource' }[];
  }[];
  partialFingerprints: Record<string, string>;
  baselineState?: 'new' | 'unchanged';
  suppressions?: { kind: 'external'; status: 'accepted'; justification: string }[];
}

export interface SarifRunProperties {
  /** FAIL results the run could not carry (the result cap or the size limit): most severe kept. */
  resultsLeftOut: number;
  resultsLeftOutBySeverity?: Record<Severity, number>;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [
    {
      tool: {
        driver: { name: string; version: string; semanticVersion?: string; rules: SarifRule[] };
      };
      automationDetails: { id: string };
      invocations: {
        executionSuccessful: boolean;
        startTimeUtc: string;
        endTimeUtc: string;
        toolExecutionNotifications?: { level: 'warning'; message: SarifMessage }[];
      }[];
      results: SarifResult[];
      properties: SarifRunProperties;
    },
  ];
}

export interface SarifOptions {
  /** Repository-relative path of the file every result is anchored to, at line 1. */
  anchorPath: string;
  /** Check metadata by id; the catalogue's by default. Checks not in it use the results' fields. */
  checks?: readonly CheckMeta[];
  maxResults?: number;
  maxBytes?: number;
}

/**
 * The workflow file of the run, from `GITHUB_WORKFLOW_REF`
 * (`owner/repo/.github/workflows/posture.yml@refs/heads/main`), or `action.yml` when it is not
 * set or not of that shape.
 */
export function sarifAnchor(workflowRef: string | undefined): string {
  const match = /^[^/]+\/[^/]+\/(\.github\/workflows\/[^@]+)@/.exec(workflowRef?.trim() ?? '');
  const path = match?.[1];
  if (!path || path.split('/').some((part) => part === '..' || part === '')) return FALLBACK_ANCHOR;
  return path;
}

/* eslint-disable no-control-regex -- matching control characters is the point */
/** C0, DEL, C1, line separators and bidi controls: they end a line or reorder what is shown. */
const UNSAFE_CHARACTERS =
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

/**
 * AWS-sourced text for a SARIF message. SARIF message text is plain text in which `[` and `]`
 * start embedded links unless escaped with a backslash, and GitHub renders it as markdown: every
 * character either would act on is backslash-escaped (`#` too, which would link an issue), so a
 * resource named `<img src=x>|**bold**` shows as those characters. The message is one line, so
 * markers that act only at the start of a line need nothing.
 */
export function sarifText(text: string): string {
  return (
    text
      .replace(UNSAFE_CHARACTERS, ' ')
      // With `[` and `]` escaped no link can form, so `(`, `)` and `!` stay as they are.
      .replace(/[\\`*_[\]#|~$<>&]/g, '\\$&')
      // A mention notifies people, even after escaping; a word joiner keeps the text as shown.
      .replace(/(^|\W)@(?=\w)/g, '$1@\u2060')
  );
}

/** Our own text (a reason from the suppressions file) as one plain line. */
const plainLine = (text: string): string => text.replace(UNSAFE_CHARACTERS, ' ');

const cut = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 3)}...`;

/** `s3.versioning-off` as `S3VersioningOff`: SARIF's readable rule name. */
function ruleName(checkId: string): string {
  return checkId
    .split(/[.-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function tags(meta: CheckMeta): string[] {
  return [
    meta.category,
    ...(meta.frameworks.fsbp ?? []).map((id) => `FSBP:${id}`),
    ...(meta.frameworks.cis ?? []).map((id) => `CIS:${id}`),
  ].slice(0, MAX_TAGS);
}

function sarifRule(meta: CheckMeta): SarifRule {
  const { text, url } = meta.remediation;
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: cut(meta.title, MAX_DESCRIPTION) },
    fullDescription: { text: cut(meta.failWhen || meta.title, MAX_DESCRIPTION) },
    defaultConfiguration: { level: LEVELS[meta.severity] },
    // The help carries the whole FAIL condition, which the description may have had to cut.
    help: {
      text: [
        ...(meta.failWhen ? [`FAIL when: ${meta.failWhen}`] : []),
        `Remediation: ${text}`,
        `AWS documentation: ${url}`,
      ].join('\n\n'),
      markdown: [
        ...(meta.failWhen ? [`**FAIL when:** ${docText(meta.failWhen)}`] : []),
        `**Remediation:** ${docText(text)}`,
        `[AWS documentation](${url})`,
      ].join('\n\n'),
    },
    helpUri: url,
    properties: { tags: tags(meta), 'security-severity': SECURITY_SEVERITY[meta.severity] },
  };
}

/** A check's metadata as its results carry it, for a check the catalogue does not know. */
function metaOfResult(result: CheckResult): CheckMeta {
  return { id: result.checkId, ...checkEntryOf(result), failWhen: '' };
}

/** One line naming the resource and where it is, then the rule's detail sentence. */
function messageText(result: CheckResult): string {
  const id = sarifText(result.resourceId);
  const name = result.resourceName && result.resourceName !== result.resourceId;
  const label = name ? `${sarifText(result.resourceName as string)} (${id})` : id;
  const region = result.region === 'global' ? '' : `, ${result.region}`;
  return `${result.resourceType} ${label} (account ${sarifText(result.account)}${sarifText(region)}): ${sarifText(result.detail)}`;
}

function sarifResult(result: CheckResult, ruleIndex: number, anchorPath: string): SarifResult {
  return {
    ruleId: result.checkId,
    ruleIndex,
    level: LEVELS[result.severity],
    message: { text: messageText(result) },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: anchorPath }, region: { startLine: 1 } },
        logicalLocations: [
          {
            name: result.resourceId,
            fullyQualifiedName: result.resourceArn ?? result.resourceId,
            kind: 'resource',
          },
        ],
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: result.id },
    ...(result.baseline
      ? { baselineState: result.baseline === 'new' ? ('new' as const) : ('unchanged' as const) }
      : {}),
    ...(result.suppressed
      ? {
          suppressions: [
            {
              kind: 'external' as const,
              status: 'accepted' as const,
              justification: plainLine(result.suppressed.reason),
            },
          ],
        }
      : {}),
  };
}

/** The FAIL results, unsuppressed first, each part most severe first. */
function failsInOrder(report: Report): CheckResult[] {
  const fails = report.results.filter((r) => r.status === 'FAIL');
  const open = fails.filter((r) => !r.suppressed).sort(compareResults);
  const suppressed = fails.filter((r) => r.suppressed).sort(compareResults);
  return [...open, ...suppressed];
}

/** Keeps runs of different accounts and regions apart in code scanning (its "category"). */
function automationId(report: Report): string {
  const regions = report.config.regions === 'all' ? 'all' : [...report.regions].sort().join(',');
  return `posture-gate/${report.account}/${regions || 'none'}/`;
}

function byteLength(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

/**
 * The SARIF log of a report: the checks that have results as rules (catalogue order), and one
 * result per FAIL, anchored to `anchorPath`. Past `maxResults` or `maxBytes` the least severe
 * results are left out, and the run's properties say how many.
 */
export function buildSarif(report: Report, options: SarifOptions): SarifLog {
  const maxResults = options.maxResults ?? SARIF_MAX_RESULTS;
  const maxBytes = options.maxBytes ?? SARIF_MAX_BYTES;
  const catalogue = options.checks ?? ALL_RULES.map((rule) => rule.meta);
  const order = new Map(catalogue.map((meta, index) => [meta.id, index]));
  const metaById = new Map(catalogue.map((meta) => [meta.id, meta]));

  const checkIds = [...new Set(report.results.map((r) => r.checkId))].sort(
    (a, b) =>
      (order.get(a) ?? order.size) - (order.get(b) ?? order.size) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const rules = checkIds.map((id) => {
    const meta =
      metaById.get(id) ?? metaOfResult(report.results.find((r) => r.checkId === id) as CheckResult);
    return sarifRule(meta);
  });
  const ruleIndex = new Map(checkIds.map((id, index) => [id, index]));

  const fails = failsInOrder(report);
  const results = fails
    .slice(0, maxResults)
    .map((r) => sarifResult(r, ruleIndex.get(r.checkId) ?? 0, options.anchorPath));

  const log = (kept: SarifResult[], leftOut: CheckResult[]): SarifLog => {
    const bySeverity = Object.fromEntries(
      SEVERITIES.map((s) => [s, leftOut.filter((r) => r.severity === s).length]),
    ) as Record<Severity, number>;
    const note = `${leftOut.length} of ${fails.length} FAIL results were left out to stay within GitHub code scanning's limits (${maxResults} results, ${maxBytes} bytes), the least severe first; the JSON report has every result.`;
    return {
      $schema: SCHEMA_URI,
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: report.tool.name,
              version: report.tool.version,
              ...(/^\d+\.\d+\.\d+/.test(report.tool.version)
                ? { semanticVersion: report.tool.version }
                : {}),
              rules,
            },
          },
          automationDetails: { id: automationId(report) },
          invocations: [
            {
              executionSuccessful: report.gate.result !== 'error',
              startTimeUtc: report.startedAt,
              endTimeUtc: report.finishedAt,
              ...(leftOut.length > 0
                ? { toolExecutionNotifications: [{ level: 'warning', message: { text: note } }] }
                : {}),
            },
          ],
          results: kept,
          properties: {
            resultsLeftOut: leftOut.length,
            ...(leftOut.length > 0 ? { resultsLeftOutBySeverity: bySeverity } : {}),
          },
        },
      ],
    };
  };

  // The size of everything but the results, with the largest left-out figures it can carry.
  const frame = byteLength(log([], fails)) + 1;
  let size = frame;
  let kept = 0;
  for (const result of results) {
    const next = size + byteLength(result) + (kept > 0 ? 1 : 0);
    if (next >= maxBytes) break;
    size = next;
    kept += 1;
  }
  return log(results.slice(0, kept), fails.slice(kept));
}

/** The SARIF file's text: compact JSON (the size limit counts), one trailing newline. */
export function renderSarif(report: Report, options: SarifOptions): string {
  return `${JSON.stringify(buildSarif(report, options))}\n`;
}
