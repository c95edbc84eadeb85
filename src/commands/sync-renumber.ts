import { listCommits, listChangedPaths, listTouchedPaths, readFileAt } from '../git/revisions.js';
import { rewriteCommits } from '../git/rewrite-commits.js';
import { entriesById, type MintedEntries, planNewIds } from '../merge/id-collisions.js';
import {
  isEmptyRenumbering,
  renumberDocument,
  renumberMessage,
  type Renumbering,
} from '../merge/renumber.js';
import { CYCLES_FOLDER } from '../store/layout.js';
import { parseYamlText, renderYamlFile } from '../store/yaml-file.js';
import { kindOfGitPath, pathInRepository, type SyncPlace } from './sync-place.js';

/** The renumbering of each cycle folder (`cycles/2026/<id>`, as git names it) to renumber. */
export type RenumberPlan = Map<string, Renumbering>;

/** The commits a sync works with: the common ancestor, the shared tip and the local tip. */
export interface SyncRange {
  base: string;
  upstream: string;
  head: string;
}

/** `[prefix]cycles/<year>/<id>` of a path inside a cycle folder, as git names it. */
function cycleFolderOf(prefix: string, path: string): string | undefined {
  const relPath = pathInRepository({ prefix }, path);
  const match = relPath === undefined ? null : /^cycles\/\d{4}\/[^/]+(?=\/)/.exec(relPath);
  return match ? `${prefix}${match[0]}` : undefined;
}

function cycleIdOf(folder: string): string {
  return folder.slice(folder.lastIndexOf('/') + 1);
}

async function entriesOfList(
  root: string,
  range: SyncRange,
  path: string,
  key: string,
): Promise<MintedEntries> {
  const [base, kept, moved, commits] = await Promise.all([
    readFileAt(root, range.base, path),
    readFileAt(root, range.upstream, path),
    readFileAt(root, range.head, path),
    listCommits(root, range.base, range.head, [path]),
  ]);
  const movedEver = new Set<string>();
  for (const commit of commits) {
    const version = await readFileAt(root, commit, path);
    for (const id of entriesById(version, key).keys()) movedEver.add(id);
  }
  return {
    base: entriesById(base, key),
    kept: entriesById(kept, key),
    moved: entriesById(moved, key),
    movedEver,
  };
}

/**
 * Finds the goal and activity ids both sides minted for different entries in the same cycle
 * since they parted; the local (unpushed) ones are to be renumbered.
 */
export async function planRenumbering(place: SyncPlace, range: SyncRange): Promise<RenumberPlan> {
  const { top, prefix } = place;
  const cycles = `${prefix}${CYCLES_FOLDER}`;
  const [local, shared] = await Promise.all([
    listTouchedPaths(top, range.base, range.head, cycles),
    listChangedPaths(top, range.base, range.upstream, cycles),
  ]);
  const sharedFolders = new Set(shared.map((path) => cycleFolderOf(prefix, path)));
  const folders = new Set(
    local.map((path) => cycleFolderOf(prefix, path)).filter((folder) => sharedFolders.has(folder)),
  );

  const plan: RenumberPlan = new Map();
  for (const folder of folders) {
    if (folder === undefined) continue;
    const [goals, activities] = await Promise.all([
      entriesOfList(top, range, `${folder}/1-goals.yaml`, 'goals'),
      entriesOfList(top, range, `${folder}/2-activities.yaml`, 'activities'),
    ]);
    const renumbering = { goals: planNewIds('g', goals), activities: planNewIds('a', activities) };
    if (!isEmptyRenumbering(renumbering)) plan.set(folder, renumbering);
  }
  return plan;
}

/** A file's text with the plan applied, or undefined when the plan does not touch it. */
function renumberFileText(
  plan: RenumberPlan,
  prefix: string,
  path: string,
  text: string,
): string | undefined {
  const renumbering = plan.get(cycleFolderOf(prefix, path) ?? '');
  const kind = kindOfGitPath(prefix, path);
  if (!renumbering || !kind) return undefined;

  let file;
  try {
    file = parseYamlText(text, path.slice(prefix.length), kind);
  } catch {
    return undefined;
  }
  return renumberDocument(kind, file.doc, renumbering) ? renderYamlFile(file) : undefined;
}

/**
 * Writes the local commits again with the plan applied to every file and message of the
 * cycles concerned, from the first commit that touches them; returns the new local tip.
 */
export async function applyRenumbering(
  place: SyncPlace,
  range: SyncRange,
  plan: RenumberPlan,
): Promise<string> {
  const folders = [...plan.keys()];
  const [all, touching] = await Promise.all([
    listCommits(place.top, range.base, range.head),
    listCommits(place.top, range.base, range.head, folders),
  ]);
  const start = all.indexOf(touching[0] ?? '');
  if (start < 0) return range.head;

  const onto = start === 0 ? range.base : all[start - 1]!;
  return rewriteCommits(place.top, place.gitDir, onto, all.slice(start), {
    folders,
    rewriteFile: (path, text) => renumberFileText(plan, place.prefix, path, text),
    rewriteMessage: (message) =>
      folders.reduce(
        (text, folder) => renumberMessage(text, cycleIdOf(folder), plan.get(folder)!),
        message,
      ),
  });
}

/** `goal g2 → g3 in 20261203-asmith-k3f9`, one line per renumbered id. */
export function describeRenumbering(plan: RenumberPlan): string[] {
  const lines: string[] = [];
  for (const [folder, renumbering] of plan) {
    const cycle = cycleIdOf(folder);
    for (const [from, to] of renumbering.goals) lines.push(`goal ${from} → ${to} in ${cycle}`);
    for (const [from, to] of renumbering.activities) {
      lines.push(`activity ${from} → ${to} in ${cycle}`);
    }
  }
  return lines;
}
