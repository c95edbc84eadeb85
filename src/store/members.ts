import type { Member } from '../model/types.js';
import { readCheckedData } from './cached-file.js';
import { MEMBERS_FILE } from './layout.js';
import type { YamlFile } from './yaml-file.js';

export interface MembersFile {
  file: YamlFile;
  members: Member[];
}

/** members.yaml parsed with its comments, for editing (loads the YAML library). */
export async function readMembers(root: string): Promise<MembersFile> {
  const [{ readYamlFile }, { readCheckedFile }] = await Promise.all([
    import('./yaml-file.js'),
    import('./checked-file.js'),
  ]);
  const file = await readYamlFile(root, MEMBERS_FILE, 'members');
  const data = await readCheckedFile<{ members?: Member[] } | null>(file);
  return { file, members: data?.members ?? [] };
}

/** The members alone, for commands that do not change members.yaml (cached; see cached-file). */
export async function readMemberList(root: string): Promise<Member[]> {
  const data = await readCheckedData<{ members?: Member[] } | null>(root, MEMBERS_FILE, 'members');
  return data?.members ?? [];
}
