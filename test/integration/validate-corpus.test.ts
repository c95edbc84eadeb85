import { afterAll, describe, expect, it } from 'vitest';

import { validateRepository } from '../../src/validate/validate-repository.js';
import { copyValidateCase, listValidateCases, readExpected } from '../helpers/fixtures.js';
import { removeTemporaryFolders } from '../helpers/repo.js';

afterAll(removeTemporaryFolders);

describe('timc validate: the fixture corpus', () => {
  it('finds nothing wrong in the base repository', async () => {
    const result = await validateRepository(copyValidateCase());
    expect(result.diagnostics).toEqual([]);
    expect(result.files).toBe(11);
  });

  for (const name of listValidateCases()) {
    it(`reports ${name} at the right places`, async () => {
      const root = copyValidateCase(name);

      const { diagnostics } = await validateRepository(root);
      const places = diagnostics.map(
        (d) => `${d.file}:${d.line}:${d.col}: ${d.severity} [${d.rule}]`,
      );
      const expected = readExpected(name);
      expect(places).toEqual(expected.map((one) => one.place));
      expected.forEach((one, index) => {
        expect(diagnostics[index]!.message).toContain(one.fragment);
      });
    });
  }
});
