import type { EntityManager } from 'typeorm';
import type { DecisionTariff } from 'src/modules/decisions/tariff';

/** The category and nursing weeks of the case's decision, or null before one. */
export async function decisionTariffOf(
  manager: EntityManager,
  caseId: string,
): Promise<DecisionTariff | null> {
  const [row] = (await manager.query(
    `SELECT tariff_category AS "tariffCategory", nursing_weeks AS "nursingWeeks" FROM decisions WHERE case_id = $1`,
    [caseId],
  )) as DecisionTariff[];
  return row ?? null;
}
