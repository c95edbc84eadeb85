import { TimcError } from '../errors.js';
import type { Alignment, TimActivity } from '../model/reference-data.js';
import { readCheckedFile } from './checked-file.js';
import { ALIGNMENTS_FILE, type SchemaKind, timFile } from './layout.js';
import { fileFromTemplate } from './templates.js';
import { readYamlFile, type YamlFile } from './yaml-file.js';

/** A file of reference data (alignments, a member's TIM activities) and its list. */
export interface ReferenceFile<T> {
  file: YamlFile;
  entries: T[];
  /** False when the file is not in the repository yet; `file` then comes from its template. */
  exists: boolean;
}

async function readReferenceFile<T>(
  root: string,
  relPath: string,
  kind: SchemaKind,
  listKey: string,
): Promise<ReferenceFile<T>> {
  let file: YamlFile;
  try {
    file = await readYamlFile(root, relPath, kind);
  } catch (error) {
    if (!(error instanceof TimcError) || !error.message.endsWith('is missing')) throw error;
    const template = await fileFromTemplate(`${kind}.yaml`, relPath, kind);
    return { file: template, entries: [], exists: false };
  }

  const data = await readCheckedFile<Record<string, T[] | null> | null>(file);
  return { file, entries: data?.[listKey] ?? [], exists: true };
}

/** alignments.yaml, checked against its schema; a missing file has no alignments. */
export function readAlignments(root: string): Promise<ReferenceFile<Alignment>> {
  return readReferenceFile(root, ALIGNMENTS_FILE, 'alignments', 'alignments');
}

/** tim/<member>.yaml, checked against its schema; a missing file has no activities. */
export function readTimActivities(
  root: string,
  memberId: string,
): Promise<ReferenceFile<TimActivity>> {
  return readReferenceFile(root, timFile(memberId), 'tim', 'activities');
}
