import { graphql } from '../../gql';

/** A decided service as the receiving unit adjusts it (Kolding's delegated frame). */
export const AdjustableServiceFragment = graphql(`
  fragment AdjustableService on GrantedService {
    id
    serviceCode
    weeklyHours
    timeInForce
    fromDate
    toDate
    serviceName
    delegatedFrame {
      kind
      value
      minHours
      maxHours
    }
    adjustments {
      id
      hoursPerWeek
      previousHours
      reason
      adjustedAt
      review {
        id
        verdict
      }
    }
  }
`);

export const CaseServicesQuery = graphql(`
  query CaseServices($id: ID!) {
    assessmentCase(id: $id) {
      id
      viewerCan
      decision {
        id
        services {
          ...AdjustableService
        }
      }
    }
  }
`);

export const AdjustServiceTimeMutation = graphql(`
  mutation AdjustServiceTime($id: ID!, $hours: Float!, $reason: String!) {
    adjustServiceTime(decisionServiceId: $id, hoursPerWeek: $hours, reason: $reason) {
      id
      hoursPerWeek
    }
  }
`);

/** The caller's teams and profession: the weekly review is for a team's caseworkers. */
export const ReviewerQuery = graphql(`
  query Reviewer {
    me {
      id
      profession
      teams {
        id
        name
      }
    }
  }
`);

export const AdjustmentsForReviewQuery = graphql(`
  query AdjustmentsForReview($teamId: ID!, $week: String!) {
    serviceAdjustmentsForReview(teamId: $teamId, week: $week) {
      id
      week
      hoursPerWeek
      previousHours
      reason
      adjustedAt
      adjustedBy {
        id
        name
      }
      review {
        id
        verdict
        reason
        reviewedAt
        reviewedBy {
          id
          name
        }
      }
      service {
        id
        weeklyHours
        timeInForce
        serviceName
      }
      assessmentCase {
        id
        patient {
          id
          givenName
          familyName
        }
      }
    }
  }
`);

export const ConfirmAdjustmentMutation = graphql(`
  mutation ConfirmAdjustment($id: ID!, $reason: String) {
    confirmServiceAdjustment(adjustmentId: $id, reason: $reason) {
      id
      review {
        id
        verdict
      }
    }
  }
`);

export const ReverseAdjustmentMutation = graphql(`
  mutation ReverseAdjustment($id: ID!, $reason: String!) {
    reverseServiceAdjustment(adjustmentId: $id, reason: $reason) {
      id
      review {
        id
        verdict
      }
    }
  }
`);
