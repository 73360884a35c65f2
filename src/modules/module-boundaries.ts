import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Which module names which other module's tables (docs/architecture.md "Who owns which
 * table"). A module's tables are those of the entities in its folder; another module reaches
 * them through the owner's front door (`index.ts`), never in SQL or through a repository of
 * the owner's entity. The read models that may read across modules are listed in
 * READ_MODELS, each with its reason; `module-boundaries.spec.ts` fails on anything else.
 */

export interface CrossReference {
  /** The file, relative to `src/modules`. */
  file: string;
  line: number;
  /** The module whose file it is. */
  from: string;
  /** The module that owns the table or entity. */
  owner: string;
  /** A table name (in SQL) or an entity class (in a TypeORM call). */
  target: string;
}

/**
 * The read models allowed to read other modules' tables, by file (relative to `src/modules`).
 * Each answers a question no single module can answer without a query per module.
 */
export const READ_MODELS: Readonly<Record<string, string>> = {
  'access/access-policy.service.ts':
    "the access policy: who may see a case depends on the team, the unit, the case's members, emergency access and the handover, decided in one query per request",
  'statistics/statistics.service.ts':
    "the leaders' statistics: counts across cases, referrals, decisions and handovers in one aggregate query",
  'statistics/team-budget.service.ts':
    "a team's tariff budget: decisions in force with their services, of the team's cases, summed per category and band in one aggregate query",
};

const SQL_VERBS = String.raw`\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+"?([a-z_]+)"?`;
const ORM_CALL = String.raw`\b(?:getRepository|find\w*|insert|update|delete|upsert|save|remove|create|exist\w*|count\w*|increment|decrement|softDelete)\(\s*([A-Z]\w*Entity)\b`;

/** Tables and entity classes by owning module, read from the entity files. */
export function ownership(modulesDir: string): {
  tables: Map<string, string>;
  entities: Map<string, string>;
} {
  const tables = new Map<string, string>();
  const entities = new Map<string, string>();
  for (const file of sourceFiles(modulesDir)) {
    const module = moduleOf(modulesDir, file);
    const text = readFileSync(file, 'utf8');
    // An entity's decorator comes first; its class is the next one declared.
    for (const match of text.matchAll(
      /@Entity\(\{\s*name:\s*'([a-z_]+)'[\s\S]*?export class (\w+)/g,
    )) {
      tables.set(match[1], module);
      entities.set(match[2], module);
    }
  }
  return { tables, entities };
}

/** Every reference from one module's code to another module's table or entity repository. */
export function crossReferences(modulesDir: string): CrossReference[] {
  const { tables, entities } = ownership(modulesDir);
  const found: CrossReference[] = [];
  for (const file of sourceFiles(modulesDir)) {
    const from = moduleOf(modulesDir, file);
    const name = relative(modulesDir, file).split(sep).join('/');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((text, index) => {
      const push = (owner: string | undefined, target: string) => {
        if (owner && owner !== from)
          found.push({ file: name, line: index + 1, from, owner, target });
      };
      for (const match of text.matchAll(new RegExp(SQL_VERBS, 'gi')))
        push(tables.get(match[1]), match[1]);
      for (const match of text.matchAll(new RegExp(ORM_CALL, 'g')))
        push(entities.get(match[1]), match[1]);
    });
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

function moduleOf(modulesDir: string, file: string): string {
  return relative(modulesDir, file).split(sep)[0];
}
