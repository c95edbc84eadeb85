import type { Command } from 'commander';

import { withContext } from '../action.js';

/** Working together across clones: sync, and the merge driver it hands to git. */
export function registerSharingCommands(program: Command): void {
  program
    .command('sync [file] [field]')
    .description(
      'pull (rebase, merging entry by entry) and push; after a conflict, --keep mine|theirs ' +
        '[FILE [FIELD]] settles it',
    )
    .option('--keep <side>', 'settle the conflicts named (all when no FILE): mine or theirs')
    .action(
      withContext(async (context, file: string | undefined, field: string | undefined, options) => {
        const { syncRepository } = await import('../../commands/sync.js');
        await syncRepository(context, file, field, options as { keep?: string });
      }),
    );

  program
    .command('merge-file <base> <ours> <theirs> <path>', { hidden: true })
    .description("git's merge driver for timc's YAML files (run by timc sync)")
    .option('--state <dir>', 'where timc sync keeps choices and wants conflicts reported')
    .option('--prefix <path>', "the cycle repository's folder inside the clone")
    .action(async (base: string, ours: string, theirs: string, path: string, options) => {
      const { mergeFile } = await import('../../commands/merge-file.js');
      await mergeFile(base, ours, theirs, path, options as { state?: string; prefix?: string });
    });
}
