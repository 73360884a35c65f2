import { expect, expectNoSeriousA11yViolations, screenshots, test } from './fixtures';
import { api, signIn } from './steps/session';
import { openSorCase } from './steps/tariff';

/*
 * Syddjurs' tariff model, piloted by district Sør in the demo: the caseworker chooses the
 * decision's category and sees its band computed from the services' weekly hours; the
 * leader reads the team's budget.
 */
test.describe('tariff categories and the team budget (Sør)', () => {
  test.describe.configure({ timeout: 150_000 });

  test('the caseworker records a decision with a category and sees its band; the leader sees the budget', async ({
    page,
    request,
  }) => {
    const scene = await openSorCase(request);
    await signIn(page, 'Saksbehandler Sør');
    await page.goto(`/cases/${scene.caseId}/decision`);
    await expect(page.getByRole('heading', { level: 1, name: /^Vedtak:/ })).toBeVisible({
      timeout: 30_000,
    });
    await page.getByRole('radio', { name: 'Innvilget som søkt' }).check();
    const basis = page.getByRole('combobox', { name: 'Hjemmel' });
    await basis.selectOption(
      await basis
        .getByRole('option', { name: /§ 3-2 første ledd nr. 6 bokstav a/ })
        .first()
        .getAttribute('value'),
    );
    const tariff = page.getByRole('group', { name: 'Takstkategori' });
    await expect(tariff).toBeVisible();

    // Practical help, 4 hours a week: band 1.
    await page
      .getByRole('combobox', { name: 'Velg tjeneste' })
      .selectOption({ label: 'Praktisk bistand i hjemmet' });
    await page.getByRole('textbox', { name: 'Timer per uke' }).fill('4');
    // Sør adjusts delegated (Kolding): the decision narrows this service's frame.
    await page.getByRole('textbox', { name: 'Justeringsramme, ± timer (valgfritt)' }).fill('0,5');
    await expect(tariff).toContainText('4 timer per uke');
    await expect(tariff).toContainText('Bånd 1');

    // And personal care, 10 visits of the catalogue's 45 minutes: 11.5 hours, band 2.
    await page.getByRole('button', { name: 'Legg til tjeneste' }).click();
    const second = page.getByRole('group', { name: 'Tjeneste 2' });
    await second
      .getByRole('combobox', { name: 'Velg tjeneste' })
      .selectOption({ label: 'Personlig stell' });
    await second
      .getByRole('combobox', { name: 'Omfang per uke' })
      .selectOption({ label: 'Besøk per uke' });
    await second.getByRole('textbox', { name: 'Besøk per uke' }).fill('10');
    await expect(tariff).toContainText('11,5 timer per uke');
    await expect(tariff).toContainText('Bånd 2');
    await tariff.getByRole('radio', { name: 'Vedlikeholdende' }).check();

    // Short-term nursing asks for its weeks.
    await tariff.getByRole('radio', { name: 'Kortvarig sykepleie' }).check();
    await expect(tariff.getByRole('combobox', { name: 'Uker med sykepleie' })).toHaveValue('3');
    await tariff.getByRole('radio', { name: 'Vedlikeholdende' }).check();
    await expect(tariff.getByRole('combobox', { name: 'Uker med sykepleie' })).toBeHidden();

    await page
      .getByRole('textbox', { name: 'Begrunnelse' })
      .fill('Trenger hjelp til stell morgen og kveld og praktisk bistand for å bo hjemme');
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'tariff-decision-band');

    await page.getByRole('button', { name: 'Forhåndsvis brevet' }).click();
    const letter = page.getByRole('region', { name: 'Vedtaksbrev' });
    await expect(letter).toContainText('Klagefristen er tre uker');
    await letter.getByRole('button', { name: 'Fatt vedtaket' }).click();
    await expect(page.getByText(/^Vedtaket ble fattet/)).toBeVisible();
    await expect(page.getByTestId('tariff-summary')).toContainText(
      'Takst: Vedlikeholdende, Bånd 2 (11,5 timer per uke',
    );
    await screenshots(page, 'tariff-decision-recorded');

    const data = await api<{
      assessmentCase: {
        decision: {
          tariffCategory: string;
          tariffBand: string;
          weeklyHours: number;
          services: { delegatedFrameHours: number | null }[];
        };
      };
    }>(
      request,
      'caseworker.sor@demo.local',
      'query($id: ID!) { assessmentCase(id: $id) { decision { tariffCategory tariffBand weeklyHours services { delegatedFrameHours } } } }',
      { id: scene.caseId },
    );
    expect(data.assessmentCase.decision).toEqual({
      tariffCategory: 'MAINTAINING',
      tariffBand: 'BAND_2',
      weeklyHours: 11.5,
      services: expect.arrayContaining([
        { delegatedFrameHours: 0.5 },
        { delegatedFrameHours: null },
      ]),
    });

    // The leader of Sør reads the team's budget: the decision counts in band 2.
    await page.getByRole('button', { name: /Logg ut/ }).click();
    await signIn(page, 'Leder Sør');
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Budsjett' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Teamets budsjett' })).toBeVisible();
    const table = page.getByRole('table');
    await expect(table).toBeVisible({ timeout: 30_000 });
    const row = table.getByRole('row', { name: /Vedlikeholdende Bånd 2/ });
    await expect(row).toBeVisible();
    await expect(table.getByRole('row', { name: /^Sum/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'tariff-budget');

    // Nord has the model off: its leader is told so.
    await page.getByRole('button', { name: /Logg ut/ }).click();
    await signIn(page, 'Leder Nord');
    await page.goto('/budget');
    await expect(page.getByText('Takstmodellen er ikke i bruk i teamets bydel')).toBeVisible({
      timeout: 30_000,
    });
    await screenshots(page, 'tariff-budget-off');
  });
});
