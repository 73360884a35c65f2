import type { PoolClient } from 'pg';
import type { SingleBar } from 'cli-progress';
import { nextSyntheticFodselsnummer } from 'src/modules/identity/model';
import { CopyWriter, type CopyValue } from './copy-writer';
import { insertRows, type Staff, type Team } from './model';
import type { Prng } from './prng';

/**
 * Phase "people": the organisation (districts, their assessment team and home-care unit, the
 * staff) and the patients with their contacts. Out: the teams, and each district's patients.
 */

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
export const GIVEN =
  `Astrid Ole Ingrid Kåre Solveig Arne Randi Bjørn Gerd Odd Liv Einar Marit Terje Berit Svein Aud
  Harald Turid Nils Kari Per Anne Jan Inger Knut Eva Rolf Gunn Tor Bjørg Leif Reidun Egil Sigrid Olav Ragnhild
  Finn Johanne Håkon Margit Sverre Elin Geir Hilde Trond Åse Steinar Wenche Jon Torill Magne Mona Kjell Grete
  Roar Tove Arvid Laila Øystein Unni`
    .split(/\s+/)
    .filter(Boolean);
export const FAMILY =
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
export async function seedOrganisation(
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

export async function seedPatients(
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
