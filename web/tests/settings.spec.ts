import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, screenshots, test } from './fixtures';
import { api, signIn } from './steps/session';

const SETTINGS = '{ municipalitySettings { version districts { district { id name } } } }';
const UPDATE = `mutation($v: Int!, $input: UpdateMunicipalitySettingsInput!) {
  updateMunicipalitySettings(expectedVersion: $v, input: $input) { version } }`;

interface Read {
  municipalitySettings: {
    version: number;
    districts: { district: { id: string; name: string } }[];
  };
}

/** Sør's overrides set straight through the API, as a colleague (or the scene) would. */
async function overrideSor(
  request: Parameters<typeof api>[0],
  overrides: Record<string, unknown>,
): Promise<void> {
  const { municipalitySettings } = await api<Read>(request, 'admin@demo.local', SETTINGS);
  const sor = municipalitySettings.districts.find((d) => d.district.name === 'Sør')!;
  await api(request, 'admin@demo.local', UPDATE, {
    v: municipalitySettings.version,
    input: { districts: [{ districtId: sor.district.id, ...overrides }] },
  });
}

async function openSettings(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Innstillinger' }).click();
  await expect(page).toHaveURL(/\/admin\/settings$/);
  const section = page.getByRole('region', { name: 'Kommunens innstillinger' });
  await expect(section.getByRole('button', { name: 'Lagre innstillinger' })).toBeVisible();
  return section;
}

test.describe('the municipality’s settings', () => {
  test('the administrator pilots tariff categories in Sør, is stopped by band limits out of order, and a colleague on the old version is told', async ({
    page,
    request,
    browser,
  }) => {
    test.setTimeout(150_000);
    // The demo pilots every model in Sør; here Sør starts by inheriting tariff categories (off).
    await overrideSor(request, { tariffCategories: null });

    await signIn(page, 'Systemansvarlig');
    const section = await openSettings(page);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Kommunens innstillinger' }),
    ).toBeVisible();
    await expect(section).toContainText('Norsk (bokmål)');
    // One section per model, each naming its municipality.
    for (const name of [
      'Harstad: avklaringsperioden',
      'Billund: én inngang og koordineringsnivåer',
      'Syddjurs: takstkategorier og bånd',
      'Kolding: delegert justering',
    ])
      await expect(section.getByRole('heading', { level: 2, name })).toBeVisible();

    const harstad = section.getByRole('region', { name: 'Harstad: avklaringsperioden' });
    await expect(
      harstad.getByRole('textbox', { name: 'Avklaringsdager, kommunens standard' }),
    ).toHaveValue('14');
    const sorDays = harstad.getByRole('textbox', { name: 'Avklaringsdager i Sør' });
    await expect(sorDays).toHaveValue('');

    const syddjurs = section.getByRole('region', { name: 'Syddjurs: takstkategorier og bånd' });
    await expect(
      syddjurs.getByRole('switch', { name: 'Takstkategorier, kommunens standard' }),
    ).not.toBeChecked();
    const sorTariff = syddjurs.getByRole('combobox', { name: 'Takstkategorier i Sør' });
    const nordTariff = syddjurs.getByRole('combobox', { name: 'Takstkategorier i Nord' });
    await expect(sorTariff).toHaveValue('');
    const tariffRow = syddjurs.locator('tr[data-key="tariffCategories"]');
    await expect(tariffRow.getByRole('cell').nth(2)).toContainText('Nye saker får: Av');

    // A colleague opens the settings meanwhile, at the version read now.
    const colleagueContext = await browser.newContext({
      locale: 'nb-NO',
      baseURL: new URL(page.url()).origin,
    });
    const colleague = await colleagueContext.newPage();
    await signIn(colleague, 'Systemansvarlig');
    const theirs = await openSettings(colleague);

    // Tariff categories on in Sør only; Nord keeps the municipal default.
    await sorTariff.selectOption({ label: 'På' });
    await expect(tariffRow.getByRole('cell').nth(2)).toContainText('Nye saker får: På');
    await expect(tariffRow.getByRole('cell').nth(2)).toContainText('distriktets egen');
    await expect(nordTariff).toHaveValue('');
    await expect(tariffRow.getByRole('cell').nth(1)).toContainText('Nye saker får: Av');

    // Sør's band limits, with band 2 under band 1, and clarification days out of range:
    // named at each field, the first focused, nothing sent.
    const band1 = syddjurs.getByRole('textbox', { name: 'Bånd 1 under i Sør' });
    const band2 = syddjurs.getByRole('textbox', { name: 'Bånd 2 under i Sør' });
    const band3 = syddjurs.getByRole('textbox', { name: 'Bånd 3 til og med i Sør' });
    await band1.fill('6');
    await band2.fill('4');
    await band3.fill('26');
    await sorDays.fill('61');
    await section.getByRole('button', { name: 'Lagre innstillinger' }).click();
    await expect(sorDays).toHaveAttribute('aria-invalid', 'true');
    await expect(sorDays).toBeFocused();
    await expect(harstad.getByText('Skriv et helt tall fra 1 til 60.')).toBeVisible();
    await expect(band2).toHaveAttribute('aria-invalid', 'true');
    await expect(
      syddjurs.getByText('Må være over grensen for bånd 1 (6 timer per uke).'),
    ).toBeVisible();
    await expect(band1).not.toHaveAttribute('aria-invalid', 'true');
    await expect(section.getByText('2 verdier må rettes før du kan lagre.')).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshots(page, 'admin-settings-invalid');

    // Corrected (a decimal comma is a decimal), saved.
    await sorDays.fill('10');
    await band2.fill('16,5');
    await section.getByRole('button', { name: 'Lagre innstillinger' }).click();
    await expect(section.getByRole('status')).toContainText('Lagret.');
    await expect(section).toContainText('av Systemansvarlig');
    await expect(band2).toHaveValue('16,5');
    await expect(sorTariff).toHaveValue('true');
    await expect(nordTariff).toHaveValue('');
    await expect(syddjurs.locator('tr[data-key="tariffBand2Below"]')).toContainText(
      'Nye saker får: 16,5 timer per uke',
    );
    // An override back to the default.
    await harstad
      .getByRole('button', { name: 'Bruk kommunens standard: Avklaringsdager i Sør' })
      .click();
    await expect(sorDays).toHaveValue('');
    await sorDays.fill('10');
    await section.scrollIntoViewIfNeeded();
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'admin-settings');
    // Nothing wider than the screen: at 768 px each key's columns sit side by side, at 360 px
    // one under the other.
    for (const width of [768, 360]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      // The phone's page is longer than a full-page screenshot holds: its end on its own.
      if (width === 360) {
        await section.getByRole('button', { name: 'Lagre innstillinger' }).scrollIntoViewIfNeeded();
        await page.screenshot({
          path: join(import.meta.dirname, '..', 'screenshots', 'admin-settings-end-360.png'),
        });
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });

    // The colleague saves on the old version: refused, and the values in force now shown.
    const kolding = theirs.getByRole('region', { name: 'Kolding: delegert justering' });
    const nordFrame = kolding.getByRole('combobox', { name: 'Måleenhet for rammen i Nord' });
    await nordFrame.selectOption({ label: 'Timer per uke' });
    await expect(kolding.locator('tr[data-key="delegatedFrameValue"]')).toContainText('t/uke');
    await theirs.getByRole('button', { name: 'Lagre innstillinger' }).click();
    await expect(theirs.getByRole('status')).toContainText('Noen andre endret innstillingene');
    await expect(theirs.getByRole('combobox', { name: 'Takstkategorier i Sør' })).toHaveValue(
      'true',
    );
    await expect(theirs.getByRole('textbox', { name: 'Bånd 2 under i Sør' })).toHaveValue('16,5');
    await expect(nordFrame).toHaveValue('');
    await screenshots(colleague, 'admin-settings-conflict');
    await colleagueContext.close();

    // Anyone else reads that only the system administrator changes the settings.
    const nurseContext = await browser.newContext({
      locale: 'nb-NO',
      baseURL: new URL(page.url()).origin,
    });
    const nurse = await nurseContext.newPage();
    await signIn(nurse, 'Sykepleier Nord');
    await nurse.goto('/admin/settings');
    await expect(nurse.getByText('Bare systemansvarlig kan endre innstillingene.')).toBeVisible();
    await expect(nurse.getByRole('button', { name: 'Lagre innstillinger' })).toHaveCount(0);
    await nurseContext.close();

    // In Danish and English too.
    await page.getByRole('combobox', { name: 'Språk' }).selectOption('da');
    await expect(
      page.getByRole('heading', { name: 'Billund: én indgang og koordineringsniveauer' }),
    ).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Takstkategorier i Sør' })).toHaveValue('true');
    await page.getByRole('combobox', { name: 'Sprog' }).selectOption('en');
    const english = page.getByRole('region', { name: 'Settings of the municipality' });
    await expect(
      english.getByRole('heading', { name: 'Kolding: delegated adjustment' }),
    ).toBeVisible();
    // What was typed stays as typed; the effective value is shown the English way.
    await expect(english.getByRole('textbox', { name: 'Band 2 below in Sør' })).toHaveValue('16,5');
    await expect(english.locator('tr[data-key="tariffBand2Below"]')).toContainText(
      'New cases get: 16.5 hours a week',
    );

    // Back to the demo's pilot for the other tests: Sør has tariff categories, and inherits
    // the band limits and clarification days.
    await overrideSor(request, {
      tariffCategories: true,
      tariffBand1Below: null,
      tariffBand2Below: null,
      tariffBand3UpTo: null,
      clarificationDays: null,
    });
  });
});
