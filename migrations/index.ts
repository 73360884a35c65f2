import { Foundation1795436396132 } from 'migrations/1795436396132-Foundation';
import { IntakeAndCases1795437490880 } from 'migrations/1795437490880-IntakeAndCases';

// Every migration, in order (listed explicitly: jest runs as ESM, where globs do not work).
export const MIGRATIONS = [Foundation1795436396132, IntakeAndCases1795437490880];
