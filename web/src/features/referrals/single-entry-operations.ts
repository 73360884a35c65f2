import { graphql } from '../../gql';

/** One entry: referrals awaiting triage with a callback due today or overdue. */
export const CallbacksDueQuery = graphql(`
  query CallbacksDue {
    referrals(filter: { status: [RECEIVED], callback: DUE }, first: 50) {
      totalCount
      edges {
        node {
          id
          urgency
          patient {
            id
            givenName
            familyName
          }
          callback {
            id
            dueAt
            open
            dueToday
            overdue
          }
        }
      }
    }
  }
`);

export const ResolveReferralDirectlyMutation = graphql(`
  mutation ResolveReferralDirectly(
    $referralId: ID!
    $outcome: DirectResolutionOutcome!
    $note: String!
  ) {
    resolveReferralDirectly(referralId: $referralId, outcome: $outcome, note: $note) {
      id
      status
      viewerCan
    }
  }
`);

export const ScheduleCallbackMutation = graphql(`
  mutation ScheduleCallback($referralId: ID!, $dueAt: DateTime!) {
    scheduleCallback(referralId: $referralId, dueAt: $dueAt) {
      id
      viewerCan
    }
  }
`);

export const RecordCallbackMutation = graphql(`
  mutation RecordCallback($referralId: ID!, $note: String!) {
    recordCallback(referralId: $referralId, note: $note) {
      id
      viewerCan
    }
  }
`);
