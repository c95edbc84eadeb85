import { TimcError } from '../errors.js';

/**
 * The moment a change is recorded. TIMC_NOW is a test clock only: the end-to-end tests set it
 * (an ISO 8601 timestamp) to make two commands fall in the same second. People never set it.
 */
export function currentMoment(env: NodeJS.ProcessEnv = process.env): Date {
  const fixed = env.TIMC_NOW;
  if (!fixed) return new Date();

  const moment = new Date(fixed);
  if (Number.isNaN(moment.getTime())) {
    throw new TimcError(`TIMC_NOW (the test clock) is not a timestamp: '${fixed}'; unset it`);
  }
  return moment;
}
