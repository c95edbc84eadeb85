// `npm run bench [-- --cycles N] [-- --runs N] [-- --keep]`: generates a cycle repository, then
// measures timc's commands against floors taken in the same run and prints one table.

import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { generateRepository } from './generate.mjs';
import { hasCommand, measure, median, removeScratch } from './measure.mjs';
import { formatTable, judge } from './table.mjs';

const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
const TIMC = [process.execPath, join(PACKAGE_ROOT, 'bin/timc')];
const PARSE_FLOOR = join(PACKAGE_ROOT, 'bench/parse-floor.mjs');
const MEMORY_BUDGET_MB = 300;

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? fallback : Number(process.argv[index + 1]);
}

const cycles = option('cycles', 2000);
const runs = option('runs', 5);
const keep = process.argv.includes('--keep');

const folder = mkdtempSync(join(tmpdir(), 'timc-bench-'));
const root = join(folder, 'district');
const home = join(folder, 'home');
mkdirSync(root);
mkdirSync(home);
const env = { PATH: process.env.PATH, HOME: home, GIT_CONFIG_NOSYSTEM: '1', LANG: 'C.UTF-8' };
const options = { cwd: root, env };

process.stderr.write(`Generating ${cycles} cycles in ${root} ...\n`);
const started = Date.now();
const generated = generateRepository(root, { cycles, packageRoot: PACKAGE_ROOT });
const listed = execFileSync('git', ['ls-files', '-z'], { cwd: root, maxBuffer: 1e9 });
const files = listed.toString().split('\0').length - 1;
process.stderr.write(`  ${files} files, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);

const admin = generated.members[0].id;
const sample = generated.cycles.filter((cycle) => cycle.done < 5).at(-1);
const samplePath = `cycles/${sample.id.slice(0, 4)}/${sample.id}/1-goals.yaml`;
const removeCaches = () => rmSync(join(root, '.git/timc'), { recursive: true, force: true });
const touchSample = (run) => appendFileSync(join(root, samplePath), `# bench ${run}\n`);
let edit = 0;

function step(label, argv, settings) {
  process.stderr.write(`  ${label} ...\n`);
  return measure(argv, { ...options, runs, ...settings });
}

/** The floors that are cheap enough to run beside each command they judge. */
const PAIRED_FLOORS = {
  startup: { argv: [process.execPath, '-e', '0'] },
  commit: {
    argv: ['git', 'commit', '-q', '-m', 'bench', '--', samplePath],
    before: touchSample,
  },
};
const floorTimes = { startup: [], commit: [], parse: [] };

let parsePeakMb;

/** The parse floor, measured at the start and again at the end of the run. */
function measureParseFloor() {
  const result = step('parse every file', [process.execPath, PARSE_FLOOR, root], {
    runs: Math.max(1, Math.floor(runs / 2)),
  });
  floorTimes.parse.push(...result.times);
  parsePeakMb = Math.max(parsePeakMb ?? 0, result.peakMb ?? 0) || undefined;
}

process.stderr.write('Floors:\n');
measureParseFloor();
const rows = [];

function measureCommand(label, args, settings) {
  const argv = settings.argvFor ? () => [...TIMC, ...settings.argvFor()] : [...TIMC, ...args];
  const pair = PAIRED_FLOORS[settings.budget.floor];
  const result = step(label, argv, { ...settings, pair });
  if (pair) {
    floorTimes[settings.budget.floor].push(...result.floorTimes);
    result.floorSeconds = median(result.floorTimes);
  }
  const note = settings.cold ? ', cold cache' : settings.changed ? ', one file changed since' : '';
  rows.push({ label: `\`${label}\`${note}`, result, budget: settings.budget });
}

process.stderr.write('Commands:\n');
const startupBudget = { floor: 'startup', ratio: 1.3 };
measureCommand('timc --version', ['--version'], { runs: runs * 3, budget: startupBudget });
measureCommand('timc --help', ['--help'], { runs: runs * 3, budget: startupBudget });
measureCommand('timc list', ['list'], {
  runs: Math.max(2, Math.ceil(runs / 2)),
  cold: true,
  before: removeCaches,
  budget: { floor: 'parse', ratio: 1.0 },
});
measureCommand('timc list', ['list'], { warmUp: true, budget: { floor: 'startup', seconds: 1 } });
measureCommand(`timc show ${sample.id.slice(-4)}`, ['show', sample.id.slice(-4)], {
  warmUp: true,
  budget: { floor: 'startup', seconds: 1 },
});
measureCommand(`timc focus ${sample.id} TEXT --as ${sample.coach}`, [], {
  budget: { floor: 'commit', ratio: 2 },
  argvFor: () => ['focus', sample.id, `Focus from the bench ${edit++}`, '--as', sample.coach],
});

if (hasCommand(TIMC, 'checkin', options)) {
  measureCommand(`timc checkin ${sample.id} --kind event TEXT --as ${sample.coach}`, [], {
    budget: { floor: 'commit', ratio: 2 },
    argvFor: () => [
      'checkin',
      sample.id,
      '--kind',
      'event',
      `Bench check-in ${edit++}`,
      '--as',
      sample.coach,
    ],
  });
} else {
  rows.push({ label: '`timc checkin`', skipped: 'not on this branch yet' });
}

for (const [command, args] of [
  ['validate', ['validate']],
  ['report', ['report', '--as', admin]],
]) {
  if (!hasCommand(TIMC, command, options)) {
    rows.push({ label: `\`timc ${command}\``, skipped: 'not on this branch yet' });
    continue;
  }
  measureCommand(`timc ${args.join(' ')}`, args, {
    runs: Math.max(2, Math.ceil(runs / 2)),
    cold: true,
    before: removeCaches,
    budget: { floor: 'parse', ratio: 1.0 },
  });
  measureCommand(`timc ${args.join(' ')}`, args, {
    warmUp: true,
    budget: { floor: 'parse', ratio: 0.1 },
  });
  if (command === 'validate') measureAfterOneChange(args);
}

/** validate again after one file changed, not committed: what remembering cannot skip. */
function measureAfterOneChange(args) {
  appendFileSync(join(root, samplePath), '# changed, not committed\n');
  measureCommand(`timc ${args.join(' ')}`, args, {
    warmUp: true,
    changed: true,
    budget: { floor: 'parse', ratio: 0.1, informational: true },
  });
  execFileSync('git', ['checkout', '--', samplePath], { cwd: root });
}

process.stderr.write('Floors again:\n');
measureParseFloor();
const floors = {
  startup: { seconds: median(floorTimes.startup) },
  parse: { seconds: median(floorTimes.parse), peakMb: parsePeakMb },
  commit: { seconds: median(floorTimes.commit) },
};
const judged = rows.map((row) =>
  row.budget ? { ...row, ...judge(row.result, row.budget, floors, MEMORY_BUDGET_MB) } : row,
);
judged.unshift(
  { label: '`node -e 0` (start-up floor)', result: floors.startup },
  { label: 'read + parse every file, one process (parse floor)', result: floors.parse },
  { label: '`git commit` of one file (commit floor)', result: floors.commit },
);

const cpu = cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
const gitVersion = execFileSync('git', ['--version']).toString().trim();
console.log(
  `\n${cycles} cycles, ${files} files; ${cpus().length} cores (${cpu}); ` +
    `Node ${process.version}; ${gitVersion}; ${runs} runs (median)\n`,
);
console.log(formatTable(judged).join('\n'));
if (cycles < 10_000) {
  console.log(
    '\nThe budgets are set for 10,000 cycles; a smaller repository is dominated by fixed ' +
      'costs (starting Node, git), so ratios to its floors say little.',
  );
}

removeScratch();
if (keep) console.log(`\nThe repository is kept in ${root}`);
else rmSync(folder, { recursive: true, force: true });
