import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { readFile, rename, unlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { findGitDir } from '../git/git-dir.js';
import { commonDirOf } from '../git/index-state.js';

/**
 * A cache of parsed results kept under the repository's git folder, keyed by content (a git
 * blob id, or a hash of several), so an entry can never be stale: changed content has another
 * key. A file written by another build of timc or another version of the YAML library, or cut
 * short, is ignored as a whole. New entries go straight to the next version of the file, so a
 * cold run over a district's repository does not hold them all in memory.
 */
export class ParseCache {
  private next?: CacheWriter;

  private constructor(
    private readonly file: string | undefined,
    private readonly header: string,
    private readonly entries: Map<string, string>,
  ) {}

  /** Opens `name` in `folder` (undefined: a cache that keeps nothing). */
  static async open(folder: string | undefined, name: string): Promise<ParseCache> {
    const header = cacheHeader();
    if (!folder || !header) return new ParseCache(undefined, '', new Map());

    const file = join(folder, name);
    const entries = new Map<string, string>();
    let text = '';
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return new ParseCache(file, header, entries);
    }

    const lines = text.split('\n');
    const count = lines.length - 3;
    if (lines[0] !== header || lines[count + 1] !== `${END_MARK} ${count}`) {
      return new ParseCache(file, header, entries);
    }
    for (let n = 1; n <= count; n += 1) {
      const line = lines[n]!;
      const tab = line.indexOf('\t');
      if (tab > 0) entries.set(line.slice(0, tab), line.slice(tab + 1));
    }
    return new ParseCache(file, header, entries);
  }

  /** An entry read from disk (entries put in this run are on their way to disk only). */
  get(key: string): string | undefined {
    return this.entries.get(key);
  }

  put(key: string, value: string): void {
    if (!this.file || this.entries.get(key) === value) return;
    this.next ??= new CacheWriter(this.file, this.header);
    this.next.add(key, value);
  }

  /**
   * When entries were put, finishes the next version of the file with the entries read from
   * disk that `keep` (asked only then) accepts, and puts it in place atomically: a reader sees
   * the old file or the new one. A cache that cannot be written is left alone: it only saves
   * time.
   */
  async save(keep: () => Promise<(key: string) => boolean>): Promise<void> {
    if (!this.next) return;
    const next = this.next;
    this.next = undefined;
    if (this.entries.size > 0) {
      const kept = await keep();
      for (const [key, value] of this.entries)
        if (kept(key) && !next.has(key)) next.add(key, value);
    }
    await next.finish();
  }
}

/** The next version of a cache file, written as entries come, in chunks of about a megabyte. */
class CacheWriter {
  private readonly temporary: string;
  private readonly keys = new Set<string>();
  private chunk: string[] = [];
  private chunkLength = 0;
  private descriptor?: number;
  private failed = false;

  constructor(
    private readonly file: string,
    header: string,
  ) {
    this.temporary = `${file}.${process.pid}.tmp`;
    this.write(`${header}\n`);
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }

  add(key: string, value: string): void {
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.write(`${key}\t${value}\n`);
  }

  async finish(): Promise<void> {
    this.write(`${END_MARK} ${this.keys.size}\n`);
    this.flush();
    if (this.descriptor !== undefined) closeSync(this.descriptor);
    const removeTemporary = () => unlink(this.temporary).catch(() => undefined);
    if (this.failed) await removeTemporary();
    else await rename(this.temporary, this.file).catch(removeTemporary);
  }

  private write(text: string): void {
    this.chunk.push(text);
    this.chunkLength += text.length;
    if (this.chunkLength > 1 << 20) this.flush();
  }

  private flush(): void {
    const text = this.chunk.join('');
    this.chunk = [];
    this.chunkLength = 0;
    if (this.failed || text === '') return;
    try {
      if (this.descriptor === undefined) {
        mkdirSync(dirname(this.file), { recursive: true });
        this.descriptor = openSync(this.temporary, 'w');
      }
      writeSync(this.descriptor, text);
    } catch {
      this.failed = true;
    }
  }
}

/** The last line: a file cut short (a full disk, a crash) is recognised and ignored. */
const END_MARK = 'timc-cache-end';

let header: string | undefined | null = null;

/** `timc-cache-v1 <build stamp> yaml@<version>`; undefined when this is not a built timc. */
function cacheHeader(): string | undefined {
  if (header !== null) return header;
  try {
    const stamp = readFileSync(new URL('../build-stamp.txt', import.meta.url), 'utf8').trim();
    const yamlManifest = createRequire(import.meta.url)('yaml/package.json') as { version: string };
    header = `timc-cache-v1 ${stamp} yaml@${yamlManifest.version}`;
  } catch {
    header = undefined;
  }
  return header;
}

/** Where timc keeps its caches for the repository whose common git folder is `commonDir`. */
export function cacheFolderIn(commonDir: string): string {
  return join(commonDir, 'timc', 'cache-v1');
}

/**
 * The cache folder of the git repository holding `start`, found on disk without running git
 * (a `.git` folder, or a worktree's `.git` file pointing at its folder); undefined outside git.
 */
export function findCacheFolder(start: string): string | undefined {
  try {
    const gitDir = findGitDir(start);
    return gitDir && cacheFolderIn(commonDirOf(gitDir));
  } catch {
    return undefined;
  }
}
