import type { DataSource, EntityManager } from 'typeorm';
import { endOfLocalDay, localDateOf } from 'src/modules/cases/clarification-period';

// Raw SQL, as the rest of the demo seed (see demo-seed.ts).

const HOUR = 3_600_000;

/**
 * One entry in the demo's Sør (issue 16, docs/models.md; singleEntry is on there): inquiries
 * resolved at first contact, and callbacks promised to the person: one due later today, one
 * overdue and one kept, so the referral inbox shows each kind. Relative to `now`.
 */
export async function seedDemoSingleEntry(
  dataSource: DataSource,
  settings: { TZ_MUNICIPALITY: string },
  now: Date,
): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const [team] = (await manager.query(
      `SELECT t.id FROM assessment_teams t JOIN districts d ON d.id = t.district_id WHERE d.name = 'Sør' AND t.service_area = 'SOMATIC'`,
    )) as { id: string }[];
    const staff = async (email: string) =>
      (
        (await manager.query('SELECT id FROM staff_members WHERE email = $1', [email])) as {
          id: string;
        }[]
      )[0].id;
    const caseworker = await staff('caseworker.sor@demo.local');
    const coordinator = await staff('coordinator.sor@demo.local');
    const patients = (await manager.query(
      `SELECT p.id FROM patients p JOIN districts d ON d.id = p.district_id WHERE d.name = 'Sør' ORDER BY p.family_name LIMIT 6`,
    )) as { id: string }[];
    const ago = (hours: number) => new Date(now.getTime() - hours * HOUR);
    const referral = (
      i: number,
      receivedHoursAgo: number,
      help: string,
      resolved?: { outcome: string; note: string },
    ) =>
      insertRow(manager, 'referrals', {
        patient_id: patients[i].id,
        team_id: team.id,
        source: i % 2 === 0 ? 'SELF' : 'RELATIVE',
        channel: 'PHONE',
        received_at: ago(receivedHoursAgo),
        description: help,
        help_requested: help,
        urgency: 'NORMAL',
        status: resolved ? 'RESOLVED_DIRECTLY' : 'RECEIVED',
        direct_outcome: resolved?.outcome ?? null,
        direct_note: resolved?.note ?? null,
        triaged_at: resolved ? ago(receivedHoursAgo - 0.25) : null,
        triaged_by: resolved ? caseworker : null,
        registered_by: caseworker,
      });

    await referral(0, 50, 'Spør om trygghetsalarm til mor', {
      outcome: 'AID_OR_TECHNOLOGY',
      note: 'Trygghetsalarm bestilt; montering neste uke.',
    });
    await referral(1, 28, 'Ønsker noe å gå til på dagtid', {
      outcome: 'LOW_THRESHOLD_OFFER',
      note: 'Henvist til Frisklivssentralen og seniorkafeen.',
    });
    await referral(2, 5, 'Lurer på hva hjemmetjenesten kan hjelpe med', {
      outcome: 'INFORMATION_GIVEN',
      note: 'Forklart tjenestene og hvordan man søker. Ringer igjen ved behov.',
    });

    // Due later today (halfway to the end of the municipal day), overdue, and kept.
    const endOfToday = endOfLocalDay(
      localDateOf(now, settings.TZ_MUNICIPALITY),
      settings.TZ_MUNICIPALITY,
    );
    const dueToday = await referral(3, 3, 'Datter bekymret etter fall; teamet drøfter');
    await insertRow(manager, 'referral_callbacks', {
      referral_id: dueToday,
      due_at: new Date(
        now.getTime() + Math.max(60_000, (endOfToday.getTime() - now.getTime()) / 2),
      ),
      scheduled_at: ago(2.75),
      scheduled_by: caseworker,
    });
    const overdue = await referral(4, 30, 'Spør om hjelp til dusj; teamet drøfter');
    await insertRow(manager, 'referral_callbacks', {
      referral_id: overdue,
      due_at: ago(3),
      scheduled_at: ago(29.5),
      scheduled_by: caseworker,
    });
    const kept = await referral(5, 26, 'Nabo melder at han ikke handler lenger');
    await insertRow(manager, 'referral_callbacks', {
      referral_id: kept,
      due_at: ago(20),
      scheduled_at: ago(25.5),
      scheduled_by: coordinator,
      kept_at: ago(22),
      kept_how: 'CALL',
      kept_by: coordinator,
      note: 'Ringte tilbake: avtalt hjemmebesøk for kartlegging.',
    });
  });
}

async function insertRow(
  manager: EntityManager,
  table: string,
  row: Record<string, unknown>,
): Promise<string> {
  const columns = Object.keys(row);
  const rows = (await manager.query(
    `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')})
     VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    Object.values(row),
  )) as { id: string }[];
  return rows[0].id;
}
