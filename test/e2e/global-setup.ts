import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveNode24, startMoto, type MotoServer } from '../../scripts/moto.mjs';

declare global {
  var postureGateE2e: { moto: MotoServer; tmp: string } | undefined;
}

/**
 * One moto_server and one Node 24 for the whole e2e run, handed to the tests through the
 * variables harness.ts reads (E2E_ENV). Jest loads this file as CommonJS without its module
 * mapping, so it imports no TypeScript module.
 */
export default async function globalSetup(_: unknown, project: { rootDir: string }): Promise<void> {
  for (const bundle of ['dist/index.js', 'dist/cli/index.js']) {
    if (!existsSync(join(project.rootDir, bundle))) {
      throw new Error(`${bundle} is missing: the e2e tests run the bundle (npm run package)`);
    }
  }
  const node = resolveNode24();
  const moto = await startMoto();
  const tmp = mkdtempSync(join(tmpdir(), 'posture-gate-e2e-'));
  globalThis.postureGateE2e = { moto, tmp };
  process.env.POSTURE_GATE_E2E_ENDPOINT = moto.endpoint;
  process.env.POSTURE_GATE_E2E_NODE = node;
  process.env.POSTURE_GATE_E2E_TMP = tmp;
}
