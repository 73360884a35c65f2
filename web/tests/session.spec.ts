import { SignJWT } from 'jose';
import { expect, test } from './fixtures';

// The development signing key of AUTH_MODE=local (src/config/app-config.ts DEV_SIGNING_KEY).
const DEV_KEY = 'kartlegg-local-development-signing-key-not-for-production';

test.describe('session safety on a shared tablet', () => {
  test('after 15 minutes without activity the nurse is signed out, told why, and her drafts are gone', async ({
    page,
  }) => {
    await page.clock.install();
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Logg inn som Sykepleier Nord' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Saksliste' })).toBeVisible();
    await page.evaluate(() => window.sessionStorage.setItem('kartlegg.draft.journal.a', 'utkast'));

    // Activity keeps the session: 10 minutes, a key press, 10 more minutes.
    await page.clock.fastForward('10:00');
    await page.keyboard.press('Shift');
    await page.clock.fastForward('10:00');
    await expect(page.getByRole('heading', { level: 1, name: 'Saksliste' })).toBeVisible();

    await page.clock.fastForward('05:01');
    await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
    await expect(
      page.getByText('Du ble logget ut etter 15 minutter uten aktivitet.'),
    ).toBeVisible();
    const left = await page.evaluate(() => Object.keys(window.sessionStorage));
    expect(left).not.toContain('kartlegg.token');
    expect(left.filter((k) => k.startsWith('kartlegg.draft.'))).toEqual([]);
  });

  test('an expired token mid-work leads to sign-in and back to the same route, with the draft kept', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Logg inn som Sykepleier Nord' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Saksliste' })).toBeVisible();
    await page.goto('/cases/00000000-0000-4000-8000-000000000000?tab=journal');
    // The screen has loaded and asked the API before the token is swapped for an expired one.
    await expect(page.getByText('Logget inn som Sykepleier Nord')).toBeVisible();
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('nurse.nord@demo.local')
      .setIssuer('kartlegg-local')
      .setAudience('kartlegg')
      .setIssuedAt(now - 7200)
      .setExpirationTime(now - 3600)
      .sign(new TextEncoder().encode(DEV_KEY));
    await page.evaluate((t) => {
      window.sessionStorage.setItem('kartlegg.draft.journal.b', 'Halvskrevet notat');
      window.sessionStorage.setItem('kartlegg.token', t);
    }, expired);

    await page.reload();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(
      page.getByText('Økten din er avsluttet. Logg inn igjen for å fortsette.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Logg inn som Sykepleier Nord' }).click();
    await expect(page).toHaveURL(/\/cases\/00000000-0000-4000-8000-000000000000\?tab=journal$/);
    expect(
      await page.evaluate(() => window.sessionStorage.getItem('kartlegg.draft.journal.b')),
    ).toBe('Halvskrevet notat');
  });
});
