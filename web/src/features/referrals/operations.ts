import { graphql } from '../../gql';

/** The three counts of the navigation: totals only, one request. */
export const NavCountsQuery = graphql(`
  query ReferralNavCounts {
    newUrgent: referrals(filter: { status: [RECEIVED], urgency: URGENT }, first: 1) {
      totalCount
    }
    triageOverdue: referrals(filter: { triageOverdue: true }, first: 1) {
      totalCount
    }
    assignedToMe: assessmentCases(filter: { mine: true, status: [ACTIVE] }, first: 1) {
      totalCount
    }
  }
`);

export const ReferralInboxQuery = graphql(`
  query ReferralInbox($filter: ReferralFilter, $first: Int!, $after: String) {
    referrals(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          status
          urgency
          source
          receivedAt
          triageDeadline
          triageOverdue
          callback {
            id
            dueAt
            open
            dueToday
            overdue
          }
          patient {
            id
            givenName
            familyName
            birthDate
          }
        }
      }
    }
  }
`);

export const ReferralDetailQuery = graphql(`
  query ReferralDetail($id: ID!) {
    referral(id: $id) {
      id
      status
      urgency
      source
      channel
      receivedAt
      createdAt
      triageDeadline
      triageOverdue
      description
      helpRequested
      requestedLevel
      referrerName
      referrerContact
      rejectionReason
      redirectedTo
      redirectReason
      triagedAt
      caseId
      viewerCan
      directResolution {
        outcome
        note
        resolvedAt
      }
      callback {
        id
        dueAt
        open
        dueToday
        overdue
        keptAt
        keptHow
        keptOnTime
        note
      }
      team {
        id
        name
        districtId
      }
      patient {
        id
        givenName
        familyName
        birthDate
      }
    }
  }
`);

export const TeamStaffQuery = graphql(`
  query TeamStaff($teamId: ID!) {
    teamStaff(teamId: $teamId) {
      id
      name
      profession
    }
  }
`);

export const IntakeContextQuery = graphql(`
  query IntakeContext {
    me {
      id
      teams {
        id
        districtId
      }
    }
    districts {
      id
      name
    }
  }
`);

export const SearchPersonsQuery = graphql(`
  query SearchPersons($query: String!) {
    searchPatients(query: $query, first: 10) {
      totalCount
      edges {
        node {
          id
          givenName
          familyName
          birthDate
          address
        }
      }
    }
  }
`);

export const RegisterReferralMutation = graphql(`
  mutation RegisterReferral($input: RegisterReferralInput!) {
    registerReferral(input: $input) {
      id
      status
    }
  }
`);

export const AcceptReferralMutation = graphql(`
  mutation AcceptReferral($referralId: ID!, $input: AcceptReferralInput) {
    acceptReferral(referralId: $referralId, input: $input) {
      id
    }
  }
`);

export const RejectReferralMutation = graphql(`
  mutation RejectReferral($referralId: ID!, $input: RejectReferralInput!) {
    rejectReferral(referralId: $referralId, input: $input) {
      id
      status
      rejectionReason
      viewerCan
    }
  }
`);

export const RedirectReferralMutation = graphql(`
  mutation RedirectReferral($referralId: ID!, $input: RedirectReferralInput!) {
    redirectReferral(referralId: $referralId, input: $input) {
      id
      status
      redirectedTo
      redirectReason
      viewerCan
    }
  }
`);

/** Billund: whether a case opened now in a district takes a coordination level. */
export const DistrictCoordinationQuery = graphql(`
  query DistrictCoordination {
    municipalitySettings {
      districts {
        district {
          id
        }
        effective {
          coordinationLevels
        }
      }
    }
  }
`);
