import * as crypto from 'node:crypto';
import type { Inventory, InventoryHeader } from '../model/inventory.js';
import type { CheckResult, Finding } from '../model/results.js';
import { notCollectedFindings, type EvalContext, type PartCollected, type Rule } from './kit.js';

/**
 * The SHA-256 digest of a text, in hex. `crypto.hash` digests in one call, without the Hash object
 * `createHash` makes for each (it came with Node 20.12 and 21.7; older Node 20 releases, which
 * the CLI also runs on, take the slower way). Both give the same digest.
 */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text).digest('hex');

/**
 * Stable fingerprint of a result: the same check on the same resource keeps its id across runs.
 * `kind` is given for a resource of another type than the check's own (an RDS cluster judged by a
 * check of DB instances) when its id is not an ARN: the bare identifier alone could name another
 * resource (a cluster and an instance may share one). ARNs are unique and keep ids unchanged.
 */
export function resultId(
  checkId: string,
  account: string,
  region: string,
  resourceId: string,
  kind?: string,
): string {
  const fields = `${checkId}\u0000${account}\u0000${region}\u0000${resourceId}`;
  const digest = sha256Hex(kind ? `${fields}\u0000${kind}` : fields);
  // The first 16 characters as a string of their own: a slice of 16 would keep the whole digest
  // alive in memory for every result, while slices this short are copies, and joined into one.
  return [digest.slice(0, 8), digest.slice(8, 16)].join('');
}

export function toCheckResult(
  rule: Rule,
  account: string,
  finding: Finding,
  details?: Map<string, string>,
): CheckResult {
  const { meta } = rule;
  const result: CheckResult = {
    id: resultId(
      meta.id,
      account,
      finding.region,
      finding.resourceId,
      finding.resourceType !== undefined &&
        finding.resourceType !== meta.resourceType &&
        !finding.resourceId.startsWith('arn:')
        ? finding.resourceType
        : undefined,
    ),
    checkId: meta.id,
    title: meta.title,
    service: meta.service,
    category: meta.category,
    severity: meta.severity,
    status: finding.status,
    account,
    region: finding.region,
    resourceType: finding.resourceType ?? meta.resourceType,
    resourceId: finding.resourceId,
    detail: details ? interned(details, finding.detail) : finding.detail,
    remediation: meta.remediation,
    frameworks: finding.frameworks ?? meta.frameworks,
  };
  if (finding.resourceArn !== undefined) result.resourceArn = finding.resourceArn;
  if (finding.resourceName !== undefined) result.resourceName = finding.resourceName;
  if (finding.evidence !== undefined) result.evidence = finding.evidence;
  if (finding.monthlySavingsUsd !== undefined) result.monthlySavingsUsd = finding.monthlySavingsUsd;
  if (finding.failedCall !== undefined) result.failedCall = finding.failedCall;
  return result;
}

/**
 * One string for every copy of the same text: most details repeat (a few hundred distinct
 * sentences for thousands of results), and each copy would be held until the report is written.
 */
function interned(strings: Map<string, string>, text: string): string {
  const known = strings.get(text);
  if (known !== undefined) return known;
  strings.set(text, text);
  return text;
}

/**
 * Turns the findings of one run into its results, all of one account. Details repeat (a few
 * hundred distinct sentences for thousands of results) and every result is held until the report
 * is written: equal texts share one string across the run, whatever part they came from.
 */
export class ResultMaker {
  readonly results: CheckResult[] = [];
  private readonly details = new Map<string, string>();

  constructor(private readonly account: string) {}

  /** The rule's findings over the parts the inventory holds; a missing part gives none. */
  judge(rule: Rule, inventory: Inventory, context: EvalContext): void {
    for (const finding of rule.evaluate(inventory, context)) this.add(rule, finding);
  }

  /** The rule's UNKNOWN results where its service has no part. */
  notCollected(rule: Rule, header: InventoryHeader, collected: PartCollected): void {
    for (const finding of notCollectedFindings(header, rule.meta.service, collected)) {
      this.add(rule, finding);
    }
  }

  private add(rule: Rule, finding: Finding): void {
    this.results.push(toCheckResult(rule, this.account, finding, this.details));
  }
}
