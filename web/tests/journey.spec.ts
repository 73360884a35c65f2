import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { recordMapping } from './steps/assessment';
import { handOver, recordDecision } from './steps/decision';
import { addGoal, addMeasure, daysFromToday } from './steps/goal-plan';
import { acknowledgeHandover, evaluateGoal, recordFollowUp } from './steps/receiving';
import { acceptReferral, registerReferral } from './steps/referrals';
import { syntheticNationalId } from './steps/scenes';
import { signIn } from './steps/session';

/** One staff member in a browser of their own (their own context: cookies, storage, tabs). */
async function asStaff(browser: Browser, name: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    locale: 'nb-NO',
    viewport: { width: 1280, height: 800 },
  });
  // An action waiting for something that never comes fails the step, not the whole budget.
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  await signIn(page, name);
  return page;
}

/**
 * The whole journey of issue 14 in the browser, each step by its role in a browser of its
 * own, through the screens only: referral and acceptance, mapping by nurse and
 * physiotherapist, a goal plan by nurse and occupational therapist and its agreement, the
 * decision and its letter, the handover to home care and its acknowledgement, then the
 * evaluation of a goal and the follow-up result.
 */
test('a case runs from referral to follow-up in the browser, each step by its role', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const familyName = `Reisesen${Date.now().toString(36)}`;
  const person = `Gunvor ${familyName}`;
  const goal = 'Jeg vil klare å dusje selv igjen';

  // 1. The caseworker registers the referral; the coordinator accepts it with a physiotherapist.
  const caseworker = await asStaff(browser, 'Saksbehandler Nord');
  const referralId = await registerReferral(caseworker, {
    givenName: 'Gunvor',
    familyName,
    nationalId: syntheticNationalId().number,
  });
  const coordinator = await asStaff(browser, 'Koordinator Nord');
  const caseId = await acceptReferral(coordinator, referralId, ['Fysioterapeut Nord']);
  await expect(coordinator.getByRole('heading', { level: 1, name: person })).toBeVisible();

  // 2. Mapping by the nurse and by the physiotherapist.
  const nurse = await asStaff(browser, 'Sykepleier Nord');
  expect(
    await recordMapping(nurse, caseId, {
      answers: {
        selfMastery: 'Klarer personlig hygiene med tilrettelegging.',
        whatMatters: 'Å bo hjemme og gå tur med hunden.',
      },
      scores: { 'Personlig hygiene': 3 },
      level: 'Trinn 8: Hjemmesykepleie',
    }),
  ).toBe(1);
  const physio = await asStaff(browser, 'Fysioterapeut Nord');
  expect(
    await recordMapping(physio, caseId, {
      answers: {
        selfMastery: 'Går trygt innendørs med rullator.',
        network: 'Datter kommer to ganger i uka.',
      },
      scores: { 'Bevege seg utendørs': 4 },
      level: 'Trinn 4: Velferdsteknologi',
    }),
  ).toBe(1);

  // 3. The goal plan: the nurse writes the goal, the occupational therapist adds a measure,
  // the nurse records the person's agreement.
  await addGoal(nurse, caseId, goal, { targetDate: daysFromToday(60) });
  const ot = await asStaff(browser, 'Ergoterapeut Nord');
  await addMeasure(ot, caseId, goal, {
    description: 'Trygghetsalarm og dusjkrakk',
    level: '4 Velferdsteknologi og hjelpemidler',
    who: 'Ansatte (et yrke)',
    profession: 'Ergoterapeut',
    frequency: 'en gang',
  });
  // The nurse's page still shows the plan without the measure: agreeing to it is refused as
  // stale, the plan is read again, and the agreement is recorded for the plan as it now is.
  await nurse.getByRole('button', { name: 'Registrer avtale' }).click();
  await nurse.getByRole('radio', { name: 'Personen selv' }).check();
  await nurse.getByRole('button', { name: 'Registrer at planen slik den vises er avtalt' }).click();
  await expect(nurse.getByRole('alert')).toContainText('Noen andre endret planen samtidig');
  await expect(
    nurse.getByRole('list', { name: 'Tiltak for mål' }).getByText('Trygghetsalarm og dusjkrakk'),
  ).toBeVisible();
  await nurse.getByRole('button', { name: 'Registrer at planen slik den vises er avtalt' }).click();
  await expect(nurse.getByTestId('plan-status')).toHaveText('Avtalt');

  // 4. The caseworker records the decision after reading its letter.
  await recordDecision(caseworker, caseId, {
    legalBasis: 'helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav a',
    service: 'Hverdagsrehabilitering',
    hoursPerWeek: 3,
    justification:
      'Kartleggingen viser at hverdagsrehabilitering dekker behovet for hjelp til dusj',
  });

  // 5. The coordinator hands the case over to home care, which acknowledges it.
  await handOver(coordinator, caseId, 'ORDINARY_HOME_CARE', 'Hjemmetjenesten Nord');
  const homeCare = await asStaff(browser, 'Hjemmetjeneste Nord');
  await acknowledgeHandover(homeCare, person);

  // 6. Home care evaluates the goal and records the follow-up result.
  await evaluateGoal(homeCare, caseId, goal, 'PARTLY_ACHIEVED', 'Dusjer selv med krakk og tilsyn.');
  await recordFollowUp(
    homeCare,
    caseId,
    'CONTINUE',
    'Fortsetter som vedtatt; ny oppfølging om tre måneder.',
  );

  for (const page of [caseworker, coordinator, nurse, physio, ot, homeCare])
    await page.context().close();
});
