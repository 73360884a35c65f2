import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { addDays, localDateOf } from 'src/modules/cases/clarification-period';
import { nextSyntheticFodselsnummer } from 'src/modules/identity/national-id';

// Raw SQL, as the rest of the demo seed (see demo-seed.ts).

/** The settings a Sør case opens with in the demo (its district's pilot overrides). */
function sorSettings(clarificationDays: number): Record<string, unknown> {
  return {
    clarificationDays,
    singleEntry: true,
    coordinationLevels: true,
    level2MinProfessions: 2,
    level3RequiresMeeting: true,
    tariffCategories: true,
    delegatedAdjustment: true,
  };
}

const TEXTS = {
  nb: {
    people: [
      ['Sigrid', 'Nordmo', 'Hjelp til stell morgen og kveld'],
      ['Jon', 'Elvebakken', 'Rehabilitering etter hjerneslag; bor med kona'],
      [
        'Eli',
        'Fjellheim',
        'Sammensatte behov: demens, diabetes, datter bor langt unna, fastlege bekymret',
      ],
    ],
    levelReason: 'Flere tjenester og pårørende involvert; fastlegen må delta',
    meeting:
      'Koordineringsmøte hjemme hos Eli. Avtalt felles mål om å bo hjemme, tilsyn morgen og kveld, og oppfølging av blodsukker med fastlegen.',
    relative: 'datter',
    doctor: 'fastlege',
    homeCare: 'hjemmesykepleien',
    accepted: 'Henvendelsen er tatt imot og vurderingsforløpet startet.',
  },
  da: {
    people: [
      ['Sigrid', 'Nørgaard', 'Hjælp til personlig pleje morgen og aften'],
      ['Jon', 'Bækgaard', 'Genoptræning efter apopleksi; bor med sin kone'],
      [
        'Eli',
        'Fjeldsted',
        'Sammensatte behov: demens, diabetes, datteren bor langt væk, egen læge bekymret',
      ],
    ],
    levelReason: 'Flere ydelser og pårørende involveret; egen læge skal deltage',
    meeting:
      'Koordinerende møde i Elis hjem. Aftalt fælles mål om at bo hjemme, tilsyn morgen og aften, og opfølgning på blodsukker med egen læge.',
    relative: 'datter',
    doctor: 'egen læge',
    homeCare: 'hjemmeplejen',
    accepted: 'Henvendelsen er modtaget og afklaringsforløbet startet.',
  },
} as const;

async function insert(
  manager: EntityManager,
  table: string,
  row: Record<string, unknown>,
): Promise<string> {
  const columns = Object.keys(row);
  const rows = (await manager.query(
    `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')})
     VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING *`,
    Object.values(row).map((v) =>
      v !== null && typeof v === 'object' && !(v instanceof Date) ? JSON.stringify(v) : v,
    ),
  )) as { id?: string; root_id?: string }[];
  return rows[0].id ?? rows[0].root_id ?? '';
}

/**
 * Billund's coordination levels in the demo (docs/models.md): three Sør cases at levels 1, 2
 * and 3; the level-3 case changed from 2 with a reason, with a coordination meeting in its
 * journal (the person, her daughter, the GP), and its person followed by Sør's caseworker as
 * her coordinating caseworker.
 */
export async function seedDemoCoordination(
  dataSource: DataSource,
  config: {
    MUNICIPALITY_LANGUAGE: 'nb' | 'da';
    CLARIFICATION_DAYS: number;
    TZ_MUNICIPALITY: string;
  },
  now: Date,
): Promise<void> {
  const language = config.MUNICIPALITY_LANGUAGE;
  const text = TEXTS[language];
  const danish = language === 'da';
  const today = localDateOf(now, config.TZ_MUNICIPALITY);
  await dataSource.transaction(async (manager) => {
    const [{ district, team }] = (await manager.query(
      `SELECT d.id AS district, t.id AS team FROM assessment_teams t JOIN districts d ON d.id = t.district_id
        WHERE d.name = 'Sør' AND t.service_area = 'SOMATIC'`,
    )) as { district: string; team: string }[];
    const staff = async (email: string) =>
      (
        (await manager.query('SELECT id, profession FROM staff_members WHERE email = $1', [
          email,
        ])) as { id: string; profession: string }[]
      )[0];
    const coordinator = await staff('coordinator.sor@demo.local');
    const caseworker = await staff('caseworker.sor@demo.local');
    const nurse = await staff('nurse.sor@demo.local');

    const plans = [
      { level: 1, daysAgo: 3 },
      { level: 2, daysAgo: 6 },
      { level: 3, daysAgo: 9, from: 2 },
    ];
    for (const [i, plan] of plans.entries()) {
      const [given, family, help] = text.people[i];
      const birthDate = `194${i + 1}-0${i + 3}-1${i + 2}`;
      const patientId = await insert(manager, 'patients', {
        national_id: danish
          ? `1${i + 2}0${i + 3}4${i + 1}${String(2100 + i).padStart(4, '0')}`
          : nextSyntheticFodselsnummer(birthDate, 300 + i).number,
        national_id_country: danish ? 'DK' : 'NO',
        given_name: given,
        family_name: family,
        birth_date: birthDate,
        address: `Sørveien ${12 + i}`,
        postal_code: '9411',
        city: 'Harstad',
        district_id: district,
        coordinating_caseworker_id: plan.level === 3 ? caseworker.id : null,
      });
      if (plan.level === 3)
        await insert(manager, 'patient_contacts', {
          patient_id: patientId,
          name: `Anne ${family}`,
          relation: text.relative,
          phone: '+47 91234567',
          is_next_of_kin: true,
          help_given: null,
        });
      const acceptedOn = addDays(today, -plan.daysAgo);
      const acceptedAt = new Date(now.getTime() - plan.daysAgo * 86_400_000);
      const caseId = await insert(manager, 'assessment_cases', {
        patient_id: patientId,
        team_id: team,
        service_area: 'SOMATIC',
        status: 'ACTIVE',
        coordinator_id: coordinator.id,
        accepted_at: acceptedAt,
        accepted_on: acceptedOn,
        clarification_days: config.CLARIFICATION_DAYS,
        deadline_date: addDays(acceptedOn, config.CLARIFICATION_DAYS),
        settings: sorSettings(config.CLARIFICATION_DAYS),
        coordination_level: plan.level,
      });
      await insert(manager, 'referrals', {
        patient_id: patientId,
        team_id: team,
        source: 'GP',
        channel: 'DIGITAL',
        received_at: new Date(acceptedAt.getTime() - 86_400_000),
        description: help,
        help_requested: help,
        urgency: 'NORMAL',
        status: 'ACCEPTED',
        case_id: caseId,
        triaged_at: acceptedAt,
        triaged_by: coordinator.id,
        registered_by: caseworker.id,
      });
      await insert(manager, 'case_history', {
        case_id: caseId,
        action: 'ACCEPTED',
        to_status: 'ACTIVE',
        actor_id: coordinator.id,
        occurred_at: acceptedAt,
      });
      const kase = { caseId, patientId, team };
      await journal(manager, kase, coordinator, 'EVENT', text.accepted, acceptedAt, language);
      if (plan.from) {
        const changedAt = new Date(acceptedAt.getTime() + 2 * 86_400_000);
        await insert(manager, 'case_history', {
          case_id: caseId,
          action: 'SET_COORDINATION_LEVEL',
          from_status: 'ACTIVE',
          to_status: 'ACTIVE',
          reason: text.levelReason,
          actor_id: coordinator.id,
          occurred_at: changedAt,
        });
        await journal(
          manager,
          kase,
          coordinator,
          'EVENT',
          danish
            ? `Koordineringsniveau ændret fra ${plan.from} til ${plan.level}: ${text.levelReason}`
            : `Koordineringsnivå endret fra ${plan.from} til ${plan.level}: ${text.levelReason}`,
          changedAt,
          language,
        );
        await journal(
          manager,
          kase,
          nurse,
          'COORDINATION_MEETING',
          text.meeting,
          new Date(acceptedAt.getTime() + 4 * 86_400_000),
          language,
          [
            { kind: 'PERSON', role: null, name: null },
            { kind: 'RELATIVE', role: text.relative, name: `Anne ${family}` },
            { kind: 'EXTERNAL', role: text.doctor, name: null },
            { kind: 'EXTERNAL', role: text.homeCare, name: null },
          ],
        );
      }
    }
  });
}

/** One journal entry (its first version) and its head. */
async function journal(
  manager: EntityManager,
  kase: { caseId: string; patientId: string; team: string },
  author: { id: string; profession: string },
  kind: string,
  text: string,
  writtenAt: Date,
  language: 'nb' | 'da',
  participants: Record<string, unknown>[] | null = null,
): Promise<void> {
  const id = randomUUID();
  await insert(manager, 'journal_entries', {
    id,
    case_id: kase.caseId,
    patient_id: kase.patientId,
    team_id: kase.team,
    root_id: id,
    version: 1,
    kind,
    text,
    author_id: author.id,
    author_profession: author.profession,
    written_at: writtenAt,
    ts_config: language === 'da' ? 'danish' : 'norwegian',
    participants,
  });
  await insert(manager, 'journal_heads', {
    root_id: id,
    case_id: kase.caseId,
    latest_id: id,
    version: 1,
    original_written_at: writtenAt,
  });
}
