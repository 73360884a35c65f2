import type { APIRequestContext, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, screenshots, test } from './fixtures';
import { api } from './steps/session';

async function signIn(page: Page, name: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: `Logg inn som ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saksliste' })).toBeVisible();
}

interface NordCase {
  id: string;
  onHoldSince: string | null;
  patient: { givenName: string; familyName: string };
}

/** The Nord team's open cases, nearest deadline first (as the caseload shows them). */
async function nordCases(request: APIRequestContext): Promise<NordCase[]> {
  const data = await api<{ me: { teams: { id: string }[] } }>(
    request,
    'nurse.nord@demo.local',
    '{ me { teams { id } } }',
  );
  const cases = await api<{ assessmentCases: { edges: { node: NordCase }[] } }>(
    request,
    'nurse.nord@demo.local',
    `query($team: ID!) { assessmentCases(filter: { teamId: $team, status: [ACTIVE, ON_HOLD] }, first: 50) {
       edges { node { id onHoldSince patient { givenName familyName } } } } }`,
    { team: data.me.teams[0].id },
  );
  return cases.assessmentCases.edges.map((e) => e.node);
}

const nameOf = (c: NordCase) => `${c.patient.givenName} ${c.patient.familyName}`;

test.describe('the case page', () => {
  test('the coordinator resumes a case held for two days: the deadline moves; then holds it again', async ({
    page,
    request,
  }) => {
    const held = (await nordCases(request)).find((c) => c.onHoldSince !== null)!;
    await signIn(page, 'Koordinator Nord');
    await page.getByRole('link', { name: nameOf(held) }).click();

    await expect(page.getByRole('heading', { level: 1, name: nameOf(held) })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/cases/${held.id}$`));
    await expect(page.getByText('Status: På vent')).toBeVisible();
    const holds = page.getByRole('list', { name: 'Pauser, eldste først' });
    await expect(holds.getByRole('listitem')).toHaveCount(1);
    await expect(holds).toContainText('Innlagt på sykehus');
    await expect(holds).toContainText('Fortsatt på vent');
    const actions = page.getByRole('region', { name: 'Koordinatorens handlinger' });
    await expect(actions.getByRole('button', { name: 'Sett på vent' })).toHaveCount(0);

    await actions.getByRole('button', { name: 'Gjenoppta' }).click();
    const resume = page.getByRole('dialog', { name: 'Gjenoppta saken' });
    await expect(resume).toBeVisible();
    await resume.getByRole('button', { name: 'Gjenoppta' }).click();
    await expect(resume).toBeHidden();

    // Held from two days ago until today: the clarification period is two days longer.
    await expect(page.getByText('Status: Aktiv')).toBeVisible();
    const clock = page.getByRole('region', { name: 'Avklaringsperiode' });
    await expect(clock).toContainText('Fristen er flyttet 2 dager');
    await expect(clock.getByRole('definition').filter({ hasText: /^2 dager$/ })).toHaveCount(1);
    await expect(holds).toContainText('Gjenopptatt');
    await expect(holds).not.toContainText('Fortsatt på vent');
    const history = page.getByRole('list', { name: 'Endringer i saken, eldste først' });
    await expect(history).toContainText('Gjenopptatt · Koordinator Nord');

    await actions.getByRole('button', { name: 'Sett på vent' }).click();
    const hold = page.getByRole('dialog', { name: 'Sett saken på vent' });
    await hold.getByLabel('Begrunnelse').fill('Innlagt på nytt etter fall');
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'case-dialog');
    await hold.getByRole('button', { name: 'Sett på vent' }).click();
    await expect(hold).toBeHidden();

    await expect(page.getByText('Status: På vent')).toBeVisible();
    await expect(holds.getByRole('listitem')).toHaveCount(2);
    await expect(holds.getByRole('listitem').nth(1)).toContainText('Innlagt på nytt etter fall');
    await expect(holds.getByRole('listitem').nth(1)).toContainText('Fortsatt på vent');
    await expect(history).toContainText('Innlagt på nytt etter fall');
    await expect(actions.getByRole('button', { name: 'Gjenoppta' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'case');
  });

  test('a refusal is a sentence in the dialog; a same-day hold and resume leave the deadline', async ({
    page,
    request,
  }) => {
    const fresh = (await nordCases(request)).findLast((c) => c.onHoldSince === null)!;
    await signIn(page, 'Koordinator Nord');
    await page.goto(`/cases/${fresh.id}`);
    await expect(page.getByRole('heading', { level: 1, name: nameOf(fresh) })).toBeVisible();
    const clock = page.getByRole('region', { name: 'Avklaringsperiode' });
    const deadline = await clock.locator('time').textContent();

    // A colleague puts the case on hold while the page is open.
    await api(
      request,
      'coordinator.nord@demo.local',
      'mutation($id: ID!) { putCaseOnHold(caseId: $id, input: { reason: "Innlagt" }) { id } }',
      { id: fresh.id },
    );
    const actions = page.getByRole('region', { name: 'Koordinatorens handlinger' });
    await actions.getByRole('button', { name: 'Sett på vent' }).click();
    const hold = page.getByRole('dialog', { name: 'Sett saken på vent' });
    await hold.getByLabel('Begrunnelse').fill('Innlagt på sykehus');
    await hold.getByRole('button', { name: 'Sett på vent' }).click();
    await expect(hold.getByRole('alert')).toHaveText(
      'Saken er ikke aktiv, så dette kan ikke gjøres nå.',
    );
    await expect(hold).not.toContainText('INVALID_TRANSITION');
    await hold.getByRole('button', { name: 'Tilbake' }).click();
    // Closing the refused dialog shows the case as it is now.
    await expect(page.getByText('Status: På vent')).toBeVisible();

    await actions.getByRole('button', { name: 'Gjenoppta' }).click();
    const resume = page.getByRole('dialog', { name: 'Gjenoppta saken' });
    await resume.getByRole('button', { name: 'Gjenoppta' }).click();
    await expect(page.getByText('Status: Aktiv')).toBeVisible();
    const holds = page.getByRole('list', { name: 'Pauser, eldste først' });
    await expect(holds).toContainText('Innlagt');
    await expect(holds).toContainText('Gjenopptatt');
    // On hold and resumed the same day: no day added.
    await expect(clock.locator('time')).toHaveText(deadline!);
    await expect(clock).not.toContainText('Fristen er flyttet');

    // A physiotherapist of the team joins the case, and leaves it again with a reason.
    await actions.getByRole('button', { name: 'Tildel medlem' }).click();
    const assign = page.getByRole('dialog', { name: 'Tildel medlem' });
    await assign.getByLabel('Ansatt').selectOption({ label: 'Fysioterapeut Nord (Fysioterapeut)' });
    await assign.getByLabel('Rolle i saken').selectOption({ label: 'Primærkontakt' });
    await assign.getByRole('button', { name: 'Tildel' }).click();
    const members = page.getByRole('region', { name: 'Medlemmer' });
    await expect(members).toContainText('Fysioterapeut Nord');
    await expect(members).toContainText('Primærkontakt');
    await members.getByRole('button', { name: 'Fjern Fysioterapeut Nord' }).click();
    const remove = page.getByRole('dialog', { name: 'Fjern Fysioterapeut Nord fra saken' });
    await remove.getByLabel('Begrunnelse').fill('Trengs ikke lenger');
    await remove.getByRole('button', { name: 'Fjern' }).click();
    await expect(members).not.toContainText('Fysioterapeut Nord');
    await expect(page.getByRole('region', { name: 'Historikk' })).toContainText(
      'Trengs ikke lenger',
    );
  });

  test('a nurse of the team sees the case and its clock, but no coordinator controls', async ({
    page,
    request,
  }) => {
    const [first] = await nordCases(request);
    await signIn(page, 'Sykepleier Nord');
    await page.getByRole('link', { name: nameOf(first) }).click();
    await expect(page.getByRole('heading', { level: 1, name: nameOf(first) })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Avklaringsperiode' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Historikk' })).toContainText('Sak opprettet');
    await expect(page.getByRole('region', { name: 'Koordinatorens handlinger' })).toHaveCount(0);
    for (const name of [
      'Sett på vent',
      'Gjenoppta',
      'Forleng fristen',
      'Tildel medlem',
      'Bytt koordinator',
      'Avslutt saken',
    ]) {
      await expect(page.getByRole('button', { name })).toHaveCount(0);
    }
  });

  test('a Sør nurse opening a Nord case sees the forbidden page and no person data', async ({
    page,
    request,
  }) => {
    const [nord] = await nordCases(request);
    await signIn(page, 'Sykepleier Sør');
    await page.goto(`/cases/${nord.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeVisible();
    const text = await page.locator('body').innerText();
    expect(text).not.toContain(nord.patient.givenName);
    expect(text).not.toContain(nord.patient.familyName);
    expect(text).not.toContain('FORBIDDEN');
    await expect(page.getByRole('region', { name: 'Avklaringsperiode' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'case-forbidden');

    await page.goto('/cases/00000000-0000-4000-8000-000000000000');
    await expect(page.getByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeVisible();
  });
});
