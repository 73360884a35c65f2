import { graphql } from '../../gql';

/** What the decision screen needs: the case, its decision if recorded, and the code lists. */
export const DecisionScreenQuery = graphql(`
  query DecisionScreen($id: ID!) {
    assessmentCase(id: $id) {
      id
      status
      deadlineDate
      isOverdue
      viewerCan
      coordinationRequirements {
        level
        professionsRequired
        professionsAssessed
        meetingRequired
        meetingHeld
        missing
        met
      }
      patient {
        id
        givenName
        familyName
      }
      settings {
        delegatedAdjustment
        tariffCategories
        tariffBand1Below
        tariffBand2Below
        tariffBand3UpTo
        tariffWeeklyPriceBand1
        tariffWeeklyPriceBand2
        tariffWeeklyPriceBand3
        tariffHourlyPriceIndividual
        developingFollowUpWeeks
        maintainingFollowUpMonths
      }
      decision {
        id
        decidedOn
        isLate
        letter
        tariffCategory
        tariffBand
        weeklyHours
        weeklyPrice
      }
    }
    serviceLevels {
      code
      step
      nameNb
      nameDa
      nameEn
      services {
        code
        nameNb
        nameDa
        minutesPerVisit
      }
    }
    legalBases {
      code
      citation
      covers
    }
  }
`);

export const DecisionLetterPreviewQuery = graphql(`
  query DecisionLetterPreview($caseId: ID!, $input: RecordDecisionInput!) {
    decisionLetterPreview(caseId: $caseId, input: $input) {
      letter
      language
      decidedOn
      deadlineDate
      isLate
      serviceLevel
      weeklyHours
      tariffBand
      weeklyPrice
    }
  }
`);

export const RecordDecisionMutation = graphql(`
  mutation RecordDecision($caseId: ID!, $input: RecordDecisionInput!) {
    recordDecision(caseId: $caseId, input: $input) {
      id
      decidedOn
      isLate
      letter
      tariffCategory
      tariffBand
      weeklyHours
      weeklyPrice
    }
  }
`);

/** What the handover screen needs: the case, its plan's state, handovers, and the units. */
export const HandoverScreenQuery = graphql(`
  query HandoverScreen($id: ID!) {
    assessmentCase(id: $id) {
      id
      status
      viewerCan
      team {
        id
        districtId
      }
      patient {
        id
        givenName
        familyName
      }
      goalPlan {
        id
        status
      }
      handovers {
        id
        destination
        status
        sentAt
        summaryText
        receivingUnit {
          id
          name
        }
      }
    }
    districts {
      id
      serviceUnits {
        id
        name
        kind
        isExternal
      }
    }
  }
`);

export const HandoverSummaryPreviewQuery = graphql(`
  query HandoverSummaryPreview($caseId: ID!, $destination: HandoverDestination!) {
    handoverSummaryPreview(caseId: $caseId, destination: $destination) {
      destination
      text
      followUpDate
    }
  }
`);

export const HandOverCaseMutation = graphql(`
  mutation HandOverCase($caseId: ID!, $input: HandOverCaseInput!) {
    handOverCase(caseId: $caseId, input: $input) {
      id
      status
      viewerCan
    }
  }
`);
