import { TimcError, UsageError } from '../errors.js';

/** Prompts only when a person is at a terminal; CI and pipes never wait for input. */
export function canPrompt(): boolean {
  return Boolean(process.stdin.isTTY && process.stdout.isTTY);
}

/**
 * `value` when given; otherwise asks on a terminal, or fails with exit 2 and `usage` when there
 * is no terminal to ask on.
 */
export async function valueOrAsk<T>(
  value: T | undefined,
  usage: string,
  ask: () => Promise<T>,
): Promise<T> {
  if (value !== undefined) return value;
  if (!canPrompt()) throw new UsageError(usage);
  return ask();
}

async function prompts() {
  return import('@inquirer/prompts');
}

async function cancellable<T>(question: Promise<T>): Promise<T> {
  try {
    return await question;
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') {
      throw new TimcError('cancelled; nothing was changed');
    }
    throw error;
  }
}

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
}

export async function askChoice<T>(message: string, choices: Choice<T>[]): Promise<T> {
  const { select } = await prompts();
  return cancellable(select({ message, choices }));
}

/**
 * Long text (a pasted table, a paragraph) in the person's $EDITOR, for what a one-line
 * input would mangle.
 */
export async function askLongText(message: string): Promise<string> {
  const { editor } = await prompts();
  return cancellable(editor({ message, waitForUserInput: true }));
}

/** A list the person can type into to narrow, for long lists such as members. */
export async function askSearch<T>(message: string, choices: Choice<T>[]): Promise<T> {
  const { search } = await prompts();
  return cancellable(
    search({
      message,
      source: (term) => {
        const needle = (term ?? '').toLowerCase();
        return choices.filter((choice) => choice.name.toLowerCase().includes(needle));
      },
    }),
  );
}

export interface TextPromptOptions {
  /** An answer is needed (default false). */
  required?: boolean;
  /** Shown as the answer taken when the person just presses Enter. */
  default?: string;
  /** True when the answer is acceptable, else the message to show. */
  validate?: (value: string) => true | string;
}

export async function askText(message: string, options: TextPromptOptions = {}) {
  const { input } = await prompts();
  return cancellable(
    input({
      message,
      required: options.required ?? false,
      default: options.default,
      validate: options.validate,
    }),
  );
}
