import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from 'src/config/app-config';

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
