import { graphql } from '../../gql';

export const JOURNAL_PAGE_SIZE = 20;

export const JournalEntryFields = graphql(`
  fragment JournalEntryFields on JournalEntry {
    id
    rootId
    caseId
    version
    kind
    text
    writtenAt
    isSystem
    enteredInError
    amendReason
    visibleToPatient
    authorProfession
    participants {
      kind
      role
      name
    }
    author {
      id
      name
    }
    versions {
      id
      version
      kind
      text
      writtenAt
      enteredInError
      amendReason
      authorProfession
      author {
        id
        name
      }
    }
  }
`);

export const JournalCaseQuery = graphql(`
  query JournalCase($caseId: ID!) {
    assessmentCase(id: $caseId) {
      id
      viewerCan
      coordinationLevel
    }
  }
`);

export const JournalQuery = graphql(`
  query Journal($caseId: ID!, $first: Int!, $after: String) {
    journal(caseId: $caseId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...JournalEntryFields
        }
      }
    }
  }
`);

export const JournalSearchQuery = graphql(`
  query JournalSearch($caseId: ID!, $search: String!, $first: Int!, $after: String) {
    journal(caseId: $caseId, search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...JournalEntryFields
          highlight
        }
      }
    }
  }
`);

export const TeamJournalSearchQuery = graphql(`
  query TeamJournalSearch($teamId: ID!, $search: String!, $first: Int!, $after: String) {
    teamJournalSearch(teamId: $teamId, search: $search, first: $first, after: $after) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          caseId
          kind
          writtenAt
          version
          enteredInError
          authorProfession
          author {
            id
            name
          }
          highlight
        }
      }
    }
  }
`);

export const JournalHitCaseQuery = graphql(`
  query JournalHitCase($caseId: ID!) {
    assessmentCase(id: $caseId) {
      id
      patient {
        id
        givenName
        familyName
      }
    }
  }
`);

export const AddJournalEntryMutation = graphql(`
  mutation AddJournalEntry($caseId: ID!, $input: AddJournalEntryInput!) {
    addJournalEntry(caseId: $caseId, input: $input) {
      ...JournalEntryFields
    }
  }
`);

export const AmendJournalEntryMutation = graphql(`
  mutation AmendJournalEntry($entryId: ID!, $input: AmendJournalEntryInput!, $reason: String!) {
    amendJournalEntry(entryId: $entryId, input: $input, reason: $reason) {
      ...JournalEntryFields
    }
  }
`);

export const MarkJournalEntryInErrorMutation = graphql(`
  mutation MarkJournalEntryInError($entryId: ID!, $reason: String!) {
    markJournalEntryEnteredInError(entryId: $entryId, reason: $reason) {
      ...JournalEntryFields
    }
  }
`);

export const JournalEntryAddedSubscription = graphql(`
  subscription JournalEntryAdded($caseId: ID!) {
    journalEntryAdded(caseId: $caseId) {
      ...JournalEntryFields
    }
  }
`);
