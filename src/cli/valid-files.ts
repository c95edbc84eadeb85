import { readCheckedFile } from '../store/checked-file.js';
import type { YamlFile } from '../store/yaml-file.js';

/**
 * Refuses to work from files that a hand edit left breaking their schema (an `activities:`
 * that is no list, say), naming the place, before anything is asked or written.
 */
export async function requireValidFiles(files: readonly YamlFile[]): Promise<void> {
  for (const file of files) await readCheckedFile(file);
}
