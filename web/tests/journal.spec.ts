import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, screenshots, test } from './fixtures';

/** A word no other test writes, so that search and "exactly once" are about this run only. */
function uniqueWord(stem: string): string {
  const letters = Array.from({ length: 6 }, () =>
    String.fromCharCode(97 + Math.floor(Math.random() * 26)),
  ).join('');
  return `${stem}${letters}`;
}

async function tokenOf(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.post('/auth/dev-sign-in', { data: { email } });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { token: string }).token;
}

/** An ACTIVE case of Vurderingsteam Nord, found through the API as the nurse. */
async function activeNordCase(request: APIRequestContext): Promise<string> {
  const token = await tokenOf(request, 'nurse.nord@demo.local');
  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await request.post('/graphql', {
      headers: { authorization: `Bearer ${token}` },
      data: { query, variables },
    });
    return ((await response.json()) as { data: Record<string, unknown> }).data;
  };
  const me = (await gql('{ me { teams { id name } } }')).me as {
    teams: { id: string; name: string }[];
  };
  const nord = me.teams.find((team) => team.name === 'Vurderingsteam Nord');
  expect(nord).toBeDefined();
  const cases = (
    await gql(
      'query($teamId: ID!) { assessmentCases(filter: { teamId: $teamId, status: [ACTIVE] }, first: 10) { edges { node { id viewerCan } } } }',
      { teamId: nord!.id },
    )
  ).assessmentCases as { edges: { node: { id: string; viewerCan: string[] } }[] };
  const writable = cases.edges.find((edge) => edge.node.viewerCan.includes('addJournalEntry'));
  expect(writable).toBeDefined();
  return writable!.node.id;
}

/** Resolves once the page has asked the server for the journal's live updates. */
function subscribed(page: Page): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (socket) => {
      socket.on('framesent', (frame) => {
        if (typeof frame.payload === 'string' && frame.payload.includes('JournalEntryAdded'))
          resolve();
      });
    });
  });
}

async function openJournal(
  browser: Browser,
  baseURL: string,
  who: string,
  caseId: string,
): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'nb-NO' });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByRole('button', { name: `Logg inn som ${who}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saksliste' })).toBeVisible();
  const live = subscribed(page);
  await page.goto(`/cases/${caseId}/journal`);
  await expect(page.getByRole('heading', { level: 1, name: 'Samarbeidsjournal' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Tekst' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Henter journalen' })).toHaveCount(0);
  await live;
  return page;
}

async function write(page: Page, kind: string, text: string): Promise<void> {
  await page.getByLabel('Type notat').selectOption({ label: kind });
  await page.getByRole('textbox', { name: 'Tekst' }).fill(text);
  await page.getByRole('button', { name: 'Lagre notat' }).click();
  await expect(page.getByText('Notatet er lagret.')).toBeVisible();
}

function entry(page: Page, text: string) {
  return page.getByRole('article').filter({ hasText: text });
}

test.describe('the case journal', () => {
  test('the nurse and the physiotherapist see each other’s entries live; the nurse amends hers', async ({
    browser,
    request,
    baseURL,
  }) => {
    test.setTimeout(60_000);
    const caseId = await activeNordCase(request);
    // Let the server register each subscription before the other writes.
    const [nurse, physio] = await Promise.all([
      openJournal(browser, baseURL!, 'Sykepleier Nord', caseId),
      openJournal(browser, baseURL!, 'Fysioterapeut Nord', caseId),
    ]);
    await nurse.waitForTimeout(500);

    const nurseWord = uniqueWord('rullator');
    const nurseText = `Hjemmebesøk: ${nurseWord} står i gangen, trapp uten gelender.`;
    await write(nurse, 'Hjemmebesøk', nurseText);
    await expect(entry(nurse, nurseText)).toHaveCount(1);
    // The colleague's journal shows it without a reload, within 2 seconds.
    await expect(entry(physio, nurseText)).toBeVisible({ timeout: 2_000 });
    await expect(entry(physio, nurseText)).toContainText('Sykepleier Nord, Sykepleier');
    await expect(entry(physio, nurseText)).toContainText('Hjemmebesøk');

    const physioText = `Funn: ${uniqueWord('balanse')} svak, anbefaler hverdagsrehabilitering.`;
    await write(physio, 'Funn', physioText);
    await expect(entry(nurse, physioText)).toBeVisible({ timeout: 2_000 });
    await expect(entry(nurse, physioText)).toContainText('Fysioterapeut Nord, Fysioterapeut');
    // Newest first.
    const timeline = nurse.getByRole('list', { name: 'Journalnotater, nyeste først' });
    await expect(timeline.getByRole('article').first()).toContainText(physioText);
    // Only the author is offered to amend.
    await expect(entry(nurse, physioText).getByRole('button', { name: 'Rett' })).toHaveCount(0);

    const corrected = `Hjemmebesøk: ${nurseWord} står i gangen, trapp med gelender på én side.`;
    const mine = entry(nurse, nurseText);
    await mine.getByRole('button', { name: 'Rett' }).click();
    await mine.getByRole('textbox', { name: 'Rettet tekst' }).fill(corrected);
    await mine.getByRole('textbox', { name: 'Hvorfor notatet rettes' }).fill('Feil om gelenderet');
    await mine.getByRole('button', { name: 'Lagre rettingen' }).click();
    const amended = entry(nurse, corrected);
    await expect(amended).toContainText('(versjon 2)');
    await expect(amended).toContainText('Begrunnelse: Feil om gelenderet');
    // The earlier version stays visible, on demand.
    await amended.getByText('Tidligere versjon (1)').click();
    await expect(amended.getByText(nurseText)).toBeVisible();
    // The colleague gets the new version live too, in the same place.
    await expect(entry(physio, corrected)).toBeVisible({ timeout: 2_000 });
    await expect(entry(physio, nurseText)).toHaveCount(1); // the same article (old text hidden)

    await expectNoSeriousA11yViolations(nurse);
    await screenshots(nurse, 'journal');

    // Search within the case marks the hit.
    await physio.getByRole('searchbox', { name: 'Søk i journalen' }).fill(nurseWord);
    await physio.getByRole('button', { name: 'Søk', exact: true }).click();
    const hits = physio.getByRole('region', { name: 'Søketreff' });
    await expect(hits.getByText(`1 treff på «${nurseWord}»`)).toBeVisible();
    await expect(hits.locator('mark').first()).toHaveText(nurseWord);
    await expectNoSeriousA11yViolations(physio);
    await screenshots(physio, 'journal-search');

    // Team-wide search, for members of the team.
    await physio.getByRole('link', { name: 'Journalsøk' }).click();
    await expect(
      physio.getByRole('heading', { level: 1, name: 'Søk i teamets journaler' }),
    ).toBeVisible();
    await physio.getByRole('searchbox', { name: 'Søk i journalen' }).fill(nurseWord);
    await physio.getByRole('button', { name: 'Søk', exact: true }).click();
    const teamHits = physio.getByRole('region', { name: 'Søketreff' });
    await expect(teamHits.locator('mark').first()).toHaveText(nurseWord);
    await expect(teamHits.getByRole('link', { name: 'Åpne journalen i saken' })).toHaveAttribute(
      'href',
      `/cases/${caseId}`,
    );
    await expectNoSeriousA11yViolations(physio);
    await screenshots(physio, 'journal-team-search');

    await nurse.context().close();
    await physio.context().close();
  });

  test('a draft survives a reload, a lost answer is sent again without a second entry, and signing out deletes the draft', async ({
    browser,
    request,
    baseURL,
  }) => {
    const caseId = await activeNordCase(request);
    const nurse = await openJournal(browser, baseURL!, 'Sykepleier Nord', caseId);
    const text = `Telefon med datter: ${uniqueWord('trygghetsalarm')} ønskes vurdert.`;
    await nurse.getByLabel('Type notat').selectOption({ label: 'Telefonsamtale' });
    await nurse.getByRole('textbox', { name: 'Tekst' }).fill(text);
    await nurse.reload();
    await expect(nurse.getByRole('textbox', { name: 'Tekst' })).toHaveValue(text);
    await expect(nurse.getByLabel('Type notat')).toHaveValue('PHONE_CALL');
    // Never local storage: tablets are shared.
    expect(await nurse.evaluate(() => JSON.stringify(window.localStorage))).not.toContain(text);

    // The server writes the entry but its answer is lost: the client sends it again with the
    // same idempotency key, and the journal holds it once.
    const keys: string[] = [];
    let lost = false;
    await nurse.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as {
        operationName?: string;
        variables?: { input?: { idempotencyKey?: string } };
      };
      if (body.operationName !== 'AddJournalEntry') return route.fallback();
      keys.push(body.variables?.input?.idempotencyKey ?? '');
      if (lost) return route.fallback();
      lost = true;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await nurse.getByRole('button', { name: 'Lagre notat' }).click();
    await expect(nurse.getByText('Notatet er lagret.')).toBeVisible();
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    await nurse.unroute('**/graphql');
    await nurse.reload();
    await expect(entry(nurse, text)).toHaveCount(1);
    await expect(nurse.getByRole('textbox', { name: 'Tekst' })).toHaveValue('');

    // A new draft, then signing out: no draft stays in the tab.
    await nurse.getByRole('textbox', { name: 'Tekst' }).fill('Et utkast som ikke skal bli igjen');
    await expect
      .poll(() => nurse.evaluate(() => Object.keys(window.sessionStorage).join(',')))
      .toContain('kartlegg.draft.journal.');
    await nurse.getByRole('button', { name: 'Logg ut' }).click();
    await expect(nurse.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
    const left = await nurse.evaluate(() => Object.keys(window.sessionStorage));
    expect(left.filter((key) => key.startsWith('kartlegg.draft.'))).toEqual([]);
    await nurse.context().close();
  });
});
