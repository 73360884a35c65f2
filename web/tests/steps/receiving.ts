import type { APIRequestContext, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { api } from './session';
import { syntheticNationalId } from './scenes';

/**
 * The receiving unit after handover: acknowledging or returning a handover in the inbox
 * (`/handovers`), evaluating a goal and recording a follow-up (`/cases/:id/follow-up`). Each
 * step takes a page signed in as staff of the receiving unit (e.g. 'Hjemmetjeneste Nord').
 */

export type GoalOutcome = 'ACHIEVED' | 'PARTLY_ACHIEVED' | 'NOT_ACHIEVED';
export type FollowUpResult = 'CONTINUE' | 'ADJUST_WITHIN_FRAME' | 'END' | 'REASSESS';

/** The Norwegian labels the screens show (the tests run in nb). */
export const OUTCOME_LABEL: Record<GoalOutcome, string> = {
  ACHIEVED: 'Nådd',
  PARTLY_ACHIEVED: 'Delvis nådd',
  NOT_ACHIEVED: 'Ikke nådd',
};
export const RESULT_LABEL: Record<FollowUpResult, string> = {
  CONTINUE: 'Fortsetter som vedtatt',
  ADJUST_WITHIN_FRAME: 'Justeres innenfor vedtaket',
  END: 'Avsluttes',
  REASSESS: 'Ny vurdering (ny henvendelse)',
};

/** Opens the handover inbox from the navigation. */
export async function openHandoverInbox(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Hovedmeny' })
    .getByRole('link', { name: 'Overføringer' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Overføringer til enheten din' }),
  ).toBeVisible();
}

/** The inbox card of the person's waiting handover. */
export function handoverCard(page: Page, patientName: string) {
  return page.getByRole('article', { name: patientName });
}

/** Acknowledges the person's waiting handover in the inbox; the card leaves the inbox. */
export async function acknowledgeHandover(page: Page, patientName: string): Promise<void> {
  await openHandoverInbox(page);
  const card = handoverCard(page, patientName);
  await card.getByRole('button', { name: 'Bekreft mottak' }).click();
  const dialog = page.getByRole('dialog', { name: `Bekreft mottak av ${patientName}` });
  await expect(dialog).toContainText('oppfølgingen skal skje');
  await dialog.getByRole('button', { name: 'Bekreft mottak' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: `Mottaket av ${patientName} er bekreftet.` }),
  ).toBeVisible();
  await expect(card).toHaveCount(0);
}

/** Returns the person's waiting handover with a reason; the card leaves the inbox. */
export async function returnHandover(
  page: Page,
  patientName: string,
  reason: string,
): Promise<void> {
  await openHandoverInbox(page);
  const card = handoverCard(page, patientName);
  await card.getByRole('button', { name: 'Send tilbake' }).click();
  const dialog = page.getByRole('dialog', { name: `Send overføringen av ${patientName} tilbake` });
  await dialog.getByLabel('Hvorfor du sender den tilbake').fill(reason);
  await dialog.getByRole('button', { name: 'Send tilbake' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: `Overføringen av ${patientName} er sendt tilbake` }),
  ).toBeVisible();
  await expect(card).toHaveCount(0);
}

/** Opens the case's follow-up page from the case page's links. */
export async function openFollowUp(page: Page, caseId: string): Promise<void> {
  await page.goto(`/cases/${caseId}`);
  await page
    .getByRole('navigation', { name: 'Deler av saken' })
    .getByRole('link', { name: 'Oppfølging' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^Oppfølging: / })).toBeVisible();
}

/** Evaluates the goal (found by its text) on the case's follow-up page. */
export async function evaluateGoal(
  page: Page,
  caseId: string,
  goalText: string,
  outcome: GoalOutcome,
  evaluation: string,
): Promise<void> {
  await openFollowUp(page, caseId);
  const goal = page
    .getByRole('list', { name: 'Målene i planen' })
    .getByRole('listitem')
    .filter({ hasText: goalText });
  await goal.getByRole('button', { name: /^Evaluer/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Evaluer målet' });
  await dialog.getByRole('radio', { name: OUTCOME_LABEL[outcome], exact: true }).check();
  await dialog.getByLabel('Evaluering').fill(evaluation);
  await dialog.getByRole('button', { name: 'Lagre evalueringen' }).click();
  await expect(dialog).toBeHidden();
  await expect(goal).toContainText(OUTCOME_LABEL[outcome]);
  await expect(goal).toContainText(evaluation);
}

/** Records the follow-up of the case; it shows among the follow-ups recorded. */
export async function recordFollowUp(
  page: Page,
  caseId: string,
  result: FollowUpResult,
  note: string,
): Promise<void> {
  await openFollowUp(page, caseId);
  const form = page.getByRole('region', { name: 'Registrer oppfølgingen' });
  await form.getByRole('radio', { name: RESULT_LABEL[result] }).check();
  await form.getByLabel('Hva som ble funnet').fill(note);
  await form.getByRole('button', { name: 'Registrer oppfølgingen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Oppfølgingen er registrert.' }),
  ).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Registrerte oppfølginger, eldste først' }),
  ).toContainText(note);
}

const GIVEN = ['Solveig', 'Arne', 'Ingrid', 'Harald', 'Bjørg', 'Oddvar', 'Reidun', 'Torbjørn'];
const FAMILY = ['Strand', 'Eide', 'Lunde', 'Bakke', 'Moen', 'Aas', 'Vik', 'Haug'];
const FAMILY2 = ['Berg', 'Nilsen', 'Olsen', 'Johansen', 'Larsen', 'Pedersen', 'Hansen', 'Karlsen'];
const pick = (names: string[]) => names[Math.floor(Math.random() * names.length)];

/** A calendar date `days` from today (UTC), as the API's dates. */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export interface HandedOverCase {
  caseId: string;
  patientId: string;
  patientName: string;
  goalText: string;
  unitId: string;
  unitName: string;
  followUpDate: string;
}

/**
 * API only: a new person in Nord with an accepted referral, an agreed goal plan with one goal,
 * a GRANTED decision and a handover to Hjemmetjenesten Nord (follow-up in two weeks), waiting
 * for the unit to acknowledge it.
 */
export async function caseHandedOver(request: APIRequestContext): Promise<HandedOverCase> {
  const caseworker = 'caseworker.nord@demo.local';
  const coordinator = 'coordinator.nord@demo.local';
  const nurse = 'nurse.nord@demo.local';
  const { districts } = await api<{
    districts: {
      id: string;
      name: string;
      serviceUnits: { id: string; name: string; kind: string }[];
    }[];
  }>(request, caseworker, '{ districts { id name serviceUnits { id name kind } } }');
  const nord = districts.find((d) => d.name === 'Nord')!;
  const unit = nord.serviceUnits.find((u) => u.kind === 'HOME_CARE')!;
  const givenName = pick(GIVEN);
  const familyName = `${pick(FAMILY)} ${pick(FAMILY2)}`;
  const patient = await api<{ registerPatient: { id: string } }>(
    request,
    caseworker,
    `mutation($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }`,
    {
      input: {
        nationalId: syntheticNationalId().number,
        givenName,
        familyName,
        address: 'Storgata 12',
        postalCode: '9405',
        city: 'Harstad',
        districtId: nord.id,
      },
    },
  );
  const referral = await api<{ registerReferral: { id: string } }>(
    request,
    caseworker,
    `mutation($input: RegisterReferralInput!) { registerReferral(input: $input) { id } }`,
    {
      input: {
        patientId: patient.registerPatient.id,
        source: 'HOSPITAL_DISCHARGE',
        channel: 'DIGITAL',
        receivedAt: new Date(Date.now() - 60_000).toISOString(),
        description: 'Utskrevet etter hoftebrudd; bor alene',
        helpRequested: 'Hjemmesykepleie morgen og kveld',
        requestedLevel: 'HOME_NURSING',
      },
    },
  );
  const accepted = await api<{ acceptReferral: { id: string } }>(
    request,
    coordinator,
    `mutation($id: ID!) { acceptReferral(referralId: $id) { id } }`,
    { id: referral.registerReferral.id },
  );
  const caseId = accepted.acceptReferral.id;
  await api(
    request,
    nurse,
    `mutation($caseId: ID!) { addJournalEntry(caseId: $caseId, input: { kind: HOME_VISIT, text: "Hjemmebesøk: går med rullator, trenger hjelp med medisiner." }) { id } }`,
    { caseId },
  );
  const goalText = 'Jeg vil gå til postkassen selv hver dag';
  const goal = await api<{ addGoal: { id: string } }>(
    request,
    nurse,
    `mutation($caseId: ID!, $input: AddGoalInput!) { addGoal(caseId: $caseId, input: $input) { id } }`,
    { caseId, input: { text: goalText, targetDate: daysFromToday(90) } },
  );
  await api(
    request,
    nurse,
    `mutation($goalId: ID!, $input: AddMeasureInput!) { addMeasure(goalId: $goalId, input: $input) { id } }`,
    {
      goalId: goal.addGoal.id,
      input: {
        description: 'Medisinutdeling morgen og kveld',
        level: 'HOME_NURSING',
        justification: 'Klarer ikke medisinene selv etter utskrivning',
        responsible: { kind: 'STAFF', profession: 'NURSE' },
        frequency: 'to ganger daglig',
        fromDate: daysFromToday(0),
      },
    },
  );
  const plan = await api<{ goalPlan: { version: number } }>(
    request,
    coordinator,
    `query($caseId: ID!) { goalPlan(caseId: $caseId) { version } }`,
    { caseId },
  );
  await api(
    request,
    coordinator,
    `mutation($caseId: ID!, $v: Int!) { agreeGoalPlan(caseId: $caseId, expectedVersion: $v, agreedBy: PERSON) { status } }`,
    { caseId, v: plan.goalPlan.version },
  );
  await api(
    request,
    caseworker,
    `mutation($caseId: ID!, $input: RecordDecisionInput!) { recordDecision(caseId: $caseId, input: $input) { id } }`,
    {
      caseId,
      input: {
        outcome: 'GRANTED',
        services: [
          {
            serviceCode: 'HJEMMESYKEPLEIE',
            visitsPerWeek: 14,
            hoursPerWeek: null,
            fromDate: daysFromToday(1),
          },
        ],
        legalBasisCode: 'HOL_3_2_6A',
        justification: 'Trenger hjelp til medisiner morgen og kveld; mestrer resten selv.',
        reviewDate: daysFromToday(180),
      },
    },
  );
  const followUpDate = daysFromToday(14);
  await api(
    request,
    coordinator,
    `mutation($caseId: ID!, $input: HandOverCaseInput!) { handOverCase(caseId: $caseId, input: $input) { id } }`,
    {
      caseId,
      input: { destination: 'ORDINARY_HOME_CARE', receivingUnitId: unit.id, followUpDate },
    },
  );
  return {
    caseId,
    patientId: patient.registerPatient.id,
    patientName: `${givenName} ${familyName}`,
    goalText,
    unitId: unit.id,
    unitName: unit.name,
    followUpDate,
  };
}
