import { expect, expectNoSeriousA11yViolations, screenshots, test } from './fixtures';
import { api, signIn } from './steps/session';

const SETTINGS = '{ municipalitySettings { version } }';
const UPDATE = `mutation($v: Int!, $input: UpdateMunicipalitySettingsInput!) {
  updateMunicipalitySettings(expectedVersion: $v, input: $input) { version } }`;

test.describe('the municipality’s settings', () => {
  test('the administrator tries other clarification days in one district, and meets a colleague’s change', async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, 'Systemansvarlig');
    // The settings have a page of their own, in the administrator's navigation.
    await page.getByRole('navigation').getByRole('link', { name: 'Innstillinger' }).click();
    await expect(page).toHaveURL(/\/admin\/settings$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Kommunens innstillinger' }),
    ).toBeVisible();
    const section = page.getByRole('region', { name: 'Kommunens innstillinger' });
    await expect(section).toBeVisible();
    await expect(section).toContainText('Norsk (bokmål)');
    const municipal = section.getByRole('textbox', {
      name: 'Avklaringsdager (kommunens standard)',
    });
    await expect(municipal).toHaveValue('14');
    const sor = section.getByRole('textbox', { name: 'Avklaringsdager i Sør' });
    await expect(sor).toHaveValue('');
    const sorRow = section.getByRole('row').filter({ hasText: 'Sør' });
    await expect(sorRow).toContainText('14 dager');
    await expect(sorRow).toContainText('kommunens standard');

    // Out of range: named at the field, nothing sent.
    await sor.fill('61');
    await section.getByRole('button', { name: 'Lagre innstillinger' }).click();
    await expect(sor).toHaveAttribute('aria-invalid', 'true');
    await expect(sor).toBeFocused();
    await expect(section.getByText('Skriv et helt tall fra 1 til 60.')).toBeVisible();

    // Sør pilots ten days; Nord keeps the municipal default.
    await sor.fill('10');
    await expect(sorRow).toContainText('10 dager');
    await expect(sorRow).toContainText('distriktets egen');
    await section.getByRole('button', { name: 'Lagre innstillinger' }).click();
    await expect(section.getByRole('status')).toContainText('Lagret.');
    await expect(section).toContainText('sist endret');
    await expect(section).toContainText('av Systemansvarlig');
    await expect(section.getByRole('row').filter({ hasText: 'Nord' })).toContainText('14 dager');
    await page.setViewportSize({ width: 1280, height: 800 });
    await section.scrollIntoViewIfNeeded();
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'admin-settings');

    // A colleague changes the settings meanwhile: saving on the old version is refused, and
    // the values in force now are shown.
    const { municipalitySettings } = await api<{ municipalitySettings: { version: number } }>(
      request,
      'admin@demo.local',
      SETTINGS,
    );
    await api(request, 'admin@demo.local', UPDATE, {
      v: municipalitySettings.version,
      input: { defaults: { clarificationDays: 15 } },
    });
    await sor.fill('12');
    await section.getByRole('button', { name: 'Lagre innstillinger' }).click();
    await expect(section.getByRole('status')).toContainText('Noen andre endret innstillingene');
    await expect(municipal).toHaveValue('15');
    await expect(sor).toHaveValue('10');
    await screenshots(page, 'admin-settings-conflict');

    // Back to the Harstad defaults for the other tests: Sør inherits again.
    await municipal.fill('14');
    await sor.fill('');
    await section.getByRole('button', { name: 'Lagre innstillinger' }).click();
    await expect(section.getByRole('status')).toContainText('Lagret.');
    await expect(sorRow).toContainText('kommunens standard');
  });
});
