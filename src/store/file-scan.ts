import { listBlobIds, readIndexState, type IndexState } from '../git/index-state.js';
import { schemaKindOf } from './layout.js';
import { ParseCache, cacheFolderIn } from './parse-cache.js';
import { decodePayloads, type ParsedPayload } from './parsed-data.js';
import type { FileParse } from './parse-file.js';
import type { ParsePool } from './parse-files.js';
import type { ScannedFile, ScanOptions } from './repository-scan.js';

/**
 * A scan of part of the repository (the files matching git `pathspecs`), in one or more
 * rounds, sharing git's view of the index, the cache and the parsing threads; `finish` saves
 * the cache and stops the threads.
 */
export class FileScan {
  /** Blob ids of files read that git does not vouch for (its index keeps the others). */
  private readonly unvouched = new Set<string>();
  private cache?: ParseCache;
  private pool?: ParsePool;

  private constructor(
    private readonly root: string,
    private readonly state: IndexState | undefined,
    /** Where the repository's caches live; undefined outside git. */
    readonly cacheFolder: string | undefined,
    private readonly options: ScanOptions,
  ) {}

  static async open(
    root: string,
    pathspecs: readonly string[],
    options: ScanOptions = {},
  ): Promise<FileScan> {
    const state = await readIndexState(root, pathspecs);
    return new FileScan(root, state, state && cacheFolderIn(state.commonDir), options);
  }

  /** What git vouches for: unchanged tracked files and their blob ids (undefined outside git). */
  get index(): IndexState | undefined {
    return this.state;
  }

  /** The git blob id git vouches for, when `relPath` is tracked and unchanged. */
  blobIdOf(relPath: string): string | undefined {
    return this.state?.blobIdOf(relPath);
  }

  /**
   * Reads and parses `relPaths` (all matching the pathspecs) as plain data, never throwing for a
   * bad file.
   * Files git sees as unchanged come from the cache by blob id; the others are read, hashed and
   * parsed, and added to the cache.
   */
  async scan(relPaths: readonly string[]): Promise<ScannedFile[]> {
    const folder = this.options.cache === false ? undefined : this.cacheFolder;
    this.cache ??= await ParseCache.open(folder, 'files');
    const cache = this.cache;
    const results: FileParse[] = new Array(relPaths.length);
    const toParse: number[] = [];
    relPaths.forEach((relPath, index) => {
      const key = this.blobIdOf(relPath);
      const payload = key === undefined ? undefined : cache.get(key);
      if (payload === undefined) toParse.push(index);
      else results[index] = { relPath, key, payload };
    });

    if (toParse.length === 0) return toScannedFiles(results);
    const { ParsePool } = await import('./parse-files.js');
    this.pool ??= new ParsePool(this.root, {
      algorithm: this.state?.algorithm ?? 'sha1',
      threads: this.options.threads,
      threadThreshold: this.options.threadThreshold,
      cached: (key) => cache.get(key),
    });
    const parsed = await this.pool.parse(toParse.map((index) => relPaths[index]!));
    parsed.forEach((result, n) => {
      results[toParse[n]!] = result;
      if (result.key && result.payload) cache.put(result.key, result.payload);
    });
    for (const result of results) {
      if (result.key && result.key !== this.blobIdOf(result.relPath))
        this.unvouched.add(result.key);
    }
    return toScannedFiles(results);
  }

  /**
   * Stops the threads and saves what was parsed, keeping the entries of blobs in the index and
   * of files read in this scan.
   */
  async finish(): Promise<void> {
    await this.pool?.close();
    await this.cache?.save(async () => {
      const tracked = await listBlobIds(this.root).catch(() => new Set<string>());
      return (key) => tracked.has(key) || this.unvouched.has(key);
    });
  }
}

/** The parse results as ScannedFile, decoding every payload in one pass. */
export function toScannedFiles(results: readonly FileParse[]): ScannedFile[] {
  const payloads: ParsedPayload[] = [];
  for (const result of results) if (result.payload !== undefined) payloads.push(result.payload);
  const decoded = decodePayloads(payloads);

  let next = 0;
  return results.map(({ relPath, payload, failure, message }) => {
    const kind = schemaKindOf(relPath);
    if (payload === undefined) return { relPath, kind, error: message, failure };
    return { relPath, kind, ...decoded[next++] };
  });
}
