import { schemaKindOf, type SchemaKind } from '../store/layout.js';

/**
 * Where a sync works: git runs in the clone's top folder, where every path git prints is
 * rooted, while timc's files sit under `prefix` (empty unless the cycle repository is a folder
 * inside a larger git repository).
 */
export interface SyncPlace {
  /** The clone's top folder: every git command of a sync runs there. */
  top: string;
  prefix: string;
  gitDir: string;
  /** timc's own folder in `.git` (choices, conflicts). */
  stateFolder: string;
}

/** A path as git prints it, relative to the cycle repository; undefined when outside it. */
export function pathInRepository(
  place: Pick<SyncPlace, 'prefix'>,
  gitPath: string,
): string | undefined {
  return gitPath.startsWith(place.prefix) ? gitPath.slice(place.prefix.length) : undefined;
}

/** The kind of a timc file from its path as git prints it. */
export function kindOfGitPath(prefix: string, gitPath: string): SchemaKind | undefined {
  const relPath = pathInRepository({ prefix }, gitPath);
  return relPath === undefined ? undefined : schemaKindOf(relPath);
}
