import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Controller, Get, type INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DEV_SIGNING_KEY } from 'src/config/app-config';
import { devSignInAllowed } from 'src/common/auth/dev-sign-in.controller';
import { serveWebClient } from 'src/web-client/serve-web-client';
import { createTestApp, errorOf, type TestApp } from 'test/utils/test-app';

const ME = '{ me { email profession } }';

describe('development sign-in (AUTH_MODE=local)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists the active staff with profession and team', async () => {
    const res = await request(t.app.getHttpServer()).get('/auth/dev-staff');
    expect(res.status).toBe(200);
    expect(res.body.staff).toContainEqual({
      email: 'nurse.nord@demo.local',
      name: expect.any(String),
      profession: 'NURSE',
      teams: ['Vurderingsteam Nord'],
      units: [],
    });
    expect(res.body.staff).toContainEqual(
      expect.objectContaining({ email: 'homecare.sor@demo.local', units: ['Hjemmetjenesten Sør'] }),
    );
  });

  it('issues a token the API accepts for the chosen staff member', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/auth/dev-sign-in')
      .send({ email: 'Nurse.Nord@demo.local' });
    expect(res.status).toBe(200);
    const me = await t.gql(ME, {}, res.body.token as string);
    expect(me.errors).toBeUndefined();
    expect(me.data).toEqual({ me: { email: 'nurse.nord@demo.local', profession: 'NURSE' } });
  });

  it('refuses an unknown e-mail with NOT_FOUND / STAFF_NOT_FOUND', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/auth/dev-sign-in')
      .send({ email: 'nobody@demo.local' });
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'NOT_FOUND', reason: 'STAFF_NOT_FOUND' });
    expect(res.body.token).toBeUndefined();
  });

  it('refuses a missing e-mail with BAD_USER_INPUT / VALIDATION_FAILED', async () => {
    const res = await request(t.app.getHttpServer()).post('/auth/dev-sign-in').send({ email: 7 });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
  });

  it('tells the client, without a token, to sign in locally and when to sign out idle', async () => {
    const res = await request(t.app.getHttpServer()).get('/auth/config');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      mode: 'local',
      issuer: null,
      clientId: null,
      scope: null,
      idleMinutes: 15,
    });
  });

  it('does not open GraphQL to callers without a token', async () => {
    expect(errorOf(await t.gql(ME))).toEqual({ code: 'UNAUTHENTICATED', reason: 'TOKEN_MISSING' });
  });
});

const OIDC = {
  AUTH_MODE: 'oidc',
  OIDC_ISSUER: 'http://127.0.0.1:1/issuer',
  OIDC_AUDIENCE: 'kartlegg',
  OIDC_JWKS_URL: 'http://127.0.0.1:1/jwks',
  OIDC_CLIENT_ID: 'kartlegg-web',
};

describe.each<{ when: string; env: Record<string, string> }>([
  {
    // Production refuses AUTH_MODE=local at boot; devSignInAllowed's table covers the pair.
    when: 'NODE_ENV is production',
    env: { ...OIDC, NODE_ENV: 'production' },
  },
  {
    when: 'AUTH_MODE is oidc',
    env: OIDC,
  },
])('development sign-in when $when', ({ env }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env });
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses to list the staff with FORBIDDEN / DEV_SIGN_IN_DISABLED', async () => {
    const res = await request(t.app.getHttpServer()).get('/auth/dev-staff');
    expect(res.status).toBe(403);
    expect(res.body).toEqual({
      error: expect.objectContaining({ code: 'FORBIDDEN', reason: 'DEV_SIGN_IN_DISABLED' }),
    });
  });

  it('refuses to issue a token with FORBIDDEN / DEV_SIGN_IN_DISABLED', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/auth/dev-sign-in')
      .send({ email: 'nurse.nord@demo.local' });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'FORBIDDEN', reason: 'DEV_SIGN_IN_DISABLED' });
    expect(res.body.token).toBeUndefined();
  });
});

describe('the sign-in settings with AUTH_MODE=oidc', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { ...OIDC, OIDC_SCOPE: 'openid api', WEB_IDLE_MINUTES: '5' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers the issuer, the public client id, the scope and the idle time, and no secret', async () => {
    const res = await request(t.app.getHttpServer()).get('/auth/config');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      mode: 'oidc',
      issuer: 'http://127.0.0.1:1/issuer',
      clientId: 'kartlegg-web',
      scope: 'openid api',
      idleMinutes: 5,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/jwks|audience|signing/i);
    // The client reaches the identity provider (discovery, token endpoint), and nothing else.
    expect(res.headers['content-security-policy']).toContain(
      "connect-src 'self' http://127.0.0.1:1;",
    );
  });
});

describe(devSignInAllowed.name, () => {
  it.each([
    ['development', 'local', true],
    ['test', 'local', true],
    ['production', 'local', false],
    ['development', 'oidc', false],
    ['production', 'oidc', false],
  ] as const)('NODE_ENV=%s AUTH_MODE=%s → %s', (NODE_ENV, AUTH_MODE, allowed) => {
    expect(devSignInAllowed({ NODE_ENV, AUTH_MODE })).toBe(allowed);
  });

  it('is not allowed by the development key alone', () => {
    expect(DEV_SIGNING_KEY.length).toBeGreaterThan(31);
    expect(devSignInAllowed({ NODE_ENV: 'production', AUTH_MODE: 'local' })).toBe(false);
  });
});

@Controller('graphql')
class FakeGraphqlController {
  @Get()
  get(): { api: true } {
    return { api: true };
  }
}

@Module({ controllers: [FakeGraphqlController] })
class FakeApiModule {}

describe(serveWebClient.name, () => {
  let app: INestApplication;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kartlegg-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>kartlegg</title>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    const nest = await NestFactory.create<NestExpressApplication>(FakeApiModule, {
      logger: false,
    });
    expect(serveWebClient(nest, dir)).toBe(true);
    await nest.init();
    app = nest;
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html at / and for the client routes', async () => {
    for (const path of ['/', '/cases/3f1c', '/caseload?lang=da']) {
      const res = await request(app.getHttpServer()).get(path).set('accept', 'text/html');
      expect(res.status).toBe(200);
      expect(res.text).toContain('<title>kartlegg</title>');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets with a long cache, and 404 for a missing one', async () => {
    const res = await request(app.getHttpServer()).get('/assets/index-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toContain('immutable');
    expect((await request(app.getHttpServer()).get('/assets/gone.js')).status).toBe(404);
  });

  it('leaves /graphql, /health and /auth to the API', async () => {
    const res = await request(app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(res.body).toEqual({ api: true });
    for (const path of ['/health', '/auth/dev-staff']) {
      const other = await request(app.getHttpServer()).get(path).set('accept', 'text/html');
      expect(other.status).toBe(404);
      expect(other.text).not.toContain('<title>kartlegg</title>');
    }
  });

  it('serves nothing when the client is not built', () => {
    expect(serveWebClient({} as NestExpressApplication, join(dir, 'missing'))).toBe(false);
  });
});
