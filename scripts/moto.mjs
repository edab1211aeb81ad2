// Test infrastructure shared by the e2e tests and the benchmark: a moto_server on a free loopback
// port, and a Node 24 binary to run the bundle the way the GitHub runner does (runs.using: node24).
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { delimiter, dirname, join, resolve } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MOTO_INSTALL_HINT = 'pip install "moto[server]==5.2.1"';

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function onPath(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      // not in this directory
    }
  }
  return false;
}

/**
 * The status a request gets, or the reason it got none. Each request opens its own connection
 * (`agent: false`): a pooled keep-alive socket that the server has just closed fails with
 * ECONNRESET, which made a reset between two tests flaky.
 */
function httpStatus(method, url, timeoutMs = 2000) {
  return new Promise((done) => {
    const req = request(url, { method, timeout: timeoutMs, agent: false }, (res) => {
      res.resume();
      res.on('end', () => done({ status: res.statusCode ?? 0 }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (error) => done({ status: 0, error: error.code ?? error.message }));
    req.end();
  });
}

/**
 * Starts `moto_server` on 127.0.0.1 and a free port and waits until `GET /moto-api/` answers 200.
 * The server gets fake credentials and no AWS config files, like every process of the tests.
 */
export async function startMoto({ env = {}, timeoutMs = 30000 } = {}) {
  if (!onPath('moto_server')) {
    throw new Error(
      `moto_server is not on PATH. The e2e tests need it: ${MOTO_INSTALL_HINT} (see .ci/run).`,
    );
  }
  const port = await freePort();
  // Clients use the name, not the address: the SDK puts the account id in front of the S3 Control
  // host, and `123456789012.127.0.0.1` is not a valid URL host while `123456789012.localhost` is.
  const endpoint = `http://localhost:${port}`;
  const child = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], {
    env: {
      ...process.env,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_EC2_METADATA_DISABLED: 'true',
      MOTO_IAM_LOAD_MANAGED_POLICIES: 'true',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  let exited = null;
  const exitPromise = new Promise((done) => {
    child.once('exit', (code, signal) => {
      exited = signal ?? code;
      done();
    });
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (exited !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exitPromise;
    clearTimeout(timer);
  };

  const deadline = Date.now() + timeoutMs;
  while ((await httpStatus('GET', `http://127.0.0.1:${port}/moto-api/`)).status !== 200) {
    if (exited !== null || Date.now() > deadline) {
      await stop();
      const why = exited !== null ? `exited (${exited})` : `did not answer within ${timeoutMs} ms`;
      throw new Error(
        `moto_server on ${endpoint} ${why}. Its stderr:\n${stderr.trim() || '(empty)'}\n` +
          `Is moto installed with the server extra? ${MOTO_INSTALL_HINT}`,
      );
    }
    await sleep(100);
  }
  return { endpoint, port, stop };
}

/** Clears every moto backend. */
export async function resetMoto(endpoint) {
  const { status, error } = await httpStatus('POST', `${endpoint}/moto-api/reset`, 30000);
  if (status !== 200) {
    throw new Error(
      `POST ${endpoint}/moto-api/reset ${error ? `failed: ${error}` : `answered ${status}`}`,
    );
  }
}

function nodeMajor(binary) {
  const out = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  const match = /^v(\d+)\./.exec(out.stdout ?? '');
  return match ? Number(match[1]) : null;
}

/**
 * The path of a Node 24 binary: this process's own when it is Node 24, else $POSTURE_GATE_NODE24,
 * else the npm registry's platform package `node-<platform>-<arch>@24`, installed once into
 * `.cache/node24` of the repository. The platform package carries `bin/node` itself, so no install
 * script has to run (the `node` meta-package needs one, which npm may refuse).
 */
export function resolveNode24({ cacheDir = join(REPO_ROOT, '.cache', 'node24') } = {}) {
  if (process.versions.node.split('.')[0] === '24') return process.execPath;

  const fromEnv = process.env.POSTURE_GATE_NODE24;
  if (fromEnv) {
    if (nodeMajor(fromEnv) !== 24) {
      throw new Error(`POSTURE_GATE_NODE24=${fromEnv} is not a Node 24 binary.`);
    }
    return fromEnv;
  }

  if (process.platform !== 'linux' && process.platform !== 'darwin') {
    throw new Error(
      `No Node 24 for ${process.platform}: run the tests with Node 24 or set POSTURE_GATE_NODE24.`,
    );
  }
  const pkg = `node-${process.platform}-${process.arch}`;
  const binary = join(cacheDir, 'node_modules', pkg, 'bin', 'node');
  if (existsSync(binary) && nodeMajor(binary) === 24) return binary;

  console.error(
    `Installing ${pkg}@24 into ${cacheDir} (Node 24 runs the bundle as the runner does)`,
  );
  const install = spawnSync(
    'npm',
    [
      'install',
      '--prefix',
      cacheDir,
      '--no-save',
      '--no-package-lock',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      `${pkg}@24`,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (install.status !== 0 || !existsSync(binary) || nodeMajor(binary) !== 24) {
    throw new Error(
      `Could not install Node 24 (${pkg}@24) into ${cacheDir}: ` +
        `${(install.stderr || install.error?.message || '').trim() || `npm exited ${install.status}`}\n` +
        'Run the tests with Node 24, or set POSTURE_GATE_NODE24 to a Node 24 binary.',
    );
  }
  return binary;
}
