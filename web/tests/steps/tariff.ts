import type { APIRequestContext } from '@playwright/test';
import { api } from './session';
import { syntheticNationalId } from './scenes';

const COORDINATOR_SOR = 'coordinator.sor@demo.local';

/**
 * A new person in district Sør with a referral Koordinator Sør has accepted: an ACTIVE case
 * of Vurderingsteam Sør, which the demo's pilot opens with the tariff model on.
 */
export async function openSorCase(
  request: APIRequestContext,
): Promise<{ caseId: string; name: string }> {
  const { me } = await api<{ me: { teams: { districtId: string }[] } }>(
    request,
    COORDINATOR_SOR,
    '{ me { teams { districtId } } }',
  );
  const familyName = `Takst${Math.random().toString(36).slice(2, 7)}`;
  const { registerReferral } = await api<{ registerReferral: { id: string } }>(
    request,
    COORDINATOR_SOR,
    `mutation($input: RegisterReferralInput!) { registerReferral(input: $input) { id } }`,
    {
      input: {
        person: {
          nationalId: syntheticNationalId().number,
          givenName: 'Gudrun',
          familyName,
          address: 'Sjøgata 4',
          postalCode: '9405',
          city: 'Harstad',
          districtId: me.teams[0].districtId,
        },
        source: 'HOSPITAL_DISCHARGE',
        channel: 'DIGITAL',
        receivedAt: new Date().toISOString(),
        description: 'Utskrevet etter lårhalsbrudd, bor alene.',
        helpRequested: 'Hjelp til stell og praktisk bistand',
      },
    },
  );
  const { acceptReferral } = await api<{ acceptReferral: { id: string } }>(
    request,
    COORDINATOR_SOR,
    'mutation($id: ID!) { acceptReferral(referralId: $id) { id } }',
    { id: registerReferral.id },
  );
  return { caseId: acceptReferral.id, name: `Gudrun ${familyName}` };
}
