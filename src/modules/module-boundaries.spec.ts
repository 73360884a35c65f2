import { join } from 'node:path';
import { crossReferences, ownership, READ_MODELS } from 'src/modules/module-boundaries';

const MODULES = join(process.cwd(), 'src', 'modules');

describe('module boundaries', () => {
  it('knows the owner of every table', () => {
    const { tables } = ownership(MODULES);
    expect(tables.get('assessment_cases')).toBe('cases');
    expect(tables.get('journal_entries')).toBe('journal');
    expect(tables.get('goal_plans')).toBe('goal-plans');
    expect(tables.size).toBeGreaterThanOrEqual(30);
  });

  it('finds a reference to another module in SQL and in a repository call', () => {
    const found = crossReferences(MODULES);
    // The access policy is a declared read model: it reads case members and teams.
    expect(found.some((r) => r.file === 'access/access-policy.service.ts')).toBe(true);
  });

  it("lets only the declared read models name another module's tables", () => {
    const outside = crossReferences(MODULES)
      .filter((r) => !(r.file in READ_MODELS))
      .map((r) => `${r.file}:${r.line} ${r.target} (owned by ${r.owner})`);
    expect(outside).toEqual([]);
  });
});
