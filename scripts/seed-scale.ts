import 'reflect-metadata';
import { existsSync, statfsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import { Client, Pool, type PoolClient } from 'pg';
import { migrateDatabase } from 'src/database/migrate';
import { addDays, daysBetween, localDateOf } from 'src/modules/cases/clarification-period';
import { nextSyntheticFodselsnummer } from 'src/modules/identity/national-id';
import { CopyWriter, type CopyValue } from './scale/copy-writer';
import { decisionText, eventText, handoverText, journalText } from './scale/journal-text';
import { Prng } from './scale/prng';

/**
 * `npm run seed:scale -- --patients 100000`: a large municipality of synthetic data for
 * the benchmarks (docs/performance.md). Everything scales with --patients; the same
 * --seed gives the same data. Loads with COPY, through the real constraints and
 * triggers (the journal's search trigger, the one-open-case-per-patient index).
 */

const USAGE = `usage: npm run seed:scale -- [--patients 100000] [--seed 8] [--jobs 2] [--reset]
                            [--database-url postgres://postgres@127.0.0.1:5432/kartlegg_scale]`;

const TZ = 'Europe/Oslo';
const CLARIFICATION_DAYS = 14;
const DISTRICTS = [
  'Sentrum',
  'Nord',
  'Sør',
  'Øst',
  'Vest',
  'Havna',
  'Fjellet',
  'Elvedalen',
  'Strandbyen',
  'Skogly',
];
/** Staff of each district's team: [email prefix, profession, title, how many]. */
const TEAM_STAFF: [string, string, string, number][] = [
  ['coordinator', 'COORDINATOR', 'Koordinator', 6],
  ['nurse', 'NURSE', 'Sykepleier', 8],
  ['educator', 'SOCIAL_EDUCATOR', 'Vernepleier', 3],
  ['physio', 'PHYSIOTHERAPIST', 'Fysioterapeut', 3],
  ['ot', 'OCCUPATIONAL_THERAPIST', 'Ergoterapeut', 3],
  ['caseworker', 'CASEWORKER', 'Saksbehandler', 3],
  ['leader', 'LEADER', 'Leder', 1],
];
const GIVEN =
  `Astrid Ole Ingrid Kåre Solveig Arne Randi Bjørn Gerd Odd Liv Einar Marit Terje Berit Svein Aud
  Harald Turid Nils Kari Per Anne Jan Inger Knut Eva Rolf Gunn Tor Bjørg Leif Reidun Egil Sigrid Olav Ragnhild
  Finn Johanne Håkon Margit Sverre Elin Geir Hilde Trond Åse Steinar Wenche Jon Torill Magne Mona Kjell Grete
  Roar Tove Arvid Laila Øystein Unni`
    .split(/\s+/)
    .filter(Boolean);
const FAMILY =
  `Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen
  Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen Henriksen Lund
  Sørensen Jakobsen Moen Gundersen Iversen Strand Solberg Svendsen Eide Knutsen Martinsen Paulsen Bakken Kristoffersen
  Mathisen Lie Amundsen Nguyen Rasmussen Ali Lunde Solheim Berge Moe Nygård Bakke Kristensen Fredriksen Holm
  Lien Hauge Christensen Andresen Nielsen Knudsen Evensen`
    .split(/\s+/)
    .filter(Boolean);
const STREETS =
  `Storgata Strandgata Fjordveien Kongens_gate Skolegata Kirkegata Havnegata Bakkeveien Åsveien
  Fjellveien Elveveien Skogveien Solbakken Granlia Bjørkeveien Furuveien Sjøgata Torget Prestegårdsveien Lyngveien`
    .split(/\s+/)
    .filter(Boolean)
    .map((s) => s.replace('_', ' '));
const LEVELS = [
  'SELF_MASTERY',
  'NETWORK',
  'VOLUNTARY',
  'WELFARE_TECHNOLOGY',
  'LOW_THRESHOLD',
  'EVERYDAY_REHABILITATION',
  'PRACTICAL_ASSISTANCE',
  'HOME_NURSING',
  'SHORT_TERM_STAY',
  'LONG_TERM_CARE',
] as const;
type Level = (typeof LEVELS)[number];
const USER_KINDS: [string, number][] = [
  ['NOTE', 30],
  ['HOME_VISIT', 20],
  ['PHONE_CALL', 20],
  ['MEETING', 8],
  ['FINDING', 12],
  ['INTERIM_SERVICE', 3],
];
/** Journal reads audited per journal entry written (the rest of the audit trail is writes). */
const AUDIT_READS_PER_ENTRY = 0.3;

interface Options {
  patients: number;
  seed: number;
  jobs: number;
  reset: boolean;
  url: string;
}

interface Staff {
  id: string;
  email: string;
  name: string;
  profession: string;
  teamIndex: number | null;
  unitIndex: number | null;
}

interface Team {
  id: string;
  districtId: string;
  unitId: string;
  coordinators: Staff[];
  clinicians: Staff[];
  caseworkers: Staff[];
  homeCare: Staff[];
}

type Status = 'ACTIVE' | 'ON_HOLD' | 'DECIDED' | 'HANDED_OVER' | 'CLOSED' | 'CANCELLED';

interface Case {
  id: string;
  index: number;
  patientId: string;
  team: Team;
  status: Status;
  coordinator: Staff;
  acceptedOn: string;
  acceptedAt: Date;
  extensionDays: number;
  holdDays: number;
  onHoldSince: string | null;
  decidedOn: string | null;
  /** Handover, closure or cancellation instant; null while open. */
  endedAt: Date | null;
  handedOver: boolean;
  goalPlanAgreed: boolean;
  /** How many journal entries (originals) to write. */
  journalCount: number;
  /** From the assessments: the lowest suggested step (index in LEVELS), null without one. */
  lowestLevel: number | null;
  /** From the assessments: variables scored 2–5 (a need for help), what goals are set on. */
  needs: Map<string, number> | null;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      patients: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '8' },
      jobs: { type: 'string', default: '2' },
      reset: { type: 'boolean', default: false },
      'database-url': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const patients = Number(values.patients);
  const seed = Number(values.seed);
  const jobs = Number(values.jobs);
  if (!Number.isInteger(patients) || patients < 1000 || patients > 2_000_000)
    fail('--patients must be an integer from 1000 to 2000000');
  if (!Number.isInteger(seed)) fail('--seed must be an integer');
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 8) fail('--jobs must be 1–8');
  return {
    patients,
    seed,
    jobs,
    reset: values.reset,
    url:
      values['database-url'] ??
      process.env.DATABASE_URL ??
      'postgres://postgres@127.0.0.1:5432/kartlegg_scale',
  };
}

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

/** UTC instant at a local working hour: 07–14 UTC is the same local day in Oslo all year. */
function atWorkingHour(r: Prng, date: string, minHourUtc = 6, maxHourUtc = 14): Date {
  const ms = Date.parse(`${date}T00:00:00Z`) + r.int(minHourUtc * 60, maxHourUtc * 60) * 60_000;
  return new Date(ms + r.int(0, 59) * 1000);
}

async function prepareDatabase(options: Options): Promise<void> {
  const target = new URL(options.url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(options.url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]))
      .rowCount;
    if (exists && options.reset) {
      await client.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    }
    if (!exists || options.reset) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  await migrateDatabase(options.url);
  const check = new Client({ connectionString: options.url });
  await check.connect();
  try {
    const { rows } = await check.query<{ n: number }>('SELECT count(*)::int AS n FROM districts');
    if (rows[0].n > 0) {
      fail(
        `${name} already holds data (append-only tables cannot be emptied): use --reset to recreate it`,
      );
    }
  } finally {
    await check.end();
  }
}

class Phases {
  private readonly bars: MultiBar;
  readonly times: [string, number][] = [];
  constructor() {
    this.bars = new MultiBar(
      {
        format:
          ' {phase} [{bar}] {percentage}% | {value}/{total} | {duration_formatted} | eta {eta_formatted}',
        hideCursor: true,
        noTTYOutput: true,
        notTTYSchedule: 15_000,
        clearOnComplete: false,
        fps: 5,
      },
      Presets.shades_classic,
    );
  }
  async run<T>(phase: string, total: number, work: (bar: SingleBar) => Promise<T>): Promise<T> {
    const bar = this.bars.create(Math.max(total, 1), 0, { phase: phase.padEnd(22) });
    const started = performance.now();
    const result = await work(bar);
    bar.update(Math.max(total, 1));
    this.times.push([phase, (performance.now() - started) / 1000]);
    return result;
  }
  stop(): void {
    this.bars.stop();
  }
}

/** Multi-row INSERT for the small organisation tables. */
async function insertRows(
  client: PoolClient,
  table: string,
  columns: string[],
  rows: CopyValue[][],
): Promise<void> {
  const writer = new CopyWriter(client, table, columns);
  for (const row of rows) writer.row(row);
  await writer.close();
}

async function seedOrganisation(
  client: PoolClient,
  r: Prng,
): Promise<{ teams: Team[]; staff: Staff[] }> {
  const staff: Staff[] = [];
  const teams: Team[] = [];
  const districtRows: CopyValue[][] = [];
  const teamRows: CopyValue[][] = [];
  const unitRows: CopyValue[][] = [];
  const teamMemberships: CopyValue[][] = [];
  const unitMemberships: CopyValue[][] = [];
  const person = (
    email: string,
    title: string,
    profession: string,
    team: number | null,
    unit: number | null,
  ) => {
    const s: Staff = {
      id: r.uuid(),
      email,
      name: `${title} ${r.pick(GIVEN)} ${r.pick(FAMILY)}`,
      profession,
      teamIndex: team,
      unitIndex: unit,
    };
    staff.push(s);
    return s;
  };
  for (const [i, district] of DISTRICTS.entries()) {
    const code = `d${String(i + 1).padStart(2, '0')}`;
    const districtId = r.uuid();
    const team: Team = {
      id: r.uuid(),
      districtId,
      unitId: r.uuid(),
      coordinators: [],
      clinicians: [],
      caseworkers: [],
      homeCare: [],
    };
    districtRows.push([districtId, district]);
    teamRows.push([team.id, `Vurderingsteam ${district}`, 'SOMATIC', districtId]);
    unitRows.push([team.unitId, `Hjemmetjenesten ${district}`, 'HOME_CARE', districtId]);
    for (const [prefix, profession, title, count] of TEAM_STAFF) {
      for (let n = 1; n <= count; n++) {
        const email = `${prefix}${n === 1 ? '' : n}.${code}@scale.local`;
        const s = person(email, title, profession, i, null);
        teamMemberships.push([r.uuid(), s.id, team.id]);
        if (profession === 'COORDINATOR') team.coordinators.push(s);
        else if (profession === 'CASEWORKER') team.caseworkers.push(s);
        else if (profession !== 'LEADER') team.clinicians.push(s);
      }
    }
    for (let n = 1; n <= 4; n++) {
      const s = person(
        `homecare${n === 1 ? '' : n}.${code}@scale.local`,
        'Hjemmetjeneste',
        'HOME_CARE',
        null,
        i,
      );
      unitMemberships.push([r.uuid(), s.id, team.unitId]);
      team.homeCare.push(s);
    }
    teams.push(team);
  }
  person('privacy@scale.local', 'Personvernombud', 'PRIVACY_OFFICER', null, null);
  person('admin@scale.local', 'Systemansvarlig', 'ADMIN', null, null);
  await insertRows(client, 'districts', ['id', 'name'], districtRows);
  await insertRows(
    client,
    'assessment_teams',
    ['id', 'name', 'service_area', 'district_id'],
    teamRows,
  );
  await insertRows(client, 'service_units', ['id', 'name', 'kind', 'district_id'], unitRows);
  await insertRows(
    client,
    'staff_members',
    ['id', 'subject', 'email', 'name', 'profession'],
    staff.map((s) => [s.id, s.email, s.email, s.name, s.profession]),
  );
  await insertRows(client, 'team_memberships', ['id', 'staff_id', 'team_id'], teamMemberships);
  await insertRows(client, 'unit_memberships', ['id', 'staff_id', 'unit_id'], unitMemberships);
  return { teams, staff };
}

async function seedPatients(
  client: PoolClient,
  r: Prng,
  teams: Team[],
  count: number,
  bar: SingleBar,
): Promise<string[][]> {
  const byDistrict: string[][] = teams.map(() => []);
  const nextIndividual = new Map<string, number>();
  const patients = new CopyWriter(client, 'patients', [
    'id',
    'national_id',
    'national_id_country',
    'given_name',
    'family_name',
    'birth_date',
    'address',
    'postal_code',
    'city',
    'phone',
    'district_id',
    'created_at',
  ]);
  const contacts = new CopyWriter(client, 'patient_contacts', [
    'id',
    'patient_id',
    'name',
    'relation',
    'phone',
    'is_next_of_kin',
    'help_given',
  ]);
  const created = new Date(Date.UTC(2019, 0, 2, 9));
  for (let i = 0; i < count; i++) {
    const district = i % teams.length;
    // Mostly old people; mental health and rehabilitation bring some younger ones.
    const year = r.chance(0.8) ? r.int(1925, 1960) : r.int(1961, 2004);
    const birthDate = `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
    const { number, individual } = nextSyntheticFodselsnummer(
      birthDate,
      nextIndividual.get(birthDate),
    );
    nextIndividual.set(birthDate, individual + 1);
    const id = r.uuid();
    const family = r.pick(FAMILY);
    byDistrict[district].push(id);
    patients.row([
      id,
      number,
      'NO',
      r.pick(GIVEN),
      family,
      birthDate,
      `${r.pick(STREETS)} ${r.int(1, 140)}${r.chance(0.2) ? r.pick(['A', 'B', 'C']) : ''}`,
      String(9400 + district * 5 + r.int(0, 4)),
      'Storvik',
      r.chance(0.9) ? `+47 ${r.int(40000000, 99999999)}` : null,
      teams[district].districtId,
      created,
    ]);
    if (r.chance(0.45)) {
      contacts.row([
        r.uuid(),
        id,
        `${r.pick(GIVEN)} ${family}`,
        r.pick(['datter', 'sønn', 'ektefelle', 'nabo', 'svigerdatter', 'barnebarn']),
        `+47 ${r.int(40000000, 99999999)}`,
        r.chance(0.8),
        r.chance(0.5)
          ? r.pick(['Handler inn en gang i uka', 'Følger til lege', 'Ringer hver kveld'])
          : null,
      ]);
    }
    if (i % 1000 === 0) bar.update(i);
  }
  await patients.close();
  await contacts.close();
  return byDistrict;
}

function shuffle<T>(r: Prng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** Plans every case (in memory: 150 000 small objects), open ones first per team. */
function planCases(
  r: Prng,
  teams: Team[],
  patientsByDistrict: string[][],
  options: Options,
  now: Date,
): Case[] {
  const today = localDateOf(now, TZ);
  const scale = options.patients / 100_000;
  const casesPerTeam = Math.round((1.5 * options.patients) / teams.length);
  // "A team with 300 open cases": active or on hold, on the dashboard.
  const openPerTeam = Math.max(10, Math.round(300 * scale));
  const decidedPerTeam = Math.max(2, Math.round(openPerTeam * 0.07));
  const journalTarget = 30 * options.patients;
  const cases: Case[] = [];
  let index = 0;
  for (const [t, team] of teams.entries()) {
    const patients = shuffle(r, [...patientsByDistrict[t]]);
    for (let k = 0; k < casesPerTeam; k++) {
      const open = k < openPerTeam + decidedPerTeam;
      // Open cases belong to distinct persons (one open case per person).
      const patientId = open
        ? patients[k]
        : patients[r.int(openPerTeam + decidedPerTeam, patients.length - 1)];
      const c: Case = {
        id: r.uuid(),
        index: index++,
        patientId,
        team,
        status: 'CLOSED',
        coordinator: r.pick(team.coordinators),
        acceptedOn: today,
        acceptedAt: new Date(),
        extensionDays: r.chance(0.15) ? r.int(3, 14) : 0,
        holdDays: 0,
        onHoldSince: null,
        decidedOn: null,
        endedAt: null,
        handedOver: false,
        goalPlanAgreed: false,
        journalCount: 0,
        lowestLevel: null,
        needs: null,
      };
      if (k < openPerTeam) {
        const elapsed = r.int(0, 20);
        c.acceptedOn = addDays(today, -elapsed);
        c.status = r.chance(0.1) && elapsed > 0 ? 'ON_HOLD' : 'ACTIVE';
        if (c.status === 'ON_HOLD') c.onHoldSince = addDays(c.acceptedOn, r.int(0, elapsed));
        c.goalPlanAgreed = r.chance(0.4);
        c.journalCount = 2 + Math.round(elapsed * (0.8 + r.next()));
      } else if (open) {
        const elapsed = r.int(8, 25);
        c.acceptedOn = addDays(today, -elapsed);
        c.decidedOn = addDays(c.acceptedOn, r.int(5, Math.min(14, elapsed)));
        c.status = r.chance(0.5) ? 'DECIDED' : 'HANDED_OVER';
        c.handedOver = c.status === 'HANDED_OVER';
        c.goalPlanAgreed = true;
        c.journalCount = 6 + Math.round(elapsed * (0.8 + r.next()));
      } else {
        c.acceptedOn = addDays(today, -r.int(40, 5 * 365));
        c.holdDays = r.chance(0.1) ? r.int(1, 10) : 0;
        if (r.chance(0.12)) {
          c.status = 'CANCELLED';
          c.endedAt = atWorkingHour(r, addDays(c.acceptedOn, r.int(1, 14)));
        } else {
          c.status = 'CLOSED';
          c.decidedOn = addDays(c.acceptedOn, r.int(5, 14 + c.extensionDays + c.holdDays));
          c.handedOver = r.chance(0.85);
          c.goalPlanAgreed = r.chance(0.9);
          c.endedAt = atWorkingHour(r, addDays(c.decidedOn, c.handedOver ? r.int(1, 6) : 0));
        }
        // 1 % complex, long-running cases; the rest drawn to reach the journal target.
        c.journalCount = r.chance(0.01) ? r.int(100, 320) : 0;
      }
      c.acceptedAt = atWorkingHour(r, c.acceptedOn);
      // A case accepted today was accepted before now.
      if (c.acceptedAt > now) c.acceptedAt = new Date(now.getTime() - r.int(1, 60) * 60_000);
      cases.push(c);
    }
  }
  // Spread the rest of the 30-per-person journal target over ordinary closed cases.
  const fixed = cases.reduce((sum, c) => sum + c.journalCount, 0);
  const ordinary = cases.filter((c) => c.journalCount === 0);
  const mean = Math.max(4, (journalTarget - fixed) / Math.max(ordinary.length, 1));
  // 3 + spread·U₁·U₂: mean 3 + spread/4, a long tail of busy cases.
  const spread = 4 * (mean - 3);
  for (const c of ordinary) c.journalCount = 3 + Math.floor(r.next() * r.next() * spread);
  return cases;
}

const CASE_COLUMNS = [
  'id',
  'patient_id',
  'team_id',
  'service_area',
  'status',
  'coordinator_id',
  'accepted_at',
  'accepted_on',
  'clarification_days',
  'extension_days',
  'hold_days',
  'deadline_date',
  'on_hold_since',
  'decided_on',
  'goal_plan_agreed',
  'cancel_reason',
  'created_at',
  'updated_at',
];

/** Cases and their records: referrals, history, holds, extensions, members, interim services. */
async function seedCases(
  client: PoolClient,
  r: Prng,
  cases: Case[],
  teams: Team[],
  patientsByDistrict: string[][],
  today: string,
  bar: SingleBar,
): Promise<void> {
  const caseWriter = new CopyWriter(client, 'assessment_cases', CASE_COLUMNS);
  const referrals = new CopyWriter(client, 'referrals', [
    'id',
    'patient_id',
    'team_id',
    'source',
    'channel',
    'received_at',
    'description',
    'help_requested',
    'urgency',
    'requested_level',
    'status',
    'case_id',
    'rejection_reason',
    'redirected_to',
    'redirect_reason',
    'triaged_at',
    'triaged_by',
    'registered_by',
    'created_at',
  ]);
  const history = new CopyWriter(client, 'case_history', [
    'id',
    'case_id',
    'action',
    'from_status',
    'to_status',
    'reason',
    'actor_id',
    'occurred_at',
  ]);
  const holds = new CopyWriter(client, 'case_holds', [
    'id',
    'case_id',
    'from_date',
    'until_date',
    'reason',
    'started_by',
  ]);
  const extensions = new CopyWriter(client, 'deadline_extensions', [
    'id',
    'case_id',
    'days',
    'reason',
    'extended_by',
    'created_at',
  ]);
  const members = new CopyWriter(client, 'case_members', [
    'id',
    'case_id',
    'staff_id',
    'role',
    'assigned_by',
    'created_at',
  ]);
  const interim = new CopyWriter(client, 'interim_services', [
    'id',
    'case_id',
    'kind',
    'description',
    'frequency',
    'from_date',
    'to_date',
    'responsible',
    'recorded_by',
    'created_at',
  ]);
  const HELP = [
    'Trygghetsalarm og hjelp til dusj etter fall i badet',
    'Hverdagsrehabilitering etter hofteoperasjon',
    'Praktisk bistand til innkjøp og rengjøring',
    'Hjemmesykepleie: medisinhåndtering',
    'Vurdering av korttidsopphold',
    'Økende hjelpebehov, pårørende slitne',
    'Oppfølging etter utskrivning fra sykehus',
    'Psykisk helsehjelp og struktur i hverdagen',
  ];
  for (const c of cases) {
    const caseworker = r.pick(c.team.caseworkers);
    const deadline = addDays(c.acceptedOn, CLARIFICATION_DAYS + c.extensionDays + c.holdDays);
    const history3 = (
      action: string,
      from: Status | null,
      to: Status,
      at: Date,
      reason: string | null = null,
    ) =>
      history.row([
        r.uuid(),
        c.id,
        action,
        from,
        to,
        reason,
        c.coordinator.id,
        new Date(Math.min(at.getTime(), Date.now())),
      ]);
    caseWriter.row([
      c.id,
      c.patientId,
      c.team.id,
      'SOMATIC',
      c.status,
      c.coordinator.id,
      c.acceptedAt,
      c.acceptedOn,
      CLARIFICATION_DAYS,
      c.extensionDays,
      c.holdDays,
      deadline,
      c.onHoldSince,
      c.decidedOn,
      c.goalPlanAgreed,
      c.status === 'CANCELLED'
        ? r.pick(['Flyttet til annen kommune', 'Døde', 'Trakk søknaden'])
        : null,
      c.acceptedAt,
      c.endedAt ?? c.acceptedAt,
    ]);
    const help = r.pick(HELP);
    const received = new Date(c.acceptedAt.getTime() - r.int(1, 72) * 3_600_000);
    referrals.row([
      r.uuid(),
      c.patientId,
      c.team.id,
      r.pick(['SELF', 'RELATIVE', 'GP', 'HOSPITAL_DISCHARGE', 'HOME_CARE', 'OTHER']),
      r.pick(['PHONE', 'LETTER', 'DIGITAL', 'MEETING']),
      received,
      help,
      help,
      r.chance(0.1) ? 'URGENT' : 'NORMAL',
      r.chance(0.5) ? r.pick(LEVELS) : null,
      'ACCEPTED',
      c.id,
      null,
      null,
      null,
      c.acceptedAt,
      caseworker.id,
      caseworker.id,
      received,
    ]);
    history3('ACCEPTED', null, 'ACTIVE', c.acceptedAt);
    const day = (date: string) => atWorkingHour(r, date);
    if (c.extensionDays > 0) {
      const at = day(
        addDays(c.acceptedOn, Math.min(9, daysBetween(c.acceptedOn, c.decidedOn ?? today))),
      );
      extensions.row([
        r.uuid(),
        c.id,
        c.extensionDays,
        'Behov for mer kartlegging',
        c.coordinator.id,
        at,
      ]);
      history3('EXTEND', 'ACTIVE', 'ACTIVE', at, 'Behov for mer kartlegging');
    }
    if (c.holdDays > 0) {
      const from = addDays(c.acceptedOn, 2);
      holds.row([
        r.uuid(),
        c.id,
        from,
        addDays(from, c.holdDays),
        'Innlagt på sykehus',
        c.coordinator.id,
      ]);
      history3('HOLD', 'ACTIVE', 'ON_HOLD', day(from), 'Innlagt på sykehus');
      history3('RESUME', 'ON_HOLD', 'ACTIVE', day(addDays(from, c.holdDays)));
    }
    if (c.onHoldSince) {
      holds.row([r.uuid(), c.id, c.onHoldSince, null, 'Innlagt på sykehus', c.coordinator.id]);
      history3('HOLD', 'ACTIVE', 'ON_HOLD', day(c.onHoldSince), 'Innlagt på sykehus');
    }
    if (c.decidedOn) {
      history3('DECIDE', 'ACTIVE', 'DECIDED', day(c.decidedOn));
      if (c.handedOver) history3('HAND_OVER', 'DECIDED', 'HANDED_OVER', day(c.decidedOn));
      if (c.status === 'CLOSED')
        history3(
          c.handedOver ? 'ACKNOWLEDGE_HANDOVER' : 'CLOSE',
          c.handedOver ? 'HANDED_OVER' : 'DECIDED',
          'CLOSED',
          c.endedAt as Date,
        );
    }
    if (c.status === 'CANCELLED')
      history3('CANCEL', 'ACTIVE', 'CANCELLED', c.endedAt as Date, 'Avsluttet');
    if (r.chance(0.3)) {
      const assigned = new Set<string>();
      for (let m = r.int(1, 2); m > 0; m--) {
        const s = r.pick(c.team.clinicians);
        if (assigned.has(s.id)) continue;
        assigned.add(s.id);
        members.row([
          r.uuid(),
          c.id,
          s.id,
          r.pick(['PRIMARY_CONTACT', 'ASSESSOR']),
          c.coordinator.id,
          c.acceptedAt,
        ]);
      }
    }
    if (r.chance(0.15)) {
      interim.row([
        r.uuid(),
        c.id,
        r.pick([
          'HOME_NURSING',
          'PERSONAL_CARE',
          'PRACTICAL_ASSISTANCE',
          'SAFETY_ALARM',
          'MEALS',
          'AIDS',
        ]),
        'Midlertidig hjelp i vurderingsperioden',
        r.pick(['Daglig', 'Morgen og kveld', 'To ganger i uka']),
        c.acceptedOn,
        c.decidedOn,
        'Hjemmetjenesten',
        c.coordinator.id,
        c.acceptedAt,
      ]);
    }
    if (c.index % 2000 === 0) bar.update(c.index);
  }
  // Referrals without a case: rejected, redirected, and the intake queue of today.
  const extra = Math.round(cases.length * 0.08);
  for (let i = 0; i < extra + teams.length * 20; i++) {
    const t = i % teams.length;
    const team = teams[t];
    const caseworker = r.pick(team.caseworkers);
    const queue = i >= extra;
    const received = queue
      ? new Date(Date.now() - r.int(1, 96) * 3_600_000)
      : atWorkingHour(r, addDays(localDateOf(new Date(), TZ), -r.int(1, 1800)));
    const status = queue ? 'RECEIVED' : r.chance(0.6) ? 'REJECTED' : 'REDIRECTED';
    const help = r.pick(HELP);
    referrals.row([
      r.uuid(),
      r.pick(patientsByDistrict[t]),
      team.id,
      r.pick(['SELF', 'RELATIVE', 'GP', 'HOSPITAL_DISCHARGE', 'HOME_CARE', 'OTHER']),
      r.pick(['PHONE', 'LETTER', 'DIGITAL', 'MEETING']),
      received,
      help,
      help,
      r.chance(0.1) ? 'URGENT' : 'NORMAL',
      null,
      status,
      null,
      status === 'REJECTED' ? 'Behovet dekkes av eksisterende tjenester' : null,
      status === 'REDIRECTED' ? 'Fastlegen' : null,
      status === 'REDIRECTED' ? 'Medisinsk oppfølging' : null,
      queue ? null : received,
      queue ? null : caseworker.id,
      caseworker.id,
      received,
    ]);
  }
  for (const writer of [caseWriter, referrals, history, holds, extensions, members, interim])
    await writer.close();
}

/** One or two professionals' assessments per case that got that far, with IPLOS scores. */
async function seedAssessments(
  client: PoolClient,
  r: Prng,
  cases: Case[],
  variables: string[],
  bar: SingleBar,
): Promise<void> {
  const assessments = new CopyWriter(client, 'assessments', [
    'id',
    'case_id',
    'patient_id',
    'author_id',
    'author_profession',
    'version',
    'recorded_at',
    'scale',
    'self_mastery',
    'network',
    'voluntary',
    'welfare_technology',
    'low_threshold',
    'what_matters',
    'suggested_level',
  ]);
  const scores = new CopyWriter(client, 'assessment_scores', [
    'id',
    'assessment_id',
    'variable_code',
    'score',
  ]);
  for (const c of cases) {
    if (c.status === 'CANCELLED' || (c.status === 'ACTIVE' && r.chance(0.5))) continue;
    const authors = new Set<Staff>();
    for (let a = r.chance(0.4) ? 2 : 1; a > 0; a--) authors.add(r.pick(c.team.clinicians));
    for (const author of authors) {
      const id = r.uuid();
      const row: CopyValue[] = [
        id,
        c.id,
        c.patientId,
        author.id,
        author.profession,
        1,
        atWorkingHour(r, addDays(c.acceptedOn, r.int(1, 5))),
        'IPLOS',
        journalText(r, 'NOTE'),
        r.chance(0.7) ? journalText(r, 'NOTE') : null,
        r.chance(0.3) ? 'Ønsker besøksvenn fra frivilligsentralen.' : null,
        r.chance(0.5) ? 'Trygghetsalarm og komfyrvakt vurdert.' : null,
        r.chance(0.3) ? 'Trimgruppe på seniorsenteret.' : null,
        journalText(r, 'NOTE'),
        r.pick(LEVELS),
      ];
      assessments.row(row);
      // Kept for the goal plans (no draws: the stream stays as it was).
      const step = LEVELS.indexOf(row[row.length - 1] as Level);
      c.lowestLevel = c.lowestLevel === null ? step : Math.min(c.lowestLevel, step);
      const chosen = shuffle(r, [...variables]).slice(0, r.int(5, 12));
      for (const code of chosen) {
        const score: [string, string, string, number] = [
          r.uuid(),
          id,
          code,
          r.chance(0.05) ? 9 : r.int(1, 5),
        ];
        scores.row(score);
        if (score[3] >= 2 && score[3] <= 5) (c.needs ??= new Map()).set(code, score[3]);
      }
    }
    if (c.index % 2000 === 0) bar.update(c.index);
  }
  await assessments.close();
  await scores.close();
}

/** A measure as a goal template proposes it: who does what, on which step, how often. */
interface MeasureTemplate {
  description: string;
  level: Level;
  /** A profession for STAFF, else RELATIVE, VOLUNTEER or PERSON. */
  by: string;
  frequency: readonly string[];
}

/** A goal in the person's own words, the IPLOS variable it is scored on, and its measures. */
interface GoalTemplate {
  text: string;
  variable: string | null;
  whatMatters: string | null;
  measures: readonly MeasureTemplate[];
}

const WEEKLY = ['En gang i uka', 'To ganger i uka', 'Tre ganger i uka'] as const;
const GOAL_TEMPLATES: readonly GoalTemplate[] = [
  {
    text: 'Klare å dusje selv',
    variable: 'IPLOS_PERSONLIG_HYGIENE',
    whatMatters: 'Å slippe å be om hjelp på badet',
    measures: [
      {
        description: 'Ergoterapeut øver dusjing med dusjkrakk og håndtak på badet',
        level: 'EVERYDAY_REHABILITATION',
        by: 'OCCUPATIONAL_THERAPIST',
        frequency: WEEKLY,
      },
      {
        description: 'Hjemmesykepleien er til stede ved dusj til det går trygt alene',
        level: 'HOME_NURSING',
        by: 'NURSE',
        frequency: ['En gang i uka', 'To ganger i uka'],
      },
    ],
  },
  {
    text: 'Gå tur til butikken',
    variable: 'IPLOS_BEVEGE_SEG_UTENDOERS',
    whatMatters: 'Å handle selv og treffe folk på butikken',
    measures: [
      {
        description: 'Fysioterapeut trener gange og balanse ute, med rullator',
        level: 'EVERYDAY_REHABILITATION',
        by: 'PHYSIOTHERAPIST',
        frequency: WEEKLY,
      },
      {
        description: 'Turvenn fra frivilligsentralen går sammen til butikken',
        level: 'VOLUNTARY',
        by: 'VOLUNTEER',
        frequency: ['En gang i uka', 'Hver fredag'],
      },
    ],
  },
  {
    text: 'Lage middag selv igjen',
    variable: 'IPLOS_LAGE_MAT',
    whatMatters: 'Maten smaker bedre når jeg lager den selv',
    measures: [
      {
        description: 'Ergoterapeut øver matlaging på komfyren; komfyrvakt montert',
        level: 'EVERYDAY_REHABILITATION',
        by: 'OCCUPATIONAL_THERAPIST',
        frequency: ['To ganger i uka'],
      },
      {
        description: 'Datteren handler inn og lager middag sammen med henne',
        level: 'NETWORK',
        by: 'RELATIVE',
        frequency: ['Hver søndag', 'En gang i uka'],
      },
    ],
  },
  {
    text: 'Komme meg trygt opp og ned trappa',
    variable: 'IPLOS_BEVEGE_SEG_INNENDOERS',
    whatMatters: 'Soverommet er i andre etasje, og der vil jeg sove',
    measures: [
      {
        description: 'Fysioterapeut trener trappegange og styrke i beina',
        level: 'EVERYDAY_REHABILITATION',
        by: 'PHYSIOTHERAPIST',
        frequency: WEEKLY,
      },
      {
        description: 'Trygghetsalarm montert og prøvd; ekstra gelender i trappa',
        level: 'WELFARE_TECHNOLOGY',
        by: 'OCCUPATIONAL_THERAPIST',
        frequency: ['Én gang'],
      },
    ],
  },
  {
    text: 'Ta medisinene mine riktig selv',
    variable: 'IPLOS_IVARETA_EGEN_HELSE',
    whatMatters: null,
    measures: [
      {
        description: 'Elektronisk medisindispenser som varsler når det er tid',
        level: 'WELFARE_TECHNOLOGY',
        by: 'NURSE',
        frequency: ['Daglig'],
      },
      {
        description: 'Hjemmesykepleien legger medisiner i dosett',
        level: 'HOME_NURSING',
        by: 'NURSE',
        frequency: ['En gang i uka', 'Hver fjortende dag'],
      },
    ],
  },
  {
    text: 'Kle på meg selv om morgenen',
    variable: 'IPLOS_AV_OG_PAAKLEDNING',
    whatMatters: null,
    measures: [
      {
        description: 'Øve påkledning med strømpepåtrekker og gripetang',
        level: 'EVERYDAY_REHABILITATION',
        by: 'OCCUPATIONAL_THERAPIST',
        frequency: ['Hver morgen i tre uker'],
      },
      {
        description: 'Øver selv etter treningsprogrammet',
        level: 'SELF_MASTERY',
        by: 'PERSON',
        frequency: ['Daglig'],
      },
    ],
  },
  {
    text: 'Treffe andre folk oftere',
    variable: 'IPLOS_SOSIAL_DELTAKELSE',
    whatMatters: 'Jeg er mye alene etter at kona døde',
    measures: [
      {
        description: 'Besøksvenn fra Røde Kors kommer på kaffe',
        level: 'VOLUNTARY',
        by: 'VOLUNTEER',
        frequency: ['En gang i uka'],
      },
      {
        description: 'Går på trimgruppa på seniorsenteret',
        level: 'LOW_THRESHOLD',
        by: 'PERSON',
        frequency: ['Tirsdager og torsdager'],
      },
    ],
  },
  {
    text: 'Holde huset i orden selv',
    variable: 'IPLOS_ALMINNELIG_HUSARBEID',
    whatMatters: null,
    measures: [
      {
        description: 'Praktisk bistand: rengjøring av bad og kjøkken',
        level: 'PRACTICAL_ASSISTANCE',
        by: 'HOME_CARE',
        frequency: ['Hver fjortende dag'],
      },
      {
        description: 'Sønnen tar støvsuging og bærer ut søppel',
        level: 'NETWORK',
        by: 'RELATIVE',
        frequency: ['En gang i uka'],
      },
    ],
  },
  {
    text: 'Handle mat selv',
    variable: 'IPLOS_SKAFFE_SEG_VARER_OG_TJENESTER',
    whatMatters: null,
    measures: [
      {
        description: 'Lære å bestille varer på nett med nettbrett',
        level: 'WELFARE_TECHNOLOGY',
        by: 'OCCUPATIONAL_THERAPIST',
        frequency: ['To ganger, så ved behov'],
      },
      {
        description: 'Barnebarnet kjører til butikken',
        level: 'NETWORK',
        by: 'RELATIVE',
        frequency: ['Hver lørdag'],
      },
    ],
  },
  {
    text: 'Klare toalettbesøk selv om natta',
    variable: 'IPLOS_TOALETT',
    whatMatters: 'Å sove trygt uten å være redd for å falle',
    measures: [
      {
        description: 'Forhøyet toalettsete, støttehåndtak og nattlys med bevegelsessensor',
        level: 'WELFARE_TECHNOLOGY',
        by: 'OCCUPATIONAL_THERAPIST',
        frequency: ['Én gang'],
      },
      {
        description: 'Tilsyn fra hjemmesykepleien om kvelden',
        level: 'HOME_NURSING',
        by: 'HOME_CARE',
        frequency: ['Hver kveld'],
      },
    ],
  },
  {
    text: 'Spise ordentlige måltider og gå opp i vekt',
    variable: 'IPLOS_SPISE',
    whatMatters: null,
    measures: [
      {
        description: 'Middagslevering fra kommunens kjøkken',
        level: 'PRACTICAL_ASSISTANCE',
        by: 'HOME_CARE',
        frequency: ['Fem dager i uka'],
      },
      {
        description: 'Veiing og samtale om kosthold',
        level: 'HOME_NURSING',
        by: 'NURSE',
        frequency: ['Hver fjortende dag'],
      },
    ],
  },
  {
    text: 'Huske avtalene mine',
    variable: 'IPLOS_HUKOMMELSE',
    whatMatters: null,
    measures: [
      {
        description: 'Digital kalender på veggen med påminnelser',
        level: 'WELFARE_TECHNOLOGY',
        by: 'SOCIAL_EDUCATOR',
        frequency: ['Daglig'],
      },
      {
        description: 'Datteren ringer hver kveld og går gjennom neste dag',
        level: 'NETWORK',
        by: 'RELATIVE',
        frequency: ['Hver kveld'],
      },
    ],
  },
  {
    text: 'Bo hjemme så lenge som mulig',
    variable: null,
    whatMatters: 'Huset og hagen, og naboene jeg kjenner',
    measures: [
      {
        description: 'Avlastningsopphold på sykehjemmet så kona får hvile',
        level: 'SHORT_TERM_STAY',
        by: 'NURSE',
        frequency: ['En uke hver sjette uke'],
      },
      {
        description: 'Tilsyn morgen og kveld fra hjemmesykepleien',
        level: 'HOME_NURSING',
        by: 'HOME_CARE',
        frequency: ['Morgen og kveld'],
      },
    ],
  },
];
const JUSTIFICATIONS = [
  'Lavere trinn er prøvd uten å dekke behovet.',
  'Nettverket kan ikke bidra nok i denne perioden.',
  'Fallrisikoen gjør at egentrening alene ikke er forsvarlig.',
];
const RELATIVES = ['datter', 'sønn', 'ektefelle', 'svigerdatter', 'barnebarn'];
const VOLUNTEERS = ['Frivilligsentralen', 'Røde Kors besøkstjeneste', 'Nasjonalforeningen'];
const OUTCOMES: [GoalOutcome, number][] = [
  ['ACHIEVED', 45],
  ['PARTLY_ACHIEVED', 35],
  ['NOT_ACHIEVED', 20],
];
type GoalOutcome = 'ACHIEVED' | 'PARTLY_ACHIEVED' | 'NOT_ACHIEVED';
const EVALUATIONS: Record<GoalOutcome, readonly string[]> = {
  ACHIEVED: [
    'Målet er nådd: klarer dette selv nå og er godt fornøyd.',
    'Nådd. Trenger ikke lenger hjelp til dette.',
  ],
  PARTLY_ACHIEVED: [
    'Delvis nådd: klarer det på gode dager, trenger fortsatt litt hjelp.',
    'Bedre enn ved oppstart, men ikke helt i mål. Tiltaket fortsetter.',
  ],
  NOT_ACHIEVED: [
    'Ikke nådd: helsen er forverret etter ny innleggelse.',
    'Ikke nådd; behovet er større enn antatt. Ny kartlegging avtalt.',
  ],
};

/** One change of a plan, as goal-plans.service.ts keeps it: a revision with its field changes. */
interface PlanEvent {
  at: number;
  action: 'ADD_GOAL' | 'EVALUATE_GOAL' | 'ADD_MEASURE' | 'UPDATE_MEASURE' | 'AGREE_PLAN';
  goal: SeedGoal | null;
  measure: SeedMeasure | null;
  changes: Record<string, unknown>[];
  by: Staff;
}

interface SeedGoal {
  id: string;
  row: CopyValue[];
  status: string;
  version: number;
  created: PlanEvent | null;
  updated: PlanEvent | null;
  evaluated: PlanEvent | null;
  evaluation: string | null;
}

interface SeedMeasure {
  id: string;
  goal: SeedGoal;
  row: CopyValue[];
  status: string;
  version: number;
  created: PlanEvent | null;
  updated: PlanEvent | null;
}

const GOAL_PLAN_COLUMNS = [
  'id',
  'case_id',
  'patient_id',
  'status',
  'version',
  'agreed_at',
  'agreed_by',
  'representative_name',
  'agreed_version',
  'agreement_recorded_by',
  'created_at',
  'updated_at',
  'updated_by',
];
const GOAL_COLUMNS = [
  'id',
  'plan_id',
  'text',
  'what_matters',
  'function_variable_code',
  'baseline_score',
  'target_score',
  'target_date',
  'status',
  'evaluation',
  'evaluated_at',
  'evaluated_by',
  'version',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
  'position',
];
const MEASURE_COLUMNS = [
  'id',
  'goal_id',
  'description',
  'level',
  'justification',
  'responsible_kind',
  'responsible_profession',
  'responsible_staff_id',
  'responsible_name',
  'frequency',
  'from_date',
  'to_date',
  'status',
  'version',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
  'position',
];
const REVISION_COLUMNS = [
  'id',
  'plan_id',
  'plan_version',
  'action',
  'goal_id',
  'measure_id',
  'changes',
  'changed_by',
  'changed_by_profession',
  'changed_at',
];

/** A field set from nothing, as diff({}, fields) records it (null fields are left out). */
function added(fields: Record<string, unknown>): Record<string, unknown>[] {
  return Object.entries(fields)
    .filter(([, value]) => value !== null)
    .map(([field, value]) => ({ field, before: null, after: value }));
}

/** Which plan a case has, if any: the flag on the case decides AGREED. */
function planStatusOf(r: Prng, c: Case, today: string): 'AGREED' | 'DRAFT' | 'CHANGED' | null {
  if (c.goalPlanAgreed) return 'AGREED';
  switch (c.status) {
    case 'ACTIVE':
    case 'ON_HOLD': {
      // The plan comes after the first visits: a fair share of open cases has a draft.
      const elapsed = daysBetween(c.acceptedOn, today);
      if (elapsed < 2 || !r.chance(0.3 + elapsed * 0.03)) return null;
      // Agreed once, changed on a later day (the flag on the case is then false).
      return elapsed >= 4 && r.chance(0.15) ? 'CHANGED' : 'DRAFT';
    }
    case 'DECIDED':
    case 'HANDED_OVER':
    case 'CLOSED':
      return r.chance(0.4) ? 'DRAFT' : null;
    case 'CANCELLED':
      return daysBetween(c.acceptedOn, localDateOf(c.endedAt as Date, TZ)) >= 3 && r.chance(0.1)
        ? 'DRAFT'
        : null;
  }
}

/**
 * Goal plans as the service would have built them, change by change: goals and measures
 * added on a planning visit, the agreement, goals added after it, measures started before the
 * decision, goals evaluated at the follow-up after closure. Each change is one revision and
 * one plan version; the rows carry the versions and instants of their last change.
 */
async function seedGoalPlans(
  pool: Pool,
  jobs: number,
  r: Prng,
  cases: Case[],
  now: Date,
  bar: SingleBar,
): Promise<void> {
  const today = localDateOf(now, TZ);
  // Generation is one stream (deterministic); each chunk's COPY runs on its own connection
  // while the next chunk is generated, so the per-row foreign-key checks overlap.
  let failure: unknown = null;
  const inFlight: Promise<void>[] = [];
  const writersOn = async () => {
    const client = await pool.connect();
    await client.query('SET synchronous_commit = off');
    return {
      client,
      plans: new CopyWriter(client, 'goal_plans', GOAL_PLAN_COLUMNS),
      goals: new CopyWriter(client, 'goals', GOAL_COLUMNS),
      measures: new CopyWriter(client, 'measures', MEASURE_COLUMNS),
      revisions: new CopyWriter(client, 'goal_plan_revisions', REVISION_COLUMNS),
    };
  };
  let w = await writersOn();
  const flush = async (last: boolean) => {
    const chunk = w;
    const done = (async () => {
      try {
        // Foreign-key order: plans, goals, measures, revisions.
        for (const writer of [chunk.plans, chunk.goals, chunk.measures, chunk.revisions])
          await writer.close();
      } finally {
        chunk.client.release();
      }
    })().catch((error: unknown) => {
      failure ??= error;
    });
    inFlight.push(done);
    while (inFlight.length >= (last ? 1 : jobs)) await inFlight.shift();
    if (failure) throw failure;
    if (!last) w = await writersOn();
  };
  const minutes = (a: number, b: number) => r.int(a, b) * 60_000;
  for (const c of cases) {
    if (c.index % 5000 === 4999) {
      await flush(false);
      bar.update(c.index);
    }
    const kind = planStatusOf(r, c, today);
    if (!kind) continue;
    // Planning happens from the day after acceptance until the day before the decision
    // (or cancellation, or yesterday for an open case).
    const endDay = c.decidedOn ?? (c.endedAt ? localDateOf(c.endedAt, TZ) : today);
    const firstDay = addDays(c.acceptedOn, 1);
    const lastDay = addDays(endDay, -1);
    // Only a flagged case accepted today or yesterday lands here: plan on the day itself.
    const cramped = lastDay < firstDay;
    const planDay = cramped
      ? c.acceptedOn
      : addDays(firstDay, r.int(0, Math.floor(daysBetween(firstDay, lastDay) * 0.6)));
    const author = r.pick(c.team.clinicians);
    const events: PlanEvent[] = [];
    let t = atWorkingHour(r, planDay, 7, 12).getTime();
    const event = (
      action: PlanEvent['action'],
      by: Staff,
      goal: SeedGoal | null,
      measure: SeedMeasure | null,
      changes: Record<string, unknown>[],
    ) => {
      const e: PlanEvent = { at: t, action, goal, measure, changes, by };
      events.push(e);
      return e;
    };
    const planId = r.uuid();
    const goalList: SeedGoal[] = [];
    const measureList: SeedMeasure[] = [];
    const used = new Set<GoalTemplate>();
    const addGoal = (day: string, by: Staff) => {
      // Goals follow the needs the assessments found, when there are any left.
      const needs = [...(c.needs?.keys() ?? [])];
      const fitting = GOAL_TEMPLATES.filter(
        (g) => !used.has(g) && (g.variable === null || needs.includes(g.variable)),
      );
      const template = r.pick(
        fitting.length > 0 && r.chance(0.8) ? fitting : GOAL_TEMPLATES.filter((g) => !used.has(g)),
      );
      used.add(template);
      const variable = template.variable;
      const scored = variable !== null && r.chance(0.85);
      // IPLOS: 1 no problems … 5 full need of help; the goal is a lower score.
      const baseline = scored ? (c.needs?.get(variable) ?? r.int(2, 5)) : null;
      const target = baseline !== null && r.chance(0.9) ? r.int(1, baseline - 1) : null;
      const fields = {
        text: template.text,
        whatMatters: template.whatMatters !== null && r.chance(0.6) ? template.whatMatters : null,
        functionVariableCode: variable !== null && r.chance(0.95) ? variable : null,
        baselineScore: baseline,
        targetScore: target,
        targetDate: addDays(day, r.pick([28, 42, 56, 84])),
        status: 'PROPOSED',
      };
      // Scores only on a variable (CHK_goals_scores).
      if (fields.functionVariableCode === null) fields.baselineScore = fields.targetScore = null;
      const goal: SeedGoal = {
        id: r.uuid(),
        row: [
          fields.text,
          fields.whatMatters,
          fields.functionVariableCode,
          fields.baselineScore,
          fields.targetScore,
          fields.targetDate,
        ],
        status: 'PROPOSED',
        version: 1,
        created: null,
        updated: null,
        evaluated: null,
        evaluation: null,
      };
      goalList.push(goal);
      goal.created = goal.updated = event('ADD_GOAL', by, goal, null, added(fields));
      t += minutes(2, 9);
      for (const m of template.measures.slice(0, r.chance(0.5) ? 2 : 1)) {
        const staffKind = !['RELATIVE', 'VOLUNTEER', 'PERSON'].includes(m.by);
        const pool =
          m.by === 'HOME_CARE'
            ? c.team.homeCare
            : c.team.clinicians.filter((s) => s.profession === m.by);
        const staffId = staffKind && pool.length > 0 && r.chance(0.5) ? r.pick(pool).id : null;
        const name =
          m.by === 'RELATIVE'
            ? `${r.pick(GIVEN)} ${r.pick(FAMILY)} (${r.pick(RELATIVES)})`
            : m.by === 'VOLUNTEER'
              ? `${r.pick(GIVEN)} ${r.pick(FAMILY)}, ${r.pick(VOLUNTEERS)}`
              : null;
        const step = LEVELS.indexOf(m.level);
        // Above the lowest suggested step needs a justification (the service's rule).
        const justification =
          c.lowestLevel !== null && step > c.lowestLevel ? r.pick(JUSTIFICATIONS) : null;
        const fromDate = addDays(day, r.int(0, 7));
        const view = {
          description: m.description,
          level: m.level,
          justification,
          responsible: {
            kind: staffKind ? 'STAFF' : m.by,
            profession: staffKind ? m.by : null,
            staffId,
            name,
          },
          frequency: r.pick(m.frequency),
          fromDate,
          toDate: r.chance(0.5) ? fields.targetDate : null,
          status: 'PLANNED',
        };
        const measure: SeedMeasure = {
          id: r.uuid(),
          goal,
          row: [
            view.description,
            view.level,
            view.justification,
            view.responsible.kind,
            view.responsible.profession,
            staffId,
            name,
            view.frequency,
            view.fromDate,
            view.toDate,
          ],
          status: 'PLANNED',
          version: 1,
          created: null,
          updated: null,
        };
        measureList.push(measure);
        measure.created = measure.updated = event('ADD_MEASURE', by, goal, measure, added(view));
        t += minutes(2, 9);
      }
    };
    for (
      let g = r.weighted([
        [1, 35],
        [2, 45],
        [3, 20],
      ] as const);
      g > 0;
      g--
    ) {
      addGoal(planDay, r.chance(0.85) ? author : c.coordinator);
    }
    let agreement: PlanEvent | null = null;
    let agreedBy: string | null = null;
    let representative: string | null = null;
    let agreedVersion: number | null = null;
    if (kind !== 'DRAFT') {
      // Agreed with the person on the planning visit or a few days later.
      const room = cramped ? 0 : daysBetween(planDay, lastDay) - (kind === 'CHANGED' ? 1 : 0);
      const agreeDay = addDays(planDay, r.int(0, Math.min(5, Math.max(room, 0))));
      if (agreeDay === planDay) t += minutes(5, 30);
      else t = atWorkingHour(r, agreeDay, 7, 12).getTime();
      agreedBy = r.chance(0.85) ? 'PERSON' : 'REPRESENTATIVE';
      representative =
        agreedBy === 'REPRESENTATIVE'
          ? `${r.pick(GIVEN)} ${r.pick(FAMILY)} (${r.pick(['verge', ...RELATIVES])})`
          : null;
      agreedVersion = events.length;
      const changes = [
        { field: 'status', before: 'DRAFT', after: 'AGREED' },
        ...added({ agreedBy, representativeName: representative, agreedVersion }),
        ...goalList.map((g) => ({
          field: 'status',
          goalId: g.id,
          before: 'PROPOSED',
          after: 'AGREED',
        })),
      ];
      agreement = event('AGREE_PLAN', r.chance(0.5) ? c.coordinator : author, null, null, changes);
      for (const g of goalList) {
        g.status = 'AGREED';
        g.version++;
        g.updated = agreement;
      }
      t += minutes(5, 30);
      if (kind === 'CHANGED') {
        // A goal added after the agreement: the plan is no longer as agreed.
        const changeDay = addDays(agreeDay, r.int(1, Math.max(1, daysBetween(agreeDay, lastDay))));
        t = atWorkingHour(r, changeDay, 7, 12).getTime();
        addGoal(changeDay, author);
      } else if (c.decidedOn) {
        // The team starts the measures when the services are decided.
        t = Math.max(t, Date.parse(`${addDays(c.decidedOn, -1)}T15:00:00Z`)) + minutes(5, 60);
        const starter = r.chance(0.5) ? c.coordinator : author;
        for (const m of measureList) {
          if (!r.chance(0.9)) continue;
          m.status = 'ACTIVE';
          m.version++;
          m.updated = event('UPDATE_MEASURE', starter, m.goal, m, [
            { field: 'status', before: 'PLANNED', after: 'ACTIVE' },
          ]);
          t += minutes(1, 4);
        }
      }
      // Closed cases: the goals are evaluated at the follow-up, by the team or the unit.
      const followDay =
        c.status === 'CLOSED' ? addDays(localDateOf(c.endedAt as Date, TZ), r.int(21, 60)) : null;
      if (followDay !== null && followDay < today && r.chance(0.85)) {
        t = atWorkingHour(r, followDay, 7, 12).getTime();
        const evaluator =
          c.handedOver && r.chance(0.6) ? r.pick(c.team.homeCare) : r.pick(c.team.clinicians);
        for (const g of goalList) {
          if (!r.chance(0.9)) continue;
          const outcome = r.weighted(OUTCOMES);
          const evaluation = r.pick(EVALUATIONS[outcome]);
          g.evaluated = g.updated = event('EVALUATE_GOAL', evaluator, g, null, [
            { field: 'status', before: 'AGREED', after: outcome },
            { field: 'evaluation', before: null, after: evaluation },
          ]);
          g.status = outcome;
          g.evaluation = evaluation;
          g.version++;
          t += minutes(3, 12);
        }
      }
    }
    // Nothing before the acceptance or in the future (only a cramped plan needs moving).
    const hi = Math.min(now.getTime(), cramped ? Date.parse(`${planDay}T21:00:00Z`) : Infinity);
    fitInto(events, c.acceptedAt.getTime(), hi);
    const last = events[events.length - 1];
    const status = kind === 'CHANGED' ? 'CHANGED_SINCE_AGREEMENT' : kind;
    w.plans.row([
      planId,
      c.id,
      c.patientId,
      status,
      events.length,
      agreement ? new Date(agreement.at) : null,
      agreedBy,
      representative,
      agreedVersion,
      agreement ? agreement.by.id : null,
      new Date(events[0].at),
      new Date(last.at),
      last.by.id,
    ]);
    for (const [index, g] of goalList.entries()) {
      const created = g.created as PlanEvent;
      const updated = g.updated as PlanEvent;
      w.goals.row([
        g.id,
        planId,
        ...g.row,
        g.status,
        g.evaluation,
        g.evaluated ? new Date(g.evaluated.at) : null,
        g.evaluated ? g.evaluated.by.id : null,
        g.version,
        new Date(created.at),
        created.by.id,
        new Date(updated.at),
        updated.by.id,
        index + 1, // in the order written
      ]);
    }
    const measuresOfGoal = new Map<string, number>();
    for (const m of measureList) {
      const created = m.created as PlanEvent;
      const updated = m.updated as PlanEvent;
      const position = (measuresOfGoal.get(m.goal.id) ?? 0) + 1;
      measuresOfGoal.set(m.goal.id, position);
      w.measures.row([
        m.id,
        m.goal.id,
        ...m.row,
        m.status,
        m.version,
        new Date(created.at),
        created.by.id,
        new Date(updated.at),
        updated.by.id,
        position,
      ]);
    }
    for (const [i, e] of events.entries()) {
      w.revisions.row([
        r.uuid(),
        planId,
        i + 1,
        e.action,
        e.goal?.id ?? null,
        e.measure?.id ?? null,
        JSON.stringify(e.changes),
        e.by.id,
        e.by.profession,
        new Date(e.at),
      ]);
    }
  }
  await flush(true);
}

/** Squeezes a plan's changes into [lo, hi] when they fall outside it, keeping their order. */
function fitInto(events: PlanEvent[], lo: number, hi: number): void {
  const first = events[0].at;
  const last = events[events.length - 1].at;
  if (first > lo && last < hi) return;
  const room = Math.max(hi - lo - 2, 0);
  const span = Math.max(last - first, 1);
  for (const e of events) e.at = lo + 1 + Math.floor(((e.at - first) * room) / span);
}

/** Secondary indexes of the bulk tables, dropped during the load and rebuilt after it. */
const BULK_TABLES = ['journal_entries', 'journal_heads', 'audit_events'];

async function dropBulkIndexes(client: PoolClient): Promise<string[]> {
  const { rows } = await client.query<{ name: string; def: string }>(
    `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)`,
    [BULK_TABLES],
  );
  for (const row of rows) await client.query(`DROP INDEX "${row.name}"`);
  return rows.map((row) => row.def);
}

const JOURNAL_COLUMNS = [
  'id',
  'case_id',
  'patient_id',
  'team_id',
  'root_id',
  'amends_id',
  'version',
  'kind',
  'text',
  'author_id',
  'author_profession',
  'written_at',
  'visible_to_patient',
  'entered_in_error',
  'amend_reason',
  'ts_config',
];
const AUDIT_COLUMNS = [
  'id',
  'occurred_at',
  'request_id',
  'actor_id',
  'actor_profession',
  'action',
  'access',
  'patient_ids',
  'case_ids',
  'args',
];

/** One chunk of cases: their journals (originals, corrections, heads) and audit trail. */
async function seedJournalChunk(
  client: PoolClient,
  seed: number,
  chunk: Case[],
  now: Date,
): Promise<number> {
  // Each chunk has its own stream: the result does not depend on which job ran it.
  const r = new Prng(seed * 1_000_003 + chunk[0].index);
  const entries = new CopyWriter(client, 'journal_entries', JOURNAL_COLUMNS);
  const heads = new CopyWriter(client, 'journal_heads', [
    'root_id',
    'case_id',
    'latest_id',
    'version',
    'original_written_at',
  ]);
  const audit = new CopyWriter(client, 'audit_events', AUDIT_COLUMNS);
  let written = 0;
  for (const c of chunk) {
    const start = c.acceptedAt.getTime();
    const end = (c.endedAt ?? now).getTime() + (c.handedOver ? 30 * 86_400_000 : 0);
    const last = Math.min(end, now.getTime());
    const span = Math.max(last - start, 3_600_000);
    const planned: { at: number; kind: string; text: string; author: Staff }[] = [];
    planned.push({
      at: start,
      kind: 'EVENT',
      text: eventText(r, 'ACCEPTED'),
      author: c.coordinator,
    });
    if (c.onHoldSince)
      planned.push({
        at: atWorkingHour(r, c.onHoldSince).getTime(),
        kind: 'EVENT',
        text: eventText(r, 'HOLD'),
        author: c.coordinator,
      });
    if (c.decidedOn) {
      const decidedAt = atWorkingHour(r, c.decidedOn).getTime();
      planned.push({
        at: decidedAt,
        kind: 'DECISION',
        text: decisionText(r, r.pick(LEVELS)),
        author: r.pick(c.team.caseworkers),
      });
      if (c.handedOver)
        planned.push({
          at: decidedAt + 3_600_000,
          kind: 'HANDOVER',
          text: handoverText(r, 'ordinær hjemmetjeneste'),
          author: c.coordinator,
        });
    }
    for (let i = planned.length; i < c.journalCount; i++) {
      const at = start + Math.floor(r.next() * span);
      // After the handover the receiving unit writes too.
      const receiving =
        c.handedOver && c.decidedOn && at > Date.parse(`${c.decidedOn}T12:00:00Z`) && r.chance(0.6);
      const kind = r.weighted(USER_KINDS);
      const author = receiving
        ? r.pick(c.team.homeCare)
        : r.pick(r.chance(0.15) ? c.team.coordinators : c.team.clinicians);
      planned.push({ at, kind, text: journalText(r, kind), author });
    }
    // Nothing is written in the future (a working hour today may still be ahead).
    for (const p of planned) p.at = Math.min(p.at, now.getTime());
    planned.sort((a, b) => a.at - b.at);
    for (const p of planned) {
      const id = r.uuid();
      const writtenAt = new Date(p.at);
      entries.row([
        id,
        c.id,
        c.patientId,
        c.team.id,
        id,
        null,
        1,
        p.kind,
        p.text,
        p.author.id,
        p.author.profession,
        writtenAt,
        r.chance(0.1),
        false,
        null,
        'norwegian',
      ]);
      let latest = id;
      let version = 1;
      const system = p.kind === 'EVENT' || p.kind === 'DECISION' || p.kind === 'HANDOVER';
      // About 2 % of entries are corrected once by their author.
      if (!system && r.chance(0.02)) {
        const amended = r.uuid();
        const at = new Date(Math.min(p.at + r.int(10, 600) * 60_000, now.getTime()));
        entries.row([
          amended,
          c.id,
          c.patientId,
          c.team.id,
          id,
          id,
          2,
          p.kind,
          `${p.text} Rettelse: ${journalText(r, 'NOTE')}`,
          p.author.id,
          p.author.profession,
          at,
          false,
          false,
          'Feil i dosering rettet',
          'norwegian',
        ]);
        auditRow(audit, r, at, p.author, 'amendJournalEntry', 'WRITE', c, {
          entryId: amended,
          amends: id,
          version: 2,
        });
        latest = amended;
        version = 2;
        written++;
      }
      heads.row([id, c.id, latest, version, writtenAt]);
      if (!system)
        auditRow(audit, r, writtenAt, p.author, 'addJournalEntry', 'WRITE', c, {
          caseId: c.id,
          entryId: id,
          kind: p.kind,
        });
      if (r.chance(AUDIT_READS_PER_ENTRY)) {
        const reader = r.pick(c.team.clinicians);
        const at = new Date(Math.min(p.at + r.int(1, 72) * 3_600_000, now.getTime()));
        auditRow(audit, r, at, reader, 'journal', 'READ', c, {
          caseId: c.id,
          kinds: null,
          search: null,
          first: 20,
        });
      }
      written++;
    }
  }
  await entries.close();
  await heads.close();
  await audit.close();
  return written;
}

function auditRow(
  audit: CopyWriter,
  r: Prng,
  at: Date,
  actor: Staff,
  action: string,
  access: 'READ' | 'WRITE',
  c: Case,
  args: Record<string, unknown>,
): void {
  audit.row([
    r.uuid(),
    at,
    r.uuid(),
    actor.id,
    actor.profession,
    action,
    access,
    [c.patientId],
    [c.id],
    JSON.stringify(args),
  ]);
}

async function seedJournals(
  pool: Pool,
  options: Options,
  cases: Case[],
  now: Date,
  bar: SingleBar,
): Promise<void> {
  const chunkSize = 1000;
  const chunks: Case[][] = [];
  for (let i = 0; i < cases.length; i += chunkSize) chunks.push(cases.slice(i, i + chunkSize));
  let next = 0;
  let done = 0;
  const job = async () => {
    const client = await pool.connect();
    try {
      await client.query('SET synchronous_commit = off');
      while (next < chunks.length) {
        const chunk = chunks[next++];
        await client.query('BEGIN');
        done += await seedJournalChunk(client, options.seed, chunk, now);
        await client.query('COMMIT');
        bar.update(done);
      }
    } finally {
      client.release();
    }
  };
  await Promise.all(Array.from({ length: options.jobs }, job));
}

/**
 * Disk the seed needs: 71 KB per patient were measured (7.1 GB for 100 000 patients with
 * indexes), plus half again for the index rebuild and WAL, plus 2 GB of headroom.
 */
const BYTES_PER_PATIENT = 71_000 * 1.5;
const DISK_HEADROOM = 2 * 1024 ** 3;

/**
 * Stops with a clear message before loading anything when the server's data directory has
 * too little free space. Only a server on this machine can be checked (its data directory
 * must be readable here); for another server the need is printed and the seed goes on.
 */
async function checkFreeDisk(options: Options): Promise<void> {
  const needed = options.patients * BYTES_PER_PATIENT + DISK_HEADROOM;
  const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  const client = new Client({ connectionString: options.url });
  await client.connect();
  let dataDirectory: string | null = null;
  try {
    const { rows } = await client.query<{ dir: string | null }>(
      `SELECT current_setting('data_directory', true) AS dir`,
    );
    dataDirectory = rows[0]?.dir ?? null;
  } catch {
    dataDirectory = null;
  } finally {
    await client.end();
  }
  if (!dataDirectory || !existsSync(dataDirectory)) {
    process.stdout.write(
      `Free disk not checked (the server's data directory is not on this machine); the seed needs about ${gb(needed)}.\n`,
    );
    return;
  }
  const stats = statfsSync(dataDirectory);
  const free = stats.bavail * stats.bsize;
  if (free < needed) {
    process.stderr.write(
      `Not enough free disk: ${gb(free)} free at ${dataDirectory}, and ${options.patients} patients need about ${gb(needed)}. Free some space or seed fewer patients (--patients).\n`,
    );
    process.exit(3);
  }
  process.stdout.write(
    `Free disk: ${gb(free)} at ${dataDirectory} (about ${gb(needed)} needed).\n`,
  );
}

async function main(): Promise<void> {
  const options = parseOptions();
  const started = performance.now();
  const now = new Date();
  const today = localDateOf(now, TZ);
  process.stdout.write(
    `Seeding ${options.patients} patients into ${new URL(options.url).pathname.slice(1)} (seed ${options.seed}, ${options.jobs} jobs)\n`,
  );
  await prepareDatabase(options);
  await checkFreeDisk(options);
  const pool = new Pool({
    connectionString: options.url,
    max: options.jobs + 1,
    application_name: 'kartlegg-seed-scale',
  });
  const phases = new Phases();
  const r = new Prng(options.seed);
  const client = await pool.connect();
  let indexDefs: string[] = [];
  try {
    await client.query('SET synchronous_commit = off');
    const { teams } = await phases.run('organisation', 1, () => seedOrganisation(client, r));
    const patientsByDistrict = await phases.run('patients', options.patients, (bar) =>
      seedPatients(client, r, teams, options.patients, bar),
    );
    const cases = planCases(r, teams, patientsByDistrict, options, now);
    await phases.run('cases and referrals', cases.length, (bar) =>
      seedCases(client, r, cases, teams, patientsByDistrict, today, bar),
    );
    const variables = (
      await client.query<{ code: string }>(
        `SELECT code FROM function_variables WHERE scale = 'IPLOS' ORDER BY sort`,
      )
    ).rows.map((row) => row.code);
    await phases.run('assessments', cases.length, (bar) =>
      seedAssessments(client, r, cases, variables, bar),
    );
    await phases.run('goal plans', cases.length, (bar) =>
      seedGoalPlans(pool, options.jobs, r, cases, now, bar),
    );
    const expected = cases.reduce((sum, c) => sum + c.journalCount, 0);
    indexDefs = await dropBulkIndexes(client);
    await phases.run('journal and audit', expected, (bar) =>
      seedJournals(pool, options, cases, now, bar),
    );
    await phases.run('indexes', indexDefs.length, async (bar) => {
      await client.query("SET maintenance_work_mem = '1GB'");
      for (const [i, def] of indexDefs.entries()) {
        await client.query(def);
        bar.update(i + 1);
      }
      indexDefs = [];
    });
    await phases.run('vacuum analyze', 1, () => client.query('VACUUM (ANALYZE)'));
    phases.stop();
    await report(client, options, phases, started);
  } finally {
    // A failed load still leaves the schema whole.
    for (const def of indexDefs) await client.query(def).catch(() => undefined);
    phases.stop();
    client.release();
    await pool.end();
  }
}

async function report(
  client: PoolClient,
  options: Options,
  phases: Phases,
  started: number,
): Promise<void> {
  const tables = [
    'patients',
    'assessment_cases',
    'referrals',
    'case_history',
    'assessments',
    'assessment_scores',
    'goal_plans',
    'goals',
    'measures',
    'goal_plan_revisions',
    'journal_entries',
    'journal_heads',
    'audit_events',
  ];
  const counts = await client.query<{ name: string; n: string }>(
    tables
      .map((t, i) => `SELECT ${i} AS k, '${t}' AS name, count(*)::text AS n FROM ${t}`)
      .join(' UNION ALL ') + ' ORDER BY k',
  );
  const open = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM assessment_cases WHERE status NOT IN ('CLOSED', 'CANCELLED')`,
  );
  const size = await client.query<{ size: string }>(
    'SELECT pg_size_pretty(pg_database_size(current_database())) AS size',
  );
  const lines = [
    '',
    'Rows:',
    ...counts.rows.map((row) => `  ${row.name.padEnd(20)} ${Number(row.n).toLocaleString('en')}`),
    `  open cases           ${open.rows[0].n}`,
    `Database size: ${size.rows[0].size}`,
    'Phases:',
    ...phases.times.map(([phase, s]) => `  ${phase.padEnd(20)} ${s.toFixed(1)} s`),
    `Seeded ${options.patients} patients in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `seed:scale failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
