import { readFile } from 'node:fs/promises';

import type { SchemaKind } from './layout.js';
import { findCacheFolder, ParseCache } from './parse-cache.js';
import { blobIdOf, decodePayloads, type ParsedData } from './parsed-data.js';
import { checkAgainstSchema } from './schemas.js';

/**
 * The plain data of a file every command reads (settings, members), from a small cache keyed
 * by the blob id of its bytes: a district's members.yaml takes longer to parse than Node takes
 * to start. Undefined when the file cannot be read.
 */
async function readFileData(root: string, relPath: string): Promise<ParsedData | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(`${root}/${relPath}`);
  } catch {
    return undefined;
  }

  // One version per file: the key is the path and the blob id of the bytes read.
  const key = `${relPath} ${blobIdOf(bytes, 'sha1')}`;
  const cache = await ParseCache.open(findCacheFolder(root), 'top-level');
  let payload = cache.get(key);
  if (payload === undefined) {
    const { parseToPayload } = await import('./parse-yaml.js');
    payload = parseToPayload(bytes.toString('utf8'));
    cache.put(key, payload);
    await cache.save(async () => (other) => !other.startsWith(`${relPath} `));
  }
  return decodePayloads([payload])[0];
}

/**
 * The data of a file decisions rest on, checked against its schema. A file that is missing,
 * not YAML or breaks its schema is read again in full, for an error naming the exact place.
 */
export async function readCheckedData<T>(
  root: string,
  relPath: string,
  kind: SchemaKind,
): Promise<T> {
  const parsed = await readFileData(root, relPath);
  if (parsed && parsed.error === undefined) {
    const problems = await checkAgainstSchema(kind, parsed.data);
    if (problems.length === 0) return parsed.data as T;
  }
  const [{ readCheckedFile }, { readYamlFile }] = await Promise.all([
    import('./checked-file.js'),
    import('./yaml-file.js'),
  ]);
  return readCheckedFile<T>(await readYamlFile(root, relPath, kind));
}
