import { graphql } from '../../gql';

export const MeasureFields = graphql(`
  fragment MeasureFields on Measure {
    id
    goalId
    position
    version
    description
    level
    justification
    responsible {
      kind
      profession
      name
    }
    frequency
    fromDate
    toDate
    status
    updatedAt
    updatedBy {
      id
      name
    }
  }
`);

export const GoalFields = graphql(`
  fragment GoalFields on Goal {
    id
    position
    version
    text
    whatMatters
    targetDate
    status
    updatedAt
    updatedBy {
      id
      name
    }
    measures {
      ...MeasureFields
    }
  }
`);

export const GoalPlanFields = graphql(`
  fragment GoalPlanFields on GoalPlan {
    id
    caseId
    status
    version
    viewerCan
    agreedAt
    agreedBy
    representativeName
    agreedVersion
    agreementRecordedBy {
      id
      name
    }
    updatedAt
    goals {
      ...GoalFields
    }
    revisions {
      id
      planVersion
      action
      goalId
      measureId
      changedAt
      changedByProfession
      changedBy {
        id
        name
      }
      changes {
        field
        goalId
        before
        after
      }
    }
  }
`);

export const GoalPlanPageQuery = graphql(`
  query GoalPlanPage($caseId: ID!) {
    me {
      id
    }
    assessmentCase(id: $caseId) {
      id
      status
      viewerCan
      lowestSuggestedLevel
      patient {
        id
        givenName
        familyName
      }
      goalPlan {
        ...GoalPlanFields
      }
    }
  }
`);

export const AddGoalMutation = graphql(`
  mutation AddGoal($caseId: ID!, $input: AddGoalInput!) {
    addGoal(caseId: $caseId, input: $input) {
      ...GoalFields
    }
  }
`);

export const UpdateGoalMutation = graphql(`
  mutation UpdateGoal($goalId: ID!, $expectedVersion: Int!, $input: UpdateGoalInput!) {
    updateGoal(goalId: $goalId, expectedVersion: $expectedVersion, input: $input) {
      ...GoalFields
    }
  }
`);

export const AddMeasureMutation = graphql(`
  mutation AddMeasure($goalId: ID!, $input: AddMeasureInput!) {
    addMeasure(goalId: $goalId, input: $input) {
      ...MeasureFields
    }
  }
`);

export const UpdateMeasureMutation = graphql(`
  mutation UpdateMeasure($measureId: ID!, $expectedVersion: Int!, $input: UpdateMeasureInput!) {
    updateMeasure(measureId: $measureId, expectedVersion: $expectedVersion, input: $input) {
      ...MeasureFields
    }
  }
`);

export const ReorderGoalsMutation = graphql(`
  mutation ReorderGoals($caseId: ID!, $goalIds: [ID!]!, $expectedVersion: Int!) {
    reorderGoals(caseId: $caseId, goalIds: $goalIds, expectedVersion: $expectedVersion) {
      id
      version
      status
    }
  }
`);

export const ReorderMeasuresMutation = graphql(`
  mutation ReorderMeasures($goalId: ID!, $measureIds: [ID!]!, $expectedVersion: Int!) {
    reorderMeasures(goalId: $goalId, measureIds: $measureIds, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

export const AgreeGoalPlanMutation = graphql(`
  mutation AgreeGoalPlan(
    $caseId: ID!
    $expectedVersion: Int!
    $agreedBy: GoalPlanAgreedBy!
    $representativeName: String
  ) {
    agreeGoalPlan(
      caseId: $caseId
      expectedVersion: $expectedVersion
      agreedBy: $agreedBy
      representativeName: $representativeName
    ) {
      ...GoalPlanFields
    }
  }
`);
