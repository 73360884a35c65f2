import type { APIRequestContext, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { openCase, type OpenCase } from './scenes';
import { api } from './session';

/** The mapping questions as the form labels them (nb). */
export const QUESTIONS = {
  selfMastery: 'Hva personen mestrer, eller kan lære å mestre',
  network: 'Hva pårørende og nettverk kan bidra med',
  voluntary: 'Frivillige tilbud',
  welfareTechnology: 'Velferdsteknologi og hjelpemidler',
  lowThreshold: 'Lavterskeltilbud og forebyggende tjenester',
  whatMatters: 'Hva er viktig for deg? (med personens egne ord)',
} as const;

export interface MappingValues {
  /** Answers by question; a question left out keeps what the form holds. */
  answers?: Partial<Record<keyof typeof QUESTIONS, string>>;
  /** Scores by the variable's name, e.g. { 'Personlig hygiene': 3 }. */
  scores?: Record<string, number>;
  /** The suggested step as the list shows it, e.g. 'Trinn 4: Velferdsteknologi'. */
  level?: string;
}

/** Opens the case's mapping screen and waits for it. */
export async function openMapping(page: Page, caseId: string): Promise<void> {
  await page.goto(`/cases/${caseId}/assessment`);
  await expect(page.getByRole('heading', { level: 1, name: /^Kartlegging for / })).toBeVisible();
}

/**
 * Records a new version of the signed-in professional's mapping through the form, and checks
 * the screen confirms it; answers the version number recorded.
 */
export async function recordMapping(
  page: Page,
  caseId: string,
  values: MappingValues,
): Promise<number> {
  await openMapping(page, caseId);
  const form = page.getByRole('region', { name: 'Registrer en ny versjon' });
  for (const [key, text] of Object.entries(values.answers ?? {})) {
    await form.getByLabel(QUESTIONS[key as keyof typeof QUESTIONS], { exact: true }).fill(text);
  }
  for (const [variable, score] of Object.entries(values.scores ?? {})) {
    const select = form.getByLabel(variable, { exact: true });
    const option = select.locator('option', { hasText: new RegExp(`^${score} – `) });
    await select.selectOption({ label: (await option.textContent()) ?? '' });
  }
  if (values.level) {
    await form
      .getByLabel('Laveste tilstrekkelige trinn på mestringstrappa')
      .selectOption({ label: values.level });
  }
  await form.getByRole('button', { name: 'Registrer versjon' }).click();
  const confirmation = form.getByRole('status');
  await expect(confirmation).toContainText(/Versjon \d+ er registrert\./);
  const version = Number(/Versjon (\d+)/.exec((await confirmation.textContent()) ?? '')?.[1]);
  return version;
}

const RECORD = `mutation($caseId: ID!, $input: RecordAssessmentInput!) {
  recordAssessment(caseId: $caseId, input: $input) { id } }`;

/**
 * API only: an open case the nurse and the physiotherapist have mapped, with the suggested
 * level WELFARE_TECHNOLOGY (the physiotherapist's; the nurse suggests HOME_NURSING), for
 * screens that build on the mapping (goal plan, decision).
 */
export async function mappedCase(request: APIRequestContext): Promise<OpenCase> {
  const scene = await openCase(request);
  await api(request, 'nurse.nord@demo.local', RECORD, {
    caseId: scene.caseId,
    input: {
      selfMastery: 'Klarer personlig hygiene med tilrettelegging.',
      whatMatters: 'Å bo hjemme og gå tur med hunden.',
      scores: [{ variableCode: 'IPLOS_PERSONLIG_HYGIENE', score: 3 }],
      suggestedLevel: 'HOME_NURSING',
    },
  });
  await api(request, 'physio.nord@demo.local', RECORD, {
    caseId: scene.caseId,
    input: {
      selfMastery: 'Går trygt innendørs med rullator.',
      welfareTechnology: 'Trygghetsalarm og dørsensor vil hjelpe.',
      scores: [{ variableCode: 'IPLOS_BEVEGE_SEG_UTENDOERS', score: 4 }],
      suggestedLevel: 'WELFARE_TECHNOLOGY',
    },
  });
  return scene;
}
