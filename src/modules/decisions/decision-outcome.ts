import type { EntityManager } from 'typeorm';
import type { DecisionOutcome } from 'src/modules/decisions/decision.enums';

/** The outcome of the case's decision, if it has one (whether closing the case may follow it). */
export async function decisionOutcomeOf(
  manager: EntityManager,
  caseId: string,
): Promise<`${DecisionOutcome}` | undefined> {
  const [decision] = (await manager.query('SELECT outcome FROM decisions WHERE case_id = $1', [
    caseId,
  ])) as { outcome: `${DecisionOutcome}` }[];
  return decision?.outcome;
}
