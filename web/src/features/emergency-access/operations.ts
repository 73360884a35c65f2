import { graphql } from '../../gql';

export const RequestEmergencyAccessMutation = graphql(`
  mutation RequestEmergencyAccess($caseId: ID!, $reason: String!) {
    requestEmergencyAccess(caseId: $caseId, reason: $reason) {
      id
      caseId
      expiresAt
    }
  }
`);

/** When the caller's emergency access to a case ends (for a banner on the case's own screens). */
export const CaseEmergencyAccessQuery = graphql(`
  query CaseEmergencyAccess($caseId: ID!) {
    assessmentCase(id: $caseId) {
      id
      viewerEmergencyAccessUntil
    }
  }
`);
