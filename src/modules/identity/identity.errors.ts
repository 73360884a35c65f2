import { badInput, DomainError, type FieldProblem } from 'src/common/graphql/domain-error';

/** The identity module's refusals; `reason` is stable API. */
export const IdentityErrors = {
  patientNotFound: (): DomainError =>
    new DomainError('NOT_FOUND', 'PATIENT_NOT_FOUND', 'No such patient'),
  staffNotFound: (): DomainError =>
    new DomainError('NOT_FOUND', 'STAFF_NOT_FOUND', 'No such staff member'),
  /** A staff member named in input (`field`) is unknown or no longer active. */
  activeStaffNotFound: (field = 'staffId'): DomainError =>
    new DomainError('BAD_USER_INPUT', 'STAFF_NOT_FOUND', 'No such active staff member', {
      fields: [{ field, problems: ['no such active staff member'] }] satisfies FieldProblem[],
    }),
  /** As `activeStaffNotFound`, for a staff member named with a profession. */
  activeStaffOfProfessionNotFound: (field: string): DomainError =>
    badInput('STAFF_NOT_FOUND', 'No such active staff member with that profession', [
      { field, problems: ['no such active staff member with the profession'] },
    ]),
  teamNotFound: (): DomainError =>
    new DomainError('NOT_FOUND', 'TEAM_NOT_FOUND', 'No such assessment team'),
  /** A team named in input (`field`) is unknown. */
  teamNotFoundIn: (field = 'teamId'): DomainError =>
    new DomainError('BAD_USER_INPUT', 'TEAM_NOT_FOUND', 'No such assessment team', {
      fields: [{ field, problems: ['no such team'] }] satisfies FieldProblem[],
    }),
  unitNotFound: (): DomainError =>
    new DomainError('NOT_FOUND', 'SERVICE_UNIT_NOT_FOUND', 'No such service unit'),
  districtNotFound: (field = 'districtId'): DomainError =>
    new DomainError('BAD_USER_INPUT', 'DISTRICT_NOT_FOUND', 'No such district', {
      fields: [{ field, problems: ['no such district'] }] satisfies FieldProblem[],
    }),
  invalidNationalId: (problem: string, field = 'nationalId'): DomainError =>
    new DomainError(
      'BAD_USER_INPUT',
      'INVALID_NATIONAL_ID',
      `Invalid national identity number: ${problem}`,
      {
        fields: [{ field, problems: [problem] }] satisfies FieldProblem[],
      },
    ),
  /** `prefix` names the input object when the number is nested, e.g. `person.`. */
  birthYearRequired: (problem: string, prefix = ''): DomainError =>
    new DomainError('BAD_USER_INPUT', 'BIRTH_YEAR_REQUIRED', `Give the birth year: ${problem}`, {
      fields: [{ field: `${prefix}birthYear`, problems: [problem] }] satisfies FieldProblem[],
    }),
  birthYearMismatch: (problem: string, prefix = ''): DomainError =>
    new DomainError('BAD_USER_INPUT', 'BIRTH_YEAR_MISMATCH', `Check the birth year: ${problem}`, {
      fields: [{ field: `${prefix}birthYear`, problems: [problem] }] satisfies FieldProblem[],
    }),
  registerByReferral: (): DomainError =>
    new DomainError(
      'CONFLICT',
      'REGISTER_BY_REFERRAL',
      'This number cannot be registered here. Register a referral that names the person by national identity number (registerReferral with person) instead.',
      {
        fields: [
          { field: 'nationalId', problems: ['register a referral by number instead'] },
        ] satisfies FieldProblem[],
      },
    ),
  patientAlreadyRegistered: (): DomainError =>
    new DomainError(
      'CONFLICT',
      'PATIENT_ALREADY_REGISTERED',
      'A person with this national identity number is already registered',
    ),
  staffEmailTaken: (): DomainError =>
    new DomainError(
      'CONFLICT',
      'STAFF_EMAIL_TAKEN',
      'A staff member with this e-mail or subject already exists',
    ),
  homeCareNotInTeam: (): DomainError =>
    new DomainError(
      'BAD_USER_INPUT',
      'HOME_CARE_NOT_IN_TEAM',
      'Home care staff belong to a service unit, never to an assessment team',
    ),
  alreadyMember: (): DomainError =>
    new DomainError('CONFLICT', 'ALREADY_MEMBER', 'The staff member is already a member'),
  notMember: (): DomainError =>
    new DomainError('NOT_FOUND', 'MEMBERSHIP_NOT_FOUND', 'The staff member is not a member'),
  cannotDeactivateSelf: (): DomainError =>
    new DomainError('BAD_USER_INPUT', 'CANNOT_DEACTIVATE_SELF', 'You cannot deactivate yourself', {
      fields: [{ field: 'staffId', problems: ['is you'] }],
    }),
  alreadyDeactivated: (): DomainError =>
    new DomainError(
      'INVALID_TRANSITION',
      'STAFF_ALREADY_DEACTIVATED',
      'The staff member is already deactivated',
    ),
};
