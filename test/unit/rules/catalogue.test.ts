import { parseConfig } from '../../../src/config/schema.js';
import { sampleInventory } from '../../../src/demo/index.js';
import { evaluateInventory } from '../../../src/triage/evaluate.js';
import { ALL_RULES } from '../../../src/rules/index.js';
import type { Rule } from '../../../src/rules/kit.js';

/**
 * One test over every check of the catalogue, instead of each service's tests repeating it for its
 * own checks. A new check is held to all of it once it is in ALL_RULES. Its id, category, severity
 * and mappings are public: docs/checks.md, generated from the same metadata, shows any change.
 */

const byId: [string, Rule][] = ALL_RULES.map((rule) => [rule.meta.id, rule]);

/** The demo's path: `posture-gate demo` evaluates the sample inventory with the default config. */
function evaluate(inventory: ReturnType<typeof sampleInventory>) {
  return evaluateInventory(
    inventory,
    { ...parseConfig({}, {}), regions: inventory.regions },
    { startedAt: new Date('2026-11-01T06:00:00.000Z') },
  ).results;
}

const DENIED = { operation: 'x:Y', code: 'AccessDenied', message: 'denied' };

/** `{ok, value}` or `{ok, error}`: the answer to one read, whatever the shape of its value. */
function isFetched(value: object): boolean {
  return 'ok' in value && typeof value.ok === 'boolean' && ('value' in value || 'error' in value);
}

/** A copy in which every read failed: each Fetched anywhere in `value`, listings included. */
function everyReadFailed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(everyReadFailed);
  if (value === null || typeof value !== 'object') return value;
  if (isFetched(value)) return { ok: false, error: DENIED };
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, everyReadFailed(item)]),
  );
}

function allFailedInventory(): ReturnType<typeof sampleInventory> {
  const demo = sampleInventory();
  return {
    ...demo,
    global: everyReadFailed(demo.global) as typeof demo.global,
    regional: everyReadFailed(demo.regional) as typeof demo.regional,
  };
}

const line = (r: { status: string; region: string; resourceId: string; detail: string }) =>
  `${r.status} ${r.region} ${r.resourceId}: ${r.detail}`;

describe('the check catalogue', () => {
  it('has unique ids', () => {
    const ids = ALL_RULES.map((rule) => rule.meta.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it.each(byId)('%s is named service.kebab-case after its service', (id, rule) => {
    const match = /^([a-z0-9]+)\.([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(id);
    expect(match?.[1]).toBe(rule.meta.service);
  });

  it.each(byId)('%s has a title and a remediation on docs.aws.amazon.com', (_id, rule) => {
    const { title, remediation } = rule.meta;
    expect(title.trim()).not.toBe('');
    expect(remediation.text.trim()).not.toBe('');
    const url = new URL(remediation.url);
    expect([url.protocol, url.hostname]).toEqual(['https:', 'docs.aws.amazon.com']);
  });

  it.each(byId)('%s says what makes it FAIL', (_id, rule) => {
    expect(rule.meta.failWhen.trim()).not.toBe('');
  });

  describe('in the demo', () => {
    const results = evaluate(sampleInventory());

    it.each(byId)('%s fails somewhere', (id) => {
      expect(results.filter((r) => r.checkId === id && r.status === 'FAIL')).not.toEqual([]);
    });
  });

  describe('on the demo account with every read failed', () => {
    const results = evaluate(allFailedInventory());

    it('has every read failed', () => {
      expect(JSON.stringify(allFailedInventory())).not.toContain('"ok":true');
    });

    it.each(byId)('%s is UNKNOWN, never PASS or FAIL', (id) => {
      const own = results.filter((r) => r.checkId === id);
      expect(own).not.toEqual([]);
      expect(own.filter((r) => r.status !== 'UNKNOWN').map(line)).toEqual([]);
    });
  });
});
