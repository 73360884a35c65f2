import { expect, expectNoSeriousA11yViolations, screenshots, test } from './fixtures';
import {
  acceptedCaseForPlan,
  addGoal,
  addMeasure,
  agreePlan,
  editGoal,
  goalByApi,
  goalItem,
  moveGoal,
  openPlan,
  returnToTab,
} from './steps/goal-plan';
import { signIn } from './steps/session';

test.describe('the goal and action plan', () => {
  test('a nurse and an occupational therapist build a plan, reorder it and agree it; a later change shows, and the history names both', async ({
    browser,
    request,
  }) => {
    test.setTimeout(300_000);
    const scene = await acceptedCaseForPlan(request, 'NETWORK');
    const nurseContext = await browser.newContext();
    const otContext = await browser.newContext();
    const nurse = await nurseContext.newPage();
    const ot = await otContext.newPage();

    await signIn(nurse, 'Sykepleier Nord');
    await nurse.goto(`/cases/${scene.caseId}`);
    await nurse.getByRole('link', { name: 'Mål- og tiltaksplan' }).click();
    await openPlan(nurse, scene.caseId);
    await expect(nurse.getByText('Ingen mål ennå.')).toBeVisible();
    await expectNoSeriousA11yViolations(nurse);
    await screenshots(nurse, 'goal-plan-empty');

    const shopping = 'Jeg vil klare å handle selv på butikken';
    await addGoal(nurse, scene.caseId, shopping, { whatMatters: 'Å treffe folk i nabolaget' });
    // Above the suggested step (Nettverk): the justification is asked for right there.
    await addMeasure(nurse, scene.caseId, shopping, {
      description: 'Gåtrening ute med rullator',
      level: '6 Hverdagsrehabilitering',
      justification: 'Etter fallet trengs opptrening før nettverket kan følge henne.',
      who: 'Ansatte (et yrke)',
      profession: 'Fysioterapeut',
      frequency: 'to ganger i uka',
    });
    await expect(goalItem(nurse, shopping)).toContainText('Over foreslått trinn');

    await signIn(ot, 'Ergoterapeut Nord');
    const dinner = 'Jeg vil lage middag selv igjen';
    await addGoal(ot, scene.caseId, dinner);
    await addMeasure(ot, scene.caseId, dinner, {
      description: 'Datteren handler inn til middagene',
      level: '2 Nettverk',
      who: 'Pårørende og nettverk',
      name: 'Kari (datter)',
      frequency: 'en gang i uka',
    });
    await moveGoal(ot, scene.caseId, 2, 'opp');
    // Keyboard: focus follows the goal it moved.
    await expect(ot.getByRole('button', { name: 'Flytt mål 1 ned' })).toBeFocused();

    // The nurse's page is still open: the colleague's goal shows, marked as changed, in order.
    await returnToTab(nurse);
    await expect(nurse.locator('li.goal').first()).toContainText(dinner);
    await expect(goalItem(nurse, dinner)).toContainText('Endret av Ergoterapeut Nord');
    await expectNoSeriousA11yViolations(nurse);
    await screenshots(nurse, 'goal-plan-draft');

    await agreePlan(nurse, scene.caseId);
    await expect(nurse.getByTestId('agreement')).toContainText('registrert av Sykepleier Nord');
    await expectNoSeriousA11yViolations(nurse);
    await screenshots(nurse, 'goal-plan-agreed');

    // Printing: the plan without the app around it or its controls.
    await nurse.emulateMedia({ media: 'print' });
    await expect(nurse.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
    await expect(nurse.locator('.app-header')).toBeHidden();
    await expect(nurse.getByRole('heading', { name: 'Endringshistorikk' })).toBeHidden();
    await expect(goalItem(nurse, shopping)).toBeVisible();
    await nurse.screenshot({ path: 'screenshots/goal-plan-print-1280.png', fullPage: true });
    await nurse.emulateMedia({ media: 'screen' });

    // A change after the agreement: both see "changed since agreement". The occupational
    // therapist's page learns of the agreement first (it moved every goal's version).
    await returnToTab(ot);
    await expect(ot.getByTestId('plan-status')).toHaveText('Avtalt');
    await editGoal(ot, scene.caseId, dinner, 'Jeg vil lage middag selv tre dager i uka');
    await expect(ot.getByTestId('plan-status')).toHaveText('Endret etter avtale');
    await returnToTab(nurse);
    await expect(nurse.getByTestId('plan-status')).toHaveText('Endret etter avtale');
    await expect(nurse.getByText(/Planen er endret etter at den ble avtalt/)).toBeVisible();

    const history = nurse.getByRole('list', { name: 'Endringer i planen, nyeste først' });
    await expect(history.locator(':scope > li').first()).toContainText('Mål endret');
    await expect(history.locator(':scope > li').first()).toContainText('Ergoterapeut Nord');
    await expect(history).toContainText('Planen avtalt');
    await expect(history).toContainText('Ny rekkefølge på målene');
    await expect(history).toContainText('Sykepleier Nord');
    await expect(history).toContainText('Tiltak lagt til');
    await expectNoSeriousA11yViolations(nurse);
    await screenshots(nurse, 'goal-plan-changed');

    await nurseContext.close();
    await otContext.close();
  });

  test('two edit the same goal: the second sees both versions side by side, merges, saves, and the history keeps both', async ({
    browser,
    request,
  }) => {
    test.setTimeout(240_000);
    const scene = await acceptedCaseForPlan(request, 'NETWORK');
    const words = 'Jeg vil gå tur med hunden';
    await goalByApi(request, scene.caseId, words);
    const nurseContext = await browser.newContext();
    const otContext = await browser.newContext();
    const nurse = await nurseContext.newPage();
    const ot = await otContext.newPage();
    await signIn(nurse, 'Sykepleier Nord');
    await signIn(ot, 'Ergoterapeut Nord');
    await openPlan(nurse, scene.caseId);
    await openPlan(ot, scene.caseId);

    // Both open the same goal for editing.
    await goalItem(nurse, words).getByRole('button', { name: 'Endre målet' }).click();
    await goalItem(ot, words).getByRole('button', { name: 'Endre målet' }).click();
    const otText = ot.getByLabel('Målet, med personens egne ord');
    await otText.fill('Jeg vil gå tur med hunden hver morgen');
    // A reload loses nothing: the draft is kept in the tab.
    await ot.reload();
    await expect(ot.getByText('Teksten du ikke hadde lagret, er hentet fram igjen.')).toBeVisible();
    await expect(ot.getByLabel('Målet, med personens egne ord')).toHaveValue(
      'Jeg vil gå tur med hunden hver morgen',
    );

    const nurseText = 'Jeg vil gå tur med hunden til parken';
    await nurse.getByLabel('Målet, med personens egne ord').fill(nurseText);
    await nurse.getByRole('button', { name: 'Lagre målet' }).click();
    await expect(goalItem(nurse, nurseText).locator('blockquote')).toHaveText(nurseText);

    // The therapist saves second: CONFLICT, and both versions side by side.
    await ot.getByRole('button', { name: 'Lagre målet' }).click();
    const conflict = ot.getByRole('form', { name: 'En kollega lagret først' });
    await expect(conflict).toBeVisible();
    await expect(conflict).toContainText('Sykepleier Nord lagret en endring');
    await expect(conflict.getByTestId('mine-text')).toHaveText(
      'Jeg vil gå tur med hunden hver morgen',
    );
    await expect(conflict.getByTestId('theirs-text')).toHaveText(nurseText);
    await expect(conflict.getByRole('heading', { name: 'En kollega lagret først' })).toBeFocused();
    await expectNoSeriousA11yViolations(ot);
    await screenshots(ot, 'goal-plan-conflict');

    // Take the colleague's, then merge by hand.
    const merged = conflict.getByLabel('Målet, med personens egne ord: Lagres som (du kan endre)');
    await conflict.getByRole('button', { name: 'Bruk kollegaens' }).click();
    await expect(merged).toHaveValue(nurseText);
    await merged.fill('Jeg vil gå tur med hunden til parken hver morgen');
    await conflict.getByRole('button', { name: 'Lagre', exact: true }).click();
    await expect(conflict).toBeHidden();
    const final = 'Jeg vil gå tur med hunden til parken hver morgen';
    await expect(goalItem(ot, final).locator('blockquote')).toHaveText(final);

    const history = ot.getByRole('list', { name: 'Endringer i planen, nyeste først' });
    const entries = history.locator(':scope > li');
    await expect(entries.nth(0)).toContainText('Mål endret');
    await expect(entries.nth(0)).toContainText('Ergoterapeut Nord');
    await expect(entries.nth(0)).toContainText(final);
    await expect(entries.nth(1)).toContainText('Mål endret');
    await expect(entries.nth(1)).toContainText('Sykepleier Nord');
    await expect(entries.nth(1)).toContainText(nurseText);
    await expectNoSeriousA11yViolations(ot);

    await nurseContext.close();
    await otContext.close();
  });

  test('a caseworker reads the plan without controls; a nurse of another district is told she has no access', async ({
    browser,
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const scene = await acceptedCaseForPlan(request, 'NETWORK');
    const words = 'Jeg vil kunne dusje selv';
    await goalByApi(request, scene.caseId, words);
    await signIn(page, 'Saksbehandler Nord');
    await openPlan(page, scene.caseId);
    await expect(goalItem(page, words)).toBeVisible();
    await expect(page.getByText('Du kan lese planen, men ikke endre den.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Legg til mål' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Endre målet' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Registrer avtale' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    const sorContext = await browser.newContext();
    const sor = await sorContext.newPage();
    await signIn(sor, 'Sykepleier Sør');
    await sor.goto(`/cases/${scene.caseId}/plan`);
    await expect(sor.getByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeVisible();
    await expect(sor.getByText(words)).toHaveCount(0);
    await sorContext.close();
  });
});
