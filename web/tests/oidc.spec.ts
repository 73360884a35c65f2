import { createHash, randomBytes } from 'node:crypto';
import { decodeJwt } from 'jose';
import { expect, expectNoSeriousA11yViolations, screenshots, test } from './fixtures';
import { type LocalIssuer, startLocalIssuer } from './oidc-issuer';
import { issuerPort, OIDC_AUDIENCE, OIDC_CLIENT_ID, oidcPort } from './ports';

// AUTH_MODE=oidc against a real OpenID Connect provider on 127.0.0.1 (playwright.config.ts
// starts the API in that mode). Access tokens live 40 s; the client renews 30 s before expiry.
const ACCESS_TOKEN_SECONDS = 40;
const appOrigin = `http://127.0.0.1:${oidcPort}`;
let issuer: LocalIssuer;

test.beforeAll(async () => {
  issuer = await startLocalIssuer({
    port: issuerPort,
    clientId: OIDC_CLIENT_ID,
    appOrigin,
    audience: OIDC_AUDIENCE,
    subject: 'nurse.nord@demo.local',
    accessTokenSeconds: ACCESS_TOKEN_SECONDS,
  });
});
test.afterAll(async () => {
  await issuer.close();
});

const token = (page: import('@playwright/test').Page) =>
  page.evaluate(() => window.sessionStorage.getItem('kartlegg.token'));

test('a nurse signs in at the identity provider and back, works with the issued token, which is renewed before it expires, and signs out', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const authorizeRequests: URL[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === issuer.url && url.pathname === '/auth') authorizeRequests.push(url);
  });

  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  const signIn = page.getByRole('button', { name: 'Logg inn med kommunens innlogging' });
  await expect(signIn).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshots(page, 'sign-in-oidc');

  await signIn.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saksliste' })).toBeVisible();
  await expect(page).toHaveURL(`${appOrigin}/`);
  await expect(page.getByText('Logget inn som Sykepleier Nord')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Vurderingsteam Nord' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Åpne saker, nærmeste frist først' }).getByRole('row'),
  ).toHaveCount(1 + 6);

  // Authorization code flow with PKCE (S256), for this client, back to its own route.
  expect(authorizeRequests).toHaveLength(1);
  const authorize = authorizeRequests[0].searchParams;
  expect(authorize.get('response_type')).toBe('code');
  expect(authorize.get('client_id')).toBe(OIDC_CLIENT_ID);
  expect(authorize.get('code_challenge_method')).toBe('S256');
  expect(authorize.get('code_challenge')).toMatch(/^[\w-]{43}$/);
  expect(authorize.get('redirect_uri')).toBe(`${appOrigin}/sign-in/callback`);

  // The API was called with the issuer's access token, kept for the tab only.
  const first = await token(page);
  expect(first).toBeTruthy();
  const claims = decodeJwt(first as string);
  expect(claims).toMatchObject({
    iss: issuer.url,
    aud: OIDC_AUDIENCE,
    sub: 'nurse.nord@demo.local',
  });
  const storedLocally = await page.evaluate(() => JSON.stringify({ ...window.localStorage }));
  expect(storedLocally).not.toContain(first as string);
  expect(storedLocally).not.toMatch(/oidc\.|refresh_token|code_verifier/);

  // Renewed silently with the refresh token, before the first token expired.
  await expect.poll(() => token(page), { timeout: ACCESS_TOKEN_SECONDS * 1000 }).not.toBe(first);
  expect(Date.now()).toBeLessThan((claims.exp as number) * 1000);
  expect(issuer.tokenRequests.map((r) => r.grant)).toEqual(
    expect.arrayContaining(['authorization_code', 'refresh_token']),
  );
  const renewed = await token(page);
  expect(decodeJwt(renewed as string).exp).toBeGreaterThan(claims.exp as number);
  // A reload keeps the session (session storage) and the caseload loads with the new token.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Vurderingsteam Nord' })).toBeVisible();
  await expect(page.getByText('Logget inn som Sykepleier Nord')).toBeVisible();

  // Signing out ends the provider's session too and leaves no token, user or draft behind.
  await page.evaluate(() => window.sessionStorage.setItem('kartlegg.draft.journal.x', 'utkast'));
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await expect(page).toHaveURL(`${appOrigin}/sign-in`);
  await expect(page.getByText('Du er logget ut.')).toBeVisible();
  const left = await page.evaluate(() => Object.keys(window.sessionStorage));
  expect(left.filter((k) => k !== 'kartlegg.signedOutBecause')).toEqual([]);
});

test('the issuer refuses a code exchanged with the wrong PKCE verifier', async ({ request }) => {
  const b64 = (bytes: Buffer) => bytes.toString('base64url');
  const redirectUri = `${appOrigin}/sign-in/callback`;
  const cookies = new Map<string, string>();
  /** One authorization request followed to its code, as the browser would. */
  const codeFor = async (challenge: string): Promise<string> => {
    let url =
      `${issuer.url}/auth?` +
      new URLSearchParams({
        client_id: OIDC_CLIENT_ID,
        response_type: 'code',
        scope: 'openid offline_access api',
        redirect_uri: redirectUri,
        code_challenge: challenge,
        code_challenge_method: 'S256',
        state: b64(randomBytes(16)),
      }).toString();
    for (let hop = 0; hop < 6 && !url.startsWith(appOrigin); hop++) {
      const response = await fetch(url, {
        redirect: 'manual',
        headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      for (const cookie of response.headers.getSetCookie()) {
        const pair = cookie.split(';')[0];
        cookies.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
      }
      url = new URL(response.headers.get('location') as string, url).toString();
    }
    return new URL(url).searchParams.get('code') as string;
  };
  const exchange = (code: string, verifier: string) =>
    request.post(`${issuer.url}/token`, {
      form: {
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        client_id: OIDC_CLIENT_ID,
        code_verifier: verifier,
      },
    });

  const verifier = b64(randomBytes(32));
  const challenge = b64(createHash('sha256').update(verifier).digest());
  const wrong = await exchange(await codeFor(challenge), b64(randomBytes(32)));
  expect(wrong.status()).toBe(400);
  expect((await wrong.json()).error).toBe('invalid_grant');
  const missing = await exchange(await codeFor(challenge), '');
  expect(missing.status()).toBe(400);
  const right = await exchange(await codeFor(challenge), verifier);
  expect(right.status()).toBe(200);
  expect(decodeJwt((await right.json()).access_token as string).aud).toBe(OIDC_AUDIENCE);
});
