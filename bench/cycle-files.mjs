// The files of one generated cycle, written as timc writes them: the schema line, the
// template's comments, quoted timestamps and dates.

import { idSuffix, paragraph, sentence } from './text.mjs';

const DAY = 24 * 60 * 60 * 1000;

function header(kind) {
  return `# yaml-language-server: $schema=../../../.timc/schemas/${kind}.schema.json\n`;
}

function stamp(moment) {
  return new Date(moment).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function completeBlock(done, by, at) {
  return done ? `complete:\n  by: ${by}\n  at: "${stamp(at)}"\n` : '';
}

/** A piece of evidence; TIM activities only where the client has some and lets the coach see. */
function evidence(random, cycle, indent) {
  const client = cycle.client;
  const roll = random.next();
  if (roll < 0.3 && cycle.timEvidence) {
    const id = `t${random.int(1, 9)}`;
    return `${indent}- tim:\n${indent}    member: ${client}\n${indent}    id: ${id}\n`;
  }
  if (roll < 0.65) {
    return `${indent}- url: https://docs.example.org/${idSuffix(random)}/${idSuffix(random)}\n`;
  }
  return `${indent}- text: ${sentence(random)}\n`;
}

function goalsFile(random, cycle) {
  let text =
    header('goals') +
    '# Phase 1: Set Goals.\n# focus: what this cycle is about.\n' +
    '# supporting_data: evidence for the goals; each item is one of\n' +
    '#   {tim: {member: ID, id: ID}}, {url: "https://..."} or {text: "pasted data"}\n' +
    '# goals: each {id: g1, text, alignment: an id from alignments.yaml, evidence: [...]}\n' +
    '# complete: {by, at}, written by `timc complete 1`.\n' +
    `focus: ${cycle.focus}\n`;
  const data = Array.from({ length: random.int(0, 2) }, () => evidence(random, cycle, ''));
  text += data.length ? `supporting_data:\n${data.join('')}` : 'supporting_data: []\n';
  text += cycle.goals ? 'goals:\n' : 'goals: []\n';
  for (let g = 1; g <= cycle.goals; g += 1) {
    text += `  - id: g${g}\n    text: ${sentence(random)}\n`;
    if (random.chance(0.4)) text += `    alignment: iste-${random.int(1, 7)}\n`;
    const items = Array.from({ length: random.int(0, 2) }, () => evidence(random, cycle, '      '));
    if (items.length) text += `    evidence:\n${items.join('')}`;
  }
  return text + completeBlock(cycle.done >= 1, cycle.coach, cycle.start + 7 * DAY);
}

function activitiesFile(random, cycle) {
  let text =
    header('activities') +
    '# Phase 2: Plan Activities.\n' +
    '# activities: each {id: a1, goal: g1, text, owner: coach|client|both, due: "YYYY-MM-DD"}\n' +
    '# complete: {by, at}, written by `timc complete 2`.\n';
  text += cycle.activities ? 'activities:\n' : 'activities: []\n';
  for (let a = 1; a <= cycle.activities; a += 1) {
    text +=
      `  - id: a${a}\n    goal: g${random.int(1, Math.max(1, cycle.goals))}\n` +
      `    text: ${sentence(random)}\n    owner: ${random.pick(['coach', 'client', 'both'])}\n` +
      `    due: "${stamp(cycle.start + random.int(20, 90) * DAY).slice(0, 10)}"\n`;
  }
  return text + completeBlock(cycle.done >= 2, cycle.client, cycle.start + 14 * DAY);
}

function progressFile(random, cycle) {
  let text =
    header('progress') +
    '# Phase 3: Monitor Progress.\n' +
    '# progress: each {activity: a1, status: not-started|in-progress|done, note, updated_at}\n' +
    '# complete: {by, at}, written by `timc complete 3`.\n';
  const entries = cycle.done >= 2 ? cycle.activities : 0;
  text += entries ? 'progress:\n' : 'progress: []\n';
  for (let a = 1; a <= entries; a += 1) {
    const status = random.pick(['not-started', 'in-progress', 'done']);
    const updated = stamp(cycle.start + random.int(15, 60) * DAY);
    text +=
      `  - activity: a${a}\n    status: ${status}\n` +
      `    note: ${sentence(random)}\n    updated_at: "${updated}"\n`;
  }
  return text + completeBlock(cycle.done >= 3, cycle.coach, cycle.start + 60 * DAY);
}

function outcomesFile(random, cycle) {
  let text =
    header('outcomes') +
    '# Phase 4: Record Outcomes.\n' +
    '# outcomes: each {goal: g1, result: met|partially-met|not-met, text, evidence: [...]}\n' +
    '# complete: {by, at}, written by `timc complete 4`.\n';
  const entries = cycle.done >= 3 ? cycle.goals : 0;
  text += entries ? 'outcomes:\n' : 'outcomes: []\n';
  for (let g = 1; g <= entries; g += 1) {
    const result = random.pick(['met', 'met', 'partially-met', 'not-met']);
    text += `  - goal: g${g}\n    result: ${result}\n` + `    text: ${sentence(random)}\n`;
    if (random.chance(0.5)) text += `    evidence:\n${evidence(random, cycle, '      ')}`;
  }
  return text + completeBlock(cycle.done >= 4, cycle.client, cycle.start + 80 * DAY);
}

function reflectionFile(random, cycle) {
  let text =
    header('reflection') +
    '# Phase 5: Reflect on the Coaching Cycle.\n' +
    '# coach: {text, at}, written only by the coach; client: {text, at}, only by the client.\n' +
    '# complete: {by, at}, written by `timc complete 5`.\n';
  if (cycle.done < 4) return `${text}{}\n`;
  for (const side of ['coach', 'client']) {
    if (side === 'client' && random.chance(0.15)) continue;
    text +=
      `${side}:\n  text: |\n    ${paragraph(random, 2, 4).replace(/\. /g, '.\n    ')}\n` +
      `  at: "${stamp(cycle.start + random.int(80, 100) * DAY)}"\n`;
  }
  return text + completeBlock(cycle.done >= 5, cycle.coach, cycle.start + 100 * DAY);
}

function publishedAt(cycle, yes, days) {
  return yes ? `"${stamp(cycle.start + days * DAY)}"` : 'null';
}

function cycleFile(cycle) {
  return (
    header('cycle') +
    '# Who and when. The coach and the client are member ids from members.yaml.\n' +
    `id: ${cycle.id}\ncoach: ${cycle.coach}\nclient: ${cycle.client}\n` +
    `created_by: ${cycle.createdBy}\ncreated_at: "${stamp(cycle.start)}"\n` +
    '# school: a school id from timc.yaml; title: a short title for the cycle.\n' +
    `school: ${cycle.school}\ntitle: ${cycle.title}\n` +
    '# tim_access: set by the client only (timc access on|off); true lets the coach\n' +
    "# see and attach the client's TIM activities as evidence.\n" +
    `tim_access: ${cycle.timAccess}\n` +
    '# published: when each side published the cycle (timc publish). The report\n' +
    '# shows the cycle only when both sides have published.\n' +
    `published:\n  coach: ${publishedAt(cycle, cycle.published.coach, 3)}\n` +
    `  client: ${publishedAt(cycle, cycle.published.client, 4)}\n`
  );
}

function checkinFiles(random, cycle) {
  const files = {};
  const taken = new Set();
  for (let n = 0; n < cycle.checkins; n += 1) {
    const author = random.chance(0.5) ? cycle.coach : cycle.client;
    const at = stamp(cycle.start + random.int(1, 100) * DAY + random.int(0, 86399) * 1000);
    const base = `${at.replace(/[-:]/g, '')}-${author}`;
    const name = `${base}${taken.has(base) ? `-${n + 2}` : ''}.yaml`;
    taken.add(base);
    let text =
      header('checkin').replace('../../../', '../../../../') +
      `author: ${author}\nat: "${at}"\n` +
      `kind: ${random.pick(['event', 'question', 'insight', 'obstacle', 'success'])}\n` +
      `text: ${paragraph(random, 1, 2)}\n`;
    if (cycle.activities && random.chance(0.4)) {
      text += `activity: a${random.int(1, cycle.activities)}\n`;
    }
    files[`checkins/${name}`] = text;
  }
  return files;
}

/** Every file of `cycle`, by path inside its folder. */
export function renderCycleFiles(random, cycle) {
  return {
    'cycle.yaml': cycleFile(cycle),
    '1-goals.yaml': goalsFile(random, cycle),
    '2-activities.yaml': activitiesFile(random, cycle),
    '3-progress.yaml': progressFile(random, cycle),
    '4-outcomes.yaml': outcomesFile(random, cycle),
    '5-reflection.yaml': reflectionFile(random, cycle),
    ...checkinFiles(random, cycle),
  };
}
