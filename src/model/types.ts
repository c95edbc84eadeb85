/** The plain data of a cycle repository, as read from its YAML files. */

export type Permission = 'report' | 'assign' | 'admin';

export interface School {
  id: string;
  name?: string;
}

export interface FieldPolicy {
  disabled?: string[];
  required?: string[];
}

export interface Settings {
  version: 1;
  name?: string;
  schools?: School[];
  roles?: Record<string, Permission[]>;
  policy?: FieldPolicy;
  /** Commit each change; default true. */
  commit?: boolean;
}

export interface Member {
  id: string;
  name: string;
  email?: string;
  school?: string;
  role?: string;
}

export type Side = 'coach' | 'client';

export type Evidence = { tim: { member: string; id: string } } | { url: string } | { text: string };

export interface Completion {
  by: string;
  at: string;
}

export interface CycleInfo {
  id: string;
  coach: string;
  client: string;
  created_by?: string;
  created_at?: string;
  school?: string;
  title?: string;
  tim_access?: boolean;
  published?: { coach?: string | null; client?: string | null };
}

export interface Goal {
  id: string;
  text?: string;
  alignment?: string;
  evidence?: Evidence[];
}

export interface GoalsPhase {
  focus?: string;
  supporting_data?: Evidence[];
  goals?: Goal[];
  complete?: Completion;
}

export type ActivityOwner = 'coach' | 'client' | 'both';

export interface Activity {
  id: string;
  goal?: string;
  text?: string;
  owner?: ActivityOwner;
  due?: string;
}

export interface ActivitiesPhase {
  activities?: Activity[];
  complete?: Completion;
}

export type ProgressStatus = 'not-started' | 'in-progress' | 'done';

export interface ProgressEntry {
  activity: string;
  status?: ProgressStatus;
  note?: string;
  updated_at?: string;
}

export interface ProgressPhase {
  progress?: ProgressEntry[];
  complete?: Completion;
}

export type OutcomeResult = 'met' | 'partially-met' | 'not-met';

export interface Outcome {
  goal: string;
  result?: OutcomeResult;
  text?: string;
  evidence?: Evidence[];
}

export interface OutcomesPhase {
  outcomes?: Outcome[];
  complete?: Completion;
}

export interface Reflection {
  text?: string;
  at?: string;
}

export interface ReflectionPhase {
  coach?: Reflection;
  client?: Reflection;
  complete?: Completion;
}

export type CheckinKind = 'event' | 'question' | 'insight' | 'obstacle' | 'success';

export interface Checkin {
  author: string;
  at: string;
  kind: CheckinKind;
  text?: string;
  activity?: string;
}

/** Everything in one cycle folder. */
export interface Cycle {
  info: CycleInfo;
  goals: GoalsPhase;
  activities: ActivitiesPhase;
  progress: ProgressPhase;
  outcomes: OutcomesPhase;
  reflection: ReflectionPhase;
  /** In time order; `file` is the check-in's file name inside `checkins/`. */
  checkins: (Checkin & { file: string })[];
}
