import { describe, expect, it } from 'vitest';

import { memberFromFields, mergeMembers, problemsWithMember } from '../../src/model/members.js';

const settings = { version: 1 as const, roles: { coordinator: [] }, schools: [{ id: 'maple' }] };
const others = [{ id: 'jdoe', name: 'Jordan', email: 'jdoe@example.org' }];

describe('a member to add', () => {
  it.each([
    [{ id: 'asmith', name: 'Alex' }, []],
    [{ id: 'Asmith', name: 'Alex' }, [/must start with a lower-case letter/]],
    [{ id: 'asmith', name: ' ' }, [/a name is required/]],
    [{ id: 'asmith', name: 'Alex', email: 'nope' }, [/is not an email address/]],
    [{ id: 'asmith', name: 'Alex', email: 'JDOE@example.org' }, [/already jdoe's/]],
    [{ id: 'asmith', name: 'Alex', role: 'boss' }, [/role 'boss' is not in timc.yaml roles \(one of coordinator\)/]],
    [{ id: 'asmith', name: 'Alex', school: 'oak' }, [/school 'oak' is not in timc.yaml schools \(maple\)/]],
  ])('%o', (member, expected) => {
    const problems = problemsWithMember(member, others, settings);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((pattern, index) => expect(problems[index]).toMatch(pattern));
  });
});

describe('merging imported members', () => {
  it('adds new ones, updates given fields and keeps the rest', () => {
    const merge = mergeMembers(
      [{ id: 'jdoe', name: 'Jordan', email: 'jdoe@example.org', school: 'maple' }],
      [memberFromFields({ id: 'jdoe', name: 'Jordan Doe', email: '', school: '' }),
        memberFromFields({ id: 'bkim', name: 'Bo', email: 'bo@example.org' })],
    );
    expect(merge).toEqual({
      members: [
        { id: 'jdoe', name: 'Jordan Doe', email: 'jdoe@example.org', school: 'maple' },
        { id: 'bkim', name: 'Bo', email: 'bo@example.org' },
      ],
      added: ['bkim'],
      updated: ['jdoe'],
    });
  });

  it('reports nothing updated when nothing changes', () => {
    const merge = mergeMembers([{ id: 'jdoe', name: 'Jordan' }], [{ id: 'jdoe', name: 'Jordan' }]);
    expect(merge.updated).toEqual([]);
  });
});
