import type { Member } from '../model/types.js';
import { readCheckedData } from './cached-file.js';
import { MEMBERS_FILE } from './layout.js';
import { readCheckedFile } from './checked-file.js';
import { readYamlFile, type YamlFile } from './yaml-file.js';

export interface MembersFile {
  file: YamlFile;
  members: Member[];
}

export async function readMembers(root: string): Promise<MembersFile> {
  const file = await readYamlFile(root, MEMBERS_FILE, 'members');
  const data = await readCheckedFile<{ members?: Member[] } | null>(file);
  return { file, members: data?.members ?? [] };
}

/** The members alone, for commands that do not change members.yaml (cached; see cached-file). */
export async function readMemberList(root: string): Promise<Member[]> {
  const data = await readCheckedData<{ members?: Member[] } | null>(root, MEMBERS_FILE, 'members');
  return data?.members ?? [];
}
