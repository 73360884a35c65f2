import { expect, expectNoSeriousA11yViolations, screenshots, test } from './fixtures';

test.describe('a nurse and her caseload', () => {
  test('signs in, sees the team’s caseload nearest deadline first, switches language and signs out', async ({
    page,
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
    // The demo seeds six open Nord cases; the overdue one comes first.
    await expect(rows).toHaveCount(1 + 6);
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

  test('a phone shows the caseload as cards, not a table', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Logg inn som Sykepleier Nord' }).click();
    const list = page.getByRole('list', { name: 'Åpne saker, nærmeste frist først' });
    await expect(list.getByRole('listitem')).toHaveCount(6);
    await expect(page.getByRole('table')).toHaveCount(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('a staff member outside every team is told why there is no caseload', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Logg inn som Personvernombud' }).click();
    await expect(
      page.getByText('Du er ikke med i et vurderingsteam, så du har ingen saksliste.'),
    ).toBeVisible();
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
