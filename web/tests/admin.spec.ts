import { expect, expectNoSeriousA11yViolations, screenshots, test } from './fixtures';
import { nordCaseWithoutOutsiders } from './steps/emergency-access';
import { signIn } from './steps/session';

test.describe('the administrator', () => {
  test('creates a staff member, adds a team, and deactivates them: they are signed out', async ({
    page,
    browser,
  }) => {
    // Axe and screenshots at three widths of several screens take their time.
    test.setTimeout(180_000);
    const stamp = Date.now().toString(36);
    const name = `Nyansatt Sykepleier ${stamp}`;
    const email = `ny.${stamp}@demo.local`;

    await signIn(page, 'Systemansvarlig');
    // The administrator lands on the staff screens; the teams' screens are not offered.
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    await expect(page.getByRole('heading', { level: 1, name: 'Ansatte' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Saksliste' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Henvendelser' })).toHaveCount(0);
    await nav.getByRole('link', { name: 'Ansatte' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ansatte' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Alle ansatte' });
    await expect(table.getByRole('link', { name: 'Sykepleier Nord', exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'admin-staff-list');

    // The form names what is missing at each field.
    await page.getByRole('link', { name: 'Ny ansatt' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ny ansatt' })).toBeVisible();
    await page.getByRole('textbox', { name: 'E-post' }).fill('ikke-en-adresse');
    await page.getByRole('button', { name: 'Opprett ansatt' }).click();
    const fullName = page.getByRole('textbox', { name: 'Fullt navn' });
    await expect(fullName).toHaveAttribute('aria-invalid', 'true');
    await expect(fullName).toBeFocused();
    await expect(page.getByText('Fyll ut dette.')).toBeVisible();
    await expect(page.getByText('Skriv en hel e-postadresse')).toBeVisible();
    await expect(page.getByText('Velg et yrke.')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'admin-new-staff-errors');

    // An e-mail already in use is refused at its field.
    await fullName.fill(name);
    await page.getByRole('textbox', { name: 'E-post' }).fill('nurse.nord@demo.local');
    await page.getByRole('combobox', { name: 'Yrke' }).selectOption({ label: 'Sykepleier' });
    await page.getByRole('button', { name: 'Opprett ansatt' }).click();
    await expect(
      page.getByText('E-postadressen (eller bruker-ID-en) er allerede i bruk.'),
    ).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'E-post' })).toBeFocused();

    await page.getByRole('textbox', { name: 'E-post' }).fill(email);
    await page.getByRole('button', { name: 'Opprett ansatt' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByText(`${name} er opprettet.`)).toBeVisible();

    // A team membership, chosen by keyboard.
    const teams = page.getByRole('region', { name: 'Kartleggingsteam' });
    await expect(teams).toContainText('Ikke med i noe team.');
    await teams
      .getByRole('combobox', { name: 'Legg til i team' })
      .selectOption({ label: 'Vurderingsteam Nord' });
    await teams.getByRole('button', { name: 'Legg til' }).focus();
    await page.keyboard.press('Enter');
    await expect(teams.getByRole('listitem')).toHaveCount(1);
    await expect(teams.getByRole('listitem')).toContainText('Vurderingsteam Nord');
    await expect(page.getByText('Lagt til i Vurderingsteam Nord.')).toBeVisible();

    // A unit membership added and removed again.
    const units = page.getByRole('region', { name: 'Tjenesteenheter' });
    await units
      .getByRole('combobox', { name: 'Legg til i enhet' })
      .selectOption({ label: 'Frisklivssentralen Nord' });
    await units.getByRole('button', { name: 'Legg til' }).click();
    await expect(units.getByRole('listitem')).toContainText('Frisklivssentralen Nord');
    await units.getByRole('button', { name: 'Fjern fra Frisklivssentralen Nord' }).click();
    await expect(page.getByText('Fjernet fra Frisklivssentralen Nord.')).toBeVisible();
    await expect(units.getByRole('combobox', { name: 'Legg til i enhet' })).toBeFocused();
    await expect(units).toContainText('Ikke med i noen enhet.');
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'admin-staff-member');

    // The new staff member signs in, in a browser of their own.
    const theirs = await browser.newContext({
      locale: 'nb-NO',
      baseURL: page.url().split('/admin')[0],
    });
    const them = await theirs.newPage();
    await signIn(them, name);
    await expect(them.getByRole('heading', { level: 1, name: 'Saksliste' })).toBeVisible();

    // Deactivation asks first and says what it means.
    await page.getByRole('button', { name: 'Deaktiver' }).click();
    const dialog = page.getByRole('dialog', { name: `Deaktivere ${name}?` });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('blir logget ut med en gang');
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'admin-deactivate-dialog');
    await dialog.getByRole('button', { name: 'Deaktiver' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`${name} er deaktivert og logget ut.`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name })).toBeFocused();
    await expect(page.getByText(/^Deaktivert /)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Deaktiver' })).toHaveCount(0);

    // Their next request is refused: they are on the sign-in page, and cannot sign in again.
    await them.reload();
    await expect(them).toHaveURL(/\/sign-in/);
    await expect(them.getByRole('button', { name: 'Logg inn som Sykepleier Nord' })).toBeVisible();
    await expect(them.getByRole('button', { name: `Logg inn som ${name}` })).toHaveCount(0);
    await theirs.close();

    // The list shows them deactivated, with their team.
    await page.getByRole('link', { name: 'Tilbake til ansatte' }).click();
    const row = page.getByRole('row').filter({ hasText: name });
    await expect(row).toContainText('Deaktivert');
    await expect(row).toContainText('Vurderingsteam Nord');
  });

  test('sees no person data: a case is refused as a sentence; others get no staff screens', async ({
    page,
    request,
  }) => {
    test.setTimeout(60_000);
    const { caseId, patientName } = await nordCaseWithoutOutsiders(request);
    await signIn(page, 'Systemansvarlig');
    await page.goto(`/cases/${caseId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeVisible();
    await expect(page.getByText('Du har ikke tilgang til denne saken.')).toBeVisible();
    await expect(page.getByText(patientName)).toHaveCount(0);
    // No break-the-glass for the administrator.
    await expect(page.getByRole('button', { name: 'Åpne med nødtilgang' })).toHaveCount(0);

    // Others do not get the administrator's screens.
    const other = await page
      .context()
      .browser()!
      .newContext({ locale: 'nb-NO', baseURL: new URL(page.url()).origin });
    const nurse = await other.newPage();
    await signIn(nurse, 'Sykepleier Nord');
    await expect(nurse.getByRole('link', { name: 'Ansatte' })).toHaveCount(0);
    await expect(nurse.getByRole('link', { name: 'Innstillinger' })).toHaveCount(0);
    await nurse.goto('/admin/settings');
    await expect(nurse.getByText('Bare systemansvarlig kan endre innstillingene.')).toBeVisible();
    await expect(nurse.getByRole('button', { name: 'Lagre innstillinger' })).toHaveCount(0);
    await screenshots(nurse, 'admin-settings-refused');
    await nurse.goto('/admin');
    await expect(nurse.getByText('Bare systemansvarlig kan administrere ansatte.')).toBeVisible();
    await other.close();
  });
});
