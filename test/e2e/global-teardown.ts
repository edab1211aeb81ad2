import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const run = globalThis.postureGateE2e;
  if (!run) return;
  globalThis.postureGateE2e = undefined;
  await run.moto.stop();
  if (process.env.POSTURE_GATE_E2E_KEEP === 'true') {
    console.log(`e2e workspaces kept in ${run.tmp}`);
  } else {
    rmSync(run.tmp, { recursive: true, force: true });
  }
}
