import type { APIRequestContext } from '@playwright/test';
import { api } from './session';

const COORDINATOR = 'coordinator.nord@demo.local';

/**
 * A synthetic Norwegian test number (month + 80, as issued for test data) with both mod-11
 * check digits, for a person born in the 1930s–1940s; a fresh one at each call.
 */
export function syntheticNationalId(): { number: string; birthDate: string } {
  for (;;) {
    const year = 1930 + Math.floor(Math.random() * 20);
    const month = 1 + Math.floor(Math.random() * 12);
    const day = 1 + Math.floor(Math.random() * 28);
    const individual = Math.floor(Math.random() * 500);
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    const digits = `${pad(day)}${pad(month + 80)}${pad(year % 100)}${pad(individual, 3)}`
      .split('')
      .map(Number);
    const check = (weights: number[], ds: number[]) => {
      const k = 11 - (weights.reduce((sum, w, i) => sum + w * ds[i], 0) % 11);
      return k === 11 ? 0 : k;
    };
    const k1 = check([3, 7, 6, 1, 8, 9, 4, 5, 2], digits);
    if (k1 === 10) continue;
    const k2 = check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], [...digits, k1]);
    if (k2 === 10) continue;
    return {
      number: [...digits, k1, k2].join(''),
      birthDate: `${year}-${pad(month)}-${pad(day)}`,
    };
  }
}

export interface OpenCase {
  caseId: string;
  patientId: string;
  referralId: string;
  /** "Given Family", as the screens show the person. */
  name: string;
}

/**
 * A new person in district Nord with a referral the Nord coordinator has accepted: an ACTIVE
 * case of Vurderingsteam Nord, coordinated by Koordinator Nord; its team sees it.
 */
export async function openCase(
  request: APIRequestContext,
  person: { givenName?: string; familyName?: string } = {},
): Promise<OpenCase> {
  const { me } = await api<{ me: { teams: { districtId: string }[] } }>(
    request,
    COORDINATOR,
    '{ me { teams { districtId } } }',
  );
  const givenName = person.givenName ?? 'Solveig';
  const letters = Array.from(
    { length: 5 },
    () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(Math.random() * 26)],
  );
  const familyName = person.familyName ?? `Kart${letters.join('')}`;
  const { registerReferral } = await api<{
    registerReferral: { id: string; patient: { id: string } };
  }>(
    request,
    COORDINATOR,
    `mutation($input: RegisterReferralInput!) { registerReferral(input: $input) { id patient { id } } }`,
    {
      input: {
        person: {
          nationalId: syntheticNationalId().number,
          givenName,
          familyName,
          address: 'Storgata 1',
          postalCode: '9405',
          city: 'Harstad',
          districtId: me.teams[0].districtId,
        },
        source: 'HOSPITAL_DISCHARGE',
        channel: 'DIGITAL',
        receivedAt: new Date().toISOString(),
        description: 'Utskrevet etter fall i hjemmet, bor alene.',
        helpRequested: 'Vurdering av hjelpebehov',
      },
    },
  );
  const { acceptReferral } = await api<{ acceptReferral: { id: string } }>(
    request,
    COORDINATOR,
    'mutation($id: ID!) { acceptReferral(referralId: $id) { id } }',
    { id: registerReferral.id },
  );
  return {
    caseId: acceptReferral.id,
    patientId: registerReferral.patient.id,
    referralId: registerReferral.id,
    name: `${givenName} ${familyName}`,
  };
}
