import { asRecord, ownValue } from './data-access.js';
import { problemOf, type RuleProblem } from './problem.js';

/** Words a YAML 1.1 reader (PyYAML, js-yaml 3) takes for a boolean or null, not for text. */
const YAML_1_1_WORDS = /^(y|yes|n|no|true|false|on|off|null)$/i;

/**
 * Role names are the only keys of timc.yaml a district chooses; one that YAML 1.1 reads as a
 * boolean or null becomes `true:` or `null:` in other tools of the district's pipeline.
 */
export function checkRoleNames(file: string, settings: unknown): RuleProblem[] {
  const roles = asRecord(ownValue(asRecord(settings), 'roles'));
  return Object.keys(roles ?? {})
    .filter((name) => YAML_1_1_WORDS.test(name))
    .map((name) =>
      problemOf(
        'yaml11-key',
        file,
        `the role name \`${name}\` reads as a boolean or null in YAML 1.1 tools (PyYAML, ` +
          'js-yaml 3): choose another name',
        { path: ['roles', name], key: true },
      ),
    );
}
