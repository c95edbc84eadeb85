/**
 * What `timc demo` does, as the commands a program would type: who types each (`as`) and the
 * arguments. `{cycle:NAME}` stands for the id of the cycle that a `new` step saved as NAME, and
 * `{file:NAME}` for a CSV file of DEMO_FILES written to a temporary folder.
 */
export interface DemoStep {
  as?: string;
  args: string[];
  /** Remember the id of the cycle this `new` starts under this name. */
  saveCycleAs?: string;
  /** A line to print before the step, saying what happens. */
  say?: string;
}

export const DEMO_NAME = 'Maple District coaching (demo)';

/** The CSV files an administrator would have at hand. */
export const DEMO_FILES: Record<string, string[]> = {
  members: [
    'id,name,email,school,role',
    'mrivera,Maria Rivera,mrivera@maple.example.org,maple-es,coordinator',
    'jdoe,Jordan Doe,jdoe@maple.example.org,maple-es,',
    'asmith,Alex Smith,asmith@maple.example.org,maple-es,',
    'bkim,Bo Kim,bkim@oak.example.org,oak-ms,',
    'lchen,Li Chen,lchen@oak.example.org,oak-ms,',
  ],
  alignments: [
    'id,title,subject,source',
    'ISTE-1.4,Innovative Designer,Technology,ISTE Standards for Students',
    'NGSS-SEP3,Planning and Carrying Out Investigations,Science,NGSS',
  ],
  tim: [
    'id,tool,title,completed,url',
    'tups-2026,TUPS,Technology Uses and Perceptions Survey,2026-09-15,',
  ],
};

const SCIENCE = '{cycle:science}';
const WRITING = '{cycle:writing}';

export const DEMO_STEPS: DemoStep[] = [
  {
    say: 'The program registers its members and standards',
    args: ['member', 'import', '{file:members}'],
  },
  { args: ['alignments', 'import', '{file:alignments}'] },
  { as: 'asmith', args: ['tim', 'import', 'asmith', '{file:tim}'] },
  {
    say: 'A tech coach starts a cycle with a teacher',
    as: 'jdoe',
    args: [
      'new',
      '--client',
      'asmith',
      '--title',
      'Student-led inquiry in science',
      '--focus',
      'Students design their own investigations with digital probes',
    ],
    saveCycleAs: 'science',
  },
  {
    say: 'A teacher asks a colleague to coach her',
    as: 'lchen',
    args: [
      'new',
      '--coach',
      'bkim',
      '--title',
      'Collaborative writing',
      '--focus',
      'Shared documents for peer feedback in grade 7 writing',
    ],
    saveCycleAs: 'writing',
  },
  {
    say: 'The coordinator pairs two people (her role has the assign permission)',
    as: 'mrivera',
    args: ['new', '--coach', 'asmith', '--client', 'jdoe', '--title', 'Formative assessment'],
  },
  {
    say: 'Phase 1, Set Goals: the client lets the coach use her TIM survey',
    as: 'asmith',
    args: ['access', SCIENCE, 'on'],
  },
  { as: 'jdoe', args: ['evidence', 'add', SCIENCE, '--tim', 'tups-2026'] },
  {
    as: 'jdoe',
    args: [
      'goal',
      'add',
      SCIENCE,
      'Students plan an investigation of their own',
      '--alignment',
      'NGSS-SEP3',
    ],
  },
  {
    as: 'asmith',
    args: [
      'goal',
      'add',
      SCIENCE,
      'Students choose the right probe for a question',
      '--alignment',
      'ISTE-1.4',
    ],
  },
  { as: 'jdoe', args: ['complete', SCIENCE, '1'] },
  {
    say: 'Phase 2, Plan Activities',
    as: 'asmith',
    args: [
      'activity',
      'add',
      SCIENCE,
      'Probe lab: students pick sensors for their questions',
      '--goal',
      'g2',
      '--owner',
      'client',
      '--due',
      '2027-01-15',
    ],
  },
  {
    as: 'jdoe',
    args: [
      'activity',
      'add',
      SCIENCE,
      'Co-teach the planning lesson',
      '--goal',
      'g1',
      '--owner',
      'both',
      '--due',
      '2027-01-22',
    ],
  },
  { as: 'asmith', args: ['complete', SCIENCE, '2'] },
  {
    say: 'Phase 3, Monitor Progress: check-ins from both sides',
    as: 'asmith',
    args: [
      'checkin',
      SCIENCE,
      '--kind',
      'obstacle',
      '--activity',
      'a1',
      'Half the probes ran out of battery mid-lab',
    ],
  },
  {
    as: 'jdoe',
    args: [
      'checkin',
      SCIENCE,
      '--kind',
      'insight',
      '--activity',
      'a2',
      'Students who wrote their question first chose probes faster',
    ],
  },
  {
    as: 'asmith',
    args: [
      'progress',
      SCIENCE,
      'a1',
      '--status',
      'done',
      '--note',
      'Second run with charged probes',
    ],
  },
  { as: 'jdoe', args: ['progress', SCIENCE, 'a2', '--status', 'done'] },
  {
    as: 'asmith',
    args: ['checkin', SCIENCE, '--kind', 'success', 'Every group finished an investigation plan'],
  },
  { as: 'jdoe', args: ['complete', SCIENCE, '3'] },
  {
    say: 'Phase 4, Record Outcomes',
    as: 'jdoe',
    args: [
      'outcome',
      SCIENCE,
      'g1',
      '--result',
      'met',
      '--text',
      'All groups planned and ran their own investigation',
    ],
  },
  {
    as: 'asmith',
    args: [
      'outcome',
      SCIENCE,
      'g2',
      '--result',
      'partially-met',
      '--text',
      'Most groups chose well; two needed help',
    ],
  },
  {
    as: 'asmith',
    args: [
      'evidence',
      'add',
      SCIENCE,
      '--outcome',
      'g1',
      '--url',
      'https://maple.example.org/science/investigation-plans',
    ],
  },
  { as: 'jdoe', args: ['complete', SCIENCE, '4'] },
  {
    say: 'Phase 5, Reflect: each side writes its own',
    as: 'jdoe',
    args: ['reflect', SCIENCE, 'Next time: a probe checklist before the lab'],
  },
  {
    as: 'asmith',
    args: ['reflect', SCIENCE, 'My students asked better questions than I expected'],
  },
  { as: 'asmith', args: ['complete', SCIENCE, '5'] },
  {
    say: 'Both sides publish, so the cycle reaches the report',
    as: 'jdoe',
    args: ['publish', SCIENCE],
  },
  { as: 'asmith', args: ['publish', SCIENCE] },
  {
    say: 'The other cycle is under way and published from the start, to track PD credit',
    as: 'lchen',
    args: ['goal', 'add', WRITING, 'Peer feedback on every draft'],
  },
  { as: 'bkim', args: ['complete', WRITING, '1'] },
  { as: 'lchen', args: ['publish', WRITING] },
  { as: 'bkim', args: ['publish', WRITING] },
  { say: 'One cycle in full', as: 'asmith', args: ['show', SCIENCE] },
  { say: 'Its audit trail, from git', as: 'asmith', args: ['history', SCIENCE] },
  { say: 'The dashboard', as: 'mrivera', args: ['list'] },
  { say: "The administrators' report (CSV)", as: 'mrivera', args: ['report'] },
];
