import type { APIRequestContext, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { openCase } from './scenes';

/**
 * Scene (API only): a new person in district Nord with a referral accepted by the Nord
 * coordinator, so an open case of the Nord team. Staff of Sør and of the psychiatric team
 * have no relation to it.
 */
export async function nordCaseWithoutOutsiders(
  request: APIRequestContext,
): Promise<{ caseId: string; patientName: string }> {
  const { caseId, name } = await openCase(request, {
    givenName: 'Ingrid',
    familyName: `Nødtilgang${Date.now().toString(36)}`,
  });
  return { caseId, patientName: name };
}

/**
 * A clinician or caseworker with no relation to the case breaks the glass through the UI: the
 * refusal offers emergency access, the reason is given, and the case opens with the banner
 * naming when the access ends.
 */
export async function requestEmergencyAccess(
  page: Page,
  caseId: string,
  reason: string,
): Promise<void> {
  await page.goto(`/cases/${caseId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeVisible();
  const offer = page.getByRole('region', { name: 'Nødtilgang' });
  await expect(offer).toContainText('etter 4 timer');
  await offer.getByRole('textbox', { name: 'Begrunnelse' }).fill(reason);
  await offer.getByRole('button', { name: 'Åpne med nødtilgang' }).click();
  await expect(page.getByText(/Du leser denne saken med nødtilgang til/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen tilgang' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Avklaringsperiode' })).toBeVisible();
}
