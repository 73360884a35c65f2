import {
  badInput,
  type DomainError,
  type FieldProblem,
  refuse,
} from 'src/common/graphql/domain-error';

/** Why the identity module refuses: the stable `extensions.reason`, its code by `codeOf`. */
export type IdentityRefusal =
  | 'PATIENT_NOT_FOUND'
  | 'STAFF_NOT_FOUND'
  | 'TEAM_NOT_FOUND'
  | 'SERVICE_UNIT_NOT_FOUND'
  | 'DISTRICT_NOT_FOUND'
  | 'INVALID_NATIONAL_ID'
  | 'BIRTH_YEAR_REQUIRED'
  | 'BIRTH_YEAR_MISMATCH'
  | 'REGISTER_BY_REFERRAL'
  | 'PATIENT_ALREADY_REGISTERED'
  | 'STAFF_EMAIL_TAKEN'
  | 'HOME_CARE_NOT_IN_TEAM'
  | 'ALREADY_MEMBER'
  | 'MEMBERSHIP_NOT_FOUND'
  | 'CANNOT_DEACTIVATE_SELF'
  | 'STAFF_ALREADY_DEACTIVATED';

/** The identity module's refusals; `reason` is stable API. */
export const IdentityErrors = {
  patientNotFound: (): DomainError => refuse('PATIENT_NOT_FOUND', 'No such patient'),
  staffNotFound: (): DomainError => refuse('STAFF_NOT_FOUND', 'No such staff member'),
  /** A staff member named in input (`field`) is unknown or no longer active. */
  activeStaffNotFound: (field = 'staffId'): DomainError =>
    refuse(
      'STAFF_NOT_FOUND',
      'No such active staff member',
      { fields: [{ field, problems: ['no such active staff member'] }] satisfies FieldProblem[] },
      'input',
    ),
  /** As `activeStaffNotFound`, for a staff member named with a profession. */
  activeStaffOfProfessionNotFound: (field: string): DomainError =>
    badInput('STAFF_NOT_FOUND', 'No such active staff member with that profession', [
      { field, problems: ['no such active staff member with the profession'] },
    ]),
  teamNotFound: (): DomainError => refuse('TEAM_NOT_FOUND', 'No such assessment team'),
  /** A team named in input (`field`) is unknown. */
  teamNotFoundIn: (field = 'teamId'): DomainError =>
    refuse(
      'TEAM_NOT_FOUND',
      'No such assessment team',
      { fields: [{ field, problems: ['no such team'] }] satisfies FieldProblem[] },
      'input',
    ),
  unitNotFound: (): DomainError => refuse('SERVICE_UNIT_NOT_FOUND', 'No such service unit'),
  districtNotFound: (field = 'districtId'): DomainError =>
    refuse('DISTRICT_NOT_FOUND', 'No such district', {
      fields: [{ field, problems: ['no such district'] }] satisfies FieldProblem[],
    }),
  invalidNationalId: (problem: string, field = 'nationalId'): DomainError =>
    refuse('INVALID_NATIONAL_ID', `Invalid national identity number: ${problem}`, {
      fields: [{ field, problems: [problem] }] satisfies FieldProblem[],
    }),
  /** `prefix` names the input object when the number is nested, e.g. `person.`. */
  birthYearRequired: (problem: string, prefix = ''): DomainError =>
    refuse('BIRTH_YEAR_REQUIRED', `Give the birth year: ${problem}`, {
      fields: [{ field: `${prefix}birthYear`, problems: [problem] }] satisfies FieldProblem[],
    }),
  birthYearMismatch: (problem: string, prefix = ''): DomainError =>
    refuse('BIRTH_YEAR_MISMATCH', `Check the birth year: ${problem}`, {
      fields: [{ field: `${prefix}birthYear`, problems: [problem] }] satisfies FieldProblem[],
    }),
  registerByReferral: (): DomainError =>
    refuse(
      'REGISTER_BY_REFERRAL',
      'This number cannot be registered here. Register a referral that names the person by national identity number (registerReferral with person) instead.',
      {
        fields: [
          { field: 'nationalId', problems: ['register a referral by number instead'] },
        ] satisfies FieldProblem[],
      },
    ),
  patientAlreadyRegistered: (): DomainError =>
    refuse(
      'PATIENT_ALREADY_REGISTERED',
      'A person with this national identity number is already registered',
    ),
  staffEmailTaken: (): DomainError =>
    refuse('STAFF_EMAIL_TAKEN', 'A staff member with this e-mail or subject already exists'),
  homeCareNotInTeam: (): DomainError =>
    refuse(
      'HOME_CARE_NOT_IN_TEAM',
      'Home care staff belong to a service unit, never to an assessment team',
    ),
  alreadyMember: (): DomainError =>
    refuse('ALREADY_MEMBER', 'The staff member is already a member'),
  notMember: (): DomainError => refuse('MEMBERSHIP_NOT_FOUND', 'The staff member is not a member'),
  cannotDeactivateSelf: (): DomainError =>
    refuse('CANNOT_DEACTIVATE_SELF', 'You cannot deactivate yourself', {
      fields: [{ field: 'staffId', problems: ['is you'] }],
    }),
  alreadyDeactivated: (): DomainError =>
    refuse('STAFF_ALREADY_DEACTIVATED', 'The staff member is already deactivated'),
};
