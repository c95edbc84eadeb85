import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built command, run as a person runs it. */
export const TIMC_BIN = fileURLToPath(new URL('../../bin/timc', import.meta.url));

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** `--as ID`. */
  as?: string;
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** Text on standard input; by default stdin is empty and not a terminal. */
  input?: string;
}

const folders: string[] = [];

/** A temporary folder, removed by `removeTemporaryFolders` (call it in afterAll). */
export function temporaryFolder(prefix = 'timc-test-'): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

export function removeTemporaryFolders(): void {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/**
 * An environment that knows nothing of the machine's git user or the caller's TIMC_MEMBER, so a
 * test sees only what it sets up.
 */
export function isolatedEnv(home: string, extra: Record<string, string | undefined> = {}) {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: join(home, '.gitconfig'),
    LANG: 'C.UTF-8',
  };
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** Runs any program and collects its output and exit code. */
export function runProgram(
  program: string,
  args: readonly string[],
  options: { cwd: string; env: Record<string, string>; input?: string },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { cwd: options.cwd, env: options.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    // A program that exits without reading its input closes the pipe: not a failure of the test.
    child.stdin.on('error', () => undefined);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    // A program that exits before reading its input closes the pipe: that is no failure.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

export interface TestMember {
  id: string;
  name: string;
  email?: string;
  school?: string;
  role?: string;
}

export interface RepoDescription {
  members?: TestMember[];
  /** Extra YAML appended to timc.yaml's settings (top-level keys replace the template's). */
  settings?: Record<string, unknown>;
}

/** A cycle repository in a temporary folder, made by the real `timc init`, with real git. */
export class TestRepo {
  constructor(
    readonly root: string,
    readonly home: string,
  ) {}

  /** Runs the built `timc` in the repository (stdin is not a terminal). */
  run(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
    const as = options.as ? ['--as', options.as] : [];
    return runProgram(process.execPath, [TIMC_BIN, ...args, ...as], {
      cwd: options.cwd ?? this.root,
      env: isolatedEnv(this.home, options.env),
      input: options.input,
    });
  }

  async git(args: readonly string[]): Promise<string> {
    const result = await runProgram('git', args, { cwd: this.root, env: isolatedEnv(this.home) });
    if (result.code !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  }

  read(relPath: string): string {
    return readFileSync(join(this.root, relPath), 'utf8');
  }

  write(relPath: string, text: string): void {
    mkdirSync(dirname(join(this.root, relPath)), { recursive: true });
    writeFileSync(join(this.root, relPath), text);
  }

  /** The newest commit: author, subject and the files it holds. */
  async lastCommit(): Promise<{ author: string; subject: string; files: string[] }> {
    const [header, ...files] = (
      await this.git(['log', '-1', '--name-only', '--format=%an <%ae>%n%s'])
    )
      .trim()
      .split('\n')
      .filter((line) => line !== '');
    const [author, subject] = [header!, files.shift()!];
    return { author, subject, files: files.sort() };
  }

  async commitCount(): Promise<number> {
    return Number((await this.git(['rev-list', '--count', 'HEAD'])).trim());
  }

  async status(): Promise<string> {
    return this.git(['status', '--porcelain']);
  }

  /** Starts a cycle and returns its id. */
  async startCycle(as: string, args: readonly string[]): Promise<string> {
    const result = await this.run(['new', ...args, '--json'], { as });
    if (result.code !== 0) throw new Error(`timc new failed: ${result.stderr}`);
    return (JSON.parse(result.stdout) as { id: string }).id;
  }
}

/** The members most tests use: a coach, a client, a coordinator with assign, an outsider. */
export const STANDARD_MEMBERS: TestMember[] = [
  { id: 'jdoe', name: 'Jordan Doe', email: 'jdoe@example.org', school: 'maple' },
  { id: 'asmith', name: 'Alex Smith', email: 'asmith@example.org', school: 'maple' },
  { id: 'mrivera', name: 'Maria Rivera', email: 'mrivera@example.org', role: 'coordinator' },
  { id: 'bkim', name: 'Bo Kim', email: 'bkim@example.org' },
];

/**
 * Builds a repository from a description: `timc init`, then the members and settings written
 * and committed, with a fixed git user (`Test Runner <runner@example.org>`) who is no member.
 */
export async function makeRepo(description: RepoDescription = {}): Promise<TestRepo> {
  const home = temporaryFolder('timc-home-');
  const root = join(temporaryFolder('timc-repo-'), 'program');
  const init = await runProgram(process.execPath, [TIMC_BIN, 'init', root, '--quiet'], {
    cwd: home,
    env: isolatedEnv(home),
  });
  if (init.code !== 0) throw new Error(`timc init failed: ${init.stderr}`);

  const repo = new TestRepo(root, home);
  await repo.git(['config', 'user.name', 'Test Runner']);
  await repo.git(['config', 'user.email', 'runner@example.org']);

  const { stringify, parse } = await import('yaml');
  const members = description.members ?? STANDARD_MEMBERS;
  repo.write('members.yaml', stringify({ members }));
  if (description.settings) {
    const settings = { ...(parse(repo.read('timc.yaml')) as object), ...description.settings };
    repo.write('timc.yaml', stringify(settings));
  }
  await repo.git(['add', '.']);
  await repo.git(['commit', '-q', '-m', 'test: members and settings']);
  return repo;
}
