import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from 'src/config/app-config';
import { AssessmentTeamEntity } from 'src/modules/identity/assessment-team.entity';
import { DistrictEntity } from 'src/modules/identity/district.entity';
import {
  NationalIdCountryEnum,
  Profession,
  ServiceArea,
  ServiceUnitKind,
} from 'src/modules/identity/identity.enums';
import { TeamMembershipEntity, UnitMembershipEntity } from 'src/modules/identity/membership.entity';
import { nextSyntheticFodselsnummer } from 'src/modules/identity/national-id';
import { PatientContactEntity, PatientEntity } from 'src/modules/identity/patient.entity';
import { ServiceUnitEntity } from 'src/modules/identity/service-unit.entity';
import { StaffMemberEntity } from 'src/modules/identity/staff-member.entity';

/** The somatic team's staff of each district: `<role>.<district>@demo.local`. */
const TEAM_ROLES: [string, Profession, string][] = [
  ['nurse', Profession.NURSE, 'Sykepleier'],
  ['educator', Profession.SOCIAL_EDUCATOR, 'Vernepleier'],
  ['physio', Profession.PHYSIOTHERAPIST, 'Fysioterapeut'],
  ['ot', Profession.OCCUPATIONAL_THERAPIST, 'Ergoterapeut'],
  ['caseworker', Profession.CASEWORKER, 'Saksbehandler'],
  ['coordinator', Profession.COORDINATOR, 'Koordinator'],
  ['leader', Profession.LEADER, 'Leder'],
];

const GIVEN = ['Astrid', 'Ole', 'Ingrid', 'Kåre', 'Solveig', 'Arne', 'Randi', 'Bjørn', 'Gerd', 'Odd', 'Liv', 'Einar', 'Marit', 'Terje', 'Berit', 'Svein', 'Aud', 'Harald', 'Turid', 'Nils'];
const FAMILY = ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen', 'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen', 'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl'];
const STREETS = ['Storgata', 'Strandgata', 'Fjordveien', 'Kongens gate', 'Skolegata', 'Kirkegata', 'Havnegata', 'Bakkeveien', 'Åsveien', 'Fjellveien'];

export interface DemoOrganisation {
  districts: Record<'nord' | 'sor', DistrictEntity>;
  teams: Record<'nord' | 'sor' | 'psykNord', AssessmentTeamEntity>;
  units: Record<'homeCareNord' | 'homeCareSor' | 'lowThresholdNord', ServiceUnitEntity>;
}

async function staffMember(
  manager: EntityManager,
  email: string,
  name: string,
  profession: Profession,
  membership?: { teamId?: string; unitId?: string },
): Promise<StaffMemberEntity> {
  const staff = manager.create(StaffMemberEntity, { email, subject: email, name, profession, active: true });
  await manager.insert(StaffMemberEntity, staff);
  if (membership?.teamId) await manager.insert(TeamMembershipEntity, { staffId: staff.id, teamId: membership.teamId });
  if (membership?.unitId) await manager.insert(UnitMembershipEntity, { staffId: staff.id, unitId: membership.unitId });
  return staff;
}

function cprFor(birthDate: string, serial: number): string {
  const [y, m, d] = birthDate.split('-');
  // Born 1900–1999 with a serial starting 0–3: the CPR century rule for these years.
  return `${d}${m}${y.slice(2)}${String(serial % 4000).padStart(4, '0')}`;
}

/** Seeds the demo municipality (districts Nord and Sør, their teams, units, staff and 20 persons). */
export async function seedDemo(dataSource: DataSource, config: Pick<AppConfig, 'MUNICIPALITY_LANGUAGE'>): Promise<DemoOrganisation> {
  return dataSource.transaction(async (manager) => {
    const district = async (name: string) => {
      const d = manager.create(DistrictEntity, { name });
      await manager.insert(DistrictEntity, d);
      return d;
    };
    const nord = await district('Nord');
    const sor = await district('Sør');
    const team = async (name: string, districtId: string, serviceArea: ServiceArea) => {
      const t = manager.create(AssessmentTeamEntity, { name, districtId, serviceArea });
      await manager.insert(AssessmentTeamEntity, t);
      return t;
    };
    const unit = async (name: string, districtId: string, kind: ServiceUnitKind) => {
      const u = manager.create(ServiceUnitEntity, { name, districtId, kind, isExternal: false });
      await manager.insert(ServiceUnitEntity, u);
      return u;
    };
    const org: DemoOrganisation = {
      districts: { nord, sor },
      teams: {
        nord: await team('Vurderingsteam Nord', nord.id, ServiceArea.SOMATIC),
        sor: await team('Vurderingsteam Sør', sor.id, ServiceArea.SOMATIC),
        psykNord: await team('Vurderingsteam psykisk helse Nord', nord.id, ServiceArea.MENTAL_HEALTH),
      },
      units: {
        homeCareNord: await unit('Hjemmetjenesten Nord', nord.id, ServiceUnitKind.HOME_CARE),
        homeCareSor: await unit('Hjemmetjenesten Sør', sor.id, ServiceUnitKind.HOME_CARE),
        lowThresholdNord: await unit('Frisklivssentralen Nord', nord.id, ServiceUnitKind.LOW_THRESHOLD),
      },
    };
    for (const [key, label, teamId, unitId] of [
      ['nord', 'Nord', org.teams.nord.id, org.units.homeCareNord.id],
      ['sor', 'Sør', org.teams.sor.id, org.units.homeCareSor.id],
    ] as const) {
      for (const [role, profession, title] of TEAM_ROLES) {
        await staffMember(manager, `${role}.${key}@demo.local`, `${title} ${label}`, profession, { teamId });
      }
      await staffMember(manager, `homecare.${key}@demo.local`, `Hjemmetjeneste ${label}`, Profession.HOME_CARE, { unitId });
    }
    await staffMember(manager, 'educator.psyk.nord@demo.local', 'Vernepleier psykisk helse Nord', Profession.SOCIAL_EDUCATOR, { teamId: org.teams.psykNord.id });
    await staffMember(manager, 'nurse.psyk.nord@demo.local', 'Sykepleier psykisk helse Nord', Profession.NURSE, { teamId: org.teams.psykNord.id });
    await staffMember(manager, 'lavterskel.nord@demo.local', 'Frisklivssentralen Nord', Profession.HOME_CARE, { unitId: org.units.lowThresholdNord.id });
    await staffMember(manager, 'privacy@demo.local', 'Personvernombud', Profession.PRIVACY_OFFICER);
    await staffMember(manager, 'admin@demo.local', 'Systemansvarlig', Profession.ADMIN);

    const danish = config.MUNICIPALITY_LANGUAGE === 'da';
    for (let i = 0; i < 20; i++) {
      const year = 1930 + ((i * 7) % 30);
      const birthDate = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
      const districtId = i % 2 === 0 ? nord.id : sor.id;
      const patient = manager.create(PatientEntity, {
        nationalId: danish ? cprFor(birthDate, 1000 + i) : nextSyntheticFodselsnummer(birthDate, 100 + i).number,
        nationalIdCountry: danish ? NationalIdCountryEnum.DK : NationalIdCountryEnum.NO,
        givenName: GIVEN[i],
        familyName: FAMILY[i],
        birthDate,
        address: `${STREETS[i % STREETS.length]} ${i + 3}`,
        postalCode: '9405',
        city: 'Harstad',
        phone: null,
        districtId,
        createdBy: null,
      });
      await manager.insert(PatientEntity, patient);
      if (i % 3 === 0) {
        await manager.insert(PatientContactEntity, {
          patientId: patient.id,
          name: `${GIVEN[(i + 5) % 20]} ${FAMILY[i]}`,
          relation: i % 2 === 0 ? 'datter' : 'sønn',
          phone: `+47 9${String(1000000 + i * 7919).slice(0, 7)}`,
          isNextOfKin: true,
          helpGiven: 'Handler inn en gang i uka',
        });
      }
    }
    return org;
  });
}

/** Seeds only an empty database (no districts yet); answers whether it seeded. */
export async function seedDemoIfEmpty(dataSource: DataSource, config: Pick<AppConfig, 'MUNICIPALITY_LANGUAGE'>): Promise<boolean> {
  const [{ n }] = (await dataSource.query('SELECT count(*)::int AS n FROM districts')) as { n: number }[];
  if (n > 0) return false;
  await seedDemo(dataSource, config);
  return true;
}
