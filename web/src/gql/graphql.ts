/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type CaseloadQueryVariables = Exact<{
  teamId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type CaseloadQuery = { teamDashboard: { today: string, openCaseCount: number, overdueCount: number, atRiskCount: number, team: { id: string, name: string } }, assessmentCases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, status: CaseStatus, deadlineDate: string, daysRemaining: number, isOverdue: boolean, atRisk: boolean, onHoldSince: string | null, patient: { id: string, givenName: string, familyName: string, birthDate: string }, coordinator: { id: string, name: string }, members: Array<{ id: string, staff: { id: string, name: string } }> } }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { id: string, name: string, profession: Profession, teams: Array<{ id: string, name: string }> } };


export const CaseloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Caseload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"openCaseCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskCount"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessmentCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"},{"kind":"EnumValue","value":"ON_HOLD"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"onHoldSince"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseloadQuery, CaseloadQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;