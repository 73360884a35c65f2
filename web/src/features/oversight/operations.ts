import { graphql } from '../../gql';

/** The caller's districts (through their teams), with names, and the staircase's level names. */
export const StatisticsSetupQuery = graphql(`
  query StatisticsSetup {
    me {
      id
      profession
      teams {
        id
        districtId
      }
    }
    districts {
      id
      name
    }
    serviceLevels {
      code
      step
      nameNb
      nameDa
      nameEn
    }
  }
`);

export const DistrictStatisticsQuery = graphql(`
  query DistrictStatistics($districtId: ID!, $from: DateTime!, $to: DateTime!) {
    statistics(districtId: $districtId, from: $from, to: $to) {
      id
      casesOpened
      casesDecided
      casesHandedOver
      daysReferralToDecision {
        median
        p90
      }
      daysAcceptanceToDecision {
        median
        p90
      }
      decidedWithinDeadlineShare
      perServiceLevel {
        serviceLevel
        count
        share
        suppressed
      }
      perDestination {
        destination
        count
        share
        suppressed
      }
      perCoordinationLevel {
        coordinationLevel
        count
        share
        suppressed
      }
      lowerThanRequested
      sameAsRequested
      higherThanRequested
      perTariffCategory {
        tariffCategory
        count
        share
        suppressed
      }
    }
  }
`);

/** The privacy officer finds a person by their whole national identity number. */
export const FindPersonQuery = graphql(`
  query FindPersonByNumber($query: String!) {
    searchPatients(query: $query, first: 5) {
      edges {
        node {
          id
          givenName
          familyName
          birthDate
          nationalId
        }
      }
    }
  }
`);

export const AuditTrailQuery = graphql(`
  query PersonAuditTrail(
    $patientId: ID!
    $from: DateTime
    $to: DateTime
    $staffId: ID
    $kinds: [AuditAccess!]
    $first: Int
    $after: String
  ) {
    auditTrail(
      patientId: $patientId
      from: $from
      to: $to
      staffId: $staffId
      kinds: $kinds
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      actors {
        id
        name
        profession
      }
      edges {
        node {
          id
          occurredAt
          action
          access
          emergency
          caseIds
          actorProfession
          actor {
            id
            name
            profession
          }
        }
      }
    }
  }
`);
