import { graphql } from '../../gql';

export const AdminStaffMemberFragment = graphql(`
  fragment AdminStaffMember on StaffMember {
    id
    name
    email
    profession
    active
    deactivatedAt
    teams {
      id
      name
    }
    serviceUnits {
      id
      name
    }
  }
`);

/** Staff and the organisation: no person data (the administrator may not see any). */
export const AdminStaffQuery = graphql(`
  query AdminStaff {
    staffMembers {
      ...AdminStaffMember
    }
    districts {
      id
      name
      teams {
        id
        name
      }
      serviceUnits {
        id
        name
      }
    }
  }
`);

export const CreateStaffMemberMutation = graphql(`
  mutation CreateStaffMember($input: CreateStaffMemberInput!) {
    createStaffMember(input: $input) {
      ...AdminStaffMember
    }
  }
`);

export const DeactivateStaffMemberMutation = graphql(`
  mutation DeactivateStaffMember($staffId: ID!) {
    deactivateStaffMember(staffId: $staffId) {
      ...AdminStaffMember
    }
  }
`);

export const AddTeamMembershipMutation = graphql(`
  mutation AddTeamMembership($input: TeamMembershipInput!) {
    addTeamMembership(input: $input) {
      ...AdminStaffMember
    }
  }
`);

export const RemoveTeamMembershipMutation = graphql(`
  mutation RemoveTeamMembership($input: TeamMembershipInput!) {
    removeTeamMembership(input: $input) {
      ...AdminStaffMember
    }
  }
`);

export const AddUnitMembershipMutation = graphql(`
  mutation AddUnitMembership($input: UnitMembershipInput!) {
    addUnitMembership(input: $input) {
      ...AdminStaffMember
    }
  }
`);

export const RemoveUnitMembershipMutation = graphql(`
  mutation RemoveUnitMembership($input: UnitMembershipInput!) {
    removeUnitMembership(input: $input) {
      ...AdminStaffMember
    }
  }
`);

/** Every key of the settings (the screen's table of keys checks that none is missing). */
export const SettingValuesFragment = graphql(`
  fragment AdminSettingValues on SettingValues {
    clarificationDays
    singleEntry
    coordinationLevels
    level2MinProfessions
    level3RequiresMeeting
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
    delegatedAdjustment
    delegatedFrameKind
    delegatedFrameValue
  }
`);

export const SettingOverridesFragment = graphql(`
  fragment AdminSettingOverrides on SettingOverrides {
    clarificationDays
    singleEntry
    coordinationLevels
    level2MinProfessions
    level3RequiresMeeting
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
    delegatedAdjustment
    delegatedFrameKind
    delegatedFrameValue
  }
`);

export const MunicipalitySettingsFragment = graphql(`
  fragment AdminMunicipalitySettings on MunicipalitySettings {
    language
    version
    updatedAt
    updatedBy {
      id
      name
    }
    defaults {
      ...AdminSettingValues
    }
    districts {
      district {
        id
        name
      }
      overrides {
        ...AdminSettingOverrides
      }
      effective {
        ...AdminSettingValues
      }
    }
  }
`);

/** The municipality's settings: defaults and each district's overrides. */
export const MunicipalitySettingsQuery = graphql(`
  query MunicipalitySettings {
    municipalitySettings {
      ...AdminMunicipalitySettings
    }
  }
`);

export const UpdateMunicipalitySettingsMutation = graphql(`
  mutation UpdateMunicipalitySettings(
    $input: UpdateMunicipalitySettingsInput!
    $expectedVersion: Int!
  ) {
    updateMunicipalitySettings(input: $input, expectedVersion: $expectedVersion) {
      ...AdminMunicipalitySettings
    }
  }
`);
