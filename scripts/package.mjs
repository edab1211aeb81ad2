// Builds the two committed bundles: dist/index.js (the action) and dist/cli/index.js (the CLI).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
const bundles = [
  { entry: 'src/index.ts', out: 'dist' },
  { entry: 'src/bin/posture-gate.ts', out: 'dist/cli' },
];

rmSync('dist', { recursive: true, force: true });
for (const { entry, out } of bundles) {
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--target', 'es2022', '-q'],
    { stdio: 'inherit' },
  );
}
