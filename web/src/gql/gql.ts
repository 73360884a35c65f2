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
    "\n  query Viewer {\n    me {\n      id\n      name\n      profession\n      teams {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
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
export function graphql(source: "\n  query Caseload($teamId: ID!, $first: Int!, $after: String) {\n    teamDashboard(teamId: $teamId) {\n      today\n      openCaseCount\n      overdueCount\n      atRiskCount\n      team {\n        id\n        name\n      }\n    }\n    assessmentCases(\n      filter: { teamId: $teamId, status: [ACTIVE, ON_HOLD] }\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          deadlineDate\n          daysRemaining\n          isOverdue\n          atRisk\n          onHoldSince\n          patient {\n            id\n            givenName\n            familyName\n            birthDate\n          }\n          coordinator {\n            id\n            name\n          }\n          members {\n            id\n            staff {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Caseload($teamId: ID!, $first: Int!, $after: String) {\n    teamDashboard(teamId: $teamId) {\n      today\n      openCaseCount\n      overdueCount\n      atRiskCount\n      team {\n        id\n        name\n      }\n    }\n    assessmentCases(\n      filter: { teamId: $teamId, status: [ACTIVE, ON_HOLD] }\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          deadlineDate\n          daysRemaining\n          isOverdue\n          atRisk\n          onHoldSince\n          patient {\n            id\n            givenName\n            familyName\n            birthDate\n          }\n          coordinator {\n            id\n            name\n          }\n          members {\n            id\n            staff {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      name\n      profession\n      teams {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      name\n      profession\n      teams {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;