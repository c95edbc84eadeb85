import { TimcError } from '../errors.js';
import type { Checkin } from '../model/types.js';
import { createFileExclusively } from './exclusive-write.js';
import { checkinFile } from './layout.js';
import { checkAgainstSchema } from './schemas.js';
import { parseYamlText, renderYamlFile } from './yaml-file.js';
import { setValue } from './yaml-edit.js';

/** More check-ins by one member in one second than anyone types: something is wrong. */
const MAX_SAME_SECOND = 1000;

/**
 * Writes a new check-in file `checkins/<stamp>-<author>.yaml`, or `-2`, `-3`… when that name
 * is taken, never replacing an existing file. Returns its repository-relative path.
 */
export async function saveNewCheckin(
  root: string,
  cycleId: string,
  stamp: string,
  checkin: Checkin,
): Promise<string> {
  const problems = await checkAgainstSchema('checkin', checkin);
  if (problems.length > 0) {
    throw new TimcError(`the check-in is not valid: ${problems[0]!.message}; nothing was changed`);
  }

  const file = parseYamlText('{}', checkinFile(cycleId, stamp, checkin.author), 'checkin');
  for (const [key, value] of Object.entries(checkin)) setValue(file, [key], value);
  const text = renderYamlFile(file);

  for (let n = 1; n <= MAX_SAME_SECOND; n += 1) {
    const relPath = checkinFile(cycleId, stamp, checkin.author, n);
    if (await createFileExclusively(`${root}/${relPath}`, text)) return relPath;
  }
  throw new TimcError(`${checkin.author} already has ${MAX_SAME_SECOND} check-ins at ${stamp}`);
}
