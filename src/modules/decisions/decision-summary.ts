import type { EntityManager } from 'typeorm';
import type { MunicipalityLanguage } from 'src/config/app-config';

/** A case's decision as a handover summary gives it, names in the municipality's language. */
export interface DecisionSummary {
  outcome: string;
  serviceLevel: string | null;
  serviceLevelName: string | null;
  services: {
    service: string;
    hoursPerWeek: number | null;
    visitsPerWeek: number | null;
    fromDate: string;
    toDate: string | null;
  }[];
  legalBasis: string;
  decidedOn: string;
}

/** The case's decision with its granted services (earliest first), or null before one. */
export async function decisionSummaryOf(
  manager: EntityManager,
  caseId: string,
  language: MunicipalityLanguage,
): Promise<DecisionSummary | null> {
  // Names of steps and services in the municipality's language (a fixed column name).
  const name = language === 'da' ? 'name_da' : 'name_nb';
  const [decision] = (await manager.query(
    `SELECT d.id, d.outcome, d.service_level AS "serviceLevel", sl.${name} AS "serviceLevelName",
            l.citation AS "legalBasis", d.decided_on AS "decidedOn"
       FROM decisions d JOIN legal_bases l ON l.code = d.legal_basis_code
       LEFT JOIN service_levels sl ON sl.code = d.service_level WHERE d.case_id = $1`,
    [caseId],
  )) as (Omit<DecisionSummary, 'services'> & { id: string })[];
  if (!decision) return null;
  const services = (await manager.query(
    `SELECT c.${name} AS service, ds.hours_per_week::float AS "hoursPerWeek", ds.visits_per_week AS "visitsPerWeek",
            ds.from_date AS "fromDate", ds.to_date AS "toDate"
       FROM decision_services ds JOIN service_catalogue c ON c.code = ds.service_code
      WHERE ds.decision_id = $1 ORDER BY ds.from_date`,
    [decision.id],
  )) as DecisionSummary['services'];
  return {
    outcome: decision.outcome,
    serviceLevel: decision.serviceLevel,
    serviceLevelName: decision.serviceLevelName,
    services,
    legalBasis: decision.legalBasis,
    decidedOn: decision.decidedOn,
  };
}
