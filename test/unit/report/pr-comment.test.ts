import {
  COMMENT_MARKER,
  commentBody,
  MAX_COMMENT_CHARS,
  postComment,
  type CommentClient,
  type IssueComment,
} from '../../../src/report/pr-comment.js';
import { makeReport, makeResult } from './fixtures.js';

interface Fake extends CommentClient {
  comments: IssueComment[];
  calls: string[];
}

function fakeClient(comments: IssueComment[], login = 'github-actions[bot]', fail?: number): Fake {
  const calls: string[] = [];
  const refuse = (): void => {
    if (fail) throw Object.assign(new Error(`HTTP ${fail}`), { status: fail });
  };
  return {
    comments,
    calls,
    identity: async () => login,
    listComments: async () => {
      calls.push('list');
      return comments;
    },
    createComment: async (body) => {
      calls.push('create');
      refuse();
      comments.push({ id: 99, body, user: { login } });
    },
    updateComment: async (id, body) => {
      calls.push(`update ${id}`);
      refuse();
      const found = comments.find((c) => c.id === id);
      if (found) found.body = body;
    },
  };
}

function logger() {
  const lines: string[] = [];
  return {
    lines,
    info: (m: string) => lines.push(`info ${m}`),
    notice: (m: string) => lines.push(`notice ${m}`),
    warning: (m: string) => lines.push(`warning ${m}`),
  };
}

const PR = { name: 'pull_request', pullRequest: 7 };
const body = commentBody(makeReport({ results: [makeResult()] }), 'posture-report.json');

describe('postComment', () => {
  it('creates the comment when the pull request has none of ours', async () => {
    const client = fakeClient([{ id: 1, body: 'LGTM', user: { login: 'octocat' } }]);
    const log = logger();
    expect(await postComment(PR, body, async () => client, log)).toBe('created');
    expect(client.calls).toEqual(['list', 'create']);
    expect(client.comments.filter((c) => c.body?.includes(COMMENT_MARKER))).toHaveLength(1);
  });

  it("updates our marked comment in place and never another identity's copy of the marker", async () => {
    const client = fakeClient([
      { id: 1, body: `${COMMENT_MARKER}\nquoted by a person`, user: { login: 'octocat' } },
      { id: 2, body: `${COMMENT_MARKER}\nold`, user: { login: 'github-actions[bot]' } },
    ]);
    expect(await postComment(PR, body, async () => client, logger())).toBe('updated');
    expect(client.calls).toEqual(['list', 'update 2']);
    expect(client.comments[0]?.body).toBe(`${COMMENT_MARKER}\nquoted by a person`);
    expect(client.comments[1]?.body).toBe(body);
  });

  it('leaves an unchanged comment alone', async () => {
    const client = fakeClient([{ id: 2, body, user: { login: 'github-actions[bot]' } }]);
    expect(await postComment(PR, body, async () => client, logger())).toBe('unchanged');
    expect(client.calls).toEqual(['list']);
  });

  it('logs one notice and no error when the token cannot write (a fork)', async () => {
    const client = fakeClient([], 'github-actions[bot]', 403);
    const log = logger();
    expect(await postComment(PR, body, async () => client, log)).toBe('forbidden');
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).toMatch(/^notice comment-on-pr: .*HTTP 403.*fork/);
  });

  it('logs one notice and calls nothing on an event that is not a pull request', async () => {
    const log = logger();
    let built = false;
    const outcome = await postComment(
      { name: 'push' },
      body,
      async () => {
        built = true;
        return fakeClient([]);
      },
      log,
    );
    expect(outcome).toBe('skipped');
    expect(built).toBe(false);
    expect(log.lines).toEqual([
      'notice comment-on-pr: no comment posted: the push event is not a pull request (only pull_request and pull_request_target are).',
    ]);
  });

  it('posts on pull_request_target too', async () => {
    const client = fakeClient([]);
    const event = { name: 'pull_request_target', pullRequest: 3 };
    expect(await postComment(event, body, async () => client, logger())).toBe('created');
  });

  it('turns any other failure into one warning', async () => {
    const client = fakeClient([], 'me', 500);
    const log = logger();
    expect(await postComment(PR, body, async () => client, log)).toBe('failed');
    expect(log.lines).toEqual(['warning comment-on-pr: could not comment: HTTP 500']);
  });
});

describe('commentBody', () => {
  it('starts with the hidden marker', () => {
    expect(body.startsWith(`${COMMENT_MARKER}\n## posture-gate`)).toBe(true);
  });

  it('is the same for the same result at another time', () => {
    const later = commentBody(
      makeReport({
        results: [makeResult()],
        finishedAt: '2026-12-24T00:00:00.000Z',
        stats: { apiCalls: { 'efs:DescribeFileSystems': 9 }, durationMsByService: {} },
      }),
      'posture-report.json',
    );
    expect(later).toBe(body);
  });

  it('is cut to 65,536 characters', () => {
    const results = Array.from({ length: 5000 }, (_, i) =>
      makeResult({ resourceId: `fs-${i}`, severity: 'low', detail: 'x'.repeat(200) }),
    );
    const big = commentBody(
      makeReport({ results, gate: { passed: false, result: 'failed', reasons: ['r'] } }),
    );
    expect(big.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(big.length).toBeGreaterThan(MAX_COMMENT_CHARS * 0.9);
    expect(big).toContain('This summary was shortened');
  });
});
