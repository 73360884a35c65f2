import { graphql } from '../../gql';

export const AssessmentDetailsFragment = graphql(`
  fragment AssessmentDetails on Assessment {
    id
    version
    isLatest
    recordedAt
    scale
    authorProfession
    author {
      id
      name
    }
    selfMastery
    network
    voluntary
    welfareTechnology
    lowThreshold
    whatMatters
    suggestedLevel
    scores {
      id
      score
      variable {
        code
        name
      }
    }
  }
`);

export const AssessmentPageQuery = graphql(`
  query AssessmentPage($id: ID!) {
    me {
      id
    }
    functionVariables {
      code
      scale
      area
      name
    }
    assessmentCase(id: $id) {
      id
      status
      viewerCan
      patient {
        id
        givenName
        familyName
      }
      lowestSuggestedLevel
      suggestedLevelReason {
        level
        rule
        assessment {
          id
          version
          recordedAt
          authorProfession
          author {
            id
            name
          }
        }
        suggestions {
          id
          suggestedLevel
          authorProfession
          author {
            id
            name
          }
        }
        answers {
          question
          level
          text
        }
        scores {
          id
          score
          variable {
            code
            name
          }
        }
      }
      assessments {
        ...AssessmentDetails
      }
    }
  }
`);

export const RecordAssessmentMutation = graphql(`
  mutation RecordAssessment($caseId: ID!, $input: RecordAssessmentInput!) {
    recordAssessment(caseId: $caseId, input: $input) {
      id
      version
    }
  }
`);
