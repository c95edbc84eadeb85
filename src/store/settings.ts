import type { Settings } from '../model/types.js';
import { readCheckedFile } from './checked-file.js';
import { SETTINGS_FILE } from './layout.js';
import { readYamlFile } from './yaml-file.js';

export async function readSettings(root: string): Promise<Settings> {
  const file = await readYamlFile(root, SETTINGS_FILE, 'settings');
  return readCheckedFile<Settings>(file);
}
