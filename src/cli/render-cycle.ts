import type { ChalkInstance } from 'chalk';

import { PHASES } from '../model/phases.js';
import { publicationState } from '../model/publication.js';
import { progressMark } from '../model/summary.js';
import type { Cycle, Evidence, Member } from '../model/types.js';

function nameOf(id: string, members: readonly Member[]): string {
  const member = members.find((candidate) => candidate.id === id);
  return member ? `${member.name} (${id})` : id;
}

function describeEvidence(item: Evidence): string {
  if ('tim' in item) return `TIM activity ${item.tim.id} of ${item.tim.member}`;
  if ('url' in item) return item.url;
  return item.text.split('\n')[0] ?? '';
}

function publishedLine(cycle: Cycle): string {
  const state = publicationState(cycle.info);
  const at = (side: 'coach' | 'client') => cycle.info.published?.[side] ?? '';
  switch (state) {
    case 'both':
      return `by both (coach ${at('coach')}, client ${at('client')}): in the report`;
    case 'coach':
      return `by the coach only (${at('coach')}): not in the report until the client publishes`;
    case 'client':
      return `by the client only (${at('client')}): not in the report until the coach publishes`;
    case 'neither':
      return 'by neither side: not in the report';
  }
}

export interface RenderCycleOptions {
  /** TIM evidence items left out because the client has not shared them (default 0). */
  hiddenTimEvidence?: number;
}

/** `timc show` as text: who, when, the five phases and everything recorded in them. */
export function renderCycle(
  cycle: Cycle,
  members: readonly Member[],
  style: ChalkInstance,
  options: RenderCycleOptions = {},
): string[] {
  const { info } = cycle;
  const lines: string[] = [];
  const heading = (text: string) => lines.push('', style.bold(text));

  lines.push(`${style.bold(info.id)}${info.title ? `  ${info.title}` : ''}`);
  lines.push(`Coach:     ${nameOf(info.coach, members)}`);
  lines.push(`Client:    ${nameOf(info.client, members)}`);
  if (info.school) lines.push(`School:    ${info.school}`);
  const startedBy = info.created_by ? ` by ${info.created_by}` : '';
  if (info.created_at) lines.push(`Started:   ${info.created_at}${startedBy}`);
  lines.push(`Published: ${publishedLine(cycle)}`);
  lines.push(`TIM access for the coach: ${info.tim_access ? 'on' : 'off'}`);
  const hidden = options.hiddenTimEvidence ?? 0;
  if (hidden > 0) {
    lines.push(`  ${hidden} TIM evidence item(s) hidden: the client has not turned TIM access on`);
  }

  const completions = PHASES.map((phase) => cycle[phase.key].complete ?? null);
  heading(`Phases ${progressMark(completions)} ${completions.filter(Boolean).length}/5`);
  PHASES.forEach((phase, index) => {
    const done = completions[index];
    const mark = done ? style.green('✓') : '·';
    lines.push(
      `  ${mark} ${phase.number} ${phase.title}${done ? `  (${done.by}, ${done.at})` : ''}`,
    );
  });

  heading('1 Set Goals');
  if (cycle.goals.focus) lines.push(`  Focus: ${cycle.goals.focus}`);
  for (const item of cycle.goals.supporting_data ?? []) {
    lines.push(`  Supporting data: ${describeEvidence(item)}`);
  }
  for (const goal of cycle.goals.goals ?? []) {
    const alignment = goal.alignment ? `  [${goal.alignment}]` : '';
    lines.push(`  ${goal.id}  ${goal.text ?? ''}${alignment}`);
    for (const item of goal.evidence ?? []) lines.push(`      evidence: ${describeEvidence(item)}`);
  }

  heading('2 Plan Activities');
  for (const activity of cycle.activities.activities ?? []) {
    const details = [
      activity.goal && `for ${activity.goal}`,
      activity.owner && `owner ${activity.owner}`,
      activity.due && `due ${activity.due}`,
    ].filter(Boolean);
    lines.push(
      `  ${activity.id}  ${activity.text ?? ''}` +
        (details.length ? `  (${details.join(', ')})` : ''),
    );
  }

  heading('3 Monitor Progress');
  for (const entry of cycle.progress.progress ?? []) {
    const note = entry.note ? ` - ${entry.note}` : '';
    lines.push(`  ${entry.activity}  ${entry.status ?? 'no status'}${note}`);
  }
  if (cycle.checkins.length > 0) lines.push('  Check-ins:');
  for (const checkin of cycle.checkins) {
    const about = checkin.activity ? ` (${checkin.activity})` : '';
    lines.push(
      `    ${checkin.at}  ${checkin.author}  ${checkin.kind}${about}: ${checkin.text ?? ''}`,
    );
  }

  heading('4 Record Outcomes');
  for (const outcome of cycle.outcomes.outcomes ?? []) {
    const text = outcome.text ? ` - ${outcome.text}` : '';
    lines.push(`  ${outcome.goal}  ${outcome.result ?? 'no result'}${text}`);
    for (const item of outcome.evidence ?? [])
      lines.push(`      evidence: ${describeEvidence(item)}`);
  }

  heading('5 Reflect');
  for (const side of ['coach', 'client'] as const) {
    const reflection = cycle.reflection[side];
    if (reflection?.text) lines.push(`  ${side}: ${reflection.text}`);
  }
  return lines;
}
