import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

export interface NewReferral {
  givenName: string;
  familyName: string;
  nationalId: string;
  address?: string;
  says?: string;
  asksFor?: string;
  urgent?: boolean;
}

/**
 * A caseworker or coordinator registers a new person by national id and a referral through the
 * referral form; answers the referral's id (from the detail page it lands on).
 */
export async function registerReferral(page: Page, referral: NewReferral): Promise<string> {
  await page
    .getByRole('navigation', { name: 'Hovedmeny' })
    .getByRole('link', { name: 'Henvendelser', exact: true })
    .click();
  await page.getByRole('link', { name: 'Registrer henvendelse' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Registrer henvendelse' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Registrer med fødselsnummer' }).click();
  await page.getByLabel('Fødselsnummer (11 siffer)').fill(referral.nationalId);
  await page.getByLabel('Fornavn').fill(referral.givenName);
  await page.getByLabel('Etternavn').fill(referral.familyName);
  await page.getByLabel('Adresse').fill(referral.address ?? 'Storgata 7');
  await page.getByLabel('Hva henvendelsen sier').fill(referral.says ?? 'Falt hjemme, bor alene.');
  await page
    .getByLabel('Hvilken hjelp det bes om')
    .fill(referral.asksFor ?? 'Vurdering av hjemmetjenester');
  await page.getByRole('radio', { name: referral.urgent ? 'Haster' : 'Vanlig' }).check();
  await page.getByRole('button', { name: 'Registrer henvendelsen' }).click();
  const name = `${referral.givenName} ${referral.familyName}`;
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const id = /\/referrals\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  expect(id).toBeTruthy();
  return id ?? '';
}

/**
 * The coordinator accepts the referral from its detail page with the given first members
 * (their names as the dialog lists them); answers the new case's id.
 */
export async function acceptReferral(
  page: Page,
  referralId: string,
  members: string[],
): Promise<string> {
  await page.goto(`/referrals/${referralId}`);
  await page.getByRole('button', { name: 'Ta imot og opprett sak' }).click();
  const dialog = page.getByRole('dialog');
  for (const member of members)
    await dialog.getByRole('checkbox', { name: new RegExp(member) }).check();
  await dialog.getByRole('button', { name: 'Ta imot og opprett saken' }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  return /\/cases\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
}
