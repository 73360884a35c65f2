import { expect, expectNoSeriousA11yViolations, screenshots, test } from './fixtures';
import {
  acknowledgeHandover,
  caseHandedOver,
  evaluateGoal,
  handoverCard,
  openFollowUp,
  openHandoverInbox,
  recordFollowUp,
  returnHandover,
} from './steps/receiving';
import { api, signIn } from './steps/session';

interface CaseState {
  assessmentCase: {
    status: string;
    handovers: { status: string; returnReason: string | null }[];
    followUps: { result: string; note: string }[];
    goalPlan: { goals: { status: string; evaluation: string | null }[] };
  };
}
const CASE_STATE = `query($id: ID!) { assessmentCase(id: $id) { status handovers { status returnReason }
  followUps { result note } goalPlan { goals { status evaluation } } } }`;

test.describe('the receiving unit', () => {
  // Each test builds its scene through the API (person, referral, plan, decision, handover).
  test.describe.configure({ timeout: 120_000 });

  test('home care acknowledges one handover, returns another with a reason, then evaluates a goal and records the follow-up', async ({
    page,
    request,
  }) => {
    const [received, returned] = await Promise.all([
      caseHandedOver(request),
      caseHandedOver(request),
    ]);
    await signIn(page, 'Hjemmetjeneste Nord');

    // The inbox: who, from which team, where to, when sent; the summary on request.
    await openHandoverInbox(page);
    const card = handoverCard(page, received.patientName);
    await expect(card).toContainText('Vurderingsteam');
    await expect(card).toContainText('Ordinær hjemmetjeneste');
    await expect(card).toContainText('Hjemmetjenesten Nord');
    await expect(card).toContainText('av Koordinator Nord');
    await card.getByText('Overføringsnotat').click();
    await expect(card).toContainText(received.goalText);
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'receiving-inbox');

    // Returning without a reason is refused in a sentence; nothing is sent.
    const other = handoverCard(page, returned.patientName);
    await other.getByRole('button', { name: 'Send tilbake' }).click();
    const dialog = page.getByRole('dialog', {
      name: `Send overføringen av ${returned.patientName} tilbake`,
    });
    await dialog.getByRole('button', { name: 'Send tilbake' }).click();
    const reason = dialog.getByLabel('Hvorfor du sender den tilbake');
    await expect(reason).toBeFocused();
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByText('Skriv hvorfor du sender overføringen tilbake.')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'receiving-return-dialog');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await returnHandover(
      page,
      returned.patientName,
      'Mangler oppdatert medisinliste fra sykehuset',
    );
    const back = await api<CaseState>(request, 'coordinator.nord@demo.local', CASE_STATE, {
      id: returned.caseId,
    });
    expect(back.assessmentCase.status).toBe('DECIDED');
    expect(back.assessmentCase.handovers).toEqual([
      { status: 'RETURNED', returnReason: 'Mangler oppdatert medisinliste fra sykehuset' },
    ]);

    await acknowledgeHandover(page, received.patientName);
    const closed = await api<CaseState>(request, 'homecare.nord@demo.local', CASE_STATE, {
      id: received.caseId,
    });
    expect(closed.assessmentCase.status).toBe('CLOSED');
    expect(closed.assessmentCase.handovers[0].status).toBe('ACKNOWLEDGED');

    // The follow-up is due within three months: listed for the unit.
    const due = page.getByRole('list', {
      name: 'Oppfølging for Hjemmetjenesten Nord, tidligste først',
    });
    await expect(due.getByRole('link', { name: `Følg opp ${received.patientName}` })).toBeVisible();
    await page.getByLabel('Forfaller innen').selectOption('weeks2');
    await expect(due.getByRole('link', { name: `Følg opp ${received.patientName}` })).toBeVisible();

    // The unit reads the case page: the person, the journal, the link to the follow-up.
    await page.goto(`/cases/${received.caseId}`);
    await expect(page.getByRole('heading', { level: 1, name: received.patientName })).toBeVisible();
    await expect(
      page.getByText('Hjemmebesøk: går med rullator, trenger hjelp med medisiner.', {
        exact: true,
      }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'receiving-case');

    await evaluateGoal(
      page,
      received.caseId,
      received.goalText,
      'PARTLY_ACHIEVED',
      'Går til postkassen med rullator de fleste dager.',
    );
    await recordFollowUp(
      page,
      received.caseId,
      'CONTINUE',
      'Stabil; tjenesten fortsetter som vedtatt.',
    );
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'receiving-follow-up');

    const after = await api<CaseState>(request, 'homecare.nord@demo.local', CASE_STATE, {
      id: received.caseId,
    });
    expect(after.assessmentCase.goalPlan.goals).toEqual([
      { status: 'PARTLY_ACHIEVED', evaluation: 'Går til postkassen med rullator de fleste dager.' },
    ]);
    expect(after.assessmentCase.followUps).toEqual([
      { result: 'CONTINUE', note: 'Stabil; tjenesten fortsetter som vedtatt.' },
    ]);
  });

  test('by keyboard alone: acknowledge, then record a follow-up; a past next date is refused in a sentence', async ({
    page,
    request,
  }) => {
    const scene = await caseHandedOver(request);
    await signIn(page, 'Hjemmetjeneste Nord');
    await openHandoverInbox(page);
    const card = handoverCard(page, scene.patientName);
    await card.getByRole('button', { name: 'Bekreft mottak' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Bekreft mottak av ${scene.patientName}` });
    await expect(dialog).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'receiving-acknowledge-dialog');
    // Focus is inside the dialog; Tab reaches its submit button.
    for (let i = 0; i < 5; i++) {
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (focused === 'Bekreft mottak') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(card).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: /^Venter på mottak/ })).toBeFocused();

    await openFollowUp(page, scene.caseId);
    const form = page.getByRole('region', { name: 'Registrer oppfølgingen' });
    await form.getByRole('radio', { name: 'Fortsetter som vedtatt' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(form.getByRole('radio', { name: 'Justeres innenfor vedtaket' })).toBeChecked();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Trenger færre besøk om kvelden.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('01012020');
    await form.getByRole('button', { name: 'Registrer oppfølgingen' }).focus();
    await page.keyboard.press('Enter');
    await expect(form.getByRole('alert')).toHaveText('Neste oppfølging må være etter i dag.');
    await form.getByLabel('Neste oppfølging (valgfritt)').fill('');
    await form.getByRole('button', { name: 'Registrer oppfølgingen' }).press('Enter');
    await expect(
      page.getByRole('list', { name: 'Registrerte oppfølginger, eldste først' }),
    ).toContainText('Trenger færre besøk om kvelden.');
  });

  test('team staff without a unit see no handover link; a unit member of another district is refused the case', async ({
    page,
    request,
  }) => {
    const scene = await caseHandedOver(request);
    await signIn(page, 'Sykepleier Nord');
    await expect(page.getByRole('link', { name: 'Overføringer' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await signIn(page, 'Hjemmetjeneste Sør');
    await expect(page.getByRole('link', { name: 'Overføringer' })).toBeVisible();
    await page.goto(`/cases/${scene.caseId}/follow-up`);
    await expect(page.getByRole('heading', { level: 1 })).not.toContainText(scene.patientName);
    await expect(page.getByText(scene.patientName)).toHaveCount(0);
  });
});
