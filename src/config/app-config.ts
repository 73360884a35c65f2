import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MinLength,
  Min,
  Validate,
  ValidateIf,
  validateSync,
} from 'class-validator';
import { TrustProxyConstraint } from 'src/config/trust-proxy';

export const APP_CONFIG = Symbol('APP_CONFIG');

export const AUTH_MODES = ['local', 'oidc'] as const;
export type AuthMode = (typeof AUTH_MODES)[number];
export const LANGUAGES = ['nb', 'da'] as const;
export type MunicipalityLanguage = (typeof LANGUAGES)[number];
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The development signing key; `AUTH_MODE=local` refuses to start with it in production. */
export const DEV_SIGNING_KEY = 'kartlegg-local-development-signing-key-not-for-production';

const DURATION = /^([1-9][0-9]{0,7})([smhd]?)$/;
const UNIT_SECONDS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86_400 };
const MAX_TOKEN_AGE_LIMIT = 7 * 86_400;

/** AUTH_TOKEN_MAX_AGE in seconds. */
export function tokenMaxAgeSeconds(config: Pick<AppConfig, 'AUTH_TOKEN_MAX_AGE'>): number {
  const match = DURATION.exec(config.AUTH_TOKEN_MAX_AGE);
  if (!match) throw new ConfigError(`AUTH_TOKEN_MAX_AGE: not a duration`);
  return Number(match[1]) * UNIT_SECONDS[match[2]];
}

const emptyToUndefined = ({ value }: { value: unknown }): unknown =>
  value === '' ? undefined : value;

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Environment variables, validated at boot: a bad value stops start-up naming the variable. */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** External PostgreSQL; without it an embedded PostgreSQL is started. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  DATABASE_URL?: string;

  /**
   * The owner role that runs the migrations (external PostgreSQL); DATABASE_URL is then the
   * runtime role the service serves as (docs/security.md "Database roles").
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  DATABASE_OWNER_URL?: string;

  @IsString()
  EMBEDDED_PG_DIR = '.data/postgres';

  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  @IsIn(AUTH_MODES)
  AUTH_MODE: AuthMode = 'local';

  @ValidateIf((c: AppConfig) => c.AUTH_MODE === 'local')
  @IsString()
  @MinLength(32)
  AUTH_LOCAL_SIGNING_KEY: string = DEV_SIGNING_KEY;

  /**
   * The oldest token accepted, counted from its `iat` (seconds, or with a unit: 30m, 12h, 1d),
   * whatever its `exp` says: a stolen long-lived token stops working.
   */
  @Matches(DURATION, {
    message: 'AUTH_TOKEN_MAX_AGE must be a duration such as 3600, 30m, 12h or 1d',
  })
  AUTH_TOKEN_MAX_AGE = '12h';

  @ValidateIf((c: AppConfig) => c.AUTH_MODE === 'oidc')
  @IsString()
  OIDC_ISSUER?: string;

  @ValidateIf((c: AppConfig) => c.AUTH_MODE === 'oidc')
  @IsString()
  OIDC_AUDIENCE?: string;

  @ValidateIf((c: AppConfig) => c.AUTH_MODE === 'oidc')
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  OIDC_JWKS_URL?: string;

  /** The web client's client id at the identity provider (a public client: PKCE, no secret). */
  @ValidateIf((c: AppConfig) => c.AUTH_MODE === 'oidc')
  @IsString()
  @Matches(/^[\x21-\x7e]{1,200}$/, {
    message: 'OIDC_CLIENT_ID must be 1-200 printable characters without spaces',
  })
  OIDC_CLIENT_ID?: string;

  /** The scopes the web client asks for; `offline_access` gives the refresh token it renews with. */
  @Matches(/^(?:[\x21-\x7e]+ )*openid(?: [\x21-\x7e]+)*$/, {
    message: 'OIDC_SCOPE must be space-separated scopes including openid',
  })
  OIDC_SCOPE = 'openid offline_access';

  /** Minutes without keyboard or pointer activity after which the web client signs out. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(720)
  WEB_IDLE_MINUTES = 15;

  /**
   * The first start's municipal default of the clarification days; from then on the
   * database's settings win (`updateMunicipalitySettings`). Its range is the setting's.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(60)
  CLARIFICATION_DAYS = 14;

  @IsString()
  TZ_MUNICIPALITY = 'Europe/Oslo';

  /** Default months from handover to the follow-up. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(24)
  FOLLOW_UP_MONTHS = 3;

  /** The first start's language; from then on the database's settings win (municipal-wide). */
  @IsIn(LANGUAGES)
  MUNICIPALITY_LANGUAGE: MunicipalityLanguage = 'nb';

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /**
   * GraphQL operations per staff member per minute, per API instance (a token bucket that
   * holds one minute's worth, so short bursts pass). Beyond it: RATE_LIMITED.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_PER_MINUTE = 1200;

  /**
   * GraphQL requests per client address per minute without a valid token (none, expired or
   * forged), per API instance. Counted before the document is parsed.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_ANONYMOUS_PER_MINUTE = 120;

  /**
   * Redis that holds the rate-limit buckets for every API process and instance, so N of them
   * do not multiply the limit (`redis://[:password@]host:6379[/db]`, or `rediss://` for TLS).
   * Unset: each process keeps its own buckets. Redis unreachable: each process falls back to
   * its own until Redis answers again (docs/security.md "Rate limit").
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /** Prefix of the rate-limit keys in Redis: deployments that share one Redis keep apart. */
  @IsString()
  @Matches(/^[A-Za-z0-9:_.-]{1,64}$/, { message: 'REDIS_KEY_PREFIX: 1-64 of A-Z a-z 0-9 : _ . -' })
  REDIS_KEY_PREFIX = 'kartlegg:';

  /**
   * API processes serving the one PORT (node:cluster): 1 is a single process, no cluster.
   * The first process migrates and seeds, then starts this many workers and restarts any
   * that dies (README "Several processes").
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(64)
  WEB_CONCURRENCY = 1;

  /**
   * Which proxies in front of the API may name the client address (X-Forwarded-For), as
   * Express's `trust proxy`: `false` (the socket's address), a number of hops, or a list of
   * addresses and subnets (`loopback`, `10.0.0.0/8`, ...). `true` is refused: any client could
   * then choose its own address, and so its own rate-limit bucket.
   */
  @Validate(TrustProxyConstraint)
  TRUST_PROXY = 'false';

  /** Seed the demo municipality when the database is empty (default on for the embedded database). */
  @Transform(({ value }: { value: unknown }) =>
    value === undefined || value === '' ? undefined : value === 'true' || value === true,
  )
  @IsOptional()
  @IsBoolean()
  SEED_DEMO?: boolean;
}

export class ConfigError extends Error {}

/** Reads and validates the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const raw: Record<string, unknown> = {};
  for (const key of [
    ...known,
    'DATABASE_URL',
    'DATABASE_OWNER_URL',
    'OIDC_ISSUER',
    'OIDC_AUDIENCE',
    'OIDC_JWKS_URL',
    'OIDC_CLIENT_ID',
    'SEED_DEMO',
    'REDIS_URL',
  ]) {
    if (env[key] !== undefined) raw[key] = env[key];
  }
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const problems = validateSync(config, { whitelist: true }).map(
    (e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`,
  );
  if (!isValidTimeZone(config.TZ_MUNICIPALITY)) {
    problems.push(`TZ_MUNICIPALITY: unknown time zone "${config.TZ_MUNICIPALITY}"`);
  }
  if (config.DATABASE_OWNER_URL && !config.DATABASE_URL) {
    problems.push(
      'DATABASE_OWNER_URL: needs DATABASE_URL too (the runtime role the service serves as)',
    );
  }
  if (DURATION.test(config.AUTH_TOKEN_MAX_AGE)) {
    const seconds = tokenMaxAgeSeconds(config);
    if (seconds < 60 || seconds > MAX_TOKEN_AGE_LIMIT) {
      problems.push('AUTH_TOKEN_MAX_AGE: must be between one minute and 7 days');
    }
  }
  if (config.NODE_ENV === 'production' && config.AUTH_MODE === 'local') {
    problems.push('AUTH_MODE: "local" is for development and tests; production needs "oidc"');
  }
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return config;
}
