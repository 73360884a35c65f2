import { Foundation1795436396132 } from 'migrations/1795436396132-Foundation';
import { IntakeAndCases1795437490880 } from 'migrations/1795437490880-IntakeAndCases';
import { Assessments1795438156795 } from 'migrations/1795438156795-Assessments';
import { Journal1795438170932 } from 'migrations/1795438170932-Journal';

// Every migration, in order (listed explicitly: jest runs as ESM, where globs do not work).
export const MIGRATIONS = [
  Foundation1795436396132,
  IntakeAndCases1795437490880,
  Assessments1795438156795,
  Journal1795438170932,
];
