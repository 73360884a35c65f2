import { DomainError, badInput, refuse } from 'src/common/graphql/domain-error';
import { codeOf, type Refusal } from 'src/common/graphql/refusals';

describe('codeOf', () => {
  it.each<[Refusal, string]>([
    ['INVALID_NATIONAL_ID', 'BAD_USER_INPUT'],
    ['DATES_OUT_OF_ORDER', 'BAD_USER_INPUT'],
    ['TEAM_OUTSIDE_DISTRICT', 'BAD_USER_INPUT'],
    ['TOKEN_MISSING', 'UNAUTHENTICATED'],
    ['TOKEN_EXPIRED', 'UNAUTHENTICATED'],
    ['NO_RELATION_TO_CASE', 'FORBIDDEN'],
    ['UNIT_NOT_EXTERNAL', 'FORBIDDEN'],
    ['CASE_NOT_FOUND', 'NOT_FOUND'],
    ['NOT_A_CASE_MEMBER', 'NOT_FOUND'],
    ['STALE_VERSION', 'CONFLICT'],
    ['STAFF_EMAIL_TAKEN', 'CONFLICT'],
    ['CASE_READ_ONLY', 'INVALID_TRANSITION'],
    ['GOAL_EVALUATED', 'INVALID_TRANSITION'],
    ['NO_GOALS_TO_AGREE', 'INVALID_TRANSITION'],
    ['RATE_LIMITED', 'RATE_LIMITED'],
    ['AUDIT_UNAVAILABLE', 'SERVICE_UNAVAILABLE'],
    ['DATABASE_UNAVAILABLE', 'SERVICE_UNAVAILABLE'],
  ])('%s is %s', (reason, code) => {
    expect(codeOf(reason)).toBe(code);
  });

  it.each<Refusal>([
    'TEAM_NOT_FOUND',
    'STAFF_NOT_FOUND',
    'PATIENT_NOT_FOUND',
    'SERVICE_UNIT_NOT_FOUND',
  ])(
    '%s is NOT_FOUND for the object addressed, BAD_USER_INPUT for an id given in input',
    (reason) => {
      expect(codeOf(reason)).toBe('NOT_FOUND');
      expect(codeOf(reason, 'target')).toBe('NOT_FOUND');
      expect(codeOf(reason, 'input')).toBe('BAD_USER_INPUT');
    },
  );

  it('STAFF_DEACTIVATED is UNAUTHENTICATED at sign-in, FORBIDDEN when access is decided', () => {
    expect(codeOf('STAFF_DEACTIVATED', 'sign-in')).toBe('UNAUTHENTICATED');
    expect(codeOf('STAFF_DEACTIVATED')).toBe('FORBIDDEN');
  });

  it('a reason with one code ignores where', () => {
    expect(codeOf('CASE_NOT_FOUND', 'input')).toBe('NOT_FOUND');
    expect(codeOf('INVALID_CURSOR', 'target')).toBe('BAD_USER_INPUT');
  });
});

describe('DomainError', () => {
  it('takes its code from the reason', () => {
    const error = refuse('CASE_NOT_FOUND', 'No such assessment case');
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('NOT_FOUND');
    expect(error.reason).toBe('CASE_NOT_FOUND');
    expect(error.details).toEqual({});
  });

  it('badInput is about the input', () => {
    const error = badInput('TEAM_NOT_FOUND', 'No such assessment team', [
      { field: 'teamId', problems: ['no such team'] },
    ]);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.where).toBe('input');
    expect(error.details).toEqual({ fields: [{ field: 'teamId', problems: ['no such team'] }] });
  });
});
