/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Accepting a referral opens an assessment case. */
export type AcceptReferralInput = {
  /** Coordinator of the new case; default the caller if a coordinator, else the team's coordinator. */
  coordinatorId?: string | number | null | undefined;
  /** The first members of the new case (e.g. a physiotherapist), assigned in the same step. When the referral joins the person's open case, those not yet assigned to it are added. */
  members?: Array<AssignCaseMemberInput> | null | undefined;
};

/** A new goal (PROPOSED until the plan is agreed). */
export type AddGoalInput = {
  /** Today's score on the variable's scale (IPLOS 1–5, FSIII 0–4). */
  baselineScore?: number | null | undefined;
  /** The IPLOS/FSIII function variable the goal addresses (see `functionVariables`). */
  functionVariableCode?: string | null | undefined;
  /** When the goal should be reached (today or later). */
  targetDate: string;
  /** The score aimed at, on the same scale. */
  targetScore?: number | null | undefined;
  /** The goal in the person's own words (1–2000 characters). */
  text: string;
  /** What matters to the person here. */
  whatMatters?: string | null | undefined;
};

/** A new journal entry. */
export type AddJournalEntryInput = {
  /** A goal the entry is about. */
  goalId?: string | number | null | undefined;
  /** Client-generated key: a retry with the same key returns the first entry instead of writing a second. */
  idempotencyKey?: string | null | undefined;
  /** NOTE, HOME_VISIT, PHONE_CALL, MEETING, FINDING or INTERIM_SERVICE. */
  kind: JournalKind;
  /** A measure the entry is about. */
  measureId?: string | number | null | undefined;
  /** The text (plain, 1–20000 characters). */
  text: string;
  /** Whether the person may read it (default false). */
  visibleToPatient?: boolean | null | undefined;
};

/** A new measure towards a goal. */
export type AddMeasureInput = {
  /** What is done. */
  description: string;
  /** How often, e.g. "daily", "twice a week", "once". */
  frequency: string;
  /** First day. */
  fromDate: string;
  /** Why this step: required above the lowest step suggested in the assessments. */
  justification?: string | null | undefined;
  /** The step of the coping staircase it sits on. */
  level: ServiceLevel;
  /** Who carries it out. */
  responsible: MeasureResponsibleInput;
  /** Default PLANNED. */
  status?: MeasureStatus | null | undefined;
  /** Last day, if known. */
  toDate?: string | null | undefined;
};

/** The corrected version of an entry. */
export type AmendJournalEntryInput = {
  /** A corrected kind (default unchanged). */
  kind?: JournalKind | null | undefined;
  /** The corrected text. */
  text: string;
  /** Whether the person may read it (default unchanged). */
  visibleToPatient?: boolean | null | undefined;
};

/** Assigns a staff member to the case. */
export type AssignCaseMemberInput = {
  /** Their role in the case. */
  role: CaseRole;
  /** The staff member. */
  staffId: string | number;
};

/** READ and WRITE of person data, or a REFUSED attempt. */
export type AuditAccess =
  /** Person data was read. */
  | 'READ'
  /** An attempt on person data was refused (FORBIDDEN); nothing was read or written. */
  | 'REFUSED'
  /** Person data was changed. */
  | 'WRITE';

/** Referrals by their promised callback that is not kept yet. */
export type CallbackFilter =
  /** A callback not kept yet and due by the end of the municipal day (overdue ones included). */
  | 'DUE'
  /** Any callback not kept yet. */
  | 'OPEN'
  /** A callback not kept by its due time. */
  | 'OVERDUE';

/** How a promised callback was kept. */
export type CallbackKeptHow =
  /** The call was made and recorded (`recordCallback`). */
  | 'CALL'
  /** The referral was triaged (accepted, rejected, redirected or resolved directly). */
  | 'TRIAGED';

/** Why a staff member is assigned to a case (assignment gives access to it). */
export type CaseRole =
  /** Takes part in the assessment (mapping, findings, goal plan). */
  | 'ASSESSOR'
  /** Consulted for their expertise, e.g. from another team. */
  | 'CONSULTANT'
  /** The person's and relatives' main contact in the team during the case. */
  | 'PRIMARY_CONTACT';

/** ACTIVE ⇄ ON_HOLD → DECIDED → HANDED_OVER → CLOSED, or CANCELLED. */
export type CaseStatus =
  /** Being assessed; the clarification period runs. */
  | 'ACTIVE'
  /** Ended before a decision, with a reason (e.g. death, moved, withdrew). */
  | 'CANCELLED'
  /** Finished: acknowledged by the receiving unit, handed over to CLOSED, or closed after NO_SERVICES. Follow-up goes on. */
  | 'CLOSED'
  /** A decision is recorded; the clock has stopped. Next: handover, or closure after NO_SERVICES. */
  | 'DECIDED'
  /** Sent to a receiving unit that has not yet acknowledged it; read-only but for the journal, goal evaluation and follow-up. */
  | 'HANDED_OVER'
  /** Paused (e.g. hospital admission); the clock stops and the deadline moves by the days on hold. */
  | 'ON_HOLD';

/** Creates a staff member (ADMIN only). */
export type CreateStaffMemberInput = {
  /** Work e-mail (stored lower case). */
  email: string;
  /** Full name. */
  name: string;
  /** Profession. */
  profession: Profession;
  /** Subject (`sub`) at the identity provider; default the e-mail. */
  subject?: string | null | undefined;
};

/** What the decision grants: nothing, what was asked, or part of it. */
export type DecisionOutcome =
  /** The services asked for are granted. */
  | 'GRANTED'
  /** No services granted; the coordinator closes the case without a handover. */
  | 'NO_SERVICES'
  /** Part of what was asked for is granted. */
  | 'PARTLY_GRANTED';

/** How the frame of delegated adjustment is measured (Kolding). */
export type DelegatedFrameKind =
  /** Hours a week, up or down from the decided time. */
  | 'HOURS'
  /** A percentage of the decided weekly time, up or down. */
  | 'PERCENT';

/** How an inquiry resolved at first contact ended, counted in the statistics. */
export type DirectResolutionOutcome =
  /** An aid or welfare technology was arranged (e.g. a safety alarm). */
  | 'AID_OR_TECHNOLOGY'
  /** Information or guidance was given. */
  | 'INFORMATION_GIVEN'
  /** Referred to a low-threshold offer (e.g. a healthy-living centre, activities). */
  | 'LOW_THRESHOLD_OFFER'
  /** Something else, described in the note. */
  | 'OTHER';

/** One district’s overrides; a field left out stays as it is, null makes the district inherit the default. */
export type DistrictOverridesInput = {
  /** Harstad: calendar days from acceptance to the decision deadline (first value from CLARIFICATION_DAYS) (1–60). Null: inherit the municipal default. */
  clarificationDays?: number | null | undefined;
  /** Billund: cases carry a coordination level 1–3, and the person a coordinating caseworker. Null: inherit the municipal default. */
  coordinationLevels?: boolean | null | undefined;
  /** Kolding: the receiving unit adjusts a decided service’s weekly time within a frame. Null: inherit the municipal default. */
  delegatedAdjustment?: boolean | null | undefined;
  /** Kolding: whether the frame is a percentage of the decided time or hours a week. Null: inherit the municipal default. */
  delegatedFrameKind?: DelegatedFrameKind | null | undefined;
  /** Kolding: the frame, up and down from the decided time (percent, or hours a week) (0–100). Null: inherit the municipal default. */
  delegatedFrameValue?: number | null | undefined;
  /** Syddjurs: weeks from handover to the reassessment of a DEVELOPING decision (1–104). Null: inherit the municipal default. */
  developingFollowUpWeeks?: number | null | undefined;
  /** The district. */
  districtId: string | number;
  /** Billund: assessments by at least this many professions before a decision at level 2 or 3 (1–6). Null: inherit the municipal default. */
  level2MinProfessions?: number | null | undefined;
  /** Billund: a coordination meeting with the person or relatives before a decision at level 3. Null: inherit the municipal default. */
  level3RequiresMeeting?: boolean | null | undefined;
  /** Syddjurs: months from handover to the follow-up of a MAINTAINING decision (1–36). Null: inherit the municipal default. */
  maintainingFollowUpMonths?: number | null | undefined;
  /** Billund: referrals may be resolved at first contact and callbacks promised. Null: inherit the municipal default. */
  singleEntry?: boolean | null | undefined;
  /** Syddjurs: band 1 is at least 0 and under this many hours a week (0.25–168). Null: inherit the municipal default. */
  tariffBand1Below?: number | null | undefined;
  /** Syddjurs: band 2 is from band 1’s limit and under this many hours a week (0.25–168). Null: inherit the municipal default. */
  tariffBand2Below?: number | null | undefined;
  /** Syddjurs: band 3 is from band 2’s limit up to and including this; above is "individual" (0.25–168). Null: inherit the municipal default. */
  tariffBand3UpTo?: number | null | undefined;
  /** Syddjurs: a decision carries a tariff category, and its weekly hours a band. Null: inherit the municipal default. */
  tariffCategories?: boolean | null | undefined;
  /** Syddjurs: an "individual" week’s price per decided hour, whole kroner (0–100000). Null: inherit the municipal default. */
  tariffHourlyPriceIndividual?: number | null | undefined;
  /** Syddjurs: the price of one week in band 1, whole kroner (0–1000000). Null: inherit the municipal default. */
  tariffWeeklyPriceBand1?: number | null | undefined;
  /** Syddjurs: the price of one week in band 2, whole kroner (0–1000000). Null: inherit the municipal default. */
  tariffWeeklyPriceBand2?: number | null | undefined;
  /** Syddjurs: the price of one week in band 3, whole kroner (0–1000000). Null: inherit the municipal default. */
  tariffWeeklyPriceBand3?: number | null | undefined;
};

/** The result of a goal, with what was seen. */
export type EvaluateGoalInput = {
  /** The evaluation (1–5000 characters). */
  evaluation: string;
  /** Achieved, partly achieved or not achieved. */
  outcome: GoalOutcome;
};

/** FSIII-style follow-up result; REASSESS opens a new assessment from a new referral. */
export type FollowUpResult =
  /** Adjusted within the decided frame, without a new decision (FSIII: Ændres inden for rammen). */
  | 'ADJUST_WITHIN_FRAME'
  /** The services go on as decided (FSIII: Fortsættes). */
  | 'CONTINUE'
  /** The services end (FSIII: Afsluttes). */
  | 'END'
  /** A new assessment is needed; a new referral is opened (FSIII: Revisitation). */
  | 'REASSESS';

/** IPLOS (Norway: 1 no problems … 5 full need of help, 9 not relevant) or FSIII (Denmark: 0 no limitation … 4 total, 9 not relevant). */
export type FunctionScale =
  /** Denmark (KL, Fælles Sprog III): 0 no or insignificant limitation, 1 light, 2 moderate, 3 severe, 4 total; 9 not relevant. */
  | 'FSIII'
  /** Norway (Helsedirektoratet): 1 no problems, 2 manages alone with difficulty, 3 needs help with parts, 4 large need, 5 full need; 9 not relevant. */
  | 'IPLOS';

/** One function variable and its score. */
export type FunctionScoreInput = {
  /** The score on the municipality's scale: IPLOS 1–5 or 9 (not relevant), FSIII 0–4 or 9. */
  score: number;
  /** The variable's code (see `functionVariables`), e.g. IPLOS_SPISE. */
  variableCode: string;
};

/** The result of evaluating a goal. */
export type GoalOutcome =
  /** The goal was achieved. */
  | 'ACHIEVED'
  /** The goal was not achieved. */
  | 'NOT_ACHIEVED'
  /** The goal was partly achieved. */
  | 'PARTLY_ACHIEVED';

/** What a revision of the goal plan did. */
export type GoalPlanAction =
  /** A goal was added. */
  | 'ADD_GOAL'
  /** A measure was added to a goal. */
  | 'ADD_MEASURE'
  /** The plan was agreed by the person or a representative. */
  | 'AGREE_PLAN'
  /** A goal was evaluated. */
  | 'EVALUATE_GOAL'
  /** The goals were put in a new order. */
  | 'REORDER_GOALS'
  /** A goal's measures were put in a new order. */
  | 'REORDER_MEASURES'
  /** A goal was changed. */
  | 'UPDATE_GOAL'
  /** A measure was changed. */
  | 'UPDATE_MEASURE';

/** Who agreed the plan: the person, or a named representative. */
export type GoalPlanAgreedBy =
  /** The person themselves. */
  | 'PERSON'
  /** A named representative (e.g. guardian or next of kin). */
  | 'REPRESENTATIVE';

/** DRAFT until first agreed; AGREED; CHANGED_SINCE_AGREEMENT after a change of an agreed plan, until it is agreed again (counts as not agreed). */
export type GoalPlanStatus =
  /** Agreed by the person or a named representative, exactly in the version they saw. */
  | 'AGREED'
  /** Changed after agreement and not agreed again; counts as not agreed for handover and risk. */
  | 'CHANGED_SINCE_AGREEMENT'
  /** Not yet agreed with the person. */
  | 'DRAFT';

/** PROPOSED → AGREED → ACHIEVED | PARTLY_ACHIEVED | NOT_ACHIEVED, or CANCELLED. */
export type GoalStatus =
  /** Evaluated: achieved. */
  | 'ACHIEVED'
  /** Agreed with the person as part of the plan. */
  | 'AGREED'
  /** Dropped; no longer pursued. */
  | 'CANCELLED'
  /** Evaluated: not achieved. */
  | 'NOT_ACHIEVED'
  /** Evaluated: partly achieved. */
  | 'PARTLY_ACHIEVED'
  /** Written, not yet agreed; agreeing the plan makes it AGREED. */
  | 'PROPOSED';

/** A service granted: hours or visits per week, from and (optionally) to. */
export type GrantedServiceInput = {
  /** First day. */
  fromDate: string;
  /** Hours per week (give this or visitsPerWeek). */
  hoursPerWeek?: number | null | undefined;
  /** Catalogue code (see serviceLevels { services { code } }). */
  serviceCode: string;
  /** Last day, if limited. */
  toDate?: string | null | undefined;
  /** Visits per week (give this or hoursPerWeek). */
  visitsPerWeek?: number | null | undefined;
};

/** Hands a decided case over. */
export type HandOverCaseInput = {
  /** Where the case goes. */
  destination: HandoverDestination;
  /** Follow-up date; default FOLLOW_UP_MONTHS (3) months from today. */
  followUpDate?: string | null | undefined;
  /** The receiving unit (required unless CLOSED). */
  receivingUnitId?: string | number | null | undefined;
};

/** Where the case goes after the assessment; CLOSED ends it at once. */
export type HandoverDestination =
  /** No receiving unit: the handover closes the case at once. */
  | 'CLOSED'
  /** Low-threshold and preventive services: a LOW_THRESHOLD unit receives the case. */
  | 'LOW_THRESHOLD'
  /** Ordinary home care: a HOME_CARE unit receives the case. */
  | 'ORDINARY_HOME_CARE'
  /** Other services (e.g. a day centre, a short-term ward, a private provider): any unit. */
  | 'OTHER_SERVICES';

/** SENT until the receiving unit acknowledges (or returns) it; CLOSED for destination CLOSED. */
export type HandoverStatus =
  /** The receiving unit took it over; the case is CLOSED and follow-up goes on. */
  | 'ACKNOWLEDGED'
  /** Destination CLOSED: no receiving unit, the case closed at once. */
  | 'CLOSED'
  /** The receiving unit sent it back with a reason; the case is DECIDED again. */
  | 'RETURNED'
  /** Waiting for the receiving unit to acknowledge or return it; the case is HANDED_OVER. */
  | 'SENT';

/** Help given during the clarification period. */
export type InterimServiceKind =
  /** Assistive aids (hjelpemidler / hjælpemidler). */
  | 'AIDS'
  /** Home nursing (hjemmesykepleie / hjemmesygepleje). */
  | 'HOME_NURSING'
  /** Meals delivered or served. */
  | 'MEALS'
  /** Other help; the description says what. */
  | 'OTHER'
  /** Personal care (personlig stell / personlig pleje). */
  | 'PERSONAL_CARE'
  /** Practical help at home (praktisk bistand / praktisk hjælp). */
  | 'PRACTICAL_ASSISTANCE'
  /** Safety alarm (trygghetsalarm / nødkald). */
  | 'SAFETY_ALARM'
  /** Short-term or relief stay in an institution. */
  | 'SHORT_TERM_STAY';

/** What an entry records. EVENT, DECISION and HANDOVER are written by the system only. */
export type JournalKind =
  /** Written by the system when a decision is recorded. */
  | 'DECISION'
  /** Written by the system when the case changes (hold, resume, extension, members, …). */
  | 'EVENT'
  /** A professional finding from the assessment. */
  | 'FINDING'
  /** Written by the system when the case is handed over, acknowledged or returned. */
  | 'HANDOVER'
  /** A visit in the person's home. */
  | 'HOME_VISIT'
  /** Help given during the clarification period. */
  | 'INTERIM_SERVICE'
  /** A meeting, e.g. a team meeting or a meeting with the person and relatives. */
  | 'MEETING'
  /** A general note. */
  | 'NOTE'
  /** A telephone conversation with the person, a relative or a partner. */
  | 'PHONE_CALL';

/** A question of the assessment: the five mapping questions (one per step of the staircase, lowest first) and what matters to the person. */
export type MappingQuestion =
  /** Low-threshold and preventive services (step 5). */
  | 'LOW_THRESHOLD'
  /** What relatives, neighbours and friends give or can give (step 2). */
  | 'NETWORK'
  /** What the person masters, or can learn to master (step 1). */
  | 'SELF_MASTERY'
  /** Voluntary organisations' offers that fit (step 3). */
  | 'VOLUNTARY'
  /** Welfare technology and aids (step 4). */
  | 'WELFARE_TECHNOLOGY'
  /** What matters to the person, in the person's own words. */
  | 'WHAT_MATTERS';

/** Who carries out a measure: STAFF by profession (optionally a named staff member), or a RELATIVE, VOLUNTEER (optionally named) or the PERSON. */
export type MeasureResponsibleInput = {
  /** Staff, relative, volunteer or person. */
  kind: MeasureResponsibleKind;
  /** A name (RELATIVE or VOLUNTEER only). */
  name?: string | null | undefined;
  /** The profession (STAFF only). */
  profession?: Profession | null | undefined;
  /** A named staff member of that profession (STAFF only). */
  staffId?: string | number | null | undefined;
};

/** STAFF (a profession, optionally a named staff member), RELATIVE, VOLUNTEER, or PERSON (the person themselves). */
export type MeasureResponsibleKind =
  /** The person themselves. */
  | 'PERSON'
  /** A relative or other next of kin. */
  | 'RELATIVE'
  /** Staff: a profession, optionally a named staff member. */
  | 'STAFF'
  /** A volunteer or voluntary organisation. */
  | 'VOLUNTEER';

/** PLANNED → ACTIVE ⇄ PAUSED → DONE | STOPPED (DONE and STOPPED are final). */
export type MeasureStatus =
  /** Under way. */
  | 'ACTIVE'
  /** Carried out (final). */
  | 'DONE'
  /** Temporarily paused; can become ACTIVE again. */
  | 'PAUSED'
  /** Agreed to happen, not started. */
  | 'PLANNED'
  /** Stopped before it was done (final). */
  | 'STOPPED';

/** New municipal defaults; a field left out stays as it is. */
export type MunicipalDefaultsInput = {
  /** Harstad: calendar days from acceptance to the decision deadline (first value from CLARIFICATION_DAYS) (1–60). */
  clarificationDays?: number | null | undefined;
  /** Billund: cases carry a coordination level 1–3, and the person a coordinating caseworker. */
  coordinationLevels?: boolean | null | undefined;
  /** Kolding: the receiving unit adjusts a decided service’s weekly time within a frame. */
  delegatedAdjustment?: boolean | null | undefined;
  /** Kolding: whether the frame is a percentage of the decided time or hours a week. */
  delegatedFrameKind?: DelegatedFrameKind | null | undefined;
  /** Kolding: the frame, up and down from the decided time (percent, or hours a week) (0–100). */
  delegatedFrameValue?: number | null | undefined;
  /** Syddjurs: weeks from handover to the reassessment of a DEVELOPING decision (1–104). */
  developingFollowUpWeeks?: number | null | undefined;
  /** Billund: assessments by at least this many professions before a decision at level 2 or 3 (1–6). */
  level2MinProfessions?: number | null | undefined;
  /** Billund: a coordination meeting with the person or relatives before a decision at level 3. */
  level3RequiresMeeting?: boolean | null | undefined;
  /** Syddjurs: months from handover to the follow-up of a MAINTAINING decision (1–36). */
  maintainingFollowUpMonths?: number | null | undefined;
  /** Billund: referrals may be resolved at first contact and callbacks promised. */
  singleEntry?: boolean | null | undefined;
  /** Syddjurs: band 1 is at least 0 and under this many hours a week (0.25–168). */
  tariffBand1Below?: number | null | undefined;
  /** Syddjurs: band 2 is from band 1’s limit and under this many hours a week (0.25–168). */
  tariffBand2Below?: number | null | undefined;
  /** Syddjurs: band 3 is from band 2’s limit up to and including this; above is "individual" (0.25–168). */
  tariffBand3UpTo?: number | null | undefined;
  /** Syddjurs: a decision carries a tariff category, and its weekly hours a band. */
  tariffCategories?: boolean | null | undefined;
  /** Syddjurs: an "individual" week’s price per decided hour, whole kroner (0–100000). */
  tariffHourlyPriceIndividual?: number | null | undefined;
  /** Syddjurs: the price of one week in band 1, whole kroner (0–1000000). */
  tariffWeeklyPriceBand1?: number | null | undefined;
  /** Syddjurs: the price of one week in band 2, whole kroner (0–1000000). */
  tariffWeeklyPriceBand2?: number | null | undefined;
  /** Syddjurs: the price of one week in band 3, whole kroner (0–1000000). */
  tariffWeeklyPriceBand3?: number | null | undefined;
};

/** The municipality's language: its journal texts, letters, legal bases and function scale. */
export type MunicipalityLanguage =
  /** Danish, Danish law. */
  | 'da'
  /** Norwegian (bokmål), Norwegian law. */
  | 'nb';

/** NO: Norwegian fødselsnummer or D-number; DK: Danish CPR number. */
export type NationalIdCountry =
  /** Denmark: CPR number (10 digits; date part and format checked, no mod-11). */
  | 'DK'
  /** Norway: fødselsnummer, D-number or H-number (11 digits, both mod-11 check digits). */
  | 'NO';

/** A named operation of the API, as the access policy decides it (docs/security.md "Who may do what"). Most are the query, mutation or subscription of the same name; `unitFollowUps` is `followUps(unitId)` and `acknowledgeHandoverOnBehalf` is `acknowledgeHandover` with `onBehalfOfName`. */
export type Operation =
  /** Allowed to a CASEWORKER or COORDINATOR of the receiving team. */
  | 'acceptReferral'
  /** Allowed to staff of the unit the case is handed over to. */
  | 'acknowledgeHandover'
  /** Allowed to the case's coordinator (its assigned coordinator, or any COORDINATOR of its team). */
  | 'acknowledgeHandoverOnBehalf'
  /** Allowed to the NURSEs, SOCIAL_EDUCATORs, PHYSIOTHERAPISTs and OCCUPATIONAL_THERAPISTs of the case, and the case's coordinator. */
  | 'addGoal'
  /** Allowed to the clinical professions, CASEWORKERs and COORDINATORs of the case, the receiving unit after handover, and holders of an emergency access grant. */
  | 'addJournalEntry'
  /** Allowed to the NURSEs, SOCIAL_EDUCATORs, PHYSIOTHERAPISTs and OCCUPATIONAL_THERAPISTs of the case, and the case's coordinator. */
  | 'addMeasure'
  /** Allowed to the ADMIN. */
  | 'addTeamMembership'
  /** Allowed to the ADMIN. */
  | 'addUnitMembership'
  /** Allowed to the NURSEs, SOCIAL_EDUCATORs, PHYSIOTHERAPISTs and OCCUPATIONAL_THERAPISTs of the case, and the case's coordinator. */
  | 'agreeGoalPlan'
  /** Allowed to the clinical professions, CASEWORKERs and COORDINATORs of the case, the receiving unit after handover, and holders of an emergency access grant. */
  | 'amendJournalEntry'
  /** Allowed to anyone related to the case: its team, staff assigned to it, the receiving unit after handover, an emergency access grant. */
  | 'assessmentCase'
  /** Allowed to anyone related to the case: its team, staff assigned to it, the receiving unit after handover, an emergency access grant. */
  | 'assessmentCases'
  /** Allowed to the case's coordinator (its assigned coordinator, or any COORDINATOR of its team). */
  | 'assignCaseMember'
  /** Allowed to the PRIVACY_OFFICER. */
  | 'auditTrail'
  /** Allowed to the case's coordinator (its assigned coordinator, or any COORDINATOR of its team). */
  | 'cancelCase'
  /** Allowed to the case's coordinator (its assigned coordinator, or any COORDINATOR of its team). */
  | 'changeCaseCoordinator'
  /** Allowed to the case's coordinator (its assigned coordinator, or any COORDINATOR of its team). */
  | 'closeCase'
  /** Allowed to the ADMIN. */
  | 'createStaffMember'
  /** Allowed to the ADMIN. */
  | 'deactivateStaffMember'
  /** Allowed to a CASEWORKER of the case. */
  | 'decisionLetterPreview'
  /** Allowed to any signed-in staff member. */
  | 'districts'
  /** Allowed to the PRIVACY_OFFICER. */
  | 'emergencyAccesses'
  /** Allowed to those who edit the goal plan, and the receiving unit after handover. */
  | 'evaluateGoal'
  /** Allowed to the case's coordinator (its assigned coordinator, or any COORDINATOR of its team). */
  | 'extendDeadline'
  /** Allowed to the team's members. */
  | 'followUps'
  /** Allowed to any signed-in staff member. */
  | 'functionVariables'
  /** Allowed to anyone related to the case: its team, staff assigned to it, the receiving unit after handover, an emergency access grant. */
  | 'goalPlan'
  /** Allowed to the case's coordinator (its assigned coordinator, or any COORDINATOR of its team). */
  | 'handOverCase'
  /** Allowed to the case's coordinator (its assigned coordinator, or any COORDINATOR of its team). */
  | 'handoverSummaryPreview'
  /** Allowed to anyone related to the case: its team, staff assigned to it, the receiving unit after handover, an emergency access grant. */
  | 'journal'
  /** Allowed to anyone related to the case: its team, staff assigned to it, the receiving unit after handover, an emergency access grant. */
  | 'journalEntryAdded'
  /** Allowed to any signed-in staff member. */
  | 'legalBases'
  /** Allowed to the clinical professions, CASEWORKERs and COORDINATORs of the case, the receiving unit after handover, and holders of an emergency access grant. */
  | 'markJournalEntryEnteredInError'
  /** Allowed to any signed-in staff member. */
  | 'me'
  /** Allowed to any signed-in staff member. */
  | 'municipalitySettings'
  /** Allowed to whoever may read the object through its own type's query (a case as `assessmentCase`, a person as `patient`, ...). */
  | 'node'
  /** Allowed to staff who may see the person. */
  | 'patient'
  /** Allowed to the case's coordinator (its assigned coordinator, or any COORDINATOR of its team). */
  | 'putCaseOnHold'
  /** Allowed to the clinical professions, CASEWORKERs and COORDINATORs of the case. */
  | 'recordAssessment'
  /** Allowed to a CASEWORKER or COORDINATOR of the receiving team. */
  | 'recordCallback'
  /** Allowed to a CASEWORKER of the case. */
  | 'recordDecision'
  /** Allowed to those who edit the goal plan, and the receiving unit after handover. */
  | 'recordFollowUp'
  /** Allowed to the clinical professions, CASEWORKERs and COORDINATORs of the case. */
  | 'recordInterimService'
  /** Allowed to a CASEWORKER or COORDINATOR of the receiving team. */
  | 'redirectReferral'
  /** Allowed to staff who may see the referral. */
  | 'referral'
  /** Allowed to staff who may see the referral. */
  | 'referrals'
  /** Allowed to a CASEWORKER or COORDINATOR of a team in the district. */
  | 'registerPatient'
  /** Allowed to a CASEWORKER or COORDINATOR of a team in the district. */
  | 'registerReferral'
  /** Allowed to a CASEWORKER or COORDINATOR of the receiving team. */
  | 'rejectReferral'
  /** Allowed to the case's coordinator (its assigned coordinator, or any COORDINATOR of its team). */
  | 'removeCaseMember'
  /** Allowed to the ADMIN. */
  | 'removeTeamMembership'
  /** Allowed to the ADMIN. */
  | 'removeUnitMembership'
  /** Allowed to the NURSEs, SOCIAL_EDUCATORs, PHYSIOTHERAPISTs and OCCUPATIONAL_THERAPISTs of the case, and the case's coordinator. */
  | 'reorderGoals'
  /** Allowed to the NURSEs, SOCIAL_EDUCATORs, PHYSIOTHERAPISTs and OCCUPATIONAL_THERAPISTs of the case, and the case's coordinator. */
  | 'reorderMeasures'
  /** Allowed to a clinical profession or CASEWORKER without another relation to the case. */
  | 'requestEmergencyAccess'
  /** Allowed to a CASEWORKER or COORDINATOR of the receiving team. */
  | 'resolveReferralDirectly'
  /** Allowed to the case's coordinator (its assigned coordinator, or any COORDINATOR of its team). */
  | 'resumeCase'
  /** Allowed to staff of the unit the case is handed over to. */
  | 'returnHandover'
  /** Allowed to a CASEWORKER or COORDINATOR of the receiving team. */
  | 'scheduleCallback'
  /** Allowed to staff who may see the person. */
  | 'searchPatients'
  /** Allowed to any signed-in staff member. */
  | 'serviceLevels'
  /** Allowed to the ADMIN. */
  | 'staffMembers'
  /** Allowed to the LEADERs and team staff of the district. */
  | 'statistics'
  /** Allowed to the team's members, and the LEADERs of its district. */
  | 'teamDashboard'
  /** Allowed to the team's members. */
  | 'teamJournalSearch'
  /** Allowed to the team's members. */
  | 'teamStaff'
  /** Allowed to the unit's staff. */
  | 'unitFollowUps'
  /** Allowed to the NURSEs, SOCIAL_EDUCATORs, PHYSIOTHERAPISTs and OCCUPATIONAL_THERAPISTs of the case, and the case's coordinator. */
  | 'updateGoal'
  /** Allowed to the NURSEs, SOCIAL_EDUCATORs, PHYSIOTHERAPISTs and OCCUPATIONAL_THERAPISTs of the case, and the case's coordinator. */
  | 'updateMeasure'
  /** Allowed to the ADMIN. */
  | 'updateMunicipalitySettings';

/** A relative or network contact of the person. */
export type PatientContactInput = {
  /** What help this person gives. */
  helpGiven?: string | null | undefined;
  /** Registered next of kin (default false). */
  isNextOfKin?: boolean | null | undefined;
  /** Name of the contact. */
  name: string;
  /** Phone number. */
  phone?: string | null | undefined;
  /** Relation to the person, e.g. "datter". */
  relation: string;
};

/** A staff member's profession; it decides what they may do in a case. */
export type Profession =
  /** Administrator: staff, team and unit membership and settings; no access to person data. */
  | 'ADMIN'
  /** Caseworker (saksbehandler / myndighedsperson): triages referrals and records the decision (vedtak). */
  | 'CASEWORKER'
  /** Coordinator: triages referrals, runs the case (hold, extend, members) and hands it over. */
  | 'COORDINATOR'
  /** Staff of a receiving unit; sees a case only after it is handed over to their unit. */
  | 'HOME_CARE'
  /** Team or unit leader: dashboard and statistics of their district, without names. */
  | 'LEADER'
  /** Nurse (sykepleier / sygeplejerske): clinical profession; writes journal entries and assessments and edits the goal plan. */
  | 'NURSE'
  /** Occupational therapist (ergoterapeut): clinical profession; writes journal entries and assessments and edits the goal plan. */
  | 'OCCUPATIONAL_THERAPIST'
  /** Physiotherapist (fysioterapeut): clinical profession; writes journal entries and assessments and edits the goal plan. */
  | 'PHYSIOTHERAPIST'
  /** Privacy officer: audit trail and emergency-access list, never journal contents. */
  | 'PRIVACY_OFFICER'
  /** Social educator (vernepleier / socialpædagog): clinical profession; writes journal entries and assessments and edits the goal plan. */
  | 'SOCIAL_EDUCATOR';

/** A new version of your findings in a case: the five mapping questions, what matters to the person, function scores and the lowest sufficient level. At least one must be given. */
export type RecordAssessmentInput = {
  /** Low-threshold services (training groups, day centres, senior centres) that fit. */
  lowThreshold?: string | null | undefined;
  /** Network: what relatives, neighbours and friends give or can give. */
  network?: string | null | undefined;
  /** Function scores; each variable at most once. */
  scores?: Array<FunctionScoreInput> | null | undefined;
  /** Self-mastery: what the person masters, or can learn to master. */
  selfMastery?: string | null | undefined;
  /** The lowest step of the coping staircase you judge sufficient. */
  suggestedLevel?: ServiceLevel | null | undefined;
  /** Voluntary offers: voluntary organisations' offers that fit. */
  voluntary?: string | null | undefined;
  /** Welfare technology and aids that help or could help. */
  welfareTechnology?: string | null | undefined;
  /** What matters to the person, in the person's own words. */
  whatMatters?: string | null | undefined;
};

/** The formal decision on services. */
export type RecordDecisionInput = {
  /** Why: quoted in the decision letter. */
  justification: string;
  /** Legal basis code (see legalBases). */
  legalBasisCode: string;
  /** NO_SERVICES, GRANTED or PARTLY_GRANTED. */
  outcome: DecisionOutcome;
  /** When to review the decision. */
  reviewDate?: string | null | undefined;
  /** Staircase step decided; default the highest step of the granted services. */
  serviceLevel?: ServiceLevel | null | undefined;
  /** Services granted (none for NO_SERVICES). */
  services: Array<GrantedServiceInput>;
};

/** A follow-up after handover. */
export type RecordFollowUpInput = {
  /** The next follow-up (for CONTINUE and ADJUST_WITHIN_FRAME; default FOLLOW_UP_MONTHS on). */
  nextFollowUpDate?: string | null | undefined;
  /** What was found. */
  note: string;
  /** CONTINUE, ADJUST_WITHIN_FRAME, END or REASSESS. */
  result: FollowUpResult;
};

/** Help given during the clarification period. */
export type RecordInterimServiceInput = {
  /** What is done. */
  description: string;
  /** How often. */
  frequency: string;
  /** First day. */
  fromDate: string;
  /** Kind of help. */
  kind: InterimServiceKind;
  /** Who is responsible. */
  responsible: string;
  /** Last day, if known. */
  toDate?: string | null | undefined;
};

/** Sends a referral on to another service. */
export type RedirectReferralInput = {
  /** Why. */
  reason: string;
  /** To whom, e.g. "Fastlegen" or "Spesialisthelsetjenesten". */
  redirectedTo: string;
};

/** How the inquiry arrived. */
export type ReferralChannel =
  /** By digital message or electronic application (e.g. a health-network message). */
  | 'DIGITAL'
  /** By letter or paper form. */
  | 'LETTER'
  /** In a meeting or in person. */
  | 'MEETING'
  /** By telephone. */
  | 'PHONE';

/** Which referrals to list. */
export type ReferralFilter = {
  /** One entry: only referrals with a callback not kept yet (OPEN), due by the end of today (DUE, overdue ones included) or overdue (OVERDUE). */
  callback?: CallbackFilter | null | undefined;
  /** Received at or after. */
  receivedFrom?: string | null | undefined;
  /** Received before. */
  receivedTo?: string | null | undefined;
  /** Only these statuses. */
  status?: Array<ReferralStatus> | null | undefined;
  /** Only this receiving team. */
  teamId?: string | number | null | undefined;
  /** Only URGENT referrals still awaiting triage after their triage deadline (true), or all others (false). */
  triageOverdue?: boolean | null | undefined;
  /** Only NORMAL or only URGENT referrals. */
  urgency?: Urgency | null | undefined;
};

/** Who the inquiry came from. */
export type ReferralSource =
  /** The general practitioner (fastlege / egen læge). */
  | 'GP'
  /** The municipality's own home care, e.g. when a need changes. */
  | 'HOME_CARE'
  /** The hospital, ahead of a discharge (utskrivning / udskrivelse). */
  | 'HOSPITAL_DISCHARGE'
  /** Anyone else (another service, a neighbour, a voluntary organisation). */
  | 'OTHER'
  /** A relative or other next of kin (pårørende). */
  | 'RELATIVE'
  /** The person themselves. */
  | 'SELF';

/** RECEIVED until triaged; ACCEPTED opens (or joins) a case. */
export type ReferralStatus =
  /** Accepted: it opened an assessment case, or joined the open case of the same person. */
  | 'ACCEPTED'
  /** Registered and waiting for triage. */
  | 'RECEIVED'
  /** Sent on to another service or unit, naming whom. */
  | 'REDIRECTED'
  /** Rejected, with a reason. */
  | 'REJECTED'
  /** Resolved at first contact (one entry, Billund): closed without a case, with an outcome and a note. */
  | 'RESOLVED_DIRECTLY';

/** Registers a person in the municipality. */
export type RegisterPatientInput = {
  /** Street address. */
  address: string;
  /** Birth year from the population register. Required for Norwegian numbers issued under the rule from 2032, whose individual number no longer tells the century (BIRTH_YEAR_REQUIRED); when given it must agree with the date digits (BIRTH_YEAR_MISMATCH). Not used for CPR numbers. */
  birthYear?: number | null | undefined;
  /** Post town. */
  city?: string | null | undefined;
  /** Relatives and network. */
  contacts?: Array<PatientContactInput> | null | undefined;
  /** Home-care district where the person lives. */
  districtId: string | number;
  /** Family name. */
  familyName: string;
  /** Given name(s). */
  givenName: string;
  /** Fødselsnummer, D-number or CPR number (spaces and a CPR hyphen allowed). */
  nationalId: string;
  /** Issuing country; default from the municipality (NO for nb, DK for da). */
  nationalIdCountry?: NationalIdCountry | null | undefined;
  /** Phone number. */
  phone?: string | null | undefined;
  /** Postal code. */
  postalCode?: string | null | undefined;
};

/** A new inquiry or application for services. */
export type RegisterReferralInput = {
  /** How it arrived. */
  channel: ReferralChannel;
  /** What the inquiry says. */
  description: string;
  /** What help is asked for. */
  helpRequested: string;
  /** The person, by id (one you may see). Give either this or `person`. */
  patientId?: string | number | null | undefined;
  /** The person by national identity number, with the data to register them if the number is not registered yet (always required, so the answer is the same either way). A person registered in any district is linked without being disclosed; the referral is for `districtId` (the person's new district), and the person moves there when the receiving team accepts. Give either this or `patientId`. */
  person?: RegisterPatientInput | null | undefined;
  /** When it arrived (not in the future). */
  receivedAt: string;
  /** How to reach the referrer. */
  referrerContact?: string | null | undefined;
  /** Name of the referrer. */
  referrerName?: string | null | undefined;
  /** Staircase step of the help asked for. */
  requestedLevel?: ServiceLevel | null | undefined;
  /** Who it came from. */
  source: ReferralSource;
  /** Receiving team; default the SOMATIC team of the person's district. */
  teamId?: string | number | null | undefined;
  /** Default NORMAL. */
  urgency?: Urgency | null | undefined;
};

/** Rejects a referral. */
export type RejectReferralInput = {
  /** Why: told to the person. */
  reason: string;
};

/** A step on the coping staircase (mestringstrappa), SELF_MASTERY lowest. */
export type ServiceLevel =
  /** Step 6: time-limited everyday rehabilitation (hverdagsrehabilitering). */
  | 'EVERYDAY_REHABILITATION'
  /** Step 8: home nursing and personal care. */
  | 'HOME_NURSING'
  /** Step 10: a long-term nursing-home place. */
  | 'LONG_TERM_CARE'
  /** Step 5: preventive and low-threshold municipal services (training groups, day centres, senior centres). */
  | 'LOW_THRESHOLD'
  /** Step 2: relatives, neighbours and friends help. */
  | 'NETWORK'
  /** Step 7: practical help at home. */
  | 'PRACTICAL_ASSISTANCE'
  /** Step 1: the person manages alone (possibly after training). */
  | 'SELF_MASTERY'
  /** Step 9: short-term or relief stay in an institution. */
  | 'SHORT_TERM_STAY'
  /** Step 3: voluntary organisations' offers. */
  | 'VOLUNTARY'
  /** Step 4: aids and welfare technology. */
  | 'WELFARE_TECHNOLOGY';

/** What kind of receiving unit a service unit is. */
export type ServiceUnitKind =
  /** Ordinary home care (hjemmetjenesten / hjemmeplejen): receives ORDINARY_HOME_CARE handovers. */
  | 'HOME_CARE'
  /** Low-threshold and preventive services: receives LOW_THRESHOLD handovers. */
  | 'LOW_THRESHOLD'
  /** Other services, e.g. a day centre, a short-term ward or a private provider. */
  | 'OTHER';

/** How a case's suggested staircase level is reached from the professionals' suggestions. */
export type SuggestedLevelRule =
  /** The lowest step any professional suggests in their latest version (a later version without a suggestion withdraws the earlier one). */
  | 'LOWEST_LATEST_SUGGESTION';

/** A staff member and an assessment team. */
export type TeamMembershipInput = {
  /** Staff member. */
  staffId: string | number;
  /** Assessment team. */
  teamId: string | number;
};

/** A staff member and a service unit. */
export type UnitMembershipInput = {
  /** Staff member. */
  staffId: string | number;
  /** Service unit. */
  unitId: string | number;
};

/** Changes to a goal: fields left out stay as they are; null clears an optional field. */
export type UpdateGoalInput = {
  /** Today's score on the variable's scale. */
  baselineScore?: number | null | undefined;
  /** true cancels the goal (a cancelled goal stays in the plan as history). */
  cancel?: boolean | null | undefined;
  /** The function variable addressed. */
  functionVariableCode?: string | null | undefined;
  /** When (today or later). */
  targetDate?: string | null | undefined;
  /** The score aimed at. */
  targetScore?: number | null | undefined;
  /** The goal in the person's own words. */
  text?: string | null | undefined;
  /** What matters to the person here. */
  whatMatters?: string | null | undefined;
};

/** Changes to a measure: fields left out stay as they are; null clears an optional field. */
export type UpdateMeasureInput = {
  /** What is done. */
  description?: string | null | undefined;
  /** How often. */
  frequency?: string | null | undefined;
  /** First day. */
  fromDate?: string | null | undefined;
  /** Why this step. */
  justification?: string | null | undefined;
  /** The step of the coping staircase. */
  level?: ServiceLevel | null | undefined;
  /** Who carries it out (replaces the responsible as a whole). */
  responsible?: MeasureResponsibleInput | null | undefined;
  /** The new status. */
  status?: MeasureStatus | null | undefined;
  /** Last day (null: not known). */
  toDate?: string | null | undefined;
};

/** A change of the municipality’s settings (ADMIN only). */
export type UpdateMunicipalitySettingsInput = {
  /** New municipal defaults. */
  defaults?: MunicipalDefaultsInput | null | undefined;
  /** New overrides of the districts named (each district at most once). */
  districts?: Array<DistrictOverridesInput> | null | undefined;
};

/** URGENT referrals come first and are overdue for triage at the end of the next local day. */
export type Urgency =
  /** Ordinary triage. */
  | 'NORMAL'
  /** First in every referral list; overdue for triage at the end of the next local day. */
  | 'URGENT';

export type AdminStaffMemberFragment = { id: string, name: string, email: string, profession: Profession, active: boolean, deactivatedAt: string | null, teams: Array<{ id: string, name: string }>, serviceUnits: Array<{ id: string, name: string }> };

export type AdminStaffQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminStaffQuery = { staffMembers: Array<{ id: string, name: string, email: string, profession: Profession, active: boolean, deactivatedAt: string | null, teams: Array<{ id: string, name: string }>, serviceUnits: Array<{ id: string, name: string }> }>, districts: Array<{ id: string, name: string, teams: Array<{ id: string, name: string }>, serviceUnits: Array<{ id: string, name: string }> }> };

export type CreateStaffMemberMutationVariables = Exact<{
  input: CreateStaffMemberInput;
}>;


export type CreateStaffMemberMutation = { createStaffMember: { id: string, name: string, email: string, profession: Profession, active: boolean, deactivatedAt: string | null, teams: Array<{ id: string, name: string }>, serviceUnits: Array<{ id: string, name: string }> } };

export type DeactivateStaffMemberMutationVariables = Exact<{
  staffId: string | number;
}>;


export type DeactivateStaffMemberMutation = { deactivateStaffMember: { id: string, name: string, email: string, profession: Profession, active: boolean, deactivatedAt: string | null, teams: Array<{ id: string, name: string }>, serviceUnits: Array<{ id: string, name: string }> } };

export type AddTeamMembershipMutationVariables = Exact<{
  input: TeamMembershipInput;
}>;


export type AddTeamMembershipMutation = { addTeamMembership: { id: string, name: string, email: string, profession: Profession, active: boolean, deactivatedAt: string | null, teams: Array<{ id: string, name: string }>, serviceUnits: Array<{ id: string, name: string }> } };

export type RemoveTeamMembershipMutationVariables = Exact<{
  input: TeamMembershipInput;
}>;


export type RemoveTeamMembershipMutation = { removeTeamMembership: { id: string, name: string, email: string, profession: Profession, active: boolean, deactivatedAt: string | null, teams: Array<{ id: string, name: string }>, serviceUnits: Array<{ id: string, name: string }> } };

export type AddUnitMembershipMutationVariables = Exact<{
  input: UnitMembershipInput;
}>;


export type AddUnitMembershipMutation = { addUnitMembership: { id: string, name: string, email: string, profession: Profession, active: boolean, deactivatedAt: string | null, teams: Array<{ id: string, name: string }>, serviceUnits: Array<{ id: string, name: string }> } };

export type RemoveUnitMembershipMutationVariables = Exact<{
  input: UnitMembershipInput;
}>;


export type RemoveUnitMembershipMutation = { removeUnitMembership: { id: string, name: string, email: string, profession: Profession, active: boolean, deactivatedAt: string | null, teams: Array<{ id: string, name: string }>, serviceUnits: Array<{ id: string, name: string }> } };

export type AdminMunicipalitySettingsFragment = { language: MunicipalityLanguage, version: number, updatedAt: string, updatedBy: { id: string, name: string } | null, defaults: { clarificationDays: number }, districts: Array<{ district: { id: string, name: string }, overrides: { clarificationDays: number | null }, effective: { clarificationDays: number } }> };

export type MunicipalitySettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MunicipalitySettingsQuery = { municipalitySettings: { language: MunicipalityLanguage, version: number, updatedAt: string, updatedBy: { id: string, name: string } | null, defaults: { clarificationDays: number }, districts: Array<{ district: { id: string, name: string }, overrides: { clarificationDays: number | null }, effective: { clarificationDays: number } }> } };

export type UpdateMunicipalitySettingsMutationVariables = Exact<{
  input: UpdateMunicipalitySettingsInput;
  expectedVersion: number;
}>;


export type UpdateMunicipalitySettingsMutation = { updateMunicipalitySettings: { language: MunicipalityLanguage, version: number, updatedAt: string, updatedBy: { id: string, name: string } | null, defaults: { clarificationDays: number }, districts: Array<{ district: { id: string, name: string }, overrides: { clarificationDays: number | null }, effective: { clarificationDays: number } }> } };

export type AssessmentDetailsFragment = { id: string, version: number, isLatest: boolean, recordedAt: string, scale: FunctionScale, authorProfession: Profession, selfMastery: string | null, network: string | null, voluntary: string | null, welfareTechnology: string | null, lowThreshold: string | null, whatMatters: string | null, suggestedLevel: ServiceLevel | null, author: { id: string, name: string }, scores: Array<{ id: string, score: number, variable: { code: string, name: string } }> };

export type AssessmentPageQueryVariables = Exact<{
  id: string | number;
}>;


export type AssessmentPageQuery = { me: { id: string }, functionVariables: Array<{ code: string, scale: FunctionScale, area: string | null, name: string }>, assessmentCase: { id: string, status: CaseStatus, viewerCan: Array<Operation>, lowestSuggestedLevel: ServiceLevel | null, patient: { id: string, givenName: string, familyName: string }, suggestedLevelReason: { level: ServiceLevel, rule: SuggestedLevelRule, assessment: { id: string, version: number, recordedAt: string, authorProfession: Profession, author: { id: string, name: string } }, suggestions: Array<{ id: string, suggestedLevel: ServiceLevel | null, authorProfession: Profession, author: { id: string, name: string } }>, answers: Array<{ question: MappingQuestion, level: ServiceLevel | null, text: string }>, scores: Array<{ id: string, score: number, variable: { code: string, name: string } }> } | null, assessments: Array<{ id: string, version: number, isLatest: boolean, recordedAt: string, scale: FunctionScale, authorProfession: Profession, selfMastery: string | null, network: string | null, voluntary: string | null, welfareTechnology: string | null, lowThreshold: string | null, whatMatters: string | null, suggestedLevel: ServiceLevel | null, author: { id: string, name: string }, scores: Array<{ id: string, score: number, variable: { code: string, name: string } }> }> } };

export type RecordAssessmentMutationVariables = Exact<{
  caseId: string | number;
  input: RecordAssessmentInput;
}>;


export type RecordAssessmentMutation = { recordAssessment: { id: string, version: number } };

export type CaseDetailsFragment = { id: string, status: CaseStatus, teamId: string, acceptedOn: string, clarificationDays: number, extensionDays: number, holdDays: number, deadlineDate: string, deadline: string, daysElapsed: number, daysRemaining: number, isOverdue: boolean, atRisk: boolean, onHoldSince: string | null, cancelReason: string | null, viewerCan: Array<Operation>, viewerEmergencyAccessUntil: string | null, patient: { id: string, givenName: string, familyName: string, birthDate: string }, coordinator: { id: string, name: string, profession: Profession }, members: Array<{ id: string, role: CaseRole, createdAt: string, staff: { id: string, name: string, profession: Profession } }>, holds: Array<{ id: string, fromDate: string, untilDate: string | null, reason: string }>, extensions: Array<{ id: string, days: number, reason: string, createdAt: string }>, interimServices: Array<{ id: string, kind: InterimServiceKind, description: string, frequency: string, responsible: string, fromDate: string, toDate: string | null }>, history: Array<{ id: string, action: string, occurredAt: string, reason: string | null, actor: { id: string, name: string } }> };

export type CaseQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseQuery = { assessmentCase: { id: string, status: CaseStatus, teamId: string, acceptedOn: string, clarificationDays: number, extensionDays: number, holdDays: number, deadlineDate: string, deadline: string, daysElapsed: number, daysRemaining: number, isOverdue: boolean, atRisk: boolean, onHoldSince: string | null, cancelReason: string | null, viewerCan: Array<Operation>, viewerEmergencyAccessUntil: string | null, patient: { id: string, givenName: string, familyName: string, birthDate: string }, coordinator: { id: string, name: string, profession: Profession }, members: Array<{ id: string, role: CaseRole, createdAt: string, staff: { id: string, name: string, profession: Profession } }>, holds: Array<{ id: string, fromDate: string, untilDate: string | null, reason: string }>, extensions: Array<{ id: string, days: number, reason: string, createdAt: string }>, interimServices: Array<{ id: string, kind: InterimServiceKind, description: string, frequency: string, responsible: string, fromDate: string, toDate: string | null }>, history: Array<{ id: string, action: string, occurredAt: string, reason: string | null, actor: { id: string, name: string } }> } };

export type TeamStaffQueryVariables = Exact<{
  teamId: string | number;
}>;


export type TeamStaffQuery = { teamStaff: Array<{ id: string, name: string, profession: Profession }> };

export type PutCaseOnHoldMutationVariables = Exact<{
  caseId: string | number;
  reason: string;
}>;


export type PutCaseOnHoldMutation = { putCaseOnHold: { id: string, status: CaseStatus, teamId: string, acceptedOn: string, clarificationDays: number, extensionDays: number, holdDays: number, deadlineDate: string, deadline: string, daysElapsed: number, daysRemaining: number, isOverdue: boolean, atRisk: boolean, onHoldSince: string | null, cancelReason: string | null, viewerCan: Array<Operation>, viewerEmergencyAccessUntil: string | null, patient: { id: string, givenName: string, familyName: string, birthDate: string }, coordinator: { id: string, name: string, profession: Profession }, members: Array<{ id: string, role: CaseRole, createdAt: string, staff: { id: string, name: string, profession: Profession } }>, holds: Array<{ id: string, fromDate: string, untilDate: string | null, reason: string }>, extensions: Array<{ id: string, days: number, reason: string, createdAt: string }>, interimServices: Array<{ id: string, kind: InterimServiceKind, description: string, frequency: string, responsible: string, fromDate: string, toDate: string | null }>, history: Array<{ id: string, action: string, occurredAt: string, reason: string | null, actor: { id: string, name: string } }> } };

export type ResumeCaseMutationVariables = Exact<{
  caseId: string | number;
}>;


export type ResumeCaseMutation = { resumeCase: { id: string, status: CaseStatus, teamId: string, acceptedOn: string, clarificationDays: number, extensionDays: number, holdDays: number, deadlineDate: string, deadline: string, daysElapsed: number, daysRemaining: number, isOverdue: boolean, atRisk: boolean, onHoldSince: string | null, cancelReason: string | null, viewerCan: Array<Operation>, viewerEmergencyAccessUntil: string | null, patient: { id: string, givenName: string, familyName: string, birthDate: string }, coordinator: { id: string, name: string, profession: Profession }, members: Array<{ id: string, role: CaseRole, createdAt: string, staff: { id: string, name: string, profession: Profession } }>, holds: Array<{ id: string, fromDate: string, untilDate: string | null, reason: string }>, extensions: Array<{ id: string, days: number, reason: string, createdAt: string }>, interimServices: Array<{ id: string, kind: InterimServiceKind, description: string, frequency: string, responsible: string, fromDate: string, toDate: string | null }>, history: Array<{ id: string, action: string, occurredAt: string, reason: string | null, actor: { id: string, name: string } }> } };

export type ExtendDeadlineMutationVariables = Exact<{
  caseId: string | number;
  days: number;
  reason: string;
}>;


export type ExtendDeadlineMutation = { extendDeadline: { id: string, status: CaseStatus, teamId: string, acceptedOn: string, clarificationDays: number, extensionDays: number, holdDays: number, deadlineDate: string, deadline: string, daysElapsed: number, daysRemaining: number, isOverdue: boolean, atRisk: boolean, onHoldSince: string | null, cancelReason: string | null, viewerCan: Array<Operation>, viewerEmergencyAccessUntil: string | null, patient: { id: string, givenName: string, familyName: string, birthDate: string }, coordinator: { id: string, name: string, profession: Profession }, members: Array<{ id: string, role: CaseRole, createdAt: string, staff: { id: string, name: string, profession: Profession } }>, holds: Array<{ id: string, fromDate: string, untilDate: string | null, reason: string }>, extensions: Array<{ id: string, days: number, reason: string, createdAt: string }>, interimServices: Array<{ id: string, kind: InterimServiceKind, description: string, frequency: string, responsible: string, fromDate: string, toDate: string | null }>, history: Array<{ id: string, action: string, occurredAt: string, reason: string | null, actor: { id: string, name: string } }> } };

export type AssignCaseMemberMutationVariables = Exact<{
  caseId: string | number;
  staffId: string | number;
  role: CaseRole;
}>;


export type AssignCaseMemberMutation = { assignCaseMember: { id: string, status: CaseStatus, teamId: string, acceptedOn: string, clarificationDays: number, extensionDays: number, holdDays: number, deadlineDate: string, deadline: string, daysElapsed: number, daysRemaining: number, isOverdue: boolean, atRisk: boolean, onHoldSince: string | null, cancelReason: string | null, viewerCan: Array<Operation>, viewerEmergencyAccessUntil: string | null, patient: { id: string, givenName: string, familyName: string, birthDate: string }, coordinator: { id: string, name: string, profession: Profession }, members: Array<{ id: string, role: CaseRole, createdAt: string, staff: { id: string, name: string, profession: Profession } }>, holds: Array<{ id: string, fromDate: string, untilDate: string | null, reason: string }>, extensions: Array<{ id: string, days: number, reason: string, createdAt: string }>, interimServices: Array<{ id: string, kind: InterimServiceKind, description: string, frequency: string, responsible: string, fromDate: string, toDate: string | null }>, history: Array<{ id: string, action: string, occurredAt: string, reason: string | null, actor: { id: string, name: string } }> } };

export type RemoveCaseMemberMutationVariables = Exact<{
  caseId: string | number;
  staffId: string | number;
  reason: string;
}>;


export type RemoveCaseMemberMutation = { removeCaseMember: { id: string, status: CaseStatus, teamId: string, acceptedOn: string, clarificationDays: number, extensionDays: number, holdDays: number, deadlineDate: string, deadline: string, daysElapsed: number, daysRemaining: number, isOverdue: boolean, atRisk: boolean, onHoldSince: string | null, cancelReason: string | null, viewerCan: Array<Operation>, viewerEmergencyAccessUntil: string | null, patient: { id: string, givenName: string, familyName: string, birthDate: string }, coordinator: { id: string, name: string, profession: Profession }, members: Array<{ id: string, role: CaseRole, createdAt: string, staff: { id: string, name: string, profession: Profession } }>, holds: Array<{ id: string, fromDate: string, untilDate: string | null, reason: string }>, extensions: Array<{ id: string, days: number, reason: string, createdAt: string }>, interimServices: Array<{ id: string, kind: InterimServiceKind, description: string, frequency: string, responsible: string, fromDate: string, toDate: string | null }>, history: Array<{ id: string, action: string, occurredAt: string, reason: string | null, actor: { id: string, name: string } }> } };

export type ChangeCaseCoordinatorMutationVariables = Exact<{
  caseId: string | number;
  coordinatorId: string | number;
}>;


export type ChangeCaseCoordinatorMutation = { changeCaseCoordinator: { id: string, status: CaseStatus, teamId: string, acceptedOn: string, clarificationDays: number, extensionDays: number, holdDays: number, deadlineDate: string, deadline: string, daysElapsed: number, daysRemaining: number, isOverdue: boolean, atRisk: boolean, onHoldSince: string | null, cancelReason: string | null, viewerCan: Array<Operation>, viewerEmergencyAccessUntil: string | null, patient: { id: string, givenName: string, familyName: string, birthDate: string }, coordinator: { id: string, name: string, profession: Profession }, members: Array<{ id: string, role: CaseRole, createdAt: string, staff: { id: string, name: string, profession: Profession } }>, holds: Array<{ id: string, fromDate: string, untilDate: string | null, reason: string }>, extensions: Array<{ id: string, days: number, reason: string, createdAt: string }>, interimServices: Array<{ id: string, kind: InterimServiceKind, description: string, frequency: string, responsible: string, fromDate: string, toDate: string | null }>, history: Array<{ id: string, action: string, occurredAt: string, reason: string | null, actor: { id: string, name: string } }> } };

export type CancelCaseMutationVariables = Exact<{
  caseId: string | number;
  reason: string;
}>;


export type CancelCaseMutation = { cancelCase: { id: string, status: CaseStatus, teamId: string, acceptedOn: string, clarificationDays: number, extensionDays: number, holdDays: number, deadlineDate: string, deadline: string, daysElapsed: number, daysRemaining: number, isOverdue: boolean, atRisk: boolean, onHoldSince: string | null, cancelReason: string | null, viewerCan: Array<Operation>, viewerEmergencyAccessUntil: string | null, patient: { id: string, givenName: string, familyName: string, birthDate: string }, coordinator: { id: string, name: string, profession: Profession }, members: Array<{ id: string, role: CaseRole, createdAt: string, staff: { id: string, name: string, profession: Profession } }>, holds: Array<{ id: string, fromDate: string, untilDate: string | null, reason: string }>, extensions: Array<{ id: string, days: number, reason: string, createdAt: string }>, interimServices: Array<{ id: string, kind: InterimServiceKind, description: string, frequency: string, responsible: string, fromDate: string, toDate: string | null }>, history: Array<{ id: string, action: string, occurredAt: string, reason: string | null, actor: { id: string, name: string } }> } };

export type RecordInterimServiceMutationVariables = Exact<{
  caseId: string | number;
  input: RecordInterimServiceInput;
}>;


export type RecordInterimServiceMutation = { recordInterimService: { id: string } };

export type CaseloadQueryVariables = Exact<{
  teamId: string | number;
  first: number;
  after?: string | null | undefined;
  status?: Array<CaseStatus> | CaseStatus | null | undefined;
  overdue?: boolean | null | undefined;
  atRisk?: boolean | null | undefined;
  mine?: boolean | null | undefined;
}>;


export type CaseloadQuery = { teamDashboard: { today: string, openCaseCount: number, overdueCount: number, atRiskCount: number, team: { id: string, name: string } }, assessmentCases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, status: CaseStatus, deadlineDate: string, daysRemaining: number, isOverdue: boolean, atRisk: boolean, onHoldSince: string | null, patient: { id: string, givenName: string, familyName: string, birthDate: string }, coordinator: { id: string, name: string }, members: Array<{ id: string, staff: { id: string, name: string } }> } }> } };

export type DistrictTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictTeamsQuery = { me: { id: string, teams: Array<{ id: string, districtId: string }> }, districts: Array<{ id: string, name: string, teams: Array<{ id: string, name: string, viewerCan: Array<Operation> }> }> };

export type TeamFiguresQueryVariables = Exact<{
  teamId: string | number;
}>;


export type TeamFiguresQuery = { teamDashboard: { id: string, openCaseCount: number, overdueCount: number, atRiskCount: number } };

export type DecisionScreenQueryVariables = Exact<{
  id: string | number;
}>;


export type DecisionScreenQuery = { assessmentCase: { id: string, status: CaseStatus, deadlineDate: string, isOverdue: boolean, viewerCan: Array<Operation>, patient: { id: string, givenName: string, familyName: string }, decision: { id: string, decidedOn: string, isLate: boolean, letter: string } | null }, serviceLevels: Array<{ code: ServiceLevel, step: number, nameNb: string, nameDa: string, nameEn: string, services: Array<{ code: string, nameNb: string, nameDa: string }> }>, legalBases: Array<{ code: string, citation: string, covers: string }> };

export type DecisionLetterPreviewQueryVariables = Exact<{
  caseId: string | number;
  input: RecordDecisionInput;
}>;


export type DecisionLetterPreviewQuery = { decisionLetterPreview: { letter: string, language: string, decidedOn: string, deadlineDate: string, isLate: boolean, serviceLevel: ServiceLevel | null } };

export type RecordDecisionMutationVariables = Exact<{
  caseId: string | number;
  input: RecordDecisionInput;
}>;


export type RecordDecisionMutation = { recordDecision: { id: string, decidedOn: string, isLate: boolean, letter: string } };

export type HandoverScreenQueryVariables = Exact<{
  id: string | number;
}>;


export type HandoverScreenQuery = { assessmentCase: { id: string, status: CaseStatus, viewerCan: Array<Operation>, team: { id: string, districtId: string }, patient: { id: string, givenName: string, familyName: string }, goalPlan: { id: string, status: GoalPlanStatus } | null, handovers: Array<{ id: string, destination: HandoverDestination, status: HandoverStatus, sentAt: string, summaryText: string, receivingUnit: { id: string, name: string } | null }> }, districts: Array<{ id: string, serviceUnits: Array<{ id: string, name: string, kind: ServiceUnitKind, isExternal: boolean }> }> };

export type HandoverSummaryPreviewQueryVariables = Exact<{
  caseId: string | number;
  destination: HandoverDestination;
}>;


export type HandoverSummaryPreviewQuery = { handoverSummaryPreview: { destination: HandoverDestination, text: string, followUpDate: string } };

export type HandOverCaseMutationVariables = Exact<{
  caseId: string | number;
  input: HandOverCaseInput;
}>;


export type HandOverCaseMutation = { handOverCase: { id: string, status: CaseStatus, viewerCan: Array<Operation> } };

export type RequestEmergencyAccessMutationVariables = Exact<{
  caseId: string | number;
  reason: string;
}>;


export type RequestEmergencyAccessMutation = { requestEmergencyAccess: { id: string, caseId: string, expiresAt: string } };

export type CaseEmergencyAccessQueryVariables = Exact<{
  caseId: string | number;
}>;


export type CaseEmergencyAccessQuery = { assessmentCase: { id: string, viewerEmergencyAccessUntil: string | null } };

export type MeasureFieldsFragment = { id: string, goalId: string, position: number, version: number, description: string, level: ServiceLevel, justification: string | null, frequency: string, fromDate: string, toDate: string | null, status: MeasureStatus, updatedAt: string, responsible: { kind: MeasureResponsibleKind, profession: Profession | null, name: string | null }, updatedBy: { id: string, name: string } };

export type GoalFieldsFragment = { id: string, position: number, version: number, text: string, whatMatters: string | null, targetDate: string, status: GoalStatus, updatedAt: string, updatedBy: { id: string, name: string }, measures: Array<{ id: string, goalId: string, position: number, version: number, description: string, level: ServiceLevel, justification: string | null, frequency: string, fromDate: string, toDate: string | null, status: MeasureStatus, updatedAt: string, responsible: { kind: MeasureResponsibleKind, profession: Profession | null, name: string | null }, updatedBy: { id: string, name: string } }> };

export type GoalPlanFieldsFragment = { id: string, caseId: string, status: GoalPlanStatus, version: number, viewerCan: Array<Operation>, agreedAt: string | null, agreedBy: GoalPlanAgreedBy | null, representativeName: string | null, agreedVersion: number | null, updatedAt: string, agreementRecordedBy: { id: string, name: string } | null, goals: Array<{ id: string, position: number, version: number, text: string, whatMatters: string | null, targetDate: string, status: GoalStatus, updatedAt: string, updatedBy: { id: string, name: string }, measures: Array<{ id: string, goalId: string, position: number, version: number, description: string, level: ServiceLevel, justification: string | null, frequency: string, fromDate: string, toDate: string | null, status: MeasureStatus, updatedAt: string, responsible: { kind: MeasureResponsibleKind, profession: Profession | null, name: string | null }, updatedBy: { id: string, name: string } }> }>, revisions: Array<{ id: string, planVersion: number, action: GoalPlanAction, goalId: string | null, measureId: string | null, changedAt: string, changedByProfession: Profession, changedBy: { id: string, name: string }, changes: Array<{ field: string, goalId: string | null, before: unknown, after: unknown }> }> };

export type GoalPlanPageQueryVariables = Exact<{
  caseId: string | number;
}>;


export type GoalPlanPageQuery = { me: { id: string }, assessmentCase: { id: string, status: CaseStatus, viewerCan: Array<Operation>, lowestSuggestedLevel: ServiceLevel | null, patient: { id: string, givenName: string, familyName: string }, goalPlan: { id: string, caseId: string, status: GoalPlanStatus, version: number, viewerCan: Array<Operation>, agreedAt: string | null, agreedBy: GoalPlanAgreedBy | null, representativeName: string | null, agreedVersion: number | null, updatedAt: string, agreementRecordedBy: { id: string, name: string } | null, goals: Array<{ id: string, position: number, version: number, text: string, whatMatters: string | null, targetDate: string, status: GoalStatus, updatedAt: string, updatedBy: { id: string, name: string }, measures: Array<{ id: string, goalId: string, position: number, version: number, description: string, level: ServiceLevel, justification: string | null, frequency: string, fromDate: string, toDate: string | null, status: MeasureStatus, updatedAt: string, responsible: { kind: MeasureResponsibleKind, profession: Profession | null, name: string | null }, updatedBy: { id: string, name: string } }> }>, revisions: Array<{ id: string, planVersion: number, action: GoalPlanAction, goalId: string | null, measureId: string | null, changedAt: string, changedByProfession: Profession, changedBy: { id: string, name: string }, changes: Array<{ field: string, goalId: string | null, before: unknown, after: unknown }> }> } | null } };

export type AddGoalMutationVariables = Exact<{
  caseId: string | number;
  input: AddGoalInput;
}>;


export type AddGoalMutation = { addGoal: { id: string, position: number, version: number, text: string, whatMatters: string | null, targetDate: string, status: GoalStatus, updatedAt: string, updatedBy: { id: string, name: string }, measures: Array<{ id: string, goalId: string, position: number, version: number, description: string, level: ServiceLevel, justification: string | null, frequency: string, fromDate: string, toDate: string | null, status: MeasureStatus, updatedAt: string, responsible: { kind: MeasureResponsibleKind, profession: Profession | null, name: string | null }, updatedBy: { id: string, name: string } }> } };

export type UpdateGoalMutationVariables = Exact<{
  goalId: string | number;
  expectedVersion: number;
  input: UpdateGoalInput;
}>;


export type UpdateGoalMutation = { updateGoal: { id: string, position: number, version: number, text: string, whatMatters: string | null, targetDate: string, status: GoalStatus, updatedAt: string, updatedBy: { id: string, name: string }, measures: Array<{ id: string, goalId: string, position: number, version: number, description: string, level: ServiceLevel, justification: string | null, frequency: string, fromDate: string, toDate: string | null, status: MeasureStatus, updatedAt: string, responsible: { kind: MeasureResponsibleKind, profession: Profession | null, name: string | null }, updatedBy: { id: string, name: string } }> } };

export type AddMeasureMutationVariables = Exact<{
  goalId: string | number;
  input: AddMeasureInput;
}>;


export type AddMeasureMutation = { addMeasure: { id: string, goalId: string, position: number, version: number, description: string, level: ServiceLevel, justification: string | null, frequency: string, fromDate: string, toDate: string | null, status: MeasureStatus, updatedAt: string, responsible: { kind: MeasureResponsibleKind, profession: Profession | null, name: string | null }, updatedBy: { id: string, name: string } } };

export type UpdateMeasureMutationVariables = Exact<{
  measureId: string | number;
  expectedVersion: number;
  input: UpdateMeasureInput;
}>;


export type UpdateMeasureMutation = { updateMeasure: { id: string, goalId: string, position: number, version: number, description: string, level: ServiceLevel, justification: string | null, frequency: string, fromDate: string, toDate: string | null, status: MeasureStatus, updatedAt: string, responsible: { kind: MeasureResponsibleKind, profession: Profession | null, name: string | null }, updatedBy: { id: string, name: string } } };

export type ReorderGoalsMutationVariables = Exact<{
  caseId: string | number;
  goalIds: Array<string | number> | string | number;
  expectedVersion: number;
}>;


export type ReorderGoalsMutation = { reorderGoals: { id: string, version: number, status: GoalPlanStatus } };

export type ReorderMeasuresMutationVariables = Exact<{
  goalId: string | number;
  measureIds: Array<string | number> | string | number;
  expectedVersion: number;
}>;


export type ReorderMeasuresMutation = { reorderMeasures: { id: string, version: number } };

export type AgreeGoalPlanMutationVariables = Exact<{
  caseId: string | number;
  expectedVersion: number;
  agreedBy: GoalPlanAgreedBy;
  representativeName?: string | null | undefined;
}>;


export type AgreeGoalPlanMutation = { agreeGoalPlan: { id: string, caseId: string, status: GoalPlanStatus, version: number, viewerCan: Array<Operation>, agreedAt: string | null, agreedBy: GoalPlanAgreedBy | null, representativeName: string | null, agreedVersion: number | null, updatedAt: string, agreementRecordedBy: { id: string, name: string } | null, goals: Array<{ id: string, position: number, version: number, text: string, whatMatters: string | null, targetDate: string, status: GoalStatus, updatedAt: string, updatedBy: { id: string, name: string }, measures: Array<{ id: string, goalId: string, position: number, version: number, description: string, level: ServiceLevel, justification: string | null, frequency: string, fromDate: string, toDate: string | null, status: MeasureStatus, updatedAt: string, responsible: { kind: MeasureResponsibleKind, profession: Profession | null, name: string | null }, updatedBy: { id: string, name: string } }> }>, revisions: Array<{ id: string, planVersion: number, action: GoalPlanAction, goalId: string | null, measureId: string | null, changedAt: string, changedByProfession: Profession, changedBy: { id: string, name: string }, changes: Array<{ field: string, goalId: string | null, before: unknown, after: unknown }> }> } };

export type JournalEntryFieldsFragment = { id: string, rootId: string, caseId: string, version: number, kind: JournalKind, text: string, writtenAt: string, isSystem: boolean, enteredInError: boolean, amendReason: string | null, visibleToPatient: boolean, authorProfession: Profession, author: { id: string, name: string }, versions: Array<{ id: string, version: number, kind: JournalKind, text: string, writtenAt: string, enteredInError: boolean, amendReason: string | null, authorProfession: Profession, author: { id: string, name: string } }> };

export type JournalCaseQueryVariables = Exact<{
  caseId: string | number;
}>;


export type JournalCaseQuery = { assessmentCase: { id: string, viewerCan: Array<Operation> } };

export type JournalQueryVariables = Exact<{
  caseId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type JournalQuery = { journal: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, rootId: string, caseId: string, version: number, kind: JournalKind, text: string, writtenAt: string, isSystem: boolean, enteredInError: boolean, amendReason: string | null, visibleToPatient: boolean, authorProfession: Profession, author: { id: string, name: string }, versions: Array<{ id: string, version: number, kind: JournalKind, text: string, writtenAt: string, enteredInError: boolean, amendReason: string | null, authorProfession: Profession, author: { id: string, name: string } }> } }> } };

export type JournalSearchQueryVariables = Exact<{
  caseId: string | number;
  search: string;
  first: number;
  after?: string | null | undefined;
}>;


export type JournalSearchQuery = { journal: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { highlight: string | null, id: string, rootId: string, caseId: string, version: number, kind: JournalKind, text: string, writtenAt: string, isSystem: boolean, enteredInError: boolean, amendReason: string | null, visibleToPatient: boolean, authorProfession: Profession, author: { id: string, name: string }, versions: Array<{ id: string, version: number, kind: JournalKind, text: string, writtenAt: string, enteredInError: boolean, amendReason: string | null, authorProfession: Profession, author: { id: string, name: string } }> } }> } };

export type TeamJournalSearchQueryVariables = Exact<{
  teamId: string | number;
  search: string;
  first: number;
  after?: string | null | undefined;
}>;


export type TeamJournalSearchQuery = { teamJournalSearch: { totalCount: number, totalCountIsExact: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, caseId: string, kind: JournalKind, writtenAt: string, version: number, enteredInError: boolean, authorProfession: Profession, highlight: string | null, author: { id: string, name: string } } }> } };

export type JournalHitCaseQueryVariables = Exact<{
  caseId: string | number;
}>;


export type JournalHitCaseQuery = { assessmentCase: { id: string, patient: { id: string, givenName: string, familyName: string } } };

export type AddJournalEntryMutationVariables = Exact<{
  caseId: string | number;
  input: AddJournalEntryInput;
}>;


export type AddJournalEntryMutation = { addJournalEntry: { id: string, rootId: string, caseId: string, version: number, kind: JournalKind, text: string, writtenAt: string, isSystem: boolean, enteredInError: boolean, amendReason: string | null, visibleToPatient: boolean, authorProfession: Profession, author: { id: string, name: string }, versions: Array<{ id: string, version: number, kind: JournalKind, text: string, writtenAt: string, enteredInError: boolean, amendReason: string | null, authorProfession: Profession, author: { id: string, name: string } }> } };

export type AmendJournalEntryMutationVariables = Exact<{
  entryId: string | number;
  input: AmendJournalEntryInput;
  reason: string;
}>;


export type AmendJournalEntryMutation = { amendJournalEntry: { id: string, rootId: string, caseId: string, version: number, kind: JournalKind, text: string, writtenAt: string, isSystem: boolean, enteredInError: boolean, amendReason: string | null, visibleToPatient: boolean, authorProfession: Profession, author: { id: string, name: string }, versions: Array<{ id: string, version: number, kind: JournalKind, text: string, writtenAt: string, enteredInError: boolean, amendReason: string | null, authorProfession: Profession, author: { id: string, name: string } }> } };

export type MarkJournalEntryInErrorMutationVariables = Exact<{
  entryId: string | number;
  reason: string;
}>;


export type MarkJournalEntryInErrorMutation = { markJournalEntryEnteredInError: { id: string, rootId: string, caseId: string, version: number, kind: JournalKind, text: string, writtenAt: string, isSystem: boolean, enteredInError: boolean, amendReason: string | null, visibleToPatient: boolean, authorProfession: Profession, author: { id: string, name: string }, versions: Array<{ id: string, version: number, kind: JournalKind, text: string, writtenAt: string, enteredInError: boolean, amendReason: string | null, authorProfession: Profession, author: { id: string, name: string } }> } };

export type JournalEntryAddedSubscriptionVariables = Exact<{
  caseId: string | number;
}>;


export type JournalEntryAddedSubscription = { journalEntryAdded: { id: string, rootId: string, caseId: string, version: number, kind: JournalKind, text: string, writtenAt: string, isSystem: boolean, enteredInError: boolean, amendReason: string | null, visibleToPatient: boolean, authorProfession: Profession, author: { id: string, name: string }, versions: Array<{ id: string, version: number, kind: JournalKind, text: string, writtenAt: string, enteredInError: boolean, amendReason: string | null, authorProfession: Profession, author: { id: string, name: string } }> } };

export type StatisticsSetupQueryVariables = Exact<{ [key: string]: never; }>;


export type StatisticsSetupQuery = { me: { id: string, profession: Profession, teams: Array<{ id: string, districtId: string }> }, districts: Array<{ id: string, name: string }>, serviceLevels: Array<{ code: ServiceLevel, step: number, nameNb: string, nameDa: string, nameEn: string }> };

export type DistrictStatisticsQueryVariables = Exact<{
  districtId: string | number;
  from: string;
  to: string;
}>;


export type DistrictStatisticsQuery = { statistics: { id: string, casesOpened: number, casesDecided: number, casesHandedOver: number, decidedWithinDeadlineShare: number | null, lowerThanRequested: number | null, sameAsRequested: number | null, higherThanRequested: number | null, daysReferralToDecision: { median: number | null, p90: number | null }, daysAcceptanceToDecision: { median: number | null, p90: number | null }, perServiceLevel: Array<{ serviceLevel: ServiceLevel | null, count: number | null, share: number | null, suppressed: boolean }>, perDestination: Array<{ destination: HandoverDestination, count: number | null, share: number | null, suppressed: boolean }> } };

export type FindPersonByNumberQueryVariables = Exact<{
  query: string;
}>;


export type FindPersonByNumberQuery = { searchPatients: { edges: Array<{ node: { id: string, givenName: string, familyName: string, birthDate: string, nationalId: string } }> } };

export type PersonAuditTrailQueryVariables = Exact<{
  patientId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  staffId?: string | number | null | undefined;
  kinds?: Array<AuditAccess> | AuditAccess | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PersonAuditTrailQuery = { auditTrail: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, actors: Array<{ id: string, name: string, profession: Profession }>, edges: Array<{ node: { id: string, occurredAt: string, action: string, access: AuditAccess, emergency: boolean, caseIds: Array<string>, actorProfession: Profession | null, actor: { id: string, name: string, profession: Profession } | null } }> } };

export type SingleEntryStatisticsQueryVariables = Exact<{
  districtId: string | number;
  from: string;
  to: string;
}>;


export type SingleEntryStatisticsQuery = { statistics: { id: string, resolvedAtFirstContact: number, callbacksDue: number, callbacksKept: number, callbacksKeptOnTime: number, resolvedAtFirstContactByOutcome: Array<{ outcome: DirectResolutionOutcome, count: number | null, suppressed: boolean }> } };

export type HandoverFieldsFragment = { id: string, status: HandoverStatus, destination: HandoverDestination, sentAt: string, followUpDate: string | null, summaryText: string, acknowledgedAt: string | null, returnReason: string | null, returnedAt: string | null, receivingUnitId: string | null, receivingUnit: { id: string, name: string } | null, sender: { id: string, name: string } };

export type MyUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyUnitsQuery = { me: { id: string, serviceUnits: Array<{ id: string, name: string }> } };

export type HandoverInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type HandoverInboxQuery = { assessmentCases: { edges: Array<{ node: { id: string, status: CaseStatus, viewerCan: Array<Operation>, team: { id: string, name: string }, patient: { id: string, givenName: string, familyName: string, birthDate: string }, handovers: Array<{ id: string, status: HandoverStatus, destination: HandoverDestination, sentAt: string, followUpDate: string | null, summaryText: string, acknowledgedAt: string | null, returnReason: string | null, returnedAt: string | null, receivingUnitId: string | null, receivingUnit: { id: string, name: string } | null, sender: { id: string, name: string } }> } }> } };

export type UnitFollowUpsQueryVariables = Exact<{
  unitId: string | number;
  dueBefore: string;
}>;


export type UnitFollowUpsQuery = { followUps: Array<{ id: string, caseId: string, followUpDate: string | null, destination: HandoverDestination, assessmentCase: { id: string, patient: { id: string, givenName: string, familyName: string } } }> };

export type AcknowledgeHandoverMutationVariables = Exact<{
  caseId: string | number;
}>;


export type AcknowledgeHandoverMutation = { acknowledgeHandover: { id: string, status: CaseStatus, viewerCan: Array<Operation>, handovers: Array<{ id: string, status: HandoverStatus, destination: HandoverDestination, sentAt: string, followUpDate: string | null, summaryText: string, acknowledgedAt: string | null, returnReason: string | null, returnedAt: string | null, receivingUnitId: string | null, receivingUnit: { id: string, name: string } | null, sender: { id: string, name: string } }> } };

export type ReturnHandoverMutationVariables = Exact<{
  caseId: string | number;
  reason: string;
}>;


export type ReturnHandoverMutation = { returnHandover: { id: string, status: CaseStatus, viewerCan: Array<Operation>, handovers: Array<{ id: string, status: HandoverStatus, destination: HandoverDestination, sentAt: string, followUpDate: string | null, summaryText: string, acknowledgedAt: string | null, returnReason: string | null, returnedAt: string | null, receivingUnitId: string | null, receivingUnit: { id: string, name: string } | null, sender: { id: string, name: string } }> } };

export type FollowUpGoalFragment = { id: string, text: string, status: GoalStatus, targetDate: string, version: number, evaluation: string | null, evaluatedAt: string | null, evaluatedBy: { id: string, name: string } | null };

export type FollowUpCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type FollowUpCaseQuery = { assessmentCase: { id: string, status: CaseStatus, viewerCan: Array<Operation>, patient: { id: string, givenName: string, familyName: string, birthDate: string }, handovers: Array<{ id: string, status: HandoverStatus, destination: HandoverDestination, sentAt: string, followUpDate: string | null, summaryText: string, acknowledgedAt: string | null, returnReason: string | null, returnedAt: string | null, receivingUnitId: string | null, receivingUnit: { id: string, name: string } | null, sender: { id: string, name: string } }>, followUps: Array<{ id: string, result: FollowUpResult, note: string, nextFollowUpDate: string | null, recordedAt: string, newReferralId: string | null }>, goalPlan: { id: string, status: GoalPlanStatus, viewerCan: Array<Operation>, goals: Array<{ id: string, text: string, status: GoalStatus, targetDate: string, version: number, evaluation: string | null, evaluatedAt: string | null, evaluatedBy: { id: string, name: string } | null }> } | null } };

export type EvaluateGoalMutationVariables = Exact<{
  goalId: string | number;
  expectedVersion: number;
  input: EvaluateGoalInput;
}>;


export type EvaluateGoalMutation = { evaluateGoal: { id: string, text: string, status: GoalStatus, targetDate: string, version: number, evaluation: string | null, evaluatedAt: string | null, evaluatedBy: { id: string, name: string } | null } };

export type RecordFollowUpMutationVariables = Exact<{
  caseId: string | number;
  input: RecordFollowUpInput;
}>;


export type RecordFollowUpMutation = { recordFollowUp: { id: string, result: FollowUpResult, note: string, nextFollowUpDate: string | null, recordedAt: string, newReferralId: string | null } };

export type ReferralNavCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferralNavCountsQuery = { newUrgent: { totalCount: number }, triageOverdue: { totalCount: number }, assignedToMe: { totalCount: number } };

export type ReferralInboxQueryVariables = Exact<{
  filter?: ReferralFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ReferralInboxQuery = { referrals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, status: ReferralStatus, urgency: Urgency, source: ReferralSource, receivedAt: string, triageDeadline: string | null, triageOverdue: boolean, callback: { id: string, dueAt: string, open: boolean, dueToday: boolean, overdue: boolean } | null, patient: { id: string, givenName: string, familyName: string, birthDate: string } | null } }> } };

export type ReferralDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralDetailQuery = { referral: { id: string, status: ReferralStatus, urgency: Urgency, source: ReferralSource, channel: ReferralChannel, receivedAt: string, createdAt: string, triageDeadline: string | null, triageOverdue: boolean, description: string, helpRequested: string, requestedLevel: ServiceLevel | null, referrerName: string | null, referrerContact: string | null, rejectionReason: string | null, redirectedTo: string | null, redirectReason: string | null, triagedAt: string | null, caseId: string | null, viewerCan: Array<Operation>, directResolution: { outcome: DirectResolutionOutcome, note: string, resolvedAt: string } | null, callback: { id: string, dueAt: string, open: boolean, dueToday: boolean, overdue: boolean, keptAt: string | null, keptHow: CallbackKeptHow | null, keptOnTime: boolean | null, note: string | null } | null, team: { id: string, name: string }, patient: { id: string, givenName: string, familyName: string, birthDate: string } | null } };

export type IntakeContextQueryVariables = Exact<{ [key: string]: never; }>;


export type IntakeContextQuery = { me: { id: string, teams: Array<{ id: string, districtId: string }> }, districts: Array<{ id: string, name: string }> };

export type SearchPersonsQueryVariables = Exact<{
  query: string;
}>;


export type SearchPersonsQuery = { searchPatients: { totalCount: number, edges: Array<{ node: { id: string, givenName: string, familyName: string, birthDate: string, address: string } }> } };

export type RegisterReferralMutationVariables = Exact<{
  input: RegisterReferralInput;
}>;


export type RegisterReferralMutation = { registerReferral: { id: string, status: ReferralStatus } };

export type AcceptReferralMutationVariables = Exact<{
  referralId: string | number;
  input?: AcceptReferralInput | null | undefined;
}>;


export type AcceptReferralMutation = { acceptReferral: { id: string } };

export type RejectReferralMutationVariables = Exact<{
  referralId: string | number;
  input: RejectReferralInput;
}>;


export type RejectReferralMutation = { rejectReferral: { id: string, status: ReferralStatus, rejectionReason: string | null, viewerCan: Array<Operation> } };

export type RedirectReferralMutationVariables = Exact<{
  referralId: string | number;
  input: RedirectReferralInput;
}>;


export type RedirectReferralMutation = { redirectReferral: { id: string, status: ReferralStatus, redirectedTo: string | null, redirectReason: string | null, viewerCan: Array<Operation> } };

export type CallbacksDueQueryVariables = Exact<{ [key: string]: never; }>;


export type CallbacksDueQuery = { referrals: { totalCount: number, edges: Array<{ node: { id: string, urgency: Urgency, patient: { id: string, givenName: string, familyName: string } | null, callback: { id: string, dueAt: string, open: boolean, dueToday: boolean, overdue: boolean } | null } }> } };

export type ResolveReferralDirectlyMutationVariables = Exact<{
  referralId: string | number;
  outcome: DirectResolutionOutcome;
  note: string;
}>;


export type ResolveReferralDirectlyMutation = { resolveReferralDirectly: { id: string, status: ReferralStatus, viewerCan: Array<Operation> } };

export type ScheduleCallbackMutationVariables = Exact<{
  referralId: string | number;
  dueAt: string;
}>;


export type ScheduleCallbackMutation = { scheduleCallback: { id: string, viewerCan: Array<Operation> } };

export type RecordCallbackMutationVariables = Exact<{
  referralId: string | number;
  note: string;
}>;


export type RecordCallbackMutation = { recordCallback: { id: string, viewerCan: Array<Operation> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { id: string, name: string, profession: Profession, teams: Array<{ id: string, name: string }>, serviceUnits: Array<{ id: string }> } };

export const AdminStaffMemberFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminStaffMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminStaffMemberFragment, unknown>;
export const AdminMunicipalitySettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMunicipalitySettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalitySettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clarificationDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clarificationDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clarificationDays"}}]}}]}}]}}]} as unknown as DocumentNode<AdminMunicipalitySettingsFragment, unknown>;
export const AssessmentDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isLatest"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"authorProfession"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfMastery"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"voluntary"}},{"kind":"Field","name":{"kind":"Name","value":"welfareTechnology"}},{"kind":"Field","name":{"kind":"Name","value":"lowThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"whatMatters"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"variable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentDetailsFragment, unknown>;
export const CaseDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"clarificationDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"holdDays"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineDate"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysElapsed"}},{"kind":"Field","name":{"kind":"Name","value":"daysRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"onHoldSince"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"viewerEmergencyAccessUntil"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"untilDate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interimServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CaseDetailsFragment, unknown>;
export const MeasureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeasureFieldsFragment, unknown>;
export const GoalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"whatMatters"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GoalFieldsFragment, unknown>;
export const GoalPlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoalPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agreedBy"}},{"kind":"Field","name":{"kind":"Name","value":"representativeName"}},{"kind":"Field","name":{"kind":"Name","value":"agreedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"agreementRecordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"measureId"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedByProfession"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"whatMatters"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureFields"}}]}}]}}]} as unknown as DocumentNode<GoalPlanFieldsFragment, unknown>;
export const JournalEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JournalEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JournalEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rootId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"isSystem"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInError"}},{"kind":"Field","name":{"kind":"Name","value":"amendReason"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToPatient"}},{"kind":"Field","name":{"kind":"Name","value":"authorProfession"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInError"}},{"kind":"Field","name":{"kind":"Name","value":"amendReason"}},{"kind":"Field","name":{"kind":"Name","value":"authorProfession"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<JournalEntryFieldsFragment, unknown>;
export const HandoverFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandoverFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Handover"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDate"}},{"kind":"Field","name":{"kind":"Name","value":"summaryText"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<HandoverFieldsFragment, unknown>;
export const FollowUpGoalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpGoal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FollowUpGoalFragment, unknown>;
export const AdminStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminStaffMember"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminStaffMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminStaffQuery, AdminStaffQueryVariables>;
export const CreateStaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminStaffMember"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminStaffMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateStaffMemberMutation, CreateStaffMemberMutationVariables>;
export const DeactivateStaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminStaffMember"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminStaffMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeactivateStaffMemberMutation, DeactivateStaffMemberMutationVariables>;
export const AddTeamMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTeamMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTeamMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminStaffMember"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminStaffMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AddTeamMembershipMutation, AddTeamMembershipMutationVariables>;
export const RemoveTeamMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveTeamMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTeamMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminStaffMember"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminStaffMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RemoveTeamMembershipMutation, RemoveTeamMembershipMutationVariables>;
export const AddUnitMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddUnitMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addUnitMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminStaffMember"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminStaffMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AddUnitMembershipMutation, AddUnitMembershipMutationVariables>;
export const RemoveUnitMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveUnitMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeUnitMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminStaffMember"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminStaffMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RemoveUnitMembershipMutation, RemoveUnitMembershipMutationVariables>;
export const MunicipalitySettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalitySettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalitySettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMunicipalitySettings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMunicipalitySettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalitySettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clarificationDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clarificationDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clarificationDays"}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalitySettingsQuery, MunicipalitySettingsQueryVariables>;
export const UpdateMunicipalitySettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMunicipalitySettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMunicipalitySettingsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMunicipalitySettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMunicipalitySettings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMunicipalitySettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalitySettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clarificationDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clarificationDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clarificationDays"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMunicipalitySettingsMutation, UpdateMunicipalitySettingsMutationVariables>;
export const AssessmentPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"functionVariables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessmentCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lowestSuggestedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedLevelReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorProfession"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"authorProfession"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"variable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isLatest"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"authorProfession"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfMastery"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"voluntary"}},{"kind":"Field","name":{"kind":"Name","value":"welfareTechnology"}},{"kind":"Field","name":{"kind":"Name","value":"lowThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"whatMatters"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"variable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentPageQuery, AssessmentPageQueryVariables>;
export const RecordAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordAssessmentMutation, RecordAssessmentMutationVariables>;
export const CaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Case"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"clarificationDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"holdDays"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineDate"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysElapsed"}},{"kind":"Field","name":{"kind":"Name","value":"daysRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"onHoldSince"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"viewerEmergencyAccessUntil"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"untilDate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interimServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CaseQuery, CaseQueryVariables>;
export const TeamStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}}]}}]}}]} as unknown as DocumentNode<TeamStaffQuery, TeamStaffQueryVariables>;
export const PutCaseOnHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PutCaseOnHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"putCaseOnHold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"clarificationDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"holdDays"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineDate"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysElapsed"}},{"kind":"Field","name":{"kind":"Name","value":"daysRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"onHoldSince"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"viewerEmergencyAccessUntil"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"untilDate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interimServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PutCaseOnHoldMutation, PutCaseOnHoldMutationVariables>;
export const ResumeCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"clarificationDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"holdDays"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineDate"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysElapsed"}},{"kind":"Field","name":{"kind":"Name","value":"daysRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"onHoldSince"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"viewerEmergencyAccessUntil"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"untilDate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interimServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ResumeCaseMutation, ResumeCaseMutationVariables>;
export const ExtendDeadlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendDeadline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendDeadline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"clarificationDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"holdDays"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineDate"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysElapsed"}},{"kind":"Field","name":{"kind":"Name","value":"daysRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"onHoldSince"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"viewerEmergencyAccessUntil"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"untilDate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interimServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ExtendDeadlineMutation, ExtendDeadlineMutationVariables>;
export const AssignCaseMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignCaseMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCaseMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"clarificationDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"holdDays"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineDate"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysElapsed"}},{"kind":"Field","name":{"kind":"Name","value":"daysRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"onHoldSince"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"viewerEmergencyAccessUntil"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"untilDate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interimServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AssignCaseMemberMutation, AssignCaseMemberMutationVariables>;
export const RemoveCaseMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCaseMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCaseMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"clarificationDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"holdDays"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineDate"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysElapsed"}},{"kind":"Field","name":{"kind":"Name","value":"daysRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"onHoldSince"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"viewerEmergencyAccessUntil"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"untilDate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interimServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveCaseMemberMutation, RemoveCaseMemberMutationVariables>;
export const ChangeCaseCoordinatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeCaseCoordinator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"coordinatorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCaseCoordinator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"coordinatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coordinatorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"clarificationDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"holdDays"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineDate"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysElapsed"}},{"kind":"Field","name":{"kind":"Name","value":"daysRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"onHoldSince"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"viewerEmergencyAccessUntil"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"untilDate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interimServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeCaseCoordinatorMutation, ChangeCaseCoordinatorMutationVariables>;
export const CancelCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"clarificationDays"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"holdDays"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineDate"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysElapsed"}},{"kind":"Field","name":{"kind":"Name","value":"daysRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"onHoldSince"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"viewerEmergencyAccessUntil"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"untilDate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interimServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CancelCaseMutation, CancelCaseMutationVariables>;
export const RecordInterimServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInterimService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInterimServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInterimService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordInterimServiceMutation, RecordInterimServiceMutationVariables>;
export const CaseloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Caseload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"atRisk"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mine"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"openCaseCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskCount"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessmentCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"atRisk"},"value":{"kind":"Variable","name":{"kind":"Name","value":"atRisk"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"mine"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mine"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"onHoldSince"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseloadQuery, CaseloadQueryVariables>;
export const DistrictTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]}}]}}]} as unknown as DocumentNode<DistrictTeamsQuery, DistrictTeamsQueryVariables>;
export const TeamFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"openCaseCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskCount"}}]}}]}}]} as unknown as DocumentNode<TeamFiguresQuery, TeamFiguresQueryVariables>;
export const DecisionScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"isLate"}},{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"covers"}}]}}]}}]} as unknown as DocumentNode<DecisionScreenQuery, DecisionScreenQueryVariables>;
export const DecisionLetterPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionLetterPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionLetterPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineDate"}},{"kind":"Field","name":{"kind":"Name","value":"isLate"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"}}]}}]}}]} as unknown as DocumentNode<DecisionLetterPreviewQuery, DecisionLetterPreviewQueryVariables>;
export const RecordDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"isLate"}},{"kind":"Field","name":{"kind":"Name","value":"letter"}}]}}]}}]} as unknown as DocumentNode<RecordDecisionMutation, RecordDecisionMutationVariables>;
export const HandoverScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandoverScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"summaryText"}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isExternal"}}]}}]}}]}}]} as unknown as DocumentNode<HandoverScreenQuery, HandoverScreenQueryVariables>;
export const HandoverSummaryPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandoverSummaryPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"destination"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HandoverDestination"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverSummaryPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"destination"},"value":{"kind":"Variable","name":{"kind":"Name","value":"destination"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDate"}}]}}]}}]} as unknown as DocumentNode<HandoverSummaryPreviewQuery, HandoverSummaryPreviewQueryVariables>;
export const HandOverCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HandOverCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HandOverCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handOverCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]}}]} as unknown as DocumentNode<HandOverCaseMutation, HandOverCaseMutationVariables>;
export const RequestEmergencyAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestEmergencyAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEmergencyAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<RequestEmergencyAccessMutation, RequestEmergencyAccessMutationVariables>;
export const CaseEmergencyAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseEmergencyAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerEmergencyAccessUntil"}}]}}]}}]} as unknown as DocumentNode<CaseEmergencyAccessQuery, CaseEmergencyAccessQueryVariables>;
export const GoalPlanPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoalPlanPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessmentCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"lowestSuggestedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalPlanFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"whatMatters"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoalPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agreedBy"}},{"kind":"Field","name":{"kind":"Name","value":"representativeName"}},{"kind":"Field","name":{"kind":"Name","value":"agreedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"agreementRecordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"measureId"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedByProfession"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<GoalPlanPageQuery, GoalPlanPageQueryVariables>;
export const AddGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"whatMatters"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureFields"}}]}}]}}]} as unknown as DocumentNode<AddGoalMutation, AddGoalMutationVariables>;
export const UpdateGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"goalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"goalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"goalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"whatMatters"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureFields"}}]}}]}}]} as unknown as DocumentNode<UpdateGoalMutation, UpdateGoalMutationVariables>;
export const AddMeasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"goalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMeasureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"goalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"goalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AddMeasureMutation, AddMeasureMutationVariables>;
export const UpdateMeasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"measureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMeasureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"measureId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateMeasureMutation, UpdateMeasureMutationVariables>;
export const ReorderGoalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderGoals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"goalIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderGoals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"goalIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"goalIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReorderGoalsMutation, ReorderGoalsMutationVariables>;
export const ReorderMeasuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderMeasures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"goalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"measureIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderMeasures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"goalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"goalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"measureIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"measureIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReorderMeasuresMutation, ReorderMeasuresMutationVariables>;
export const AgreeGoalPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreeGoalPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreedBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GoalPlanAgreedBy"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"representativeName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreeGoalPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"agreedBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreedBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"representativeName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"representativeName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"whatMatters"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoalPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agreedBy"}},{"kind":"Field","name":{"kind":"Name","value":"representativeName"}},{"kind":"Field","name":{"kind":"Name","value":"agreedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"agreementRecordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"measureId"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedByProfession"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<AgreeGoalPlanMutation, AgreeGoalPlanMutationVariables>;
export const JournalCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JournalCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]}}]} as unknown as DocumentNode<JournalCaseQuery, JournalCaseQueryVariables>;
export const JournalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Journal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"journal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JournalEntryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JournalEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JournalEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rootId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"isSystem"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInError"}},{"kind":"Field","name":{"kind":"Name","value":"amendReason"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToPatient"}},{"kind":"Field","name":{"kind":"Name","value":"authorProfession"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInError"}},{"kind":"Field","name":{"kind":"Name","value":"amendReason"}},{"kind":"Field","name":{"kind":"Name","value":"authorProfession"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<JournalQuery, JournalQueryVariables>;
export const JournalSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JournalSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"journal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JournalEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JournalEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JournalEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rootId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"isSystem"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInError"}},{"kind":"Field","name":{"kind":"Name","value":"amendReason"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToPatient"}},{"kind":"Field","name":{"kind":"Name","value":"authorProfession"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInError"}},{"kind":"Field","name":{"kind":"Name","value":"amendReason"}},{"kind":"Field","name":{"kind":"Name","value":"authorProfession"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<JournalSearchQuery, JournalSearchQueryVariables>;
export const TeamJournalSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamJournalSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamJournalSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInError"}},{"kind":"Field","name":{"kind":"Name","value":"authorProfession"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamJournalSearchQuery, TeamJournalSearchQueryVariables>;
export const JournalHitCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JournalHitCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]} as unknown as DocumentNode<JournalHitCaseQuery, JournalHitCaseQueryVariables>;
export const AddJournalEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddJournalEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddJournalEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addJournalEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JournalEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JournalEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JournalEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rootId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"isSystem"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInError"}},{"kind":"Field","name":{"kind":"Name","value":"amendReason"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToPatient"}},{"kind":"Field","name":{"kind":"Name","value":"authorProfession"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInError"}},{"kind":"Field","name":{"kind":"Name","value":"amendReason"}},{"kind":"Field","name":{"kind":"Name","value":"authorProfession"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AddJournalEntryMutation, AddJournalEntryMutationVariables>;
export const AmendJournalEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmendJournalEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendJournalEntryInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendJournalEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JournalEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JournalEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JournalEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rootId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"isSystem"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInError"}},{"kind":"Field","name":{"kind":"Name","value":"amendReason"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToPatient"}},{"kind":"Field","name":{"kind":"Name","value":"authorProfession"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInError"}},{"kind":"Field","name":{"kind":"Name","value":"amendReason"}},{"kind":"Field","name":{"kind":"Name","value":"authorProfession"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AmendJournalEntryMutation, AmendJournalEntryMutationVariables>;
export const MarkJournalEntryInErrorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkJournalEntryInError"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markJournalEntryEnteredInError"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JournalEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JournalEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JournalEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rootId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"isSystem"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInError"}},{"kind":"Field","name":{"kind":"Name","value":"amendReason"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToPatient"}},{"kind":"Field","name":{"kind":"Name","value":"authorProfession"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInError"}},{"kind":"Field","name":{"kind":"Name","value":"amendReason"}},{"kind":"Field","name":{"kind":"Name","value":"authorProfession"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MarkJournalEntryInErrorMutation, MarkJournalEntryInErrorMutationVariables>;
export const JournalEntryAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"JournalEntryAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"journalEntryAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JournalEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JournalEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JournalEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rootId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"isSystem"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInError"}},{"kind":"Field","name":{"kind":"Name","value":"amendReason"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToPatient"}},{"kind":"Field","name":{"kind":"Name","value":"authorProfession"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInError"}},{"kind":"Field","name":{"kind":"Name","value":"amendReason"}},{"kind":"Field","name":{"kind":"Name","value":"authorProfession"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<JournalEntryAddedSubscription, JournalEntryAddedSubscriptionVariables>;
export const StatisticsSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatisticsSetup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<StatisticsSetupQuery, StatisticsSetupQueryVariables>;
export const DistrictStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"casesOpened"}},{"kind":"Field","name":{"kind":"Name","value":"casesDecided"}},{"kind":"Field","name":{"kind":"Name","value":"casesHandedOver"}},{"kind":"Field","name":{"kind":"Name","value":"daysReferralToDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysAcceptanceToDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedWithinDeadlineShare"}},{"kind":"Field","name":{"kind":"Name","value":"perServiceLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perDestination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lowerThanRequested"}},{"kind":"Field","name":{"kind":"Name","value":"sameAsRequested"}},{"kind":"Field","name":{"kind":"Name","value":"higherThanRequested"}}]}}]}}]} as unknown as DocumentNode<DistrictStatisticsQuery, DistrictStatisticsQueryVariables>;
export const FindPersonByNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindPersonByNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchPatients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"nationalId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindPersonByNumberQuery, FindPersonByNumberQueryVariables>;
export const PersonAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditAccess"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"caseIds"}},{"kind":"Field","name":{"kind":"Name","value":"actorProfession"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonAuditTrailQuery, PersonAuditTrailQueryVariables>;
export const SingleEntryStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SingleEntryStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAtFirstContact"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAtFirstContactByOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callbacksDue"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksKept"}},{"kind":"Field","name":{"kind":"Name","value":"callbacksKeptOnTime"}}]}}]}}]} as unknown as DocumentNode<SingleEntryStatisticsQuery, SingleEntryStatisticsQueryVariables>;
export const MyUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyUnitsQuery, MyUnitsQueryVariables>;
export const HandoverInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandoverInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"HANDED_OVER"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandoverFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandoverFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Handover"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDate"}},{"kind":"Field","name":{"kind":"Name","value":"summaryText"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<HandoverInboxQuery, HandoverInboxQueryVariables>;
export const UnitFollowUpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitFollowUps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueBefore"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueBefore"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDate"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitFollowUpsQuery, UnitFollowUpsQueryVariables>;
export const AcknowledgeHandoverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeHandover"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeHandover"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"handovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandoverFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandoverFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Handover"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDate"}},{"kind":"Field","name":{"kind":"Name","value":"summaryText"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeHandoverMutation, AcknowledgeHandoverMutationVariables>;
export const ReturnHandoverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnHandover"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnHandover"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"handovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandoverFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandoverFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Handover"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDate"}},{"kind":"Field","name":{"kind":"Name","value":"summaryText"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReturnHandoverMutation, ReturnHandoverMutationVariables>;
export const FollowUpCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUpCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandoverFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpDate"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"newReferralId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpGoal"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandoverFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Handover"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDate"}},{"kind":"Field","name":{"kind":"Name","value":"summaryText"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpGoal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FollowUpCaseQuery, FollowUpCaseQueryVariables>;
export const EvaluateGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvaluateGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"goalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluateGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluateGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"goalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"goalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpGoal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpGoal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Goal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EvaluateGoalMutation, EvaluateGoalMutationVariables>;
export const RecordFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpDate"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"newReferralId"}}]}}]}}]} as unknown as DocumentNode<RecordFollowUpMutation, RecordFollowUpMutationVariables>;
export const ReferralNavCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralNavCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"newUrgent"},"name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RECEIVED"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"urgency"},"value":{"kind":"EnumValue","value":"URGENT"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"triageOverdue"},"name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"triageOverdue"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"assignedToMe"},"name":{"kind":"Name","value":"assessmentCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mine"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ReferralNavCountsQuery, ReferralNavCountsQueryVariables>;
export const ReferralInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"triageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"triageOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"callback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReferralInboxQuery, ReferralInboxQueryVariables>;
export const ReferralDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"triageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"triageOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"helpRequested"}},{"kind":"Field","name":{"kind":"Name","value":"requestedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"referrerName"}},{"kind":"Field","name":{"kind":"Name","value":"referrerContact"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"redirectedTo"}},{"kind":"Field","name":{"kind":"Name","value":"redirectReason"}},{"kind":"Field","name":{"kind":"Name","value":"triagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}},{"kind":"Field","name":{"kind":"Name","value":"directResolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"keptAt"}},{"kind":"Field","name":{"kind":"Name","value":"keptHow"}},{"kind":"Field","name":{"kind":"Name","value":"keptOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralDetailQuery, ReferralDetailQueryVariables>;
export const IntakeContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntakeContext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<IntakeContextQuery, IntakeContextQueryVariables>;
export const SearchPersonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPersons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchPatients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchPersonsQuery, SearchPersonsQueryVariables>;
export const RegisterReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RegisterReferralMutation, RegisterReferralMutationVariables>;
export const AcceptReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptReferralInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AcceptReferralMutation, AcceptReferralMutationVariables>;
export const RejectReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]}}]} as unknown as DocumentNode<RejectReferralMutation, RejectReferralMutationVariables>;
export const RedirectReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedirectReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedirectReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redirectReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"redirectedTo"}},{"kind":"Field","name":{"kind":"Name","value":"redirectReason"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]}}]} as unknown as DocumentNode<RedirectReferralMutation, RedirectReferralMutationVariables>;
export const CallbacksDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallbacksDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RECEIVED"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"callback"},"value":{"kind":"EnumValue","value":"DUE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CallbacksDueQuery, CallbacksDueQueryVariables>;
export const ResolveReferralDirectlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveReferralDirectly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DirectResolutionOutcome"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveReferralDirectly"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]}}]} as unknown as DocumentNode<ResolveReferralDirectlyMutation, ResolveReferralDirectlyMutationVariables>;
export const ScheduleCallbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleCallback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleCallback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]}}]} as unknown as DocumentNode<ScheduleCallbackMutation, ScheduleCallbackMutationVariables>;
export const RecordCallbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCallback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCallback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"}}]}}]}}]} as unknown as DocumentNode<RecordCallbackMutation, RecordCallbackMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;