import type { EntityManager } from 'typeorm';
import type { ServiceLevel } from 'src/modules/decisions/model';

/*
 * The referrals behind a case, as other modules need them inside their own transaction
 * (`manager`): what was asked for (the decision letter), and the referral a follow-up's
 * reassessment opens. No access check: the caller's module has made its own.
 */

/** The step of the coping staircase asked for by the case's latest referral that names one. */
export async function requestedLevelOfCase(
  manager: EntityManager,
  caseId: string,
): Promise<ServiceLevel | null> {
  const [row] = (await manager.query(
    `SELECT requested_level FROM referrals WHERE case_id = $1 AND requested_level IS NOT NULL
      ORDER BY received_at DESC LIMIT 1`,
    [caseId],
  )) as { requested_level: ServiceLevel }[];
  return row?.requested_level ?? null;
}

/** The help asked for in each of the case's referrals, oldest first. */
export async function helpRequestedOfCase(
  manager: EntityManager,
  caseId: string,
): Promise<string[]> {
  const asked = (await manager.query(
    `SELECT help_requested FROM referrals WHERE case_id = $1 ORDER BY received_at`,
    [caseId],
  )) as { help_requested: string }[];
  return asked.map((a) => a.help_requested);
}

/** An ACCEPTED referral from a follow-up (MEETING), for the case it opened; answers its id. */
export async function insertReassessmentReferral(
  manager: EntityManager,
  referral: {
    patientId: string;
    teamId: string;
    source: 'HOME_CARE' | 'OTHER';
    receivedAt: Date;
    description: string;
    helpRequested: string;
    caseId: string;
    staffId: string;
  },
): Promise<string> {
  const [row] = (await manager.query(
    `INSERT INTO referrals (patient_id, team_id, source, channel, received_at, description, help_requested,
                            urgency, status, case_id, triaged_at, triaged_by, registered_by)
     VALUES ($1, $2, $3, 'MEETING', $4, $5, $6, 'NORMAL', 'ACCEPTED', $7, $4, $8, $8) RETURNING id`,
    [
      referral.patientId,
      referral.teamId,
      referral.source,
      referral.receivedAt,
      referral.description,
      referral.helpRequested,
      referral.caseId,
      referral.staffId,
    ],
  )) as { id: string }[];
  return row.id;
}
