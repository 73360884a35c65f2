import type { EntityManager } from 'typeorm';
import { staffJoin } from 'src/modules/identity/model';

/**
 * What matters to the person, as each assessor last wrote it (their newest assessment), with
 * the assessor's name; empty texts included (the caller leaves them out).
 */
export function whatMattersOf(
  manager: EntityManager,
  caseId: string,
): Promise<{ text: string | null; by: string }[]> {
  return manager.query(
    `SELECT DISTINCT ON (a.author_id) a.what_matters AS text, s.name AS by
       FROM assessments a ${staffJoin('s', 'a.author_id')}
      WHERE a.case_id = $1 ORDER BY a.author_id, a.version DESC`,
    [caseId],
  );
}

/**
 * The newest score of each function variable over the assessors' newest assessments, with
 * the variable's name and who set it, by variable code.
 */
export function latestFunctionScoresOf(
  manager: EntityManager,
  caseId: string,
): Promise<{ variable: string; score: number; setBy: string }[]> {
  return manager.query(
    `SELECT DISTINCT ON (sc.variable_code) v.name AS variable, sc.score, st.name AS "setBy"
       FROM (SELECT DISTINCT ON (author_id) * FROM assessments WHERE case_id = $1 ORDER BY author_id, version DESC) a
       JOIN assessment_scores sc ON sc.assessment_id = a.id
       JOIN function_variables v ON v.code = sc.variable_code
       ${staffJoin('st', 'a.author_id')}
      ORDER BY sc.variable_code, a.recorded_at DESC`,
    [caseId],
  );
}

/**
 * The distinct professions with an assessment recorded in the case (Billund's coordination
 * levels count them before a decision), sorted.
 */
export async function assessedProfessionsOf(
  manager: Pick<EntityManager, 'query'>,
  caseId: string,
): Promise<string[]> {
  const rows = (await manager.query(
    `SELECT DISTINCT author_profession AS profession FROM assessments WHERE case_id = $1 ORDER BY 1`,
    [caseId],
  )) as { profession: string }[];
  return rows.map((r) => r.profession);
}
