// Front door of the identity module's model (entities, enums, inputs, rules; no services): see docs/architecture.md, "Front doors".
export { AssessmentTeamEntity } from './assessment-team.entity';
export { DistrictEntity } from './district.entity';
export { RegisterPatientInput } from './dto/register-patient.input';
export {
  CLINICAL_PROFESSIONS,
  Profession,
  ServiceArea,
  ServiceUnitKind,
  checkIn,
} from './identity.enums';
export { IdentityErrors } from './identity.errors';
export type { IdentityRefusal } from './identity.errors';
export { ORGANISATION_NODE_TABLES, PERSON_NODE_TABLES } from './identity.nodes';
export {
  activeCoordinatorsOf,
  activeStaffMember,
  findDistrict,
  findPatientBy,
  findPatientOrFail,
  findTeam,
  findTeamBy,
  findTeamOrFail,
  isActiveCaseworkerInDistrict,
  listDistricts,
  lockPatientRow,
  patientExists,
  patientJoin,
  personSummaryOf,
  serviceUnitOf,
  setCoordinatingCaseworkerOf,
  staffJoin,
  staffMemberOf,
  staffNameOf,
} from './identity.reads';
export { nextSyntheticFodselsnummer } from './national-id';
export { PatientContactEntity, PatientEntity } from './patient.entity';
export { ServiceUnitEntity } from './service-unit.entity';
export { StaffMemberEntity } from './staff-member.entity';
