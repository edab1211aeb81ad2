import { INVENTORY_SCHEMA_VERSION, SERVICES, type Inventory } from '../model/inventory.js';
import { sampleEfsErrors, sampleEfsRegions } from './efs.js';
import { withCredentials } from './iam-credentials.js';
import { sampleIamInventory, sampleInfraRegions } from './infra.js';
import { sampleS3Errors, sampleS3Inventory } from './s3.js';

/**
 * The bundled inventory of an imperfect two-region account: every implemented check fails
 * somewhere in it. `posture-gate demo` evaluates it with no AWS account and no network.
 */
export function sampleInventory(): Inventory {
  const infra = sampleInfraRegions();
  const efs = sampleEfsRegions();
  return {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    account: '111122223333',
    collectedAt: '2026-11-01T06:00:00.000Z',
    regions: ['us-east-1', 'eu-west-1'],
    services: [...SERVICES],
    global: {
      s3: sampleS3Inventory(),
      iam: withCredentials(sampleIamInventory()),
    },
    regional: {
      'us-east-1': { ...infra['us-east-1'], efs: efs['us-east-1'] },
      'eu-west-1': { ...infra['eu-west-1'], efs: efs['eu-west-1'] },
    },
    errors: [...sampleS3Errors(), ...sampleEfsErrors()],
  };
}
