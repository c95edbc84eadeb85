/**
 * Exit codes of every command: 0 success; 1 the command ran but failed (invalid data, refused
 * permission, conflict); 2 bad usage (a missing or malformed argument).
 */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** A failure the person at the keyboard can act on; the entry point prints only its message. */
export class TimcError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode: number = EXIT_FAILED) {
    super(message);
    this.name = 'TimcError';
    this.exitCode = exitCode;
  }
}

/** A missing or malformed argument: exit code 2. */
export class UsageError extends TimcError {
  constructor(message: string) {
    super(message, EXIT_USAGE);
    this.name = 'UsageError';
  }
}

/**
 * A file changed on disk between the moment a command read it and the moment it would write
 * it (another timc command in the same clone); the command is run again from the start.
 */
export class ConcurrentChangeError extends TimcError {
  constructor(relPath: string) {
    super(`${relPath} changed while this command ran (another timc command?); run it again`);
    this.name = 'ConcurrentChangeError';
  }
}

/**
 * The command has already said what went wrong on its own output (e.g. validate's problems):
 * exit 1 without another line.
 */
export class ReportedFailure extends TimcError {
  constructor() {
    super('');
    this.name = 'ReportedFailure';
  }
}
