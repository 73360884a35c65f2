import { expect, expectNoSeriousA11yViolations, screenshots, test } from './fixtures';
import { nordCaseWithoutOutsiders, requestEmergencyAccess } from './steps/emergency-access';
import { api, signIn } from './steps/session';

test.describe('emergency access (break the glass)', () => {
  test('a nurse of another district must give a reason, then reads the case under a banner with its end', async ({
    page,
    request,
  }) => {
    // Axe and screenshots at three widths of several screens take their time.
    test.setTimeout(120_000);
    const { caseId, patientName } = await nordCaseWithoutOutsiders(request);
    await signIn(page, 'Sykepleier Sør');
    await page.goto(`/cases/${caseId}`);

    // Refused, with no person data; the offer states the limit and that it is logged.
    await expect(page.getByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeVisible();
    await expect(page.getByText(patientName)).toHaveCount(0);
    const offer = page.getByRole('region', { name: 'Nødtilgang' });
    await expect(offer).toContainText('Tilgangen avsluttes av seg selv etter 4 timer.');
    await expect(offer).toContainText('gjennomgås av personvernombudet');
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'emergency-access-offer');

    // The reason is required: nothing is asked of the API without it.
    await offer.getByRole('button', { name: 'Åpne med nødtilgang' }).click();
    const reason = offer.getByRole('textbox', { name: 'Begrunnelse' });
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    await expect(reason).toBeFocused();
    await expect(offer.getByText('Skriv hvorfor du trenger tilgang til saken.')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'emergency-access-reason-required');
    await expect(page.getByRole('heading', { level: 1, name: patientName })).toHaveCount(0);

    // By keyboard: the reason, then the button.
    await reason.fill('Akutt tilsyn på natt, pasientens team er ikke på vakt');
    await page.keyboard.press('Tab');
    await expect(offer.getByRole('button', { name: 'Åpne med nødtilgang' })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 1, name: patientName })).toBeVisible();
    const banner = page.getByText(/Du leser denne saken med nødtilgang til/);
    await expect(banner).toBeVisible();
    // The end is four hours on, as the API gave it.
    const { emergencyAccesses } = await api<{
      emergencyAccesses: { edges: { node: { caseId: string; expiresAt: string } }[] };
    }>(
      request,
      'privacy@demo.local',
      '{ emergencyAccesses(first: 20) { edges { node { caseId expiresAt } } } }',
    );
    const grant = emergencyAccesses.edges.find((e) => e.node.caseId === caseId)!.node;
    const minutes = (new Date(grant.expiresAt).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(235);
    expect(minutes).toBeLessThanOrEqual(240);
    const time = new Intl.DateTimeFormat('nb-NO', { timeStyle: 'short' }).format(
      new Date(grant.expiresAt),
    );
    await expect(banner).toContainText(time);
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'emergency-access-banner');

    // Read again later (a reload): still open, still flagged.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: patientName })).toBeVisible();
    await expect(banner).toBeVisible();

    // The case's journal page says the same; a journal entry may be written under the grant.
    await page.getByRole('link', { name: 'Journal (hel side)' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Samarbeidsjournal' })).toBeVisible();
    await expect(page.getByText(/Du leser denne saken med nødtilgang til/)).toContainText(time);
  });

  test('the step works for a nurse of the psychiatric team of the same district', async ({
    page,
    request,
  }) => {
    const { caseId } = await nordCaseWithoutOutsiders(request);
    await signIn(page, 'Sykepleier psykisk helse Nord');
    await requestEmergencyAccess(page, caseId, 'Ringt inn av legevakten om pasienten');
  });

  test('is not offered to a profession that may not break the glass', async ({ page, request }) => {
    const { caseId } = await nordCaseWithoutOutsiders(request);
    await signIn(page, 'Koordinator Sør');
    await page.goto(`/cases/${caseId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Nødtilgang' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Åpne med nødtilgang' })).toHaveCount(0);
  });
});
