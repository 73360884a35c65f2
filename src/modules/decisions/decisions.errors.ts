import { type DomainError, refuse } from 'src/common/graphql/domain-error';

/** Why the decisions module refuses: the stable `extensions.reason`, its code by `codeOf`. */
export type DecisionRefusal =
  | 'UNKNOWN_SERVICE'
  | 'UNKNOWN_LEGAL_BASIS'
  | 'HOURS_OR_VISITS'
  | 'MINUTES_WITHOUT_VISITS'
  | 'DATES_OUT_OF_ORDER'
  | 'SERVICES_REQUIRED'
  | 'NO_SERVICES_GRANTS_NOTHING'
  | 'LEVEL_MISMATCH'
  | 'DECISION_NOT_FOUND'
  | 'TARIFF_CATEGORY_REQUIRED'
  | 'TARIFF_CATEGORY_NOT_EXPECTED'
  | 'NURSING_WEEKS_NOT_EXPECTED'
  | 'INDIVIDUAL_JUSTIFICATION_REQUIRED'
  | 'COORDINATION_REQUIREMENTS_MISSING';

/** The decisions module's refusals; `reason` is stable API. */
export const DecisionErrors = {
  unknownService: (index: number): DomainError =>
    refuse('UNKNOWN_SERVICE', 'No such service in the catalogue', {
      fields: [{ field: `services.${index}.serviceCode`, problems: ['no such service'] }],
    }),
  unknownLegalBasis: (): DomainError =>
    refuse('UNKNOWN_LEGAL_BASIS', "No such legal basis for this municipality's country", {
      fields: [{ field: 'legalBasisCode', problems: ['no such legal basis'] }],
    }),
  amountRequired: (index: number): DomainError =>
    refuse('HOURS_OR_VISITS', 'Give either hours or visits per week', {
      fields: [
        {
          field: `services.${index}`,
          problems: ['give exactly one of hoursPerWeek and visitsPerWeek'],
        },
      ],
    }),
  /** Minutes per visit belong to a service decided in visits. */
  minutesWithoutVisits: (index: number): DomainError =>
    refuse('MINUTES_WITHOUT_VISITS', 'Minutes per visit go with visits per week', {
      fields: [
        {
          field: `services.${index}.minutesPerVisit`,
          problems: ['give minutesPerVisit only with visitsPerWeek'],
        },
      ],
    }),
  datesOutOfOrder: (index: number): DomainError =>
    refuse('DATES_OUT_OF_ORDER', 'The last day is before the first day', {
      fields: [{ field: `services.${index}.toDate`, problems: ['before fromDate'] }],
    }),
  servicesRequired: (): DomainError =>
    refuse('SERVICES_REQUIRED', 'A granting decision names at least one service', {
      fields: [{ field: 'services', problems: ['at least one service'] }],
    }),
  noServicesExpected: (): DomainError =>
    refuse('NO_SERVICES_GRANTS_NOTHING', 'A NO_SERVICES decision grants no services', {
      fields: [{ field: 'services', problems: ['must be empty for NO_SERVICES'] }],
    }),
  levelMismatch: (expected: string): DomainError =>
    refuse(
      'LEVEL_MISMATCH',
      `The decided level must be the highest level of the granted services (${expected})`,
      {
        fields: [{ field: 'serviceLevel', problems: [`expected ${expected}`] }],
      },
    ),
  /** Billund: the coordination level's requirements are not met (`missing` lists the codes). */
  coordinationRequirementsMissing: (
    message: string,
    missing: string[],
    status: string,
  ): DomainError => refuse('COORDINATION_REQUIREMENTS_MISSING', message, { missing, status }),
  decisionNotFound: (): DomainError => refuse('DECISION_NOT_FOUND', 'The case has no decision'),
  /** The case opened with tariff categories on, and the decision grants services. */
  tariffCategoryRequired: (): DomainError =>
    refuse('TARIFF_CATEGORY_REQUIRED', 'A decision granting services names its tariff category', {
      fields: [{ field: 'tariffCategory', problems: ['required'] }],
    }),
  /** A NO_SERVICES decision has no tariff. */
  tariffCategoryNotExpected: (): DomainError =>
    refuse('TARIFF_CATEGORY_NOT_EXPECTED', 'A NO_SERVICES decision carries no tariff category', {
      fields: [{ field: 'tariffCategory', problems: ['must be left out for NO_SERVICES'] }],
    }),
  nursingWeeksNotExpected: (): DomainError =>
    refuse('NURSING_WEEKS_NOT_EXPECTED', 'Nursing weeks go with the SHORT_NURSING category', {
      fields: [{ field: 'nursingWeeks', problems: ['give nursingWeeks only with SHORT_NURSING'] }],
    }),
  /** Above band 3 the decision says why. */
  individualJustificationRequired: (weeklyHours: number, upTo: number): DomainError =>
    refuse(
      'INDIVIDUAL_JUSTIFICATION_REQUIRED',
      `${weeklyHours} hours a week is above band 3 (up to ${upTo}): say why`,
      { fields: [{ field: 'individualJustification', problems: ['required above band 3'] }] },
    ),
};
