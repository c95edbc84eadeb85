import { type Document, isMap, isScalar, isSeq } from 'yaml';

/** New ids for goals and activities minted on both sides: old id → new id. */
export interface Renumbering {
  goals: ReadonlyMap<string, string>;
  activities: ReadonlyMap<string, string>;
}

type IdKind = keyof Renumbering;

/** Where a cycle file holds goal and activity ids: a list (or the document) and a field. */
interface IdPlace {
  list?: string;
  field: string;
  ids: IdKind;
}

const ID_PLACES: Readonly<Record<string, readonly IdPlace[]>> = {
  goals: [{ list: 'goals', field: 'id', ids: 'goals' }],
  activities: [
    { list: 'activities', field: 'id', ids: 'activities' },
    { list: 'activities', field: 'goal', ids: 'goals' },
  ],
  progress: [{ list: 'progress', field: 'activity', ids: 'activities' }],
  outcomes: [{ list: 'outcomes', field: 'goal', ids: 'goals' }],
  checkin: [{ field: 'activity', ids: 'activities' }],
};

export function isEmptyRenumbering(renumbering: Renumbering): boolean {
  return renumbering.goals.size === 0 && renumbering.activities.size === 0;
}

/**
 * Rewrites every goal and activity id of a cycle file of `kind` (ids and references alike) by
 * the renumbering, all at once, in place; comments stay. True when anything changed.
 */
export function renumberDocument(kind: string, doc: Document, renumbering: Renumbering): boolean {
  let changed = false;

  for (const place of ID_PLACES[kind] ?? []) {
    const holders = place.list === undefined ? [doc.contents] : listItems(doc, place.list);
    for (const holder of holders) {
      if (!isMap(holder)) continue;
      const node = holder.get(place.field, true);
      const renamed = isScalar(node) ? renumbering[place.ids].get(String(node.value)) : undefined;
      if (renamed === undefined || !isScalar(node)) continue;
      node.value = renamed;
      changed = true;
    }
  }
  return changed;
}

function listItems(doc: Document, key: string): unknown[] {
  const list = doc.get(key, true);
  return isSeq(list) ? list.items : [];
}

/**
 * A commit message of the cycle with its ids renumbered: `<cycle>: add goal g2` → `… g3`. Only
 * messages that start with the cycle id are touched, and only whole ids.
 */
export function renumberMessage(
  message: string,
  cycleId: string,
  renumbering: Renumbering,
): string {
  if (!message.startsWith(`${cycleId}:`)) return message;
  return message.replace(/\b([ga])([1-9][0-9]*)\b/g, (id: string, prefix: string) => {
    const ids = prefix === 'g' ? renumbering.goals : renumbering.activities;
    return ids.get(id) ?? id;
  });
}
