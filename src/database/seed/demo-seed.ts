import type { DataSource, EntityManager } from 'typeorm';
import { addDays, localDateOf } from 'src/modules/cases/clarification-period';
import { nextSyntheticFodselsnummer } from 'src/modules/identity/national-id';
import { seedDemoAdjustment } from 'src/database/seed/demo-adjustment';
import { seedDemoTariff } from './demo-tariff';
import { seedDemoSingleEntry } from 'src/database/seed/demo-single-entry';
import { seedDemoCoordination } from 'src/database/seed/demo-coordination';

// Raw SQL on purpose: the seed also runs in jest's globalSetup, which must not load
// the GraphQL-decorated entity classes (they would clash with the test's own copies).

/** The somatic team's staff of each district: `<role>.<district>@demo.local`. */
const TEAM_ROLES: [string, string, string][] = [
  ['nurse', 'NURSE', 'Sykepleier'],
  ['educator', 'SOCIAL_EDUCATOR', 'Vernepleier'],
  ['physio', 'PHYSIOTHERAPIST', 'Fysioterapeut'],
  ['ot', 'OCCUPATIONAL_THERAPIST', 'Ergoterapeut'],
  ['caseworker', 'CASEWORKER', 'Saksbehandler'],
  ['coordinator', 'COORDINATOR', 'Koordinator'],
  ['leader', 'LEADER', 'Leder'],
];

const GIVEN = [
  'Astrid',
  'Ole',
  'Ingrid',
  'Kåre',
  'Solveig',
  'Arne',
  'Randi',
  'Bjørn',
  'Gerd',
  'Odd',
  'Liv',
  'Einar',
  'Marit',
  'Terje',
  'Berit',
  'Svein',
  'Aud',
  'Harald',
  'Turid',
  'Nils',
];
const FAMILY = [
  'Hansen',
  'Johansen',
  'Olsen',
  'Larsen',
  'Andersen',
  'Pedersen',
  'Nilsen',
  'Kristiansen',
  'Jensen',
  'Karlsen',
  'Johnsen',
  'Pettersen',
  'Eriksen',
  'Berg',
  'Haugen',
  'Hagen',
  'Johannessen',
  'Andreassen',
  'Jacobsen',
  'Dahl',
];
const STREETS = [
  'Storgata',
  'Strandgata',
  'Fjordveien',
  'Kongens gate',
  'Skolegata',
  'Kirkegata',
  'Havnegata',
  'Bakkeveien',
  'Åsveien',
  'Fjellveien',
];

export interface DemoOrganisation {
  districts: Record<'nord' | 'sor', string>;
  teams: Record<'nord' | 'sor' | 'psykNord', string>;
  units: Record<'homeCareNord' | 'homeCareSor' | 'lowThresholdNord', string>;
}

/** Inserts one row and answers its id. */
async function insert(
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

async function staffMember(
  manager: EntityManager,
  email: string,
  name: string,
  profession: string,
  membership?: { teamId?: string; unitId?: string },
): Promise<string> {
  const staffId = await insert(manager, 'staff_members', {
    email,
    subject: email,
    name,
    profession,
  });
  if (membership?.teamId)
    await insert(manager, 'team_memberships', { staff_id: staffId, team_id: membership.teamId });
  if (membership?.unitId)
    await insert(manager, 'unit_memberships', { staff_id: staffId, unit_id: membership.unitId });
  return staffId;
}

function cprFor(birthDate: string, serial: number): string {
  const [y, m, d] = birthDate.split('-');
  // Born 1900–1999 with a serial starting 0–3: the CPR century rule for these years.
  return `${d}${m}${y.slice(2)}${String(serial % 4000).padStart(4, '0')}`;
}

/** Seeds the demo municipality (districts Nord and Sør, their teams, units, staff and 20 persons). */
export async function seedDemo(
  dataSource: DataSource,
  config: { MUNICIPALITY_LANGUAGE: 'nb' | 'da' },
): Promise<DemoOrganisation> {
  return dataSource.transaction(async (manager) => {
    const nord = await insert(manager, 'districts', { name: 'Nord' });
    const sor = await insert(manager, 'districts', { name: 'Sør' });
    const team = (name: string, districtId: string, serviceArea: string) =>
      insert(manager, 'assessment_teams', {
        name,
        district_id: districtId,
        service_area: serviceArea,
      });
    const unit = (name: string, districtId: string, kind: string) =>
      insert(manager, 'service_units', { name, district_id: districtId, kind });
    const org: DemoOrganisation = {
      districts: { nord, sor },
      teams: {
        nord: await team('Vurderingsteam Nord', nord, 'SOMATIC'),
        sor: await team('Vurderingsteam Sør', sor, 'SOMATIC'),
        psykNord: await team('Vurderingsteam psykisk helse Nord', nord, 'MENTAL_HEALTH'),
      },
      units: {
        homeCareNord: await unit('Hjemmetjenesten Nord', nord, 'HOME_CARE'),
        homeCareSor: await unit('Hjemmetjenesten Sør', sor, 'HOME_CARE'),
        lowThresholdNord: await unit('Frisklivssentralen Nord', nord, 'LOW_THRESHOLD'),
      },
    };
    for (const [key, label, teamId, unitId] of [
      ['nord', 'Nord', org.teams.nord, org.units.homeCareNord],
      ['sor', 'Sør', org.teams.sor, org.units.homeCareSor],
    ] as const) {
      for (const [role, profession, title] of TEAM_ROLES) {
        await staffMember(manager, `${role}.${key}@demo.local`, `${title} ${label}`, profession, {
          teamId,
        });
      }
      await staffMember(
        manager,
        `homecare.${key}@demo.local`,
        `Hjemmetjeneste ${label}`,
        'HOME_CARE',
        { unitId },
      );
    }
    await staffMember(
      manager,
      'educator.psyk.nord@demo.local',
      'Vernepleier psykisk helse Nord',
      'SOCIAL_EDUCATOR',
      { teamId: org.teams.psykNord },
    );
    await staffMember(
      manager,
      'nurse.psyk.nord@demo.local',
      'Sykepleier psykisk helse Nord',
      'NURSE',
      { teamId: org.teams.psykNord },
    );
    await staffMember(
      manager,
      'lavterskel.nord@demo.local',
      'Frisklivssentralen Nord',
      'HOME_CARE',
      { unitId: org.units.lowThresholdNord },
    );
    await staffMember(manager, 'privacy@demo.local', 'Personvernombud', 'PRIVACY_OFFICER');
    await staffMember(manager, 'admin@demo.local', 'Systemansvarlig', 'ADMIN');

    const danish = config.MUNICIPALITY_LANGUAGE === 'da';
    for (let i = 0; i < 20; i++) {
      const year = 1930 + ((i * 7) % 30);
      const birthDate = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
      const districtId = i % 2 === 0 ? nord : sor;
      const patientId = await insert(manager, 'patients', {
        national_id: danish
          ? cprFor(birthDate, 1000 + i)
          : nextSyntheticFodselsnummer(birthDate, 100 + i).number,
        national_id_country: danish ? 'DK' : 'NO',
        given_name: GIVEN[i],
        family_name: FAMILY[i],
        birth_date: birthDate,
        address: `${STREETS[i % STREETS.length]} ${i + 3}`,
        postal_code: '9405',
        city: 'Harstad',
        district_id: districtId,
      });
      if (i % 3 === 0) {
        await insert(manager, 'patient_contacts', {
          patient_id: patientId,
          name: `${GIVEN[(i + 5) % 20]} ${FAMILY[i]}`,
          relation: i % 2 === 0 ? 'datter' : 'sønn',
          phone: `+47 9${String(1000000 + i * 7919).slice(0, 7)}`,
          is_next_of_kin: true,
          help_given: 'Handler inn en gang i uka',
        });
      }
    }
    return org;
  });
}

export interface DemoCaseSettings {
  CLARIFICATION_DAYS: number;
  TZ_MUNICIPALITY: string;
}

/**
 * A handful of Nord cases on different days of their period, relative to `now`:
 * fresh, mid-period, at risk, on hold (in hospital), and one overdue.
 */
export async function seedDemoCases(
  dataSource: DataSource,
  settings: DemoCaseSettings,
  now: Date,
): Promise<void> {
  const today = localDateOf(now, settings.TZ_MUNICIPALITY);
  await dataSource.transaction(async (manager) => {
    const [team] = (await manager.query(
      `SELECT t.id FROM assessment_teams t JOIN districts d ON d.id = t.district_id WHERE d.name = 'Nord' AND t.service_area = 'SOMATIC'`,
    )) as { id: string }[];
    const staff = async (email: string) =>
      (
        (await manager.query('SELECT id FROM staff_members WHERE email = $1', [email])) as {
          id: string;
        }[]
      )[0].id;
    const coordinator = await staff('coordinator.nord@demo.local');
    const caseworker = await staff('caseworker.nord@demo.local');
    const patients = (await manager.query(
      `SELECT p.id FROM patients p JOIN districts d ON d.id = p.district_id WHERE d.name = 'Nord' ORDER BY p.family_name LIMIT 6`,
    )) as { id: string }[];
    const plans: { daysAgo: number; holdSince?: number; help: string; urgent?: boolean }[] = [
      { daysAgo: 1, help: 'Trygghetsalarm og hjelp til dusj etter fall i badet', urgent: true },
      { daysAgo: 4, help: 'Hverdagsrehabilitering etter hofteoperasjon' },
      { daysAgo: 8, help: 'Praktisk bistand til innkjøp og rengjøring' },
      { daysAgo: 11, help: 'Hjemmesykepleie: medisinhåndtering' },
      { daysAgo: 6, holdSince: 2, help: 'Vurdering av korttidsopphold; innlagt på UNN' },
      { daysAgo: 17, help: 'Økende hjelpebehov, pårørende slitne' },
    ];
    for (const [i, plan] of plans.entries()) {
      const acceptedOn = addDays(today, -plan.daysAgo);
      const onHoldSince = plan.holdSince === undefined ? null : addDays(today, -plan.holdSince);
      const acceptedAt = new Date(now.getTime() - plan.daysAgo * 86_400_000);
      const caseId = await insert(manager, 'assessment_cases', {
        patient_id: patients[i].id,
        team_id: team.id,
        service_area: 'SOMATIC',
        status: onHoldSince ? 'ON_HOLD' : 'ACTIVE',
        coordinator_id: coordinator,
        accepted_at: acceptedAt,
        accepted_on: acceptedOn,
        clarification_days: settings.CLARIFICATION_DAYS,
        deadline_date: addDays(acceptedOn, settings.CLARIFICATION_DAYS),
        on_hold_since: onHoldSince,
      });
      await insert(manager, 'referrals', {
        patient_id: patients[i].id,
        team_id: team.id,
        source: i % 2 === 0 ? 'HOSPITAL_DISCHARGE' : 'RELATIVE',
        channel: i % 2 === 0 ? 'DIGITAL' : 'PHONE',
        received_at: new Date(acceptedAt.getTime() - 86_400_000),
        description: plan.help,
        help_requested: plan.help,
        urgency: plan.urgent ? 'URGENT' : 'NORMAL',
        status: 'ACCEPTED',
        case_id: caseId,
        triaged_at: acceptedAt,
        triaged_by: coordinator,
        registered_by: caseworker,
      });
      await insert(manager, 'case_history', {
        case_id: caseId,
        action: 'ACCEPTED',
        to_status: 'ACTIVE',
        actor_id: coordinator,
        occurred_at: acceptedAt,
      });
      if (onHoldSince) {
        await insert(manager, 'case_holds', {
          case_id: caseId,
          from_date: onHoldSince,
          reason: 'Innlagt på sykehus',
          started_by: coordinator,
        });
        await insert(manager, 'case_history', {
          case_id: caseId,
          action: 'HOLD',
          from_status: 'ACTIVE',
          to_status: 'ON_HOLD',
          reason: 'Innlagt på sykehus',
          actor_id: coordinator,
          occurred_at: new Date(now.getTime() - (plan.holdSince ?? 0) * 86_400_000),
        });
      }
    }
  });
}

/**
 * The demo's pilot (issue 16, docs/models.md): Nord runs Harstad's defaults, Sør switches on
 * one entry and coordination levels (Billund), tariff categories (Syddjurs) and delegated
 * adjustment (Kolding) as district overrides. Sør's cases opened from now on take them.
 */
export async function seedDemoPilotSettings(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `INSERT INTO district_settings
       (district_id, single_entry, coordination_levels, tariff_categories, delegated_adjustment)
     SELECT id, true, true, true, true FROM districts WHERE name = 'Sør'
     ON CONFLICT (district_id) DO NOTHING`,
  );
}

/** Seeds only an empty database (no districts yet): the organisation, persons and cases. */
export async function seedDemoIfEmpty(
  dataSource: DataSource,
  config: { MUNICIPALITY_LANGUAGE: 'nb' | 'da' } & DemoCaseSettings,
  now: Date,
): Promise<boolean> {
  const [{ n }] = (await dataSource.query('SELECT count(*)::int AS n FROM districts')) as {
    n: number;
  }[];
  if (n > 0) return false;
  await seedDemo(dataSource, config);
  await seedDemoPilotSettings(dataSource);
  await seedDemoCases(dataSource, config, now);
  await seedDemoAdjustment(dataSource, config, now);
  await seedDemoTariff(dataSource, config, now);
  await seedDemoSingleEntry(dataSource, config, now);
  await seedDemoCoordination(dataSource, config, now);
  return true;
}
