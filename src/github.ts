/**
 * The GitHub side of the pull request comment: the event that triggered the run and a
 * CommentClient on @actions/github. Loaded only when `comment-on-pr` is on.
 */
import * as github from '@actions/github';
import type { CommentClient } from './report/pr-comment.js';

/** Whole-conversation deadline: a GitHub API that never answers must not hold the job. */
const GITHUB_TIMEOUT_MS = 60_000;

/** The login a GITHUB_TOKEN acts as: its installation token cannot read GET /user. */
const ACTIONS_BOT = 'github-actions[bot]';

export function pullRequestEvent(): { name: string; pullRequest?: number } {
  const { eventName, payload } = github.context;
  const number = payload.pull_request?.number;
  return { name: eventName, ...(typeof number === 'number' ? { pullRequest: number } : {}) };
}

export function commentClient(token: string, pullRequest: number): CommentClient {
  const octokit = github.getOctokit(token, {
    request: { signal: AbortSignal.timeout(GITHUB_TIMEOUT_MS) },
  });
  const { owner, repo } = github.context.repo;
  const issue = { owner, repo, issue_number: pullRequest };
  return {
    async identity() {
      try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
      } catch {
        return ACTIONS_BOT;
      }
    },
    listComments: () =>
      octokit.paginate(octokit.rest.issues.listComments, { ...issue, per_page: 100 }),
    async createComment(body) {
      await octokit.rest.issues.createComment({ ...issue, body });
    },
    async updateComment(id, body) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body });
    },
  };
}
