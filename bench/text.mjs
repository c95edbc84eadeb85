// Seeded randomness and the varied text of a generated repository.

/** A small deterministic generator (mulberry32), so that every run builds the same repository. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (low, high) => low + Math.floor(next() * (high - low + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const OPENINGS = [
  'Students',
  'The class',
  'Small groups',
  'Learners',
  'My grade 7 class',
  'The team',
  'Pairs of students',
  'Our science section',
  'English learners',
  'The advisory group',
];
const VERBS = [
  'use',
  'design',
  'compare',
  'publish',
  'revise',
  'explain',
  'collect',
  'present',
  'analyse',
  'plan',
  'record',
  'share',
  'discuss',
  'build',
  'model',
  'question',
];
const OBJECTS = [
  'shared documents for peer feedback',
  'their own investigations',
  'data from the field trip',
  'short videos of their reasoning',
  'a class blog',
  'simulations of the water cycle',
  'digital portfolios',
  'exit tickets in the learning platform',
  'spreadsheets of survey results',
  'podcasts about local history',
  'concept maps',
  'collaborative slide decks',
  'coding projects in small teams',
  'evidence from primary sources',
  'math talks on video',
];
const TAILS = [
  'with digital tools',
  'during the unit on ecosystems',
  'before the end of the quarter',
  'at least twice a week',
  'with less teacher talk',
  'so that every voice is heard',
  'and reflect on what changed',
  'in the first ten minutes of class',
  'with clear success criteria',
  'for an audience beyond the classroom',
  'using the district rubric',
  '',
];

/** One plain sentence, safe as a plain YAML scalar (letters, digits, spaces, commas). */
export function sentence(random) {
  const tail = random.pick(TAILS);
  const words = [random.pick(OPENINGS), random.pick(VERBS), random.pick(OBJECTS), tail];
  return words.filter(Boolean).join(' ');
}

/** A few sentences, for notes and reflections. */
export function paragraph(random, low, high) {
  const count = random.int(low, high);
  return Array.from({ length: count }, () => sentence(random)).join('. ');
}

const FIRST = [
  'alex',
  'sam',
  'jordan',
  'maria',
  'lee',
  'chris',
  'dana',
  'kim',
  'pat',
  'robin',
  'taylor',
  'morgan',
  'casey',
  'jamie',
  'drew',
  'avery',
  'quinn',
  'riley',
  'sky',
  'noor',
];
const LAST = [
  'smith',
  'doe',
  'rivera',
  'chen',
  'kim',
  'patel',
  'nguyen',
  'garcia',
  'brown',
  'lopez',
  'wilson',
  'okafor',
  'haddad',
  'novak',
  'ito',
  'silva',
  'moreau',
  'berg',
  'ross',
  'khan',
];

function capitalised(word) {
  return word[0].toUpperCase() + word.slice(1);
}

/** `count` members with distinct ids, spread over `schools`. */
export function makeMembers(random, count, schools) {
  const members = [];
  const taken = new Set();
  for (let n = 0; members.length < count; n += 1) {
    const first = random.pick(FIRST);
    const last = random.pick(LAST);
    let id = `${first[0]}${last}`;
    if (taken.has(id)) id = `${first[0]}${last}${n}`;
    if (taken.has(id)) continue;
    taken.add(id);
    members.push({
      id,
      name: `${capitalised(first)} ${capitalised(last)}`,
      email: `${id}@district.example.org`,
      school: random.pick(schools).id,
    });
  }
  return members;
}

/** Four characters of [a-z0-9], as in a cycle id. */
export function idSuffix(random) {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from({ length: 4 }, () => random.pick(alphabet)).join('');
}
