import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

import { type FileParse, parseFileAt } from './parse-file.js';
import type { ParsedPayload } from './parsed-data.js';

export interface ParseFilesOptions {
  algorithm: 'sha1' | 'sha256';
  /** Threads to parse on (default: one per core, at most 8); 1 parses in this thread. */
  threads?: number;
  /** Fewer files than this are parsed in this thread, as starting threads costs more (256). */
  threadThreshold?: number;
  /** Payloads already known by blob id; consulted for files parsed in this thread. */
  cached?: (key: string) => ParsedPayload | undefined;
}

/** Files per message to a thread: small enough to keep every thread busy to the end. */
const MAX_BATCH = 200;
const WORKER_FILE = new URL('./scan-worker.js', import.meta.url);

interface Job {
  relPaths: string[];
  done: (results: FileParse[]) => void;
}

/**
 * Memory of each thread: small, as a thread keeps nothing between batches (V8 would otherwise
 * grow each thread's heap to tens of megabytes of garbage). A file too big for it is parsed in
 * the main thread instead.
 */
const THREAD_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 };

/**
 * Reads, hashes and parses files of `root`, spreading large sets over worker threads (one per
 * core; parsing YAML dominates reading at scale). The threads start on first use and stay until
 * `close`, so a caller can parse a repository in several rounds; an idle thread never keeps the
 * process alive.
 */
export class ParsePool {
  private readonly threads: number;
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<Worker, Job>();
  private started = false;
  /** Set when a thread failed (out of memory on a huge file): the rest is parsed here. */
  private inThisThread = false;

  constructor(
    private readonly root: string,
    private readonly options: ParseFilesOptions,
  ) {
    const usable = existsSync(fileURLToPath(WORKER_FILE));
    this.threads = usable ? Math.max(1, Math.min(8, options.threads ?? availableParallelism())) : 1;
  }

  /** Every file of `relPaths`, parsed, in order. */
  async parse(relPaths: readonly string[]): Promise<FileParse[]> {
    const { threadThreshold = 256 } = this.options;
    if (this.threads === 1 || this.inThisThread || relPaths.length < threadThreshold) {
      return this.parseHere(relPaths);
    }

    this.start();
    const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(relPaths.length / (this.threads * 8))));
    const batches: Promise<FileParse[]>[] = [];
    for (let start = 0; start < relPaths.length; start += size) {
      const batch = relPaths.slice(start, start + size);
      batches.push(new Promise((done) => this.enqueue({ relPaths: batch, done })));
    }
    return (await Promise.all(batches)).flat();
  }

  /** Stops the threads. */
  async close(): Promise<void> {
    const workers = [...this.idle, ...this.running.keys()];
    this.idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    for (let n = 0; n < this.threads; n += 1) {
      const worker = new Worker(WORKER_FILE, {
        workerData: { root: this.root, algorithm: this.options.algorithm },
        resourceLimits: THREAD_LIMITS,
      });
      worker.on('message', (results: FileParse[]) => this.finishJob(worker, results));
      worker.on('error', () => this.parseRestHere());
      worker.unref();
      this.idle.push(worker);
    }
  }

  private parseHere(relPaths: readonly string[]): FileParse[] {
    const { algorithm, cached } = this.options;
    return relPaths.map((relPath) => parseFileAt(this.root, relPath, algorithm, cached));
  }

  private enqueue(job: Job): void {
    if (this.inThisThread) return job.done(this.parseHere(job.relPaths));
    this.queue.push(job);
    this.dispatch();
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.running.set(worker, job);
      worker.ref();
      worker.postMessage(job.relPaths);
    }
  }

  private finishJob(worker: Worker, results: FileParse[]): void {
    const job = this.running.get(worker);
    this.running.delete(worker);
    worker.unref();
    this.idle.push(worker);
    job?.done(results);
    this.dispatch();
  }

  /** A thread failed: every batch not yet done, and every later one, is parsed here. */
  private parseRestHere(): void {
    if (this.inThisThread) return;
    this.inThisThread = true;
    const jobs = [...this.running.values(), ...this.queue.splice(0)];
    void this.close();
    this.running.clear();
    for (const job of jobs) job.done(this.parseHere(job.relPaths));
  }
}
