/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment CaseDetails on AssessmentCase {\n    id\n    status\n    teamId\n    acceptedOn\n    clarificationDays\n    extensionDays\n    holdDays\n    deadlineDate\n    deadline\n    daysElapsed\n    daysRemaining\n    isOverdue\n    atRisk\n    onHoldSince\n    cancelReason\n    viewerCan\n    patient {\n      id\n      givenName\n      familyName\n      birthDate\n    }\n    coordinator {\n      id\n      name\n      profession\n    }\n    members {\n      id\n      role\n      createdAt\n      staff {\n        id\n        name\n        profession\n      }\n    }\n    holds {\n      id\n      fromDate\n      untilDate\n      reason\n    }\n    extensions {\n      id\n      days\n      reason\n      createdAt\n    }\n    interimServices {\n      id\n      kind\n      description\n      frequency\n      responsible\n      fromDate\n      toDate\n    }\n    history {\n      id\n      action\n      occurredAt\n      reason\n      actor {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CaseDetailsFragmentDoc,
    "\n  query Case($id: ID!) {\n    assessmentCase(id: $id) {\n      ...CaseDetails\n    }\n  }\n": typeof types.CaseDocument,
    "\n  query TeamStaff($teamId: ID!) {\n    teamStaff(teamId: $teamId) {\n      id\n      name\n      profession\n    }\n  }\n": typeof types.TeamStaffDocument,
    "\n  mutation PutCaseOnHold($caseId: ID!, $reason: String!) {\n    putCaseOnHold(caseId: $caseId, input: { reason: $reason }) {\n      ...CaseDetails\n    }\n  }\n": typeof types.PutCaseOnHoldDocument,
    "\n  mutation ResumeCase($caseId: ID!) {\n    resumeCase(caseId: $caseId) {\n      ...CaseDetails\n    }\n  }\n": typeof types.ResumeCaseDocument,
    "\n  mutation ExtendDeadline($caseId: ID!, $days: Int!, $reason: String!) {\n    extendDeadline(caseId: $caseId, input: { days: $days, reason: $reason }) {\n      ...CaseDetails\n    }\n  }\n": typeof types.ExtendDeadlineDocument,
    "\n  mutation AssignCaseMember($caseId: ID!, $staffId: ID!, $role: CaseRole!) {\n    assignCaseMember(caseId: $caseId, input: { staffId: $staffId, role: $role }) {\n      ...CaseDetails\n    }\n  }\n": typeof types.AssignCaseMemberDocument,
    "\n  mutation RemoveCaseMember($caseId: ID!, $staffId: ID!, $reason: String!) {\n    removeCaseMember(caseId: $caseId, staffId: $staffId, reason: $reason) {\n      ...CaseDetails\n    }\n  }\n": typeof types.RemoveCaseMemberDocument,
    "\n  mutation ChangeCaseCoordinator($caseId: ID!, $coordinatorId: ID!) {\n    changeCaseCoordinator(caseId: $caseId, coordinatorId: $coordinatorId) {\n      ...CaseDetails\n    }\n  }\n": typeof types.ChangeCaseCoordinatorDocument,
    "\n  mutation CancelCase($caseId: ID!, $reason: String!) {\n    cancelCase(caseId: $caseId, input: { reason: $reason }) {\n      ...CaseDetails\n    }\n  }\n": typeof types.CancelCaseDocument,
    "\n  mutation RecordInterimService($caseId: ID!, $input: RecordInterimServiceInput!) {\n    recordInterimService(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n": typeof types.RecordInterimServiceDocument,
    "\n  query Caseload($teamId: ID!, $first: Int!, $after: String) {\n    teamDashboard(teamId: $teamId) {\n      today\n      openCaseCount\n      overdueCount\n      atRiskCount\n      team {\n        id\n        name\n      }\n    }\n    assessmentCases(\n      filter: { teamId: $teamId, status: [ACTIVE, ON_HOLD] }\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          deadlineDate\n          daysRemaining\n          isOverdue\n          atRisk\n          onHoldSince\n          patient {\n            id\n            givenName\n            familyName\n            birthDate\n          }\n          coordinator {\n            id\n            name\n          }\n          members {\n            id\n            staff {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseloadDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      profession\n      teams {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  fragment CaseDetails on AssessmentCase {\n    id\n    status\n    teamId\n    acceptedOn\n    clarificationDays\n    extensionDays\n    holdDays\n    deadlineDate\n    deadline\n    daysElapsed\n    daysRemaining\n    isOverdue\n    atRisk\n    onHoldSince\n    cancelReason\n    viewerCan\n    patient {\n      id\n      givenName\n      familyName\n      birthDate\n    }\n    coordinator {\n      id\n      name\n      profession\n    }\n    members {\n      id\n      role\n      createdAt\n      staff {\n        id\n        name\n        profession\n      }\n    }\n    holds {\n      id\n      fromDate\n      untilDate\n      reason\n    }\n    extensions {\n      id\n      days\n      reason\n      createdAt\n    }\n    interimServices {\n      id\n      kind\n      description\n      frequency\n      responsible\n      fromDate\n      toDate\n    }\n    history {\n      id\n      action\n      occurredAt\n      reason\n      actor {\n        id\n        name\n      }\n    }\n  }\n": types.CaseDetailsFragmentDoc,
    "\n  query Case($id: ID!) {\n    assessmentCase(id: $id) {\n      ...CaseDetails\n    }\n  }\n": types.CaseDocument,
    "\n  query TeamStaff($teamId: ID!) {\n    teamStaff(teamId: $teamId) {\n      id\n      name\n      profession\n    }\n  }\n": types.TeamStaffDocument,
    "\n  mutation PutCaseOnHold($caseId: ID!, $reason: String!) {\n    putCaseOnHold(caseId: $caseId, input: { reason: $reason }) {\n      ...CaseDetails\n    }\n  }\n": types.PutCaseOnHoldDocument,
    "\n  mutation ResumeCase($caseId: ID!) {\n    resumeCase(caseId: $caseId) {\n      ...CaseDetails\n    }\n  }\n": types.ResumeCaseDocument,
    "\n  mutation ExtendDeadline($caseId: ID!, $days: Int!, $reason: String!) {\n    extendDeadline(caseId: $caseId, input: { days: $days, reason: $reason }) {\n      ...CaseDetails\n    }\n  }\n": types.ExtendDeadlineDocument,
    "\n  mutation AssignCaseMember($caseId: ID!, $staffId: ID!, $role: CaseRole!) {\n    assignCaseMember(caseId: $caseId, input: { staffId: $staffId, role: $role }) {\n      ...CaseDetails\n    }\n  }\n": types.AssignCaseMemberDocument,
    "\n  mutation RemoveCaseMember($caseId: ID!, $staffId: ID!, $reason: String!) {\n    removeCaseMember(caseId: $caseId, staffId: $staffId, reason: $reason) {\n      ...CaseDetails\n    }\n  }\n": types.RemoveCaseMemberDocument,
    "\n  mutation ChangeCaseCoordinator($caseId: ID!, $coordinatorId: ID!) {\n    changeCaseCoordinator(caseId: $caseId, coordinatorId: $coordinatorId) {\n      ...CaseDetails\n    }\n  }\n": types.ChangeCaseCoordinatorDocument,
    "\n  mutation CancelCase($caseId: ID!, $reason: String!) {\n    cancelCase(caseId: $caseId, input: { reason: $reason }) {\n      ...CaseDetails\n    }\n  }\n": types.CancelCaseDocument,
    "\n  mutation RecordInterimService($caseId: ID!, $input: RecordInterimServiceInput!) {\n    recordInterimService(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n": types.RecordInterimServiceDocument,
    "\n  query Caseload($teamId: ID!, $first: Int!, $after: String) {\n    teamDashboard(teamId: $teamId) {\n      today\n      openCaseCount\n      overdueCount\n      atRiskCount\n      team {\n        id\n        name\n      }\n    }\n    assessmentCases(\n      filter: { teamId: $teamId, status: [ACTIVE, ON_HOLD] }\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          deadlineDate\n          daysRemaining\n          isOverdue\n          atRisk\n          onHoldSince\n          patient {\n            id\n            givenName\n            familyName\n            birthDate\n          }\n          coordinator {\n            id\n            name\n          }\n          members {\n            id\n            staff {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CaseloadDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      profession\n      teams {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseDetails on AssessmentCase {\n    id\n    status\n    teamId\n    acceptedOn\n    clarificationDays\n    extensionDays\n    holdDays\n    deadlineDate\n    deadline\n    daysElapsed\n    daysRemaining\n    isOverdue\n    atRisk\n    onHoldSince\n    cancelReason\n    viewerCan\n    patient {\n      id\n      givenName\n      familyName\n      birthDate\n    }\n    coordinator {\n      id\n      name\n      profession\n    }\n    members {\n      id\n      role\n      createdAt\n      staff {\n        id\n        name\n        profession\n      }\n    }\n    holds {\n      id\n      fromDate\n      untilDate\n      reason\n    }\n    extensions {\n      id\n      days\n      reason\n      createdAt\n    }\n    interimServices {\n      id\n      kind\n      description\n      frequency\n      responsible\n      fromDate\n      toDate\n    }\n    history {\n      id\n      action\n      occurredAt\n      reason\n      actor {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseDetails on AssessmentCase {\n    id\n    status\n    teamId\n    acceptedOn\n    clarificationDays\n    extensionDays\n    holdDays\n    deadlineDate\n    deadline\n    daysElapsed\n    daysRemaining\n    isOverdue\n    atRisk\n    onHoldSince\n    cancelReason\n    viewerCan\n    patient {\n      id\n      givenName\n      familyName\n      birthDate\n    }\n    coordinator {\n      id\n      name\n      profession\n    }\n    members {\n      id\n      role\n      createdAt\n      staff {\n        id\n        name\n        profession\n      }\n    }\n    holds {\n      id\n      fromDate\n      untilDate\n      reason\n    }\n    extensions {\n      id\n      days\n      reason\n      createdAt\n    }\n    interimServices {\n      id\n      kind\n      description\n      frequency\n      responsible\n      fromDate\n      toDate\n    }\n    history {\n      id\n      action\n      occurredAt\n      reason\n      actor {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Case($id: ID!) {\n    assessmentCase(id: $id) {\n      ...CaseDetails\n    }\n  }\n"): (typeof documents)["\n  query Case($id: ID!) {\n    assessmentCase(id: $id) {\n      ...CaseDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamStaff($teamId: ID!) {\n    teamStaff(teamId: $teamId) {\n      id\n      name\n      profession\n    }\n  }\n"): (typeof documents)["\n  query TeamStaff($teamId: ID!) {\n    teamStaff(teamId: $teamId) {\n      id\n      name\n      profession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PutCaseOnHold($caseId: ID!, $reason: String!) {\n    putCaseOnHold(caseId: $caseId, input: { reason: $reason }) {\n      ...CaseDetails\n    }\n  }\n"): (typeof documents)["\n  mutation PutCaseOnHold($caseId: ID!, $reason: String!) {\n    putCaseOnHold(caseId: $caseId, input: { reason: $reason }) {\n      ...CaseDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeCase($caseId: ID!) {\n    resumeCase(caseId: $caseId) {\n      ...CaseDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeCase($caseId: ID!) {\n    resumeCase(caseId: $caseId) {\n      ...CaseDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendDeadline($caseId: ID!, $days: Int!, $reason: String!) {\n    extendDeadline(caseId: $caseId, input: { days: $days, reason: $reason }) {\n      ...CaseDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendDeadline($caseId: ID!, $days: Int!, $reason: String!) {\n    extendDeadline(caseId: $caseId, input: { days: $days, reason: $reason }) {\n      ...CaseDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCaseMember($caseId: ID!, $staffId: ID!, $role: CaseRole!) {\n    assignCaseMember(caseId: $caseId, input: { staffId: $staffId, role: $role }) {\n      ...CaseDetails\n    }\n  }\n"): (typeof documents)["\n  mutation AssignCaseMember($caseId: ID!, $staffId: ID!, $role: CaseRole!) {\n    assignCaseMember(caseId: $caseId, input: { staffId: $staffId, role: $role }) {\n      ...CaseDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCaseMember($caseId: ID!, $staffId: ID!, $reason: String!) {\n    removeCaseMember(caseId: $caseId, staffId: $staffId, reason: $reason) {\n      ...CaseDetails\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCaseMember($caseId: ID!, $staffId: ID!, $reason: String!) {\n    removeCaseMember(caseId: $caseId, staffId: $staffId, reason: $reason) {\n      ...CaseDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeCaseCoordinator($caseId: ID!, $coordinatorId: ID!) {\n    changeCaseCoordinator(caseId: $caseId, coordinatorId: $coordinatorId) {\n      ...CaseDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeCaseCoordinator($caseId: ID!, $coordinatorId: ID!) {\n    changeCaseCoordinator(caseId: $caseId, coordinatorId: $coordinatorId) {\n      ...CaseDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCase($caseId: ID!, $reason: String!) {\n    cancelCase(caseId: $caseId, input: { reason: $reason }) {\n      ...CaseDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CancelCase($caseId: ID!, $reason: String!) {\n    cancelCase(caseId: $caseId, input: { reason: $reason }) {\n      ...CaseDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordInterimService($caseId: ID!, $input: RecordInterimServiceInput!) {\n    recordInterimService(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordInterimService($caseId: ID!, $input: RecordInterimServiceInput!) {\n    recordInterimService(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Caseload($teamId: ID!, $first: Int!, $after: String) {\n    teamDashboard(teamId: $teamId) {\n      today\n      openCaseCount\n      overdueCount\n      atRiskCount\n      team {\n        id\n        name\n      }\n    }\n    assessmentCases(\n      filter: { teamId: $teamId, status: [ACTIVE, ON_HOLD] }\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          deadlineDate\n          daysRemaining\n          isOverdue\n          atRisk\n          onHoldSince\n          patient {\n            id\n            givenName\n            familyName\n            birthDate\n          }\n          coordinator {\n            id\n            name\n          }\n          members {\n            id\n            staff {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Caseload($teamId: ID!, $first: Int!, $after: String) {\n    teamDashboard(teamId: $teamId) {\n      today\n      openCaseCount\n      overdueCount\n      atRiskCount\n      team {\n        id\n        name\n      }\n    }\n    assessmentCases(\n      filter: { teamId: $teamId, status: [ACTIVE, ON_HOLD] }\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          deadlineDate\n          daysRemaining\n          isOverdue\n          atRisk\n          onHoldSince\n          patient {\n            id\n            givenName\n            familyName\n            birthDate\n          }\n          coordinator {\n            id\n            name\n          }\n          members {\n            id\n            staff {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      name\n      profession\n      teams {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      name\n      profession\n      teams {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;