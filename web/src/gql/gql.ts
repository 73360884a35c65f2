/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AdminStaffMember on StaffMember {\n    id\n    name\n    email\n    profession\n    active\n    deactivatedAt\n    teams {\n      id\n      name\n    }\n    serviceUnits {\n      id\n      name\n    }\n  }\n": typeof types.AdminStaffMemberFragmentDoc,
    "\n  query AdminStaff {\n    staffMembers {\n      ...AdminStaffMember\n    }\n    districts {\n      id\n      name\n      teams {\n        id\n        name\n      }\n      serviceUnits {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminStaffDocument,
    "\n  mutation CreateStaffMember($input: CreateStaffMemberInput!) {\n    createStaffMember(input: $input) {\n      ...AdminStaffMember\n    }\n  }\n": typeof types.CreateStaffMemberDocument,
    "\n  mutation DeactivateStaffMember($staffId: ID!) {\n    deactivateStaffMember(staffId: $staffId) {\n      ...AdminStaffMember\n    }\n  }\n": typeof types.DeactivateStaffMemberDocument,
    "\n  mutation AddTeamMembership($input: TeamMembershipInput!) {\n    addTeamMembership(input: $input) {\n      ...AdminStaffMember\n    }\n  }\n": typeof types.AddTeamMembershipDocument,
    "\n  mutation RemoveTeamMembership($input: TeamMembershipInput!) {\n    removeTeamMembership(input: $input) {\n      ...AdminStaffMember\n    }\n  }\n": typeof types.RemoveTeamMembershipDocument,
    "\n  mutation AddUnitMembership($input: UnitMembershipInput!) {\n    addUnitMembership(input: $input) {\n      ...AdminStaffMember\n    }\n  }\n": typeof types.AddUnitMembershipDocument,
    "\n  mutation RemoveUnitMembership($input: UnitMembershipInput!) {\n    removeUnitMembership(input: $input) {\n      ...AdminStaffMember\n    }\n  }\n": typeof types.RemoveUnitMembershipDocument,
    "\n  fragment CaseDetails on AssessmentCase {\n    id\n    status\n    teamId\n    acceptedOn\n    clarificationDays\n    extensionDays\n    holdDays\n    deadlineDate\n    deadline\n    daysElapsed\n    daysRemaining\n    isOverdue\n    atRisk\n    onHoldSince\n    cancelReason\n    viewerCan\n    viewerEmergencyAccessUntil\n    patient {\n      id\n      givenName\n      familyName\n      birthDate\n    }\n    coordinator {\n      id\n      name\n      profession\n    }\n    members {\n      id\n      role\n      createdAt\n      staff {\n        id\n        name\n        profession\n      }\n    }\n    holds {\n      id\n      fromDate\n      untilDate\n      reason\n    }\n    extensions {\n      id\n      days\n      reason\n      createdAt\n    }\n    interimServices {\n      id\n      kind\n      description\n      frequency\n      responsible\n      fromDate\n      toDate\n    }\n    history {\n      id\n      action\n      occurredAt\n      reason\n      actor {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CaseDetailsFragmentDoc,
    "\n  query Case($id: ID!) {\n    assessmentCase(id: $id) {\n      ...CaseDetails\n    }\n  }\n": typeof types.CaseDocument,
    "\n  query TeamStaff($teamId: ID!) {\n    teamStaff(teamId: $teamId) {\n      id\n      name\n      profession\n    }\n  }\n": typeof types.TeamStaffDocument,
    "\n  mutation PutCaseOnHold($caseId: ID!, $reason: String!) {\n    putCaseOnHold(caseId: $caseId, input: { reason: $reason }) {\n      ...CaseDetails\n    }\n  }\n": typeof types.PutCaseOnHoldDocument,
    "\n  mutation ResumeCase($caseId: ID!) {\n    resumeCase(caseId: $caseId) {\n      ...CaseDetails\n    }\n  }\n": typeof types.ResumeCaseDocument,
    "\n  mutation ExtendDeadline($caseId: ID!, $days: Int!, $reason: String!) {\n    extendDeadline(caseId: $caseId, input: { days: $days, reason: $reason }) {\n      ...CaseDetails\n    }\n  }\n": typeof types.ExtendDeadlineDocument,
    "\n  mutation AssignCaseMember($caseId: ID!, $staffId: ID!, $role: CaseRole!) {\n    assignCaseMember(caseId: $caseId, input: { staffId: $staffId, role: $role }) {\n      ...CaseDetails\n    }\n  }\n": typeof types.AssignCaseMemberDocument,
    "\n  mutation RemoveCaseMember($caseId: ID!, $staffId: ID!, $reason: String!) {\n    removeCaseMember(caseId: $caseId, staffId: $staffId, reason: $reason) {\n      ...CaseDetails\n    }\n  }\n": typeof types.RemoveCaseMemberDocument,
    "\n  mutation ChangeCaseCoordinator($caseId: ID!, $coordinatorId: ID!) {\n    changeCaseCoordinator(caseId: $caseId, coordinatorId: $coordinatorId) {\n      ...CaseDetails\n    }\n  }\n": typeof types.ChangeCaseCoordinatorDocument,
    "\n  mutation CancelCase($caseId: ID!, $reason: String!) {\n    cancelCase(caseId: $caseId, input: { reason: $reason }) {\n      ...CaseDetails\n    }\n  }\n": typeof types.CancelCaseDocument,
    "\n  mutation RecordInterimService($caseId: ID!, $input: RecordInterimServiceInput!) {\n    recordInterimService(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n": typeof types.RecordInterimServiceDocument,
    "\n  query Caseload(\n    $teamId: ID!\n    $first: Int!\n    $after: String\n    $status: [CaseStatus!]\n    $overdue: Boolean\n    $atRisk: Boolean\n    $mine: Boolean\n  ) {\n    teamDashboard(teamId: $teamId) {\n      today\n      openCaseCount\n      overdueCount\n      atRiskCount\n      team {\n        id\n        name\n      }\n    }\n    assessmentCases(\n      filter: { teamId: $teamId, status: $status, overdue: $overdue, atRisk: $atRisk, mine: $mine }\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          deadlineDate\n          daysRemaining\n          isOverdue\n          atRisk\n          onHoldSince\n          patient {\n            id\n            givenName\n            familyName\n            birthDate\n          }\n          coordinator {\n            id\n            name\n          }\n          members {\n            id\n            staff {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseloadDocument,
    "\n  query DistrictTeams {\n    me {\n      id\n      teams {\n        id\n        districtId\n      }\n    }\n    districts {\n      id\n      name\n      teams {\n        id\n        name\n        viewerCan\n      }\n    }\n  }\n": typeof types.DistrictTeamsDocument,
    "\n  query TeamFigures($teamId: ID!) {\n    teamDashboard(teamId: $teamId) {\n      id\n      openCaseCount\n      overdueCount\n      atRiskCount\n    }\n  }\n": typeof types.TeamFiguresDocument,
    "\n  mutation RequestEmergencyAccess($caseId: ID!, $reason: String!) {\n    requestEmergencyAccess(caseId: $caseId, reason: $reason) {\n      id\n      caseId\n      expiresAt\n    }\n  }\n": typeof types.RequestEmergencyAccessDocument,
    "\n  query CaseEmergencyAccess($caseId: ID!) {\n    assessmentCase(id: $caseId) {\n      id\n      viewerEmergencyAccessUntil\n    }\n  }\n": typeof types.CaseEmergencyAccessDocument,
    "\n  fragment JournalEntryFields on JournalEntry {\n    id\n    rootId\n    caseId\n    version\n    kind\n    text\n    writtenAt\n    isSystem\n    enteredInError\n    amendReason\n    visibleToPatient\n    authorProfession\n    author {\n      id\n      name\n    }\n    versions {\n      id\n      version\n      kind\n      text\n      writtenAt\n      enteredInError\n      amendReason\n      authorProfession\n      author {\n        id\n        name\n      }\n    }\n  }\n": typeof types.JournalEntryFieldsFragmentDoc,
    "\n  query JournalCase($caseId: ID!) {\n    assessmentCase(id: $caseId) {\n      id\n      viewerCan\n    }\n  }\n": typeof types.JournalCaseDocument,
    "\n  query Journal($caseId: ID!, $first: Int!, $after: String) {\n    journal(caseId: $caseId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...JournalEntryFields\n        }\n      }\n    }\n  }\n": typeof types.JournalDocument,
    "\n  query JournalSearch($caseId: ID!, $search: String!, $first: Int!, $after: String) {\n    journal(caseId: $caseId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...JournalEntryFields\n          highlight\n        }\n      }\n    }\n  }\n": typeof types.JournalSearchDocument,
    "\n  query TeamJournalSearch($teamId: ID!, $search: String!, $first: Int!, $after: String) {\n    teamJournalSearch(teamId: $teamId, search: $search, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          caseId\n          kind\n          writtenAt\n          version\n          enteredInError\n          authorProfession\n          author {\n            id\n            name\n          }\n          highlight\n        }\n      }\n    }\n  }\n": typeof types.TeamJournalSearchDocument,
    "\n  query JournalHitCase($caseId: ID!) {\n    assessmentCase(id: $caseId) {\n      id\n      patient {\n        id\n        givenName\n        familyName\n      }\n    }\n  }\n": typeof types.JournalHitCaseDocument,
    "\n  mutation AddJournalEntry($caseId: ID!, $input: AddJournalEntryInput!) {\n    addJournalEntry(caseId: $caseId, input: $input) {\n      ...JournalEntryFields\n    }\n  }\n": typeof types.AddJournalEntryDocument,
    "\n  mutation AmendJournalEntry($entryId: ID!, $input: AmendJournalEntryInput!, $reason: String!) {\n    amendJournalEntry(entryId: $entryId, input: $input, reason: $reason) {\n      ...JournalEntryFields\n    }\n  }\n": typeof types.AmendJournalEntryDocument,
    "\n  mutation MarkJournalEntryInError($entryId: ID!, $reason: String!) {\n    markJournalEntryEnteredInError(entryId: $entryId, reason: $reason) {\n      ...JournalEntryFields\n    }\n  }\n": typeof types.MarkJournalEntryInErrorDocument,
    "\n  subscription JournalEntryAdded($caseId: ID!) {\n    journalEntryAdded(caseId: $caseId) {\n      ...JournalEntryFields\n    }\n  }\n": typeof types.JournalEntryAddedDocument,
    "\n  query ReferralNavCounts {\n    newUrgent: referrals(filter: { status: [RECEIVED], urgency: URGENT }, first: 1) {\n      totalCount\n    }\n    triageOverdue: referrals(filter: { triageOverdue: true }, first: 1) {\n      totalCount\n    }\n    assignedToMe: assessmentCases(filter: { mine: true, status: [ACTIVE] }, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ReferralNavCountsDocument,
    "\n  query ReferralInbox($filter: ReferralFilter, $first: Int!, $after: String) {\n    referrals(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          urgency\n          source\n          receivedAt\n          triageDeadline\n          triageOverdue\n          patient {\n            id\n            givenName\n            familyName\n            birthDate\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReferralInboxDocument,
    "\n  query ReferralDetail($id: ID!) {\n    referral(id: $id) {\n      id\n      status\n      urgency\n      source\n      channel\n      receivedAt\n      createdAt\n      triageDeadline\n      triageOverdue\n      description\n      helpRequested\n      requestedLevel\n      referrerName\n      referrerContact\n      rejectionReason\n      redirectedTo\n      redirectReason\n      triagedAt\n      caseId\n      viewerCan\n      team {\n        id\n        name\n      }\n      patient {\n        id\n        givenName\n        familyName\n        birthDate\n      }\n    }\n  }\n": typeof types.ReferralDetailDocument,
    "\n  query IntakeContext {\n    me {\n      id\n      teams {\n        id\n        districtId\n      }\n    }\n    districts {\n      id\n      name\n    }\n  }\n": typeof types.IntakeContextDocument,
    "\n  query SearchPersons($query: String!) {\n    searchPatients(query: $query, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          givenName\n          familyName\n          birthDate\n          address\n        }\n      }\n    }\n  }\n": typeof types.SearchPersonsDocument,
    "\n  mutation RegisterReferral($input: RegisterReferralInput!) {\n    registerReferral(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RegisterReferralDocument,
    "\n  mutation AcceptReferral($referralId: ID!, $input: AcceptReferralInput) {\n    acceptReferral(referralId: $referralId, input: $input) {\n      id\n    }\n  }\n": typeof types.AcceptReferralDocument,
    "\n  mutation RejectReferral($referralId: ID!, $input: RejectReferralInput!) {\n    rejectReferral(referralId: $referralId, input: $input) {\n      id\n      status\n      rejectionReason\n      viewerCan\n    }\n  }\n": typeof types.RejectReferralDocument,
    "\n  mutation RedirectReferral($referralId: ID!, $input: RedirectReferralInput!) {\n    redirectReferral(referralId: $referralId, input: $input) {\n      id\n      status\n      redirectedTo\n      redirectReason\n      viewerCan\n    }\n  }\n": typeof types.RedirectReferralDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      profession\n      teams {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  fragment AdminStaffMember on StaffMember {\n    id\n    name\n    email\n    profession\n    active\n    deactivatedAt\n    teams {\n      id\n      name\n    }\n    serviceUnits {\n      id\n      name\n    }\n  }\n": types.AdminStaffMemberFragmentDoc,
    "\n  query AdminStaff {\n    staffMembers {\n      ...AdminStaffMember\n    }\n    districts {\n      id\n      name\n      teams {\n        id\n        name\n      }\n      serviceUnits {\n        id\n        name\n      }\n    }\n  }\n": types.AdminStaffDocument,
    "\n  mutation CreateStaffMember($input: CreateStaffMemberInput!) {\n    createStaffMember(input: $input) {\n      ...AdminStaffMember\n    }\n  }\n": types.CreateStaffMemberDocument,
    "\n  mutation DeactivateStaffMember($staffId: ID!) {\n    deactivateStaffMember(staffId: $staffId) {\n      ...AdminStaffMember\n    }\n  }\n": types.DeactivateStaffMemberDocument,
    "\n  mutation AddTeamMembership($input: TeamMembershipInput!) {\n    addTeamMembership(input: $input) {\n      ...AdminStaffMember\n    }\n  }\n": types.AddTeamMembershipDocument,
    "\n  mutation RemoveTeamMembership($input: TeamMembershipInput!) {\n    removeTeamMembership(input: $input) {\n      ...AdminStaffMember\n    }\n  }\n": types.RemoveTeamMembershipDocument,
    "\n  mutation AddUnitMembership($input: UnitMembershipInput!) {\n    addUnitMembership(input: $input) {\n      ...AdminStaffMember\n    }\n  }\n": types.AddUnitMembershipDocument,
    "\n  mutation RemoveUnitMembership($input: UnitMembershipInput!) {\n    removeUnitMembership(input: $input) {\n      ...AdminStaffMember\n    }\n  }\n": types.RemoveUnitMembershipDocument,
    "\n  fragment CaseDetails on AssessmentCase {\n    id\n    status\n    teamId\n    acceptedOn\n    clarificationDays\n    extensionDays\n    holdDays\n    deadlineDate\n    deadline\n    daysElapsed\n    daysRemaining\n    isOverdue\n    atRisk\n    onHoldSince\n    cancelReason\n    viewerCan\n    viewerEmergencyAccessUntil\n    patient {\n      id\n      givenName\n      familyName\n      birthDate\n    }\n    coordinator {\n      id\n      name\n      profession\n    }\n    members {\n      id\n      role\n      createdAt\n      staff {\n        id\n        name\n        profession\n      }\n    }\n    holds {\n      id\n      fromDate\n      untilDate\n      reason\n    }\n    extensions {\n      id\n      days\n      reason\n      createdAt\n    }\n    interimServices {\n      id\n      kind\n      description\n      frequency\n      responsible\n      fromDate\n      toDate\n    }\n    history {\n      id\n      action\n      occurredAt\n      reason\n      actor {\n        id\n        name\n      }\n    }\n  }\n": types.CaseDetailsFragmentDoc,
    "\n  query Case($id: ID!) {\n    assessmentCase(id: $id) {\n      ...CaseDetails\n    }\n  }\n": types.CaseDocument,
    "\n  query TeamStaff($teamId: ID!) {\n    teamStaff(teamId: $teamId) {\n      id\n      name\n      profession\n    }\n  }\n": types.TeamStaffDocument,
    "\n  mutation PutCaseOnHold($caseId: ID!, $reason: String!) {\n    putCaseOnHold(caseId: $caseId, input: { reason: $reason }) {\n      ...CaseDetails\n    }\n  }\n": types.PutCaseOnHoldDocument,
    "\n  mutation ResumeCase($caseId: ID!) {\n    resumeCase(caseId: $caseId) {\n      ...CaseDetails\n    }\n  }\n": types.ResumeCaseDocument,
    "\n  mutation ExtendDeadline($caseId: ID!, $days: Int!, $reason: String!) {\n    extendDeadline(caseId: $caseId, input: { days: $days, reason: $reason }) {\n      ...CaseDetails\n    }\n  }\n": types.ExtendDeadlineDocument,
    "\n  mutation AssignCaseMember($caseId: ID!, $staffId: ID!, $role: CaseRole!) {\n    assignCaseMember(caseId: $caseId, input: { staffId: $staffId, role: $role }) {\n      ...CaseDetails\n    }\n  }\n": types.AssignCaseMemberDocument,
    "\n  mutation RemoveCaseMember($caseId: ID!, $staffId: ID!, $reason: String!) {\n    removeCaseMember(caseId: $caseId, staffId: $staffId, reason: $reason) {\n      ...CaseDetails\n    }\n  }\n": types.RemoveCaseMemberDocument,
    "\n  mutation ChangeCaseCoordinator($caseId: ID!, $coordinatorId: ID!) {\n    changeCaseCoordinator(caseId: $caseId, coordinatorId: $coordinatorId) {\n      ...CaseDetails\n    }\n  }\n": types.ChangeCaseCoordinatorDocument,
    "\n  mutation CancelCase($caseId: ID!, $reason: String!) {\n    cancelCase(caseId: $caseId, input: { reason: $reason }) {\n      ...CaseDetails\n    }\n  }\n": types.CancelCaseDocument,
    "\n  mutation RecordInterimService($caseId: ID!, $input: RecordInterimServiceInput!) {\n    recordInterimService(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n": types.RecordInterimServiceDocument,
    "\n  query Caseload(\n    $teamId: ID!\n    $first: Int!\n    $after: String\n    $status: [CaseStatus!]\n    $overdue: Boolean\n    $atRisk: Boolean\n    $mine: Boolean\n  ) {\n    teamDashboard(teamId: $teamId) {\n      today\n      openCaseCount\n      overdueCount\n      atRiskCount\n      team {\n        id\n        name\n      }\n    }\n    assessmentCases(\n      filter: { teamId: $teamId, status: $status, overdue: $overdue, atRisk: $atRisk, mine: $mine }\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          deadlineDate\n          daysRemaining\n          isOverdue\n          atRisk\n          onHoldSince\n          patient {\n            id\n            givenName\n            familyName\n            birthDate\n          }\n          coordinator {\n            id\n            name\n          }\n          members {\n            id\n            staff {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CaseloadDocument,
    "\n  query DistrictTeams {\n    me {\n      id\n      teams {\n        id\n        districtId\n      }\n    }\n    districts {\n      id\n      name\n      teams {\n        id\n        name\n        viewerCan\n      }\n    }\n  }\n": types.DistrictTeamsDocument,
    "\n  query TeamFigures($teamId: ID!) {\n    teamDashboard(teamId: $teamId) {\n      id\n      openCaseCount\n      overdueCount\n      atRiskCount\n    }\n  }\n": types.TeamFiguresDocument,
    "\n  mutation RequestEmergencyAccess($caseId: ID!, $reason: String!) {\n    requestEmergencyAccess(caseId: $caseId, reason: $reason) {\n      id\n      caseId\n      expiresAt\n    }\n  }\n": types.RequestEmergencyAccessDocument,
    "\n  query CaseEmergencyAccess($caseId: ID!) {\n    assessmentCase(id: $caseId) {\n      id\n      viewerEmergencyAccessUntil\n    }\n  }\n": types.CaseEmergencyAccessDocument,
    "\n  fragment JournalEntryFields on JournalEntry {\n    id\n    rootId\n    caseId\n    version\n    kind\n    text\n    writtenAt\n    isSystem\n    enteredInError\n    amendReason\n    visibleToPatient\n    authorProfession\n    author {\n      id\n      name\n    }\n    versions {\n      id\n      version\n      kind\n      text\n      writtenAt\n      enteredInError\n      amendReason\n      authorProfession\n      author {\n        id\n        name\n      }\n    }\n  }\n": types.JournalEntryFieldsFragmentDoc,
    "\n  query JournalCase($caseId: ID!) {\n    assessmentCase(id: $caseId) {\n      id\n      viewerCan\n    }\n  }\n": types.JournalCaseDocument,
    "\n  query Journal($caseId: ID!, $first: Int!, $after: String) {\n    journal(caseId: $caseId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...JournalEntryFields\n        }\n      }\n    }\n  }\n": types.JournalDocument,
    "\n  query JournalSearch($caseId: ID!, $search: String!, $first: Int!, $after: String) {\n    journal(caseId: $caseId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...JournalEntryFields\n          highlight\n        }\n      }\n    }\n  }\n": types.JournalSearchDocument,
    "\n  query TeamJournalSearch($teamId: ID!, $search: String!, $first: Int!, $after: String) {\n    teamJournalSearch(teamId: $teamId, search: $search, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          caseId\n          kind\n          writtenAt\n          version\n          enteredInError\n          authorProfession\n          author {\n            id\n            name\n          }\n          highlight\n        }\n      }\n    }\n  }\n": types.TeamJournalSearchDocument,
    "\n  query JournalHitCase($caseId: ID!) {\n    assessmentCase(id: $caseId) {\n      id\n      patient {\n        id\n        givenName\n        familyName\n      }\n    }\n  }\n": types.JournalHitCaseDocument,
    "\n  mutation AddJournalEntry($caseId: ID!, $input: AddJournalEntryInput!) {\n    addJournalEntry(caseId: $caseId, input: $input) {\n      ...JournalEntryFields\n    }\n  }\n": types.AddJournalEntryDocument,
    "\n  mutation AmendJournalEntry($entryId: ID!, $input: AmendJournalEntryInput!, $reason: String!) {\n    amendJournalEntry(entryId: $entryId, input: $input, reason: $reason) {\n      ...JournalEntryFields\n    }\n  }\n": types.AmendJournalEntryDocument,
    "\n  mutation MarkJournalEntryInError($entryId: ID!, $reason: String!) {\n    markJournalEntryEnteredInError(entryId: $entryId, reason: $reason) {\n      ...JournalEntryFields\n    }\n  }\n": types.MarkJournalEntryInErrorDocument,
    "\n  subscription JournalEntryAdded($caseId: ID!) {\n    journalEntryAdded(caseId: $caseId) {\n      ...JournalEntryFields\n    }\n  }\n": types.JournalEntryAddedDocument,
    "\n  query ReferralNavCounts {\n    newUrgent: referrals(filter: { status: [RECEIVED], urgency: URGENT }, first: 1) {\n      totalCount\n    }\n    triageOverdue: referrals(filter: { triageOverdue: true }, first: 1) {\n      totalCount\n    }\n    assignedToMe: assessmentCases(filter: { mine: true, status: [ACTIVE] }, first: 1) {\n      totalCount\n    }\n  }\n": types.ReferralNavCountsDocument,
    "\n  query ReferralInbox($filter: ReferralFilter, $first: Int!, $after: String) {\n    referrals(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          urgency\n          source\n          receivedAt\n          triageDeadline\n          triageOverdue\n          patient {\n            id\n            givenName\n            familyName\n            birthDate\n          }\n        }\n      }\n    }\n  }\n": types.ReferralInboxDocument,
    "\n  query ReferralDetail($id: ID!) {\n    referral(id: $id) {\n      id\n      status\n      urgency\n      source\n      channel\n      receivedAt\n      createdAt\n      triageDeadline\n      triageOverdue\n      description\n      helpRequested\n      requestedLevel\n      referrerName\n      referrerContact\n      rejectionReason\n      redirectedTo\n      redirectReason\n      triagedAt\n      caseId\n      viewerCan\n      team {\n        id\n        name\n      }\n      patient {\n        id\n        givenName\n        familyName\n        birthDate\n      }\n    }\n  }\n": types.ReferralDetailDocument,
    "\n  query IntakeContext {\n    me {\n      id\n      teams {\n        id\n        districtId\n      }\n    }\n    districts {\n      id\n      name\n    }\n  }\n": types.IntakeContextDocument,
    "\n  query SearchPersons($query: String!) {\n    searchPatients(query: $query, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          givenName\n          familyName\n          birthDate\n          address\n        }\n      }\n    }\n  }\n": types.SearchPersonsDocument,
    "\n  mutation RegisterReferral($input: RegisterReferralInput!) {\n    registerReferral(input: $input) {\n      id\n      status\n    }\n  }\n": types.RegisterReferralDocument,
    "\n  mutation AcceptReferral($referralId: ID!, $input: AcceptReferralInput) {\n    acceptReferral(referralId: $referralId, input: $input) {\n      id\n    }\n  }\n": types.AcceptReferralDocument,
    "\n  mutation RejectReferral($referralId: ID!, $input: RejectReferralInput!) {\n    rejectReferral(referralId: $referralId, input: $input) {\n      id\n      status\n      rejectionReason\n      viewerCan\n    }\n  }\n": types.RejectReferralDocument,
    "\n  mutation RedirectReferral($referralId: ID!, $input: RedirectReferralInput!) {\n    redirectReferral(referralId: $referralId, input: $input) {\n      id\n      status\n      redirectedTo\n      redirectReason\n      viewerCan\n    }\n  }\n": types.RedirectReferralDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      profession\n      teams {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminStaffMember on StaffMember {\n    id\n    name\n    email\n    profession\n    active\n    deactivatedAt\n    teams {\n      id\n      name\n    }\n    serviceUnits {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AdminStaffMember on StaffMember {\n    id\n    name\n    email\n    profession\n    active\n    deactivatedAt\n    teams {\n      id\n      name\n    }\n    serviceUnits {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminStaff {\n    staffMembers {\n      ...AdminStaffMember\n    }\n    districts {\n      id\n      name\n      teams {\n        id\n        name\n      }\n      serviceUnits {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminStaff {\n    staffMembers {\n      ...AdminStaffMember\n    }\n    districts {\n      id\n      name\n      teams {\n        id\n        name\n      }\n      serviceUnits {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaffMember($input: CreateStaffMemberInput!) {\n    createStaffMember(input: $input) {\n      ...AdminStaffMember\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStaffMember($input: CreateStaffMemberInput!) {\n    createStaffMember(input: $input) {\n      ...AdminStaffMember\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateStaffMember($staffId: ID!) {\n    deactivateStaffMember(staffId: $staffId) {\n      ...AdminStaffMember\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateStaffMember($staffId: ID!) {\n    deactivateStaffMember(staffId: $staffId) {\n      ...AdminStaffMember\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTeamMembership($input: TeamMembershipInput!) {\n    addTeamMembership(input: $input) {\n      ...AdminStaffMember\n    }\n  }\n"): (typeof documents)["\n  mutation AddTeamMembership($input: TeamMembershipInput!) {\n    addTeamMembership(input: $input) {\n      ...AdminStaffMember\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTeamMembership($input: TeamMembershipInput!) {\n    removeTeamMembership(input: $input) {\n      ...AdminStaffMember\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveTeamMembership($input: TeamMembershipInput!) {\n    removeTeamMembership(input: $input) {\n      ...AdminStaffMember\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddUnitMembership($input: UnitMembershipInput!) {\n    addUnitMembership(input: $input) {\n      ...AdminStaffMember\n    }\n  }\n"): (typeof documents)["\n  mutation AddUnitMembership($input: UnitMembershipInput!) {\n    addUnitMembership(input: $input) {\n      ...AdminStaffMember\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveUnitMembership($input: UnitMembershipInput!) {\n    removeUnitMembership(input: $input) {\n      ...AdminStaffMember\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveUnitMembership($input: UnitMembershipInput!) {\n    removeUnitMembership(input: $input) {\n      ...AdminStaffMember\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseDetails on AssessmentCase {\n    id\n    status\n    teamId\n    acceptedOn\n    clarificationDays\n    extensionDays\n    holdDays\n    deadlineDate\n    deadline\n    daysElapsed\n    daysRemaining\n    isOverdue\n    atRisk\n    onHoldSince\n    cancelReason\n    viewerCan\n    viewerEmergencyAccessUntil\n    patient {\n      id\n      givenName\n      familyName\n      birthDate\n    }\n    coordinator {\n      id\n      name\n      profession\n    }\n    members {\n      id\n      role\n      createdAt\n      staff {\n        id\n        name\n        profession\n      }\n    }\n    holds {\n      id\n      fromDate\n      untilDate\n      reason\n    }\n    extensions {\n      id\n      days\n      reason\n      createdAt\n    }\n    interimServices {\n      id\n      kind\n      description\n      frequency\n      responsible\n      fromDate\n      toDate\n    }\n    history {\n      id\n      action\n      occurredAt\n      reason\n      actor {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseDetails on AssessmentCase {\n    id\n    status\n    teamId\n    acceptedOn\n    clarificationDays\n    extensionDays\n    holdDays\n    deadlineDate\n    deadline\n    daysElapsed\n    daysRemaining\n    isOverdue\n    atRisk\n    onHoldSince\n    cancelReason\n    viewerCan\n    viewerEmergencyAccessUntil\n    patient {\n      id\n      givenName\n      familyName\n      birthDate\n    }\n    coordinator {\n      id\n      name\n      profession\n    }\n    members {\n      id\n      role\n      createdAt\n      staff {\n        id\n        name\n        profession\n      }\n    }\n    holds {\n      id\n      fromDate\n      untilDate\n      reason\n    }\n    extensions {\n      id\n      days\n      reason\n      createdAt\n    }\n    interimServices {\n      id\n      kind\n      description\n      frequency\n      responsible\n      fromDate\n      toDate\n    }\n    history {\n      id\n      action\n      occurredAt\n      reason\n      actor {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Case($id: ID!) {\n    assessmentCase(id: $id) {\n      ...CaseDetails\n    }\n  }\n"): (typeof documents)["\n  query Case($id: ID!) {\n    assessmentCase(id: $id) {\n      ...CaseDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamStaff($teamId: ID!) {\n    teamStaff(teamId: $teamId) {\n      id\n      name\n      profession\n    }\n  }\n"): (typeof documents)["\n  query TeamStaff($teamId: ID!) {\n    teamStaff(teamId: $teamId) {\n      id\n      name\n      profession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PutCaseOnHold($caseId: ID!, $reason: String!) {\n    putCaseOnHold(caseId: $caseId, input: { reason: $reason }) {\n      ...CaseDetails\n    }\n  }\n"): (typeof documents)["\n  mutation PutCaseOnHold($caseId: ID!, $reason: String!) {\n    putCaseOnHold(caseId: $caseId, input: { reason: $reason }) {\n      ...CaseDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeCase($caseId: ID!) {\n    resumeCase(caseId: $caseId) {\n      ...CaseDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeCase($caseId: ID!) {\n    resumeCase(caseId: $caseId) {\n      ...CaseDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendDeadline($caseId: ID!, $days: Int!, $reason: String!) {\n    extendDeadline(caseId: $caseId, input: { days: $days, reason: $reason }) {\n      ...CaseDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendDeadline($caseId: ID!, $days: Int!, $reason: String!) {\n    extendDeadline(caseId: $caseId, input: { days: $days, reason: $reason }) {\n      ...CaseDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCaseMember($caseId: ID!, $staffId: ID!, $role: CaseRole!) {\n    assignCaseMember(caseId: $caseId, input: { staffId: $staffId, role: $role }) {\n      ...CaseDetails\n    }\n  }\n"): (typeof documents)["\n  mutation AssignCaseMember($caseId: ID!, $staffId: ID!, $role: CaseRole!) {\n    assignCaseMember(caseId: $caseId, input: { staffId: $staffId, role: $role }) {\n      ...CaseDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCaseMember($caseId: ID!, $staffId: ID!, $reason: String!) {\n    removeCaseMember(caseId: $caseId, staffId: $staffId, reason: $reason) {\n      ...CaseDetails\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCaseMember($caseId: ID!, $staffId: ID!, $reason: String!) {\n    removeCaseMember(caseId: $caseId, staffId: $staffId, reason: $reason) {\n      ...CaseDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeCaseCoordinator($caseId: ID!, $coordinatorId: ID!) {\n    changeCaseCoordinator(caseId: $caseId, coordinatorId: $coordinatorId) {\n      ...CaseDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeCaseCoordinator($caseId: ID!, $coordinatorId: ID!) {\n    changeCaseCoordinator(caseId: $caseId, coordinatorId: $coordinatorId) {\n      ...CaseDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCase($caseId: ID!, $reason: String!) {\n    cancelCase(caseId: $caseId, input: { reason: $reason }) {\n      ...CaseDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CancelCase($caseId: ID!, $reason: String!) {\n    cancelCase(caseId: $caseId, input: { reason: $reason }) {\n      ...CaseDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordInterimService($caseId: ID!, $input: RecordInterimServiceInput!) {\n    recordInterimService(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordInterimService($caseId: ID!, $input: RecordInterimServiceInput!) {\n    recordInterimService(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Caseload(\n    $teamId: ID!\n    $first: Int!\n    $after: String\n    $status: [CaseStatus!]\n    $overdue: Boolean\n    $atRisk: Boolean\n    $mine: Boolean\n  ) {\n    teamDashboard(teamId: $teamId) {\n      today\n      openCaseCount\n      overdueCount\n      atRiskCount\n      team {\n        id\n        name\n      }\n    }\n    assessmentCases(\n      filter: { teamId: $teamId, status: $status, overdue: $overdue, atRisk: $atRisk, mine: $mine }\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          deadlineDate\n          daysRemaining\n          isOverdue\n          atRisk\n          onHoldSince\n          patient {\n            id\n            givenName\n            familyName\n            birthDate\n          }\n          coordinator {\n            id\n            name\n          }\n          members {\n            id\n            staff {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Caseload(\n    $teamId: ID!\n    $first: Int!\n    $after: String\n    $status: [CaseStatus!]\n    $overdue: Boolean\n    $atRisk: Boolean\n    $mine: Boolean\n  ) {\n    teamDashboard(teamId: $teamId) {\n      today\n      openCaseCount\n      overdueCount\n      atRiskCount\n      team {\n        id\n        name\n      }\n    }\n    assessmentCases(\n      filter: { teamId: $teamId, status: $status, overdue: $overdue, atRisk: $atRisk, mine: $mine }\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          deadlineDate\n          daysRemaining\n          isOverdue\n          atRisk\n          onHoldSince\n          patient {\n            id\n            givenName\n            familyName\n            birthDate\n          }\n          coordinator {\n            id\n            name\n          }\n          members {\n            id\n            staff {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictTeams {\n    me {\n      id\n      teams {\n        id\n        districtId\n      }\n    }\n    districts {\n      id\n      name\n      teams {\n        id\n        name\n        viewerCan\n      }\n    }\n  }\n"): (typeof documents)["\n  query DistrictTeams {\n    me {\n      id\n      teams {\n        id\n        districtId\n      }\n    }\n    districts {\n      id\n      name\n      teams {\n        id\n        name\n        viewerCan\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamFigures($teamId: ID!) {\n    teamDashboard(teamId: $teamId) {\n      id\n      openCaseCount\n      overdueCount\n      atRiskCount\n    }\n  }\n"): (typeof documents)["\n  query TeamFigures($teamId: ID!) {\n    teamDashboard(teamId: $teamId) {\n      id\n      openCaseCount\n      overdueCount\n      atRiskCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmergencyAccess($caseId: ID!, $reason: String!) {\n    requestEmergencyAccess(caseId: $caseId, reason: $reason) {\n      id\n      caseId\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RequestEmergencyAccess($caseId: ID!, $reason: String!) {\n    requestEmergencyAccess(caseId: $caseId, reason: $reason) {\n      id\n      caseId\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseEmergencyAccess($caseId: ID!) {\n    assessmentCase(id: $caseId) {\n      id\n      viewerEmergencyAccessUntil\n    }\n  }\n"): (typeof documents)["\n  query CaseEmergencyAccess($caseId: ID!) {\n    assessmentCase(id: $caseId) {\n      id\n      viewerEmergencyAccessUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JournalEntryFields on JournalEntry {\n    id\n    rootId\n    caseId\n    version\n    kind\n    text\n    writtenAt\n    isSystem\n    enteredInError\n    amendReason\n    visibleToPatient\n    authorProfession\n    author {\n      id\n      name\n    }\n    versions {\n      id\n      version\n      kind\n      text\n      writtenAt\n      enteredInError\n      amendReason\n      authorProfession\n      author {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment JournalEntryFields on JournalEntry {\n    id\n    rootId\n    caseId\n    version\n    kind\n    text\n    writtenAt\n    isSystem\n    enteredInError\n    amendReason\n    visibleToPatient\n    authorProfession\n    author {\n      id\n      name\n    }\n    versions {\n      id\n      version\n      kind\n      text\n      writtenAt\n      enteredInError\n      amendReason\n      authorProfession\n      author {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JournalCase($caseId: ID!) {\n    assessmentCase(id: $caseId) {\n      id\n      viewerCan\n    }\n  }\n"): (typeof documents)["\n  query JournalCase($caseId: ID!) {\n    assessmentCase(id: $caseId) {\n      id\n      viewerCan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Journal($caseId: ID!, $first: Int!, $after: String) {\n    journal(caseId: $caseId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...JournalEntryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Journal($caseId: ID!, $first: Int!, $after: String) {\n    journal(caseId: $caseId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...JournalEntryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JournalSearch($caseId: ID!, $search: String!, $first: Int!, $after: String) {\n    journal(caseId: $caseId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...JournalEntryFields\n          highlight\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query JournalSearch($caseId: ID!, $search: String!, $first: Int!, $after: String) {\n    journal(caseId: $caseId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...JournalEntryFields\n          highlight\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamJournalSearch($teamId: ID!, $search: String!, $first: Int!, $after: String) {\n    teamJournalSearch(teamId: $teamId, search: $search, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          caseId\n          kind\n          writtenAt\n          version\n          enteredInError\n          authorProfession\n          author {\n            id\n            name\n          }\n          highlight\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamJournalSearch($teamId: ID!, $search: String!, $first: Int!, $after: String) {\n    teamJournalSearch(teamId: $teamId, search: $search, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          caseId\n          kind\n          writtenAt\n          version\n          enteredInError\n          authorProfession\n          author {\n            id\n            name\n          }\n          highlight\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JournalHitCase($caseId: ID!) {\n    assessmentCase(id: $caseId) {\n      id\n      patient {\n        id\n        givenName\n        familyName\n      }\n    }\n  }\n"): (typeof documents)["\n  query JournalHitCase($caseId: ID!) {\n    assessmentCase(id: $caseId) {\n      id\n      patient {\n        id\n        givenName\n        familyName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddJournalEntry($caseId: ID!, $input: AddJournalEntryInput!) {\n    addJournalEntry(caseId: $caseId, input: $input) {\n      ...JournalEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddJournalEntry($caseId: ID!, $input: AddJournalEntryInput!) {\n    addJournalEntry(caseId: $caseId, input: $input) {\n      ...JournalEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendJournalEntry($entryId: ID!, $input: AmendJournalEntryInput!, $reason: String!) {\n    amendJournalEntry(entryId: $entryId, input: $input, reason: $reason) {\n      ...JournalEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation AmendJournalEntry($entryId: ID!, $input: AmendJournalEntryInput!, $reason: String!) {\n    amendJournalEntry(entryId: $entryId, input: $input, reason: $reason) {\n      ...JournalEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkJournalEntryInError($entryId: ID!, $reason: String!) {\n    markJournalEntryEnteredInError(entryId: $entryId, reason: $reason) {\n      ...JournalEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkJournalEntryInError($entryId: ID!, $reason: String!) {\n    markJournalEntryEnteredInError(entryId: $entryId, reason: $reason) {\n      ...JournalEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription JournalEntryAdded($caseId: ID!) {\n    journalEntryAdded(caseId: $caseId) {\n      ...JournalEntryFields\n    }\n  }\n"): (typeof documents)["\n  subscription JournalEntryAdded($caseId: ID!) {\n    journalEntryAdded(caseId: $caseId) {\n      ...JournalEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralNavCounts {\n    newUrgent: referrals(filter: { status: [RECEIVED], urgency: URGENT }, first: 1) {\n      totalCount\n    }\n    triageOverdue: referrals(filter: { triageOverdue: true }, first: 1) {\n      totalCount\n    }\n    assignedToMe: assessmentCases(filter: { mine: true, status: [ACTIVE] }, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ReferralNavCounts {\n    newUrgent: referrals(filter: { status: [RECEIVED], urgency: URGENT }, first: 1) {\n      totalCount\n    }\n    triageOverdue: referrals(filter: { triageOverdue: true }, first: 1) {\n      totalCount\n    }\n    assignedToMe: assessmentCases(filter: { mine: true, status: [ACTIVE] }, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralInbox($filter: ReferralFilter, $first: Int!, $after: String) {\n    referrals(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          urgency\n          source\n          receivedAt\n          triageDeadline\n          triageOverdue\n          patient {\n            id\n            givenName\n            familyName\n            birthDate\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferralInbox($filter: ReferralFilter, $first: Int!, $after: String) {\n    referrals(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          urgency\n          source\n          receivedAt\n          triageDeadline\n          triageOverdue\n          patient {\n            id\n            givenName\n            familyName\n            birthDate\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralDetail($id: ID!) {\n    referral(id: $id) {\n      id\n      status\n      urgency\n      source\n      channel\n      receivedAt\n      createdAt\n      triageDeadline\n      triageOverdue\n      description\n      helpRequested\n      requestedLevel\n      referrerName\n      referrerContact\n      rejectionReason\n      redirectedTo\n      redirectReason\n      triagedAt\n      caseId\n      viewerCan\n      team {\n        id\n        name\n      }\n      patient {\n        id\n        givenName\n        familyName\n        birthDate\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferralDetail($id: ID!) {\n    referral(id: $id) {\n      id\n      status\n      urgency\n      source\n      channel\n      receivedAt\n      createdAt\n      triageDeadline\n      triageOverdue\n      description\n      helpRequested\n      requestedLevel\n      referrerName\n      referrerContact\n      rejectionReason\n      redirectedTo\n      redirectReason\n      triagedAt\n      caseId\n      viewerCan\n      team {\n        id\n        name\n      }\n      patient {\n        id\n        givenName\n        familyName\n        birthDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeContext {\n    me {\n      id\n      teams {\n        id\n        districtId\n      }\n    }\n    districts {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query IntakeContext {\n    me {\n      id\n      teams {\n        id\n        districtId\n      }\n    }\n    districts {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPersons($query: String!) {\n    searchPatients(query: $query, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          givenName\n          familyName\n          birthDate\n          address\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchPersons($query: String!) {\n    searchPatients(query: $query, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          givenName\n          familyName\n          birthDate\n          address\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterReferral($input: RegisterReferralInput!) {\n    registerReferral(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterReferral($input: RegisterReferralInput!) {\n    registerReferral(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptReferral($referralId: ID!, $input: AcceptReferralInput) {\n    acceptReferral(referralId: $referralId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptReferral($referralId: ID!, $input: AcceptReferralInput) {\n    acceptReferral(referralId: $referralId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectReferral($referralId: ID!, $input: RejectReferralInput!) {\n    rejectReferral(referralId: $referralId, input: $input) {\n      id\n      status\n      rejectionReason\n      viewerCan\n    }\n  }\n"): (typeof documents)["\n  mutation RejectReferral($referralId: ID!, $input: RejectReferralInput!) {\n    rejectReferral(referralId: $referralId, input: $input) {\n      id\n      status\n      rejectionReason\n      viewerCan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedirectReferral($referralId: ID!, $input: RedirectReferralInput!) {\n    redirectReferral(referralId: $referralId, input: $input) {\n      id\n      status\n      redirectedTo\n      redirectReason\n      viewerCan\n    }\n  }\n"): (typeof documents)["\n  mutation RedirectReferral($referralId: ID!, $input: RedirectReferralInput!) {\n    redirectReferral(referralId: $referralId, input: $input) {\n      id\n      status\n      redirectedTo\n      redirectReason\n      viewerCan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      name\n      profession\n      teams {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      name\n      profession\n      teams {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;