import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import {
  type CaseRelation,
  caseOperationsAllowed,
  decide,
  INTERNAL_OPERATIONS,
  NO_RELATION,
  type Operation,
  OPERATION_RULES,
  type Subject,
  type SubscriberStanding,
} from 'src/modules/access/access-rules';
import { Profession } from 'src/modules/identity/model';

const subject = (profession: Profession, more: Partial<Subject> = {}): Subject => ({
  staffId: 'me',
  profession,
  teamIds: ['team-nord'],
  unitIds: [],
  teamDistrictIds: ['nord'],
  ...more,
});
const relation = (more: Partial<CaseRelation>): CaseRelation => ({ ...NO_RELATION, ...more });
const OF_TEAM = relation({ teamMember: true });

describe('every operation has a name and a rule', () => {
  it('names exactly the schema root fields, plus the internal operations', () => {
    const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
    const roots = ['Query', 'Mutation', 'Subscription'].flatMap((type) =>
      Object.keys((schema.getType(type) as GraphQLObjectType).getFields()),
    );
    const named = Object.keys(OPERATION_RULES).filter(
      (op) => !INTERNAL_OPERATIONS.includes(op as Operation),
    );
    expect(named.sort()).toEqual([...roots].sort());
  });
});

describe(decide.name, () => {
  // Rows of docs/design.md "Who may do what" whose two readings were once confused.
  it.each<[Operation, Profession, CaseRelation, string | null]>([
    ['recordFollowUp', Profession.CASEWORKER, OF_TEAM, 'PROFESSION_NOT_ALLOWED'],
    ['recordFollowUp', Profession.NURSE, OF_TEAM, null],
    ['recordFollowUp', Profession.HOME_CARE, relation({ receivingUnit: true }), null],
    [
      'recordFollowUp',
      Profession.COORDINATOR,
      relation({ teamMember: true, coordinator: true }),
      null,
    ],
    ['evaluateGoal', Profession.CASEWORKER, OF_TEAM, 'PROFESSION_NOT_ALLOWED'],
    ['updateGoal', Profession.HOME_CARE, relation({ receivingUnit: true }), 'NO_RELATION_TO_CASE'],
    ['updateGoal', Profession.COORDINATOR, OF_TEAM, 'PROFESSION_NOT_ALLOWED'],
    ['updateGoal', Profession.COORDINATOR, relation({ teamMember: true, coordinator: true }), null],
    ['putCaseOnHold', Profession.NURSE, OF_TEAM, 'NOT_CASE_COORDINATOR'],
    ['putCaseOnHold', Profession.NURSE, relation({ emergencyGrant: true }), 'NO_RELATION_TO_CASE'],
    ['recordDecision', Profession.NURSE, OF_TEAM, 'NOT_CASE_CASEWORKER'],
    ['recordDecision', Profession.CASEWORKER, relation({ assigned: true }), null],
    ['addJournalEntry', Profession.NURSE, relation({ emergencyGrant: true }), null],
    ['addJournalEntry', Profession.HOME_CARE, relation({ receivingUnit: true }), null],
    ['addJournalEntry', Profession.LEADER, OF_TEAM, 'PROFESSION_NOT_ALLOWED'],
    [
      'recordAssessment',
      Profession.NURSE,
      relation({ emergencyGrant: true }),
      'NO_RELATION_TO_CASE',
    ],
    ['acknowledgeHandover', Profession.NURSE, OF_TEAM, 'NOT_RECEIVING_UNIT'],
    ['acknowledgeHandover', Profession.HOME_CARE, NO_RELATION, 'NO_RELATION_TO_CASE'],
    ['requestEmergencyAccess', Profession.LEADER, NO_RELATION, 'PROFESSION_NOT_ALLOWED'],
    ['requestEmergencyAccess', Profession.NURSE, OF_TEAM, 'ALREADY_HAS_ACCESS'],
    ['requestEmergencyAccess', Profession.NURSE, NO_RELATION, null],
  ])('%s by a %s related as %j: %p', (operation, profession, rel, refusal) => {
    expect(decide(subject(profession), operation, rel as never)).toBe(refusal);
  });

  it.each<[Partial<SubscriberStanding>, Profession, string | null]>([
    [{ active: true, relation: OF_TEAM }, Profession.NURSE, null],
    [{ active: false, relation: OF_TEAM }, Profession.NURSE, 'STAFF_DEACTIVATED'],
    [{ active: true }, Profession.NURSE, 'NO_RELATION_TO_CASE'],
    [{ active: true, emergencyGrantExpired: true }, Profession.NURSE, 'EMERGENCY_ACCESS_EXPIRED'],
    [{ active: true, relation: relation({ emergencyGrant: true }) }, Profession.NURSE, null],
    [{ active: true, relation: relation({ receivingUnit: true }) }, Profession.HOME_CARE, null],
    [{ active: true, relation: OF_TEAM }, Profession.PRIVACY_OFFICER, 'NO_RELATION_TO_CASE'],
  ])(
    'delivers a journal entry to a subscriber standing as %j, a %s: %p',
    (standing, profession, refusal) => {
      const target = {
        active: false,
        relation: NO_RELATION,
        emergencyGrantExpired: false,
        ...standing,
      };
      expect(decide(subject(profession), 'journalEntryDelivery', target)).toBe(refusal);
    },
  );

  it('lets a leader see the dashboard of a team of their district, but not search its journals', () => {
    const leader = subject(Profession.LEADER, { teamIds: [], teamDistrictIds: ['nord'] });
    const team = { teamId: 'team-psyk', districtId: 'nord' };
    expect(decide(leader, 'teamDashboard', team)).toBeNull();
    expect(decide(leader, 'teamJournalSearch', { teamId: 'team-psyk' })).toBe('NOT_TEAM_MEMBER');
    expect(decide(subject(Profession.NURSE), 'teamDashboard', team)).toBe('NOT_TEAM_MEMBER');
  });

  it('keeps intake to caseworkers and coordinators of the district and team', () => {
    expect(
      decide(subject(Profession.CASEWORKER), 'registerReferral', { districtId: 'nord' }),
    ).toBeNull();
    expect(decide(subject(Profession.CASEWORKER), 'registerReferral', { districtId: 'sor' })).toBe(
      'NOT_IN_DISTRICT',
    );
    expect(decide(subject(Profession.NURSE), 'registerPatient', { districtId: 'nord' })).toBe(
      'NOT_IN_DISTRICT',
    );
    expect(decide(subject(Profession.COORDINATOR), 'acceptReferral', { teamId: 'team-sor' })).toBe(
      'NOT_RECEIVING_TEAM',
    );
  });

  it("gives the weekly review of adjustments to the team's caseworkers only", () => {
    const team = { teamId: 'team-nord' };
    expect(decide(subject(Profession.CASEWORKER), 'serviceAdjustmentsForReview', team)).toBeNull();
    expect(decide(subject(Profession.NURSE), 'serviceAdjustmentsForReview', team)).toBe(
      'PROFESSION_NOT_ALLOWED',
    );
    expect(
      decide(subject(Profession.CASEWORKER), 'serviceAdjustmentsForReview', {
        teamId: 'team-sor',
      }),
    ).toBe('NOT_TEAM_MEMBER');
  });

  it('gives the privacy officer and the administrator only their own operations', () => {
    expect(decide(subject(Profession.PRIVACY_OFFICER), 'auditTrail', undefined)).toBeNull();
    expect(decide(subject(Profession.ADMIN), 'auditTrail', undefined)).toBe(
      'PROFESSION_NOT_ALLOWED',
    );
    expect(decide(subject(Profession.ADMIN), 'createStaffMember', undefined)).toBeNull();
    expect(decide(subject(Profession.LEADER), 'createStaffMember', undefined)).toBe(
      'PROFESSION_NOT_ALLOWED',
    );
  });
});

describe(caseOperationsAllowed.name, () => {
  it('lists what the receiving unit may do after handover, and nothing of the team', () => {
    const allowed = caseOperationsAllowed(
      subject(Profession.HOME_CARE, { teamIds: [], unitIds: ['unit'] }),
      relation({ receivingUnit: true }),
    );
    expect(allowed.sort()).toEqual(
      [
        'acknowledgeHandover',
        'addJournalEntry',
        'adjustServiceTime',
        'amendJournalEntry',
        'assessmentCase',
        'assessmentCases',
        'evaluateGoal',
        'goalPlan',
        'journal',
        'journalEntryAdded',
        'markJournalEntryEnteredInError',
        'recordFollowUp',
        'returnHandover',
      ].sort(),
    );
  });
});
