import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The temporary file a write of `path` goes through (a suffix, so the rename stays on one disk). */
const temporaryFile = (path: string, purpose = 'tmp'): string =>
  `${path}.${process.pid}.${purpose}`;

/** Pieces are gathered to about this many characters per write: few system calls, little memory. */
const WRITE_BATCH = 1 << 16;

/**
 * Writes through a temporary file and a rename, so a reader never sees half a report and a failed
 * write leaves the file that was there (an earlier report) as it was. `content` may be given in
 * pieces (a large report): they are written as they come, never joined into one string.
 */
export async function writeFileAtomic(
  path: string,
  content: string | Iterable<string>,
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = temporaryFile(path);
  try {
    const handle = await open(temporary, 'w');
    try {
      let batch = '';
      for (const piece of typeof content === 'string' ? [content] : content) {
        batch += piece;
        if (batch.length >= WRITE_BATCH) {
          await handle.writeFile(batch, 'utf8');
          batch = '';
        }
      }
      if (batch !== '') await handle.writeFile(batch, 'utf8');
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * Checks, before a run, that {@link writeFileAtomic} will be able to write `path`: its directory is
 * created, a temporary file is created and removed beside it, and `path` is not a directory. An
 * existing file at `path` is never opened. Throws the file system's error (with its `code`).
 */
export async function checkWritable(path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const existing = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (existing?.isDirectory()) {
    throw Object.assign(new Error(`EISDIR: illegal operation on a directory, '${path}'`), {
      code: 'EISDIR',
    });
  }
  const probe = temporaryFile(path, 'probe');
  const handle = await open(probe, 'wx');
  await handle.close();
  await rm(probe, { force: true });
}

/** Why a path cannot be written, in words, from the file system's error code. */
export function writeProblem(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    ENOTDIR: 'a part of its directory is a file, not a directory',
    EISDIR: 'it is a directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space left on the device',
    ENAMETOOLONG: 'the name is too long',
    ELOOP: 'too many symbolic links',
  };
  const reason = code === undefined ? undefined : reasons[code];
  return reason === undefined ? String(message ?? error) : `${reason} (${code})`;
}
