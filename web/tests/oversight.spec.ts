import { expect, expectNoSeriousA11yViolations, screenshots, test } from './fixtures';
import {
  auditTrailOf,
  emergencyReadOfNordCase,
  nordDecisions,
  openStatistics,
  statisticsTable,
} from './steps/oversight';
import { signIn } from './steps/session';

test.describe('oversight: the leader’s statistics and the privacy officer’s access log', () => {
  // Each scene is a handful of cases opened (and decided) through the API first.
  test.describe.configure({ timeout: 120_000 });

  test('the leader sees the district’s figures, small groups marked as hidden in words', async ({
    page,
    request,
  }) => {
    // Five decisions without services (shown) and one granting a visiting friend (1: hidden).
    await nordDecisions(request, { noServices: 5, visitingFriend: 1 });
    await signIn(page, 'Leder Nord');
    await openStatistics(page);

    const levels = await statisticsTable(page, 'Vedtak per trinn i omsorgstrappen');
    const noServices = levels.find((row) => row[0] === 'Ingen tjenester')!;
    expect(Number(noServices[1])).toBeGreaterThanOrEqual(5);
    expect(noServices[2]).toMatch(/%$/);
    expect(levels).toContainEqual([expect.stringMatching(/frivillig/i), 'skjult (færre enn 5)']);
    // The chart says the same in words, not only by its hatching.
    const levelChart = page
      .getByRole('region', { name: 'Vedtak per trinn i omsorgstrappen' })
      .getByRole('img');
    await expect(levelChart).toContainText('skjult (færre enn 5)');
    await expect(levelChart.locator('[data-suppressed]')).not.toHaveCount(0);
    await expect(page.getByText(/Grupper på 1 til 4 personer skjules/)).toBeVisible();

    const days = await statisticsTable(page, 'Dager til vedtak');
    expect(days.map((row) => row[0])).toEqual([
      'Fra henvisning, median',
      'Fra henvisning, 90-persentil',
      'Fra mottak, median',
      'Fra mottak, 90-persentil',
    ]);
    expect(days[0][1]).toMatch(/^\d+([,.]\d+)? dag(er)?$/);
    const deadline = await statisticsTable(page, 'Vedtak innen fristen');
    expect(deadline[0][0]).toBe('Innen fristen');
    expect(deadline[0][1]).toMatch(/%$/);

    // A period without any decisions.
    await page.getByLabel('Fra', { exact: true }).fill('2020-01-01');
    await page.getByLabel('Til og med', { exact: true }).fill('2020-12-31');
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await expect(
      page.getByRole('region', { name: 'Vedtak per trinn i omsorgstrappen' }),
    ).toContainText('Ingen tall for denne perioden.');
    await page.getByLabel('Fra', { exact: true }).fill('2021-01-01');
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await expect(page.getByText('Periodens start må komme før slutten.')).toBeVisible();
    await page.goto('/statistics');
    await expect(page.getByRole('heading', { level: 2, name: 'Nøkkeltall' })).toBeVisible({
      timeout: 30_000,
    });

    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'oversight-statistics');
  });

  test('the privacy officer finds a person, filters by staff and kind, and sees the emergency access flagged', async ({
    page,
    request,
  }) => {
    const kase = await emergencyReadOfNordCase(request);
    await signIn(page, 'Personvernombud');

    const all = await auditTrailOf(page, kase);
    expect(all.length).toBeGreaterThanOrEqual(4);
    expect(all.map((row) => row.who)).toEqual(
      expect.arrayContaining([expect.stringContaining('Sykepleier Sør')]),
    );

    const emergency = await auditTrailOf(page, kase, {
      staff: 'Sykepleier Sør',
      kinds: ['Lest'],
    });
    expect(emergency).toEqual([
      {
        when: expect.any(String),
        who: 'Sykepleier Sør Sykepleier',
        kind: 'Lest NØDTILGANG',
        operation: 'assessmentCase',
        case: kase.caseId.slice(0, 8),
        emergency: true,
      },
    ]);
    await expect(
      page.getByText('Tilganger under nødtilgang (glassknusing) er merket NØDTILGANG.'),
    ).toBeVisible();
    // Never journal contents: the log has no column or text from the journal.
    await expect(page.getByRole('table')).not.toContainText('Utskrevet etter fall');

    const writes = await auditTrailOf(page, kase, { staff: 'Sykepleier Sør', kinds: ['Endret'] });
    expect(writes.map((row) => row.operation)).toEqual(['requestEmergencyAccess']);
    const none = await auditTrailOf(page, kase, { staff: 'Sykepleier Sør', kinds: ['Avvist'] });
    expect(none).toEqual([]);
    await expect(page.getByText('Ingen tilganger passer.')).toBeVisible();

    // Her request for emergency access and her read under it: both flagged, in words and colour.
    const hers = await auditTrailOf(page, kase, { staff: 'Sykepleier Sør' });
    expect(hers.map((row) => [row.kind, row.emergency])).toEqual([
      ['Lest NØDTILGANG', true],
      ['Endret NØDTILGANG', true],
    ]);
    await expect(page.locator('.access-row--emergency')).toHaveCount(2);
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'oversight-access-log');
  });

  test('a nurse has neither screen in her navigation, and the access log explains why', async ({
    page,
  }) => {
    await signIn(page, 'Sykepleier Nord');
    const nav = page.getByRole('navigation');
    await expect(nav.getByRole('link', { name: 'Tilgangslogg' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Statistikk' })).toHaveCount(0);
    await page.goto('/access-log');
    await expect(
      page.getByText(
        'Bare personvernombudet kan se hvem som har hatt tilgang til en persons opplysninger.',
      ),
    ).toBeVisible();
  });

  test('the privacy officer, on no team, is told who the statistics are for', async ({ page }) => {
    await signIn(page, 'Personvernombud');
    await page.goto('/statistics');
    await expect(
      page.getByText('Statistikken er for ledere og teamansatte i et distrikt.'),
    ).toBeVisible();
  });
});
