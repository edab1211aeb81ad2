import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { motoEndpoint, resetMoto, runAction } from './harness.js';

/**
 * An endpoint that accepts every connection and never answers (issue 11: the action printed
 * nothing and still waited after 180 s). EC2 calls go there; STS still goes to moto, so the
 * account is known and the scan reaches collection, where only the deadline can end it.
 */
let hung: Server;
let hungEndpoint: string;
const sockets = new Set<Socket>();
let accepted = 0;

beforeAll(async () => {
  await resetMoto(motoEndpoint());
  hung = createServer((socket) => {
    accepted++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
  hungEndpoint = `http://127.0.0.1:${(hung.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => hung.close(resolve));
});

test('a hung endpoint ends at scan-timeout-minutes with result error and the report written', async () => {
  const started = Date.now();
  // 0.1 minutes: six seconds, the shortest deadline the input accepts.
  const run = await runAction(
    { services: 'sg', 'scan-timeout-minutes': '0.1' },
    { env: { AWS_ENDPOINT_URL_EC2: hungEndpoint }, timeoutMs: 60_000 },
  );
  const wallMs = Date.now() - started;
  process.stdout.write(`hung endpoint: the action ended after ${wallMs} ms\n`);

  expect(accepted).toBeGreaterThan(0);
  expect(wallMs).toBeGreaterThanOrEqual(6_000);
  expect(wallMs).toBeLessThan(30_000);
  expect(run.code).not.toBe(0);
  expect(run.outputs).toMatchObject({ passed: 'false', result: 'error' });

  const report = run.report;
  expect(report).toBeDefined();
  expect(report?.gate.result).toBe('error');
  expect(report?.gate.reasons.join('\n')).toMatch(
    /the scan-timeout-minutes deadline passed before collection finished/,
  );
  const sg = report?.results.filter((r) => r.service === 'sg') ?? [];
  expect(sg.length).toBeGreaterThan(0);
  for (const result of sg) {
    expect(result.status).toBe('UNKNOWN');
    expect(result.failedCall?.code).toBe('ScanDeadline');
  }
  expect(report?.errors.length).toBeGreaterThan(0);
  for (const error of report?.errors ?? []) {
    expect(error).toMatchObject({ code: 'ScanDeadline', class: 'timeout' });
  }
  expect(run.summary).toMatch(/ScanDeadline/);
  expect(run.stdout).toMatch(/deadline \(0\.1 min\) passed: collection stopped/);
});
