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
