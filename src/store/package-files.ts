import { fileURLToPath } from 'node:url';

/** The installed package's own folder (holding schemas/ and templates/). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function packagePath(...segments: string[]): string {
  return [PACKAGE_ROOT.replace(/\/$/, ''), ...segments].join('/');
}
