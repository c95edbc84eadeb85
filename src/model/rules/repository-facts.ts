import type { Permission } from '../types.js';
import type { YamlPath } from './problem.js';

/**
 * What the cross-file rules need of a repository: ids, references and where each sits. The
 * validator keeps only these in memory, never the parsed files.
 */

/** A value found in a file, with the node it came from. */
export interface Located {
  value: string;
  file: string;
  path: YamlPath;
}

export type ReferenceKind = 'member' | 'goal' | 'activity' | 'alignment' | 'school';

/** A reference to something defined elsewhere; `field` names it in messages (`activity a2`). */
export interface Reference extends Located {
  kind: ReferenceKind;
}

/** Evidence `{tim: {member, id}}`; `path` points at its `tim` node. */
export interface TimReference {
  file: string;
  path: YamlPath;
  member?: string;
  id?: string;
}

export interface MemberFacts {
  id: Located;
  email?: Located;
  role?: Located;
  school?: Located;
}

export interface CycleInfoFacts {
  file: string;
  id?: Located;
  coach?: Located;
  client?: Located;
  timAccess: boolean;
}

/** One folder `cycles/<year>/<name>/`. */
export interface CycleFacts {
  folder: string;
  /** Every file found in the folder (relative to the repository). */
  files: string[];
  /** From cycle.yaml, when it could be read. */
  info?: CycleInfoFacts;
  /** Goal and activity ids as defined in 1-goals.yaml and 2-activities.yaml. */
  goals: Located[];
  activities: Located[];
  /** Whether 1-goals.yaml / 2-activities.yaml could not be read (their ids are unknown). */
  goalsUnreadable: boolean;
  activitiesUnreadable: boolean;
  references: Reference[];
  timEvidence: TimReference[];
  checkinAuthors: Located[];
}

export interface RepositoryFacts {
  /** Role name → permissions; undefined when timc.yaml could not be read. */
  roles?: Map<string, Permission[]>;
  /** School ids from timc.yaml; undefined when it lists none (then any school goes). */
  schools?: Set<string>;
  /** undefined when members.yaml could not be read (member references are not checked). */
  members?: MemberFacts[];
  /** Alignment ids; empty without alignments.yaml, undefined when it could not be read. */
  alignments?: Set<string>;
  /** Member id → ids of their TIM activities; undefined where tim/<id>.yaml was unreadable. */
  tim: Map<string, Set<string> | undefined>;
  /** The member each tim/<id>.yaml belongs to (from its name). */
  timOwners: Located[];
  cycles: Map<string, CycleFacts>;
}

export function emptyFacts(): RepositoryFacts {
  return { alignments: new Set(), tim: new Map(), timOwners: [], cycles: new Map() };
}

const IN_CYCLE = /^(cycles\/[^/]+\/[^/]+)\/./;

/** `cycles/<year>/<name>` for a path inside a cycle folder; undefined elsewhere. */
export function cycleFolderOf(relPath: string): string | undefined {
  return IN_CYCLE.exec(relPath)?.[1];
}

/** The facts of the cycle folder holding `relPath`, created on first use. */
export function cycleFactsFor(facts: RepositoryFacts, folder: string): CycleFacts {
  let cycle = facts.cycles.get(folder);
  if (!cycle) {
    cycle = {
      folder,
      files: [],
      goals: [],
      activities: [],
      goalsUnreadable: false,
      activitiesUnreadable: false,
      references: [],
      timEvidence: [],
      checkinAuthors: [],
    };
    facts.cycles.set(folder, cycle);
  }
  return cycle;
}
