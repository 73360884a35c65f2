import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  assign,
  type CaseFixture,
  createStaff,
  freshNationalId,
  grantEmergency,
  idOfTeam,
  idOfUnit,
  insertCase,
  insertPatient,
  insertReferral,
  type PatientFixture,
} from 'test/factories/cases';
import {
  createTestApp,
  type GqlResult,
  idOfDistrict,
  idOfStaff,
  type TestApp,
} from 'test/utils/test-app';

/*
 * The access matrix of DESIGN.md "Who may do what", written out by hand (docs/security.md
 * renders the same table). It is NOT derived from AccessPolicyService: it is what the
 * policy must do, checked against the running API.
 *
 *   Y  allowed (the call succeeds; for a list: the item is listed)
 *   .  refused (FORBIDDEN; for a list: the item is left out)
 *   -  no such combination (HOME_CARE staff are never in an assessment team; only case
 *      workers can be assigned; only clinicians and caseworkers can hold emergency access;
 *      an operation without a case has no "assigned" or "emergency" relation)
 *
 * Relations of the caller to the case (a case of the SOMATIC team of district Nord):
 *   own        member of the case's team
 *   assigned   member of a team in district Sør, assigned to the case
 *   unit       staff of Nord's home-care unit; the case is not handed over (the receiving
 *              unit's access after handover is tested with the handover module)
 *   emergency  member of a team in Sør holding an active emergency access grant on the case
 *   district   member of another team of the same district (mental health, Nord)
 *   other      member of the SOMATIC team of district Sør
 *   none       no team or unit (the privacy officer and the administrator)
 */
const PROFESSIONS = [
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
type Profession = (typeof PROFESSIONS)[number];
const RELATIONS = ['own', 'assigned', 'unit', 'emergency', 'district', 'other', 'none'] as const;
type Relation = (typeof RELATIONS)[number];

// prettier-ignore
const MATRIX: Record<string, Record<Relation, string>> = {
  //                      NU SE PT OT CW CO HC LE PO AD
  patient: {
    own:                 'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    assigned:            'Y  Y  Y  Y  Y  Y  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    emergency:           'Y  Y  Y  Y  Y  -  -  -  -  -',
    district:            '.  .  .  .  Y  Y  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  Y  .',
  },
  searchPatients: {
    own:                 'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    assigned:            'Y  Y  Y  Y  Y  Y  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    emergency:           'Y  Y  Y  Y  Y  -  -  -  -  -',
    district:            '.  .  .  .  Y  Y  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  Y  .',
  },
  registerPatient: {
    own:                 '.  .  .  .  Y  Y  -  .  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    emergency:           '-  -  -  -  -  -  -  -  -  -',
    district:            '.  .  .  .  Y  Y  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  registerReferral: {
    own:                 '.  .  .  .  Y  Y  -  .  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
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
    emergency:           'Y  Y  Y  Y  Y  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  referrals: {
    own:                 'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    emergency:           '-  -  -  -  -  -  -  -  -  -',
    district:            'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  acceptReferral: {
    own:                 '.  .  .  .  Y  Y  -  .  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    emergency:           '-  -  -  -  -  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  rejectReferral: {
    own:                 '.  .  .  .  Y  Y  -  .  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    emergency:           '-  -  -  -  -  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  redirectReferral: {
    own:                 '.  .  .  .  Y  Y  -  .  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    emergency:           '-  -  -  -  -  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  assessmentCase: {
    own:                 'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    assigned:            'Y  Y  Y  Y  Y  Y  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    emergency:           'Y  Y  Y  Y  Y  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  assessmentCases: {
    own:                 'Y  Y  Y  Y  Y  Y  -  Y  -  -',
    assigned:            'Y  Y  Y  Y  Y  Y  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
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
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  Y  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // "The coordinator": the case's coordinator, or any COORDINATOR of its team.
  putCaseOnHold: {
    own:                 '.  .  .  .  .  Y  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  resumeCase: {
    own:                 '.  .  .  .  .  Y  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  extendDeadline: {
    own:                 '.  .  .  .  .  Y  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  cancelCase: {
    own:                 '.  .  .  .  .  Y  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  assignCaseMember: {
    own:                 '.  .  .  .  .  Y  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  removeCaseMember: {
    own:                 '.  .  .  .  .  Y  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // Clinical professions and caseworkers/coordinators of the case; not emergency access.
  recordInterimService: {
    own:                 'Y  Y  Y  Y  Y  Y  -  .  -  -',
    assigned:            'Y  Y  Y  Y  Y  Y  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  recordAssessment: {
    own:                 'Y  Y  Y  Y  Y  Y  -  .  -  -',
    assigned:            'Y  Y  Y  Y  Y  Y  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
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
    emergency:           'Y  Y  Y  Y  Y  -  -  -  -  -',
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
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  // Case workers of the case, and emergency access (read plus journal entries).
  addJournalEntry: {
    own:                 'Y  Y  Y  Y  Y  Y  -  .  -  -',
    assigned:            'Y  Y  Y  Y  Y  Y  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    emergency:           'Y  Y  Y  Y  Y  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  auditTrail: {
    own:                 '.  .  .  .  .  .  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    emergency:           '.  .  .  .  .  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  Y  .',
  },
  emergencyAccesses: {
    own:                 '.  .  .  .  .  .  -  .  -  -',
    assigned:            '.  .  .  .  .  .  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
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
    emergency:           'Y  Y  Y  Y  Y  -  -  -  -  -',
    district:            'Y  Y  Y  Y  Y  .  -  .  -  -',
    other:               'Y  Y  Y  Y  Y  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  .',
  },
  createStaffMember: {
    own:                 '.  .  .  .  .  .  -  .  -  -',
    assigned:            '-  -  -  -  -  -  -  -  -  -',
    unit:                '.  .  .  .  .  .  .  .  -  -',
    emergency:           '-  -  -  -  -  -  -  -  -  -',
    district:            '.  .  .  .  .  .  -  .  -  -',
    other:               '.  .  .  .  .  .  -  .  -  -',
    none:                '-  -  -  -  -  -  -  -  .  Y',
  },
};

function expectedCell(operation: string, relation: Relation, profession: Profession): string {
  const cells = MATRIX[operation][relation].trim().split(/\s+/);
  if (cells.length !== PROFESSIONS.length) throw new Error(`bad row ${operation}/${relation}`);
  return cells[PROFESSIONS.indexOf(profession)];
}

interface Actor {
  id: string;
  token: string;
  relation: Relation;
  profession: Profession;
}

interface Cell {
  actor: Actor;
  /** The case the cell works on: shared, or fresh for operations that change it. */
  kase: CaseFixture;
}

/** Y when the call succeeded (or, for a list, listed the item); . when FORBIDDEN. */
function outcome(result: GqlResult, listed?: (data: Record<string, unknown>) => boolean): string {
  const error = result.errors?.[0]?.extensions;
  if (!error) {
    if (!listed) return 'Y';
    return listed(result.data as Record<string, unknown>) ? 'Y' : '.';
  }
  if (error.code === 'FORBIDDEN' && (result.data === null || result.data === undefined)) return '.';
  return `${error.code}/${error.reason}`;
}

interface Operation {
  /** The operation changes its case or referral: every cell gets a fresh one. */
  fresh?: 'ACTIVE' | 'ON_HOLD';
  run(cell: Cell): Promise<string>;
}

describe('the access matrix (DESIGN.md "Who may do what") against the running API', () => {
  let t: TestApp;
  let nord: string;
  let nordTeam: string;
  let sharedCoordinator: string;
  let shared: CaseFixture;
  let unhandledPatient: PatientFixture;
  let openReferral: { id: string; receivedAt: Date };
  const actors: Actor[] = [];
  const clinician = async () => idOfStaff(t, 'nurse.nord@demo.local');

  const gql = (actor: Actor, query: string, variables: Record<string, unknown> = {}) =>
    t.gql(query, variables, actor.token);

  /** A case of Nord's SOMATIC team on which the actor has their relation. */
  async function caseFor(actor: Actor, status: 'ACTIVE' | 'ON_HOLD'): Promise<CaseFixture> {
    const kase = await insertCase(t, {
      teamId: nordTeam,
      districtId: nord,
      coordinatorId: sharedCoordinator,
      status,
    });
    if (actor.relation === 'assigned') await assign(t, kase.caseId, actor.id, sharedCoordinator);
    if (actor.relation === 'emergency') await grantEmergency(t, kase, actor.id, actor.profession);
    return kase;
  }

  const OPERATIONS: Record<string, Operation> = {
    patient: {
      run: async ({ actor, kase }) =>
        outcome(
          await gql(actor, 'query($id: ID!) { patient(id: $id) { id } }', { id: kase.patientId }),
        ),
    },
    searchPatients: {
      run: async ({ actor, kase }) =>
        outcome(
          await gql(
            actor,
            'query($q: String!) { searchPatients(query: $q) { edges { node { id } } } }',
            {
              q: kase.nationalId,
            },
          ),
          (data) =>
            (data.searchPatients as { edges: { node: { id: string } }[] }).edges.some(
              (e) => e.node.id === kase.patientId,
            ),
        ),
    },
    registerPatient: {
      run: async ({ actor }) =>
        outcome(
          await gql(
            actor,
            'mutation($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }',
            {
              input: {
                nationalId: freshNationalId(),
                givenName: 'Ny',
                familyName: 'Person',
                address: 'Fjordveien 2',
                districtId: nord,
              },
            },
          ),
        ),
    },
    registerReferral: {
      run: async ({ actor }) =>
        outcome(
          await gql(
            actor,
            'mutation($input: RegisterReferralInput!) { registerReferral(input: $input) { id } }',
            {
              input: {
                patientId: unhandledPatient.patientId,
                source: 'GP',
                channel: 'LETTER',
                receivedAt: t.clock.now().toISOString(),
                description: 'Fastlegen ber om vurdering',
                helpRequested: 'Vurdering av hjelpebehov',
              },
            },
          ),
        ),
    },
    'referral (no case yet)': {
      run: async ({ actor }) =>
        outcome(
          await gql(actor, 'query($id: ID!) { referral(id: $id) { id } }', { id: openReferral.id }),
        ),
    },
    'referral (of a case)': {
      run: async ({ actor, kase }) =>
        outcome(
          await gql(actor, 'query($id: ID!) { referral(id: $id) { id } }', { id: kase.referralId }),
        ),
    },
    referrals: {
      run: async ({ actor }) =>
        outcome(
          await gql(
            actor,
            'query($filter: ReferralFilter) { referrals(filter: $filter, first: 100) { edges { node { id } } } }',
            {
              filter: {
                receivedFrom: openReferral.receivedAt.toISOString(),
                receivedTo: new Date(openReferral.receivedAt.getTime() + 1000).toISOString(),
              },
            },
          ),
          (data) =>
            (data.referrals as { edges: { node: { id: string } }[] }).edges.some(
              (e) => e.node.id === openReferral.id,
            ),
        ),
    },
    acceptReferral: { fresh: 'ACTIVE', run: async (cell) => triage(cell, 'accept') },
    rejectReferral: { fresh: 'ACTIVE', run: async (cell) => triage(cell, 'reject') },
    redirectReferral: { fresh: 'ACTIVE', run: async (cell) => triage(cell, 'redirect') },
    assessmentCase: {
      run: async ({ actor, kase }) =>
        outcome(
          await gql(actor, 'query($id: ID!) { assessmentCase(id: $id) { id } }', {
            id: kase.caseId,
          }),
        ),
    },
    assessmentCases: {
      run: async ({ actor, kase }) =>
        outcome(
          await gql(
            actor,
            'query($filter: CaseFilter) { assessmentCases(filter: $filter, first: 100) { edges { node { id } } } }',
            { filter: { coordinatorId: sharedCoordinator } },
          ),
          (data) =>
            (data.assessmentCases as { edges: { node: { id: string } }[] }).edges.some(
              (e) => e.node.id === kase.caseId,
            ),
        ),
    },
    teamDashboard: {
      run: async ({ actor }) =>
        outcome(
          await gql(actor, 'query($id: ID!) { teamDashboard(teamId: $id) { openCaseCount } }', {
            id: nordTeam,
          }),
        ),
    },
    putCaseOnHold: {
      fresh: 'ACTIVE',
      run: async ({ actor, kase }) =>
        outcome(
          await gql(
            actor,
            'mutation($id: ID!) { putCaseOnHold(caseId: $id, input: { reason: "Innlagt" }) { id } }',
            {
              id: kase.caseId,
            },
          ),
        ),
    },
    resumeCase: {
      fresh: 'ON_HOLD',
      run: async ({ actor, kase }) =>
        outcome(
          await gql(actor, 'mutation($id: ID!) { resumeCase(caseId: $id) { id } }', {
            id: kase.caseId,
          }),
        ),
    },
    extendDeadline: {
      fresh: 'ACTIVE',
      run: async ({ actor, kase }) =>
        outcome(
          await gql(
            actor,
            'mutation($id: ID!) { extendDeadline(caseId: $id, input: { days: 3, reason: "Venter på epikrise" }) { id } }',
            { id: kase.caseId },
          ),
        ),
    },
    cancelCase: {
      fresh: 'ACTIVE',
      run: async ({ actor, kase }) =>
        outcome(
          await gql(
            actor,
            'mutation($id: ID!) { cancelCase(caseId: $id, input: { reason: "Flyttet" }) { id } }',
            {
              id: kase.caseId,
            },
          ),
        ),
    },
    assignCaseMember: {
      fresh: 'ACTIVE',
      run: async ({ actor, kase }) =>
        outcome(
          await gql(
            actor,
            'mutation($id: ID!, $staffId: ID!) { assignCaseMember(caseId: $id, input: { staffId: $staffId, role: ASSESSOR }) { id } }',
            { id: kase.caseId, staffId: await clinician() },
          ),
        ),
    },
    removeCaseMember: {
      fresh: 'ACTIVE',
      run: async ({ actor, kase }) => {
        const member = await clinician();
        await assign(t, kase.caseId, member, sharedCoordinator);
        return outcome(
          await gql(
            actor,
            'mutation($id: ID!, $staffId: ID!) { removeCaseMember(caseId: $id, staffId: $staffId, reason: "Ferdig") { id } }',
            { id: kase.caseId, staffId: member },
          ),
        );
      },
    },
    recordInterimService: {
      run: async ({ actor, kase }) =>
        outcome(
          await gql(
            actor,
            `mutation($id: ID!, $input: RecordInterimServiceInput!) { recordInterimService(caseId: $id, input: $input) { id } }`,
            {
              id: kase.caseId,
              input: {
                kind: 'SAFETY_ALARM',
                description: 'Trygghetsalarm',
                frequency: 'Døgnet rundt',
                fromDate: '2026-03-02',
                responsible: 'Hjemmetjenesten',
              },
            },
          ),
        ),
    },
    recordAssessment: {
      run: async ({ actor, kase }) =>
        outcome(
          await gql(
            actor,
            'mutation($id: ID!) { recordAssessment(caseId: $id, input: { whatMatters: "Å bo hjemme" }) { id } }',
            { id: kase.caseId },
          ),
        ),
    },
    journal: {
      run: async ({ actor, kase }) =>
        outcome(
          await gql(actor, 'query($id: ID!) { journal(caseId: $id) { totalCount } }', {
            id: kase.caseId,
          }),
        ),
    },
    teamJournalSearch: {
      run: async ({ actor, kase }) =>
        outcome(
          await gql(
            actor,
            'query($id: ID!) { teamJournalSearch(teamId: $id, search: "matrisenotat") { edges { node { caseId } } } }',
            { id: nordTeam },
          ),
          (data) =>
            (data.teamJournalSearch as { edges: { node: { caseId: string } }[] }).edges.some(
              (e) => e.node.caseId === kase.caseId,
            ),
        ),
    },
    addJournalEntry: {
      run: async ({ actor, kase }) =>
        outcome(
          await gql(
            actor,
            'mutation($id: ID!) { addJournalEntry(caseId: $id, input: { kind: NOTE, text: "Notat" }) { id } }',
            { id: kase.caseId },
          ),
        ),
    },
    auditTrail: {
      run: async ({ actor, kase }) =>
        outcome(
          await gql(actor, 'query($id: ID!) { auditTrail(patientId: $id) { totalCount } }', {
            id: kase.patientId,
          }),
        ),
    },
    emergencyAccesses: {
      run: async ({ actor }) => outcome(await gql(actor, '{ emergencyAccesses { totalCount } }')),
    },
    requestEmergencyAccess: {
      // A grant opens the case: never on the shared one.
      fresh: 'ACTIVE',
      run: async ({ actor, kase }) =>
        outcome(
          await gql(
            actor,
            'mutation($id: ID!) { requestEmergencyAccess(caseId: $id, reason: "Akutt tilsyn") { id } }',
            { id: kase.caseId },
          ),
        ),
    },
    createStaffMember: {
      run: async ({ actor }) =>
        outcome(
          await gql(
            actor,
            'mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id } }',
            {
              input: {
                email: `new.${actor.relation}.${actor.profession.toLowerCase()}@matrix.test`,
                name: 'Ny Ansatt',
                profession: 'NURSE',
              },
            },
          ),
        ),
    },
  };

  /** Accept, reject or redirect a fresh RECEIVED referral to Nord's SOMATIC team. */
  async function triage({ actor }: Cell, verb: 'accept' | 'reject' | 'redirect'): Promise<string> {
    const patient = await insertPatient(t, nord);
    const id = await insertReferral(t, {
      patientId: patient.patientId,
      teamId: nordTeam,
      registeredBy: sharedCoordinator,
    });
    const mutation = {
      accept: 'mutation($id: ID!) { acceptReferral(referralId: $id) { id } }',
      reject:
        'mutation($id: ID!) { rejectReferral(referralId: $id, input: { reason: "Ikke behov" }) { id } }',
      redirect:
        'mutation($id: ID!) { redirectReferral(referralId: $id, input: { redirectedTo: "Fastlegen", reason: "Medisinsk" }) { id } }',
    }[verb];
    return outcome(await gql(actor, mutation, { id }));
  }

  beforeAll(async () => {
    t = await createTestApp();
    nord = await idOfDistrict(t, 'Nord');
    nordTeam = await idOfTeam(t, 'Vurderingsteam Nord');
    const teams: Record<Exclude<Relation, 'unit' | 'none'>, string> = {
      own: nordTeam,
      assigned: await idOfTeam(t, 'Vurderingsteam Sør'),
      emergency: await idOfTeam(t, 'Vurderingsteam Sør'),
      district: await idOfTeam(t, 'Vurderingsteam psykisk helse Nord'),
      other: await idOfTeam(t, 'Vurderingsteam Sør'),
    };
    const homeCareNord = await idOfUnit(t, 'Hjemmetjenesten Nord');
    sharedCoordinator = await createStaff(t, 'coordinator.shared@matrix.test', 'COORDINATOR', {
      teamId: nordTeam,
    });
    // One staff member per relation and profession, where the combination exists.
    for (const relation of RELATIONS) {
      for (const profession of PROFESSIONS) {
        const exists = Object.keys(MATRIX).some(
          (operation) => expectedCell(operation, relation, profession) !== '-',
        );
        if (!exists) continue;
        const email = `${profession.toLowerCase()}.${relation}@matrix.test`;
        const membership =
          relation === 'none'
            ? {}
            : relation === 'unit'
              ? { unitId: homeCareNord }
              : { teamId: teams[relation] };
        const id = await createStaff(t, email, profession, membership);
        actors.push({ id, token: await t.as(email), relation, profession });
      }
    }
    shared = await insertCase(t, {
      teamId: nordTeam,
      districtId: nord,
      coordinatorId: sharedCoordinator,
    });
    for (const actor of actors) {
      if (actor.relation === 'assigned')
        await assign(t, shared.caseId, actor.id, sharedCoordinator);
      if (actor.relation === 'emergency')
        await grantEmergency(t, shared, actor.id, actor.profession);
    }
    // An entry in the shared case's journal for the team-wide search to find.
    await t.dataSource.query(
      `WITH entry AS (
         INSERT INTO journal_entries (id, case_id, patient_id, team_id, root_id, version, kind, text,
                                      author_id, author_profession, written_at, ts_config)
         SELECT e.id, c.id, c.patient_id, c.team_id, e.id, 1, 'NOTE', 'Matrisenotat om hjemmebesøk',
                $2, 'COORDINATOR', now(), 'norwegian'
           FROM assessment_cases c, (SELECT gen_random_uuid() AS id) e WHERE c.id = $1
         RETURNING id, case_id, written_at)
       INSERT INTO journal_heads (root_id, case_id, latest_id, version, original_written_at)
       SELECT id, case_id, id, 1, written_at FROM entry`,
      [shared.caseId, sharedCoordinator],
    );
    unhandledPatient = await insertPatient(t, nord);
    const receivedAt = new Date('2025-11-03T10:00:00Z');
    const withoutCase = await insertPatient(t, nord);
    openReferral = {
      id: await insertReferral(t, {
        patientId: withoutCase.patientId,
        teamId: nordTeam,
        registeredBy: sharedCoordinator,
        receivedAt,
      }),
      receivedAt,
    };
  }, 60_000);

  afterAll(async () => {
    await t.close();
  });

  it('covers every operation of the matrix, and the matrix every operation walked', () => {
    expect(Object.keys(OPERATIONS).sort()).toEqual(Object.keys(MATRIX).sort());
  });

  for (const operation of Object.keys(MATRIX)) {
    it(`${operation}: every profession and relation gets what the matrix says`, async () => {
      const op = OPERATIONS[operation];
      const mismatches: string[] = [];
      let walked = 0;
      for (const actor of actors) {
        const expected = expectedCell(operation, actor.relation, actor.profession);
        if (expected === '-') continue;
        const kase = op.fresh ? await caseFor(actor, op.fresh) : shared;
        const actual = await op.run({ actor, kase });
        walked++;
        if (actual !== expected)
          mismatches.push(
            `${actor.relation} ${actor.profession}: expected ${expected}, got ${actual}`,
          );
      }
      expect(mismatches).toEqual([]);
      expect(walked).toBeGreaterThan(0);
    }, 60_000);
  }
});
