import type { Rule } from '../kit.js';
import { noIaLifecycle, throughputOverprovisioned, unused } from './cost.js';
import { alarmsMissing } from './operations.js';
import { burstCreditsLow, maxioUnneeded, metadataHot } from './performance.js';
import { criticalNotReplicated, noBackup, oneZoneProduction } from './resilience.js';
import {
  accessPointRootDirectory,
  accessPointUserIdentity,
  iamAuthorizationOff,
  mountTargetPublicSubnet,
  nfsOpenToWorld,
  rootNotSquashed,
  tlsNotEnforced,
  unencrypted,
} from './security.js';

/** The eighteen EFS checks, in CHECKS.md order. */
export const efsRules: readonly Rule[] = [
  throughputOverprovisioned,
  burstCreditsLow,
  noIaLifecycle,
  maxioUnneeded,
  unused,
  unencrypted,
  tlsNotEnforced,
  nfsOpenToWorld,
  iamAuthorizationOff,
  rootNotSquashed,
  criticalNotReplicated,
  noBackup,
  oneZoneProduction,
  alarmsMissing,
  metadataHot,
  accessPointRootDirectory,
  accessPointUserIdentity,
  mountTargetPublicSubnet,
];
