import { expect } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  type GoalPlanFixture,
  insertDecision,
  insertGoalPlan,
  insertHandover,
} from 'test/factories/case-states';
import {
  assign,
  type CaseFixture,
  createStaff,
  grantEmergency,
  idOfTeam,
  idOfUnit,
  insertCase,
} from 'test/factories/cases';
import { createTestApp, type GqlResult, idOfDistrict, type TestApp } from 'test/utils/test-app';

/*
 * The access matrix of docs/design.md "Who may do what", written out by hand (docs/security.md
 * renders the same table). It is NOT derived from AccessPolicyService: it is what the
 * policy must do, checked against the running API by access-matrix.e2e-spec.ts (queries and
 * the subscription, and that every operation of the schema has a row) and
 * access-matrix-mutations.e2e-spec.ts (mutations).
 *
 *   Y  allowed (the call succeeds; for a list: the item is listed)
 *   .  refused (FORBIDDEN; for a list: the item is left out)
 *   -  no such combination (HOME_CARE staff are never in an assessment team; only case
 *      workers can be assigned; only clinicians and caseworkers can hold emergency access;
 *      an operation without a case has no "assigned", "received" or "emergency" relation)
 *
 * Relations of the caller to the case (a case of the SOMATIC team of district Nord):
 *   own        member of the case's team
 *   assigned   member of a team in district Sør, assigned to the case
 *   unit       staff of Nord's home-care unit; the case is not handed over to it
 *   received   staff of Nord's low-threshold unit, which the case is handed over to and which
 *              acknowledged it (SENT only where the operation needs it: acknowledge, return)
 *   emergency  member of a team in Sør holding an active emergency access grant on the case
 *   district   member of another team of the same district (mental health, Nord)
 *   other      member of the SOMATIC team of district Sør
 *   none       no team or unit (the privacy officer and the administrator)
 * A "received" caller meets every operation on a handed-over case: an operation docs/design.md does
 * not give the receiving unit must be refused there (a wrongly allowed one would show up as
 * a success or as INVALID_TRANSITION, and fail the cell either way).
 */
export const PROFESSIONS = [
  'NURSE',
  'SOCIAL_EDUCATOR',
  'PHYSIOTHERAPIST',
  'OCCUPATIONAL_THERAPIST',
  'CASEWORKER',
  'COORDINATOR',
  'HOME_CARE',
  'LEADER',
  'PRIVACY_OFFICER',
  'ADMIN',
] as const;
export type Profession = (typeof PROFESSIONS)[number];
export const RELATIONS = [
  'own',
  'assigned',
  'unit',
  'received',
  'emergency',
  'district',
  'other',
  'none',
] as const;
export type Relation = (typeof RELATIONS)[number];

/**
 * Operations of the schema without a row, and why: they hold no person data and answer
 * every signed-in staff member alike.
 */
export const EXEMPT: Record<string, string> = {
  me: 'the caller’s own staff record',
  serviceLevels: 'code list: the coping staircase and the municipality’s services',
  legalBases: 'code list: the legal bases decisions cite',
  functionVariables: 'code list: the IPLOS / FSIII function variables',
  districts: 'the municipality’s organisation: districts, their teams and units',
};

/** The schema field a row is about: the row's name up to a space ("referral (of a case)"). */
export function fieldOf(row: string): string {
  return row.split(' ')[0];
}

// prettier-ignore
export const MATRIX: Record<string, Record<Relation, string>> = {
  //                      NU SE PT OT CW CO HC LE PO AD
  patient: {
    own:                 'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    assigned:            'Y  Y  Y  Y  Y  Y  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            'Y  Y  Y  Y  Y  Y  Y  Y  -  -',
    emergency:           'Y  Y  Y  Y  Y  -  -  -  -  -',
    district:            '.  .  .  .  Y  Y  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  Y  .',
  },
  searchPatients: {
    own:                 'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    assigned:            'Y  Y  Y  Y  Y  Y  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            'Y  Y  Y  Y  Y  Y  Y  Y  -  -',
    emergency:           'Y  Y  Y  Y  Y  -  -  -  -  -',
    district:            '.  .  .  .  Y  Y  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  Y  .',
  },
  registerPatient: {
    own:                 '.  .  .  .  Y  Y  -  .  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '-  -  -  -  -  -  -  -  -  -',
    emergency:           '-  -  -  -  -  -  -  -  -  -',
    district:            '.  .  .  .  Y  Y  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  registerReferral: {
    own:                 '.  .  .  .  Y  Y  -  .  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '-  -  -  -  -  -  -  -  -  -',
    emergency:           '-  -  -  -  -  -  -  -  -  -',
    district:            '.  .  .  .  Y  Y  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // A referral with no case yet: staff of the teams in the person's district.
  'referral (no case yet)': {
    own:                 'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '-  -  -  -  -  -  -  -  -  -',
    emergency:           '-  -  -  -  -  -  -  -  -  -',
    district:            'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // A referral of a case: through the case.
  'referral (of a case)': {
    own:                 'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    assigned:            'Y  Y  Y  Y  Y  Y  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            'Y  Y  Y  Y  Y  Y  Y  Y  -  -',
    emergency:           'Y  Y  Y  Y  Y  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  referrals: {
    own:                 'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '-  -  -  -  -  -  -  -  -  -',
    emergency:           '-  -  -  -  -  -  -  -  -  -',
    district:            'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  acceptReferral: {
    own:                 '.  .  .  .  Y  Y  -  .  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '-  -  -  -  -  -  -  -  -  -',
    emergency:           '-  -  -  -  -  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  rejectReferral: {
    own:                 '.  .  .  .  Y  Y  -  .  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '-  -  -  -  -  -  -  -  -  -',
    emergency:           '-  -  -  -  -  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  redirectReferral: {
    own:                 '.  .  .  .  Y  Y  -  .  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '-  -  -  -  -  -  -  -  -  -',
    emergency:           '-  -  -  -  -  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  assessmentCase: {
    own:                 'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    assigned:            'Y  Y  Y  Y  Y  Y  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            'Y  Y  Y  Y  Y  Y  Y  Y  -  -',
    emergency:           'Y  Y  Y  Y  Y  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  assessmentCases: {
    own:                 'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    assigned:            'Y  Y  Y  Y  Y  Y  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            'Y  Y  Y  Y  Y  Y  Y  Y  -  -',
    emergency:           'Y  Y  Y  Y  Y  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // The plan is read with the case ("the receiving unit reads the journal and plan").
  goalPlan: {
    own:                 'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    assigned:            'Y  Y  Y  Y  Y  Y  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            'Y  Y  Y  Y  Y  Y  Y  Y  -  -',
    emergency:           'Y  Y  Y  Y  Y  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // Team members, and leaders of an assessment team in the team's district.
  teamDashboard: {
    own:                 'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  Y  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // District Nord's figures: leaders and team members of the district (a LEADER of a unit
  // only is not "team": read as for the dashboard); no names, so no case relation counts.
  statistics: {
    own:                 'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '-  -  -  -  -  -  -  -  -  -',
    emergency:           '-  -  -  -  -  -  -  -  -  -',
    district:            'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // The team's tariff budget (Nord's SOMATIC team, tariffCategories on in Nord for the
  // matrix): as the dashboard, its members and the district's LEADERs; no names.
  teamBudget: {
    own:                 'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  Y  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // Follow-ups due for the case's team: its members (handover summaries quote the journal).
  'followUps (team)': {
    own:                 'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // Follow-ups due for the receiving unit: its staff.
  'followUps (unit)': {
    own:                 '.  .  .  .  .  .  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            'Y  Y  Y  Y  Y  Y  Y  Y  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // The decision letter before the decision is recorded: as recordDecision, a CASEWORKER of
  // the case.
  decisionLetterPreview: {
    own:                 '.  .  .  .  Y  .  -  .  -  -',
    assigned:            '.  .  .  .  Y  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // The handover summary before it is sent: as handOverCase, the coordinator.
  handoverSummaryPreview: {
    own:                 '.  .  .  .  .  Y  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // "The coordinator": the case's coordinator, or any COORDINATOR of its team.
  putCaseOnHold: {
    own:                 '.  .  .  .  .  Y  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  resumeCase: {
    own:                 '.  .  .  .  .  Y  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  extendDeadline: {
    own:                 '.  .  .  .  .  Y  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  cancelCase: {
    own:                 '.  .  .  .  .  Y  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  assignCaseMember: {
    own:                 '.  .  .  .  .  Y  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  removeCaseMember: {
    own:                 '.  .  .  .  .  Y  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  changeCaseCoordinator: {
    own:                 '.  .  .  .  .  Y  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // Billund: the case's coordination level, by its coordinator (a case opened with
  // coordination levels on).
  setCoordinationLevel: {
    own:                 '.  .  .  .  .  Y  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // Billund: the person's coordinating caseworker, by a CASEWORKER or COORDINATOR of a team
  // in the person's district (as registerPatient).
  setCoordinatingCaseworker: {
    own:                 '.  .  .  .  Y  Y  -  .  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '-  -  -  -  -  -  -  -  -  -',
    emergency:           '-  -  -  -  -  -  -  -  -  -',
    district:            '.  .  .  .  Y  Y  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // Clinical professions and caseworkers/coordinators of the case; not emergency access,
  // not the receiving unit (journal only).
  recordInterimService: {
    own:                 'Y  Y  Y  Y  Y  Y  -  .  -  -',
    assigned:            'Y  Y  Y  Y  Y  Y  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  recordAssessment: {
    own:                 'Y  Y  Y  Y  Y  Y  -  .  -  -',
    assigned:            'Y  Y  Y  Y  Y  Y  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // Edit goals and measures, agree the plan: NURSE, SOCIAL_EDUCATOR, PHYSIOTHERAPIST,
  // OCCUPATIONAL_THERAPIST of the case, and the coordinator (an assigned COORDINATOR of
  // another team is neither).
  addGoal: {
    own:                 'Y  Y  Y  Y  .  Y  -  .  -  -',
    assigned:            'Y  Y  Y  Y  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  updateGoal: {
    own:                 'Y  Y  Y  Y  .  Y  -  .  -  -',
    assigned:            'Y  Y  Y  Y  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  addMeasure: {
    own:                 'Y  Y  Y  Y  .  Y  -  .  -  -',
    assigned:            'Y  Y  Y  Y  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  updateMeasure: {
    own:                 'Y  Y  Y  Y  .  Y  -  .  -  -',
    assigned:            'Y  Y  Y  Y  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  agreeGoalPlan: {
    own:                 'Y  Y  Y  Y  .  Y  -  .  -  -',
    assigned:            'Y  Y  Y  Y  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  reorderGoals: {
    own:                 'Y  Y  Y  Y  .  Y  -  .  -  -',
    assigned:            'Y  Y  Y  Y  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  reorderMeasures: {
    own:                 'Y  Y  Y  Y  .  Y  -  .  -  -',
    assigned:            'Y  Y  Y  Y  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // Evaluate goal, record follow-up: "those" (the goal plan's editors), and receiving unit
  // staff after handover.
  evaluateGoal: {
    own:                 'Y  Y  Y  Y  .  Y  -  .  -  -',
    assigned:            'Y  Y  Y  Y  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            'Y  Y  Y  Y  Y  Y  Y  Y  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  recordFollowUp: {
    own:                 'Y  Y  Y  Y  .  Y  -  .  -  -',
    assigned:            'Y  Y  Y  Y  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            'Y  Y  Y  Y  Y  Y  Y  Y  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // The decision: a CASEWORKER of the case.
  recordDecision: {
    own:                 '.  .  .  .  Y  .  -  .  -  -',
    assigned:            '.  .  .  .  Y  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // Hand over (a decided case with an agreed plan), close (a NO_SERVICES decision): the
  // coordinator.
  handOverCase: {
    own:                 '.  .  .  .  .  Y  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  closeCase: {
    own:                 '.  .  .  .  .  Y  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // A SENT handover: staff of the receiving unit (the coordinator only on behalf of an
  // external unit, naming the person: not this call).
  acknowledgeHandover: {
    own:                 '.  .  .  .  .  .  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            'Y  Y  Y  Y  Y  Y  Y  Y  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  returnHandover: {
    own:                 '.  .  .  .  .  .  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            'Y  Y  Y  Y  Y  Y  Y  Y  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // Everyone who sees the case reads its journal; the privacy officer never does.
  journal: {
    own:                 'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    assigned:            'Y  Y  Y  Y  Y  Y  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            'Y  Y  Y  Y  Y  Y  Y  Y  -  -',
    emergency:           'Y  Y  Y  Y  Y  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // New journal entries as they are written: a read of the journal (accepted: the entry
  // written after subscribing arrives; refused: FORBIDDEN).
  journalEntryAdded: {
    own:                 'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    assigned:            'Y  Y  Y  Y  Y  Y  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            'Y  Y  Y  Y  Y  Y  Y  Y  -  -',
    emergency:           'Y  Y  Y  Y  Y  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // The team's active staff (names and professions, to choose a coordinator and members when
  // accepting a referral): members of the team only.
  teamStaff: {
    own:                 'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // Members of the team only, district leaders not (the hits are journal text); staff who
  // reach single cases otherwise search those journals one case at a time.
  teamJournalSearch: {
    own:                 'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // Case workers of the case, the receiving unit after handover, and emergency access
  // (read plus journal entries).
  addJournalEntry: {
    own:                 'Y  Y  Y  Y  Y  Y  -  .  -  -',
    assigned:            'Y  Y  Y  Y  Y  Y  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            'Y  Y  Y  Y  Y  Y  Y  Y  -  -',
    emergency:           'Y  Y  Y  Y  Y  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // A correction is a new version by the entry's author, who must still be allowed to
  // write in the case's journal; nobody corrects another author's entry.
  'amendJournalEntry (own entry)': {
    own:                 'Y  Y  Y  Y  Y  Y  -  .  -  -',
    assigned:            'Y  Y  Y  Y  Y  Y  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            'Y  Y  Y  Y  Y  Y  Y  Y  -  -',
    emergency:           'Y  Y  Y  Y  Y  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  'amendJournalEntry (another author’s entry)': {
    own:                 '.  .  .  .  .  .  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  'markJournalEntryEnteredInError (own entry)': {
    own:                 'Y  Y  Y  Y  Y  Y  -  .  -  -',
    assigned:            'Y  Y  Y  Y  Y  Y  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            'Y  Y  Y  Y  Y  Y  Y  Y  -  -',
    emergency:           'Y  Y  Y  Y  Y  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  'markJournalEntryEnteredInError (another author’s entry)': {
    own:                 '.  .  .  .  .  .  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  auditTrail: {
    own:                 '.  .  .  .  .  .  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  Y  .',
  },
  emergencyAccesses: {
    own:                 '.  .  .  .  .  .  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '-  -  -  -  -  -  -  -  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  Y  .',
  },
  // Clinical professions and caseworkers without access (with access: refused, not needed).
  requestEmergencyAccess: {
    own:                 '.  .  .  .  .  .  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                'Y  Y  Y  Y  Y  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           'Y  Y  Y  Y  Y  -  -  -  -  -',
    district:            'Y  Y  Y  Y  Y  .  -  .  -  -',
    other:               'Y  Y  Y  Y  Y  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // Any object by id: exactly the row of its type's own read (a person as `patient`, a case
  // as `assessmentCase`, a journal entry as `journal`, a goal as `goalPlan`).
  'node (a person)': {
    own:                 'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    assigned:            'Y  Y  Y  Y  Y  Y  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            'Y  Y  Y  Y  Y  Y  Y  Y  -  -',
    emergency:           'Y  Y  Y  Y  Y  -  -  -  -  -',
    district:            '.  .  .  .  Y  Y  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  Y  .',
  },
  'node (a case)': {
    own:                 'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    assigned:            'Y  Y  Y  Y  Y  Y  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            'Y  Y  Y  Y  Y  Y  Y  Y  -  -',
    emergency:           'Y  Y  Y  Y  Y  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  'node (a journal entry)': {
    own:                 'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    assigned:            'Y  Y  Y  Y  Y  Y  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            'Y  Y  Y  Y  Y  Y  Y  Y  -  -',
    emergency:           'Y  Y  Y  Y  Y  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  'node (a goal)': {
    own:                 'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    assigned:            'Y  Y  Y  Y  Y  Y  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            'Y  Y  Y  Y  Y  Y  Y  Y  -  -',
    emergency:           'Y  Y  Y  Y  Y  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // Create / deactivate staff, team and unit membership: ADMIN (no access to person data).
  municipalitySettings: {
    own:                 'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                'Y  Y  Y  Y  Y  Y  Y  Y  -  -',
    received:            '-  -  -  -  -  -  -  -  -  -',
    emergency:           '-  -  -  -  -  -  -  -  -  -',
    district:            'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    other:               'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    none:                '-  -  -  -  -  -  -  -  Y  Y',
  },
  staffMembers: {
    own:                 '.  .  .  .  .  .  -  .  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '-  -  -  -  -  -  -  -  -  -',
    emergency:           '-  -  -  -  -  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  Y',
  },
  updateMunicipalitySettings: {
    own:                 '.  .  .  .  .  .  -  .  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '-  -  -  -  -  -  -  -  -  -',
    emergency:           '-  -  -  -  -  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  Y',
  },
  createStaffMember: {
    own:                 '.  .  .  .  .  .  -  .  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '-  -  -  -  -  -  -  -  -  -',
    emergency:           '-  -  -  -  -  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  Y',
  },
  deactivateStaffMember: {
    own:                 '.  .  .  .  .  .  -  .  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '-  -  -  -  -  -  -  -  -  -',
    emergency:           '-  -  -  -  -  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  Y',
  },
  addTeamMembership: {
    own:                 '.  .  .  .  .  .  -  .  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '-  -  -  -  -  -  -  -  -  -',
    emergency:           '-  -  -  -  -  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  Y',
  },
  removeTeamMembership: {
    own:                 '.  .  .  .  .  .  -  .  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '-  -  -  -  -  -  -  -  -  -',
    emergency:           '-  -  -  -  -  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  Y',
  },
  addUnitMembership: {
    own:                 '.  .  .  .  .  .  -  .  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '-  -  -  -  -  -  -  -  -  -',
    emergency:           '-  -  -  -  -  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  Y',
  },
  removeUnitMembership: {
    own:                 '.  .  .  .  .  .  -  .  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '-  -  -  -  -  -  -  -  -  -',
    emergency:           '-  -  -  -  -  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  Y',
  },
  // Delegated adjustment (Kolding): staff of the receiving unit after acknowledgement.
  adjustServiceTime: {
    own:                 '.  .  .  .  .  .  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            'Y  Y  Y  Y  Y  Y  Y  Y  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // The weekly review of an adjustment: a CASEWORKER of the case.
  confirmServiceAdjustment: {
    own:                 '.  .  .  .  Y  .  -  .  -  -',
    assigned:            '.  .  .  .  Y  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  reverseServiceAdjustment: {
    own:                 '.  .  .  .  Y  .  -  .  -  -',
    assigned:            '.  .  .  .  Y  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // The weekly review list of the team's adjustments: the team's CASEWORKERs.
  serviceAdjustmentsForReview: {
    own:                 '.  .  .  .  Y  .  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // One entry (Billund; singleEntry switched on in Nord for the matrix): as triage.
  resolveReferralDirectly: {
    own:                 '.  .  .  .  Y  Y  -  .  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '-  -  -  -  -  -  -  -  -  -',
    emergency:           '-  -  -  -  -  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  scheduleCallback: {
    own:                 '.  .  .  .  Y  Y  -  .  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '-  -  -  -  -  -  -  -  -  -',
    emergency:           '-  -  -  -  -  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  recordCallback: {
    own:                 '.  .  .  .  Y  Y  -  .  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    received:            '-  -  -  -  -  -  -  -  -  -',
    emergency:           '-  -  -  -  -  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
};

export function expectedCell(
  operation: string,
  relation: Relation,
  profession: Profession,
): string {
  const cells = MATRIX[operation][relation].trim().split(/\s+/);
  if (cells.length !== PROFESSIONS.length) throw new Error(`bad row ${operation}/${relation}`);
  return cells[PROFESSIONS.indexOf(profession)];
}

/** The fields of the running schema's Query, Mutation and Subscription types. */
export function operationsOf(t: TestApp): Record<'query' | 'mutation' | 'subscription', string[]> {
  const { schema } = t.app.get(GraphQLSchemaHost);
  const names = (type: { getFields(): Record<string, unknown> } | null | undefined) =>
    Object.keys(type?.getFields() ?? {}).sort();
  return {
    query: names(schema.getQueryType()),
    mutation: names(schema.getMutationType()),
    subscription: names(schema.getSubscriptionType()),
  };
}

/** The rows of the matrix about the given schema fields. */
export function rowsFor(fields: readonly string[]): string[] {
  return Object.keys(MATRIX)
    .filter((row) => fields.includes(fieldOf(row)))
    .sort();
}

export interface Actor {
  id: string;
  token: string;
  relation: Relation;
  profession: Profession;
}

/**
 * Where an operation needs its case: ACTIVE or ON_HOLD; PLANNED (active, a draft plan with a
 * proposed goal and a measure); AGREED (the plan agreed); DECIDED (granted, plan agreed);
 * NO_SERVICES (decided so); SENT (handed over, waiting for the unit); ACKNOWLEDGED (handed
 * over and acknowledged: the case CLOSED, its follow-up due).
 */
export type CaseState =
  'ACTIVE' | 'ON_HOLD' | 'PLANNED' | 'AGREED' | 'DECIDED' | 'NO_SERVICES' | 'SENT' | 'ACKNOWLEDGED';

export interface MatrixCase extends CaseFixture {
  plan: GoalPlanFixture | null;
}

export interface Cell {
  actor: Actor;
  /** The case the cell works on: shared, or fresh for operations that change it. */
  kase: MatrixCase;
}

export interface Operation {
  /** The state of the case the operation meets (default ACTIVE with a draft plan). */
  state?: CaseState;
  /** The operation changes its case: every cell gets a fresh one. */
  fresh?: boolean;
  run(cell: Cell): Promise<string>;
}

/** Y when the call succeeded (or, for a list, listed the item); . when FORBIDDEN. */
export function outcome(
  result: GqlResult,
  listed?: (data: Record<string, unknown>) => boolean,
): string {
  const error = result.errors?.[0]?.extensions;
  if (!error) {
    if (!listed) return 'Y';
    return listed(result.data as Record<string, unknown>) ? 'Y' : '.';
  }
  // A refused nullable field answers data { field: null } rather than data null.
  const empty =
    result.data === null ||
    result.data === undefined ||
    Object.values(result.data).every((value) => value === null);
  if (error.code === 'FORBIDDEN' && empty) return '.';
  return `${error.code}/${error.reason}`;
}

/** The app, one staff member per relation and profession, and the cases they meet. */
export interface MatrixWorld {
  t: TestApp;
  actors: Actor[];
  nord: string;
  nordTeam: string;
  /** Nord's home-care unit (the "unit" relation: nothing handed over to it). */
  homeCareNord: string;
  /** Nord's low-threshold unit: the receiving unit of the "received" relation. */
  receivingUnit: string;
  sharedCoordinator: string;
  sharedCaseworker: string;
  /** The case an actor meets: the shared one of the state, or a fresh one. */
  caseFor(actor: Actor, op: Operation): Promise<MatrixCase>;
  /** The shared case of a state (every assigned and emergency actor related to it). */
  shared(state: CaseState): Promise<MatrixCase>;
  gql(actor: Actor, query: string, variables?: Record<string, unknown>): Promise<GqlResult>;
}

const HANDED_OVER: readonly CaseState[] = ['SENT', 'ACKNOWLEDGED'];

export async function createMatrixWorld(): Promise<MatrixWorld> {
  const t = await createTestApp();
  const nord = await idOfDistrict(t, 'Nord');
  const nordTeam = await idOfTeam(t, 'Vurderingsteam Nord');
  const sorTeam = await idOfTeam(t, 'Vurderingsteam Sør');
  const teams: Record<Exclude<Relation, 'unit' | 'received' | 'none'>, string> = {
    own: nordTeam,
    assigned: sorTeam,
    emergency: sorTeam,
    district: await idOfTeam(t, 'Vurderingsteam psykisk helse Nord'),
    other: sorTeam,
  };
  const homeCareNord = await idOfUnit(t, 'Hjemmetjenesten Nord');
  const receivingUnit = await idOfUnit(t, 'Frisklivssentralen Nord');
  const sharedCoordinator = await createStaff(t, 'coordinator.shared@matrix.test', 'COORDINATOR', {
    teamId: nordTeam,
  });
  const sharedCaseworker = await createStaff(t, 'caseworker.shared@matrix.test', 'CASEWORKER', {
    teamId: nordTeam,
  });
  const unitStaff = await createStaff(t, 'homecare.shared@matrix.test', 'HOME_CARE', {
    unitId: receivingUnit,
  });
  // One staff member per relation and profession, where the combination exists.
  const wanted = RELATIONS.flatMap((relation) =>
    PROFESSIONS.filter((profession) =>
      Object.keys(MATRIX).some((row) => expectedCell(row, relation, profession) !== '-'),
    ).map((profession) => ({ relation, profession })),
  );
  const actors: Actor[] = await Promise.all(
    wanted.map(async ({ relation, profession }) => {
      const email = `${profession.toLowerCase()}.${relation}@matrix.test`;
      const membership =
        relation === 'none'
          ? {}
          : relation === 'unit'
            ? { unitId: homeCareNord }
            : relation === 'received'
              ? { unitId: receivingUnit }
              : { teamId: teams[relation] };
      const id = await createStaff(t, email, profession, membership);
      return { id, token: await t.as(email), relation, profession };
    }),
  );

  /** A case of Nord's SOMATIC team in `state`, built straight in the database. */
  async function build(state: CaseState): Promise<MatrixCase> {
    const kase = await insertCase(t, {
      teamId: nordTeam,
      districtId: nord,
      coordinatorId: sharedCoordinator,
      status: state === 'ON_HOLD' ? 'ON_HOLD' : 'ACTIVE',
    });
    if (state === 'ON_HOLD') return { ...kase, plan: null };
    const plan = await insertGoalPlan(
      t,
      kase,
      sharedCoordinator,
      state === 'ACTIVE' || state === 'PLANNED' ? 'DRAFT' : 'AGREED',
    );
    if (state === 'ACTIVE' || state === 'PLANNED' || state === 'AGREED') return { ...kase, plan };
    await insertDecision(
      t,
      kase,
      sharedCaseworker,
      state === 'NO_SERVICES' ? 'NO_SERVICES' : 'GRANTED',
    );
    if (HANDED_OVER.includes(state))
      await insertHandover(t, kase, {
        unitId: receivingUnit,
        by: sharedCoordinator,
        acknowledgedBy: state === 'ACKNOWLEDGED' ? unitStaff : undefined,
      });
    return { ...kase, plan };
  }

  async function relate(kase: MatrixCase, actor: Actor): Promise<void> {
    if (actor.relation === 'assigned') await assign(t, kase.caseId, actor.id, sharedCoordinator);
    if (actor.relation === 'emergency') await grantEmergency(t, kase, actor.id, actor.profession);
  }

  /** The receiving unit has the case only after handover: it meets every operation there. */
  const stateFor = (actor: Actor, state: CaseState): CaseState =>
    actor.relation === 'received' && !HANDED_OVER.includes(state) ? 'ACKNOWLEDGED' : state;

  const shared = new Map<CaseState, Promise<MatrixCase>>();
  function sharedCase(state: CaseState): Promise<MatrixCase> {
    let kase = shared.get(state);
    if (!kase) {
      kase = build(state).then(async (built) => {
        await Promise.all(actors.map((actor) => relate(built, actor)));
        return built;
      });
      shared.set(state, kase);
    }
    return kase;
  }

  return {
    t,
    actors,
    nord,
    nordTeam,
    homeCareNord,
    receivingUnit,
    sharedCoordinator,
    sharedCaseworker,
    shared: sharedCase,
    async caseFor(actor, op) {
      const state = stateFor(actor, op.state ?? 'ACTIVE');
      if (!op.fresh) return sharedCase(state);
      const kase = await build(state);
      await relate(kase, actor);
      return kase;
    },
    gql: (actor, query, variables = {}) => t.gql(query, variables, actor.token),
  };
}

/** Cells of one row walked at once: their HTTP and database round trips overlap. */
const CELLS_AT_ONCE = 8;

/** Walks every cell of one row: the mismatches, and how many cells were walked. */
export async function walkRow(
  world: MatrixWorld,
  row: string,
  op: Operation,
): Promise<{ mismatches: string[]; walked: number }> {
  const cells = world.actors.filter(
    (actor) => expectedCell(row, actor.relation, actor.profession) !== '-',
  );
  const answers: string[] = new Array<string>(cells.length);
  let next = 0;
  const worker = async () => {
    while (next < cells.length) {
      const index = next++;
      const actor = cells[index];
      const kase = await world.caseFor(actor, op);
      answers[index] = await op.run({ actor, kase });
    }
  };
  await Promise.all(Array.from({ length: CELLS_AT_ONCE }, worker));
  const mismatches: string[] = [];
  cells.forEach((actor, index) => {
    const expected = expectedCell(row, actor.relation, actor.profession);
    const actual = answers[index];
    if (actual !== expected)
      mismatches.push(`${actor.relation} ${actor.profession}: expected ${expected}, got ${actual}`);
  });
  return { mismatches, walked: cells.length };
}

/** Asserts a walked row: no mismatch, and at least one cell walked. */
export function expectRow(walk: { mismatches: string[]; walked: number }): void {
  expect(walk.mismatches).toEqual([]);
  expect(walk.walked).toBeGreaterThan(0);
}

/** The rows a spec file walks are exactly the rows of its part of the schema. */
export function expectRowsWalked(
  operations: Record<string, Operation>,
  fields: readonly string[],
): void {
  expect(Object.keys(operations).sort()).toEqual(rowsFor(fields));
}
