import type { APIRequestContext } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, screenshots, test } from './fixtures';
import { api } from './steps/session';

/**
 * How many open cases the Nord team has now, as the API counts them: six from the demo seed,
 * plus those other browser tests opened before this one (the specs share one database).
 */
async function openNordCases(request: APIRequestContext): Promise<number> {
  const nurse = 'nurse.nord@demo.local';
  const { me } = await api<{ me: { teams: { id: string }[] } }>(
    request,
    nurse,
    '{ me { teams { id } } }',
  );
  const { assessmentCases } = await api<{ assessmentCases: { totalCount: number } }>(
    request,
    nurse,
    'query($teamId: ID!) { assessmentCases(filter: { teamId: $teamId, status: [ACTIVE, ON_HOLD] }, first: 1) { totalCount } }',
    { teamId: me.teams[0].id },
  );
  return Math.min(assessmentCases.totalCount, 50); // the caseload's first page
}

test.describe('a nurse and her caseload', () => {
  test('signs in, sees the team’s caseload nearest deadline first, switches language and signs out', async ({
    page,
    request,
  }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Logg inn som Sykepleier Nord' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'sign-in');

    await page.getByRole('button', { name: 'Logg inn som Sykepleier Nord' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Saksliste' })).toBeVisible();
    await expect(page.getByText('Logget inn som Sykepleier Nord')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Vurderingsteam Nord' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Åpne saker, nærmeste frist først' });
    const rows = table.getByRole('row');
    // Every open Nord case (at least the six seeded); the seeded overdue one comes first.
    const open = await openNordCases(request);
    expect(open).toBeGreaterThanOrEqual(6);
    await expect(rows).toHaveCount(1 + open);
    await expect(rows.nth(1)).toContainText('over frist');
    await expect(table).toContainText('I faresonen');
    await expect(table).toContainText('På vent siden');
    await expect(table).toContainText('Koordinator Nord');
    // The token is kept for the tab only.
    expect(await page.evaluate(() => Object.keys(window.localStorage))).not.toContain(
      'kartlegg.token',
    );
    expect(await page.evaluate(() => window.sessionStorage.getItem('kartlegg.token'))).toBeTruthy();
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'caseload');

    await page.getByLabel('Språk').selectOption('en');
    await expect(page.getByRole('heading', { level: 1, name: 'Caseload' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Caseload' })).toBeVisible();
    await page.getByLabel('Language').selectOption('da');
    await expect(page.getByRole('heading', { level: 1, name: 'Sagsliste' })).toBeVisible();

    await page.getByRole('button', { name: 'Log ud' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible();
    await expect(page.getByText('Du er logget ud.')).toBeVisible();
    expect(await page.evaluate(() => window.sessionStorage.getItem('kartlegg.token'))).toBeNull();
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test('filters the caseload by overdue, on hold and mine, and keeps the filter on reload', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Logg inn som Sykepleier Nord' }).click();
    const table = page.getByRole('table', { name: 'Åpne saker, nærmeste frist først' });
    await expect(table.getByRole('row').nth(1)).toBeVisible();

    // The filter lives in the address: a tick navigates, and the box follows the address.
    await page.getByRole('checkbox', { name: 'Over frist' }).click();
    await expect(page).toHaveURL(/overdue=1/);
    await expect(table.getByRole('row')).toHaveCount(1 + 1);
    await expect(table.getByRole('row').nth(1)).toContainText('over frist');
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Over frist' })).toBeChecked();
    await expect(table.getByRole('row')).toHaveCount(1 + 1);

    await page.getByRole('checkbox', { name: 'Over frist' }).click();
    await expect(page.getByRole('checkbox', { name: 'Over frist' })).not.toBeChecked();
    await page.getByLabel('Status').selectOption('ON_HOLD');
    await expect(table.getByRole('row').nth(1)).toContainText('På vent');
    for (const row of await table.getByRole('row').all()) {
      await expect(row).not.toContainText('Aktiv');
    }

    // The demo nurse is neither coordinator nor member of any demo case.
    await page.getByLabel('Status').selectOption('OPEN');
    await page.getByRole('checkbox', { name: /^Mine/ }).click();
    await expect(page.getByText('Ingen åpne saker passer med filteret.')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('a leader sees the figures of every team of the district; a nurse only her own team', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Logg inn som Leder Nord' }).click();
    const district = page.getByRole('region', { name: 'Distrikt Nord: tall for teamene' });
    await expect(district.getByRole('row')).toHaveCount(1 + 2);
    await expect(district).toContainText('Vurderingsteam psykisk helse Nord');
    await expect(district.getByRole('row').nth(1)).toContainText(/\d/);
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'caseload-leader');

    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.getByRole('button', { name: 'Logg inn som Sykepleier Nord' }).click();
    await expect(page.getByRole('heading', { name: 'Vurderingsteam Nord' })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Distrikt Nord/ })).toHaveCount(0);
  });

  test('a phone shows the caseload as cards, not a table', async ({ page, request }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Logg inn som Sykepleier Nord' }).click();
    const list = page.getByRole('list', { name: 'Åpne saker, nærmeste frist først' });
    await expect(list.getByRole('listitem')).toHaveCount(await openNordCases(request));
    await expect(page.getByRole('table')).toHaveCount(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('a staff member outside every team lands on their own work, not on an empty caseload', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Logg inn som Personvernombud' }).click();
    // The privacy officer's own work is the access log; the teams' screens are not offered.
    await expect(
      page.getByRole('heading', { level: 1, name: 'Hvem har sett denne personens opplysninger' }),
    ).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    await expect(nav.getByRole('link', { name: 'Saksliste' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Journalsøk' })).toHaveCount(0);
  });

  test('an expired or forged token leads back to sign-in with a sentence, not JSON', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await page.evaluate(() => window.sessionStorage.setItem('kartlegg.token', 'not-a-token'));
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(
      page.getByText('Økten din er avsluttet. Logg inn igjen for å fortsette.'),
    ).toBeVisible();
    await expect(page.locator('body')).not.toContainText('UNAUTHENTICATED');
  });
});

test.describe('errors and the keyboard', () => {
  test('an API refusal on the caseload is a sentence in the user’s language, with a retry', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Logg inn som Sykepleier Nord' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Saksliste' })).toBeVisible();
    // The rate limiter's answer, as the API gives it, for the caseload query only.
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string };
      if (body.operationName !== 'Caseload') return route.fallback();
      await route.fulfill({
        json: {
          data: null,
          errors: [
            {
              message: 'Too many requests',
              extensions: { code: 'RATE_LIMITED', reason: 'RATE_LIMITED' },
            },
          ],
        },
      });
    });
    await page.reload();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(
      'For mange forespørsler på kort tid. Vent et minutt og prøv igjen.',
    );
    await expect(alert).not.toContainText('RATE_LIMITED');
    await expect(alert).not.toContainText('{');
    await page.unroute('**/graphql');
    await alert.getByRole('button', { name: 'Prøv igjen' }).click();
    await expect(page.getByRole('table')).toBeVisible();
  });

  test('signing in works with the keyboard alone', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('button', { name: 'Logg inn som Sykepleier Nord' })).toBeVisible();
    // Tab until the nurse's button has focus, then press Enter.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      if (focused === 'Logg inn som Sykepleier Nord') break;
    }
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Saksliste' })).toBeVisible();
    // The first Tab reaches the skip link, which moves focus to the main content.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Hopp til hovedinnhold' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });
});
