import type { Browser, Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, screenshots, test } from './fixtures';
import { syntheticNationalId } from './steps/scenes';

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

const unique = () => `Testesen${Date.now().toString(36)}`;

test.describe('referrals: intake and triage', () => {
  test('a caseworker registers a new person by number and a referral; the coordinator accepts it with a physiotherapist', async ({
    browser,
  }) => {
    test.setTimeout(60_000);
    const familyName = unique();
    const caseworker = await signIn(browser, 'Saksbehandler Nord');
    await caseworker
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Henvendelser', exact: true })
      .click();
    await expect(caseworker.getByRole('heading', { level: 1, name: 'Henvendelser' })).toBeVisible();
    await expect(caseworker.getByLabel('Vis henvendelser')).toHaveValue('RECEIVED');
    await caseworker.getByRole('link', { name: 'Registrer henvendelse' }).click();
    await expect(
      caseworker.getByRole('heading', { level: 1, name: 'Registrer henvendelse' }),
    ).toBeVisible();
    await caseworker.getByRole('button', { name: 'Registrer med fødselsnummer' }).click();
    const number = caseworker.getByLabel('Fødselsnummer (11 siffer)');
    // A mistyped number: the API's refusal is shown at the field, saying what is wrong.
    await number.fill('15038543770');
    await caseworker.getByLabel('Fornavn').fill('Kari');
    await caseworker.getByLabel('Etternavn').fill(familyName);
    await caseworker.getByLabel('Adresse').fill('Storgata 7');
    await caseworker.getByLabel('Hva henvendelsen sier').fill('Falt hjemme, bor alene.');
    await caseworker.getByLabel('Hvilken hjelp det bes om').fill('Vurdering av hjemmetjenester');
    await caseworker.getByRole('radio', { name: 'Haster' }).check();
    // Focus is asserted below: this tab must be the browser's active one (other tests' pages).
    await caseworker.bringToFront();
    await caseworker.getByRole('button', { name: 'Registrer henvendelsen' }).click();
    await expect(number).toHaveAttribute('aria-invalid', 'true');
    await expect(number).toHaveAccessibleDescription(/Kontrollsifrene stemmer ikke/);
    await expect(number).toBeFocused();
    await expect(caseworker.locator('body')).not.toContainText('INVALID_NATIONAL_ID');
    await expectNoSeriousA11yViolations(caseworker);
    await screenshots(caseworker, 'referral-form');

    await number.fill(syntheticNationalId().number);
    await caseworker.getByRole('button', { name: 'Registrer henvendelsen' }).click();
    await expect(
      caseworker.getByRole('heading', { level: 1, name: `Kari ${familyName}` }),
    ).toBeVisible();
    await expect(caseworker.getByText('Venter på vurdering')).toBeVisible();

    const coordinator = await signIn(browser, 'Koordinator Nord');
    const nav = coordinator.getByRole('navigation', { name: 'Hovedmeny' });
    await expect(
      nav.getByRole('list', { name: 'Trenger oppmerksomhet' }).getByRole('link', {
        name: /nye? haster-henvendelser?/,
      }),
    ).toBeVisible();
    await nav.getByRole('link', { name: 'Henvendelser', exact: true }).click();
    const row = coordinator.getByRole('row').filter({ hasText: familyName });
    await expect(row).toContainText('Haster');
    // URGENT first: every urgent referral comes before the first normal one.
    const urgencies = await coordinator
      .getByRole('table')
      .getByRole('row')
      .evaluateAll((rows) => rows.slice(1).map((r) => r.textContent?.includes('Haster') ?? false));
    expect(
      urgencies.indexOf(false) === -1 || urgencies.lastIndexOf(true) < urgencies.indexOf(false),
    ).toBe(true);
    await expectNoSeriousA11yViolations(coordinator);
    await screenshots(coordinator, 'referral-inbox');
    await row.getByRole('link', { name: `Kari ${familyName}` }).click();

    await expect(
      coordinator.getByRole('heading', { level: 1, name: `Kari ${familyName}` }),
    ).toBeVisible();
    await expect(coordinator.getByText('Falt hjemme, bor alene.')).toBeVisible();
    await expectNoSeriousA11yViolations(coordinator);
    await screenshots(coordinator, 'referral-detail');

    await coordinator.getByRole('button', { name: 'Ta imot og opprett sak' }).click();
    const dialog = coordinator.getByRole('dialog');
    await expect(dialog.getByLabel('Koordinator for saken')).toBeVisible();
    await expect(dialog.getByLabel('Koordinator for saken')).toContainText('Koordinator Nord');
    await dialog.getByRole('checkbox', { name: /Fysioterapeut Nord/ }).check();
    await expect(dialog.getByLabel('Rollen til Fysioterapeut Nord')).toHaveValue('ASSESSOR');
    await expectNoSeriousA11yViolations(coordinator);
    await screenshots(coordinator, 'referral-accept');
    await dialog.getByRole('button', { name: 'Ta imot og opprett saken' }).click();
    await expect(coordinator).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);

    await coordinator.goBack();
    await expect(coordinator.getByText('Tatt imot')).toBeVisible();
    await expect(coordinator.getByRole('button', { name: 'Ta imot og opprett sak' })).toHaveCount(
      0,
    );
    await expect(coordinator.getByRole('link', { name: 'Åpne saken' })).toBeVisible();
    await caseworker.context().close();
    await coordinator.context().close();
  });

  test('a nurse sees referrals but no triage buttons', async ({ browser }) => {
    const nurse = await signIn(browser, 'Sykepleier Nord');
    await nurse
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Henvendelser', exact: true })
      .click();
    await expect(nurse.getByRole('heading', { level: 1, name: 'Henvendelser' })).toBeVisible();
    const first = nurse.getByRole('table').getByRole('row').nth(1).getByRole('link');
    if ((await first.count()) > 0) {
      await first.click();
      await expect(nurse.getByRole('link', { name: 'Tilbake til henvendelser' })).toBeVisible();
      await expect(nurse.getByRole('button', { name: 'Ta imot og opprett sak' })).toHaveCount(0);
      await expect(nurse.getByRole('button', { name: 'Avslå' })).toHaveCount(0);
    }
    await nurse.context().close();
  });

  test('a referral is registered with the keyboard alone', async ({ browser }) => {
    const familyName = unique();
    const page = await signIn(browser, 'Saksbehandler Nord');
    await page.goto('/referrals/new');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Registrer henvendelse' }),
    ).toBeVisible();

    /** Tab until `target` has focus (at most 60 presses). */
    const tabTo = async (target: Locator) => {
      for (let i = 0; i < 60; i++) {
        if (await target.evaluate((el) => el === document.activeElement)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error('never reached with Tab');
    };
    const typeInto = async (label: string, text: string) => {
      await tabTo(page.getByLabel(label, { exact: true }));
      await page.keyboard.type(text);
    };

    await tabTo(page.getByRole('button', { name: 'Registrer med fødselsnummer' }));
    await page.keyboard.press('Enter');
    await typeInto('Fødselsnummer (11 siffer)', syntheticNationalId().number);
    await typeInto('Fornavn', 'Per');
    await typeInto('Etternavn', familyName);
    await typeInto('Adresse', 'Fjellveien 3');
    await tabTo(page.getByLabel('Hvem kommer den fra?'));
    await page.keyboard.press('ArrowDown');
    await typeInto('Hva henvendelsen sier', 'Datteren ringer: mor klarer seg dårlig.');
    await typeInto('Hvilken hjelp det bes om', 'Hjemmesykepleie');
    await tabTo(page.getByRole('radio', { name: 'Vanlig' }));
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Haster' })).toBeChecked();
    await tabTo(page.getByRole('button', { name: 'Registrer henvendelsen' }));
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 1, name: `Per ${familyName}` })).toBeVisible();
    await expect(page.getByText('Haster', { exact: true })).toBeVisible();
    await page.context().close();
  });
});
