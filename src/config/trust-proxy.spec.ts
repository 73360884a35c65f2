import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from 'src/config/app-config';
import { parseTrustProxy } from 'src/config/trust-proxy';

describe(parseTrustProxy.name, () => {
  it.each([
    ['', false],
    ['false', false],
    ['1', 1],
    ['2', 2],
    ['loopback', ['loopback']],
    ['10.0.0.0/8, 192.168.1.10', ['10.0.0.0/8', '192.168.1.10']],
    ['fd00::/8,uniquelocal', ['fd00::/8', 'uniquelocal']],
  ])('reads %j as Express trust proxy %j', (value, expected) => {
    expect(parseTrustProxy(value)).toEqual(expected);
  });

  it.each(['true', 'yes', '10.0.0.0/33', '::1/129', 'example.org', '10.0.0.0/8/1', '-1', '1.5'])(
    'refuses %j',
    (value) => {
      expect(parseTrustProxy(value)).toBeNull();
    },
  );

  it('stops start-up on a bad TRUST_PROXY or anonymous rate limit, naming the variable', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0' })).toThrow(
      /RATE_LIMIT_ANONYMOUS_PER_MINUTE/,
    );
    const config = loadConfig({ TRUST_PROXY: '10.0.0.0/8', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '30' });
    expect(config.TRUST_PROXY).toBe('10.0.0.0/8');
    expect(config.RATE_LIMIT_ANONYMOUS_PER_MINUTE).toBe(30);
    expect(loadConfig({}).TRUST_PROXY).toBe('false');
  });
});
