import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/**
 * A cache of parsed results kept under the repository's git folder, keyed by content (a git
 * blob id, or a hash of several), so an entry can never be stale: changed content has another
 * key. A file written by another build of timc or another version of the YAML library, or cut
 * short, is ignored as a whole.
 */
export class ParseCache {
  private added = 0;

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

  get size(): number {
    return this.entries.size;
  }

  /** The keys, oldest first. */
  keys(): string[] {
    return [...this.entries.keys()];
  }

  get(key: string): string | undefined {
    return this.entries.get(key);
  }

  put(key: string, value: string): void {
    if (!this.file || this.entries.get(key) === value) return;
    this.entries.set(key, value);
    this.added += 1;
  }

  /**
   * When entries were added, writes the cache with the entries `keep` (asked only then) accepts
   * and the new ones, atomically: a reader sees the old file or the new one. A cache that
   * cannot be written is left alone: it only saves time.
   */
  async save(keep: () => Promise<(key: string) => boolean>): Promise<void> {
    if (!this.file || this.added === 0) return;
    const kept = await keep();
    const lines: string[] = [this.header];
    for (const [key, value] of this.entries) if (kept(key)) lines.push(`${key}\t${value}`);
    lines.push(`${END_MARK} ${lines.length - 1}`);

    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      await mkdir(dirname(this.file), { recursive: true });
      await writeFile(temporary, `${lines.join('\n')}\n`);
      await rename(temporary, this.file);
    } catch {
      await unlink(temporary).catch(() => undefined);
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
  for (let folder = resolve(start); ; folder = dirname(folder)) {
    const dotGit = join(folder, '.git');
    if (existsSync(dotGit)) return commonDirOf(dotGit);
    if (dirname(folder) === folder) return undefined;
  }
}

function commonDirOf(dotGit: string): string | undefined {
  try {
    if (statSync(dotGit).isDirectory()) return cacheFolderIn(dotGit);

    const pointer = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, 'utf8'));
    if (!pointer) return undefined;
    const gitDir = resolve(dirname(dotGit), pointer[1]!.trim());
    const common = join(gitDir, 'commondir');
    const commonDir = existsSync(common)
      ? resolve(gitDir, readFileSync(common, 'utf8').trim())
      : gitDir;
    return cacheFolderIn(commonDir);
  } catch {
    return undefined;
  }
}
