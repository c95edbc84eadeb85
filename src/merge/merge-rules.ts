/** Gives a list entry its identity; undefined when the entry has none (the list is then whole). */
export type EntryKey = (entry: unknown) => string | undefined;

/**
 * How a value both sides changed is settled without a conflict: `first` keeps the side already
 * shared (the upstream one in a rebase), `latest` keeps the later of two timestamps.
 */
export type Settlement = 'first' | 'latest';

export interface MergeRules {
  /** The identity of entries of the list at a pattern such as `goals` or `goals.*.evidence`. */
  listKeys: Readonly<Record<string, EntryKey>>;
  settlements: Readonly<Record<string, Settlement>>;
}

function byField(field: string): EntryKey {
  return (entry) => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return undefined;
    const value = (entry as Record<string, unknown>)[field];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  };
}

/** Evidence is told apart by its value: `tim:asmith/t1`, `url:https://…`, `text:…`. */
export const evidenceKey: EntryKey = (entry) => {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return undefined;
  const item = entry as { tim?: { member?: unknown; id?: unknown }; url?: unknown; text?: unknown };
  if (item.tim && typeof item.tim === 'object') return `tim:${item.tim.member}/${item.tim.id}`;
  if (typeof item.url === 'string') return `url:${item.url}`;
  if (typeof item.text === 'string') return `text:${item.text}`;
  return JSON.stringify(entry);
};

/** Both sides marking a phase complete agree; the first to be shared keeps its who and when. */
const COMPLETION: Record<string, Settlement> = { complete: 'first' };

const RULES_BY_KIND: Readonly<Record<string, MergeRules>> = {
  goals: {
    listKeys: {
      goals: byField('id'),
      'goals.*.evidence': evidenceKey,
      supporting_data: evidenceKey,
    },
    settlements: COMPLETION,
  },
  activities: { listKeys: { activities: byField('id') }, settlements: COMPLETION },
  progress: {
    listKeys: { progress: byField('activity') },
    settlements: { ...COMPLETION, 'progress.*.updated_at': 'latest' },
  },
  outcomes: {
    listKeys: { outcomes: byField('goal'), 'outcomes.*.evidence': evidenceKey },
    settlements: COMPLETION,
  },
  reflection: {
    listKeys: {},
    settlements: { ...COMPLETION, 'coach.at': 'latest', 'client.at': 'latest' },
  },
  cycle: {
    listKeys: {},
    settlements: { 'published.coach': 'first', 'published.client': 'first' },
  },
  members: { listKeys: { members: byField('id') }, settlements: {} },
  alignments: { listKeys: { alignments: byField('id') }, settlements: {} },
  tim: { listKeys: { activities: byField('id') }, settlements: {} },
  settings: { listKeys: { schools: byField('id') }, settlements: {} },
};

const NO_RULES: MergeRules = { listKeys: {}, settlements: {} };

/**
 * The merge rules of a file kind (`goals`, `members`…): goals and activities by id, progress by
 * activity, outcomes by goal, evidence by value. Lists of plain values always merge as sets.
 */
export function mergeRulesFor(kind: string | undefined): MergeRules {
  return (kind && RULES_BY_KIND[kind]) || NO_RULES;
}
