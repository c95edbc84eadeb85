import { spawn } from 'node:child_process';

import { TimcError } from '../errors.js';

/** $VISUAL, then $EDITOR, then vi, as git chooses. */
export function editorCommand(env: NodeJS.ProcessEnv): string {
  return env.VISUAL?.trim() || env.EDITOR?.trim() || 'vi';
}

/**
 * Opens `path` in the person's editor and waits for it to exit. The editor setting may carry
 * arguments (`code --wait`), so it runs through the shell as git runs it.
 */
export async function openInEditor(path: string, env: NodeJS.ProcessEnv): Promise<void> {
  const editor = editorCommand(env);
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('sh', ['-c', `${editor} "$@"`, editor, path], { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('close', (exitCode) => resolve(exitCode));
  }).catch((error: Error) => {
    throw new TimcError(`the editor '${editor}' could not be started: ${error.message}`);
  });

  if (code === 127) {
    throw new TimcError(
      `the editor '${editor}' was not found: set VISUAL or EDITOR to one you have`,
    );
  }
  if (code !== 0) {
    const how = code === null ? 'was stopped by a signal' : `failed (exit ${code})`;
    throw new TimcError(`the editor '${editor}' ${how}; nothing committed`);
  }
}
