import type { Report } from '../model/report.js';
import { renderMarkdown } from './markdown.js';

/** The hidden line that finds the comment again on the next run. */
export const COMMENT_MARKER = '<!-- posture-gate: sticky summary; edited in place by each run -->';

/** GitHub refuses a comment body longer than this many characters. */
export const MAX_COMMENT_CHARS = 65_536;

/** The events whose runs comment; any other event logs a notice and posts nothing. */
export const COMMENT_EVENTS: readonly string[] = ['pull_request', 'pull_request_target'];

export interface IssueComment {
  id: number;
  body?: string | null;
  user?: { login: string } | null;
}

/** The GitHub REST calls the comment needs, on one pull request. */
export interface CommentClient {
  /** The login the token acts as. */
  identity(): Promise<string>;
  /** Every comment on the pull request, all pages. */
  listComments(): Promise<IssueComment[]>;
  createComment(body: string): Promise<void>;
  updateComment(id: number, body: string): Promise<void>;
}

export interface CommentLog {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
}

export type CommentOutcome =
  'created' | 'updated' | 'unchanged' | 'skipped' | 'forbidden' | 'failed';

/**
 * The comment body: the marker, then the summary without the run's clock and call counts (so an
 * unchanged result is an unchanged body), cut to fit a comment. UTF-8 bytes are never fewer
 * than UTF-16 characters, so a byte budget bounds the characters too.
 */
export function commentBody(report: Report, reportPath?: string): string {
  const head = `${COMMENT_MARKER}\n`;
  const budgetBytes = MAX_COMMENT_CHARS - head.length;
  return (
    head +
    renderMarkdown(report, { budgetBytes, stable: true, ...(reportPath ? { reportPath } : {}) })
  );
}

const statusOf = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
};

/**
 * Creates or updates the one comment of this tool on the pull request: the one carrying the
 * marker, written by the token's own identity. Never throws and never touches the gate: a
 * token that cannot write (a fork's pull request) is one notice, any other failure one warning.
 */
export async function postComment(
  event: { name: string; pullRequest?: number },
  body: string,
  client: () => Promise<CommentClient>,
  log: CommentLog,
): Promise<CommentOutcome> {
  if (!COMMENT_EVENTS.includes(event.name) || event.pullRequest === undefined) {
    log.notice(
      `comment-on-pr: no comment posted: the ${event.name || 'unknown'} event is not a pull request (only pull_request and pull_request_target are).`,
    );
    return 'skipped';
  }
  try {
    const github = await client();
    const [login, comments] = await Promise.all([github.identity(), github.listComments()]);
    const mine = comments.find(
      (c) => c.user?.login === login && (c.body ?? '').includes(COMMENT_MARKER),
    );
    if (mine && mine.body === body) {
      log.info(`comment-on-pr: comment ${mine.id} is up to date.`);
      return 'unchanged';
    }
    if (mine) {
      await github.updateComment(mine.id, body);
      log.info(`comment-on-pr: updated comment ${mine.id} on pull request #${event.pullRequest}.`);
      return 'updated';
    }
    await github.createComment(body);
    log.info(`comment-on-pr: commented on pull request #${event.pullRequest}.`);
    return 'created';
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 404) {
      log.notice(
        `comment-on-pr: no comment posted: the token cannot write to pull request #${event.pullRequest} (HTTP ${status}). A pull request from a fork gets a read-only token; otherwise grant the job permissions pull-requests: write.`,
      );
      return 'forbidden';
    }
    log.warning(`comment-on-pr: could not comment: ${(error as Error).message}`);
    return 'failed';
  }
}
