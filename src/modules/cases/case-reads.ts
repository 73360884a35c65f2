import type { EntityManager } from 'typeorm';
import { AssessmentCaseEntity } from 'src/modules/cases/assessment-case.entity';

/**
 * The cases module's reads for other modules: SQL fragments that name its tables, and small
 * reads taking the caller's EntityManager (inside its transaction where it has one).
 */

/** `assessment_cases <alias>`, for a FROM or JOIN of another module's query. */
export function casesTable(alias: string): string {
  return `assessment_cases ${alias}`;
}

/** The person a case is about. */
export async function patientIdOfCase(manager: EntityManager, caseId: string): Promise<string> {
  const [row] = (await manager.query(
    'SELECT patient_id AS id FROM assessment_cases WHERE id = $1',
    [caseId],
  )) as { id: string }[];
  return row.id;
}

/** Services given while the case is assessed, as a handover summary lists them. */
export function interimServicesSummaryOf(
  manager: EntityManager,
  caseId: string,
): Promise<
  {
    kind: string;
    description: string;
    frequency: string;
    fromDate: string;
    toDate: string | null;
  }[]
> {
  return manager.query(
    `SELECT kind, description, frequency, from_date AS "fromDate", to_date AS "toDate"
       FROM interim_services WHERE case_id = $1 ORDER BY from_date`,
    [caseId],
  );
}

/** A case by id, as stored (not presented), or null. */
export function findCase(manager: EntityManager, id: string): Promise<AssessmentCaseEntity | null> {
  return manager.findOneBy(AssessmentCaseEntity, { id });
}
