import { isWebUrl } from './evidence.js';
import { isCalendarDate } from './time.js';

/** An entry of alignments.yaml: a standard or other alignment a goal may point at. */
export interface Alignment {
  id: string;
  title: string;
  subject?: string;
  source?: string;
}

export type TimTool = 'TUPS' | 'TIM-O' | 'TIM-LP' | 'TIM-R';

export const TIM_TOOLS: readonly TimTool[] = ['TUPS', 'TIM-O', 'TIM-LP', 'TIM-R'];

/** An entry of tim/<member>.yaml: a TIM activity the member completed. */
export interface TimActivity {
  id: string;
  tool: TimTool;
  title?: string;
  completed?: string;
  url?: string;
}

/** Copies the non-blank cells of `keys`, trimmed: a blank cell leaves a field as it was. */
function filledFields<K extends string>(
  fields: Record<string, string | undefined>,
  keys: readonly K[],
): Partial<Record<K, string>> {
  const record: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = fields[key]?.trim();
    if (value) record[key] = value;
  }
  return record;
}

export function alignmentFromFields(fields: Record<string, string | undefined>): Alignment {
  const record = filledFields(fields, ['title', 'subject', 'source']);
  return { id: fields.id?.trim() ?? '', ...record } as Alignment;
}

/** What is wrong with an alignment (as it will be stored); empty when fine. */
export function problemsWithAlignment(alignment: Alignment): string[] {
  if (!alignment.id) return ['an id is required'];
  if (!alignment.title) return [`${alignment.id}: a title is required`];
  return [];
}

/** The tool as written in the CSV, in any case (`tim-lp`), as the schema spells it. */
function canonicalTool(text: string): string {
  return TIM_TOOLS.find((tool) => tool.toLowerCase() === text.toLowerCase()) ?? text;
}

export function timActivityFromFields(fields: Record<string, string | undefined>): TimActivity {
  const record = filledFields(fields, ['tool', 'title', 'completed', 'url']);
  if (record.tool) record.tool = canonicalTool(record.tool);
  return { id: fields.id?.trim() ?? '', ...record } as TimActivity;
}

/** What is wrong with a TIM activity (as it will be stored); empty when fine. */
export function problemsWithTimActivity(activity: Partial<TimActivity>): string[] {
  if (!activity.id) return ['an id is required'];

  const problems: string[] = [];
  const { id, tool, completed, url } = activity;
  if (!tool) problems.push(`${id}: a tool is required (${TIM_TOOLS.join(', ')})`);
  else if (!TIM_TOOLS.includes(tool)) {
    problems.push(`${id}: tool '${tool}' is not one of ${TIM_TOOLS.join(', ')}`);
  }
  if (completed !== undefined && !isCalendarDate(completed)) {
    problems.push(`${id}: completed '${completed}' is not a date written YYYY-MM-DD`);
  }
  if (url !== undefined && !isWebUrl(url)) {
    problems.push(`${id}: url '${url}' does not start with https:// or http://`);
  }
  return problems;
}
