import { parseCycleId } from '../ids.js';
import { problemOf, type RuleProblem } from './problem.js';
import type { CycleFacts, RepositoryFacts } from './repository-facts.js';

function checkFolder(cycle: CycleFacts): RuleProblem[] {
  const [, year, name] = cycle.folder.split('/') as [string, string, string];
  const info = cycle.info;
  const file = info?.file ?? cycle.files[0] ?? cycle.folder;
  const id = info?.id;

  const folderId = parseCycleId(name);
  if (!folderId) {
    const fix = id && parseCycleId(id.value) ? `: rename it to ${id.value}` : '';
    return [
      problemOf(
        'cycle-folder',
        file,
        `the folder name \`${name}\` is not a cycle id (YYYYMMDD-<client>-<4 characters>)${fix}`,
      ),
    ];
  }
  if (id && id.value !== name) {
    return [
      problemOf(
        'cycle-folder',
        file,
        `id \`${id.value}\` differs from its folder name \`${name}\`: the id must equal the ` +
          'folder name (fix the id, or rename the folder)',
        { path: id.path },
      ),
    ];
  }
  if (folderId.year !== year) {
    return [
      problemOf(
        'cycle-folder',
        file,
        `cycle ${name} sits under cycles/${year}/, but cycles sit under the year of their id: ` +
          `move it to cycles/${folderId.year}/${name}`,
      ),
    ];
  }
  return [];
}

/** A cycle folder is named by its id and sits under the year of that id. */
export function checkCycleFolders(facts: RepositoryFacts): RuleProblem[] {
  return [...facts.cycles.values()].flatMap(checkFolder);
}
