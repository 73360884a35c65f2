import 'reflect-metadata';
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
      assessments.row([
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
      ]);
      const chosen = shuffle(r, [...variables]).slice(0, r.int(5, 12));
      for (const code of chosen) scores.row([r.uuid(), id, code, r.chance(0.05) ? 9 : r.int(1, 5)]);
    }
    if (c.index % 2000 === 0) bar.update(c.index);
  }
  await assessments.close();
  await scores.close();
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

async function main(): Promise<void> {
  const options = parseOptions();
  const started = performance.now();
  const now = new Date();
  const today = localDateOf(now, TZ);
  process.stdout.write(
    `Seeding ${options.patients} patients into ${new URL(options.url).pathname.slice(1)} (seed ${options.seed}, ${options.jobs} jobs)\n`,
  );
  await prepareDatabase(options);
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
    'journal_entries',
    'journal_heads',
    'audit_events',
  ];
  const counts = await client.query<{ name: string; n: string }>(
    tables.map((t) => `SELECT '${t}' AS name, count(*)::text AS n FROM ${t}`).join(' UNION ALL '),
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
