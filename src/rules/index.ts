import type { Rule } from './types.js';
import { s3Rules } from './s3.js';

/** Every check posture-gate knows, in catalogue order. */
export const ALL_RULES: readonly Rule[] = [...s3Rules];
