import { join } from 'node:path';
import { expect, expectNoSeriousA11yViolations, screenshots, test } from './fixtures';
import { registerReferral } from './steps/referrals';
import { syntheticNationalId } from './steps/scenes';
import { signIn } from './steps/session';

/*
 * Billund's coordination levels in Sør, where the demo switches them on: the coordinator
 * accepts a referral at level 3, sees and changes the level on the case page, sees on the
 * decision screen what the level still asks for, and writes a coordination meeting with its
 * participants in the journal.
 */
test.describe('coordination levels (Billund, district Sør)', () => {
  test('the coordinator accepts at level 3, changes the level, sees what is missing and writes a coordination meeting', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const familyName = `Koordinesen${Date.now().toString(36)}`;
    await signIn(page, 'Koordinator Sør');
    const referralId = await registerReferral(page, {
      givenName: 'Eli',
      familyName,
      nationalId: syntheticNationalId().number,
      says: 'Demens og diabetes; datteren bor langt unna.',
    });

    // The accept dialog offers the level (coordination levels are on in Sør).
    await page.goto(`/referrals/${referralId}`);
    await page.getByRole('button', { name: 'Ta imot og opprett sak' }).click();
    const dialog = page.getByRole('dialog');
    const level = dialog.getByLabel('Koordineringsnivå');
    await expect(level).toHaveValue('1');
    await level.selectOption('3');
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'coordination-accept');
    await dialog.getByRole('button', { name: 'Ta imot og opprett saken' }).click();
    await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
    const caseId = /\/cases\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';

    // The case page shows the level and what it asks for before the decision.
    const section = page.getByRole('region', { name: 'Koordinering' });
    await expect(section.getByTestId('coordination-level')).toHaveText(
      '3 – sammensatt (flere tjenester, pårørende og eksterne)',
    );
    await expect(section).toContainText('Kartlegging fra 2 faggrupper: 0 så langt');
    await expect(section).toContainText('Koordineringsmøte med personen eller pårørende til stede');

    // Changed with a reason: kept in the history.
    await section.getByRole('button', { name: 'Endre nivå' }).click();
    const change = page.getByRole('dialog', { name: 'Endre koordineringsnivå' });
    await change.getByLabel('Nytt nivå').selectOption('2');
    await change.getByLabel('Begrunnelse').fill('Foreløpig bare to faggrupper involvert');
    await expectNoSeriousA11yViolations(page);
    await change.getByRole('button', { name: 'Endre nivå' }).click();
    await expect(section.getByTestId('coordination-level')).toHaveText('2 – flere faggrupper');
    const history = page.getByRole('region', { name: 'Historikk' });
    await expect(history).toContainText('Koordineringsnivå endret');
    await expect(history).toContainText('Foreløpig bare to faggrupper involvert');
    await section.getByRole('button', { name: 'Endre nivå' }).click();
    await change.getByLabel('Nytt nivå').selectOption('3');
    await change.getByLabel('Begrunnelse').fill('Fastlege og NAV skal med likevel');
    await change.getByRole('button', { name: 'Endre nivå' }).click();
    await expect(section.getByTestId('coordination-level')).toHaveText(/^3 – /);
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'coordination-case');

    // The decision screen says what is missing before anyone tries.
    await page.goto(`/cases/${caseId}/decision`);
    const missing = page.getByTestId('coordination-missing');
    await expect(missing).toContainText('Vedtaket kan ikke fattes ennå');
    await expect(missing).toContainText('kartlegging fra 2 faggrupper (0 så langt)');
    await expect(missing).toContainText(
      'et koordineringsmøte med personen eller pårørende til stede',
    );
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'coordination-decision');

    // A coordination meeting in the journal, with the person, her daughter and the GP.
    await page.goto(`/cases/${caseId}`);
    await page.getByLabel('Type notat').selectOption('COORDINATION_MEETING');
    const participants = page.getByRole('group', { name: 'Deltakere' });
    await expect(participants.getByLabel('Deltaker 1')).toHaveValue('PERSON');
    await participants.getByRole('button', { name: 'Legg til deltaker' }).click();
    await participants.getByLabel('Deltaker 2').selectOption('RELATIVE');
    await participants.getByLabel('Rolle').first().fill('datter');
    await participants.getByLabel('Navn (valgfritt)').first().fill('Anne');
    await participants.getByRole('button', { name: 'Legg til deltaker' }).click();
    await participants.getByLabel('Deltaker 3').selectOption('EXTERNAL');
    // An external party without a role is stopped before it is sent.
    await page
      .getByRole('textbox', { name: 'Tekst', exact: true })
      .fill('Koordineringsmøte hjemme hos Eli: felles mål om å bo hjemme.');
    await page.getByRole('button', { name: 'Lagre notat' }).click();
    await expect(page.getByText('Oppgi rollen til hver ekstern part.')).toBeVisible();
    await participants.getByLabel('Rolle').nth(1).fill('fastlege');
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'coordination-meeting-form');
    await page.getByRole('button', { name: 'Lagre notat' }).click();
    await expect(page.getByText('Notatet er lagret.')).toBeVisible();
    const entry = page.getByRole('article').filter({ hasText: 'felles mål om å bo hjemme' });
    await expect(entry).toContainText('Koordineringsmøte');
    await expect(entry).toContainText('Deltakere: Personen selv, datter (Anne), fastlege');
    await page.reload();
    await expect(
      page.getByRole('region', { name: 'Koordinering' }).getByRole('listitem').filter({
        hasText: 'Koordineringsmøte med personen eller pårørende til stede',
      }),
    ).toContainText('På plass');
    await screenshots(page, 'coordination-journal');
    // The section and the meeting entry alone on a phone, to read them at full size.
    await page.setViewportSize({ width: 360, height: 780 });
    await page.getByRole('region', { name: 'Koordinering' }).screenshot({
      path: join(import.meta.dirname, '..', 'screenshots', 'coordination-section-360.png'),
    });
    await entry.screenshot({
      path: join(import.meta.dirname, '..', 'screenshots', 'coordination-meeting-entry-360.png'),
    });
  });
});
