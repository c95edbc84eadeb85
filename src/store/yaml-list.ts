import { isMap, isSeq } from 'yaml';

import { appendToList, setValue } from './yaml-edit.js';
import type { YamlFile } from './yaml-file.js';

/**
 * Writes `records` into the list at `key` by id: an entry already there is updated field by
 * field in place (keeping its comments), a new one is appended.
 */
export function upsertListById(
  file: YamlFile,
  key: string,
  records: readonly ({ id: string } & object)[],
): void {
  for (const record of records) {
    const list = file.doc.get(key, true);
    const index = isSeq(list)
      ? list.items.findIndex((item) => isMap(item) && item.get('id') === record.id)
      : -1;
    if (index < 0) {
      appendToList(file, [key], record);
      continue;
    }
    for (const [field, value] of Object.entries(record)) setValue(file, [key, index, field], value);
  }
}
