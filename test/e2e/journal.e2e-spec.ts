import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createStaff, idOfTeam, openCaseViaApi } from 'test/factories/cases';
import { createTestApp, errorOf, idOfDistrict, type TestApp } from 'test/utils/test-app';

const ADD = `mutation($caseId: ID!, $input: AddJournalEntryInput!) {
  addJournalEntry(caseId: $caseId, input: $input) { id rootId version kind text authorProfession isSystem } }`;
const AMEND = `mutation($entryId: ID!, $input: AmendJournalEntryInput!, $reason: String!) {
  amendJournalEntry(entryId: $entryId, input: $input, reason: $reason) { id rootId version text amendsId amendReason } }`;
const IN_ERROR = `mutation($entryId: ID!, $reason: String!) {
  markJournalEntryEnteredInError(entryId: $entryId, reason: $reason) { id version enteredInError text } }`;
const JOURNAL = `query($caseId: ID!, $search: String, $kinds: [JournalKind!], $first: Int, $after: String) {
  journal(caseId: $caseId, search: $search, kinds: $kinds, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id rootId version kind text highlight enteredInError author { email } versions { version text } } } } }`;

interface Entry {
  id: string;
  rootId: string;
  version: number;
  kind: string;
  text: string;
  highlight: string | null;
  enteredInError: boolean;
  versions: { version: number; text: string }[];
}
type JournalPage = {
  journal: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: Entry }[];
  };
};

describe('the shared collaboration journal', () => {
  let t: TestApp;
  let nord: string;

  /** A fresh Nord case for a newly registered person (a person has one open case at a time). */
  const openCase = async (): Promise<string> =>
    (await openCaseViaApi(t, { districtId: nord })).caseId;
  const add = async (
    caseId: string,
    text: string,
    as = 'physio.nord@demo.local',
    extra: Record<string, unknown> = {},
  ) =>
    t.gql<{ addJournalEntry: Entry }>(
      ADD,
      { caseId, input: { kind: 'NOTE', text, ...extra } },
      await t.as(as),
    );

  beforeAll(async () => {
    t = await createTestApp();
    nord = await idOfDistrict(t, 'Nord');
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows the amended text with both versions after a physiotherapist corrects a home visit', async () => {
    const caseId = await openCase();
    const added = await add(
      caseId,
      'Hjemmebesøk: falt på badet i går, blåmerke på hoften.',
      'physio.nord@demo.local',
      { kind: 'HOME_VISIT' },
    );
    expect(added.data?.addJournalEntry).toMatchObject({
      version: 1,
      kind: 'HOME_VISIT',
      authorProfession: 'PHYSIOTHERAPIST',
      isSystem: false,
    });
    const first = added.data!.addJournalEntry;

    const amended = await t.gql<{
      amendJournalEntry: { version: number; rootId: string; amendsId: string };
    }>(
      AMEND,
      {
        entryId: first.id,
        input: { text: 'Hjemmebesøk: falt på badet i forgårs, blåmerke på venstre hofte.' },
        reason: 'Feil dag og side',
      },
      await t.as('physio.nord@demo.local'),
    );
    expect(amended.data?.amendJournalEntry).toMatchObject({
      version: 2,
      rootId: first.id,
      amendsId: first.id,
    });

    const journal = await t.gql<JournalPage>(
      JOURNAL,
      { caseId, kinds: ['HOME_VISIT'] },
      await t.as('nurse.nord@demo.local'),
    );
    const nodes = journal.data!.journal.edges.map((e) => e.node);
    expect(nodes).toHaveLength(1);
    expect(nodes[0].text).toBe('Hjemmebesøk: falt på badet i forgårs, blåmerke på venstre hofte.');
    expect(nodes[0].versions.map((v) => v.version)).toEqual([1, 2]);
    expect(nodes[0].versions[0].text).toBe('Hjemmebesøk: falt på badet i går, blåmerke på hoften.');
  });

  it('is append-only in the database itself, also for a direct SQL session', async () => {
    const caseId = await openCase();
    await add(caseId, 'Notat som aldri skal endres.');
    const count = await t.count('journal_entries');
    await expect(t.ownerQuery('DELETE FROM journal_entries')).rejects.toThrow(/append-only/);
    await expect(t.ownerQuery(`UPDATE journal_entries SET text = 'endret'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.ownerQuery('TRUNCATE journal_entries CASCADE')).rejects.toThrow(/append-only/);
    expect(await t.count('journal_entries')).toBe(count);
  });

  it('finds "falt på badet" when searching "bad", and "fallet"/"fallene" when searching "fall" (Norwegian stemming)', async () => {
    const caseId = await openCase();
    await add(caseId, 'Hun har falt på badet og slått hodet.');
    await add(caseId, 'Etter fallet i trappen bruker hun rullator.');
    await add(caseId, 'De to fallene siste måned bekymrer datteren.');
    await add(caseId, 'Spiser godt, sover dårlig.');
    const token = await t.as('nurse.nord@demo.local');

    const bad = await t.gql<JournalPage>(JOURNAL, { caseId, search: 'bad' }, token);
    expect(bad.data!.journal.edges.map((e) => e.node.text)).toEqual([
      'Hun har falt på badet og slått hodet.',
    ]);
    expect(bad.data!.journal.edges[0].node.highlight).toContain('«badet»');

    const fall = await t.gql<JournalPage>(JOURNAL, { caseId, search: 'fall' }, token);
    expect(fall.data!.journal.edges.map((e) => e.node.text).sort()).toEqual([
      'De to fallene siste måned bekymrer datteren.',
      'Etter fallet i trappen bruker hun rullator.',
    ]);
  });

  it('writes system EVENT entries for case changes, and refuses system kinds from users', async () => {
    const caseId = await openCase();
    const coordinator = await t.as('coordinator.nord@demo.local');
    // Later than the acceptance, so the journal's newest-first order is certain.
    t.clock.advanceDays(1);
    await t.gql(
      'mutation($id: ID!) { putCaseOnHold(caseId: $id, input: { reason: "Innlagt på UNN" }) { id } }',
      { id: caseId },
      coordinator,
    );
    const events = await t.gql<JournalPage>(JOURNAL, { caseId, kinds: ['EVENT'] }, coordinator);
    const texts = events.data!.journal.edges.map((e) => e.node.text);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('Innlagt på UNN');
    expect(texts[1]).toContain('Frist for avklaring');
    // The deadline as a reader writes it ("16. mars 2026"), not an ISO date.
    expect(texts[1]).toMatch(/Frist for avklaring: \d{1,2}\. [a-zø]+ \d{4}\./);

    const before = await t.count('journal_entries');
    const posted = await add(caseId, 'Jeg later som jeg er systemet', 'nurse.nord@demo.local', {
      kind: 'EVENT',
    });
    expect(errorOf(posted)).toEqual({ code: 'BAD_USER_INPUT', reason: 'SYSTEM_KIND' });
    const systemEntryId = events.data!.journal.edges[0].node.id;
    const amendSystem = await t.gql(
      AMEND,
      { entryId: systemEntryId, input: { text: 'x' }, reason: 'y' },
      coordinator,
    );
    expect(errorOf(amendSystem)).toEqual({ code: 'BAD_USER_INPUT', reason: 'SYSTEM_ENTRY' });
    expect(await t.count('journal_entries')).toBe(before);
  });

  it('answers a retry with the same idempotency key with the first entry, and refuses the key for other text', async () => {
    const caseId = await openCase();
    const key = 'tablet-7f3a-0001';
    const first = await add(caseId, 'Telefon med datter om innkjøp.', 'nurse.nord@demo.local', {
      idempotencyKey: key,
    });
    const retries = await Promise.all(
      [1, 2, 3].map(() =>
        add(caseId, 'Telefon med datter om innkjøp.', 'nurse.nord@demo.local', {
          idempotencyKey: key,
        }),
      ),
    );
    expect(retries.map((r) => r.data?.addJournalEntry.id)).toEqual(
      [1, 2, 3].map(() => first.data!.addJournalEntry.id),
    );
    expect(await t.count('journal_entries', 'idempotency_key = $1', [key])).toBe(1);
    const other = await add(caseId, 'Et annet notat.', 'nurse.nord@demo.local', {
      idempotencyKey: key,
    });
    expect(errorOf(other)).toEqual({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    // The same text in another case is another entry, not a retry of this one.
    const elsewhere = await add(
      await openCase(),
      'Telefon med datter om innkjøp.',
      'nurse.nord@demo.local',
      { idempotencyKey: key },
    );
    expect(errorOf(elsewhere)).toEqual({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it("refuses an entry about a goal or measure outside the case's plan, writing nothing", async () => {
    const caseId = await openCase();
    const before = await t.count('journal_entries');
    for (const [extra, field] of [
      [{ goalId: '3f1c2a9e-8b7d-4c6e-9f0a-1b2c3d4e5f60' }, 'input.goalId'],
      [{ measureId: '3f1c2a9e-8b7d-4c6e-9f0a-1b2c3d4e5f60' }, 'input.measureId'],
    ] as const) {
      const result = await add(caseId, 'Om målet.', 'nurse.nord@demo.local', extra);
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'GOAL_NOT_IN_CASE' });
      expect(result.errors?.[0].extensions.fields).toEqual([
        { field, problems: [expect.any(String)] },
      ]);
    }
    expect(await t.count('journal_entries')).toBe(before);
  });

  it('refuses a correction by another author, and of a version that is no longer the latest', async () => {
    const caseId = await openCase();
    const entry = (await add(caseId, 'Første versjon.')).data!.addJournalEntry;
    const byNurse = await t.gql(
      AMEND,
      { entryId: entry.id, input: { text: 'Min versjon' }, reason: 'x' },
      await t.as('nurse.nord@demo.local'),
    );
    expect(errorOf(byNurse)).toEqual({ code: 'FORBIDDEN', reason: 'NOT_AUTHOR' });
    const physio = await t.as('physio.nord@demo.local');
    await t.gql(
      AMEND,
      { entryId: entry.id, input: { text: 'Andre versjon.' }, reason: 'Presisering' },
      physio,
    );
    const stale = await t.gql(
      AMEND,
      { entryId: entry.id, input: { text: 'Tredje?' }, reason: 'Fra gammel skjerm' },
      physio,
    );
    expect(errorOf(stale)).toEqual({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    expect(stale.errors?.[0].extensions.currentVersion).toBe(2);
  });

  it('marks an entry entered in error as a new version, keeping the text', async () => {
    const caseId = await openCase();
    const entry = (await add(caseId, 'Notat skrevet i feil forløp.')).data!.addJournalEntry;
    const marked = await t.gql<{
      markJournalEntryEnteredInError: { version: number; enteredInError: boolean; text: string };
    }>(
      IN_ERROR,
      { entryId: entry.id, reason: 'Feil person' },
      await t.as('physio.nord@demo.local'),
    );
    expect(marked.data?.markJournalEntryEnteredInError).toMatchObject({
      version: 2,
      enteredInError: true,
      text: 'Notat skrevet i feil forløp.',
    });
    const again = await t.gql(
      IN_ERROR,
      {
        entryId: marked.data
          ? (
              await t.dataSource.query(
                `SELECT id FROM journal_entries WHERE root_id = $1 AND version = 2`,
                [entry.id],
              )
            )[0].id
          : '',
        reason: 'igjen',
      },
      await t.as('physio.nord@demo.local'),
    );
    expect(errorOf(again)).toEqual({
      code: 'INVALID_TRANSITION',
      reason: 'ALREADY_ENTERED_IN_ERROR',
    });
  });

  it('refuses empty and oversized text and writes nothing', async () => {
    const caseId = await openCase();
    const before = await t.count('journal_entries');
    // Refused by validation, naming the field, before the database could.
    for (const text of ['', '   ', 'x'.repeat(20_001), 'NUL\u0000byte']) {
      const result = await add(caseId, text);
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
      expect(result.errors?.[0].extensions.fields).toEqual([
        { field: 'input.text', problems: expect.arrayContaining([expect.any(String)]) },
      ]);
    }
    expect((await add(caseId, 'x'.repeat(20_000))).errors).toBeUndefined();
    expect(await t.count('journal_entries')).toBe(before + 1);
  });

  it('shows nothing of the journal to a nurse of the other district, and refuses her entries', async () => {
    const caseId = await openCase();
    await add(caseId, 'Falt på badet.');
    const sor = await t.as('nurse.sor@demo.local');
    expect(errorOf(await t.gql(JOURNAL, { caseId }, sor))).toEqual({
      code: 'FORBIDDEN',
      reason: 'NO_RELATION_TO_CASE',
    });
    expect(errorOf(await t.gql(JOURNAL, { caseId, search: 'bad' }, sor))).toEqual({
      code: 'FORBIDDEN',
      reason: 'NO_RELATION_TO_CASE',
    });
    expect(errorOf(await add(caseId, 'Forsøk', 'nurse.sor@demo.local'))).toEqual({
      code: 'FORBIDDEN',
      reason: 'NO_RELATION_TO_CASE',
    });
    expect(errorOf(await add(caseId, 'Leder skriver', 'leader.nord@demo.local'))).toEqual({
      code: 'FORBIDDEN',
      reason: 'PROFESSION_NOT_ALLOWED',
    });
  });

  it('keeps pages stable while new entries arrive', async () => {
    const caseId = await openCase();
    for (let i = 1; i <= 6; i++) {
      t.clock.advanceDays(0.01);
      await add(caseId, `Notat ${i}`);
    }
    const token = await t.as('nurse.nord@demo.local');
    const page1 = await t.gql<JournalPage>(JOURNAL, { caseId, kinds: ['NOTE'], first: 3 }, token);
    t.clock.advanceDays(0.01);
    await add(caseId, 'Notat 7 (kom mens vi bladde)');
    const page2 = await t.gql<JournalPage>(
      JOURNAL,
      { caseId, kinds: ['NOTE'], first: 3, after: page1.data!.journal.pageInfo.endCursor },
      token,
    );
    expect(page1.data!.journal.edges.map((e) => e.node.text)).toEqual([
      'Notat 6',
      'Notat 5',
      'Notat 4',
    ]);
    expect(page2.data!.journal.edges.map((e) => e.node.text)).toEqual([
      'Notat 3',
      'Notat 2',
      'Notat 1',
    ]);
  });

  it('refuses control characters in a search (VALIDATION_FAILED), but takes a blank one as no search', async () => {
    const caseId = await openCase();
    const token = await t.as('nurse.nord@demo.local');
    const bell = await t.gql(JOURNAL, { caseId, search: 'fall\u0007' }, token);
    expect(errorOf(bell)).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
    expect(bell.errors?.[0].extensions.fields).toEqual([
      { field: 'search', problems: [expect.any(String)] },
    ]);
    expect((await t.gql(JOURNAL, { caseId, search: '  ' }, token)).errors).toBeUndefined();
  });

  it('refuses a well-formed cursor holding the wrong kind of value as INVALID_CURSOR, on every list', async () => {
    const caseId = await openCase();
    const token = await t.as('coordinator.nord@demo.local');
    const forged = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    const uuid = '3f1c2a9e-8b7d-4c6e-9f0a-1b2c3d4e5f60';
    const attempts = [
      // Before the typed decoder these reached PostgreSQL as ::timestamptz, ::int, ::date casts.
      t.gql(JOURNAL, { caseId, after: forged(['x', uuid]) }, token),
      t.gql(JOURNAL, { caseId, search: 'bad', after: forged([1e20]) }, token),
      t.gql(
        `query($after: String) { assessmentCases(after: $after) { totalCount } }`,
        { after: forged(['2026-02-30', uuid]) },
        token,
      ),
      t.gql(
        `query($after: String) { referrals(after: $after) { totalCount } }`,
        { after: forged([99999999999, '2026-01-01T00:00:00Z', uuid]) },
        token,
      ),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
    }
  });

  describe('journalEntryAdded (graphql-ws)', () => {
    let url: string;
    const clients: Client[] = [];
    const connect = async (email: string | null) => {
      const client = createClient({
        url,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: false,
        connectionParams: email ? { authorization: `Bearer ${await t.as(email)}` } : {},
      });
      clients.push(client);
      return client;
    };
    const firstEvent = (client: Client, caseId: string) =>
      new Promise<{ data?: unknown; errors?: unknown }>((resolve, reject) => {
        const dispose = client.subscribe(
          {
            query:
              'subscription($caseId: ID!) { journalEntryAdded(caseId: $caseId) { text kind } }',
            variables: { caseId },
          },
          {
            next: (value) => {
              resolve(value as { data?: unknown; errors?: unknown });
              dispose();
            },
            // GraphQL errors come as an array; a CloseEvent's code sits behind a getter.
            error: (error) =>
              reject(
                Array.isArray(error)
                  ? Object.assign(new Error('errors'), { errors: error })
                  : error instanceof Error
                    ? error
                    : Object.assign(new Error('closed'), {
                        code: (error as { code?: number }).code,
                      }),
              ),
            complete: () => undefined,
          },
        );
      });

    beforeAll(async () => {
      await t.app.listen(0, '127.0.0.1');
      const { port } = t.app.getHttpServer().address() as AddressInfo;
      url = `ws://127.0.0.1:${port}/graphql`;
    });
    afterAll(async () => {
      await Promise.all(clients.map((c) => c.dispose()));
    });

    it('delivers a new entry to a team member (through PostgreSQL LISTEN/NOTIFY)', async () => {
      const caseId = await openCase();
      const client = await connect('nurse.nord@demo.local');
      const received = firstEvent(client, caseId);
      // Give the subscription time to be registered before writing.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await add(caseId, 'Ny observasjon: svimmel om morgenen.');
      await expect(received).resolves.toEqual({
        data: { journalEntryAdded: { text: 'Ny observasjon: svimmel om morgenen.', kind: 'NOTE' } },
      });
    });

    it('refuses a nurse of the other district', async () => {
      const caseId = await openCase();
      const client = await connect('nurse.sor@demo.local');
      await expect(firstEvent(client, caseId)).resolves.toMatchObject({
        errors: [{ extensions: { code: 'FORBIDDEN', reason: 'NO_RELATION_TO_CASE' } }],
      });
    });

    it('checks the caller again on every subscription: one deactivated since connecting is refused', async () => {
      const caseId = await openCase();
      await createStaff(t, 'nurse.leaving@demo.local', 'NURSE', {
        teamId: await idOfTeam(t, 'Vurderingsteam Nord'),
      });
      const client = await connect('nurse.leaving@demo.local');
      // Connected (and so accepted) while still active.
      await new Promise((resolve) => client.on('connected', resolve));
      await t.dataSource.query(
        `UPDATE staff_members SET active = false, deactivated_at = now() WHERE email = 'nurse.leaving@demo.local'`,
      );
      await expect(firstEvent(client, caseId)).resolves.toMatchObject({
        errors: [{ extensions: { code: 'UNAUTHENTICATED', reason: 'STAFF_DEACTIVATED' } }],
      });
    });

    it('closes a connection without a valid token', async () => {
      const client = await connect(null);
      // graphql-ws closes with 4403 Forbidden when onConnect refuses.
      await expect(
        firstEvent(client, '00000000-0000-4000-8000-000000000000'),
      ).rejects.toMatchObject({ code: 4403 });
    });
  });
});

describe('the journal in a Danish municipality', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { MUNICIPALITY_LANGUAGE: 'da' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('stems Danish: "fald" finds "faldet", "bad" finds "badeværelset" not', async () => {
    const nord = await idOfDistrict(t, 'Nord');
    const [{ id: patientId }] = (await t.dataSource.query(
      'SELECT id FROM patients WHERE district_id = $1 LIMIT 1',
      [nord],
    )) as { id: string }[];
    const coordinator = await t.as('coordinator.nord@demo.local');
    const referral = await t.gql<{ registerReferral: { id: string } }>(
      'mutation($input: RegisterReferralInput!) { registerReferral(input: $input) { id } }',
      {
        input: {
          patientId,
          source: 'SELF',
          channel: 'PHONE',
          receivedAt: t.clock.now().toISOString(),
          description: 'Ringer selv',
          helpRequested: 'Hjælp',
        },
      },
      coordinator,
    );
    const kase = await t.gql<{ acceptReferral: { id: string } }>(
      'mutation($id: ID!) { acceptReferral(referralId: $id) { id } }',
      { id: referral.data!.registerReferral.id },
      coordinator,
    );
    const caseId = kase.data!.acceptReferral.id;
    await t.gql(
      ADD,
      { caseId, input: { kind: 'NOTE', text: 'Efter faldet i går går hun med stok.' } },
      await t.as('nurse.nord@demo.local'),
    );
    const rows = (await t.dataSource.query(
      `SELECT ts_config FROM journal_entries WHERE case_id = $1 AND kind = 'NOTE'`,
      [caseId],
    )) as { ts_config: string }[];
    expect(rows.map((r) => r.ts_config)).toEqual(['danish']);
    const hits = await t.gql<JournalPage>(JOURNAL, { caseId, search: 'fald' }, coordinator);
    expect(hits.data!.journal.edges.map((e) => e.node.text)).toEqual([
      'Efter faldet i går går hun med stok.',
    ]);
  });
});
