import { collectFacts, markUnreadable } from '../model/rules/collect-facts.js';
import { isMemberId } from '../model/ids.js';
import type { RepositoryFacts } from '../model/rules/repository-facts.js';
import { timFile } from '../store/layout.js';
import { scanFiles } from '../store/repository-scan.js';

/**
 * Reads the tim/ files that the checked cycles' TIM evidence points at, when only some paths
 * are checked (a full check reads every tim/ file anyway).
 */
export async function readNeededTimFiles(root: string, facts: RepositoryFacts): Promise<void> {
  const members = new Set<string>();
  for (const cycle of facts.cycles.values()) {
    for (const evidence of cycle.timEvidence) {
      const member = evidence.member;
      if (member && isMemberId(member) && !facts.tim.has(member)) members.add(member);
    }
  }

  const scanned = await scanFiles(root, [...members].map(timFile));
  for (const file of scanned) {
    if (file.failure === 'missing') continue;
    if (file.failure) markUnreadable(facts, file.relPath, 'tim');
    else collectFacts(facts, file.relPath, 'tim', file.data);
  }
}
