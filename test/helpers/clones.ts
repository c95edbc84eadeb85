import { join } from 'node:path';

import {
  isolatedEnv,
  makeRepo,
  runProgram,
  type TestMember,
  TestRepo,
  temporaryFolder,
} from './repo.js';

/** A shared (bare) repository and clones of it, as a district and its people have them. */
export interface SharedRepos {
  /** Path of the bare repository every clone pushes to. */
  remote: string;
  /** The clone the repository was first set up in (its members, its first cycle). */
  origin: TestRepo;
}

/**
 * A cycle repository set up by `setUp` (cycles started, members added…), pushed to a bare
 * repository that then stands for the district's shared repository.
 */
export async function makeSharedRepo(
  setUp?: (origin: TestRepo) => Promise<void>,
): Promise<SharedRepos> {
  const origin = await makeRepo();
  await setUp?.(origin);

  const remote = join(temporaryFolder('timc-remote-'), 'shared.git');
  await origin.git(['init', '--quiet', '--bare', '--initial-branch=main', remote]);
  await origin.git(['remote', 'add', 'origin', remote]);
  await origin.git(['push', '--quiet', '--set-upstream', 'origin', 'main']);
  return { remote, origin };
}

/** A fresh clone of the shared repository, whose git user is `member`. */
export async function cloneAs(shared: SharedRepos, member: TestMember): Promise<TestRepo> {
  const home = temporaryFolder('timc-home-');
  const root = join(temporaryFolder('timc-clone-'), member.id);
  const cloned = await runProgram('git', ['clone', '--quiet', shared.remote, root], {
    cwd: home,
    env: isolatedEnv(home),
  });
  if (cloned.code !== 0) throw new Error(`git clone failed: ${cloned.stderr}`);

  const clone = new TestRepo(root, home);
  await clone.git(['config', 'user.name', member.name]);
  await clone.git(['config', 'user.email', member.email ?? `${member.id}@example.org`]);
  return clone;
}
