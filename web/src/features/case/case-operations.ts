import { graphql } from '../../gql';

// Every mutation that changes the case answers the same fields, so Apollo's normalized cache
// updates the page in place: the clock, the holds, the members and the history.
export const CaseDetailsFragment = graphql(`
  fragment CaseDetails on AssessmentCase {
    id
    status
    teamId
    acceptedOn
    clarificationDays
    extensionDays
    holdDays
    deadlineDate
    deadline
    daysElapsed
    daysRemaining
    isOverdue
    atRisk
    onHoldSince
    cancelReason
    viewerCan
    viewerEmergencyAccessUntil
    coordinationLevel
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
      birthDate
      coordinatingCaseworker {
        id
        name
      }
    }
    coordinator {
      id
      name
      profession
    }
    members {
      id
      role
      createdAt
      staff {
        id
        name
        profession
      }
    }
    holds {
      id
      fromDate
      untilDate
      reason
    }
    extensions {
      id
      days
      reason
      createdAt
    }
    interimServices {
      id
      kind
      description
      frequency
      responsible
      fromDate
      toDate
    }
    history {
      id
      action
      occurredAt
      reason
      actor {
        id
        name
      }
    }
  }
`);

export const CaseQuery = graphql(`
  query Case($id: ID!) {
    assessmentCase(id: $id) {
      ...CaseDetails
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

export const PutCaseOnHoldMutation = graphql(`
  mutation PutCaseOnHold($caseId: ID!, $reason: String!) {
    putCaseOnHold(caseId: $caseId, input: { reason: $reason }) {
      ...CaseDetails
    }
  }
`);

export const ResumeCaseMutation = graphql(`
  mutation ResumeCase($caseId: ID!) {
    resumeCase(caseId: $caseId) {
      ...CaseDetails
    }
  }
`);

export const ExtendDeadlineMutation = graphql(`
  mutation ExtendDeadline($caseId: ID!, $days: Int!, $reason: String!) {
    extendDeadline(caseId: $caseId, input: { days: $days, reason: $reason }) {
      ...CaseDetails
    }
  }
`);

export const AssignCaseMemberMutation = graphql(`
  mutation AssignCaseMember($caseId: ID!, $staffId: ID!, $role: CaseRole!) {
    assignCaseMember(caseId: $caseId, input: { staffId: $staffId, role: $role }) {
      ...CaseDetails
    }
  }
`);

export const RemoveCaseMemberMutation = graphql(`
  mutation RemoveCaseMember($caseId: ID!, $staffId: ID!, $reason: String!) {
    removeCaseMember(caseId: $caseId, staffId: $staffId, reason: $reason) {
      ...CaseDetails
    }
  }
`);

export const ChangeCaseCoordinatorMutation = graphql(`
  mutation ChangeCaseCoordinator($caseId: ID!, $coordinatorId: ID!) {
    changeCaseCoordinator(caseId: $caseId, coordinatorId: $coordinatorId) {
      ...CaseDetails
    }
  }
`);

export const CancelCaseMutation = graphql(`
  mutation CancelCase($caseId: ID!, $reason: String!) {
    cancelCase(caseId: $caseId, input: { reason: $reason }) {
      ...CaseDetails
    }
  }
`);

export const RecordInterimServiceMutation = graphql(`
  mutation RecordInterimService($caseId: ID!, $input: RecordInterimServiceInput!) {
    recordInterimService(caseId: $caseId, input: $input) {
      id
    }
  }
`);

export const SetCoordinationLevelMutation = graphql(`
  mutation SetCoordinationLevel($caseId: ID!, $level: Int!, $reason: String!) {
    setCoordinationLevel(caseId: $caseId, level: $level, reason: $reason) {
      ...CaseDetails
    }
  }
`);

export const SetCoordinatingCaseworkerMutation = graphql(`
  mutation SetCoordinatingCaseworker($patientId: ID!, $staffId: ID) {
    setCoordinatingCaseworker(patientId: $patientId, staffId: $staffId) {
      id
      coordinatingCaseworker {
        id
        name
      }
    }
  }
`);
