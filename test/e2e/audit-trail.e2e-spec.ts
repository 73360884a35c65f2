import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openCaseViaApi } from 'test/factories/cases';
import { createTestApp, errorOf, idOfDistrict, idOfStaff, type TestApp } from 'test/utils/test-app';

const TRAIL = `query($patientId: ID!, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
  auditTrail(patientId: $patientId, from: $from, to: $to, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id occurredAt requestId action access actorProfession emergency caseIds patientIds args
      actor { email } } } } }`;
const JOURNAL = 'query($caseId: ID!) { journal(caseId: $caseId) { totalCount } }';
const ADD = `mutation($caseId: ID!, $text: String!) {
  addJournalEntry(caseId: $caseId, input: { kind: NOTE, text: $text }) { id } }`;
const PATIENT = 'query($id: ID!) { patient(id: $id) { id familyName nationalId } }';

interface TrailNode {
  id: string;
  occurredAt: string;
  requestId: string;
  action: string;
  access: string;
  actorProfession: string | null;
  emergency: boolean;
  caseIds: string[];
  patientIds: string[];
  args: Record<string, unknown>;
  actor: { email: string } | null;
}
type Trail = {
  auditTrail: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: TrailNode }[];
  };
};

describe('the audit trail: "who has looked at my journal"', () => {
  let t: TestApp;
  let kase: { caseId: string; patientId: string };
  let privacy: string;
  const secret = 'Hemmelig journaltekst: pasienten har fortalt om rusbruk';

  beforeAll(async () => {
    t = await createTestApp();
    kase = await openCaseViaApi(t, { districtId: await idOfDistrict(t, 'Nord') });
    privacy = await t.as('privacy@demo.local');
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers the privacy officer every read, write and refusal of the person, newest first', async () => {
    const physio = await t.as('physio.nord@demo.local');
    await t.gql(ADD, { caseId: kase.caseId, text: secret }, physio);
    await t.gql(JOURNAL, { caseId: kase.caseId }, await t.as('nurse.nord@demo.local'));
    // Another district's nurse tries: refused, and that is in the trail too.
    await t.gql(JOURNAL, { caseId: kase.caseId }, await t.as('nurse.sor@demo.local'));

    const result = await t.gql<Trail>(TRAIL, { patientId: kase.patientId }, privacy);
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.auditTrail.edges.map((e) => e.node);
    const summary = nodes.map((n) => `${n.actor?.email} ${n.access} ${n.action}`);
    expect(summary.slice(0, 3)).toEqual([
      'nurse.sor@demo.local REFUSED journal',
      'nurse.nord@demo.local READ journal',
      'physio.nord@demo.local WRITE addJournalEntry',
    ]);
    // Opening the case is there too (registration, referral, acceptance by the coordinator).
    expect(summary).toEqual(
      expect.arrayContaining([
        'coordinator.nord@demo.local WRITE registerPatient',
        'coordinator.nord@demo.local WRITE acceptReferral',
      ]),
    );
    const times = nodes.map((n) => new Date(n.occurredAt).getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(nodes[1]).toMatchObject({
      actorProfession: 'NURSE',
      emergency: false,
      caseIds: [kase.caseId],
      patientIds: [kase.patientId],
    });
    expect(nodes[1].requestId).toEqual(expect.any(String));
  });

  it("reports the audit's share of each request in a Server-Timing header", async () => {
    const timing = (header: string | undefined) => {
      const match = /^audit;dur=(\d+\.\d\d), app;dur=(\d+\.\d\d)$/.exec(header ?? '');
      expect(match).not.toBeNull();
      return { audit: Number(match![1]), app: Number(match![2]) };
    };
    const nurse = await t.as('nurse.nord@demo.local');
    const read = await t.gql(JOURNAL, { caseId: kase.caseId }, nurse);
    const write = await t.gql(ADD, { caseId: kase.caseId, text: 'Målt.' }, nurse);
    for (const result of [read, write]) {
      expect(result.errors).toBeUndefined();
      const { audit, app } = timing(result.headers['server-timing']);
      expect(audit).toBeGreaterThan(0);
      expect(app).toBeGreaterThanOrEqual(audit);
    }
  });

  it('never holds journal text, in the trail or anywhere in audit_events', async () => {
    const result = await t.gql<Trail>(TRAIL, { patientId: kase.patientId }, privacy);
    expect(JSON.stringify(result.data)).not.toContain('rusbruk');
    expect(await t.count('audit_events', `args::text LIKE '%rusbruk%'`)).toBe(0);
  });

  it('refuses a searched string holding NUL bytes before it reaches PostgreSQL or the audit', async () => {
    // The text rules refuse control characters in every string argument (strict-input.e2e-spec).
    const result = await t.gql(
      'query($q: String!) { searchPatients(query: $q) { totalCount } }',
      { q: 'Hansen\u0000x' },
      privacy,
    );
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'VALIDATION_FAILED',
      fields: [{ field: 'query' }],
    });
    const rows = (await t.dataSource.query(
      `SELECT 1 FROM audit_events WHERE action = 'searchPatients' AND args->>'query' LIKE 'Hansen%x'`,
    )) as unknown[];
    expect(rows).toEqual([]);
  });

  it('audits the privacy officer’s own look at the trail', async () => {
    const result = await t.gql<Trail>(TRAIL, { patientId: kase.patientId, first: 1 }, privacy);
    expect(result.data!.auditTrail.edges[0].node).toMatchObject({
      action: 'auditTrail',
      access: 'READ',
      actor: { email: 'privacy@demo.local' },
      patientIds: [kase.patientId],
    });
  });

  it('pages with first/after and filters by from/to', async () => {
    const all = await t.gql<Trail>(TRAIL, { patientId: kase.patientId, first: 100 }, privacy);
    const total = all.data!.auditTrail.edges.length;
    const first = await t.gql<Trail>(TRAIL, { patientId: kase.patientId, first: 2 }, privacy);
    expect(first.data!.auditTrail.pageInfo.hasNextPage).toBe(true);
    const second = await t.gql<Trail>(
      TRAIL,
      { patientId: kase.patientId, first: 100, after: first.data!.auditTrail.pageInfo.endCursor },
      privacy,
    );
    const ids = [
      ...first.data!.auditTrail.edges.map((e) => e.node.id),
      ...second.data!.auditTrail.edges.map((e) => e.node.id),
    ];
    // Two more trail reads were audited meanwhile (newer than the cursor): not on page two.
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(total);

    const future = await t.gql<Trail>(
      TRAIL,
      { patientId: kase.patientId, from: '2999-01-01T00:00:00Z' },
      privacy,
    );
    expect(future.data!.auditTrail.totalCount).toBe(0);
    const reversed = await t.gql(
      TRAIL,
      { patientId: kase.patientId, from: '2030-01-01T00:00:00Z', to: '2020-01-01T00:00:00Z' },
      privacy,
    );
    expect(errorOf(reversed)).toEqual({ code: 'BAD_USER_INPUT', reason: 'DATES_OUT_OF_ORDER' });
  });

  it('is for the privacy officer only; a refused look is itself audited', async () => {
    for (const email of [
      'nurse.nord@demo.local',
      'coordinator.nord@demo.local',
      'leader.nord@demo.local',
      'admin@demo.local',
    ]) {
      const result = await t.gql(TRAIL, { patientId: kase.patientId }, await t.as(email));
      expect(errorOf(result)).toEqual({ code: 'FORBIDDEN', reason: 'PROFESSION_NOT_ALLOWED' });
      expect(result.data).toBeNull();
    }
    expect(
      await t.count(
        'audit_events',
        `action = 'auditTrail' AND access = 'REFUSED' AND $1 = ANY(patient_ids)`,
        [kase.patientId],
      ),
    ).toBe(4);
    expect(
      errorOf(await t.gql(TRAIL, { patientId: '00000000-0000-4000-8000-000000000000' }, privacy)),
    ).toEqual({ code: 'NOT_FOUND', reason: 'PATIENT_NOT_FOUND' });
  });

  it('is append-only in the database', async () => {
    await expect(t.ownerQuery(`UPDATE audit_events SET action = 'x'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.ownerQuery('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
    await expect(t.ownerQuery('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
  });
});

const FILTERED = `query($patientId: ID!, $staffId: ID, $kinds: [AuditAccess!], $from: DateTime) {
  auditTrail(patientId: $patientId, staffId: $staffId, kinds: $kinds, from: $from, first: 100) {
    totalCount
    actors { name profession }
    edges { node { action access emergency caseIds actor { email name profession } } } } }`;
const EMERGENCY = `mutation($caseId: ID!, $reason: String!) {
  requestEmergencyAccess(caseId: $caseId, reason: $reason) { id } }`;

interface FilteredNode {
  action: string;
  access: string;
  emergency: boolean;
  caseIds: string[];
  actor: { email: string; name: string; profession: string } | null;
}
type Filtered = {
  auditTrail: {
    totalCount: number;
    actors: { name: string; profession: string }[];
    edges: { node: FilteredNode }[];
  };
};

describe('the audit trail filtered by staff member and kind of access', () => {
  let t: TestApp;
  let kase: { caseId: string; patientId: string };
  let privacy: string;
  let nurseSorId: string;
  let physioId: string;
  const filtered = async (variables: Record<string, unknown>) => {
    const result = await t.gql<Filtered>(
      FILTERED,
      { patientId: kase.patientId, ...variables },
      privacy,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.auditTrail;
  };

  beforeAll(async () => {
    t = await createTestApp();
    kase = await openCaseViaApi(t, { districtId: await idOfDistrict(t, 'Nord') });
    privacy = await t.as('privacy@demo.local');
    nurseSorId = await idOfStaff(t, 'nurse.sor@demo.local');
    physioId = await idOfStaff(t, 'physio.nord@demo.local');
    await t.gql(
      ADD,
      { caseId: kase.caseId, text: 'Målt blodtrykk.' },
      await t.as('physio.nord@demo.local'),
    );
    await t.gql(JOURNAL, { caseId: kase.caseId }, await t.as('nurse.nord@demo.local'));
    // A nurse of another district is refused, breaks the glass, and reads.
    const nurseSor = await t.as('nurse.sor@demo.local');
    await t.gql(JOURNAL, { caseId: kase.caseId }, nurseSor);
    const grant = await t.gql(
      EMERGENCY,
      { caseId: kase.caseId, reason: 'Akutt innleggelse' },
      nurseSor,
    );
    expect(grant.errors).toBeUndefined();
    await t.gql(JOURNAL, { caseId: kase.caseId }, nurseSor);
  });
  afterAll(async () => {
    await t.close();
  });

  it('filters by staff member alone', async () => {
    const trail = await filtered({ staffId: nurseSorId });
    const summary = trail.edges.map((e) => `${e.node.access} ${e.node.action}`);
    expect(summary).toEqual(['READ journal', 'WRITE requestEmergencyAccess', 'REFUSED journal']);
    expect(trail.totalCount).toBe(3);
    expect(trail.edges.every((e) => e.node.actor?.email === 'nurse.sor@demo.local')).toBe(true);
  });

  it('filters by kinds alone', async () => {
    const refused = await filtered({ kinds: ['REFUSED'] });
    expect(refused.edges.map((e) => `${e.node.actor?.email} ${e.node.action}`)).toEqual([
      'nurse.sor@demo.local journal',
    ]);
    const changes = await filtered({ kinds: ['WRITE', 'REFUSED'] });
    expect(new Set(changes.edges.map((e) => e.node.access))).toEqual(new Set(['WRITE', 'REFUSED']));
    expect(changes.edges.map((e) => e.node.action)).toEqual(
      expect.arrayContaining(['addJournalEntry', 'requestEmergencyAccess', 'registerPatient']),
    );
    // An empty list of kinds is no filter.
    expect((await filtered({ kinds: [] })).totalCount).toBe((await filtered({})).totalCount - 1);
  });

  it('combines staff member and kinds: the emergency read, with the name and profession of the reader', async () => {
    const trail = await filtered({ staffId: nurseSorId, kinds: ['READ'] });
    expect(trail.edges.map((e) => e.node)).toEqual([
      {
        action: 'journal',
        access: 'READ',
        emergency: true,
        caseIds: [kase.caseId],
        actor: { email: 'nurse.sor@demo.local', name: expect.any(String), profession: 'NURSE' },
      },
    ]);
  });

  it('answers an empty page when nothing matches (also for an id of nobody)', async () => {
    const none = await filtered({ staffId: physioId, kinds: ['REFUSED'] });
    expect(none).toMatchObject({ totalCount: 0, edges: [] });
    const nobody = await filtered({ staffId: '00000000-0000-4000-8000-000000000000' });
    expect(nobody).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('lists everyone in the trail of the period as the choices, whatever the filters', async () => {
    const all = await filtered({});
    const narrowed = await filtered({ staffId: physioId, kinds: ['REFUSED'] });
    expect(narrowed.actors).toEqual(all.actors);
    const professions = all.actors.map((a) => a.profession);
    expect(professions).toEqual(
      expect.arrayContaining(['NURSE', 'PHYSIOTHERAPIST', 'PRIVACY_OFFICER']),
    );
    const names = all.actors.map((a) => a.name);
    expect([...names].sort((a, b) => a.localeCompare(b, 'nb'))).toEqual(names);
    expect((await filtered({ from: '2999-01-01T00:00:00Z' })).actors).toEqual([]);
  });

  it('refuses a malformed staff id or an unknown kind (BAD_USER_INPUT), and audits the filters', async () => {
    const badId = await t.gql(FILTERED, { patientId: kase.patientId, staffId: 'nurse' }, privacy);
    expect(errorOf(badId)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
    const badKind = await t.gql(
      FILTERED,
      { patientId: kase.patientId, kinds: ['DELETE'] },
      privacy,
    );
    expect(errorOf(badKind).code).toBe('BAD_USER_INPUT');
    expect(badKind.data ?? null).toBeNull();
    const rows = (await t.dataSource.query(
      `SELECT args FROM audit_events WHERE action = 'auditTrail' AND access = 'READ'
        AND args->>'staffId' = $1 ORDER BY occurred_at DESC LIMIT 1`,
      [nurseSorId],
    )) as { args: Record<string, unknown> }[];
    expect(rows[0].args).toMatchObject({ staffId: nurseSorId, kinds: ['READ'] });
  });

  it('still is for the privacy officer only', async () => {
    const result = await t.gql(
      FILTERED,
      { patientId: kase.patientId, staffId: nurseSorId },
      await t.as('leader.nord@demo.local'),
    );
    expect(errorOf(result)).toEqual({ code: 'FORBIDDEN', reason: 'PROFESSION_NOT_ALLOWED' });
  });
});

describe('fail closed: no audit row, no answer', () => {
  let t: TestApp;
  let kase: { caseId: string; patientId: string };

  beforeAll(async () => {
    t = await createTestApp();
    kase = await openCaseViaApi(t, { districtId: await idOfDistrict(t, 'Nord') });
    // In this test's own database only: every audit INSERT fails from now on.
    await t.ownerQuery(`
      CREATE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit storage unavailable (test)'; END $$`);
    await t.ownerQuery(`
      CREATE TRIGGER "TR_test_refuse_audit" BEFORE INSERT ON audit_events
      FOR EACH ROW EXECUTE FUNCTION test_refuse_audit()`);
  });
  afterAll(async () => {
    await t.close();
  });

  it('withholds a read when its audit row cannot be written (SERVICE_UNAVAILABLE, no data)', async () => {
    const result = await t.gql(
      PATIENT,
      { id: kase.patientId },
      await t.as('nurse.nord@demo.local'),
    );
    expect(errorOf(result)).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: 'AUDIT_UNAVAILABLE' });
    expect(result.data).toBeNull();
    expect(JSON.stringify(result)).not.toContain(kase.patientId);
  });

  it('rolls back a write when its audit row cannot be written', async () => {
    const entries = await t.count('journal_entries');
    const result = await t.gql(
      ADD,
      { caseId: kase.caseId, text: 'Skal ikke lagres' },
      await t.as('nurse.nord@demo.local'),
    );
    expect(errorOf(result)).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: 'AUDIT_UNAVAILABLE' });
    expect(result.data).toBeNull();
    expect(await t.count('journal_entries')).toBe(entries);
  });
});
