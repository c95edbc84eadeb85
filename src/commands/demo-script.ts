/**
 * What `timc demo` does, as the commands a program would type: who types each (`as`) and the
 * arguments. `{cycle:NAME}` stands for the id of the cycle that a `new` step saved as NAME.
 */
export interface DemoStep {
  as?: string;
  args: string[];
  /** Remember the id that this `new` prints under this name. */
  saveCycleAs?: string;
  /** A line to print before the step, saying what happens. */
  say?: string;
}

export const DEMO_NAME = 'Maple District coaching (demo)';

export const DEMO_MEMBERS = [
  ['mrivera', 'Maria Rivera', 'mrivera@maple.example.org', 'maple-es', 'coordinator'],
  ['jdoe', 'Jordan Doe', 'jdoe@maple.example.org', 'maple-es', ''],
  ['asmith', 'Alex Smith', 'asmith@maple.example.org', 'maple-es', ''],
  ['bkim', 'Bo Kim', 'bkim@oak.example.org', 'oak-ms', ''],
  ['lchen', 'Li Chen', 'lchen@oak.example.org', 'oak-ms', ''],
] as const;

export const DEMO_STEPS: DemoStep[] = [
  { say: 'Who takes part', args: ['member', 'list'] },
  {
    say: 'A tech coach starts a cycle with a teacher',
    as: 'jdoe',
    args: ['new', '--client', 'asmith', '--title', 'Student-led inquiry in science',
      '--focus', 'Students design their own investigations with digital tools'],
    saveCycleAs: 'science',
  },
  {
    say: 'A teacher asks a colleague to coach her',
    as: 'lchen',
    args: ['new', '--coach', 'bkim', '--title', 'Collaborative writing',
      '--focus', 'Shared documents for peer feedback in grade 7 writing'],
    saveCycleAs: 'writing',
  },
  {
    say: 'The coordinator pairs two people (she has the assign permission)',
    as: 'mrivera',
    args: ['new', '--coach', 'asmith', '--client', 'jdoe', '--title', 'Formative assessment'],
    saveCycleAs: 'assessment',
  },
  { say: 'One cycle in full', as: 'asmith', args: ['show', '{cycle:science}'] },
  { say: 'The dashboard', as: 'mrivera', args: ['list'] },
];
