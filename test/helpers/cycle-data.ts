import { parse, stringify } from 'yaml';

import type { TestRepo } from './repo.js';

/** `cycles/<year>/<id>/<file>` of a cycle. */
export function cyclePath(id: string, file: string): string {
  return `cycles/${id.slice(0, 4)}/${id}/${file}`;
}

/**
 * Changes a YAML file of the repository as plain data, the way a hand edit would: for setting
 * data that no command of this branch writes yet (publish flags, completed phases, goals).
 */
export function editYaml(
  repo: TestRepo,
  relPath: string,
  change: (data: Record<string, unknown>) => void,
): void {
  let data: Record<string, unknown> = {};
  try {
    data = (parse(repo.read(relPath)) as Record<string, unknown> | null) ?? {};
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  change(data);
  repo.write(relPath, stringify(data));
}

/** Sets both, one or neither side's publish flag of a cycle (null is unpublished). */
export function setPublished(
  repo: TestRepo,
  id: string,
  published: { coach: string | null; client: string | null },
): void {
  editYaml(repo, cyclePath(id, 'cycle.yaml'), (data) => {
    data.published = published;
  });
}

/** Writes one check-in file, named as `timc checkin` names it. */
export function writeCheckin(
  repo: TestRepo,
  id: string,
  checkin: { author: string; at: string; kind: string; text?: string; activity?: string },
): void {
  const stamp = checkin.at.replace(/[-:]/g, '');
  repo.write(cyclePath(id, `checkins/${stamp}-${checkin.author}.yaml`), stringify(checkin));
}

/** Stages everything and commits it as the test runner. */
export async function commitAll(repo: TestRepo, message: string): Promise<void> {
  await repo.git(['add', '-A']);
  await repo.git(['commit', '-q', '-m', message]);
}
