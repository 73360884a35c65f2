import type { NodeTable } from 'src/common/graphql/node-tables';

/** The person and their contacts for `node(id)` (a contact is read through its person). */
export const PERSON_NODE_TABLES = [
  { type: 'Patient', locate: `SELECT 'Patient', NULL::uuid FROM patients WHERE id = $1` },
  {
    type: 'PatientContact',
    locate: `SELECT 'PatientContact', patient_id FROM patient_contacts WHERE id = $1`,
  },
] as const satisfies readonly NodeTable[];

/** Staff and the organisation for `node(id)`, each read by its own id. */
export const ORGANISATION_NODE_TABLES = [
  {
    type: 'StaffMember',
    locate: `SELECT 'StaffMember', NULL::uuid FROM staff_members WHERE id = $1`,
  },
  { type: 'District', locate: `SELECT 'District', NULL::uuid FROM districts WHERE id = $1` },
  {
    type: 'AssessmentTeam',
    locate: `SELECT 'AssessmentTeam', NULL::uuid FROM assessment_teams WHERE id = $1`,
  },
  {
    type: 'ServiceUnit',
    locate: `SELECT 'ServiceUnit', NULL::uuid FROM service_units WHERE id = $1`,
  },
] as const satisfies readonly NodeTable[];
