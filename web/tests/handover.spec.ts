import { expect, expectNoSeriousA11yViolations, screenshots, test } from './fixtures';
import { api, signIn } from './steps/session';
import { caseReadyForHandover, DESTINATION_LABELS, handOver, printToA4 } from './steps/decision';

const statusOf = async (request: Parameters<typeof api>[0], caseId: string) =>
  (
    await api<{ assessmentCase: { status: string } }>(
      request,
      'coordinator.nord@demo.local',
      'query($id: ID!) { assessmentCase(id: $id) { status } }',
      { id: caseId },
    )
  ).assessmentCase.status;

test.describe('the handover screen', () => {
  // Screenshots at three widths, axe and a PDF: more than the default 30 s on a shared machine.
  test.describe.configure({ timeout: 120_000 });

  test('without an agreed plan, only closure is offered: other destinations are refused in a sentence', async ({
    page,
    request,
  }) => {
    const scene = await caseReadyForHandover(request, 'DRAFT');
    await signIn(page, 'Koordinator Nord');
    await page.goto(`/cases/${scene.caseId}`);
    await page
      .getByRole('navigation', { name: 'Deler av saken' })
      .getByRole('link', { name: 'Overføring' })
      .click();
    await expect(page).toHaveURL(new RegExp(`/cases/${scene.caseId}/handover$`));
    await expect(page.getByText('Mål- og tiltaksplanen er et utkast.')).toBeVisible();

    for (const destination of ['ORDINARY_HOME_CARE', 'OTHER_SERVICES', 'LOW_THRESHOLD'] as const) {
      await page.getByRole('radio', { name: DESTINATION_LABELS[destination] }).check();
      await expect(
        page.getByText(
          `Overføring til «${DESTINATION_LABELS[destination]}» krever en mål- og tiltaksplan som personen har sagt ja til.`,
          { exact: false },
        ),
      ).toBeVisible();
      await expect(
        page.getByRole('button', { name: 'Forhåndsvis overføringsnotatet' }),
      ).toHaveCount(0);
    }
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'handover-refused-no-plan');
    expect(await statusOf(request, scene.caseId)).toBe('DECIDED');
  });

  test('closure needs no agreed plan: the case is closed after the summary is read', async ({
    page,
    request,
  }) => {
    const scene = await caseReadyForHandover(request, 'DRAFT');
    await signIn(page, 'Koordinator Nord');
    await handOver(page, scene.caseId, 'CLOSED', null);
    await expect(
      page.getByRole('region', { name: 'Overføringsnotatet som ble sendt' }),
    ).toContainText(scene.name);
    expect(await statusOf(request, scene.caseId)).toBe('CLOSED');
  });

  test('with an agreed plan, the coordinator previews, prints and sends the handover to home care', async ({
    page,
    request,
  }) => {
    const scene = await caseReadyForHandover(request, 'AGREED');
    await signIn(page, 'Koordinator Nord');
    await page.goto(`/cases/${scene.caseId}/handover`);
    await expect(page.getByText('Mål- og tiltaksplanen er avtalt.')).toBeVisible();
    await page.getByRole('radio', { name: 'Ordinær hjemmetjeneste' }).check();
    await page
      .getByRole('combobox', { name: 'Mottakende enhet' })
      .selectOption({ label: 'Hjemmetjenesten Nord' });
    await page.getByRole('button', { name: 'Forhåndsvis overføringsnotatet' }).click();
    const summary = page.getByRole('region', { name: 'Overføringsnotat' });
    await expect(summary).toContainText(scene.name);
    await expect(summary).toContainText('Klare å dusje selv igjen');
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'handover-summary-preview');

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('radio', { name: 'Ordinær hjemmetjeneste' })).toBeHidden();
    await expect(page.locator('.print-document__text')).toContainText('Klare å dusje selv igjen');
    const pdf = await printToA4(page);
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain('Klare å dusje selv igjen');
    await page.emulateMedia({ media: 'screen' });

    await handOver(page, scene.caseId, 'ORDINARY_HOME_CARE', 'Hjemmetjenesten Nord');
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'handover-sent');
    expect(await statusOf(request, scene.caseId)).toBe('HANDED_OVER');
  });
});
