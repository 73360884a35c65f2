import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import {
  assign,
  type CaseFixture,
  createStaff,
  grantEmergency,
  idOfTeam,
  idOfUnit,
  insertCase,
} from 'test/factories/cases';
import { createTestApp, errorOf, idOfDistrict, idOfStaff, type TestApp } from 'test/utils/test-app';
import { setCoordinationSettings } from 'test/factories/coordination';

/*
 * journalEntryAdded decides again at every delivery: a subscriber who loses access while
 * the socket is open gets no further entry, and the subscription ends with FORBIDDEN naming
 * why. Every delivered entry is audited as a read before it is sent.
 */

const ADD = `mutation($caseId: ID!, $input: AddJournalEntryInput!) {
  addJournalEntry(caseId: $caseId, input: $input) { id } }`;
const JOURNAL = `query($caseId: ID!) { journal(caseId: $caseId) { totalCount } }`;
const SUBSCRIBE = `subscription($caseId: ID!) { journalEntryAdded(caseId: $caseId) { id text author { email } } }`;

type Outcome =
  | { kind: 'data'; id: string; text: string }
  | { kind: 'error'; code?: string; reason?: string }
  | { kind: 'closed'; code?: number }
  | { kind: 'complete' }
  | { kind: 'timeout' };

/** What one subscription receives, in order. */
class Watch {
  private readonly queue: Outcome[] = [];
  private readonly waiters: ((outcome: Outcome) => void)[] = [];

  push(outcome: Outcome): void {
    const waiter = this.waiters.shift();
    if (waiter) waiter(outcome);
    else this.queue.push(outcome);
  }

  next(timeoutMs = 10_000): Promise<Outcome> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        resolve({ kind: 'timeout' });
      }, timeoutMs);
      const waiter = (outcome: Outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      };
      this.waiters.push(waiter);
    });
  }
}

function extensionsOf(errors: readonly unknown[] | undefined): { code?: string; reason?: string } {
  const extensions = (errors?.[0] as { extensions?: { code?: string; reason?: string } })
    ?.extensions;
  return { code: extensions?.code, reason: extensions?.reason };
}

describe('journalEntryAdded re-decides access at every delivery', () => {
  let t: TestApp;
  let url: string;
  let nord: string;
  let nordTeam: string;
  let sorTeam: string;
  let coordinatorId: string;
  const clients: Client[] = [];

  const token = (email: string) => t.as(email);
  const write = async (caseId: string, text: string, as = 'physio.nord@demo.local') => {
    const result = await t.gql<{ addJournalEntry: { id: string } }>(
      ADD,
      { caseId, input: { kind: 'NOTE', text } },
      await token(as),
    );
    expect(result.errors).toBeUndefined();
    return result.data!.addJournalEntry.id;
  };
  const newCase = () =>
    insertCase(t, { teamId: nordTeam, districtId: nord, coordinatorId: coordinatorId });

  /** Subscribes as `email`; resolves once the subscription is live (a first entry arrived). */
  async function watch(email: string, kase: CaseFixture): Promise<Watch> {
    const seen = new Watch();
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: false,
      // The close is asserted through the subscription's sink; the client need not log it.
      onNonLazyError: () => undefined,
      connectionParams: { authorization: `Bearer ${await token(email)}` },
    });
    clients.push(client);
    client.subscribe<{ journalEntryAdded: { id: string; text: string } }>(
      { query: SUBSCRIBE, variables: { caseId: kase.caseId } },
      {
        next: (value) =>
          seen.push(
            value.data?.journalEntryAdded
              ? { kind: 'data', ...value.data.journalEntryAdded }
              : { kind: 'error', ...extensionsOf(value.errors) },
          ),
        // GraphQL errors come as an array; a closed socket as a CloseEvent.
        error: (error) =>
          seen.push(
            Array.isArray(error)
              ? { kind: 'error', ...extensionsOf(error) }
              : { kind: 'closed', code: (error as { code?: number }).code },
          ),
        complete: () => seen.push({ kind: 'complete' }),
      },
    );
    await subscribed(email, kase.caseId);
    // While access holds, a colleague's entry is delivered.
    const first = await write(kase.caseId, `Første notat til ${email}`);
    await expect(seen.next()).resolves.toMatchObject({ kind: 'data', id: first });
    return seen;
  }

  /** Waits (at most 3 s) for the subscription to be registered: its audit row is written first. */
  async function subscribed(email: string, caseId: string): Promise<void> {
    const staffId = await idOfStaff(t, email);
    for (let waited = 0; waited < 3000; waited += 50) {
      const n = await t.count(
        'audit_events',
        `action = 'journalEntryAdded' AND actor_id = $1 AND case_ids = ARRAY[$2::uuid] AND NOT args ? 'entryId'`,
        [staffId, caseId],
      );
      if (n > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // The PubSub subscription starts right after the audit row is written.
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  const journalRead = async (email: string, caseId: string) =>
    errorOf(await t.gql(JOURNAL, { caseId }, await token(email)));

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    url = `ws://127.0.0.1:${port}/graphql`;
    nord = await idOfDistrict(t, 'Nord');
    nordTeam = await idOfTeam(t, 'Vurderingsteam Nord');
    sorTeam = await idOfTeam(t, 'Vurderingsteam Sør');
    coordinatorId = await idOfStaff(t, 'coordinator.nord@demo.local');
  }, 60_000);
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await t.close();
  });

  it('ends the subscription of a nurse removed from the team: the next entry is not delivered', async () => {
    const kase = await newCase();
    const staffId = await createStaff(t, 'nurse.moving@demo.local', 'NURSE', { teamId: nordTeam });
    const seen = await watch('nurse.moving@demo.local', kase);

    const removed = await t.gql(
      'mutation($input: TeamMembershipInput!) { removeTeamMembership(input: $input) { id } }',
      { input: { staffId, teamId: nordTeam } },
      await token('admin@demo.local'),
    );
    expect(removed.errors).toBeUndefined();
    await write(kase.caseId, 'Skrevet etter at sykepleieren flyttet: fall i trappen.');

    await expect(seen.next()).resolves.toEqual({
      kind: 'error',
      code: 'FORBIDDEN',
      reason: 'NO_RELATION_TO_CASE',
    });
    // The same answer as an HTTP read of the case; the refusal is in the audit trail.
    expect(await journalRead('nurse.moving@demo.local', kase.caseId)).toEqual({
      code: 'FORBIDDEN',
      reason: 'NO_RELATION_TO_CASE',
    });
    expect(
      await t.count(
        'audit_events',
        `action = 'journalEntryAdded' AND access = 'REFUSED' AND actor_id = $1 AND args->>'reason' = 'NO_RELATION_TO_CASE'`,
        [staffId],
      ),
    ).toBe(1);
  });

  it('closes the sockets of a staff member at once when deactivated (4403), without waiting for an entry', async () => {
    const kase = await newCase();
    const staffId = await createStaff(t, 'nurse.quitting@demo.local', 'NURSE', {
      teamId: nordTeam,
    });
    const seen = await watch('nurse.quitting@demo.local', kase);

    const deactivated = await t.gql(
      'mutation($staffId: ID!) { deactivateStaffMember(staffId: $staffId) { id active } }',
      { staffId },
      await token('admin@demo.local'),
    );
    expect(deactivated.errors).toBeUndefined();

    await expect(seen.next()).resolves.toEqual({ kind: 'closed', code: 4403 });
    expect(await journalRead('nurse.quitting@demo.local', kase.caseId)).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'STAFF_DEACTIVATED',
    });
  });

  it('refuses the next entry with STAFF_DEACTIVATED when a deactivation reached the database but not this socket', async () => {
    // As when another instance deactivated them and its notice did not arrive: no socket is closed.
    const kase = await newCase();
    await createStaff(t, 'nurse.elsewhere@demo.local', 'NURSE', { teamId: nordTeam });
    const seen = await watch('nurse.elsewhere@demo.local', kase);

    await t.dataSource.query(
      `UPDATE staff_members SET active = false, deactivated_at = now() WHERE email = 'nurse.elsewhere@demo.local'`,
    );
    await write(kase.caseId, 'Pårørende ringte om medisiner.');

    await expect(seen.next()).resolves.toEqual({
      kind: 'error',
      code: 'FORBIDDEN',
      reason: 'STAFF_DEACTIVATED',
    });
    expect(await journalRead('nurse.elsewhere@demo.local', kase.caseId)).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'STAFF_DEACTIVATED',
    });
  });

  it('ends the subscription of home-care staff when their unit returns the handover', async () => {
    const kase = await newCase();
    const unitId = await idOfUnit(t, 'Hjemmetjenesten Nord');
    await t.dataSource.query(`UPDATE assessment_cases SET status = 'HANDED_OVER' WHERE id = $1`, [
      kase.caseId,
    ]);
    await t.dataSource.query(
      `INSERT INTO handovers (case_id, destination, receiving_unit_id, status, sent_at, sent_by, summary, summary_text)
       VALUES ($1, 'ORDINARY_HOME_CARE', $2, 'SENT', now(), $3, '{}'::jsonb, 'Oppsummering')`,
      [kase.caseId, unitId, coordinatorId],
    );
    // Subscribed after the handover, as the receiving unit.
    const seen = await watch('homecare.nord@demo.local', kase);

    const returned = await t.gql(
      `mutation($caseId: ID!) { returnHandover(caseId: $caseId, reason: "Mangler medisinliste") { status } }`,
      { caseId: kase.caseId },
      await token('homecare.nord@demo.local'),
    );
    expect(returned.errors).toBeUndefined();
    await write(kase.caseId, 'Ny vurdering etter retur: trenger rullator.');

    await expect(seen.next()).resolves.toEqual({
      kind: 'error',
      code: 'FORBIDDEN',
      reason: 'NO_RELATION_TO_CASE',
    });
    expect(await journalRead('homecare.nord@demo.local', kase.caseId)).toEqual({
      code: 'FORBIDDEN',
      reason: 'NO_RELATION_TO_CASE',
    });
  });

  it('ends the subscription of an emergency grant holder when the grant expires (EMERGENCY_ACCESS_EXPIRED)', async () => {
    const kase = await newCase();
    const staffId = await createStaff(t, 'nurse.glass@demo.local', 'NURSE', { teamId: sorTeam });
    await grantEmergency(t, kase, staffId, 'NURSE');
    const started = t.clock.now();
    try {
      const seen = await watch('nurse.glass@demo.local', kase);
      // The delivery under the grant was flagged as emergency access.
      expect(
        await t.count(
          'audit_events',
          `action = 'journalEntryAdded' AND access = 'READ' AND actor_id = $1 AND args ? 'entryId' AND emergency`,
          [staffId],
        ),
      ).toBe(1);

      t.clock.set(new Date(started.getTime() + 5 * 3_600_000).toISOString());
      await write(kase.caseId, 'Skrevet etter at nødtilgangen gikk ut.');

      await expect(seen.next()).resolves.toEqual({
        kind: 'error',
        code: 'FORBIDDEN',
        reason: 'EMERGENCY_ACCESS_EXPIRED',
      });
      expect(await journalRead('nurse.glass@demo.local', kase.caseId)).toEqual({
        code: 'FORBIDDEN',
        reason: 'NO_RELATION_TO_CASE',
      });
    } finally {
      t.clock.set(started.toISOString());
    }
  });

  it('ends the subscription of a member the coordinator removes from the case (removeCaseMember)', async () => {
    const kase = await newCase();
    const staffId = await createStaff(t, 'ot.consulted@demo.local', 'OCCUPATIONAL_THERAPIST', {
      teamId: sorTeam,
    });
    await assign(t, kase.caseId, staffId, coordinatorId);
    const seen = await watch('ot.consulted@demo.local', kase);

    const removed = await t.gql(
      `mutation($caseId: ID!, $staffId: ID!) { removeCaseMember(caseId: $caseId, staffId: $staffId, reason: "Vurderingen er ferdig") { id } }`,
      { caseId: kase.caseId, staffId },
      await token('coordinator.nord@demo.local'),
    );
    expect(removed.errors).toBeUndefined();
    await write(kase.caseId, 'Skrevet etter at ergoterapeuten ble tatt av saken.');

    await expect(seen.next()).resolves.toEqual({
      kind: 'error',
      code: 'FORBIDDEN',
      reason: 'NO_RELATION_TO_CASE',
    });
    expect(await journalRead('ot.consulted@demo.local', kase.caseId)).toEqual({
      code: 'FORBIDDEN',
      reason: 'NO_RELATION_TO_CASE',
    });
  });

  it("ends the subscription of a person's coordinating caseworker when another is named (setCoordinatingCaseworker)", async () => {
    await setCoordinationSettings(t, nord);
    const kase = await newCase();
    const psykTeam = await idOfTeam(t, 'Vurderingsteam psykisk helse Nord');
    const first = await createStaff(t, 'cw.follows@demo.local', 'CASEWORKER', {
      teamId: psykTeam,
    });
    const second = await createStaff(t, 'cw.next@demo.local', 'CASEWORKER', { teamId: psykTeam });
    const as = await token('caseworker.nord@demo.local');
    const set = async (staffId: string) => {
      const result = await t.gql(
        'mutation($p: ID!, $s: ID) { setCoordinatingCaseworker(patientId: $p, staffId: $s) { id } }',
        { p: kase.patientId, s: staffId },
        as,
      );
      expect(result.errors).toBeUndefined();
    };
    await set(first);
    const seen = await watch('cw.follows@demo.local', kase);

    await set(second);
    await write(kase.caseId, 'Skrevet etter at en annen ble koordinerende saksbehandler.');

    await expect(seen.next()).resolves.toEqual({
      kind: 'error',
      code: 'FORBIDDEN',
      reason: 'NO_RELATION_TO_CASE',
    });
    expect(await journalRead('cw.follows@demo.local', kase.caseId)).toEqual({
      code: 'FORBIDDEN',
      reason: 'NO_RELATION_TO_CASE',
    });
    expect(await journalRead('cw.next@demo.local', kase.caseId)).toEqual({});
  });

  it('audits the subscription and every delivered entry as a READ naming the person and case, before sending it', async () => {
    const kase = await newCase();
    const nurseId = await idOfStaff(t, 'nurse.nord@demo.local');
    const seen = await watch('nurse.nord@demo.local', kase);

    const entryId = await write(kase.caseId, 'Fysioterapeut: gangtrening to ganger i uken.');
    const delivered = await seen.next();
    expect(delivered).toMatchObject({ kind: 'data', id: entryId });
    // Queried right after the entry arrived: the row was written before it was sent.
    const rows = (await t.dataSource.query(
      `SELECT access, patient_ids AS "patientIds", case_ids AS "caseIds", args, emergency
         FROM audit_events WHERE action = 'journalEntryAdded' AND actor_id = $1 AND $2 = ANY(case_ids)
        ORDER BY occurred_at, id`,
      [nurseId, kase.caseId],
    )) as {
      access: string;
      patientIds: string[];
      caseIds: string[];
      args: Record<string, unknown>;
    }[];
    const reads = rows.filter((row) => row.access === 'READ');
    expect(reads).toHaveLength(3); // the subscription, the first entry, this entry
    for (const row of reads) {
      expect(row.patientIds).toEqual([kase.patientId]);
      expect(row.caseIds).toEqual([kase.caseId]);
    }
    expect(reads[0].args).toEqual({ action: 'journalEntryAdded', caseId: kase.caseId });
    expect(reads.filter((row) => row.args.entryId === entryId)).toHaveLength(1);
  });

  it('withholds an entry, and ends the subscription, when its audit row cannot be written', async () => {
    const kase = await newCase();
    const seen = await watch('nurse.nord@demo.local', kase);
    // This file's own database, as its owner: a trigger refuses the audit row of a delivery.
    await t.ownerQuery(`
      CREATE FUNCTION test_refuse_delivery_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.action = 'journalEntryAdded' AND NEW.access = 'READ' AND NEW.args ? 'entryId' THEN
          RAISE EXCEPTION 'audit refused by the test';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER test_refuse_delivery_audit BEFORE INSERT ON audit_events
        FOR EACH ROW EXECUTE FUNCTION test_refuse_delivery_audit();`);
    try {
      await write(kase.caseId, 'Hemmelig: skal ikke sendes uten revisjonsspor.');

      await expect(seen.next()).resolves.toEqual({
        kind: 'error',
        code: 'SERVICE_UNAVAILABLE',
        reason: 'AUDIT_UNAVAILABLE',
      });
    } finally {
      await t.ownerQuery(`
        DROP TRIGGER test_refuse_delivery_audit ON audit_events;
        DROP FUNCTION test_refuse_delivery_audit();`);
    }
  });
});
