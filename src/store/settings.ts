import type { Settings } from '../model/types.js';
import { readCheckedData } from './cached-file.js';
import { SETTINGS_FILE } from './layout.js';

export async function readSettings(root: string): Promise<Settings> {
  return readCheckedData<Settings>(root, SETTINGS_FILE, 'settings');
}
