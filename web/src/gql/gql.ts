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
    "\n  query Caseload(\n    $teamId: ID!\n    $first: Int!\n    $after: String\n    $status: [CaseStatus!]\n    $overdue: Boolean\n    $atRisk: Boolean\n    $mine: Boolean\n  ) {\n    teamDashboard(teamId: $teamId) {\n      today\n      openCaseCount\n      overdueCount\n      atRiskCount\n      team {\n        id\n        name\n      }\n    }\n    assessmentCases(\n      filter: { teamId: $teamId, status: $status, overdue: $overdue, atRisk: $atRisk, mine: $mine }\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          deadlineDate\n          daysRemaining\n          isOverdue\n          atRisk\n          onHoldSince\n          patient {\n            id\n            givenName\n            familyName\n            birthDate\n          }\n          coordinator {\n            id\n            name\n          }\n          members {\n            id\n            staff {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseloadDocument,
    "\n  fragment JournalEntryFields on JournalEntry {\n    id\n    rootId\n    caseId\n    version\n    kind\n    text\n    writtenAt\n    isSystem\n    enteredInError\n    amendReason\n    visibleToPatient\n    authorProfession\n    author {\n      id\n      name\n    }\n    versions {\n      id\n      version\n      kind\n      text\n      writtenAt\n      enteredInError\n      amendReason\n      authorProfession\n      author {\n        id\n        name\n      }\n    }\n  }\n": typeof types.JournalEntryFieldsFragmentDoc,
    "\n  query JournalCase($caseId: ID!) {\n    assessmentCase(id: $caseId) {\n      id\n      viewerCan\n    }\n  }\n": typeof types.JournalCaseDocument,
    "\n  query Journal($caseId: ID!, $first: Int!, $after: String) {\n    journal(caseId: $caseId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...JournalEntryFields\n        }\n      }\n    }\n  }\n": typeof types.JournalDocument,
    "\n  query JournalSearch($caseId: ID!, $search: String!, $first: Int!, $after: String) {\n    journal(caseId: $caseId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...JournalEntryFields\n          highlight\n        }\n      }\n    }\n  }\n": typeof types.JournalSearchDocument,
    "\n  query TeamJournalSearch($teamId: ID!, $search: String!, $first: Int!, $after: String) {\n    teamJournalSearch(teamId: $teamId, search: $search, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          caseId\n          kind\n          writtenAt\n          version\n          enteredInError\n          authorProfession\n          author {\n            id\n            name\n          }\n          highlight\n        }\n      }\n    }\n  }\n": typeof types.TeamJournalSearchDocument,
    "\n  query JournalHitCase($caseId: ID!) {\n    assessmentCase(id: $caseId) {\n      id\n      patient {\n        id\n        givenName\n        familyName\n      }\n    }\n  }\n": typeof types.JournalHitCaseDocument,
    "\n  mutation AddJournalEntry($caseId: ID!, $input: AddJournalEntryInput!) {\n    addJournalEntry(caseId: $caseId, input: $input) {\n      ...JournalEntryFields\n    }\n  }\n": typeof types.AddJournalEntryDocument,
    "\n  mutation AmendJournalEntry($entryId: ID!, $input: AmendJournalEntryInput!, $reason: String!) {\n    amendJournalEntry(entryId: $entryId, input: $input, reason: $reason) {\n      ...JournalEntryFields\n    }\n  }\n": typeof types.AmendJournalEntryDocument,
    "\n  mutation MarkJournalEntryInError($entryId: ID!, $reason: String!) {\n    markJournalEntryEnteredInError(entryId: $entryId, reason: $reason) {\n      ...JournalEntryFields\n    }\n  }\n": typeof types.MarkJournalEntryInErrorDocument,
    "\n  subscription JournalEntryAdded($caseId: ID!) {\n    journalEntryAdded(caseId: $caseId) {\n      ...JournalEntryFields\n    }\n  }\n": typeof types.JournalEntryAddedDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      profession\n      teams {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  query Caseload(\n    $teamId: ID!\n    $first: Int!\n    $after: String\n    $status: [CaseStatus!]\n    $overdue: Boolean\n    $atRisk: Boolean\n    $mine: Boolean\n  ) {\n    teamDashboard(teamId: $teamId) {\n      today\n      openCaseCount\n      overdueCount\n      atRiskCount\n      team {\n        id\n        name\n      }\n    }\n    assessmentCases(\n      filter: { teamId: $teamId, status: $status, overdue: $overdue, atRisk: $atRisk, mine: $mine }\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          deadlineDate\n          daysRemaining\n          isOverdue\n          atRisk\n          onHoldSince\n          patient {\n            id\n            givenName\n            familyName\n            birthDate\n          }\n          coordinator {\n            id\n            name\n          }\n          members {\n            id\n            staff {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CaseloadDocument,
    "\n  fragment JournalEntryFields on JournalEntry {\n    id\n    rootId\n    caseId\n    version\n    kind\n    text\n    writtenAt\n    isSystem\n    enteredInError\n    amendReason\n    visibleToPatient\n    authorProfession\n    author {\n      id\n      name\n    }\n    versions {\n      id\n      version\n      kind\n      text\n      writtenAt\n      enteredInError\n      amendReason\n      authorProfession\n      author {\n        id\n        name\n      }\n    }\n  }\n": types.JournalEntryFieldsFragmentDoc,
    "\n  query JournalCase($caseId: ID!) {\n    assessmentCase(id: $caseId) {\n      id\n      viewerCan\n    }\n  }\n": types.JournalCaseDocument,
    "\n  query Journal($caseId: ID!, $first: Int!, $after: String) {\n    journal(caseId: $caseId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...JournalEntryFields\n        }\n      }\n    }\n  }\n": types.JournalDocument,
    "\n  query JournalSearch($caseId: ID!, $search: String!, $first: Int!, $after: String) {\n    journal(caseId: $caseId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...JournalEntryFields\n          highlight\n        }\n      }\n    }\n  }\n": types.JournalSearchDocument,
    "\n  query TeamJournalSearch($teamId: ID!, $search: String!, $first: Int!, $after: String) {\n    teamJournalSearch(teamId: $teamId, search: $search, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          caseId\n          kind\n          writtenAt\n          version\n          enteredInError\n          authorProfession\n          author {\n            id\n            name\n          }\n          highlight\n        }\n      }\n    }\n  }\n": types.TeamJournalSearchDocument,
    "\n  query JournalHitCase($caseId: ID!) {\n    assessmentCase(id: $caseId) {\n      id\n      patient {\n        id\n        givenName\n        familyName\n      }\n    }\n  }\n": types.JournalHitCaseDocument,
    "\n  mutation AddJournalEntry($caseId: ID!, $input: AddJournalEntryInput!) {\n    addJournalEntry(caseId: $caseId, input: $input) {\n      ...JournalEntryFields\n    }\n  }\n": types.AddJournalEntryDocument,
    "\n  mutation AmendJournalEntry($entryId: ID!, $input: AmendJournalEntryInput!, $reason: String!) {\n    amendJournalEntry(entryId: $entryId, input: $input, reason: $reason) {\n      ...JournalEntryFields\n    }\n  }\n": types.AmendJournalEntryDocument,
    "\n  mutation MarkJournalEntryInError($entryId: ID!, $reason: String!) {\n    markJournalEntryEnteredInError(entryId: $entryId, reason: $reason) {\n      ...JournalEntryFields\n    }\n  }\n": types.MarkJournalEntryInErrorDocument,
    "\n  subscription JournalEntryAdded($caseId: ID!) {\n    journalEntryAdded(caseId: $caseId) {\n      ...JournalEntryFields\n    }\n  }\n": types.JournalEntryAddedDocument,
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
export function graphql(source: "\n  query Caseload(\n    $teamId: ID!\n    $first: Int!\n    $after: String\n    $status: [CaseStatus!]\n    $overdue: Boolean\n    $atRisk: Boolean\n    $mine: Boolean\n  ) {\n    teamDashboard(teamId: $teamId) {\n      today\n      openCaseCount\n      overdueCount\n      atRiskCount\n      team {\n        id\n        name\n      }\n    }\n    assessmentCases(\n      filter: { teamId: $teamId, status: $status, overdue: $overdue, atRisk: $atRisk, mine: $mine }\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          deadlineDate\n          daysRemaining\n          isOverdue\n          atRisk\n          onHoldSince\n          patient {\n            id\n            givenName\n            familyName\n            birthDate\n          }\n          coordinator {\n            id\n            name\n          }\n          members {\n            id\n            staff {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Caseload(\n    $teamId: ID!\n    $first: Int!\n    $after: String\n    $status: [CaseStatus!]\n    $overdue: Boolean\n    $atRisk: Boolean\n    $mine: Boolean\n  ) {\n    teamDashboard(teamId: $teamId) {\n      today\n      openCaseCount\n      overdueCount\n      atRiskCount\n      team {\n        id\n        name\n      }\n    }\n    assessmentCases(\n      filter: { teamId: $teamId, status: $status, overdue: $overdue, atRisk: $atRisk, mine: $mine }\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          deadlineDate\n          daysRemaining\n          isOverdue\n          atRisk\n          onHoldSince\n          patient {\n            id\n            givenName\n            familyName\n            birthDate\n          }\n          coordinator {\n            id\n            name\n          }\n          members {\n            id\n            staff {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JournalEntryFields on JournalEntry {\n    id\n    rootId\n    caseId\n    version\n    kind\n    text\n    writtenAt\n    isSystem\n    enteredInError\n    amendReason\n    visibleToPatient\n    authorProfession\n    author {\n      id\n      name\n    }\n    versions {\n      id\n      version\n      kind\n      text\n      writtenAt\n      enteredInError\n      amendReason\n      authorProfession\n      author {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment JournalEntryFields on JournalEntry {\n    id\n    rootId\n    caseId\n    version\n    kind\n    text\n    writtenAt\n    isSystem\n    enteredInError\n    amendReason\n    visibleToPatient\n    authorProfession\n    author {\n      id\n      name\n    }\n    versions {\n      id\n      version\n      kind\n      text\n      writtenAt\n      enteredInError\n      amendReason\n      authorProfession\n      author {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JournalCase($caseId: ID!) {\n    assessmentCase(id: $caseId) {\n      id\n      viewerCan\n    }\n  }\n"): (typeof documents)["\n  query JournalCase($caseId: ID!) {\n    assessmentCase(id: $caseId) {\n      id\n      viewerCan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Journal($caseId: ID!, $first: Int!, $after: String) {\n    journal(caseId: $caseId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...JournalEntryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Journal($caseId: ID!, $first: Int!, $after: String) {\n    journal(caseId: $caseId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...JournalEntryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JournalSearch($caseId: ID!, $search: String!, $first: Int!, $after: String) {\n    journal(caseId: $caseId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...JournalEntryFields\n          highlight\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query JournalSearch($caseId: ID!, $search: String!, $first: Int!, $after: String) {\n    journal(caseId: $caseId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...JournalEntryFields\n          highlight\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamJournalSearch($teamId: ID!, $search: String!, $first: Int!, $after: String) {\n    teamJournalSearch(teamId: $teamId, search: $search, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          caseId\n          kind\n          writtenAt\n          version\n          enteredInError\n          authorProfession\n          author {\n            id\n            name\n          }\n          highlight\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamJournalSearch($teamId: ID!, $search: String!, $first: Int!, $after: String) {\n    teamJournalSearch(teamId: $teamId, search: $search, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          caseId\n          kind\n          writtenAt\n          version\n          enteredInError\n          authorProfession\n          author {\n            id\n            name\n          }\n          highlight\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JournalHitCase($caseId: ID!) {\n    assessmentCase(id: $caseId) {\n      id\n      patient {\n        id\n        givenName\n        familyName\n      }\n    }\n  }\n"): (typeof documents)["\n  query JournalHitCase($caseId: ID!) {\n    assessmentCase(id: $caseId) {\n      id\n      patient {\n        id\n        givenName\n        familyName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddJournalEntry($caseId: ID!, $input: AddJournalEntryInput!) {\n    addJournalEntry(caseId: $caseId, input: $input) {\n      ...JournalEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddJournalEntry($caseId: ID!, $input: AddJournalEntryInput!) {\n    addJournalEntry(caseId: $caseId, input: $input) {\n      ...JournalEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendJournalEntry($entryId: ID!, $input: AmendJournalEntryInput!, $reason: String!) {\n    amendJournalEntry(entryId: $entryId, input: $input, reason: $reason) {\n      ...JournalEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation AmendJournalEntry($entryId: ID!, $input: AmendJournalEntryInput!, $reason: String!) {\n    amendJournalEntry(entryId: $entryId, input: $input, reason: $reason) {\n      ...JournalEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkJournalEntryInError($entryId: ID!, $reason: String!) {\n    markJournalEntryEnteredInError(entryId: $entryId, reason: $reason) {\n      ...JournalEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkJournalEntryInError($entryId: ID!, $reason: String!) {\n    markJournalEntryEnteredInError(entryId: $entryId, reason: $reason) {\n      ...JournalEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription JournalEntryAdded($caseId: ID!) {\n    journalEntryAdded(caseId: $caseId) {\n      ...JournalEntryFields\n    }\n  }\n"): (typeof documents)["\n  subscription JournalEntryAdded($caseId: ID!) {\n    journalEntryAdded(caseId: $caseId) {\n      ...JournalEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      name\n      profession\n      teams {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      name\n      profession\n      teams {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;