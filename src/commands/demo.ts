import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import type { CommandContext } from '../cli/context.js';
import { TimcError } from '../errors.js';
import { listCycleIds } from '../store/cycles.js';
import { DEMO_FILES, DEMO_NAME, DEMO_STEPS, type DemoStep } from './demo-script.js';

async function demoFolder(context: CommandContext, dir: string | undefined): Promise<string> {
  if (dir === undefined) return mkdtemp(join(tmpdir(), 'timc-demo-'));

  const folder = resolve(context.cwd, dir);
  if (existsSync(folder) && readdirSync(folder).length > 0) {
    throw new TimcError(`${folder} is not empty: give a new or empty folder for the demo`);
  }
  return folder;
}

function quoteForShell(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/**
 * `timc demo [DIR]`: a throwaway repository driven through the real commands, in this process,
 * printing each command as a person would type it.
 */
export async function runDemo(context: CommandContext, dir: string | undefined): Promise<void> {
  const folder = await demoFolder(context, dir);
  const { output } = context;
  const { buildProgram } = await import('../cli/program.js');
  const savedCycles = new Map<string, string>();
  const savedFiles = new Map<string, string>();
  const passOn = context.options.color === false ? ['--no-color'] : [];

  async function run(step: DemoStep): Promise<void> {
    const args = step.args.map((arg) =>
      arg
        .replace(/\{cycle:(\w+)\}/g, (_, name: string) => savedCycles.get(name) ?? name)
        .replace(/\{file:(\w+)\}/g, (_, name: string) => savedFiles.get(name) ?? name),
    );
    if (step.say) output.line(`\n${output.style.bold(`# ${step.say}`)}`);
    const who = step.as ? `TIMC_MEMBER=${step.as} ` : '';
    output.line(output.style.dim(`$ ${who}timc ${args.map(quoteForShell).join(' ')}`));

    const before = step.saveCycleAs ? new Set(await listCycleIds(folder)) : undefined;
    const identity = step.as ? ['--as', step.as] : [];
    await buildProgram().parseAsync([...args, '--repo', folder, ...identity, ...passOn], {
      from: 'user',
    });
    if (before) {
      const created = (await listCycleIds(folder)).find((id) => !before.has(id));
      if (created) savedCycles.set(step.saveCycleAs!, created);
    }
  }

  output.line(output.style.bold(`A demo cycle repository in ${folder}`));
  output.line(output.style.dim(`$ timc init ${quoteForShell(folder)} --name '${DEMO_NAME}'`));
  await buildProgram().parseAsync(['init', folder, '--name', DEMO_NAME, '--quiet'], {
    from: 'user',
  });

  const files = await mkdtemp(join(tmpdir(), 'timc-demo-files-'));
  try {
    for (const [name, lines] of Object.entries(DEMO_FILES)) {
      const path = join(files, `${name}.csv`);
      await writeFile(path, `${lines.join('\n')}\n`);
      savedFiles.set(name, path);
    }
    for (const step of DEMO_STEPS) await run(step);
  } finally {
    await rm(files, { recursive: true, force: true });
  }

  output.line('');
  output.line(`The demo repository is in ${folder} (see its history with \`git log\` there)`);
}
