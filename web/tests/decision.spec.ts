import { expect, expectNoSeriousA11yViolations, screenshots, test } from './fixtures';
import { api, signIn } from './steps/session';
import { openCase, previewDecisionLetter, printToA4, recordDecision } from './steps/decision';

const choice = {
  legalBasis: 'helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav a',
  service: 'Hverdagsrehabilitering',
  hoursPerWeek: 3,
  justification: 'Kartleggingen viser at hverdagsrehabilitering dekker behovet for hjelp til dusj',
};

test.describe('the decision screen', () => {
  // Screenshots at three widths, axe and a PDF: more than the default 30 s on a shared machine.
  test.describe.configure({ timeout: 120_000 });

  test('the caseworker previews the letter, prints it on one A4 page, and records the decision', async ({
    page,
    request,
  }) => {
    const scene = await openCase(request);
    await signIn(page, 'Saksbehandler Nord');
    await page.goto(`/cases/${scene.caseId}`);
    await page
      .getByRole('navigation', { name: 'Deler av saken' })
      .getByRole('link', { name: 'Vedtak' })
      .click();
    await expect(page).toHaveURL(new RegExp(`/cases/${scene.caseId}/decision$`));

    const letter = await previewDecisionLetter(page, scene.caseId, choice);
    expect(letter).toContain(scene.name);
    expect(letter).toContain('Hverdagsrehabilitering: 3 timer per uke');
    expect(letter).toContain(choice.justification);
    expect(letter).toContain('Klagefristen er tre uker');
    expect(letter).toContain('Statsforvalteren');
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'decision-letter-preview');

    // Printed, the letter stands alone: no header, navigation, form or buttons; the PDF
    // Chromium prints is one A4 page that holds the appeal right and its deadline.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Forhåndsvis brevet' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Skriv ut brevet' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
    const printed = page.locator('.print-document__text');
    await expect(printed).toBeVisible();
    await expect(printed).toContainText('Klagefristen er tre uker fra du mottok dette brevet');
    await screenshots(page, 'decision-letter-print');
    const pdf = await printToA4(page);
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain('Klagefristen er tre uker fra du mottok dette brevet');
    expect(pdf.text).toContain(scene.name);
    expect(pdf.text).not.toContain('Forhåndsvis brevet');
    await page.emulateMedia({ media: 'screen' });

    await page
      .getByRole('region', { name: 'Vedtaksbrev' })
      .getByRole('button', { name: 'Fatt vedtaket' })
      .click();
    await expect(page.getByText(/^Vedtaket ble fattet/)).toBeVisible();
    const recorded = page.getByRole('region', { name: 'Vedtaksbrevet som ble sendt' });
    await expect(recorded).toContainText(choice.justification);
    await expect(recorded.getByRole('button', { name: 'Skriv ut brevet' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'decision-recorded');

    // What was recorded is the letter that was read.
    const data = await api<{ assessmentCase: { status: string; decision: { letter: string } } }>(
      request,
      'caseworker.nord@demo.local',
      'query($id: ID!) { assessmentCase(id: $id) { status decision { letter } } }',
      { id: scene.caseId },
    );
    expect(data.assessmentCase.status).toBe('DECIDED');
    expect(data.assessmentCase.decision.letter).toBe(letter);
  });

  test('the recordDecision step records a decision from the screen alone', async ({
    page,
    request,
  }) => {
    const scene = await openCase(request);
    await signIn(page, 'Saksbehandler Nord');
    await recordDecision(page, scene.caseId, choice);
  });

  test('a physiotherapist is offered no decision, and a direct link says why', async ({
    page,
    request,
  }) => {
    const scene = await openCase(request);
    await signIn(page, 'Fysioterapeut Nord');
    await page.goto(`/cases/${scene.caseId}`);
    await expect(page.getByRole('heading', { level: 1, name: scene.name })).toBeVisible();
    await expect(
      page
        .getByRole('navigation', { name: 'Deler av saken' })
        .getByRole('link', { name: 'Vedtak' }),
    ).toHaveCount(0);

    await page.goto(`/cases/${scene.caseId}/decision`);
    await expect(
      page.getByText(
        'Bare en saksbehandler i saken kan fatte vedtak, og bare mens saken er aktiv.',
        {
          exact: false,
        },
      ),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Forhåndsvis brevet' })).toHaveCount(0);
    await expect(page.getByRole('radio')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'decision-refused-physiotherapist');
  });
});
