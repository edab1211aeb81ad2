import {
  isAccountWide,
  type Inventory,
  type RegionalService,
  type ServiceName,
} from '../../../src/model/inventory.js';
import type { CheckResult } from '../../../src/model/results.js';
import { ResultMaker } from '../../../src/rules/engine.js';
import type { EvalContext, Rule } from '../../../src/rules/kit.js';

/**
 * Every rule over a whole inventory at once, with UNKNOWN where a part is missing: the reference
 * the part-by-part evaluation of src/triage/evaluate.ts must agree with, and the quickest way for
 * a test to see a rule's results.
 */
export function evaluateRules(
  rules: readonly Rule[],
  inventory: Inventory,
  context: EvalContext,
): CheckResult[] {
  const maker = new ResultMaker(inventory.account);
  const services = new Set(inventory.services);
  const collected = (service: ServiceName, region: string): boolean =>
    isAccountWide(service)
      ? inventory.global[service] !== undefined
      : inventory.regional[region]?.[service as RegionalService] !== undefined;
  for (const rule of rules) {
    if (!services.has(rule.meta.service)) continue;
    maker.judge(rule, inventory, context);
    maker.notCollected(rule, inventory, collected);
  }
  return maker.results;
}
