import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { EC2Client } from '@aws-sdk/client-ec2';
import { EFSClient } from '@aws-sdk/client-efs';
import { IAMClient } from '@aws-sdk/client-iam';
import { RDSClient } from '@aws-sdk/client-rds';
import {
  CreateBucketCommand,
  PutBucketEncryptionCommand,
  PutBucketLoggingCommand,
  PutBucketOwnershipControlsCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { S3ControlClient } from '@aws-sdk/client-s3-control';
import { STSClient } from '@aws-sdk/client-sts';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../scripts/moto.mjs';
import type { Report } from '../../src/model/report.js';
import { reportFromJson } from '../../src/report/read.js';

export { freePort, resetMoto } from '../../scripts/moto.mjs';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ACCOUNT_ID = '123456789012';
export const REGION = 'us-east-1';

/** Names of the variables global-setup.ts hands to the tests. */
export const E2E_ENV = {
  endpoint: 'POSTURE_GATE_E2E_ENDPOINT',
  node: 'POSTURE_GATE_E2E_NODE',
  tmp: 'POSTURE_GATE_E2E_TMP',
} as const;

function fromSetup(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the e2e tests through jest's e2e project`);
  return value;
}

/**
 * How the tests write moto's host, as users write an endpoint override: `localhost` (the
 * default) or an IP literal, `127.0.0.1` (POSTURE_GATE_E2E_HOST=127.0.0.1). npm run test:e2e runs
 * the S3 file with both forms, since S3 Control's account id host prefix depends on it.
 */
export const E2E_HOST_VAR = 'POSTURE_GATE_E2E_HOST';
const HOST_FORMS = ['localhost', '127.0.0.1'] as const;

export function e2eHost(): (typeof HOST_FORMS)[number] {
  const wanted = process.env[E2E_HOST_VAR] || 'localhost';
  const form = HOST_FORMS.find((host) => host === wanted);
  if (!form) throw new Error(`${E2E_HOST_VAR} must be one of ${HOST_FORMS.join(', ')}`);
  return form;
}

/** The moto endpoint of this run, with its host written in the form e2eHost() names. */
export function motoEndpoint(): string {
  const url = new URL(fromSetup(E2E_ENV.endpoint));
  url.hostname = e2eHost();
  return url.origin;
}

/** An endpoint on which nothing listens: any AWS call sent there fails. */
export async function closedEndpoint(): Promise<string> {
  return `http://localhost:${await freePort()}`;
}

const NO_AWS_FILES = join(REPO_ROOT, '.cache', 'nonexistent-aws');

/** Variables that keep every SDK in a child process away from real AWS: no profile, no IMDS. */
function isolationEnv(endpoint: string): Record<string, string> {
  return {
    AWS_ENDPOINT_URL: endpoint,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: join(NO_AWS_FILES, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(NO_AWS_FILES, 'credentials'),
  };
}

/** The environment of a process that talks to moto at `endpoint` with fake credentials. */
export function awsEnv(endpoint: string): Record<string, string> {
  return {
    ...isolationEnv(endpoint),
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_REGION: REGION,
    AWS_MAX_ATTEMPTS: '1',
  };
}

export interface SeedClients {
  s3: S3Client;
  s3control: S3ControlClient;
  efs: EFSClient;
  ec2: EC2Client;
  cloudwatch: CloudWatchClient;
  rds: RDSClient;
  iam: IAMClient;
  sts: STSClient;
  destroy(): void;
}

/** SDK clients for seeding moto, built with an explicit endpoint and fake credentials. */
export function seedClients(region = REGION, endpoint = motoEndpoint()): SeedClients {
  const config = {
    region,
    endpoint,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    maxAttempts: 1,
  };
  // The SDK's endpoint rules prefix the account id onto the endpoint host (123456789012.localhost,
  // which does not resolve; an invalid URL with an IP literal); moto routes S3 Control by the
  // signing service and the /v20180820/ path, so the rules are asked without that prefix.
  const rules = new S3ControlClient({ region }).config.endpointProvider;
  const s3control = new S3ControlClient({
    ...config,
    endpointProvider: (params, context) => rules({ ...params, RequiresAccountId: false }, context),
  });
  const clients = {
    s3: new S3Client({ ...config, forcePathStyle: true }),
    s3control,
    efs: new EFSClient(config),
    ec2: new EC2Client(config),
    cloudwatch: new CloudWatchClient(config),
    rds: new RDSClient(config),
    iam: new IAMClient(config),
    sts: new STSClient(config),
  };
  return {
    ...clients,
    destroy: () => Object.values(clients).forEach((client) => client.destroy()),
  };
}

/** Which of the settings the S3 checks look at a seeded bucket has. */
export interface BucketSetup {
  blockPublicAccess?: boolean;
  encryption?: boolean;
  versioning?: boolean;
  tlsPolicy?: boolean;
  /** Object Ownership BucketOwnerEnforced. */
  aclsDisabled?: boolean;
  /** Server access logging into the bucket itself, allowed by a bucket policy statement. */
  accessLogging?: boolean;
}

export const FULLY_CONFIGURED: Readonly<Required<BucketSetup>> = {
  blockPublicAccess: true,
  encryption: true,
  versioning: true,
  tlsPolicy: true,
  aclsDisabled: true,
  accessLogging: true,
};

/**
 * Creates a bucket in moto with the given settings; with none it is bare: every S3 check FAILs
 * but s3.bucket-public (moto's new bucket has a private ACL and no policy).
 */
export async function seedBucket(
  s3: S3Client,
  name: string,
  setup: BucketSetup = {},
): Promise<void> {
  await s3.send(new CreateBucketCommand({ Bucket: name }));
  if (setup.blockPublicAccess) {
    await s3.send(
      new PutPublicAccessBlockCommand({
        Bucket: name,
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          IgnorePublicAcls: true,
          BlockPublicPolicy: true,
          RestrictPublicBuckets: true,
        },
      }),
    );
  }
  if (setup.encryption) {
    await s3.send(
      new PutBucketEncryptionCommand({
        Bucket: name,
        ServerSideEncryptionConfiguration: {
          Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
      }),
    );
  }
  if (setup.versioning) {
    await s3.send(
      new PutBucketVersioningCommand({
        Bucket: name,
        VersioningConfiguration: { Status: 'Enabled' },
      }),
    );
  }
  const statements: object[] = [];
  if (setup.tlsPolicy) {
    statements.push({
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: [`arn:aws:s3:::${name}`, `arn:aws:s3:::${name}/*`],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    });
  }
  if (setup.accessLogging) {
    // The grant to the logging service that AWS documents; moto refuses logging without it, and
    // reads it only ahead of a statement with a string Principal (a 500 otherwise).
    statements.unshift({
      Sid: 'S3ServerAccessLogsPolicy',
      Effect: 'Allow',
      Principal: { Service: 'logging.s3.amazonaws.com' },
      Action: 's3:PutObject',
      Resource: `arn:aws:s3:::${name}/access-logs/*`,
    });
  }
  if (statements.length > 0) {
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: statements });
    await s3.send(new PutBucketPolicyCommand({ Bucket: name, Policy: policy }));
  }
  if (setup.aclsDisabled) {
    await s3.send(
      new PutBucketOwnershipControlsCommand({
        Bucket: name,
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      }),
    );
  }
  if (setup.accessLogging) {
    await s3.send(
      new PutBucketLoggingCommand({
        Bucket: name,
        BucketLoggingStatus: {
          LoggingEnabled: { TargetBucket: name, TargetPrefix: 'access-logs/' },
        },
      }),
    );
  }
}

/** The status of one check on one resource in a report, or undefined when it has no result. */
export function statusOf(report: Report, checkId: string, resourceId: string): string | undefined {
  return report.results.find((r) => r.checkId === checkId && r.resourceId === resourceId)?.status;
}

/** A fresh directory under this run's temp root. */
export function makeTempDir(prefix: string): string {
  return mkdtempSync(join(fromSetup(E2E_ENV.tmp), `${prefix}-`));
}

/** The defaults action.yml declares: the runner passes every declared input, defaults included. */
function actionInputDefaults(): Record<string, string> {
  const file = join(REPO_ROOT, 'action.yml');
  if (!existsSync(file)) return {};
  const defaults: Record<string, string> = {};
  let inInputs = false;
  let current: string | undefined;
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (/^\S/.test(line)) {
      inInputs = /^inputs:\s*$/.test(line);
      continue;
    }
    if (!inInputs) continue;
    const name = /^ {2}([\w-]+):\s*$/.exec(line);
    if (name) current = name[1];
    const value = /^ {4}default:\s*(.*?)\s*$/.exec(line);
    if (value && current) defaults[current] = unquoteYaml(value[1] ?? '');
  }
  return defaults;
}

function unquoteYaml(text: string): string {
  const value =
    text.startsWith("'") && text.endsWith("'")
      ? text.slice(1, -1).replace(/''/g, "'")
      : text.startsWith('"') && text.endsWith('"')
        ? (JSON.parse(text) as string)
        : text;
  // The runner evaluates expressions; the only one in a default is the job's token.
  return value.replace(/\$\{\{\s*github\.token\s*\}\}/g, 'ghs_e2e-fake-token');
}

export interface RunOptions {
  /** Extra or overriding environment; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  /** Where AWS calls go (default: this run's moto); `null`: no credentials and no region at all. */
  endpoint?: string | null;
  /** Files written into the workspace before the run, by relative path. */
  files?: Record<string, string>;
  timeoutMs?: number;
  /** The webhook payload in GITHUB_EVENT_PATH (default `{}`); set GITHUB_EVENT_NAME in `env`. */
  event?: unknown;
}

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
  workspace: string;
}

export interface ActionResult extends ProcessResult {
  outputs: Record<string, string>;
  summary: string;
  report?: Report;
  /** The JSON report file as written: what a later run reads as its baseline. */
  reportText?: string;
}

async function childEnv(
  home: string,
  options: RunOptions,
): Promise<Record<string, string | undefined>> {
  const aws =
    options.endpoint === null
      ? isolationEnv(await closedEndpoint())
      : awsEnv(options.endpoint ?? motoEndpoint());
  return { PATH: process.env.PATH, HOME: home, LANG: 'C.UTF-8', TZ: 'UTC', ...aws };
}

function prepareWorkspace(options: RunOptions): { workspace: string; home: string } {
  const root = makeTempDir('run');
  const workspace = join(root, 'workspace');
  const home = join(root, 'home');
  mkdirSync(workspace);
  mkdirSync(home);
  for (const [path, text] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  return { workspace, home };
}

function runNode(
  script: string,
  args: string[],
  cwd: string,
  env: Record<string, string | undefined>,
  timeoutMs: number,
): Promise<Omit<ProcessResult, 'workspace'>> {
  const clean = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return new Promise((done, fail) => {
    const child = spawn(fromSetup(E2E_ENV.node), [join(REPO_ROOT, script), ...args], {
      cwd,
      env: clean,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      stderr += `\n[harness] killed after ${timeoutMs} ms`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('error', fail);
    child.once('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

/** Parses a GITHUB_OUTPUT file: `name<<delimiter` heredocs and plain `name=value` lines. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '');
      outputs[name] = value.join('\n');
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

/**
 * Runs `dist/index.js` with Node 24 the way the runner runs a JavaScript action: `INPUT_<NAME>`
 * for every input (action.yml defaults under the given ones), a fresh workspace as cwd and
 * GITHUB_WORKSPACE, and empty GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ENV and GITHUB_PATH files.
 */
export async function runAction(
  inputs: Record<string, string>,
  options: RunOptions = {},
): Promise<ActionResult> {
  const { workspace, home } = prepareWorkspace(options);
  const runnerTemp = join(dirname(workspace), 'runner-temp');
  const fileCommands = join(runnerTemp, '_runner_file_commands');
  mkdirSync(fileCommands, { recursive: true });
  const files = {
    GITHUB_OUTPUT: join(fileCommands, 'set_output'),
    GITHUB_STEP_SUMMARY: join(fileCommands, 'step_summary'),
    GITHUB_ENV: join(fileCommands, 'set_env'),
    GITHUB_PATH: join(fileCommands, 'add_path'),
    GITHUB_EVENT_PATH: join(runnerTemp, 'event.json'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(options.event ?? {}));

  const allInputs = { ...actionInputDefaults(), ...inputs };
  const inputEnv = Object.fromEntries(
    Object.entries(allInputs).map(([name, value]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      value,
    ]),
  );
  const env = {
    ...(await childEnv(home, options)),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/posture.yml@refs/heads/main',
    GITHUB_RUN_ID: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    // Nothing may reach GitHub from a test: API calls go to a closed loopback port.
    GITHUB_API_URL: await closedEndpoint(),
    ...files,
    ...inputEnv,
    ...options.env,
  };
  const run = await runNode('dist/index.js', [], workspace, env, options.timeoutMs ?? 90000);

  const outputs = parseOutputFile(readFileSync(files.GITHUB_OUTPUT, 'utf8'));
  const reportPath = resolve(
    workspace,
    outputs['report-path'] || allInputs['report-path'] || 'posture-report.json',
  );
  return {
    ...run,
    workspace,
    outputs,
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    ...(existsSync(reportPath) ? readReportFile(reportPath) : {}),
  };
}

/**
 * The JSON report a run wrote, as its bytes and as every reader reads it. A file that is not a
 * report (one a test put there and the run was to leave alone) comes back as its bytes only.
 */
function readReportFile(path: string): { report?: Report; reportText: string } {
  const reportText = readFileSync(path, 'utf8');
  try {
    return { report: reportFromJson(JSON.parse(reportText), path), reportText };
  } catch {
    return { reportText };
  }
}

/** Runs `dist/cli/index.js` with Node 24 in a fresh workspace. */
export async function runCli(args: string[], options: RunOptions = {}): Promise<ProcessResult> {
  const { workspace, home } = prepareWorkspace(options);
  const env = { ...(await childEnv(home, options)), ...options.env };
  const run = await runNode('dist/cli/index.js', args, workspace, env, options.timeoutMs ?? 90000);
  return { ...run, workspace };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  return `http://localhost:${address.port}`;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => done(Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

/** One request seen by the deny proxy, with what identifies its AWS operation. */
export interface ProxiedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
  /** The SigV4 signing service (`s3`, `ec2`, `elasticfilesystem`, ...); empty when unsigned. */
  service: string;
  /** The SigV4 signing region; empty when unsigned. */
  region: string;
  /** The access key id the request was signed with; empty when unsigned. */
  accessKeyId: string;
  /** JSON protocols: the `x-amz-target` header. */
  target?: string;
  /** Query protocols (EC2, RDS, IAM, STS): the `Action` parameter. */
  action?: string;
}

/** An error answer: its code, message and HTTP status (by default the protocol's denial status). */
export interface ErrorAnswer {
  code?: string;
  message?: string;
  status?: number;
}

export type DenyRule = (req: ProxiedRequest) => boolean | ErrorAnswer;

export interface DenyProxy {
  endpoint: string;
  /** Every request, in arrival order. */
  requests: ProxiedRequest[];
  /** The requests answered with an error. */
  denied: ProxiedRequest[];
  close(): Promise<void>;
}

function identify(req: IncomingMessage, body: Buffer): ProxiedRequest {
  const url = new URL(req.url ?? '/', 'http://proxy');
  const text = body.toString('utf8');
  const auth = String(req.headers.authorization ?? '');
  const credential = /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(auth);
  const contentType = String(req.headers['content-type'] ?? '');
  const form = contentType.includes('x-www-form-urlencoded') ? new URLSearchParams(text) : null;
  const target = req.headers['x-amz-target'];
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: url.searchParams,
    headers: req.headers,
    body: text,
    service: credential?.[3] ?? '',
    region: credential?.[2] ?? '',
    accessKeyId: credential?.[1] ?? '',
    target: typeof target === 'string' ? target : undefined,
    action: form?.get('Action') ?? url.searchParams.get('Action') ?? undefined,
  };
}

const xmlEscape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Answers with the error document of the request's protocol, as AWS would. */
function sendDenied(
  res: ServerResponse,
  req: ProxiedRequest,
  { code, message, status }: ErrorAnswer = {},
) {
  const raw = message ?? 'User is not authorized to perform this operation';
  const text = xmlEscape(raw);
  const requestId = 'e2e-denied-0000';
  if (req.target) {
    const type = code ?? 'AccessDeniedException';
    res.writeHead(status ?? 400, {
      'content-type': 'application/x-amz-json-1.0',
      'x-amzn-requestid': requestId,
      'x-amzn-query-error': `${type};Sender`,
    });
    res.end(JSON.stringify({ __type: type, message: raw }));
  } else if (req.action && req.service === 'ec2') {
    res.writeHead(status ?? 403, { 'content-type': 'text/xml' });
    res.end(
      `<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>${code ?? 'UnauthorizedOperation'}</Code>` +
        `<Message>${text}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`,
    );
  } else if (req.action) {
    res.writeHead(status ?? 403, { 'content-type': 'text/xml' });
    res.end(
      `<ErrorResponse><Error><Type>Sender</Type><Code>${code ?? 'AccessDenied'}</Code>` +
        `<Message>${text}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
    );
  } else if (req.service === 's3') {
    res.writeHead(status ?? 403, {
      'content-type': 'application/xml',
      'x-amz-request-id': requestId,
    });
    res.end(
      `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code ?? 'AccessDenied'}</Code>` +
        `<Message>${text}</Message><RequestId>${requestId}</RequestId></Error>`,
    );
  } else {
    const type = code ?? 'AccessDeniedException';
    res.writeHead(status ?? 403, {
      'content-type': 'application/json',
      'x-amzn-errortype': type,
      'x-amzn-requestid': requestId,
    });
    res.end(JSON.stringify({ ErrorCode: type, message: raw }));
  }
}

/**
 * A loopback proxy in front of `upstream` (moto) that answers an AWS-shaped AccessDenied for the
 * requests `deny` matches and forwards everything else. With `() => false` it only records.
 */
export async function startDenyProxy(upstream: string, deny: DenyRule): Promise<DenyProxy> {
  const target = new URL(upstream);
  const requests: ProxiedRequest[] = [];
  const denied: ProxiedRequest[] = [];
  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const seen = identify(req, body);
      requests.push(seen);
      const verdict = deny(seen);
      if (verdict) {
        denied.push(seen);
        sendDenied(res, seen, verdict === true ? {} : verdict);
        return;
      }
      const forward = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: target.host },
          // A fresh connection each time: a pooled socket moto has closed fails with ECONNRESET.
          agent: false,
        },
        (upstreamRes) => {
          res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
          upstreamRes.pipe(res);
        },
      );
      forward.on('error', (error) => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`deny proxy: upstream failed: ${error.message}`);
      });
      forward.end(body);
    });
  });
  const endpoint = await listen(server);
  return { endpoint, requests, denied, close: () => closeServer(server) };
}

/** Denies the S3 bucket operation named by its query key: `policy` is GetBucketPolicy. */
export function denyS3(queryKey: string, method = 'GET'): DenyRule {
  return (req) =>
    req.service === 's3' &&
    !req.path.startsWith('/v20180820/') &&
    req.method === method &&
    req.query.has(queryKey);
}

/** Denies a JSON-protocol operation by name (x-amz-target `Service.Operation`). */
export function denyJsonTarget(operation: string): DenyRule {
  return (req) => req.target?.split('.').pop() === operation;
}

/** Denies a query-protocol operation (EC2, RDS, IAM, STS) by service and Action. */
export function denyQueryAction(service: string, action: string): DenyRule {
  return (req) => req.service === service && req.action === action;
}

/** Denies a REST-JSON operation (EFS: service `elasticfilesystem`) by method and path. */
export function denyRestJson(service: string, method: string, path: RegExp): DenyRule {
  return (req) => req.service === service && req.method === method && path.test(req.path);
}

/** REST operations (S3, S3 Control, EFS, Backup) by signing service, method and path. */
const REST_OPERATIONS: readonly [service: string, path: RegExp, operation: string][] = [
  ['s3', /^\/v20180820\/configuration\/publicAccessBlock$/, 's3control:GetPublicAccessBlock'],
  ['elasticfilesystem', /^\/2015-02-01\/file-systems$/, 'efs:DescribeFileSystems'],
  ['elasticfilesystem', /^\/2015-02-01\/mount-targets$/, 'efs:DescribeMountTargets'],
  [
    'elasticfilesystem',
    /^\/2015-02-01\/mount-targets\/[^/]+\/security-groups$/,
    'efs:DescribeMountTargetSecurityGroups',
  ],
  ['elasticfilesystem', /^\/2015-02-01\/access-points$/, 'efs:DescribeAccessPoints'],
  [
    'elasticfilesystem',
    /^\/2015-02-01\/file-systems\/replication-configurations$/,
    'efs:DescribeReplicationConfigurations',
  ],
  [
    'elasticfilesystem',
    /^\/2015-02-01\/file-systems\/[^/]+\/lifecycle-configuration$/,
    'efs:DescribeLifecycleConfiguration',
  ],
  [
    'elasticfilesystem',
    /^\/2015-02-01\/file-systems\/[^/]+\/backup-policy$/,
    'efs:DescribeBackupPolicy',
  ],
  [
    'elasticfilesystem',
    /^\/2015-02-01\/file-systems\/[^/]+\/policy$/,
    'efs:DescribeFileSystemPolicy',
  ],
  ['backup', /^\/resources\/?$/, 'backup:ListProtectedResources'],
];

/** S3 bucket operations (path style) by the query key that names them. */
const S3_SUBRESOURCES: Readonly<Record<string, string>> = {
  location: 's3:GetBucketLocation',
  tagging: 's3:GetBucketTagging',
  encryption: 's3:GetBucketEncryption',
  versioning: 's3:GetBucketVersioning',
  publicAccessBlock: 's3:GetPublicAccessBlock',
  policy: 's3:GetBucketPolicy',
  policyStatus: 's3:GetBucketPolicyStatus',
  acl: 's3:GetBucketAcl',
  ownershipControls: 's3:GetBucketOwnershipControls',
  logging: 's3:GetBucketLogging',
};

/** SigV4 signing names that differ from the client names of src/aws/permissions.ts. */
const CLIENT_OF_SERVICE: Readonly<Record<string, string>> = { monitoring: 'cloudwatch' };

/**
 * The operation a proxied request calls, named `<client>:<Operation>` as src/aws/permissions.ts
 * and `stats.apiCalls` name it; undefined for a request shape not known here. Query and JSON
 * protocols name the operation in the request; REST ones are told by method and path.
 */
export function operationOf(req: ProxiedRequest): string | undefined {
  const client = CLIENT_OF_SERVICE[req.service] ?? req.service;
  // AssumeRoleWithWebIdentity is the one unsigned call: STS's query protocol, no credential.
  if (req.action) return `${client || 'sts'}:${req.action}`;
  if (req.target) return `${client}:${req.target.split('.').pop() ?? ''}`;
  if (req.method !== 'GET') return undefined;
  for (const [service, path, operation] of REST_OPERATIONS) {
    if (service === req.service && path.test(req.path)) return operation;
  }
  if (req.service !== 's3') return undefined;
  if (req.path === '/') return 's3:ListBuckets';
  const key = [...req.query.keys()].find((k) => S3_SUBRESOURCES[k] !== undefined);
  return key === undefined ? undefined : S3_SUBRESOURCES[key];
}

/** Denies every request to one of `operations` (named as operationOf names them). */
export function denyOperations(operations: Iterable<string>): DenyRule {
  const denied = new Set(operations);
  return (req) => denied.has(operationOf(req) ?? '');
}

/** The throttling answer AWS gives in the request's protocol. */
function throttlingAnswer(req: ProxiedRequest): ErrorAnswer {
  const message = 'Rate exceeded';
  if (req.target) return { code: 'ThrottlingException', message, status: 400 };
  if (req.action && req.service === 'ec2') {
    return { code: 'RequestLimitExceeded', message, status: 503 };
  }
  if (req.action) return { code: 'Throttling', message, status: 400 };
  if (req.service === 's3') return { code: 'SlowDown', message, status: 503 };
  return { code: 'ThrottlingException', message, status: 429 };
}

/** FNV-1a of a string, as a fraction in [0, 1): a repeatable choice of requests. */
function fraction(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 2 ** 32;
}

/**
 * A throttling storm: about `share` of the distinct requests (chosen by a hash of the request, so
 * a run is repeatable) are answered with the protocol's throttling error on their first `times`
 * attempts; the SDK's retry then gets the real answer.
 */
export function throttleStorm(share: number, times = 1): DenyRule {
  const throttled = new Map<string, number>();
  return (req) => {
    const key = [req.service, req.region, req.method, req.path, req.query, req.target, req.body];
    const id = key.join('\u0000');
    if (fraction(id) >= share) return false;
    const count = throttled.get(id) ?? 0;
    if (count >= times) return false;
    throttled.set(id, count + 1);
    return throttlingAnswer(req);
  };
}

export interface TokenServer {
  /** The ACTIONS_ID_TOKEN_REQUEST_URL value (it carries a query, as the runner's does). */
  url: string;
  /** The ACTIONS_ID_TOKEN_REQUEST_TOKEN value the server expects as a bearer token. */
  requestToken: string;
  /** The `audience` query value of every token request (null when absent). */
  audiences: (string | null)[];
  close(): Promise<void>;
}

const base64url = (value: object): string =>
  Buffer.from(JSON.stringify(value)).toString('base64url');

/** A stand-in for the runner's OIDC token endpoint: `{"value": "<jwt>"}` for the bearer token. */
export async function startTokenServer(requestToken = 'e2e-request-token'): Promise<TokenServer> {
  const audiences: (string | null)[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://token');
    const audience = url.searchParams.get('audience');
    audiences.push(audience);
    if (req.method !== 'GET' || req.headers.authorization !== `Bearer ${requestToken}`) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'bad request token' }));
      return;
    }
    const now = Math.floor(Date.now() / 1000);
    const jwt = [
      base64url({ alg: 'RS256', typ: 'JWT', kid: 'e2e' }),
      base64url({
        iss: 'https://token.actions.githubusercontent.com',
        sub: 'repo:octo-org/octo-repo:ref:refs/heads/main',
        aud: audience ?? 'https://github.com/octo-org',
        iat: now,
        exp: now + 300,
      }),
      'e2e-signature',
    ].join('.');
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ value: jwt }));
  });
  const origin = await listen(server);
  return {
    url: `${origin}/_apis/oidctoken?api-version=2.0`,
    requestToken,
    audiences,
    close: () => closeServer(server),
  };
}

/** The workflow commands of one kind (`::error::`, `::warning::`) a run printed, one per line. */
export function workflowCommands(
  stdout: string,
  command: 'error' | 'warning' | 'notice',
): string[] {
  return stdout.split(/\r?\n/).filter((line) => line.startsWith(`::${command}`));
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string };
}

export interface FakeGitHub {
  url: string;
  comments: FakeComment[];
  /** `METHOD path?query` of every request, in order. */
  requests: string[];
  /** The Authorization headers received. */
  authorizations: string[];
  close(): Promise<void>;
}

export interface FakeGitHubOptions {
  /** The login GET /user answers; undefined: 403 as for an installation token (GITHUB_TOKEN). */
  login?: string;
  comments?: FakeComment[];
  /** Comments per page, whatever per_page asks: small to force pagination. */
  pageSize?: number;
  /** The status every write (POST, PATCH) gets instead of success: 403 for a fork's token. */
  writeStatus?: number;
}

/**
 * A small stand-in for the GitHub REST API on a free loopback port (GITHUB_API_URL): GET /user,
 * the issue comments of any pull request (paginated with Link headers), create and update.
 */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const comments = [...(options.comments ?? [])];
  const requests: string[] = [];
  const authorizations: string[] = [];
  const pageSize = options.pageSize ?? 100;
  let nextId = 1000;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const json = (res: ServerResponse, status: number, body: unknown, headers = {}): void => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let text = '';
    req.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      const target = new URL(req.url ?? '/', url);
      requests.push(`${req.method} ${target.pathname}${target.search}`);
      authorizations.push(String(req.headers.authorization ?? ''));
      const list = /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(target.pathname);
      const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(target.pathname);
      if (req.method === 'GET' && target.pathname === '/user') {
        if (options.login) json(res, 200, { login: options.login });
        else json(res, 403, { message: 'Resource not accessible by integration' });
      } else if (req.method === 'GET' && list) {
        const page = Number(target.searchParams.get('page') ?? '1');
        const slice = comments.slice((page - 1) * pageSize, page * pageSize);
        const more = page * pageSize < comments.length;
        const next = new URL(target.href);
        next.searchParams.set('page', String(page + 1));
        json(res, 200, slice, more ? { link: `<${next.href}>; rel="next"` } : {});
      } else if ((req.method === 'POST' && list) || (req.method === 'PATCH' && one)) {
        if (options.writeStatus) {
          json(res, options.writeStatus, { message: 'Resource not accessible by integration' });
          return;
        }
        const { body } = JSON.parse(text) as { body: string };
        if (one) {
          const found = comments.find((c) => c.id === Number(one[1]));
          if (!found) return json(res, 404, { message: 'Not Found' });
          found.body = body;
          json(res, 200, found);
        } else {
          const created = {
            id: nextId++,
            body,
            user: { login: options.login ?? 'github-actions[bot]' },
          };
          comments.push(created);
          json(res, 201, created);
        }
      } else {
        json(res, 404, { message: 'Not Found' });
      }
    });
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    url,
    comments,
    requests,
    authorizations,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
