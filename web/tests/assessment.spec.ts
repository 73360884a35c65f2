import { expect, expectNoSeriousA11yViolations, screenshots, test } from './fixtures';
import { mappedCase, openMapping, QUESTIONS, recordMapping } from './steps/assessment';
import { openCase } from './steps/scenes';
import { signIn } from './steps/session';

test.describe('the mapping (kartlegging) of a case', () => {
  // Two roles, several recordings and axe on a long form: more than the default half minute.
  test.describe.configure({ timeout: 120_000 });

  test('a nurse and then a physiotherapist record mappings; the suggested level shows its reason; earlier versions stay readable', async ({
    browser,
    request,
  }) => {
    const scene = await openCase(request);

    // The nurse finds the mapping from the case page and records the first version.
    const nurse = await browser.newContext();
    const nursePage = await nurse.newPage();
    await signIn(nursePage, 'Sykepleier Nord');
    await nursePage.goto(`/cases/${scene.caseId}`);
    await nursePage
      .getByRole('navigation', { name: 'Deler av saken' })
      .getByRole('link', { name: 'Kartlegging' })
      .click();
    await expect(nursePage).toHaveURL(new RegExp(`/cases/${scene.caseId}/assessment$`));
    await expect(
      nursePage.getByText('Ingen har foreslått et trinn på mestringstrappa ennå.'),
    ).toBeVisible();
    expect(
      await recordMapping(nursePage, scene.caseId, {
        answers: {
          selfMastery: 'Klarer personlig hygiene med tilrettelegging.',
          whatMatters: 'Å bo hjemme og gå tur med hunden.',
        },
        scores: { 'Personlig hygiene': 3, Spise: 1 },
        level: 'Trinn 8: Hjemmesykepleie',
      }),
    ).toBe(1);
    await nurse.close();

    // The physiotherapist, in another browser, records a lower suggestion.
    const physio = await browser.newContext();
    const page = await physio.newPage();
    await signIn(page, 'Fysioterapeut Nord');
    expect(
      await recordMapping(page, scene.caseId, {
        answers: {
          selfMastery: 'Går trygt innendørs med rullator.',
          network: 'Datter kommer to ganger i uka.',
          voluntary: 'Ingen aktuelle tilbud nå.',
          welfareTechnology: 'Trygghetsalarm og dørsensor vil hjelpe.',
          lowThreshold: 'Trimgruppe når hun er sterkere.',
          whatMatters: 'Å klare meg selv hjemme.',
        },
        scores: { 'Bevege seg utendørs': 4, 'Bevege seg innendørs': 2, Syn: 9 },
        level: 'Trinn 4: Velferdsteknologi',
      }),
    ).toBe(1);

    // The suggested level, with its reason in sentences.
    const reason = page.getByRole('region', { name: 'Foreslått trinn' });
    await expect(reason).toContainText('Trinn 4: Velferdsteknologi');
    await expect(reason).toContainText(
      'Dette er det laveste trinnet noen fagperson foreslår i sin siste versjon.',
    );
    await expect(reason).toContainText(
      'Foreslått av Fysioterapeut Nord (Fysioterapeut) i versjon 1',
    );
    const suggestions = reason.getByRole('list', { name: 'Alle forslag, laveste først' });
    await expect(suggestions.getByRole('listitem')).toHaveText([
      'Fysioterapeut Nord (Fysioterapeut): Trinn 4: Velferdsteknologi',
      'Sykepleier Nord (Sykepleier): Trinn 8: Hjemmesykepleie',
    ]);
    await expect(
      reason
        .getByRole('list', { name: 'Funksjonsscorer som viser et behov' })
        .getByRole('listitem'),
    ).toHaveText([
      'Bevege seg utendørs: 4 – Stort bistandsbehov',
      'Bevege seg innendørs: 2 – Klarer seg selv, men med noe vansker',
    ]);
    await expect(reason).toContainText('Trygghetsalarm og dørsensor vil hjelpe.');
    await expect(reason).not.toContainText('Trimgruppe når hun er sterkere.');
    await expect(reason).toContainText('Å klare meg selv hjemme.');

    // A second version: the form starts from the physiotherapist's own latest one.
    const form = page.getByRole('region', { name: 'Registrer en ny versjon' });
    await expect(form.getByLabel(QUESTIONS.network, { exact: true })).toHaveValue(
      'Datter kommer to ganger i uka.',
    );
    expect(
      await recordMapping(page, scene.caseId, {
        answers: { network: 'Datter og nabo hjelper med innkjøp.' },
      }),
    ).toBe(2);

    // Earlier versions: who, when, what.
    const versions = page.getByRole('region', { name: 'Versjoner' });
    const items = versions.getByRole('list', { name: 'Versjoner' }).locator(':scope > li');
    await expect(items).toHaveCount(3);
    await expect(items.nth(0)).toContainText('Fysioterapeut Nord (Fysioterapeut) · versjon 2');
    await expect(items.nth(0)).toContainText('Siste');
    const first = items.nth(1);
    await expect(first).toContainText('Fysioterapeut Nord (Fysioterapeut) · versjon 1');
    await first.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(first).toContainText('Registrert av Fysioterapeut Nord');
    await expect(first).toContainText('Datter kommer to ganger i uka.');
    await expect(first).toContainText('Bevege seg utendørs: 4 – Stort bistandsbehov');
    await expect(items.nth(2)).toContainText('Sykepleier Nord (Sykepleier) · versjon 1');

    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'assessment');

    // The same reason in English and Danish: the sentences come from codes and values.
    await page.getByLabel('Språk').selectOption('en');
    await expect(page.getByRole('region', { name: 'Suggested level' })).toContainText(
      'Bevege seg utendørs: 4 – Large need of help',
    );
    await expect(page.getByRole('region', { name: 'Suggested level' })).toContainText(
      'Step 4: Welfare technology',
    );
    await page.getByLabel('Language').selectOption('da');
    await expect(page.getByRole('region', { name: 'Foreslået trin' })).toContainText(
      'Trin 4: Velfærdsteknologi',
    );
    await page.getByLabel('Sprog').selectOption('nb');
    await physio.close();
  });

  test('shows an input error from the API at the field it belongs to', async ({
    page,
    request,
  }) => {
    const scene = await openCase(request);
    await signIn(page, 'Ergoterapeut Nord');
    await openMapping(page, scene.caseId);
    const form = page.getByRole('region', { name: 'Registrer en ny versjon' });
    // Nothing entered: refused as a sentence.
    await form.getByRole('button', { name: 'Registrer versjon' }).click();
    await expect(form.getByRole('alert')).toHaveText(
      'Ingenting å registrere: svar på et spørsmål, scor en funksjon eller foreslå et trinn først.',
    );
    const field = form.getByLabel(QUESTIONS.whatMatters, { exact: true });
    await field.fill('x'.repeat(5001));
    await form.getByRole('button', { name: 'Registrer versjon' }).click();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    // Focus goes to the field, far above the button.
    await expect(field).toBeFocused();
    await expect(
      form.getByText('Ingenting ble registrert: rett opp feltene som er merket ovenfor.'),
    ).toBeVisible();
    await expect(
      form.getByText('Sjekk feltet: høyst 5000 tegn, og ingen tegn som ikke kan vises.'),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('a leader of the team reads the mapping but sees no form', async ({ page, request }) => {
    const scene = await mappedCase(request);
    await signIn(page, 'Leder Nord');
    await page.goto(`/cases/${scene.caseId}`);
    await page.getByRole('link', { name: 'Kartlegging' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Kartlegging for ${scene.name}` }),
    ).toBeVisible();
    // The mapping is there to read: the level with its reason, and the version.
    await expect(page.getByRole('region', { name: 'Foreslått trinn' })).toContainText(
      'Bevege seg utendørs: 4 – Stort bistandsbehov',
    );
    await expect(page.getByRole('region', { name: 'Versjoner' })).toContainText(
      'Fysioterapeut Nord (Fysioterapeut) · versjon 1',
    );
    await expect(page.getByRole('region', { name: 'Registrer en ny versjon' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Registrer versjon' })).toHaveCount(0);
    await expect(
      page.getByText(/Du kan lese kartleggingen, men ikke registrere en i denne saken/),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'assessment-read-only');
  });

  test('staff of another district get a refusal in a sentence, nothing of the person', async ({
    page,
    request,
  }) => {
    const scene = await openCase(request);
    await signIn(page, 'Sykepleier Sør');
    await page.goto(`/cases/${scene.caseId}/assessment`);
    await expect(page.getByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeVisible();
    await expect(page.getByText(/Du har ikke tilgang til denne saken\./)).toBeVisible();
    await expect(page.getByText(scene.name)).toHaveCount(0);
  });
});
