import {
  motoEndpoint,
  resetMoto,
  runAction,
  seedBucket,
  seedClients,
  startFakeGitHub,
  type ActionResult,
  type FakeGitHub,
  type SeedClients,
} from './harness.js';

/** The lines of one workflow command (`::error`, `::notice`, `::group`) the action printed. */
const commandLines = (stdout: string, command: string): string[] =>
  stdout.split(/\r?\n/).filter((line) => line.startsWith(`::${command}`));

const MARKER = '<!-- posture-gate: sticky summary; edited in place by each run -->';
const TOKEN = 'ghs_e2e-fake-token';

let aws: SeedClients;
beforeAll(() => {
  aws = seedClients();
});
afterAll(() => aws.destroy());
beforeEach(async () => {
  await resetMoto(motoEndpoint());
  await seedBucket(aws.s3, 'pg-e2e-surfaces');
});

describe('the action log', () => {
  test('one error annotation per gate reason, and a failed step that repeats none', async () => {
    const run = await runAction({
      services: 's3',
      'fail-on-severity': 'medium',
      'minimum-score': '90',
    });
    const reasons = run.report?.gate.reasons ?? [];
    expect(reasons.length).toBe(4); // critical, high and medium findings, then the score
    const errors = commandLines(run.stdout, 'error');
    expect(errors).toHaveLength(reasons.length + 1);
    for (const reason of reasons) {
      expect(errors.filter((line) => line.includes(reason.slice(0, 40)))).toHaveLength(1);
    }
    expect(errors.at(-1)).toMatch(
      /^::error::posture-gate: the gate failed \(4 reasons annotated above\)/,
    );
    expect(run.code).toBe(1);
  });

  test('the console tables in folded groups', async () => {
    const run = await runAction({ services: 's3' });
    expect(commandLines(run.stdout, 'group').length).toBeGreaterThan(0);
    expect(commandLines(run.stdout, 'group')).toHaveLength(
      commandLines(run.stdout, 'endgroup').length,
    );
  });

  test('a scan that cannot start still writes a report with result error and a summary', async () => {
    const run = await runAction({ services: 's3' }, { endpoint: null, timeoutMs: 120000 });
    expect(run.outputs).toMatchObject({ passed: 'false', result: 'error' });
    expect(run.report?.gate.result).toBe('error');
    expect(run.report?.gate.reasons[0]).toMatch(/^posture-gate could not run the scan: /);
    expect(run.report?.results).toEqual([]);
    expect(run.summary).toContain('**Error.** The scan could not run, so nothing was evaluated.');
    expect(run.summary).toContain('could not run the scan');
    expect(commandLines(run.stdout, 'error')).toHaveLength(2);
    expect(run.code).toBe(1);
  });
});

describe('the sticky pull request comment', () => {
  let github: FakeGitHub | undefined;
  afterEach(async () => {
    await github?.close();
    github = undefined;
  });

  const onPullRequest = (api: FakeGitHub, event = 'pull_request'): Promise<ActionResult> =>
    runAction(
      { services: 's3', 'comment-on-pr': 'true' },
      {
        env: { GITHUB_API_URL: api.url, GITHUB_EVENT_NAME: event },
        event: { pull_request: { number: 7 } },
      },
    );
  const writes = (api: FakeGitHub): string[] =>
    api.requests.filter((r) => r.startsWith('POST') || r.startsWith('PATCH'));

  test('creates one comment, then leaves it alone when nothing changed, with the token masked', async () => {
    github = await startFakeGitHub();
    const first = await onPullRequest(github);
    expect(writes(github)).toEqual(['POST /repos/octo-org/octo-repo/issues/7/comments']);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.body.startsWith(`${MARKER}\n## posture-gate`)).toBe(true);
    expect(github.comments[0]?.body).toContain('s3.public-access-not-blocked');
    expect(github.authorizations.every((a) => a === `token ${TOKEN}`)).toBe(true);
    expect(first.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(first.stdout.split(TOKEN)).toHaveLength(2);
    expect(first.outputs.result).toBe('failed');

    await onPullRequest(github);
    expect(writes(github)).toHaveLength(1);
    expect(github.comments).toHaveLength(1);
  });

  test('finds its comment on the third page and updates it in place', async () => {
    const others = Array.from({ length: 5 }, (_, i) => ({
      id: i + 1,
      body: i === 0 ? `${MARKER}\nquoted by a person` : `comment ${i}`,
      user: { login: 'octocat' },
    }));
    const ours = {
      id: 42,
      body: `${MARKER}\nan old result`,
      user: { login: 'github-actions[bot]' },
    };
    github = await startFakeGitHub({ comments: [...others, ours], pageSize: 2 });
    await onPullRequest(github, 'pull_request_target');
    const pages = github.requests.filter((r) => r.startsWith('GET /repos/'));
    expect(pages).toHaveLength(3);
    expect(pages.at(-1)).toContain('page=3');
    expect(writes(github)).toEqual(['PATCH /repos/octo-org/octo-repo/issues/comments/42']);
    expect(github.comments.find((c) => c.id === 42)?.body).toContain(
      's3.public-access-not-blocked',
    );
    expect(github.comments.find((c) => c.id === 1)?.body).toBe(`${MARKER}\nquoted by a person`);
  });

  test("a fork's read-only token (403): one notice, the gate unaffected", async () => {
    github = await startFakeGitHub({ writeStatus: 403 });
    const run = await onPullRequest(github);
    const notices = commandLines(run.stdout, 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/comment-on-pr: no comment posted: .*HTTP 403/);
    expect(commandLines(run.stdout, 'warning').filter((l) => l.includes('comment'))).toEqual([]);
    expect(run.outputs.result).toBe('failed');
    expect(commandLines(run.stdout, 'error')).toHaveLength(
      (run.report?.gate.reasons.length ?? 0) + 1,
    );
  });

  test('an event that is not a pull request: one notice and no call to GitHub', async () => {
    github = await startFakeGitHub();
    const run = await onPullRequest(github, 'push');
    expect(commandLines(run.stdout, 'notice')).toEqual([
      '::notice::comment-on-pr: no comment posted: the push event is not a pull request (only pull_request and pull_request_target are).',
    ]);
    expect(github.requests).toEqual([]);
    expect(run.outputs.result).toBe('failed');
  });
});
