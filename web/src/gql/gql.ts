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
    "\n  query Caseload($teamId: ID!, $first: Int!, $after: String) {\n    teamDashboard(teamId: $teamId) {\n      today\n      openCaseCount\n      overdueCount\n      atRiskCount\n      team {\n        id\n        name\n      }\n    }\n    assessmentCases(\n      filter: { teamId: $teamId, status: [ACTIVE, ON_HOLD] }\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          deadlineDate\n          daysRemaining\n          isOverdue\n          atRisk\n          onHoldSince\n          patient {\n            id\n            givenName\n            familyName\n            birthDate\n          }\n          coordinator {\n            id\n            name\n          }\n          members {\n            id\n            staff {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseloadDocument,
    "\n  query ReferralNavCounts {\n    newUrgent: referrals(filter: { status: [RECEIVED], urgency: URGENT }, first: 1) {\n      totalCount\n    }\n    triageOverdue: referrals(filter: { triageOverdue: true }, first: 1) {\n      totalCount\n    }\n    assignedToMe: assessmentCases(filter: { mine: true, status: [ACTIVE] }, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ReferralNavCountsDocument,
    "\n  query ReferralInbox($filter: ReferralFilter, $first: Int!, $after: String) {\n    referrals(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          urgency\n          source\n          receivedAt\n          triageDeadline\n          triageOverdue\n          patient {\n            id\n            givenName\n            familyName\n            birthDate\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReferralInboxDocument,
    "\n  query ReferralDetail($id: ID!) {\n    referral(id: $id) {\n      id\n      status\n      urgency\n      source\n      channel\n      receivedAt\n      createdAt\n      triageDeadline\n      triageOverdue\n      description\n      helpRequested\n      requestedLevel\n      referrerName\n      referrerContact\n      rejectionReason\n      redirectedTo\n      redirectReason\n      triagedAt\n      caseId\n      viewerCan\n      team {\n        id\n        name\n      }\n      patient {\n        id\n        givenName\n        familyName\n        birthDate\n      }\n    }\n  }\n": typeof types.ReferralDetailDocument,
    "\n  query TeamStaff($teamId: ID!) {\n    teamStaff(teamId: $teamId) {\n      id\n      name\n      profession\n    }\n  }\n": typeof types.TeamStaffDocument,
    "\n  query IntakeContext {\n    me {\n      id\n      teams {\n        id\n        districtId\n      }\n    }\n    districts {\n      id\n      name\n    }\n  }\n": typeof types.IntakeContextDocument,
    "\n  query SearchPersons($query: String!) {\n    searchPatients(query: $query, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          givenName\n          familyName\n          birthDate\n          address\n        }\n      }\n    }\n  }\n": typeof types.SearchPersonsDocument,
    "\n  mutation RegisterReferral($input: RegisterReferralInput!) {\n    registerReferral(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RegisterReferralDocument,
    "\n  mutation AcceptReferral($referralId: ID!, $input: AcceptReferralInput) {\n    acceptReferral(referralId: $referralId, input: $input) {\n      id\n    }\n  }\n": typeof types.AcceptReferralDocument,
    "\n  mutation RejectReferral($referralId: ID!, $input: RejectReferralInput!) {\n    rejectReferral(referralId: $referralId, input: $input) {\n      id\n      status\n      rejectionReason\n      viewerCan\n    }\n  }\n": typeof types.RejectReferralDocument,
    "\n  mutation RedirectReferral($referralId: ID!, $input: RedirectReferralInput!) {\n    redirectReferral(referralId: $referralId, input: $input) {\n      id\n      status\n      redirectedTo\n      redirectReason\n      viewerCan\n    }\n  }\n": typeof types.RedirectReferralDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      profession\n      teams {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  query Caseload($teamId: ID!, $first: Int!, $after: String) {\n    teamDashboard(teamId: $teamId) {\n      today\n      openCaseCount\n      overdueCount\n      atRiskCount\n      team {\n        id\n        name\n      }\n    }\n    assessmentCases(\n      filter: { teamId: $teamId, status: [ACTIVE, ON_HOLD] }\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          deadlineDate\n          daysRemaining\n          isOverdue\n          atRisk\n          onHoldSince\n          patient {\n            id\n            givenName\n            familyName\n            birthDate\n          }\n          coordinator {\n            id\n            name\n          }\n          members {\n            id\n            staff {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CaseloadDocument,
    "\n  query ReferralNavCounts {\n    newUrgent: referrals(filter: { status: [RECEIVED], urgency: URGENT }, first: 1) {\n      totalCount\n    }\n    triageOverdue: referrals(filter: { triageOverdue: true }, first: 1) {\n      totalCount\n    }\n    assignedToMe: assessmentCases(filter: { mine: true, status: [ACTIVE] }, first: 1) {\n      totalCount\n    }\n  }\n": types.ReferralNavCountsDocument,
    "\n  query ReferralInbox($filter: ReferralFilter, $first: Int!, $after: String) {\n    referrals(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          urgency\n          source\n          receivedAt\n          triageDeadline\n          triageOverdue\n          patient {\n            id\n            givenName\n            familyName\n            birthDate\n          }\n        }\n      }\n    }\n  }\n": types.ReferralInboxDocument,
    "\n  query ReferralDetail($id: ID!) {\n    referral(id: $id) {\n      id\n      status\n      urgency\n      source\n      channel\n      receivedAt\n      createdAt\n      triageDeadline\n      triageOverdue\n      description\n      helpRequested\n      requestedLevel\n      referrerName\n      referrerContact\n      rejectionReason\n      redirectedTo\n      redirectReason\n      triagedAt\n      caseId\n      viewerCan\n      team {\n        id\n        name\n      }\n      patient {\n        id\n        givenName\n        familyName\n        birthDate\n      }\n    }\n  }\n": types.ReferralDetailDocument,
    "\n  query TeamStaff($teamId: ID!) {\n    teamStaff(teamId: $teamId) {\n      id\n      name\n      profession\n    }\n  }\n": types.TeamStaffDocument,
    "\n  query IntakeContext {\n    me {\n      id\n      teams {\n        id\n        districtId\n      }\n    }\n    districts {\n      id\n      name\n    }\n  }\n": types.IntakeContextDocument,
    "\n  query SearchPersons($query: String!) {\n    searchPatients(query: $query, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          givenName\n          familyName\n          birthDate\n          address\n        }\n      }\n    }\n  }\n": types.SearchPersonsDocument,
    "\n  mutation RegisterReferral($input: RegisterReferralInput!) {\n    registerReferral(input: $input) {\n      id\n      status\n    }\n  }\n": types.RegisterReferralDocument,
    "\n  mutation AcceptReferral($referralId: ID!, $input: AcceptReferralInput) {\n    acceptReferral(referralId: $referralId, input: $input) {\n      id\n    }\n  }\n": types.AcceptReferralDocument,
    "\n  mutation RejectReferral($referralId: ID!, $input: RejectReferralInput!) {\n    rejectReferral(referralId: $referralId, input: $input) {\n      id\n      status\n      rejectionReason\n      viewerCan\n    }\n  }\n": types.RejectReferralDocument,
    "\n  mutation RedirectReferral($referralId: ID!, $input: RedirectReferralInput!) {\n    redirectReferral(referralId: $referralId, input: $input) {\n      id\n      status\n      redirectedTo\n      redirectReason\n      viewerCan\n    }\n  }\n": types.RedirectReferralDocument,
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
export function graphql(source: "\n  query Caseload($teamId: ID!, $first: Int!, $after: String) {\n    teamDashboard(teamId: $teamId) {\n      today\n      openCaseCount\n      overdueCount\n      atRiskCount\n      team {\n        id\n        name\n      }\n    }\n    assessmentCases(\n      filter: { teamId: $teamId, status: [ACTIVE, ON_HOLD] }\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          deadlineDate\n          daysRemaining\n          isOverdue\n          atRisk\n          onHoldSince\n          patient {\n            id\n            givenName\n            familyName\n            birthDate\n          }\n          coordinator {\n            id\n            name\n          }\n          members {\n            id\n            staff {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Caseload($teamId: ID!, $first: Int!, $after: String) {\n    teamDashboard(teamId: $teamId) {\n      today\n      openCaseCount\n      overdueCount\n      atRiskCount\n      team {\n        id\n        name\n      }\n    }\n    assessmentCases(\n      filter: { teamId: $teamId, status: [ACTIVE, ON_HOLD] }\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          deadlineDate\n          daysRemaining\n          isOverdue\n          atRisk\n          onHoldSince\n          patient {\n            id\n            givenName\n            familyName\n            birthDate\n          }\n          coordinator {\n            id\n            name\n          }\n          members {\n            id\n            staff {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralNavCounts {\n    newUrgent: referrals(filter: { status: [RECEIVED], urgency: URGENT }, first: 1) {\n      totalCount\n    }\n    triageOverdue: referrals(filter: { triageOverdue: true }, first: 1) {\n      totalCount\n    }\n    assignedToMe: assessmentCases(filter: { mine: true, status: [ACTIVE] }, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ReferralNavCounts {\n    newUrgent: referrals(filter: { status: [RECEIVED], urgency: URGENT }, first: 1) {\n      totalCount\n    }\n    triageOverdue: referrals(filter: { triageOverdue: true }, first: 1) {\n      totalCount\n    }\n    assignedToMe: assessmentCases(filter: { mine: true, status: [ACTIVE] }, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralInbox($filter: ReferralFilter, $first: Int!, $after: String) {\n    referrals(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          urgency\n          source\n          receivedAt\n          triageDeadline\n          triageOverdue\n          patient {\n            id\n            givenName\n            familyName\n            birthDate\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferralInbox($filter: ReferralFilter, $first: Int!, $after: String) {\n    referrals(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          urgency\n          source\n          receivedAt\n          triageDeadline\n          triageOverdue\n          patient {\n            id\n            givenName\n            familyName\n            birthDate\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralDetail($id: ID!) {\n    referral(id: $id) {\n      id\n      status\n      urgency\n      source\n      channel\n      receivedAt\n      createdAt\n      triageDeadline\n      triageOverdue\n      description\n      helpRequested\n      requestedLevel\n      referrerName\n      referrerContact\n      rejectionReason\n      redirectedTo\n      redirectReason\n      triagedAt\n      caseId\n      viewerCan\n      team {\n        id\n        name\n      }\n      patient {\n        id\n        givenName\n        familyName\n        birthDate\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferralDetail($id: ID!) {\n    referral(id: $id) {\n      id\n      status\n      urgency\n      source\n      channel\n      receivedAt\n      createdAt\n      triageDeadline\n      triageOverdue\n      description\n      helpRequested\n      requestedLevel\n      referrerName\n      referrerContact\n      rejectionReason\n      redirectedTo\n      redirectReason\n      triagedAt\n      caseId\n      viewerCan\n      team {\n        id\n        name\n      }\n      patient {\n        id\n        givenName\n        familyName\n        birthDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamStaff($teamId: ID!) {\n    teamStaff(teamId: $teamId) {\n      id\n      name\n      profession\n    }\n  }\n"): (typeof documents)["\n  query TeamStaff($teamId: ID!) {\n    teamStaff(teamId: $teamId) {\n      id\n      name\n      profession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeContext {\n    me {\n      id\n      teams {\n        id\n        districtId\n      }\n    }\n    districts {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query IntakeContext {\n    me {\n      id\n      teams {\n        id\n        districtId\n      }\n    }\n    districts {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPersons($query: String!) {\n    searchPatients(query: $query, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          givenName\n          familyName\n          birthDate\n          address\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchPersons($query: String!) {\n    searchPatients(query: $query, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          givenName\n          familyName\n          birthDate\n          address\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterReferral($input: RegisterReferralInput!) {\n    registerReferral(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterReferral($input: RegisterReferralInput!) {\n    registerReferral(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptReferral($referralId: ID!, $input: AcceptReferralInput) {\n    acceptReferral(referralId: $referralId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptReferral($referralId: ID!, $input: AcceptReferralInput) {\n    acceptReferral(referralId: $referralId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectReferral($referralId: ID!, $input: RejectReferralInput!) {\n    rejectReferral(referralId: $referralId, input: $input) {\n      id\n      status\n      rejectionReason\n      viewerCan\n    }\n  }\n"): (typeof documents)["\n  mutation RejectReferral($referralId: ID!, $input: RejectReferralInput!) {\n    rejectReferral(referralId: $referralId, input: $input) {\n      id\n      status\n      rejectionReason\n      viewerCan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedirectReferral($referralId: ID!, $input: RedirectReferralInput!) {\n    redirectReferral(referralId: $referralId, input: $input) {\n      id\n      status\n      redirectedTo\n      redirectReason\n      viewerCan\n    }\n  }\n"): (typeof documents)["\n  mutation RedirectReferral($referralId: ID!, $input: RedirectReferralInput!) {\n    redirectReferral(referralId: $referralId, input: $input) {\n      id\n      status\n      redirectedTo\n      redirectReason\n      viewerCan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      name\n      profession\n      teams {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      name\n      profession\n      teams {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;