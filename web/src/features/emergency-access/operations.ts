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
