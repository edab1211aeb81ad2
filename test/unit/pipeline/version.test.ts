import { readFileSync } from 'node:fs';
import { TOOL_VERSION } from '../../../src/version.js';

it('reports the version of package.json', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  expect(TOOL_VERSION).toBe(pkg.version);
});
