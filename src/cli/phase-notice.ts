import type { PhaseDefinition } from '../model/phases.js';
import type { Completion } from '../model/types.js';
import type { CommandContext } from './context.js';

/**
 * A change to a phase already marked complete is allowed (people add what they forgot), but
 * said, since the report shows when each phase was completed.
 */
export function noticeCompletedPhase(
  context: CommandContext,
  phase: PhaseDefinition,
  complete: Completion | undefined,
): void {
  if (!complete) return;
  context.output.warn(
    `phase ${phase.number} (${phase.title}) was marked complete by ${complete.by} at ` +
      `${complete.at}; the change is recorded anyway (\`timc reopen ${phase.number}\` reopens it)`,
  );
}
