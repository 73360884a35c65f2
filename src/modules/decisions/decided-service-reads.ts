import { type EntityManager, In } from 'typeorm';
import { DecisionEntity, DecisionServiceEntity } from 'src/modules/decisions/decision.entity';
import { weeklyHoursOf } from 'src/modules/decisions/weekly-hours';

/** A decided service as delegated adjustment needs it: its case, period and decided time. */
export interface DecidedService {
  id: string;
  decisionId: string;
  caseId: string;
  serviceCode: string;
  nameNb: string;
  nameDa: string;
  /** The decided time in hours a week (null: a service without weekly time). */
  weeklyHours: number | null;
  /** The decision's own narrower frame for delegated adjustment, hours a week (null: none). */
  delegatedFrameHours: number | null;
  fromDate: string;
  toDate: string | null;
}

/** Decided services by id with their catalogue entry, in no particular order. */
export function decisionServicesByIds(
  manager: EntityManager,
  ids: readonly string[],
): Promise<DecisionServiceEntity[]> {
  if (!ids.length) return Promise.resolve([]);
  return manager.find(DecisionServiceEntity, {
    where: { id: In([...ids]) },
    relations: { service: true },
  });
}

/** Decided services by id, in no particular order (missing ids are left out). */
export async function decidedServicesOf(
  manager: EntityManager,
  ids: readonly string[],
): Promise<DecidedService[]> {
  if (!ids.length) return [];
  const services = await decisionServicesByIds(manager, ids);
  const decisions = await manager.findBy(DecisionEntity, {
    id: In([...new Set(services.map((s) => s.decisionId))]),
  });
  const caseOf = new Map(decisions.map((d) => [d.id, d.caseId]));
  return services.map((s) => ({
    id: s.id,
    decisionId: s.decisionId,
    caseId: caseOf.get(s.decisionId) as string,
    serviceCode: s.serviceCode,
    nameNb: s.service.nameNb,
    nameDa: s.service.nameDa,
    weeklyHours: weeklyHoursOf(s, s.service.minutesPerVisit),
    delegatedFrameHours: s.delegatedFrameHours,
    fromDate: s.fromDate,
    toDate: s.toDate,
  }));
}

/** The case of a decided service (null: no such service). */
export async function caseOfDecidedService(
  manager: EntityManager,
  id: string,
): Promise<string | null> {
  const [row] = (await manager.query(
    `SELECT d.case_id AS "caseId" FROM decision_services s JOIN decisions d ON d.id = s.decision_id
      WHERE s.id = $1`,
    [id],
  )) as { caseId: string }[];
  return row?.caseId ?? null;
}
