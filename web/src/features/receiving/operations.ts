import { graphql } from '../../gql';

export const HandoverFieldsFragment = graphql(`
  fragment HandoverFields on Handover {
    id
    status
    destination
    sentAt
    followUpDate
    summaryText
    acknowledgedAt
    returnReason
    returnedAt
    receivingUnitId
    receivingUnit {
      id
      name
    }
    sender {
      id
      name
    }
  }
`);

/** The caller's units, for the navigation and the follow-up lists. */
export const MyUnitsQuery = graphql(`
  query MyUnits {
    me {
      id
      serviceUnits {
        id
        name
      }
    }
  }
`);

/** Cases handed over and waiting: the receiving unit sees those sent to it. */
export const HandoverInboxQuery = graphql(`
  query HandoverInbox {
    assessmentCases(filter: { status: [HANDED_OVER] }, first: 50) {
      edges {
        node {
          id
          status
          viewerCan
          team {
            id
            name
          }
          patient {
            id
            givenName
            familyName
            birthDate
          }
          handovers {
            ...HandoverFields
          }
        }
      }
    }
  }
`);

export const UnitFollowUpsQuery = graphql(`
  query UnitFollowUps($unitId: ID!, $dueBefore: Date!) {
    followUps(unitId: $unitId, dueBefore: $dueBefore) {
      id
      caseId
      followUpDate
      destination
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

export const AcknowledgeHandoverMutation = graphql(`
  mutation AcknowledgeHandover($caseId: ID!) {
    acknowledgeHandover(caseId: $caseId) {
      id
      status
      viewerCan
      handovers {
        ...HandoverFields
      }
    }
  }
`);

export const ReturnHandoverMutation = graphql(`
  mutation ReturnHandover($caseId: ID!, $reason: String!) {
    returnHandover(caseId: $caseId, reason: $reason) {
      id
      status
      viewerCan
      handovers {
        ...HandoverFields
      }
    }
  }
`);

export const FollowUpGoalFragment = graphql(`
  fragment FollowUpGoal on Goal {
    id
    text
    status
    targetDate
    version
    evaluation
    evaluatedAt
    evaluatedBy {
      id
      name
    }
  }
`);

/** One case after handover: the handover, the goals to evaluate and the follow-ups. */
export const FollowUpCaseQuery = graphql(`
  query FollowUpCase($id: ID!) {
    assessmentCase(id: $id) {
      id
      status
      viewerCan
      patient {
        id
        givenName
        familyName
        birthDate
      }
      handovers {
        ...HandoverFields
      }
      followUps {
        id
        result
        note
        nextFollowUpDate
        recordedAt
        newReferralId
      }
      goalPlan {
        id
        status
        viewerCan
        goals {
          ...FollowUpGoal
        }
      }
    }
  }
`);

export const EvaluateGoalMutation = graphql(`
  mutation EvaluateGoal($goalId: ID!, $expectedVersion: Int!, $input: EvaluateGoalInput!) {
    evaluateGoal(goalId: $goalId, expectedVersion: $expectedVersion, input: $input) {
      ...FollowUpGoal
    }
  }
`);

export const RecordFollowUpMutation = graphql(`
  mutation RecordFollowUp($caseId: ID!, $input: RecordFollowUpInput!) {
    recordFollowUp(caseId: $caseId, input: $input) {
      id
      result
      note
      nextFollowUpDate
      recordedAt
      newReferralId
    }
  }
`);
