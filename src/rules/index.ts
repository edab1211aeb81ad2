import type { Rule } from './kit.js';
import { ec2Rules } from './ec2.js';
import { efsRules } from './efs/index.js';
import { iamRules } from './iam.js';
import { rdsRules } from './rds.js';
import { s3Rules } from './s3.js';
import { sgRules } from './sg.js';

/** Every check posture-gate knows, in catalogue order. */
export const ALL_RULES: readonly Rule[] = [
  ...efsRules,
  ...ec2Rules,
  ...sgRules,
  ...rdsRules,
  ...s3Rules,
  ...iamRules,
];
