import { CLINICAL_PROFESSIONS, Profession } from 'src/modules/identity/model';

/*
 * Who may do what (docs/design.md "Who may do what"), as one pure decision per named operation.
 * Every GraphQL query, mutation and subscription (and a subscription's every delivery) has a
 * name here with the rule that decides it; `decide` answers null (allowed) or the refusal.
 * AccessPolicyService applies it (audits the refusal and throws FORBIDDEN); nothing else
 * assembles profession lists or relation checks.
 */

/** Who registers referrals and persons, and triages referrals. */
export const INTAKE_PROFESSIONS: readonly Profession[] = [
  Profession.CASEWORKER,
  Profession.COORDINATOR,
];

/** Who writes in a case: journal, interim services, assessments. */
export const CASE_WORK_PROFESSIONS: readonly Profession[] = [
  ...CLINICAL_PROFESSIONS,
  Profession.CASEWORKER,
  Profession.COORDINATOR,
];

/** Who may break the glass (emergency access). */
export const EMERGENCY_PROFESSIONS: readonly Profession[] = [
  ...CLINICAL_PROFESSIONS,
  Profession.CASEWORKER,
];

/** Who edits goals and measures and agrees the plan (besides the case's coordinator). */
export const GOAL_PLAN_PROFESSIONS: readonly Profession[] = CLINICAL_PROFESSIONS;

/** How long an emergency access grant lasts. */
export const EMERGENCY_ACCESS_HOURS = 4;

/** The caller as the rules see them. */
export interface Subject {
  staffId: string;
  profession: Profession;
  teamIds: readonly string[];
  unitIds: readonly string[];
  /** Districts of the caller's assessment teams. */
  teamDistrictIds: readonly string[];
}

/** How the caller relates to one case, read from the database in the same query as the case. */
export interface CaseRelation {
  /** Member of the case's team. */
  teamMember: boolean;
  /** Assigned to the case (case_members), or the person's coordinating caseworker while it is open. */
  assigned: boolean;
  /** "The coordinator": the case's assigned coordinator, or any COORDINATOR of its team. */
  coordinator: boolean;
  /** Staff of the unit the case is handed over to (sent or acknowledged). */
  receivingUnit: boolean;
  /** An active emergency access grant (break-the-glass): read and journal entries only. */
  emergencyGrant: boolean;
}

/** No relation at all (no such case). */
export const NO_RELATION: CaseRelation = {
  teamMember: false,
  assigned: false,
  coordinator: false,
  receivingUnit: false,
  emergencyGrant: false,
};

/** A read whose visibility is decided in SQL (the policy's read-model conditions). */
export interface Visible {
  visible: boolean;
}

/** A subscriber as they stand at the moment an entry is delivered (re-read each time). */
export interface SubscriberStanding {
  /** False once the staff member is deactivated. */
  active: boolean;
  /** Their relation to the case now (team, assignment, receiving unit, unexpired grant). */
  relation: CaseRelation;
  /** They held an emergency access grant on the case, and it has run out. */
  emergencyGrantExpired: boolean;
}

/** The rule kinds; each operation below has exactly one. */
interface RuleTargets {
  /** Any signed-in staff member (their own profile, code lists). */
  SIGNED_IN: undefined;
  /** The person is visible to the caller (AccessPolicyService.patientVisibleSql). */
  SEE_PATIENT: Visible;
  /** The referral is visible to the caller (AccessPolicyService.referralVisibleSql). */
  SEE_REFERRAL: Visible;
  /** Any relation to the case: team, assignment, receiving unit, emergency grant. */
  SEE_CASE: CaseRelation;
  /** SEE_CASE again, for an active staff member, at every delivery of a subscription. */
  DELIVER_TO_SUBSCRIBER: SubscriberStanding;
  /** CASEWORKER or COORDINATOR of a team in the district. */
  INTAKE_IN_DISTRICT: { districtId: string };
  /** CASEWORKER or COORDINATOR of the receiving team. */
  TRIAGE: { teamId: string };
  /** The case's coordinator. */
  COORDINATE_CASE: CaseRelation;
  /** Clinical professions, CASEWORKER and COORDINATOR of the case. */
  WORK_IN_CASE: CaseRelation;
  /** Those, the receiving unit after handover, and an emergency grant's holder. */
  WRITE_JOURNAL: CaseRelation;
  /** Clinical professions of the case and its coordinator. */
  EDIT_GOAL_PLAN: CaseRelation;
  /** Those, and the receiving unit after handover. */
  EVALUATE_GOALS: CaseRelation;
  /** A CASEWORKER of the case. */
  DECIDE_CASE: CaseRelation;
  /** Staff of the unit the case is handed over to. */
  RECEIVE_CASE: CaseRelation;
  /** A clinical profession or CASEWORKER without another relation to the case. */
  BREAK_THE_GLASS: CaseRelation;
  /** Members of the team. */
  TEAM_MEMBER: { teamId: string };
  /** CASEWORKERs of the team (the weekly review of delegated adjustments). */
  TEAM_CASEWORKER: { teamId: string };
  /** Members of the team, and LEADERs of its district. */
  TEAM_OR_DISTRICT_LEADER: { teamId: string; districtId: string };
  /** Staff of the unit. */
  UNIT_MEMBER: { unitId: string };
  /** LEADERs and team staff of the district (figures without names). */
  DISTRICT_STAFF: { districtId: string };
  PRIVACY_OFFICER: undefined;
  ADMIN: undefined;
  /** Decided by the read of the object's own type (`node(id)` dispatches to it). */
  AS_THE_TYPES_OWN_READ: undefined;
}
export type RuleKind = keyof RuleTargets;

/**
 * Every named operation and its rule. The keys are the schema's Query, Mutation and
 * Subscription fields (a unit spec holds them against schema.graphql), plus a
 * subscription's deliveries.
 */
export const OPERATION_RULES = {
  // Queries
  me: 'SIGNED_IN',
  districts: 'SIGNED_IN',
  functionVariables: 'SIGNED_IN',
  legalBases: 'SIGNED_IN',
  serviceLevels: 'SIGNED_IN',
  patient: 'SEE_PATIENT',
  searchPatients: 'SEE_PATIENT',
  referral: 'SEE_REFERRAL',
  referrals: 'SEE_REFERRAL',
  assessmentCase: 'SEE_CASE',
  assessmentCases: 'SEE_CASE',
  goalPlan: 'SEE_CASE',
  journal: 'SEE_CASE',
  teamJournalSearch: 'TEAM_MEMBER',
  teamStaff: 'TEAM_MEMBER',
  teamDashboard: 'TEAM_OR_DISTRICT_LEADER',
  followUps: 'TEAM_MEMBER',
  // What a decision or handover would produce, read before it is made.
  decisionLetterPreview: 'DECIDE_CASE',
  handoverSummaryPreview: 'COORDINATE_CASE',
  unitFollowUps: 'UNIT_MEMBER',
  statistics: 'DISTRICT_STAFF',
  // The team's tariff budget (Syddjurs): counts and sums, as the dashboard's figures.
  teamBudget: 'TEAM_OR_DISTRICT_LEADER',
  auditTrail: 'PRIVACY_OFFICER',
  emergencyAccesses: 'PRIVACY_OFFICER',
  staffMembers: 'ADMIN',
  municipalitySettings: 'SIGNED_IN',
  // Delegated adjustment (Kolding): the team caseworkers' weekly review list.
  serviceAdjustmentsForReview: 'TEAM_CASEWORKER',
  // Any object by id: the read of its own type decides, and audits, as on that type's query.
  node: 'AS_THE_TYPES_OWN_READ',
  // Mutations: intake
  registerPatient: 'INTAKE_IN_DISTRICT',
  registerReferral: 'INTAKE_IN_DISTRICT',
  acceptReferral: 'TRIAGE',
  rejectReferral: 'TRIAGE',
  redirectReferral: 'TRIAGE',
  // The case's lifecycle and people
  putCaseOnHold: 'COORDINATE_CASE',
  resumeCase: 'COORDINATE_CASE',
  extendDeadline: 'COORDINATE_CASE',
  cancelCase: 'COORDINATE_CASE',
  assignCaseMember: 'COORDINATE_CASE',
  removeCaseMember: 'COORDINATE_CASE',
  changeCaseCoordinator: 'COORDINATE_CASE',
  handOverCase: 'COORDINATE_CASE',
  closeCase: 'COORDINATE_CASE',
  // Work in the case
  recordInterimService: 'WORK_IN_CASE',
  recordAssessment: 'WORK_IN_CASE',
  addJournalEntry: 'WRITE_JOURNAL',
  amendJournalEntry: 'WRITE_JOURNAL',
  markJournalEntryEnteredInError: 'WRITE_JOURNAL',
  addGoal: 'EDIT_GOAL_PLAN',
  updateGoal: 'EDIT_GOAL_PLAN',
  addMeasure: 'EDIT_GOAL_PLAN',
  updateMeasure: 'EDIT_GOAL_PLAN',
  agreeGoalPlan: 'EDIT_GOAL_PLAN',
  reorderGoals: 'EDIT_GOAL_PLAN',
  reorderMeasures: 'EDIT_GOAL_PLAN',
  evaluateGoal: 'EVALUATE_GOALS',
  recordFollowUp: 'EVALUATE_GOALS',
  recordDecision: 'DECIDE_CASE',
  acknowledgeHandover: 'RECEIVE_CASE',
  // An external unit's acknowledgement recorded by the coordinator, naming the person.
  acknowledgeHandoverOnBehalf: 'COORDINATE_CASE',
  returnHandover: 'RECEIVE_CASE',
  requestEmergencyAccess: 'BREAK_THE_GLASS',
  // Delegated adjustment (Kolding): the receiving unit moves a decided service's weekly time
  // within the frame (after acknowledgement, a check of the operation's own); a CASEWORKER of
  // the case confirms or reverses it.
  adjustServiceTime: 'RECEIVE_CASE',
  confirmServiceAdjustment: 'DECIDE_CASE',
  reverseServiceAdjustment: 'DECIDE_CASE',
  // Billund: the case's coordination level, the person's coordinating caseworker
  setCoordinationLevel: 'COORDINATE_CASE',
  setCoordinatingCaseworker: 'INTAKE_IN_DISTRICT',
  // Administration (no person data)
  createStaffMember: 'ADMIN',
  updateMunicipalitySettings: 'ADMIN',
  deactivateStaffMember: 'ADMIN',
  addTeamMembership: 'ADMIN',
  removeTeamMembership: 'ADMIN',
  addUnitMembership: 'ADMIN',
  removeUnitMembership: 'ADMIN',
  // Subscriptions: subscribing, and each delivery (re-decided against current access)
  journalEntryAdded: 'SEE_CASE',
  journalEntryDelivery: 'DELIVER_TO_SUBSCRIBER',
  // One entry (Billund, setting singleEntry): triage work on a referral awaiting triage
  resolveReferralDirectly: 'TRIAGE',
  scheduleCallback: 'TRIAGE',
  recordCallback: 'TRIAGE',
} as const satisfies Record<string, RuleKind>;

export type Operation = keyof typeof OPERATION_RULES;

/** Who each rule allows, in words (the API's manual: the `Operation` enum's descriptions). */
export const RULE_WHO: Record<RuleKind, string> = {
  SIGNED_IN: 'any signed-in staff member',
  SEE_PATIENT: 'staff who may see the person',
  SEE_REFERRAL: 'staff who may see the referral',
  SEE_CASE:
    'anyone related to the case: its team, staff assigned to it, the receiving unit after handover, an emergency access grant',
  DELIVER_TO_SUBSCRIBER: 'an active staff member related to the case at the moment of delivery',
  INTAKE_IN_DISTRICT: 'a CASEWORKER or COORDINATOR of a team in the district',
  TRIAGE: 'a CASEWORKER or COORDINATOR of the receiving team',
  COORDINATE_CASE:
    "the case's coordinator (its assigned coordinator, or any COORDINATOR of its team)",
  WORK_IN_CASE: 'the clinical professions, CASEWORKERs and COORDINATORs of the case',
  WRITE_JOURNAL:
    'the clinical professions, CASEWORKERs and COORDINATORs of the case, the receiving unit after handover, and holders of an emergency access grant',
  EDIT_GOAL_PLAN:
    "the NURSEs, SOCIAL_EDUCATORs, PHYSIOTHERAPISTs and OCCUPATIONAL_THERAPISTs of the case, and the case's coordinator",
  EVALUATE_GOALS: 'those who edit the goal plan, and the receiving unit after handover',
  DECIDE_CASE: 'a CASEWORKER of the case',
  RECEIVE_CASE: 'staff of the unit the case is handed over to',
  BREAK_THE_GLASS: 'a clinical profession or CASEWORKER without another relation to the case',
  TEAM_MEMBER: "the team's members",
  TEAM_CASEWORKER: "the team's CASEWORKERs",
  TEAM_OR_DISTRICT_LEADER: "the team's members, and the LEADERs of its district",
  UNIT_MEMBER: "the unit's staff",
  DISTRICT_STAFF: 'the LEADERs and team staff of the district',
  PRIVACY_OFFICER: 'the PRIVACY_OFFICER',
  ADMIN: 'the ADMIN',
  AS_THE_TYPES_OWN_READ:
    "whoever may read the object through its own type's query (a case as `assessmentCase`, a person as `patient`, ...)",
};
/** What the rule of operation O needs to know beside the caller. */
export type TargetOf<O extends Operation> = RuleTargets[(typeof OPERATION_RULES)[O]];

/** The operations decided on a case from the caller's relation to it. */
export type CaseOperation = {
  [O in Operation]: TargetOf<O> extends CaseRelation ? O : never;
}[Operation];

/** Who can be assigned to a case as a member: those who work in cases. */
export function mayBeAssigned(profession: Profession): boolean {
  return CASE_WORK_PROFESSIONS.includes(profession);
}

/** The privacy officer looks a person up by number, never browses by name. */
export function findsByNumberOnly(subject: Pick<Subject, 'profession'>): boolean {
  return subject.profession === Profession.PRIVACY_OFFICER;
}

/** Operations that are not GraphQL root fields: the second half of a query's scope, deliveries. */
export const INTERNAL_OPERATIONS: readonly Operation[] = [
  'unitFollowUps',
  'acknowledgeHandoverOnBehalf',
  'journalEntryDelivery',
];

/** Every reason an access refusal (FORBIDDEN) carries in `extensions.reason`. */
export const REFUSALS = {
  NO_RELATION_TO_CASE: 'You have no relation to this case',
  NO_RELATION_TO_PATIENT: 'You have no relation to this person',
  NO_RELATION_TO_REFERRAL: 'You have no relation to this referral',
  PROFESSION_NOT_ALLOWED: 'Your profession may not do this',
  NOT_IN_DISTRICT:
    "Only a caseworker or coordinator of a team in the person's district may do this",
  NOT_RECEIVING_TEAM: 'Only a caseworker or coordinator of the receiving team may triage this',
  NOT_CASE_COORDINATOR: "Only the case's coordinator may do this",
  NOT_CASE_CASEWORKER: 'Only a caseworker of the case may do this',
  NOT_RECEIVING_UNIT: 'Only staff of the receiving unit may do this',
  NOT_TEAM_MEMBER: "Only the team's members may do this",
  NOT_UNIT_MEMBER: "Only the unit's staff may do this",
  ALREADY_HAS_ACCESS: 'You already have access to this case; emergency access is not needed',
  NOT_AUTHOR: 'Only the author may correct an entry; add a new entry instead',
  STAFF_DEACTIVATED: 'Your account is deactivated',
  EMERGENCY_ACCESS_EXPIRED: 'Your emergency access to this case has expired',
} as const;
export type Refusal = keyof typeof REFUSALS;

function assertNever(kind: never): never {
  throw new Error(`unhandled rule ${String(kind)}`);
}

const related = (r: CaseRelation) => r.teamMember || r.assigned;
/** Any relation that lets the caller see the case. */
export const anyRelation = (r: CaseRelation): boolean =>
  r.teamMember || r.assigned || r.receivingUnit || r.emergencyGrant;
const has = (list: readonly Profession[], subject: Subject) => list.includes(subject.profession);

/** Work in the case: related (team or assigned) and of a profession that works in cases. */
function workInCase(subject: Subject, r: CaseRelation): Refusal | null {
  if (!related(r)) return 'NO_RELATION_TO_CASE';
  return has(CASE_WORK_PROFESSIONS, subject) ? null : 'PROFESSION_NOT_ALLOWED';
}

function editGoalPlan(subject: Subject, r: CaseRelation): Refusal | null {
  if (r.coordinator) return null;
  if (!related(r)) return 'NO_RELATION_TO_CASE';
  return has(GOAL_PLAN_PROFESSIONS, subject) ? null : 'PROFESSION_NOT_ALLOWED';
}

/**
 * The decision: null when `subject` may perform `operation` on `target`, else the refusal.
 * Pure: the relation and visibility come from the database, read by the policy service.
 */
export function decide<O extends Operation>(
  subject: Subject,
  operation: O,
  target: TargetOf<O>,
): Refusal | null {
  const kind: RuleKind = OPERATION_RULES[operation];
  // Each branch reads the target its rule declares (TargetOf ties the two together).
  const t = target as never;
  switch (kind) {
    case 'SIGNED_IN':
      return null;
    case 'SEE_PATIENT':
      return (t as Visible).visible ? null : 'NO_RELATION_TO_PATIENT';
    case 'SEE_REFERRAL':
      return (t as Visible).visible ? null : 'NO_RELATION_TO_REFERRAL';
    case 'SEE_CASE':
      return anyRelation(t) ? null : 'NO_RELATION_TO_CASE';
    case 'DELIVER_TO_SUBSCRIBER': {
      const standing = t as SubscriberStanding;
      if (!standing.active) return 'STAFF_DEACTIVATED';
      // As for the case list: the privacy officer and the administrator never read journals.
      if (
        subject.profession === Profession.PRIVACY_OFFICER ||
        subject.profession === Profession.ADMIN
      )
        return 'NO_RELATION_TO_CASE';
      if (anyRelation(standing.relation)) return null;
      return standing.emergencyGrantExpired ? 'EMERGENCY_ACCESS_EXPIRED' : 'NO_RELATION_TO_CASE';
    }
    case 'INTAKE_IN_DISTRICT': {
      const { districtId } = t as RuleTargets['INTAKE_IN_DISTRICT'];
      return has(INTAKE_PROFESSIONS, subject) && subject.teamDistrictIds.includes(districtId)
        ? null
        : 'NOT_IN_DISTRICT';
    }
    case 'TRIAGE': {
      const { teamId } = t as RuleTargets['TRIAGE'];
      return has(INTAKE_PROFESSIONS, subject) && subject.teamIds.includes(teamId)
        ? null
        : 'NOT_RECEIVING_TEAM';
    }
    case 'COORDINATE_CASE': {
      const r = t as CaseRelation;
      if (!related(r)) return 'NO_RELATION_TO_CASE';
      return r.coordinator ? null : 'NOT_CASE_COORDINATOR';
    }
    case 'WORK_IN_CASE':
      return workInCase(subject, t);
    case 'WRITE_JOURNAL': {
      const r = t as CaseRelation;
      if (r.receivingUnit) return null;
      if (r.emergencyGrant && has(EMERGENCY_PROFESSIONS, subject)) return null;
      return workInCase(subject, r);
    }
    case 'EDIT_GOAL_PLAN':
      return editGoalPlan(subject, t);
    case 'EVALUATE_GOALS': {
      const r = t as CaseRelation;
      return r.receivingUnit ? null : editGoalPlan(subject, r);
    }
    case 'DECIDE_CASE': {
      const r = t as CaseRelation;
      if (!related(r)) return 'NO_RELATION_TO_CASE';
      return subject.profession === Profession.CASEWORKER ? null : 'NOT_CASE_CASEWORKER';
    }
    case 'RECEIVE_CASE': {
      const r = t as CaseRelation;
      if (r.receivingUnit) return null;
      return related(r) ? 'NOT_RECEIVING_UNIT' : 'NO_RELATION_TO_CASE';
    }
    case 'BREAK_THE_GLASS': {
      const r = t as CaseRelation;
      if (!has(EMERGENCY_PROFESSIONS, subject)) return 'PROFESSION_NOT_ALLOWED';
      // Breaking the glass where the door is open would only blur the audit trail.
      return related(r) || r.receivingUnit ? 'ALREADY_HAS_ACCESS' : null;
    }
    case 'TEAM_MEMBER':
      return subject.teamIds.includes((t as RuleTargets['TEAM_MEMBER']).teamId)
        ? null
        : 'NOT_TEAM_MEMBER';
    case 'TEAM_CASEWORKER': {
      const { teamId } = t as RuleTargets['TEAM_CASEWORKER'];
      if (!subject.teamIds.includes(teamId)) return 'NOT_TEAM_MEMBER';
      return subject.profession === Profession.CASEWORKER ? null : 'PROFESSION_NOT_ALLOWED';
    }
    case 'TEAM_OR_DISTRICT_LEADER': {
      const team = t as RuleTargets['TEAM_OR_DISTRICT_LEADER'];
      return subject.teamIds.includes(team.teamId) ||
        (subject.profession === Profession.LEADER &&
          subject.teamDistrictIds.includes(team.districtId))
        ? null
        : 'NOT_TEAM_MEMBER';
    }
    case 'UNIT_MEMBER':
      return subject.unitIds.includes((t as RuleTargets['UNIT_MEMBER']).unitId)
        ? null
        : 'NOT_UNIT_MEMBER';
    case 'DISTRICT_STAFF': {
      const { districtId } = t as RuleTargets['DISTRICT_STAFF'];
      return subject.teamDistrictIds.includes(districtId) &&
        subject.profession !== Profession.ADMIN &&
        subject.profession !== Profession.PRIVACY_OFFICER
        ? null
        : 'NOT_IN_DISTRICT';
    }
    case 'PRIVACY_OFFICER':
      return subject.profession === Profession.PRIVACY_OFFICER ? null : 'PROFESSION_NOT_ALLOWED';
    case 'ADMIN':
      return subject.profession === Profession.ADMIN ? null : 'PROFESSION_NOT_ALLOWED';
    case 'AS_THE_TYPES_OWN_READ':
      // Never decided here: `node(id)` calls the type's own read, whose rule decides.
      return null;
    default:
      return assertNever(kind);
  }
}

/** The case operations the caller may perform on a case they relate to as `relation`. */
export function caseOperationsAllowed(subject: Subject, relation: CaseRelation): Operation[] {
  const caseRules: readonly RuleKind[] = [
    'SEE_CASE',
    'COORDINATE_CASE',
    'WORK_IN_CASE',
    'WRITE_JOURNAL',
    'EDIT_GOAL_PLAN',
    'EVALUATE_GOALS',
    'DECIDE_CASE',
    'RECEIVE_CASE',
    'BREAK_THE_GLASS',
  ];
  return (Object.keys(OPERATION_RULES) as Operation[]).filter(
    (op) =>
      caseRules.includes(OPERATION_RULES[op]) &&
      decide(subject, op, relation as TargetOf<typeof op>) === null,
  );
}
