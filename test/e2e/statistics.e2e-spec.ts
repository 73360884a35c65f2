import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { nextSyntheticFodselsnummer } from 'src/modules/identity/national-id';
import { createTestApp, errorOf, idOfDistrict, idOfStaff, type TestApp } from 'test/utils/test-app';

const STATISTICS = `query($from: DateTime!, $to: DateTime!, $districtId: ID!) {
  statistics(from: $from, to: $to, districtId: $districtId) {
    casesOpened casesDecided casesHandedOver
    daysReferralToDecision { median p90 } daysAcceptanceToDecision { median p90 }
    decidedWithinDeadlineShare
    perServiceLevel { serviceLevel count share suppressed }
    perDestination { destination count share suppressed }
    lowerThanRequested sameAsRequested higherThanRequested } }`;

interface FixtureCase {
  district: 'Nord' | 'Sør';
  acceptedOn: string;
  decision?: { level: string | null; requested: string | null; days: number; late: boolean };
  handover?: { destination: string; status: string };
}

/**
 * A hand-made fixture with known answers (January 2026, district Nord):
 * 8 cases accepted in January and one in December; 7 decisions in January with
 * 2, 4, 6, 8, 10, 12 and 20 days from acceptance (the last one late); the referral
 * came the day before acceptance; handovers: 5 to home care, 1 closed, 1 returned.
 */
const FIXTURE: FixtureCase[] = [
  {
    district: 'Nord',
    acceptedOn: '2025-12-29',
    decision: { level: 'HOME_NURSING', requested: 'LONG_TERM_CARE', days: 4, late: false },
    handover: { destination: 'ORDINARY_HOME_CARE', status: 'ACKNOWLEDGED' },
  },
  {
    district: 'Nord',
    acceptedOn: '2026-01-02',
    decision: { level: 'HOME_NURSING', requested: 'LONG_TERM_CARE', days: 2, late: false },
    handover: { destination: 'ORDINARY_HOME_CARE', status: 'ACKNOWLEDGED' },
  },
  {
    district: 'Nord',
    acceptedOn: '2026-01-03',
    decision: { level: 'HOME_NURSING', requested: 'LONG_TERM_CARE', days: 6, late: false },
    handover: { destination: 'ORDINARY_HOME_CARE', status: 'ACKNOWLEDGED' },
  },
  {
    district: 'Nord',
    acceptedOn: '2026-01-04',
    decision: { level: 'HOME_NURSING', requested: 'HOME_NURSING', days: 8, late: false },
    handover: { destination: 'ORDINARY_HOME_CARE', status: 'ACKNOWLEDGED' },
  },
  {
    district: 'Nord',
    acceptedOn: '2026-01-05',
    decision: { level: 'HOME_NURSING', requested: 'HOME_NURSING', days: 10, late: false },
    handover: { destination: 'ORDINARY_HOME_CARE', status: 'SENT' },
  },
  {
    district: 'Nord',
    acceptedOn: '2026-01-06',
    decision: { level: 'WELFARE_TECHNOLOGY', requested: 'HOME_NURSING', days: 12, late: false },
    handover: { destination: 'ORDINARY_HOME_CARE', status: 'RETURNED' },
  },
  {
    district: 'Nord',
    acceptedOn: '2026-01-07',
    decision: { level: null, requested: 'HOME_NURSING', days: 20, late: true },
    handover: { destination: 'CLOSED', status: 'CLOSED' },
  },
  { district: 'Nord', acceptedOn: '2026-01-20' },
  { district: 'Nord', acceptedOn: '2026-01-25' },
  // Another district: never counted for Nord.
  {
    district: 'Sør',
    acceptedOn: '2026-01-03',
    decision: { level: 'LONG_TERM_CARE', requested: null, days: 3, late: false },
  },
];

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('statistics', () => {
  let t: TestApp;
  let nord: string;

  beforeAll(async () => {
    t = await createTestApp();
    nord = await idOfDistrict(t, 'Nord');
    const sor = await idOfDistrict(t, 'Sør');
    const coordinator = await idOfStaff(t, 'coordinator.nord@demo.local');
    const caseworker = await idOfStaff(t, 'caseworker.nord@demo.local');
    const q = (sql: string, params: unknown[]) =>
      t.dataSource.query(sql, params) as Promise<{ id: string }[]>;
    const [{ id: unit }] = await q(
      `SELECT id FROM service_units WHERE name = 'Hjemmetjenesten Nord'`,
      [],
    );
    let individual = 400;
    for (const fixture of FIXTURE) {
      const district = fixture.district === 'Nord' ? nord : sor;
      const [{ id: team }] = await q(
        `SELECT id FROM assessment_teams WHERE district_id = $1 AND service_area = 'SOMATIC'`,
        [district],
      );
      const number = nextSyntheticFodselsnummer('1938-09-09', individual);
      individual = number.individual + 1;
      const [{ id: patient }] = await q(
        `INSERT INTO patients (national_id, national_id_country, given_name, family_name, birth_date, address, district_id)
         VALUES ($1, 'NO', 'Fixture', 'Person', '1938-09-09', 'Veien 1', $2) RETURNING id`,
        [number.number, district],
      );
      const acceptedAt = `${fixture.acceptedOn}T10:00:00+01:00`;
      const [{ id: caseId }] = await q(
        `INSERT INTO assessment_cases (patient_id, team_id, service_area, status, coordinator_id, accepted_at, accepted_on,
                                       clarification_days, deadline_date, decided_on)
         VALUES ($1, $2, 'SOMATIC', 'CLOSED', $3, $4, $5, 14, $6, $7) RETURNING id`,
        [
          patient,
          team,
          coordinator,
          acceptedAt,
          fixture.acceptedOn,
          addDays(fixture.acceptedOn, 14),
          fixture.decision ? addDays(fixture.acceptedOn, fixture.decision.days) : null,
        ],
      );
      await q(
        `INSERT INTO referrals (patient_id, team_id, source, channel, received_at, description, help_requested, urgency,
                                requested_level, status, case_id, registered_by)
         VALUES ($1, $2, 'GP', 'LETTER', $3, 'Fiktiv', 'Fiktiv', 'NORMAL', $4, 'ACCEPTED', $5, $6) RETURNING id`,
        [
          patient,
          team,
          `${addDays(fixture.acceptedOn, -1)}T10:00:00+01:00`,
          fixture.decision?.requested ?? null,
          caseId,
          caseworker,
        ],
      );
      if (fixture.decision) {
        const decidedOn = addDays(fixture.acceptedOn, fixture.decision.days);
        await q(
          `INSERT INTO decisions (case_id, outcome, service_level, requested_level, legal_basis_code, justification, decided_at,
                                  decided_on, decided_by, is_late, days_to_decision, letter)
           VALUES ($1, $2, $3, $4, 'HOL_3_2_6A', 'Fiktiv', $5, $6, $7, $8, $9, 'Fiktivt brev') RETURNING id`,
          [
            caseId,
            fixture.decision.level ? 'GRANTED' : 'NO_SERVICES',
            fixture.decision.level,
            fixture.decision.requested,
            `${decidedOn}T12:00:00+01:00`,
            decidedOn,
            caseworker,
            fixture.decision.late,
            fixture.decision.days,
          ],
        );
        if (fixture.handover) {
          await q(
            `INSERT INTO handovers (case_id, destination, receiving_unit_id, status, follow_up_date, sent_at, sent_by, summary, summary_text)
             VALUES ($1, $2, $3, $4, '2026-04-20', $5, $6, '{}', 'Fiktiv') RETURNING id`,
            [
              caseId,
              fixture.handover.destination,
              fixture.handover.destination === 'CLOSED' ? null : unit,
              fixture.handover.status,
              `${addDays(decidedOn, 1)}T12:00:00+01:00`,
              coordinator,
            ],
          );
        }
      }
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it("answers the fixture's known figures for January in Nord", async () => {
    const result = await t.gql(
      STATISTICS,
      { from: '2026-01-01T00:00:00+01:00', to: '2026-02-01T00:00:00+01:00', districtId: nord },
      await t.as('leader.nord@demo.local'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.statistics).toEqual({
      casesOpened: 8,
      casesDecided: 7,
      // The returned handover does not count.
      casesHandedOver: 6,
      // Referral came the day before acceptance: one more day than from acceptance.
      daysReferralToDecision: { median: 9, p90: 16.2 },
      daysAcceptanceToDecision: { median: 8, p90: 15.2 },
      decidedWithinDeadlineShare: 6 / 7,
      perServiceLevel: [
        { serviceLevel: null, count: null, share: null, suppressed: true },
        { serviceLevel: 'WELFARE_TECHNOLOGY', count: null, share: null, suppressed: true },
        { serviceLevel: 'HOME_NURSING', count: 5, share: 5 / 7, suppressed: false },
      ],
      perDestination: [
        { destination: 'CLOSED', count: null, share: null, suppressed: true },
        { destination: 'ORDINARY_HOME_CARE', count: 5, share: 5 / 6, suppressed: false },
      ],
      // 3 × long-term care asked, home nursing given; welfare technology and no services below home nursing.
      lowerThanRequested: 5,
      // Two people got what they asked for: fewer than 5, so suppressed.
      sameAsRequested: null,
      higherThanRequested: 0,
    });
  });

  it('refuses staff of another district and the admin', async () => {
    const args = {
      from: '2026-01-01T00:00:00+01:00',
      to: '2026-02-01T00:00:00+01:00',
      districtId: nord,
    };
    expect(errorOf(await t.gql(STATISTICS, args, await t.as('nurse.sor@demo.local')))).toEqual({
      code: 'FORBIDDEN',
      reason: 'NOT_IN_DISTRICT',
    });
    expect(errorOf(await t.gql(STATISTICS, args, await t.as('admin@demo.local')))).toEqual({
      code: 'FORBIDDEN',
      reason: 'NOT_IN_DISTRICT',
    });
  });

  it('answers empty figures for a period without cases', async () => {
    const result = await t.gql<{ statistics: Record<string, unknown> }>(
      STATISTICS,
      { from: '2020-01-01T00:00:00Z', to: '2020-02-01T00:00:00Z', districtId: nord },
      await t.as('leader.nord@demo.local'),
    );
    expect(result.data?.statistics).toMatchObject({
      casesOpened: 0,
      casesDecided: 0,
      daysAcceptanceToDecision: { median: null, p90: null },
      perServiceLevel: [],
    });
  });

  it('counts the cases opened in the period by coordination level (Billund), small groups suppressed', async () => {
    const january = (await t.dataSource.query(
      `SELECT c.id FROM assessment_cases c JOIN assessment_teams tm ON tm.id = c.team_id
        WHERE tm.district_id = $1 AND c.accepted_on >= '2026-01-01' AND c.accepted_on < '2026-02-01'
        ORDER BY c.accepted_at, c.id`,
      [nord],
    )) as { id: string }[];
    expect(january).toHaveLength(8);
    // 5 at level 2, 2 at level 3, one without a level.
    const levels = [2, 2, 2, 2, 2, 3, 3, null];
    for (const [i, { id }] of january.entries())
      await t.ownerQuery('UPDATE assessment_cases SET coordination_level = $2 WHERE id = $1', [
        id,
        levels[i],
      ]);
    const result = await t.gql<{ statistics: { perCoordinationLevel: unknown[] } }>(
      `query($from: DateTime!, $to: DateTime!, $districtId: ID!) {
         statistics(from: $from, to: $to, districtId: $districtId) {
           perCoordinationLevel { coordinationLevel count share suppressed } } }`,
      { from: '2026-01-01T00:00:00+01:00', to: '2026-02-01T00:00:00+01:00', districtId: nord },
      await t.as('leader.nord@demo.local'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.statistics.perCoordinationLevel).toEqual([
      { coordinationLevel: 2, count: 5, share: 5 / 8, suppressed: false },
      { coordinationLevel: 3, count: null, share: null, suppressed: true },
      { coordinationLevel: null, count: null, share: null, suppressed: true },
    ]);
  });
});
