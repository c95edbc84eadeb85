import type { CycleInfo } from './types.js';

export type PublicationState = 'both' | 'coach' | 'client' | 'neither';

/** Which sides have published; the report shows only cycles published by both. */
export function publicationState(info: CycleInfo): PublicationState {
  const coach = Boolean(info.published?.coach);
  const client = Boolean(info.published?.client);

  if (coach && client) return 'both';
  if (coach) return 'coach';
  if (client) return 'client';
  return 'neither';
}
