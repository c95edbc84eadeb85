/** How long a run goes before it shows progress: a quick report stays silent. */
const DELAY_MS = 1000;

export interface ProgressOptions {
  /** Show anything at all: only on a terminal, and not with --quiet. */
  enabled: boolean;
  /** Milliseconds before the first line (default 1000). */
  delayMs?: number;
  /** The clock, for tests (default Date.now). */
  now?: () => number;
}

/**
 * One line of progress on standard error that rewrites itself (`\r`), for long runs at a
 * terminal only; nothing at all in a pipe or a CI log, so that stderr holds only warnings there.
 */
export class Progress {
  private readonly started: number;
  private readonly now: () => number;
  private shown = false;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly options: ProgressOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.started = this.now();
  }

  update(text: string): void {
    if (!this.options.enabled) return;
    if (this.now() - this.started < (this.options.delayMs ?? DELAY_MS)) return;
    this.stream.write(`\r\u001b[K${text}`);
    this.shown = true;
  }

  /** Clears the line, so that what follows starts on a clean one. */
  finish(): void {
    if (this.shown) this.stream.write('\r\u001b[K');
    this.shown = false;
  }
}

/** Progress on this process's standard error when it is a terminal. */
export function progressOnStderr(quiet: boolean | undefined): Progress {
  return new Progress(process.stderr, { enabled: Boolean(process.stderr.isTTY) && !quiet });
}
