import { Foundation1795436396132 } from 'migrations/1795436396132-Foundation';
import { IntakeAndCases1795437331674 } from 'migrations/1795437331674-IntakeAndCases';

// Every migration, in order (listed explicitly: jest runs as ESM, where globs do not work).
export const MIGRATIONS = [Foundation1795436396132, IntakeAndCases1795437331674];
