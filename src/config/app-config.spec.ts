import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig, tokenMaxAgeSeconds } from 'src/config/app-config';

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
