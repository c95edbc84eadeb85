import { lstat, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

import { UsageError } from '../errors.js';
import { cycleFolderOf } from '../model/rules/repository-facts.js';
import { listFilesUnder, listRepositoryFiles } from '../store/repository-scan.js';

/** What one run of validate checks. */
export interface ValidationScope {
  /** True when the whole repository is checked (no paths, or the root among them). */
  whole: boolean;
  /** The paths to check, relative to the root, as listRepositoryFiles lists them. */
  listed: string[];
  /** The cycle folders checked in full; every cycle folder when `whole`. */
  cycleFolders: string[];
  /** Whether problems of a path are reported (the rest was read only for context). */
  includes(relPath: string): boolean;
}

function toRelative(root: string, cwd: string, path: string): string {
  const relPath = relative(root, resolve(cwd, path));
  if (relPath.startsWith('..') || isAbsolute(relPath)) {
    throw new UsageError(`${path} is outside the cycle repository (${root})`);
  }
  return relPath.split(sep).join('/');
}

/** `cycles/<year>/<name>` for a path at or below a cycle folder. */
function cycleFolderAt(relPath: string): string | undefined {
  const segments = relPath.split('/');
  if (segments[0] !== 'cycles' || segments.length < 3) return undefined;
  return segments.slice(0, 3).join('/');
}

async function expandPath(root: string, relPath: string, path: string): Promise<string[]> {
  const realRoot = await realpath(root);
  const realFolder = await realpath(dirname(`${root}/${relPath}`)).catch(() => undefined);
  const stats = await lstat(`${root}/${relPath}`).catch(() => undefined);
  if (!stats || realFolder === undefined) throw new UsageError(`${path}: no such file or folder`);
  if (relative(realRoot, realFolder).startsWith('..')) {
    throw new UsageError(`${path} leads outside the cycle repository through a symbolic link`);
  }

  const folder = cycleFolderAt(relPath) ?? relPath;
  const folderStats = folder === relPath ? stats : await lstat(`${root}/${folder}`);
  return folderStats.isDirectory() ? listFilesUnder(root, folder) : [folder];
}

/**
 * The scope of `timc validate PATH...`: each path (a file or folder, relative to `cwd`) with
 * the whole cycle folder it belongs to, since a cycle's files refer to each other. No paths,
 * or the repository itself, means the whole repository.
 */
export async function resolveScope(
  root: string,
  cwd: string,
  paths: readonly string[],
): Promise<ValidationScope> {
  const relPaths = paths.map((path) => toRelative(root, cwd, path));
  if (relPaths.length === 0 || relPaths.includes('')) {
    const listed = await listRepositoryFiles(root);
    const cycleFolders = [...new Set(listed.flatMap((path) => cycleFolderOf(path) ?? []))];
    return { whole: true, listed, cycleFolders, includes: () => true };
  }

  const expanded = await Promise.all(
    relPaths.map((relPath, index) => expandPath(root, relPath, paths[index]!)),
  );
  const listed = [...new Set(expanded.flat())].sort();
  const cycleFolders = [...new Set(listed.flatMap((path) => cycleFolderOf(path) ?? []))];
  const files = new Set(listed);
  const folders = new Set(cycleFolders);
  return {
    whole: false,
    listed,
    cycleFolders,
    includes: (relPath) => files.has(relPath) || folders.has(cycleFolderOf(relPath) ?? ''),
  };
}
