// Which checks run: the `checks` and `skip-checks` inputs resolved against the catalogue.
import { distance } from 'fastest-levenshtein';
import { ConfigError } from '../config/schema.js';
import { globMatch } from '../model/glob.js';
import type { Rule } from './kit.js';

const SUGGESTIONS = 3;

/**
 * The ids nearest to a mistyped one, for the error message; when it names a known service, that
 * service's checks only (`s3.nope` suggests S3 checks, not the nearest spelling elsewhere).
 */
export function closestIds(wanted: string, ids: readonly string[]): string[] {
  const fixed = wanted.replace(/[*?]/g, '');
  const service = fixed.split('.')[0] ?? '';
  const sameService = ids.filter((id) => id.startsWith(`${service}.`));
  return [...(sameService.length > 0 ? sameService : ids)]
    .map((id) => ({ id, far: distance(fixed, id) }))
    .sort((a, b) => a.far - b.far || (a.id < b.id ? -1 : 1))
    .slice(0, SUGGESTIONS)
    .map(({ id }) => id);
}

function matching(rules: readonly Rule[], pattern: string): Rule[] {
  return rules.filter((rule) => globMatch(pattern, rule.meta.id));
}

/** Every pattern must name at least one check: a typo must not silently run nothing or all. */
function requireMatches(input: string, patterns: readonly string[], rules: readonly Rule[]): void {
  const ids = rules.map((rule) => rule.meta.id);
  for (const pattern of patterns) {
    if (matching(rules, pattern).length > 0) continue;
    const what = /[*?]/.test(pattern) ? 'matches no check' : 'is not a check';
    throw new ConfigError(
      input,
      `Invalid input "${input}": "${pattern}" ${what}; closest: ${closestIds(pattern, ids).join(', ')}. Run "posture-gate checks" for the list.`,
    );
  }
}

/**
 * The rules to run: those `checks` names (every rule when absent), less those `skip-checks`
 * names. An id or glob that names no check is a configuration error naming the closest ids.
 */
export function selectRules(
  rules: readonly Rule[],
  checks: readonly string[] | undefined,
  skipChecks: readonly string[] | undefined,
): Rule[] {
  requireMatches('checks', checks ?? [], rules);
  requireMatches('skip-checks', skipChecks ?? [], rules);
  const chosen = checks ? rules.filter((r) => checks.some((p) => globMatch(p, r.meta.id))) : rules;
  return chosen.filter((r) => !(skipChecks ?? []).some((p) => globMatch(p, r.meta.id)));
}
