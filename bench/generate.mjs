// A realistic cycle repository of N cycles in the SPEC layout, committed once with real git.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { renderCycleFiles } from './cycle-files.mjs';
import { idSuffix, makeMembers, seededRandom, sentence } from './text.mjs';

const DAY = 24 * 60 * 60 * 1000;
const FIRST_DAY = Date.UTC(2022, 0, 3);
const LAST_DAY = Date.UTC(2026, 10, 30);

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.org',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.org',
};

function settingsFile(schools) {
  const list = schools.map((school) => `  - id: ${school.id}\n    name: ${school.name}\n`).join('');
  return (
    '# yaml-language-server: $schema=.timc/schemas/settings.schema.json\n' +
    `version: 1\nname: Maple District coaching\nschools:\n${list}` +
    'roles:\n  coordinator: [assign, report]\n  admin: [admin, assign, report]\n' +
    'policy:\n  disabled: []\n  required: []\ncommit: true\n'
  );
}

function membersFile(members) {
  const list = members.map(
    (member) =>
      `  - id: ${member.id}\n    name: ${member.name}\n    email: ${member.email}\n` +
      `    school: ${member.school}\n${member.role ? `    role: ${member.role}\n` : ''}`,
  );
  return (
    '# yaml-language-server: $schema=.timc/schemas/members.schema.json\n' +
    `members:\n${list.join('')}`
  );
}

function alignmentsFile() {
  const list = Array.from(
    { length: 7 },
    (_, n) => `  - id: iste-${n + 1}\n    title: ISTE standard ${n + 1}\n    source: ISTE\n`,
  );
  return (
    '# yaml-language-server: $schema=.timc/schemas/alignments.schema.json\n' +
    `alignments:\n${list.join('')}`
  );
}

function timFile(random) {
  const list = Array.from(
    { length: 9 },
    (_, n) =>
      `  - id: t${n + 1}\n    tool: ${random.pick(['TUPS', 'TIM-O', 'TIM-LP', 'TIM-R'])}\n` +
      `    title: ${sentence(random)}\n` +
      `    completed: "2025-0${random.int(1, 9)}-1${random.int(0, 9)}"\n`,
  );
  return (
    '# yaml-language-server: $schema=../.timc/schemas/tim.schema.json\n' +
    `activities:\n${list.join('')}`
  );
}

/** The shape of one cycle: who, when, and how far it got (older cycles got further). */
function planCycle(random, members, taken) {
  const coach = random.pick(members);
  let client = random.pick(members);
  while (client.id === coach.id) client = random.pick(members);

  const start =
    FIRST_DAY +
    Math.floor(random.next() * ((LAST_DAY - FIRST_DAY) / DAY)) * DAY +
    random.int(7 * 3600, 17 * 3600) * 1000;
  const compact = new Date(start).toISOString().slice(0, 10).replace(/-/g, '');
  let id;
  do id = `${compact}-${client.id}-${idSuffix(random)}`;
  while (taken.has(id));
  taken.add(id);

  const timAccess = random.chance(0.4);
  const age = (LAST_DAY - start) / DAY;
  const done = Math.min(5, Math.floor(random.next() ** 0.4 * 6 * Math.min(1, age / 150)));
  const published =
    done === 0
      ? { coach: false, client: false }
      : random.pick([
          { coach: true, client: true },
          { coach: true, client: true },
          { coach: true, client: true },
          { coach: true, client: false },
          { coach: false, client: true },
          { coach: false, client: false },
          { coach: false, client: false },
        ]);
  return {
    id,
    start,
    done,
    published,
    coach: coach.id,
    client: client.id,
    school: client.school,
    createdBy: random.chance(0.8) ? coach.id : client.id,
    title: random.chance(0.7) ? sentence(random).split(' ').slice(0, 5).join(' ') : '""',
    focus: sentence(random),
    timAccess,
    timEvidence: timAccess && client.hasTim,
    goals: random.int(1, 3),
    activities: random.int(done >= 1 ? 1 : 0, 4),
    checkins: random.int(0, 3) + Math.floor(done * random.next()),
  };
}

/** Commits every written file in one go through `git fast-import` (one pack, no loose objects). */
function commitAll(root, written, message) {
  const chunks = [`commit refs/heads/main\ncommitter Bench <bench@example.org> 1764770400 +0000\n`];
  chunks.push(`data ${Buffer.byteLength(message)}\n${message}\n`);
  for (const [relPath, text] of written) {
    chunks.push(`M 100644 inline ${relPath}\ndata ${Buffer.byteLength(text)}\n${text}\n`);
  }
  const git = (args, input) =>
    execFileSync('git', args, { cwd: root, env: GIT_ENV, stdio: 'pipe', input, maxBuffer: 1e9 });
  git(['init', '-q', '--initial-branch=main']);
  git(['config', 'user.name', 'Bench']);
  git(['config', 'user.email', 'bench@example.org']);
  git(['fast-import', '--quiet'], chunks.join(''));
  git(['reset', '-q']);
}

/**
 * Writes a repository of `cycles` cycles into `root` and commits it. Returns the members and
 * the cycles' plans (ids, coach, client, how far each got).
 */
export function generateRepository(root, { cycles, seed = 20261203, packageRoot }) {
  const random = seededRandom(seed);
  const schools = Array.from({ length: 24 }, (_, n) => ({
    id: `school-${n + 1}`,
    name: `School ${n + 1}`,
  }));
  const members = makeMembers(random, Math.max(40, Math.round(cycles / 12)), schools);
  members[0].role = 'admin';
  members[1].role = 'coordinator';

  const written = [];
  const writeFile = (relPath, text) => {
    writeFileSync(join(root, relPath), text);
    written.push([relPath, text]);
  };
  mkdirSync(join(root, 'tim'), { recursive: true });
  mkdirSync(join(root, '.timc/schemas'), { recursive: true });
  for (const name of readdirSync(join(packageRoot, 'schemas'))) {
    writeFile(`.timc/schemas/${name}`, readFileSync(join(packageRoot, 'schemas', name), 'utf8'));
  }
  writeFile('timc.yaml', settingsFile(schools));
  writeFile('members.yaml', membersFile(members));
  writeFile('alignments.yaml', alignmentsFile());
  for (const member of members.slice(0, Math.ceil(members.length / 3))) {
    member.hasTim = true;
    writeFile(`tim/${member.id}.yaml`, timFile(random));
  }

  const taken = new Set();
  const plans = [];
  for (let n = 0; n < cycles; n += 1) {
    const cycle = planCycle(random, members, taken);
    const folder = `cycles/${cycle.id.slice(0, 4)}/${cycle.id}`;
    mkdirSync(join(root, folder, 'checkins'), { recursive: true });
    for (const [name, text] of Object.entries(renderCycleFiles(random, cycle))) {
      writeFile(`${folder}/${name}`, text);
    }
    plans.push(cycle);
  }

  commitAll(root, written, `bench: ${cycles} generated cycles`);
  return { members, cycles: plans };
}
