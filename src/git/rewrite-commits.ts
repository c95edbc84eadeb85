import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

/*
 * This module runs git through child_process rather than simple-git: rewriting a commit needs
 * a temporary index and the original author's name, email and date, which git takes only from
 * the environment (GIT_INDEX_FILE, GIT_AUTHOR_*), and blobs and messages fed on stdin.
 * simple-git cannot feed stdin, and given an environment it refuses the person's inherited one
 * (GIT_CONFIG_GLOBAL, EDITOR, …) unless every safety check is switched off.
 */

interface GitRun {
  env?: Record<string, string>;
  input?: string;
}

function git(root: string, args: readonly string[], run: GitRun = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd: root, env: { ...process.env, ...run.env } });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.stdin.on('error', () => undefined);
    child.on('error', reject);
    child.on('close', (code) => {
      const output = Buffer.concat(stdout).toString('utf8');
      if (code === 0) resolve(output);
      else reject(new Error(`git ${args[0]} failed: ${Buffer.concat(stderr).toString('utf8')}`));
    });
    child.stdin.end(run.input ?? '');
  });
}

/** A commit's author, committer and message, to be written again unchanged. */
async function readCommitIdentity(root: string, commit: string) {
  const format = '%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B';
  const [an, ae, ad, cn, ce, cd, ...message] = (
    await git(root, ['log', '-1', `--format=${format}`, commit])
  ).split('\0');
  const env = {
    GIT_AUTHOR_NAME: an!,
    GIT_AUTHOR_EMAIL: ae!,
    GIT_AUTHOR_DATE: ad!,
    GIT_COMMITTER_NAME: cn!,
    GIT_COMMITTER_EMAIL: ce!,
    GIT_COMMITTER_DATE: cd!,
  };
  return { env, message: message.join('\0').replace(/\n+$/, '') };
}

/** The blob holding the rewritten text of `blob` (at `path`), or `blob` itself if unchanged. */
async function rewriteBlob(
  root: string,
  blob: string,
  path: string,
  rewrite: CommitRewrite,
): Promise<string> {
  const text = await git(root, ['cat-file', 'blob', blob]);
  const changed = rewrite.rewriteFile(path, text);
  if (changed === undefined || changed === text) return blob;
  return (await git(root, ['hash-object', '-w', '--stdin'], { input: changed })).trim();
}

/** Changes to a commit's files: the new text of a path, or undefined to leave it. */
export interface CommitRewrite {
  /** Only these folders' files are offered to `rewriteFile`. */
  folders: readonly string[];
  rewriteFile(path: string, text: string): string | undefined;
  rewriteMessage(message: string): string;
}

/**
 * Writes `commits` (oldest first, a straight line) again on top of `onto`, each with its files
 * passed through the rewrite, and its author, committer, dates and message kept (the message
 * rewritten too). Returns the new newest commit; branches and files are not touched.
 */
export async function rewriteCommits(
  root: string,
  gitDir: string,
  onto: string,
  commits: readonly string[],
  rewrite: CommitRewrite,
): Promise<string> {
  const index = join(gitDir, `timc-rewrite-${process.pid}.index`);
  const withIndex = { GIT_INDEX_FILE: index };
  /** Blob → rewritten blob (or itself): most files are the same in commit after commit. */
  const rewritten = new Map<string, string>();
  let parent = onto;

  try {
    for (const commit of commits) {
      await git(root, ['read-tree', commit], { env: withIndex });
      const entries = (await git(root, ['ls-tree', '-r', commit, '--', ...rewrite.folders]))
        .split('\n')
        .filter((line) => line !== '');

      for (const entry of entries) {
        const [meta = '', path = ''] = entry.split('\t');
        const [mode, type, blob = ''] = meta.split(' ');
        if (type !== 'blob') continue;
        const key = `${path}\0${blob}`;
        if (!rewritten.has(key)) rewritten.set(key, await rewriteBlob(root, blob, path, rewrite));
        const written = rewritten.get(key)!;
        if (written === blob) continue;
        const cacheInfo = `${mode},${written},${path}`;
        await git(root, ['update-index', '--cacheinfo', cacheInfo], { env: withIndex });
      }

      const tree = (await git(root, ['write-tree'], { env: withIndex })).trim();
      const { env, message } = await readCommitIdentity(root, commit);
      parent = (
        await git(root, ['commit-tree', tree, '-p', parent, '-F', '-'], {
          env,
          input: `${rewrite.rewriteMessage(message)}\n`,
        })
      ).trim();
    }
  } finally {
    await rm(index, { force: true });
  }
  return parent;
}
