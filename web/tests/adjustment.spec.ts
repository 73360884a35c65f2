import { expect, expectNoSeriousA11yViolations, screenshots, test } from './fixtures';
import { api, signIn } from './steps/session';

interface Cases {
  assessmentCases: {
    edges: {
      node: { id: string; decision: { services: { adjustments: { id: string }[] }[] } | null };
    }[];
  };
}
const CASES = `{ assessmentCases(filter: { status: [CLOSED] }, first: 50) { edges { node { id
  decision { services { adjustments { id } } } } } } }`;

test.describe('delegated adjustment (Kolding)', () => {
  test.describe.configure({ timeout: 120_000 });

  test('Sør’s home care adjusts a service in the dialog; the caseworker reviews the week and reverses it', async ({
    page,
    request,
  }) => {
    const cases = await api<Cases>(request, 'homecare.sor@demo.local', CASES);
    const demo = cases.assessmentCases.edges.find((e) =>
      e.node.decision?.services.some((s) => s.adjustments.length > 0),
    );
    expect(demo).toBeDefined();
    const caseId = demo!.node.id;

    await signIn(page, 'Hjemmetjeneste Sør');
    await page.goto(`/cases/${caseId}/follow-up`);
    const section = page.getByRole('region', { name: 'Vedtatte tjenester og tid i kraft' });
    await expect(section).toContainText('3,25 timer i uka');
    await expect(section).toContainText('2,4–3,6 timer i uka');
    await section.getByRole('button', { name: 'Juster tid' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Ny tid (timer i uka)').fill('3,8');
    await dialog.getByLabel('Begrunnelse').fill('Trenger hjelp med vask av vinduer');
    await dialog.getByRole('button', { name: 'Juster tid' }).click();
    await expect(dialog.getByText('Tiden må være mellom 2,4 og 3,6 timer i uka.')).toBeVisible();
    await screenshots(page, 'adjustment-dialog');
    await dialog.getByLabel('Ny tid (timer i uka)').fill('3,6');
    await dialog.getByRole('button', { name: 'Juster tid' }).click();
    await expect(dialog).toBeHidden();
    await expect(section).toContainText('3,6 timer i uka');
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'adjustment-unit');

    await page.getByRole('button', { name: 'Logg ut' }).click();
    await signIn(page, 'Saksbehandler Sør');
    await page.getByRole('link', { name: 'Justeringer' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Ukentlig gjennomgang av justert tjenestetid',
    );
    const pending = page.getByRole('list', { name: 'Justeringer som venter på gjennomgang' });
    await expect(pending.getByRole('listitem')).toHaveCount(2);
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'adjustment-review');
    const newest = pending.getByRole('listitem').filter({ hasText: 'Trenger hjelp med vask' });
    await newest.getByRole('button', { name: 'Omgjør' }).click();
    const reverse = page.getByRole('dialog');
    await reverse.getByLabel('Hvorfor du omgjør den').fill('Vindusvask er ikke i vedtaket');
    await reverse.getByRole('button', { name: 'Omgjør' }).click();
    await expect(reverse).toBeHidden();
    const reviewed = page.getByRole('list', { name: 'Gjennomgåtte justeringer' });
    await expect(reviewed).toContainText('Omgjort');
    await screenshots(page, 'adjustment-reversed');
  });
});
