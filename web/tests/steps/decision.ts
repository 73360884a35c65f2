import type { APIRequestContext, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { api } from './session';
import { openCase as openNordCase } from './scenes';

const NURSE = 'nurse.nord@demo.local';
const CASEWORKER = 'caseworker.nord@demo.local';

/** A case of one person, as the screens name it. */
export interface Scene {
  caseId: string;
  /** "Given Family", as the case's headings show it. */
  name: string;
}

/** An ACTIVE case of team Nord for a newly registered person (register, refer, accept). */
export async function openCase(request: APIRequestContext): Promise<Scene> {
  const { caseId, name } = await openNordCase(request, {
    givenName: 'Randi',
    familyName: `Vedtaksen ${Math.random().toString(36).slice(2, 7)}`,
  });
  return { caseId, name };
}

/** A goal in the case's plan, proposed by the nurse; the plan left a draft unless agreed. */
async function addGoal(request: APIRequestContext, caseId: string): Promise<number> {
  const targetDate = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  const { addGoal: goal } = await api<{ addGoal: { plan: { version: number } } }>(
    request,
    NURSE,
    'mutation($caseId: ID!, $input: AddGoalInput!) { addGoal(caseId: $caseId, input: $input) { plan { version } } }',
    { caseId, input: { text: 'Klare å dusje selv igjen', targetDate } },
  );
  return goal.plan.version;
}

/** An ACTIVE case whose goal plan the person has agreed (a goal, agreed through the API). */
export async function caseWithAgreedPlan(request: APIRequestContext): Promise<Scene> {
  const scene = await openCase(request);
  const version = await addGoal(request, scene.caseId);
  await api(
    request,
    NURSE,
    `mutation($caseId: ID!, $v: Int!) { agreeGoalPlan(caseId: $caseId, expectedVersion: $v, agreedBy: PERSON) { status } }`,
    { caseId: scene.caseId, v: version },
  );
  return scene;
}

/**
 * A DECIDED case (granted everyday rehabilitation, recorded by the caseworker through the
 * API), its goal plan agreed or still a draft: ready for the coordinator's handover.
 */
export async function caseReadyForHandover(
  request: APIRequestContext,
  plan: 'AGREED' | 'DRAFT',
): Promise<Scene> {
  let scene: Scene;
  if (plan === 'AGREED') scene = await caseWithAgreedPlan(request);
  else {
    scene = await openCase(request);
    await addGoal(request, scene.caseId);
  }
  await api(
    request,
    CASEWORKER,
    `mutation($caseId: ID!, $input: RecordDecisionInput!) { recordDecision(caseId: $caseId, input: $input) { id } }`,
    {
      caseId: scene.caseId,
      input: {
        outcome: 'GRANTED',
        legalBasisCode: 'HOL_3_2_6A',
        justification: 'Kartleggingen viser at hverdagsrehabilitering dekker behovet',
        services: [
          {
            serviceCode: 'HVERDAGSREHABILITERING',
            hoursPerWeek: 3,
            fromDate: new Date().toISOString().slice(0, 10),
          },
        ],
      },
    },
  );
  return scene;
}

export interface DecisionChoice {
  /** The legal basis as the list shows it, e.g. 'helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav a'. */
  legalBasis: string;
  /** The service's name, e.g. 'Hverdagsrehabilitering'. */
  service: string;
  hoursPerWeek: number;
  justification: string;
}

/** On the decision screen: fills in the decision and previews its letter; answers the letter. */
export async function previewDecisionLetter(
  page: Page,
  caseId: string,
  choice: DecisionChoice,
): Promise<string> {
  await page.goto(`/cases/${caseId}/decision`);
  // The screen is loaded on first use: give it time on a busy machine.
  await expect(page.getByRole('heading', { level: 1, name: /^Vedtak:/ })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole('radio', { name: 'Innvilget som søkt' }).check();
  const basis = page.getByRole('combobox', { name: 'Hjemmel' });
  const option = basis.getByRole('option', { name: new RegExp(`^${escape(choice.legalBasis)}`) });
  await basis.selectOption(await option.first().getAttribute('value'));
  await page
    .getByRole('combobox', { name: 'Velg tjeneste' })
    .selectOption({ label: choice.service });
  await page.getByRole('textbox', { name: 'Timer per uke' }).fill(String(choice.hoursPerWeek));
  await page.getByRole('textbox', { name: 'Begrunnelse' }).fill(choice.justification);
  await page.getByRole('button', { name: 'Forhåndsvis brevet' }).click();
  const letter = page.getByRole('region', { name: 'Vedtaksbrev' });
  await expect(letter).toContainText('Klagefristen er tre uker');
  return (await letter.locator('.print-document__text').textContent()) ?? '';
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The caseworker records a decision through the decision screen: fills it in, reads the
 * letter's preview, records it; asserts the recorded letter is shown.
 */
export async function recordDecision(
  page: Page,
  caseId: string,
  choice: DecisionChoice,
): Promise<void> {
  await previewDecisionLetter(page, caseId, choice);
  await page
    .getByRole('region', { name: 'Vedtaksbrev' })
    .getByRole('button', { name: 'Fatt vedtaket' })
    .click();
  await expect(page.getByText(/^Vedtaket ble fattet/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Vedtaksbrevet som ble sendt' })).toContainText(
    choice.justification,
  );
}

/** The destinations as the handover screen names them. */
export const DESTINATION_LABELS = {
  ORDINARY_HOME_CARE: 'Ordinær hjemmetjeneste',
  OTHER_SERVICES: 'Andre tjenester',
  LOW_THRESHOLD: 'Lavterskeltilbud',
  CLOSED: 'Avslutning (ingen mottakende enhet)',
} as const;

/**
 * The coordinator hands the case over through the handover screen: destination, receiving
 * unit (none for CLOSED), the summary previewed, sent; asserts the case was handed over.
 */
export async function handOver(
  page: Page,
  caseId: string,
  destination: keyof typeof DESTINATION_LABELS,
  unit: string | null,
): Promise<void> {
  await page.goto(`/cases/${caseId}/handover`);
  await expect(page.getByRole('heading', { level: 1, name: /^Overføring:/ })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole('radio', { name: DESTINATION_LABELS[destination] }).check();
  if (unit)
    await page.getByRole('combobox', { name: 'Mottakende enhet' }).selectOption({ label: unit });
  await page.getByRole('button', { name: 'Forhåndsvis overføringsnotatet' }).click();
  const summary = page.getByRole('region', { name: 'Overføringsnotat' });
  await expect(summary).toBeVisible();
  await summary
    .getByRole('button', { name: destination === 'CLOSED' ? 'Avslutt saken' : 'Send overføringen' })
    .click();
  await expect(
    page.getByText(destination === 'CLOSED' ? /^Saken ble avsluttet/ : `Overført til ${unit}`, {
      exact: false,
    }),
  ).toBeVisible();
}

export interface PrintedPdf {
  /** How many A4 pages the PDF has. */
  pages: number;
  /** The text of every page, as a PDF reader extracts it (whitespace collapsed). */
  text: string;
}

/**
 * Prints the page as Chromium prints it to A4 paper (print media, ui/print.css) and reads the
 * PDF back with PDF.js: its page count, each page's size, and its text.
 */
export async function printToA4(page: Page): Promise<PrintedPdf> {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const texts: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const printed = await document.getPage(number);
    // A4 is 595 × 842 points.
    const [, , width, height] = printed.view;
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    const content = await printed.getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  const pages = document.numPages;
  await document.destroy();
  return { pages, text: texts.join(' ').replace(/\s+/g, ' ') };
}
