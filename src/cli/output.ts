import { Chalk, type ChalkInstance } from 'chalk';

export interface OutputOptions {
  /** false with --no-color; colour is also off with NO_COLOR or when stdout is not a terminal. */
  color?: boolean;
  /** --quiet: no confirmations, only data and errors. */
  quiet?: boolean;
  /** --json: reading commands print JSON on stdout. */
  json?: boolean;
}

/** Data goes to stdout, diagnostics to stderr; colour only on a terminal without NO_COLOR. */
export class Output {
  readonly style: ChalkInstance;
  readonly json: boolean;
  private readonly quiet: boolean;

  constructor(
    options: OutputOptions,
    private readonly stdout: NodeJS.WritableStream & { isTTY?: boolean } = process.stdout,
    private readonly stderr: NodeJS.WritableStream = process.stderr,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
    const colour = options.color !== false && !noColor && Boolean(this.stdout.isTTY);
    this.style = new Chalk({ level: colour ? 1 : 0 });
    this.json = Boolean(options.json);
    this.quiet = Boolean(options.quiet);
  }

  /** A line of the command's result (a table row, a report line). */
  line(text = ''): void {
    this.stdout.write(`${text}\n`);
  }

  /** The command's result as JSON, for scripts. */
  printJson(value: unknown): void {
    this.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** The command's result as ready-made text (a CSV document), written exactly as it is. */
  write(text: string): void {
    this.stdout.write(text);
  }

  /** A confirmation such as "Started cycle …"; silent with --quiet or --json. */
  done(text: string): void {
    if (!this.quiet && !this.json) this.stdout.write(`${text}\n`);
  }

  /** One problem of several (`path:line:col: message`) on stderr, before the command fails. */
  problem(text: string): void {
    this.stderr.write(`${text}\n`);
  }

  /** A warning on stderr, shown even with --quiet. */
  warn(text: string): void {
    this.stderr.write(`timc: warning: ${text}\n`);
  }
}
