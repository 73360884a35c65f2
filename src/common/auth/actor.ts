import type { Profession } from 'src/modules/identity/model';

/** The signed-in staff member, loaded once per request with their memberships. */
export interface Actor {
  staffId: string;
  email: string;
  name: string;
  profession: Profession;
  teamIds: string[];
  unitIds: string[];
  /** Districts of the caller's assessment teams. */
  teamDistrictIds: string[];
  /** Cases (with their persons) the caller may reach now through an emergency access grant. */
  emergencyGrants: { caseId: string; patientId: string }[];
}
