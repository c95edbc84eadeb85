import { describe, expect, it } from 'vitest';

import { memberFromFields, problemsWithMember } from '../../src/model/members.js';

const settings = { version: 1 as const, roles: { coordinator: [] }, schools: [{ id: 'maple' }] };
const others = [{ id: 'jdoe', name: 'Jordan', email: 'jdoe@example.org' }];

describe('a member to add', () => {
  it.each([
    [{ id: 'asmith', name: 'Alex' }, []],
    [{ id: 'Asmith', name: 'Alex' }, [/must start with a lower-case letter/]],
    [{ id: 'asmith', name: ' ' }, [/a name is required/]],
    [{ id: 'asmith', name: 'Alex', email: 'nope' }, [/is not an email address/]],
    [{ id: 'asmith', name: 'Alex', email: 'JDOE@example.org' }, [/already jdoe's/]],
    [
      { id: 'asmith', name: 'Alex', role: 'boss' },
      [/role 'boss' is not in timc.yaml roles \(one of coordinator\)/],
    ],
    [
      { id: 'asmith', name: 'Alex', school: 'oak' },
      [/school 'oak' is not in timc.yaml schools \(maple\)/],
    ],
  ])('%o', (member, expected) => {
    const problems = problemsWithMember(member, others, settings);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((pattern, index) => expect(problems[index]).toMatch(pattern));
  });
});

describe('a member from CSV fields', () => {
  it('trims text and leaves blank cells out, so they keep the value on update', () => {
    expect(
      memberFromFields({ id: ' jdoe ', name: 'Jordan ', email: '', school: ' maple' }),
    ).toEqual({
      id: 'jdoe',
      name: 'Jordan',
      school: 'maple',
    });
  });
});
