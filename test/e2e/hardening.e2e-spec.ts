import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient } from 'graphql-ws';
import request from 'supertest';
import WebSocket from 'ws';
import { GRAPHQL_LIMITS } from 'src/common/graphql/armor';
import { createTestApp, errorOf, type GqlResult, type TestApp } from 'test/utils/test-app';

/** `{ journal { edges { node { versions { … { id } } } } } }`: `levels` fields deep, `id` included. */
function deepQuery(levels: number): string {
  const versions = levels - 4;
  return `{ journal(caseId: "00000000-0000-4000-8000-000000000000") { edges { node { ${'versions { '.repeat(versions)}id${' }'.repeat(versions)} } } } }`;
}

/** `{ a1: me { id } a2: me { id } … }` */
function aliasedQuery(aliases: number): string {
  return `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
}

/**
 * Five cheap-looking lists of 100 cases with their people, teams and history:
 * shallow (depth 6) and few aliases, but a large cost estimate.
 */
function costlyQuery(): string {
  const page = `assessmentCases(first: 100) { edges { node { id status deadline daysRemaining
    patient { id givenName familyName address contacts { name phone } }
    coordinator { id name email teams { id name } }
    history { action occurredAt actor { id name } }
    members { role staff { id name profession } } } } }`;
  return `{ ${Array.from({ length: 5 }, (_, i) => `c${i}: ${page}`).join(' ')} }`;
}

/** `{ me { id id … } }` with `n` field selections in all (`me` included). */
function fieldsQuery(n: number): string {
  return `{ me { ${'id '.repeat(n - 1)}} }`;
}

async function post(
  t: TestApp,
  body: unknown,
  token?: string,
  headers: Record<string, string> = {},
) {
  const req = request(t.app.getHttpServer())
    .post('/graphql')
    .set('content-type', 'application/json');
  if (token) req.set('authorization', `Bearer ${token}`);
  for (const [name, value] of Object.entries(headers)) req.set(name, value);
  return req.send(body as object);
}

/** The first error's code and reason of a raw response. */
function refusalOf(res: { body: unknown }): { code?: string; reason?: string } {
  return errorOf(res.body as GqlResult);
}

describe('GraphQL hardening: document limits (GraphQL Armor)', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    token = await t.as('nurse.nord@demo.local');
  });
  afterAll(async () => {
    await t.close();
  });

  it(`refuses a query deeper than ${GRAPHQL_LIMITS.maxDepth} levels with BAD_USER_INPUT / QUERY_TOO_DEEP`, async () => {
    const result = await t.gql(deepQuery(GRAPHQL_LIMITS.maxDepth + 1), {}, token);
    expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' });
    expect(result.data).toBeUndefined();
  });

  it('lets a query at the depth limit through to the resolvers', async () => {
    const result = await t.gql(deepQuery(GRAPHQL_LIMITS.maxDepth), {}, token);
    // Past the limits: the (unknown) case is looked up and not found.
    expect(errorOf(result)).toEqual({ code: 'NOT_FOUND', reason: 'CASE_NOT_FOUND' });
  });

  it(`refuses more than ${GRAPHQL_LIMITS.maxAliases} aliases with TOO_MANY_ALIASES`, async () => {
    expect(errorOf(await t.gql(aliasedQuery(GRAPHQL_LIMITS.maxAliases + 1), {}, token))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_MANY_ALIASES',
    });
    const allowed = await t.gql(aliasedQuery(GRAPHQL_LIMITS.maxAliases), {}, token);
    expect(allowed.errors).toBeUndefined();
  });

  it(`refuses a query whose estimated cost is over ${GRAPHQL_LIMITS.maxCost} with QUERY_TOO_COSTLY`, async () => {
    expect(errorOf(await t.gql(costlyQuery(), {}, token))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_COSTLY',
    });
  });

  it(`refuses more than ${GRAPHQL_LIMITS.maxDirectives} directives with TOO_MANY_DIRECTIVES`, async () => {
    const fields = ['id', 'name', 'email', 'profession', 'active', 'createdAt'];
    const teamFields = ['id', 'name', 'serviceArea', 'districtId', '__typename'];
    const query = `{ me { ${fields.map((f) => `${f} @include(if: true)`).join(' ')} teams { ${teamFields
      .map((f) => `${f} @include(if: true)`)
      .join(' ')} } } }`;
    expect(errorOf(await t.gql(query, {}, token))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_MANY_DIRECTIVES',
    });
  });

  it(`refuses a document of more than ${GRAPHQL_LIMITS.maxTokens} tokens with TOO_MANY_TOKENS`, async () => {
    const query = `{ me { ${'id '.repeat(GRAPHQL_LIMITS.maxTokens)}} }`;
    const result = await t.gql(query, {}, token);
    expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_TOKENS' });
    expect(result.status).toBeLessThan(500);
  });

  it(`lets a document of exactly ${GRAPHQL_LIMITS.maxFields} field selections through, and refuses one more with TOO_MANY_FIELDS`, async () => {
    const atLimit = await t.gql<{ me: { id: string } }>(
      fieldsQuery(GRAPHQL_LIMITS.maxFields),
      {},
      token,
    );
    expect(atLimit.errors).toBeUndefined();
    expect(atLimit.data?.me.id).toEqual(expect.any(String));

    const over = await t.gql(fieldsQuery(GRAPHQL_LIMITS.maxFields + 1), {}, token);
    expect(errorOf(over)).toEqual({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_FIELDS' });
    expect(over.status).toBe(400);
    expect(over.data).toBeUndefined();
  });

  it('counts the fields of fragments, and refuses the repeated-selection document of issue 12 before validating it', async () => {
    // me + id + (limit − 1) ids in a nested fragment: one over the limit.
    const inFragments = `{ me { ...a } } fragment a on StaffMember { id ...b } fragment b on StaffMember { ${'id '.repeat(GRAPHQL_LIMITS.maxFields - 1)}}`;
    expect(errorOf(await t.gql(inFragments, {}, token))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_MANY_FIELDS',
    });
    // Within every other limit (about 2 600 tokens, depth 3, no aliases): 1 110 fields.
    const repeated = `{ ${'me { teams { id } } '.repeat(370)}}`;
    expect(errorOf(await t.gql(repeated))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_MANY_FIELDS',
    });
  });

  it('answers a syntax error with BAD_USER_INPUT and HTTP 400, not an internal error', async () => {
    const result = await t.gql('{ me { id }', {}, token);
    expect(result.status).toBe(400);
    expect(errorOf(result).code).toBe('BAD_USER_INPUT');
  });

  it('refuses a batch of operations in one HTTP request', async () => {
    const res = await post(t, [{ query: '{ me { id } }' }, { query: '{ me { id } }' }], token);
    expect(res.status).toBe(400);
    const body = res.body as GqlResult;
    expect(body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.body)).not.toContain('"me"');
  });

  it('refuses a request body over 1 MB', async () => {
    const res = await post(
      t,
      { query: '{ me { id } }', variables: { pad: 'x'.repeat(1_100_000) } },
      token,
    );
    expect(res.status).toBe(413);
  });

  it('refuses a GET mutation and a form post without a preflight header (CSRF prevention)', async () => {
    const form = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'text/plain')
      .send('{"query":"{ me { id } }"}');
    expect(form.status).toBe(400);
    const get = await request(t.app.getHttpServer())
      .get('/graphql')
      .query({ query: '{ me { id } }' });
    expect(get.status).toBe(400);
  });

  it('suggests field names outside production (the schema is public there anyway)', async () => {
    const result = await t.gql('{ me { nme } }', {}, token);
    expect(errorOf(result).code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('Did you mean');
  });
});

describe('GraphQL hardening with NODE_ENV=production', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Production refuses local tokens: an OIDC configuration (never contacted by these tests).
    t = await createTestApp({
      env: {
        NODE_ENV: 'production',
        AUTH_MODE: 'oidc',
        OIDC_ISSUER: 'https://idp.harstad.test/realms/kommune',
        OIDC_AUDIENCE: 'kartlegg-api',
        OIDC_JWKS_URL: 'http://127.0.0.1:9/jwks.json',
        OIDC_CLIENT_ID: 'kartlegg-web',
      },
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses introspection', async () => {
    const result = await t.gql('{ __schema { types { name } } }');
    expect(errorOf(result).code).toBe('BAD_USER_INPUT');
    expect(result.data).toBeUndefined();
    const typeQuery = await t.gql('{ __type(name: "Patient") { fields { name } } }');
    expect(errorOf(typeQuery).code).toBe('BAD_USER_INPUT');
  });

  it('hides field suggestions', async () => {
    const result = await t.gql('{ me { nme } }');
    expect(errorOf(result).code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors)).not.toContain('Did you mean');
    expect(JSON.stringify(result.errors)).not.toContain('"name"');
  });

  it('hides suggestions for a mistyped input field and enum value too', async () => {
    const result = await t.gql(
      'mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id } }',
      { input: { emial: 'a@b.no', name: 'A', profession: 'NURS' } },
    );
    expect(errorOf(result).code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean|Suggestion|\\"NURSE\\"/);
  });

  it('serves no landing page', async () => {
    const res = await request(t.app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(res.text ?? '').not.toMatch(/<html/i);
  });

  it('keeps the document limits', async () => {
    expect(errorOf(await t.gql(aliasedQuery(GRAPHQL_LIMITS.maxAliases + 1))).reason).toBe(
      'TOO_MANY_ALIASES',
    );
  });
});

describe('per-user rate limit (RATE_LIMIT_PER_MINUTE)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: '5' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers RATE_LIMITED with retryAfterSeconds once a staff member has used up the minute', async () => {
    const nurse = await t.as('nurse.nord@demo.local');
    for (let i = 0; i < 5; i++) {
      expect((await t.gql('{ me { id } }', {}, nurse)).errors).toBeUndefined();
    }
    const refused = await t.gql('{ me { id } }', {}, nurse);
    expect(refused.status).toBe(429);
    expect(refused.data).toBeUndefined();
    const extensions = refused.errors?.[0]?.extensions;
    expect(extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'RATE_LIMITED' });
    // 5 a minute: the next token is back within 12 s.
    expect(extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(extensions?.retryAfterSeconds).toBeLessThanOrEqual(12);

    // Another staff member has a bucket of their own.
    const physio = await t.as('physio.nord@demo.local');
    expect((await t.gql('{ me { id } }', {}, physio)).errors).toBeUndefined();
  });
});

describe('rate limit before parsing: anonymous requests by client address (RATE_LIMIT_ANONYMOUS_PER_MINUTE)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      env: { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '3', RATE_LIMIT_PER_MINUTE: '4' },
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses an anonymous client over its limit with RATE_LIMITED before its document is parsed or validated', async () => {
    for (let i = 0; i < 3; i++) {
      expect(errorOf(await t.gql('{ me { id } }'))).toEqual({
        code: 'UNAUTHENTICATED',
        reason: 'TOKEN_MISSING',
      });
    }
    // Neither a syntax error nor an oversized document reaches the parser once over the limit.
    for (const query of ['{ me { id }', fieldsQuery(GRAPHQL_LIMITS.maxFields + 1)]) {
      const refused = await t.gql(query);
      expect(refused.status).toBe(429);
      expect(errorOf(refused)).toEqual({ code: 'RATE_LIMITED', reason: 'RATE_LIMITED' });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(refused.errors?.[0]?.extensions.retryAfterSeconds).toBe(
        Number(refused.headers['retry-after']),
      );
    }
    // A forged token counts as no token: the same (exhausted) address bucket.
    const forged = await t.gql('{ me { id } }', {}, 'eyJhbGciOiJIUzI1NiJ9.e30.invalid');
    expect(errorOf(forged)).toEqual({ code: 'RATE_LIMITED', reason: 'RATE_LIMITED' });
  });

  it('keeps a signed-in staff member on the same address in their own bucket, also counted before parsing', async () => {
    const nurse = await t.as('nurse.nord@demo.local');
    for (let i = 0; i < 4; i++) {
      expect((await t.gql('{ me { id } }', {}, nurse)).errors).toBeUndefined();
    }
    const refused = await t.gql('{ me { id }', {}, nurse);
    expect(refused.status).toBe(429);
    expect(errorOf(refused)).toEqual({ code: 'RATE_LIMITED', reason: 'RATE_LIMITED' });
  });
});

describe('TRUST_PROXY: the client address behind a load balancer', () => {
  const anonymous = (t: TestApp, forwardedFor: string) =>
    post(t, { query: '{ me { id } }' }, undefined, { 'x-forwarded-for': forwardedFor });

  it('without it, every X-Forwarded-For is the one socket address: one bucket', async () => {
    const t = await createTestApp({ env: { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1' } });
    try {
      expect(refusalOf(await anonymous(t, '203.0.113.1')).code).toBe('UNAUTHENTICATED');
      expect(refusalOf(await anonymous(t, '203.0.113.2')).code).toBe('RATE_LIMITED');
    } finally {
      await t.close();
    }
  });

  it('with TRUST_PROXY=loopback, two forwarded client addresses are separate buckets', async () => {
    const t = await createTestApp({
      env: { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1', TRUST_PROXY: 'loopback' },
    });
    try {
      expect(refusalOf(await anonymous(t, '203.0.113.1')).code).toBe('UNAUTHENTICATED');
      expect(refusalOf(await anonymous(t, '203.0.113.2')).code).toBe('UNAUTHENTICATED');
      const again = await anonymous(t, '203.0.113.1');
      expect(again.status).toBe(429);
      expect(refusalOf(again)).toEqual({ code: 'RATE_LIMITED', reason: 'RATE_LIMITED' });
    } finally {
      await t.close();
    }
  });
});

describe('WebSocket operations keep the rate limit and the document limits', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: '4' } });
    await t.app.listen(0, '127.0.0.1');
    url = `ws://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a document over the field or alias limit, then any operation over the rate limit', async () => {
    const token = await t.as('caseworker.nord@demo.local');
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${token}` },
    });
    const run = (query: string) =>
      new Promise<{ extensions?: { code?: string; reason?: string } }[] | 'ok'>((resolve) => {
        client.subscribe(
          { query },
          {
            next: () => resolve('ok'),
            error: (error) => resolve(error as { extensions?: { code?: string } }[]),
            complete: () => resolve('ok'),
          },
        );
      });
    try {
      // The connection took one of the four tokens.
      expect(await run('{ me { id } }')).toBe('ok');
      expect((await run(fieldsQuery(GRAPHQL_LIMITS.maxFields + 1)))[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_FIELDS' },
      });
      expect((await run(aliasedQuery(GRAPHQL_LIMITS.maxAliases + 1)))[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ALIASES' },
      });
      expect((await run('{ me { id } }'))[0]).toMatchObject({
        extensions: { code: 'RATE_LIMITED', reason: 'RATE_LIMITED' },
      });
    } finally {
      await client.dispose();
    }
  });
});
