import type { APIRequestContext, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { api } from './session';
import { openCase } from './scenes';

// Steps of the goal and action plan (/cases/:caseId/plan), in Norwegian as the tests' locale
// shows it. Each takes a page signed in as someone who may do it, does it through the UI only,
// and checks that it took effect.

/** A day `days` from today, `YYYY-MM-DD`. */
export function daysFromToday(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

export interface PlanScene {
  caseId: string;
  /** The person's name as the plan shows it. */
  name: string;
}

/**
 * API only: a new person in Nord with a referral accepted by the coordinator, and the nurse's
 * assessment suggesting `suggestedLevel` as the lowest step (so measures above it need a
 * justification).
 */
export async function acceptedCaseForPlan(
  request: APIRequestContext,
  suggestedLevel = 'NETWORK',
): Promise<PlanScene> {
  const { caseId, name } = await openCase(request, {
    familyName: `Planperson ${Math.floor(Math.random() * 1e6)}`,
  });
  await api(
    request,
    'nurse.nord@demo.local',
    'mutation($id: ID!, $input: RecordAssessmentInput!) { recordAssessment(caseId: $id, input: $input) { id } }',
    { id: caseId, input: { whatMatters: 'Å klare seg hjemme', suggestedLevel } },
  );
  return { caseId, name };
}

/** API only: a goal in the case's plan, added by `email` (a nurse unless told). */
export async function goalByApi(
  request: APIRequestContext,
  caseId: string,
  text: string,
  email = 'nurse.nord@demo.local',
): Promise<string> {
  const { addGoal } = await api<{ addGoal: { id: string } }>(
    request,
    email,
    'mutation($caseId: ID!, $input: AddGoalInput!) { addGoal(caseId: $caseId, input: $input) { id } }',
    { caseId, input: { text, targetDate: daysFromToday(60) } },
  );
  return addGoal.id;
}

/** Opens the plan (if not already there). */
export async function openPlan(page: Page, caseId: string): Promise<void> {
  if (!page.url().endsWith(`/cases/${caseId}/plan`)) await page.goto(`/cases/${caseId}/plan`);
  await expect(page.getByRole('heading', { level: 1, name: 'Mål- og tiltaksplan' })).toBeVisible();
}

/** The goal whose words contain `words`. */
export function goalItem(page: Page, words: string) {
  return page.locator('li.goal').filter({ hasText: words });
}

/** Asks the plan for colleagues' changes now (as returning to the tab does). */
export async function returnToTab(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
}

export async function addGoal(
  page: Page,
  caseId: string,
  words: string,
  options: { whatMatters?: string; targetDate?: string } = {},
): Promise<void> {
  await openPlan(page, caseId);
  await page.getByRole('button', { name: 'Legg til mål' }).click();
  const form = page.getByRole('form', { name: 'Nytt mål' });
  await form.getByLabel('Målet, med personens egne ord').fill(words);
  if (options.whatMatters)
    await form.getByLabel('Hva som er viktig for personen her').fill(options.whatMatters);
  await form.getByLabel('Måldato').fill(options.targetDate ?? daysFromToday(60));
  await form.getByRole('button', { name: 'Lagre målet' }).click();
  await expect(form).toBeHidden();
  await expect(goalItem(page, words)).toBeVisible();
}

export interface MeasureSteps {
  description: string;
  /** The option's text, e.g. '6 Hverdagsrehabilitering'. */
  level: string;
  /** Required when the step is above the suggested one: the form asks for it there. */
  justification?: string;
  who: 'Ansatte (et yrke)' | 'Pårørende og nettverk' | 'Frivillig' | 'Personen selv';
  profession?: string;
  name?: string;
  frequency: string;
  toDate?: string;
}

export async function addMeasure(
  page: Page,
  caseId: string,
  goalWords: string,
  measure: MeasureSteps,
): Promise<void> {
  await openPlan(page, caseId);
  const goal = goalItem(page, goalWords);
  await goal.getByRole('button', { name: 'Legg til tiltak' }).click();
  const form = goal.getByRole('form', { name: /^Nytt tiltak for mål/ });
  await form.getByLabel('Hva som gjøres').fill(measure.description);
  await form.getByLabel('Trinn i mestringstrappa').selectOption({ label: measure.level });
  const justification = form.getByLabel('Hvorfor dette trinnet trengs');
  if (measure.justification) {
    await expect(justification).toBeVisible();
    await justification.fill(measure.justification);
  } else {
    await expect(justification).toHaveCount(0);
  }
  await form.getByLabel('Hvem gjør det').selectOption({ label: measure.who });
  if (measure.profession) await form.getByLabel('Yrke').selectOption({ label: measure.profession });
  if (measure.name) await form.getByLabel('Navn (valgfritt)').fill(measure.name);
  await form.getByLabel('Hvor ofte').fill(measure.frequency);
  if (measure.toDate) await form.getByLabel('Til (valgfritt)').fill(measure.toDate);
  await form.getByRole('button', { name: 'Lagre tiltaket' }).click();
  await expect(form).toBeHidden();
  await expect(goal.locator('li.measure').filter({ hasText: measure.description })).toBeVisible();
}

/** Moves goal `number` (1 first) up or down with its button, and checks its new place. */
export async function moveGoal(
  page: Page,
  caseId: string,
  number: number,
  direction: 'opp' | 'ned',
): Promise<void> {
  await openPlan(page, caseId);
  const goals = page.locator('li.goal');
  const words =
    (await goals
      .nth(number - 1)
      .locator('blockquote')
      .textContent()) ?? '';
  await page.getByRole('button', { name: `Flytt mål ${number} ${direction}` }).click();
  const to = direction === 'opp' ? number - 1 : number + 1;
  await expect(goals.nth(to - 1).locator('blockquote')).toHaveText(words);
}

/** Changes the words of the goal containing `words` to `newWords`. */
export async function editGoal(
  page: Page,
  caseId: string,
  words: string,
  newWords: string,
): Promise<void> {
  await openPlan(page, caseId);
  // While it is edited, its words are in a field: the goal is found by its id from here on.
  const id = await goalItem(page, words).getAttribute('data-goal-id');
  const goal = page.locator(`li.goal[data-goal-id="${id}"]`);
  await goal.getByRole('button', { name: 'Endre målet' }).click();
  await goal.getByLabel('Målet, med personens egne ord').fill(newWords);
  await goal.getByRole('button', { name: 'Lagre målet' }).click();
  await expect(goalItem(page, newWords).locator('blockquote')).toHaveText(newWords);
}

/** Records that the person agreed the plan as shown. */
export async function agreePlan(page: Page, caseId: string): Promise<void> {
  await openPlan(page, caseId);
  await page.getByRole('button', { name: 'Registrer avtale' }).click();
  await page.getByRole('radio', { name: 'Personen selv' }).check();
  await page.getByRole('button', { name: 'Registrer at planen slik den vises er avtalt' }).click();
  await expect(page.getByTestId('plan-status')).toHaveText('Avtalt');
  await expect(page.getByTestId('agreement')).toContainText('Avtalt med personen');
}
