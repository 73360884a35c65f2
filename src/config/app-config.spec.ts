import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig, tokenMaxAgeSeconds } from 'src/config/app-config';

describe('loadConfig and the database roles', () => {
  it('takes an owner URL beside DATABASE_URL', () => {
    const config = loadConfig({
      DATABASE_OWNER_URL: 'postgres://kartlegg_owner:x@db/kartlegg',
      DATABASE_URL: 'postgres://kartlegg_app:y@db/kartlegg',
    });
    expect(config.DATABASE_OWNER_URL).toBe('postgres://kartlegg_owner:x@db/kartlegg');
    expect(config.DATABASE_URL).toBe('postgres://kartlegg_app:y@db/kartlegg');
  });

  it('refuses an owner URL without DATABASE_URL, naming the variable', () => {
    expect(() =>
      loadConfig({ DATABASE_OWNER_URL: 'postgres://kartlegg_owner:x@db/kartlegg' }),
    ).toThrow(ConfigError);
    expect(() =>
      loadConfig({ DATABASE_OWNER_URL: 'postgres://kartlegg_owner:x@db/kartlegg' }),
    ).toThrow(/DATABASE_OWNER_URL: needs DATABASE_URL/);
  });

  it('treats an empty owner URL as unset', () => {
    expect(loadConfig({ DATABASE_OWNER_URL: '' }).DATABASE_OWNER_URL).toBeUndefined();
  });
});

describe('AUTH_TOKEN_MAX_AGE', () => {
  it('defaults to 12 hours', () => {
    expect(tokenMaxAgeSeconds(loadConfig({}))).toBe(12 * 3600);
  });

  it.each([
    ['3600', 3600],
    ['90s', 90],
    ['30m', 1800],
    ['8h', 8 * 3600],
    ['1d', 86_400],
  ])('reads %s as %i seconds', (value, seconds) => {
    expect(tokenMaxAgeSeconds(loadConfig({ AUTH_TOKEN_MAX_AGE: value }))).toBe(seconds);
  });

  it.each(['0', '-1h', '12 h', '1w', 'forever', '59', '8d', '1.5h'])(
    'stops start-up on %j, naming the variable',
    (value) => {
      expect(() => loadConfig({ AUTH_TOKEN_MAX_AGE: value })).toThrow(ConfigError);
      expect(() => loadConfig({ AUTH_TOKEN_MAX_AGE: value })).toThrow(/AUTH_TOKEN_MAX_AGE/);
    },
  );
});

describe('the web client’s sign-in settings', () => {
  const oidc = {
    AUTH_MODE: 'oidc',
    OIDC_ISSUER: 'https://idp.example/realms/kommune',
    OIDC_AUDIENCE: 'kartlegg-api',
    OIDC_JWKS_URL: 'https://idp.example/realms/kommune/certs',
  };

  it('needs OIDC_CLIENT_ID with AUTH_MODE=oidc, naming the variable', () => {
    expect(() => loadConfig(oidc)).toThrow(/OIDC_CLIENT_ID/);
    expect(() => loadConfig({ ...oidc, OIDC_CLIENT_ID: 'kartlegg web' })).toThrow(
      /OIDC_CLIENT_ID must be 1-200 printable characters/,
    );
    expect(loadConfig({ ...oidc, OIDC_CLIENT_ID: 'kartlegg-web' }).OIDC_CLIENT_ID).toBe(
      'kartlegg-web',
    );
  });

  it('does not need OIDC_CLIENT_ID with AUTH_MODE=local', () => {
    expect(loadConfig({}).OIDC_CLIENT_ID).toBeUndefined();
  });

  it('asks for openid and offline_access unless OIDC_SCOPE says otherwise', () => {
    expect(loadConfig({}).OIDC_SCOPE).toBe('openid offline_access');
    expect(loadConfig({ OIDC_SCOPE: 'openid api://kartlegg/.default' }).OIDC_SCOPE).toBe(
      'openid api://kartlegg/.default',
    );
    for (const bad of ['profile', 'openid  api', ' openid', 'openidx']) {
      expect(() => loadConfig({ OIDC_SCOPE: bad })).toThrow(/OIDC_SCOPE must be/);
    }
  });

  it('signs the web client out after 15 idle minutes unless WEB_IDLE_MINUTES says otherwise', () => {
    expect(loadConfig({}).WEB_IDLE_MINUTES).toBe(15);
    expect(loadConfig({ WEB_IDLE_MINUTES: '5' }).WEB_IDLE_MINUTES).toBe(5);
    for (const bad of ['0', '721', '1.5', 'soon']) {
      expect(() => loadConfig({ WEB_IDLE_MINUTES: bad })).toThrow(/WEB_IDLE_MINUTES/);
    }
  });
});

describe('several processes and a shared rate limit', () => {
  it('runs one process without Redis unless told otherwise', () => {
    const config = loadConfig({});
    expect(config.WEB_CONCURRENCY).toBe(1);
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.REDIS_KEY_PREFIX).toBe('kartlegg:');
  });

  it('takes a redis:// or rediss:// URL and 1 to 64 processes', () => {
    const config = loadConfig({ REDIS_URL: 'rediss://:secret@cache:6380/2', WEB_CONCURRENCY: '4' });
    expect(config.REDIS_URL).toBe('rediss://:secret@cache:6380/2');
    expect(config.WEB_CONCURRENCY).toBe(4);
    expect(loadConfig({ REDIS_URL: '' }).REDIS_URL).toBeUndefined();
  });

  it('refuses another kind of URL, a bad prefix and a process count out of range, naming the variable', () => {
    expect(() => loadConfig({ REDIS_URL: 'http://cache:6379' })).toThrow(/REDIS_URL/);
    expect(() => loadConfig({ REDIS_KEY_PREFIX: 'a b' })).toThrow(/REDIS_KEY_PREFIX/);
    for (const bad of ['0', '65', 'two'])
      expect(() => loadConfig({ WEB_CONCURRENCY: bad })).toThrow(/WEB_CONCURRENCY/);
  });
});
