import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { signLocalToken } from 'src/common/auth/tokens';
import { createTestApp, errorOf, idOfStaff, type TestApp } from 'test/utils/test-app';

const ME = '{ me { email profession teams { name } serviceUnits { name } } }';

describe('authentication (AUTH_MODE=local)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers the signed-in nurse on { me }', async () => {
    const result = await t.gql(ME, {}, await t.as('nurse.nord@demo.local'));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      me: {
        email: 'nurse.nord@demo.local',
        profession: 'NURSE',
        teams: [{ name: 'Vurderingsteam Nord' }],
        serviceUnits: [],
      },
    });
  });

  it('refuses a request without a token with UNAUTHENTICATED', async () => {
    const result = await t.gql(ME);
    expect(errorOf(result)).toEqual({ code: 'UNAUTHENTICATED', reason: 'TOKEN_MISSING' });
    expect(result.data).toBeNull();
  });

  it('refuses a token signed with another key', async () => {
    const token = await signLocalToken('nurse.nord@demo.local', 'x'.repeat(40));
    expect(errorOf(await t.gql(ME, {}, token))).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_INVALID',
    });
  });

  it('refuses an expired token', async () => {
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    const token = await signLocalToken('nurse.nord@demo.local', t.config.AUTH_LOCAL_SIGNING_KEY, {
      issuedAt: hourAgo - 60,
      expiresIn: hourAgo,
    });
    expect(errorOf(await t.gql(ME, {}, token))).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_EXPIRED',
    });
  });

  it('refuses a token issued in the future (iat 100 years ahead) as TOKEN_INVALID', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await signLocalToken('nurse.nord@demo.local', t.config.AUTH_LOCAL_SIGNING_KEY, {
      issuedAt: now + 100 * 365 * 86_400,
      expiresIn: now + 101 * 365 * 86_400,
    });
    expect(errorOf(await t.gql(ME, {}, token))).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_INVALID',
    });
  });

  it('accepts an iat up to a minute ahead (clock skew), refuses two minutes ahead', async () => {
    const now = Math.floor(Date.now() / 1000);
    const sign = (issuedAt: number) =>
      signLocalToken('nurse.nord@demo.local', t.config.AUTH_LOCAL_SIGNING_KEY, {
        issuedAt,
        expiresIn: now + 3600,
      });
    expect((await t.gql(ME, {}, await sign(now + 30))).errors).toBeUndefined();
    expect(errorOf(await t.gql(ME, {}, await sign(now + 120)))).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_INVALID',
    });
  });

  it('refuses a token older than AUTH_TOKEN_MAX_AGE (12 h) even when its exp is far ahead', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await signLocalToken('nurse.nord@demo.local', t.config.AUTH_LOCAL_SIGNING_KEY, {
      issuedAt: now - 13 * 3600,
      expiresIn: now + 365 * 86_400,
    });
    expect(errorOf(await t.gql(ME, {}, token))).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_EXPIRED',
    });
    const younger = await signLocalToken('nurse.nord@demo.local', t.config.AUTH_LOCAL_SIGNING_KEY, {
      issuedAt: now - 11 * 3600,
      expiresIn: now + 3600,
    });
    expect((await t.gql(ME, {}, younger)).errors).toBeUndefined();
  });

  it('refuses a token whose subject is no staff member', async () => {
    const token = await t.as('nobody@demo.local');
    expect(errorOf(await t.gql(ME, {}, token))).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'UNKNOWN_SUBJECT',
    });
  });

  it('refuses garbage in the Authorization header', async () => {
    expect(errorOf(await t.gql(ME, {}, 'not.a.jwt'))).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_INVALID',
    });
  });

  it('refuses the token of a staff member once the admin has deactivated them', async () => {
    const token = await t.as('physio.sor@demo.local');
    expect((await t.gql(ME, {}, token)).errors).toBeUndefined();
    const staffId = await idOfStaff(t, 'physio.sor@demo.local');
    const deactivated = await t.gql(
      'mutation($id: ID!) { deactivateStaffMember(staffId: $id) { active } }',
      { id: staffId },
      await t.as('admin@demo.local'),
    );
    expect(deactivated.data).toEqual({ deactivateStaffMember: { active: false } });
    expect(errorOf(await t.gql(ME, {}, token))).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'STAFF_DEACTIVATED',
    });
  });
});

describe('authentication (AUTH_MODE=oidc)', () => {
  let t: TestApp;
  let jwks: Server;
  type Key = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
  let privateKey: Key;
  let otherKey: Key;
  const issuer = 'https://idp.harstad.test/realms/kommune';
  const audience = 'kartlegg-api';

  const tokenFor = (
    sub: string,
    key = privateKey,
    claims: { iss?: string; aud?: string; iat?: number; exp?: number | string } = {},
  ) =>
    new SignJWT({})
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject(sub)
      .setIssuer(claims.iss ?? issuer)
      .setAudience(claims.aud ?? audience)
      .setIssuedAt(claims.iat)
      .setExpirationTime(claims.exp ?? '5m')
      .sign(key);

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    otherKey = (await generateKeyPair('RS256')).privateKey;
    const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    // The identity provider's JWKS endpoint, served by the test.
    jwks = createServer((_, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [publicJwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const port = (jwks.address() as AddressInfo).port;
    t = await createTestApp({
      env: {
        AUTH_MODE: 'oidc',
        OIDC_ISSUER: issuer,
        OIDC_AUDIENCE: audience,
        OIDC_JWKS_URL: `http://127.0.0.1:${port}/jwks.json`,
        OIDC_CLIENT_ID: 'kartlegg-web',
        AUTH_TOKEN_MAX_AGE: '1h',
      },
    });
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => jwks.close(resolve));
  });

  it('accepts a token from the identity provider and maps its subject to the staff member', async () => {
    const result = await t.gql(ME, {}, await tokenFor('caseworker.nord@demo.local'));
    expect(result.errors).toBeUndefined();
    expect(result.data?.me).toMatchObject({
      email: 'caseworker.nord@demo.local',
      profession: 'CASEWORKER',
    });
  });

  it('refuses a token signed by a key not in the JWKS', async () => {
    const result = await t.gql(ME, {}, await tokenFor('caseworker.nord@demo.local', otherKey));
    expect(errorOf(result)).toEqual({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
  });

  it('refuses a token for another audience or issuer', async () => {
    const wrongAudience = await tokenFor('caseworker.nord@demo.local', privateKey, {
      aud: 'other-api',
    });
    const wrongIssuer = await tokenFor('caseworker.nord@demo.local', privateKey, {
      iss: 'https://evil.test',
    });
    expect(errorOf(await t.gql(ME, {}, wrongAudience)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await t.gql(ME, {}, wrongIssuer)).code).toBe('UNAUTHENTICATED');
  });

  it('refuses a provider token issued 100 years in the future as TOKEN_INVALID', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await tokenFor('caseworker.nord@demo.local', privateKey, {
      iat: now + 100 * 365 * 86_400,
      exp: now + 101 * 365 * 86_400,
    });
    expect(errorOf(await t.gql(ME, {}, token))).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_INVALID',
    });
  });

  it('refuses a provider token older than AUTH_TOKEN_MAX_AGE (here 1 h) as TOKEN_EXPIRED', async () => {
    expect(t.config.AUTH_TOKEN_MAX_AGE).toBe('1h');
    const now = Math.floor(Date.now() / 1000);
    const token = await tokenFor('caseworker.nord@demo.local', privateKey, {
      iat: now - 2 * 3600,
      exp: now + 3600,
    });
    expect(errorOf(await t.gql(ME, {}, token))).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_EXPIRED',
    });
  });

  it('refuses a provider token without iat', async () => {
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('caseworker.nord@demo.local')
      .setIssuer(issuer)
      .setAudience(audience)
      .setExpirationTime('5m')
      .sign(privateKey);
    expect(errorOf(await t.gql(ME, {}, token))).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_INVALID',
    });
  });

  it('refuses a locally signed development token', async () => {
    const local = await signLocalToken(
      'caseworker.nord@demo.local',
      t.config.AUTH_LOCAL_SIGNING_KEY,
    );
    expect(errorOf(await t.gql(ME, {}, local))).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_INVALID',
    });
  });
});
