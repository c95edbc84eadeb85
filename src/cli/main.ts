import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, ReportedFailure, TimcError } from '../errors.js';

export function packageVersion(): string {
  const manifest = new URL('../../package.json', import.meta.url);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

function exitCodeOfCommanderError(error: { code?: string; exitCode?: number }): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') {
    return EXIT_OK;
  }
  return EXIT_USAGE;
}

/** Turns any failure into one line on stderr and an exit code; a stack only with TIMC_DEBUG. */
export function reportFailure(error: unknown): number {
  if (error instanceof TimcError) {
    if (!(error instanceof ReportedFailure)) process.stderr.write(`timc: ${error.message}\n`);
    return error.exitCode;
  }

  const maybeCommander = error as { code?: string; exitCode?: number };
  if (typeof maybeCommander.code === 'string' && maybeCommander.code.startsWith('commander.')) {
    return exitCodeOfCommanderError(maybeCommander);
  }

  if (process.env.TIMC_DEBUG) {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `timc: unexpected error: ${message.split('\n')[0]} (set TIMC_DEBUG=1 for details)\n`,
    );
  }
  return EXIT_FAILED;
}

/**
 * Runs `timc` with `argv` (without node and the script) and returns the exit code. `--version`
 * answers without loading anything else (bin/timc answers it, and `--help`, even before this
 * module loads); every command loads its own modules when it runs.
 */
export async function main(argv: string[]): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${packageVersion()}\n`);
    return EXIT_OK;
  }

  // Whole-repository passes allocate fast around some 100 MB they keep: with V8's default
  // heap growth the heap reaches three or four times that before it is collected.
  setFlagsFromString('--heap-growing-percent=30');

  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT_OK);
  });

  try {
    const { buildProgram } = await import('./program.js');
    await buildProgram().parseAsync(argv, { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    return reportFailure(error);
  }
}
