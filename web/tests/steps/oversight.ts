import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { api } from './session';
import { syntheticNationalId } from './scenes';

// ---------------------------------------------------------------------------------------------
// API-only scene builders
// ---------------------------------------------------------------------------------------------

export interface OpenCase {
  caseId: string;
  patientId: string;
  nationalId: string;
  name: string;
}

/**
 * A new person in Nord with a referral accepted by Koordinator Nord: an ACTIVE case of the
 * Nord team, touching no seeded case.
 */
export async function openNordCase(
  request: APIRequestContext,
  { givenName = 'Tilsyn', requestedLevel }: { givenName?: string; requestedLevel?: string } = {},
): Promise<OpenCase> {
  const { districts } = await api<{ districts: { id: string; name: string }[] }>(
    request,
    'caseworker.nord@demo.local',
    '{ districts { id name } }',
  );
  const nord = districts.find((d) => d.name.includes('Nord'))!.id;
  const nationalId = syntheticNationalId().number;
  const familyName = `Kontroll${nationalId.slice(6, 9)}`;
  const { registerPatient } = await api<{ registerPatient: { id: string } }>(
    request,
    'caseworker.nord@demo.local',
    `mutation($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }`,
    {
      input: {
        nationalId,
        givenName,
        familyName,
        address: 'Sjøgata 4',
        postalCode: '9405',
        city: 'Harstad',
        districtId: nord,
      },
    },
  );
  const { registerReferral } = await api<{ registerReferral: { id: string } }>(
    request,
    'caseworker.nord@demo.local',
    `mutation($input: RegisterReferralInput!) { registerReferral(input: $input) { id } }`,
    {
      input: {
        patientId: registerPatient.id,
        source: 'HOSPITAL_DISCHARGE',
        channel: 'DIGITAL',
        receivedAt: new Date().toISOString(),
        description: 'Utskrevet etter fall i hjemmet',
        helpRequested: 'Hjelp i hverdagen',
        ...(requestedLevel ? { requestedLevel } : {}),
      },
    },
  );
  const { acceptReferral } = await api<{ acceptReferral: { id: string } }>(
    request,
    'coordinator.nord@demo.local',
    'mutation($id: ID!) { acceptReferral(referralId: $id) { id } }',
    { id: registerReferral.id },
  );
  return {
    caseId: acceptReferral.id,
    patientId: registerPatient.id,
    nationalId,
    name: `${givenName} ${familyName}`,
  };
}

const DECIDE = `mutation($caseId: ID!, $input: RecordDecisionInput!) {
  recordDecision(caseId: $caseId, input: $input) { id } }`;

/**
 * Decisions in Nord today, as Saksbehandler Nord: `noServices` NO_SERVICES decisions (5 or more
 * make a group the statistics show) and `visitingFriend` decisions granting a visiting friend
 * (VOLUNTARY; 1–4 make a group the statistics suppress). Each on its own new case.
 */
export async function nordDecisions(
  request: APIRequestContext,
  { noServices, visitingFriend }: { noServices: number; visitingFriend: number },
): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  for (let i = 0; i < noServices; i++) {
    const kase = await openNordCase(request, { requestedLevel: 'HOME_NURSING' });
    await api(request, 'caseworker.nord@demo.local', DECIDE, {
      caseId: kase.caseId,
      input: {
        outcome: 'NO_SERVICES',
        services: [],
        legalBasisCode: 'PBRL_2_1A',
        justification: 'Mestrer hverdagen selv med støtte fra familien.',
      },
    });
  }
  for (let i = 0; i < visitingFriend; i++) {
    const kase = await openNordCase(request, { requestedLevel: 'VOLUNTARY' });
    await api(request, 'caseworker.nord@demo.local', DECIDE, {
      caseId: kase.caseId,
      input: {
        outcome: 'GRANTED',
        services: [{ serviceCode: 'BESOKSVENN', visitsPerWeek: 1, fromDate: today }],
        legalBasisCode: 'HOL_3_2_6A',
        justification: 'Ønsker selskap en gang i uken.',
      },
    });
  }
}

/**
 * A Nord case that Sykepleier Sør (no relation to it) opens under emergency access: she is
 * refused, breaks the glass with a reason, and reads the case. The privacy officer's access
 * log then shows her read flagged as an emergency access.
 */
export async function emergencyReadOfNordCase(request: APIRequestContext): Promise<OpenCase> {
  const kase = await openNordCase(request, { givenName: 'Nødsak' });
  await api(
    request,
    'nurse.sor@demo.local',
    'mutation($caseId: ID!, $reason: String!) { requestEmergencyAccess(caseId: $caseId, reason: $reason) { id } }',
    { caseId: kase.caseId, reason: 'Akutt forverring på kveldstid, fastlege utilgjengelig' },
  );
  await api(request, 'nurse.sor@demo.local', 'query($id: ID!) { assessmentCase(id: $id) { id } }', {
    id: kase.caseId,
  });
  return kase;
}

// ---------------------------------------------------------------------------------------------
// UI steps
// ---------------------------------------------------------------------------------------------

/** The text of each cell of a table's body rows (header cell first). */
async function rowsOf(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        Array.from(row.querySelectorAll('th, td')).map((cell) =>
          (cell.textContent ?? '').replace(/\s+/g, ' ').trim(),
        ),
      ),
    );
}

/** Opens the statistics from the navigation (a signed-in LEADER) and waits for the figures. */
export async function openStatistics(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Statistikk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Statistikk' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Nøkkeltall' })).toBeVisible({
    timeout: 30_000,
  });
}

/**
 * The rows of one statistics table, by its heading (e.g. 'Vedtak per trinn i omsorgstrappen'):
 * label first, then the figures as shown (a suppressed group reads "skjult (færre enn 5)").
 */
export async function statisticsTable(page: Page, heading: string): Promise<string[][]> {
  const section = page.getByRole('region', { name: heading });
  return rowsOf(section.getByRole('table'));
}

export interface AccessRow {
  when: string;
  who: string;
  kind: string;
  operation: string;
  case: string;
  emergency: boolean;
}

/**
 * The privacy officer's access log of one person (a signed-in PRIVACY_OFFICER): finds the
 * person by national identity number, filters by staff member (their name as listed) and kinds
 * ('Lest', 'Endret', 'Avvist'), and returns the rows shown on the first page.
 */
export async function auditTrailOf(
  page: Page,
  person: { nationalId: string; name: string },
  filters: { staff?: string; kinds?: string[] } = {},
): Promise<AccessRow[]> {
  await page.getByRole('navigation').getByRole('link', { name: 'Tilgangslogg' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Hvem har sett denne personens opplysninger',
  );
  await page.getByRole('textbox', { name: 'Fødselsnummer' }).fill(person.nationalId);
  await page.getByRole('button', { name: 'Finn', exact: true }).click();
  await page.getByRole('button', { name: new RegExp(`^${person.name}, født`) }).click();
  const results = page.getByRole('region', { name: new RegExp(person.name) });
  await expect(results.getByRole('table')).toBeVisible({ timeout: 30_000 });
  if (filters.staff) {
    const staff = page.getByRole('combobox', { name: 'Ansatt' });
    const option = staff.locator('option', { hasText: filters.staff });
    await staff.selectOption({ label: (await option.first().textContent()) ?? filters.staff });
  }
  for (const kind of filters.kinds ?? []) {
    await page.getByRole('checkbox', { name: kind }).check();
  }
  if (filters.staff || filters.kinds?.length) {
    await page.getByRole('button', { name: 'Vis tilganger' }).click();
  }
  await expect(results).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await expect(results.getByRole('status')).toHaveText(/^\d+ tilgang(er)?\b/);
  const table = results.getByRole('table');
  if ((await table.count()) === 0) return [];
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = Array.from(tr.querySelectorAll('td')).map((cell) =>
        (cell.textContent ?? '').replace(/\s+/g, ' ').trim(),
      );
      return {
        when: cells[0],
        who: cells[1],
        kind: cells[2],
        operation: cells[3],
        case: cells[4],
        emergency: tr.classList.contains('access-row--emergency'),
      };
    }),
  );
  return rows;
}
