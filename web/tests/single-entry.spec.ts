import type { Browser, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, screenshots, test } from './fixtures';
import { registerReferral } from './steps/referrals';
import { syntheticNationalId } from './steps/scenes';
import { api } from './steps/session';

async function signIn(browser: Browser, who: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    locale: 'nb-NO',
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByRole('button', { name: `Logg inn som ${who}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saksliste' })).toBeVisible();
  return page;
}

const unique = (stem: string) => `${stem}${Date.now().toString(36)}`;

/** Today's date in the municipality, as a date input's value. */
function municipalToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
}

test.describe('one entry: resolved at first contact, and callbacks (Billund)', () => {
  test.beforeAll(async ({ request }) => {
    // Nord runs Harstad's defaults in the demo: the administrator switches one entry on there.
    const { municipalitySettings, districts } = await api<{
      municipalitySettings: { version: number };
      districts: { id: string; name: string }[];
    }>(request, 'admin@demo.local', '{ municipalitySettings { version } districts { id name } }');
    const nord = districts.find((d) => d.name === 'Nord')!;
    await api(
      request,
      'admin@demo.local',
      `mutation($v: Int!, $input: UpdateMunicipalitySettingsInput!) {
        updateMunicipalitySettings(expectedVersion: $v, input: $input) { version } }`,
      {
        v: municipalitySettings.version,
        input: { districts: [{ districtId: nord.id, singleEntry: true }] },
      },
    );
  });

  test('a caseworker resolves an inquiry directly, promises a callback, sees it due in the inbox and records the call', async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const caseworker = await signIn(browser, 'Saksbehandler Nord');

    // Solved on the phone: closed without a case.
    const solved = unique('Direktesen');
    const solvedId = await registerReferral(caseworker, {
      givenName: 'Ragnhild',
      familyName: solved,
      nationalId: syntheticNationalId().number,
      says: 'Spør hva kommunen kan tilby av aktiviteter',
      asksFor: 'Informasjon om tilbud',
    });
    const firstContact = caseworker.getByRole('region', { name: 'Første kontakt' });
    await firstContact.getByRole('button', { name: 'Løs direkte' }).click();
    const resolveDialog = caseworker.getByRole('dialog', { name: 'Løs direkte' });
    await expect(resolveDialog).toBeVisible();
    // A note is required: told at the field, nothing sent.
    await resolveDialog.getByRole('button', { name: 'Avslutt henvendelsen som løst' }).click();
    const resolveNote = resolveDialog.getByLabel('Hva ble avtalt eller fortalt');
    await expect(resolveNote).toHaveAttribute('aria-invalid', 'true');
    await resolveDialog.getByLabel('Hvordan ble den løst?').selectOption('LOW_THRESHOLD_OFFER');
    await resolveNote.fill('Henvist til Frisklivssentralen; hun ringer dit selv.');
    await expectNoSeriousA11yViolations(caseworker);
    await screenshots(caseworker, 'single-entry-resolve');
    await resolveDialog.getByRole('button', { name: 'Avslutt henvendelsen som løst' }).click();
    await expect(resolveDialog).toBeHidden();
    await expect(caseworker.getByText('Løst ved første kontakt').first()).toBeVisible();
    await expect(caseworker.getByText(/Henvist til lavterskeltilbud/)).toBeVisible();
    await expect(
      caseworker.getByText('Henvist til Frisklivssentralen; hun ringer dit selv.'),
    ).toBeVisible();
    // Closed: no triage and no first-contact actions any more, and no case.
    await expect(caseworker.getByRole('button', { name: 'Løs direkte' })).toHaveCount(0);
    await expect(caseworker.getByRole('heading', { name: 'Vurdering' })).toHaveCount(0);
    expect(caseworker.url()).toContain(solvedId);

    // The team must discuss this one first: a callback later today.
    const waiting = unique('Ringesen');
    const waitingId = await registerReferral(caseworker, {
      givenName: 'Torleif',
      familyName: waiting,
      nationalId: syntheticNationalId().number,
      says: 'Datteren er bekymret etter et fall',
      asksFor: 'Vurdering av hjelpebehov',
    });
    await caseworker
      .getByRole('region', { name: 'Første kontakt' })
      .getByRole('button', { name: 'Avtal tilbakeringing' })
      .click();
    const scheduleDialog = caseworker.getByRole('dialog', { name: 'Avtal tilbakeringing' });
    await scheduleDialog.getByLabel('Ring tilbake innen (dato)').fill(municipalToday());
    await scheduleDialog.getByLabel('Ring tilbake innen (klokkeslett)').fill('23:59');
    await screenshots(caseworker, 'single-entry-schedule');
    await scheduleDialog.getByRole('button', { name: 'Avtal tilbakeringingen' }).click();
    await expect(scheduleDialog).toBeHidden();
    await expect(caseworker.getByText(/Ring tilbake i dag innen/)).toBeVisible();
    await expect(caseworker.getByRole('button', { name: 'Flytt tilbakeringingen' })).toBeVisible();

    // The inbox: "Callbacks due" lists it, tagged due today; the row in the list too.
    await caseworker.getByRole('link', { name: 'Tilbake til henvendelser' }).click();
    const due = caseworker.getByRole('region', { name: 'Tilbakeringinger som forfaller' });
    const dueItem = due.getByRole('listitem').filter({ hasText: waiting });
    await expect(dueItem).toContainText('Ring tilbake i dag');
    await expect(
      caseworker.getByRole('row').filter({ hasText: waiting }).getByText('Ring tilbake i dag'),
    ).toBeVisible();
    // The inquiry resolved directly is listed under its own status.
    await caseworker.getByLabel('Vis henvendelser').selectOption('RESOLVED_DIRECTLY');
    await expect(caseworker.getByRole('row').filter({ hasText: solved })).toContainText(
      'Løst ved første kontakt',
    );
    await caseworker.getByLabel('Vis henvendelser').selectOption('RECEIVED');
    await expectNoSeriousA11yViolations(caseworker);
    await screenshots(caseworker, 'single-entry-inbox');

    // The call is made: recorded, kept on time.
    await due.getByRole('link', { name: new RegExp(waiting) }).click();
    await expect(caseworker).toHaveURL(new RegExp(waitingId));
    await caseworker.getByRole('button', { name: 'Registrer tilbakeringing' }).click();
    const recordDialog = caseworker.getByRole('dialog', { name: 'Registrer tilbakeringing' });
    await recordDialog
      .getByLabel('Hva ble sagt i samtalen')
      .fill('Ringte datteren: avtalt hjemmebesøk torsdag.');
    await recordDialog.getByRole('button', { name: 'Registrer samtalen' }).click();
    await expect(recordDialog).toBeHidden();
    await expect(caseworker.getByText(/Ringt tilbake i tide/)).toBeVisible();
    await expect(
      caseworker.getByText('Ringte datteren: avtalt hjemmebesøk torsdag.'),
    ).toBeVisible();
    await expect(caseworker.getByRole('button', { name: 'Registrer tilbakeringing' })).toHaveCount(
      0,
    );
    await screenshots(caseworker, 'single-entry-recorded');
    await caseworker.getByRole('link', { name: 'Tilbake til henvendelser' }).click();
    await expect(caseworker.getByRole('heading', { level: 1, name: 'Henvendelser' })).toBeVisible();
    await expect(
      caseworker.getByRole('region', { name: 'Tilbakeringinger som forfaller' }).getByText(waiting),
    ).toHaveCount(0);
  });

  test('in Sør, where the demo pilots one entry, the coordinator sees an overdue callback', async ({
    browser,
  }) => {
    const coordinator = await signIn(browser, 'Koordinator Sør');
    await coordinator
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Henvendelser', exact: true })
      .click();
    const due = coordinator.getByRole('region', { name: 'Tilbakeringinger som forfaller' });
    await expect(due.getByText('Tilbakeringing forfalt')).toBeVisible();
    await expect(due.getByText('Ring tilbake i dag')).toBeVisible();
    await expectNoSeriousA11yViolations(coordinator);
    await screenshots(coordinator, 'single-entry-inbox-overdue');
  });

  test('the leader of Sør sees the inquiries resolved at first contact and the callbacks kept', async ({
    browser,
  }) => {
    const leader = await signIn(browser, 'Leder Sør');
    await leader.goto('/statistics');
    const figures = leader.getByRole('region', { name: 'Første kontakt' });
    // The demo: three inquiries resolved directly, one of each outcome (fewer than 5: hidden).
    await expect(
      figures.getByRole('row', { name: /Løst ved første kontakt/ }).getByRole('cell'),
    ).toHaveText('3');
    await expect(
      figures.getByRole('row', { name: /Informasjon gitt/ }).getByRole('cell'),
    ).toHaveText('Færre enn 5');
    await expect(
      figures.getByRole('row', { name: /Tilbakeringinger holdt i tide/ }).getByRole('cell'),
    ).toHaveText('1');
    await expectNoSeriousA11yViolations(leader);
    await screenshots(leader, 'single-entry-statistics');
  });
});
