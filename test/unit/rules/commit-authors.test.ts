import { describe, expect, it } from 'vitest';

import {
  checkCommitAuthors,
  type CommitAuthorContext,
} from '../../../src/model/rules/commit-authors.js';

const FOLDER = 'cycles/2026/20261203-asmith-k3f9';

const context: CommitAuthorContext = {
  members: [
    { id: 'jdoe', email: 'jdoe@example.org' },
    { id: 'asmith', email: 'asmith@example.org' },
    { id: 'mrivera', email: 'mrivera@example.org', role: 'coordinator' },
    { id: 'root', email: 'root@example.org', role: 'admin' },
    { id: 'bkim', email: 'bkim@example.org', role: 'reporter' },
    { id: 'lchen' },
  ],
  roles: new Map([
    ['coordinator', ['assign', 'report']],
    ['admin', ['admin']],
    ['reporter', ['report']],
  ]),
  peopleOf: (folder) => (folder === FOLDER ? { coach: 'jdoe', client: 'asmith' } : undefined),
};

function commit(email: string, paths = [`${FOLDER}/1-goals.yaml`]) {
  return { hash: '0123456789abcdef', authorName: 'Someone', authorEmail: email, paths };
}

describe('checkCommitAuthors', () => {
  it.each([
    ['the coach', 'jdoe@example.org', 0],
    ['the client, email in another case', 'ASmith@Example.org', 0],
    ['a member with assign', 'mrivera@example.org', 0],
    ['a member with admin', 'root@example.org', 0],
    ['a member with report only', 'bkim@example.org', 1],
    ['a member without email, as timc commits for them', 'lchen@timc.invalid', 1],
    ['someone who is no member', 'eve@elsewhere.org', 1],
  ])('%s', (_, email, problems) => {
    expect(checkCommitAuthors([commit(email)], context)).toHaveLength(problems);
  });

  it('judges each cycle a commit touched, and ignores files outside cycles', () => {
    const paths = [
      `${FOLDER}/1-goals.yaml`,
      `${FOLDER}/2-activities.yaml`,
      'cycles/2026/20261204-bkim-zz00/cycle.yaml',
      'members.yaml',
    ];
    const problems = checkCommitAuthors([commit('asmith@example.org', paths)], context);
    const files = problems.map((problem) => problem.file);
    expect(files).toEqual(['cycles/2026/20261204-bkim-zz00/cycle.yaml']);
    expect(problems[0]!.message).toBe(
      'commit 0123456789 by asmith changed cycle 20261204-bkim-zz00: only a member whose role ' +
        'grants assign or admin may',
    );
  });

  it('names an outsider by name and email', () => {
    const [problem] = checkCommitAuthors([commit('eve@elsewhere.org')], context);
    expect(problem!.message).toBe(
      'commit 0123456789 by Someone <eve@elsewhere.org>, who is not a member, changed cycle ' +
        '20261203-asmith-k3f9: only its coach (jdoe), its client (asmith) or a member whose role ' +
        'grants assign or admin may',
    );
  });
});
