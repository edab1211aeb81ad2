import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT, runCli, type CliIo } from '../../../src/cli.js';
import type { Report } from '../../../src/model/report.js';
import { ALL_RULES } from '../../../src/rules/index.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], io: Partial<CliIo> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { AWS_REGION: 'us-east-1' },
    ...io,
  });
  return { code, stdout, stderr };
}

const ESC = '\u001b';
const widest = (text: string): number => Math.max(...text.split('\n').map((l) => [...l].length));
const flagsOf = (help: string): string[] =>
  help
    .split('\n')
    .flatMap((line) => /^ {2}--([a-z-]+) /.exec(line)?.[1] ?? [])
    .sort();

describe('per-command help', () => {
  it('lists the commands and points at each command help', async () => {
    const { stdout, code } = await run(['--help']);
    expect(code).toBe(EXIT.passed);
    for (const command of ['scan', 'demo', 'merge', 'checks']) {
      expect(stdout).toContain(`posture-gate ${command}`);
    }
    expect(stdout).toContain('Run "posture-gate COMMAND --help" for the flags of a command.');
    expect(flagsOf(stdout)).toEqual(['help', 'version']);
  });

  it('scan --help lists the live-scan flags', async () => {
    const flags = flagsOf((await run(['scan', '--help'])).stdout);
    for (const flag of ['region', 'profile', 'progress', 'quiet', 'inventory', 'save-inventory']) {
      expect(flags).toContain(flag);
    }
    for (const flag of ['summary', 'role-to-assume', 'audience']) expect(flags).not.toContain(flag);
  });

  it('demo --help lists no flag of a live scan', async () => {
    const flags = flagsOf((await run(['demo', '--help'])).stdout);
    expect(flags).toEqual(expect.arrayContaining(['services', 'checks', 'format', 'quiet']));
    for (const flag of [
      'region',
      'profile',
      'progress',
      'max-attempts',
      'inventory',
      'save-inventory',
    ]) {
      expect(flags).not.toContain(flag);
    }
  });

  it('merge --help lists the gate, suppressions, baseline and outputs only', async () => {
    const flags = flagsOf((await run(['merge', '--help'])).stdout);
    expect(flags).toEqual(
      expect.arrayContaining(['fail-on-severity', 'minimum-score', 'baseline', 'report-path']),
    );
    for (const flag of ['region', 'services', 'checks', 'environment', 'profile']) {
      expect(flags).not.toContain(flag);
    }
  });

  it('checks --help lists only --format and --help', async () => {
    const { stdout } = await run(['checks', '--help']);
    expect(flagsOf(stdout)).toEqual(['format', 'help']);
    expect(stdout).toContain('table, json, markdown');
  });

  it('rejects a flag the command does not take, naming the command', async () => {
    const checks = await run(['checks', '--services', 's3']);
    expect(checks.code).toBe(EXIT.usage);
    expect(checks.stderr).toMatch(/^Invalid flag "--services": checks does not take it/);
    const merge = await run(['merge', 'a.json', '--services', 's3']);
    expect(merge.code).toBe(EXIT.usage);
    expect(merge.stderr).toMatch(/^Invalid flag "--services": merge does not take it/);
    const demo = await run(['demo', '--profile', 'dev']);
    expect(demo.code).toBe(EXIT.usage);
    expect(demo.stderr).toMatch(/^Invalid flag "--profile": demo evaluates/);
  });
});

describe('flag typos', () => {
  it.each([
    [['scan', '--regoin', 'us-east-1'], 'regoin', 'region'],
    [['demo', '--formt', 'json'], 'formt', 'format'],
    [['scan', '--fail-on-severty', 'high'], 'fail-on-severty', 'fail-on-severity'],
    [['checks', '--fromat', 'json'], 'fromat', 'format'],
  ])('%j suggests the closest flag', async (argv, typo, flag) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(EXIT.usage);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`Unknown flag "--${typo}". Did you mean --${flag}?`);
  });

  it('suggests nothing when no flag is close', async () => {
    const { code, stderr } = await run(['demo', '--xyzzy-plugh']);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(/^Unknown flag "--xyzzy-plugh". Run "posture-gate demo --help"/);
  });
});

describe('checks --format', () => {
  it('json: one object per check with its metadata', async () => {
    const { code, stdout } = await run(['checks', '--format', 'json']);
    expect(code).toBe(EXIT.passed);
    const checks = JSON.parse(stdout) as { id: string; remediation: { url: string } }[];
    expect(checks.map((c) => c.id)).toEqual(ALL_RULES.map((r) => r.meta.id));
    expect(checks[0]).toEqual(
      expect.objectContaining({
        id: ALL_RULES[0]?.meta.id,
        severity: ALL_RULES[0]?.meta.severity,
        category: ALL_RULES[0]?.meta.category,
        frameworks: ALL_RULES[0]?.meta.frameworks,
      }),
    );
    expect(checks.every((c) => c.remediation.url.startsWith('https://docs.aws.amazon.com/'))).toBe(
      true,
    );
  });

  it('markdown: the table of the README', async () => {
    const { stdout } = await run(['checks', '--format', 'markdown']);
    expect(stdout.split('\n')[0]).toBe(
      '| check | category | severity | what it looks for | mapping |',
    );
    expect(stdout.split('\n').filter((l) => l.startsWith('| `'))).toHaveLength(ALL_RULES.length);
  });

  it('table (the default): every id whole, within the terminal width', async () => {
    const { stdout } = await run(['checks'], { columns: 100 });
    expect(widest(stdout)).toBeLessThanOrEqual(100);
    for (const rule of ALL_RULES) expect(stdout).toContain(`│ ${rule.meta.id} `);
  });

  it('rejects another format', async () => {
    const { code, stderr } = await run(['checks', '--format', 'sarif']);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(/^Invalid flag "--format": "sarif" is not one of table, json, markdown/);
  });
});

describe('console output of the CLI', () => {
  it.each([80, 160])('fits a terminal of %i columns', async (columns) => {
    const { stdout } = await run(['demo'], { columns });
    expect(widest(stdout)).toBeLessThanOrEqual(columns);
  });

  it('is 80 columns wide when the width is unknown', async () => {
    expect(widest((await run(['demo'])).stdout)).toBeLessThanOrEqual(80);
  });

  it('colours on a TTY only', async () => {
    expect((await run(['demo'], { stdoutIsTTY: true })).stdout).toContain(`${ESC}[31mFAILED`);
    expect((await run(['demo'])).stdout).not.toContain(ESC);
  });

  it('never colours with NO_COLOR, and colours with FORCE_COLOR off a TTY', async () => {
    const noColor = await run(['demo'], { stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain(ESC);
    const forced = await run(['demo'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain(`${ESC}[31mFAILED`);
  });

  it('never colours a file written with --output, nor JSON', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'posture-gate-habits-')), 'out.txt');
    await run(['demo', '--output', path], { stdoutIsTTY: true, env: { FORCE_COLOR: '1' } });
    expect(readFileSync(path, 'utf8')).not.toContain(ESC);
    const json = await run(['demo', '--format', 'json'], { stdoutIsTTY: true });
    expect(json.stdout).not.toContain(ESC);
  });

  it('--quiet prints only the verdict line and the gate reasons', async () => {
    const { code, stdout, stderr } = await run(['demo', '--quiet']);
    expect(code).toBe(EXIT.passed);
    expect(stdout).toMatch(/^FAILED: posture score/);
    expect(stdout).toContain('  - ');
    expect(stdout).not.toContain('Failed checks');
    expect(stdout).not.toContain('┌');
    expect(stderr).toBe('');
  });
});

/**
 * A stand-in for AWS on a loopback port: STS GetCallerIdentity answers, every other call is
 * denied. It records the region each request was signed for.
 */
async function fakeAws(): Promise<{
  server: Server;
  url: string;
  regions: string[];
  keys: string[];
}> {
  const regions: string[] = [];
  const keys: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const scope = /Credential=([^/]+)\/\d{8}\/([^/]+)\//.exec(req.headers.authorization ?? '');
      if (scope?.[1]) keys.push(scope[1]);
      if (scope?.[2]) regions.push(scope[2]);
      if (body.includes('Action=GetCallerIdentity')) {
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end(
          '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>' +
            '<Arn>arn:aws:iam::123456789012:user/tester</Arn><UserId>AIDATEST</UserId><Account>123456789012</Account>' +
            '</GetCallerIdentityResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></GetCallerIdentityResponse>',
        );
        return;
      }
      res.writeHead(403, {
        'content-type': 'application/json',
        'x-amzn-errortype': 'AccessDeniedException',
        'x-amzn-requestid': '1',
      });
      res.end(JSON.stringify({ message: 'denied' }));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}`, regions, keys };
}

describe('a live scan from the CLI', () => {
  const saved = { ...process.env };
  let aws: Awaited<ReturnType<typeof fakeAws>>;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    aws = await fakeAws();
  });
  afterAll(() => new Promise<void>((done) => aws.server.close(() => done())));

  beforeEach(() => {
    const dir = mkdtempSync(join(tmpdir(), 'posture-gate-profile-'));
    const config = join(dir, 'config');
    writeFileSync(
      config,
      [
        '[default]',
        'region = eu-central-1',
        'aws_access_key_id = AKIDDEFAULT',
        'aws_secret_access_key = default-secret',
        '[profile dev]',
        'region = ap-southeast-2',
        'aws_access_key_id = AKIDDEV',
        'aws_secret_access_key = dev-secret',
        '[profile bad]',
        'region = moon-base-1',
        'aws_access_key_id = AKIDBAD',
        'aws_secret_access_key = bad-secret',
        '',
      ].join('\n'),
    );
    env = {
      AWS_CONFIG_FILE: config,
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
      AWS_ENDPOINT_URL: aws.url,
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    // The SDK reads its files and endpoint from the process environment.
    for (const name of Object.keys(process.env)) {
      if (name.startsWith('AWS_')) Reflect.deleteProperty(process.env, name);
    }
    Object.assign(process.env, env);
    aws.regions.length = 0;
    aws.keys.length = 0;
  });
  afterEach(() => {
    for (const name of Object.keys(process.env)) {
      if (name.startsWith('AWS_')) Reflect.deleteProperty(process.env, name);
    }
    Object.assign(process.env, saved);
  });

  const scan = (args: string[], io: Partial<CliIo> = {}): Promise<Run> =>
    run(['scan', '--services', 'efs', '--max-attempts', '1', ...args], { env, ...io });

  it("honours the profile's region when --region is not given", async () => {
    const { code, stdout, stderr } = await scan(['--profile', 'dev', '--format', 'json']);
    expect(stderr).toContain('Scanning account 123456789012');
    expect(code).toBe(EXIT.scanFailed);
    const report = JSON.parse(stdout) as Report;
    expect(report.regions).toEqual(['ap-southeast-2']);
    expect(new Set(aws.regions)).toEqual(new Set(['ap-southeast-2']));
    // The profile's credentials sign every call.
    expect(new Set(aws.keys)).toEqual(new Set(['AKIDDEV']));
  });

  it('uses AWS_PROFILE, else the default profile, as the SDK does', async () => {
    const fromVariable = await scan(['--format', 'json'], { env: { ...env, AWS_PROFILE: 'dev' } });
    expect((JSON.parse(fromVariable.stdout) as Report).regions).toEqual(['ap-southeast-2']);
    const fromDefault = await scan(['--format', 'json']);
    expect((JSON.parse(fromDefault.stdout) as Report).regions).toEqual(['eu-central-1']);
  });

  it('lets --region and AWS_REGION win over the profile', async () => {
    const flag = await scan(['--profile', 'dev', '--region', 'us-west-2', '--format', 'json']);
    expect((JSON.parse(flag.stdout) as Report).regions).toEqual(['us-west-2']);
    const variable = await scan(['--profile', 'dev', '--format', 'json'], {
      env: { ...env, AWS_REGION: 'eu-west-1' },
    });
    expect((JSON.parse(variable.stdout) as Report).regions).toEqual(['eu-west-1']);
  });

  it('names the profile when its region is not one', async () => {
    const { code, stderr } = await scan(['--profile', 'bad']);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(
      /^Invalid input "region": "moon-base-1" \(from the region of profile "bad"\)/,
    );
  });

  it('shows progress on stderr with --progress, never in the JSON on stdout', async () => {
    const { stdout, stderr } = await scan(['--profile', 'dev', '--progress', '--format', 'json']);
    expect(stderr).toMatch(/^1\/1 ap-southeast-2 efs: 0 resources, \d+ calls?, \d+\.\d s$/m);
    expect(() => JSON.parse(stdout) as unknown).not.toThrow();
    expect(stdout).not.toContain('resources,');
  });

  it('shows progress when stderr is a TTY, and none with --quiet or off a TTY', async () => {
    const tty = await scan(['--profile', 'dev', '--format', 'json'], { stderrIsTTY: true });
    expect(tty.stderr).toMatch(/^1\/1 ap-southeast-2 efs: /m);
    const plain = await scan(['--profile', 'dev', '--format', 'json']);
    expect(plain.stderr).not.toMatch(/^1\/1 /m);
    const quiet = await scan(['--profile', 'dev', '--quiet', '--progress'], { stderrIsTTY: true });
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toMatch(/^ERROR: nothing was evaluated/);
  });
});
