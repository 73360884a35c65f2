import { Controller, Get, Inject } from '@nestjs/common';
import { Public } from 'src/common/auth/public.decorator';
import { APP_CONFIG, type AppConfig, type AuthMode } from 'src/config/app-config';

/** What the web client needs to sign in; public, and nothing in it is a secret or person data. */
export interface WebAuthConfig {
  mode: AuthMode;
  /** The identity provider (AUTH_MODE=oidc), else null. */
  issuer: string | null;
  /** The web client's public client id there (authorization code with PKCE), else null. */
  clientId: string | null;
  scope: string | null;
  /** Minutes without activity after which the client signs out. */
  idleMinutes: number;
}

export function webAuthConfig(config: AppConfig): WebAuthConfig {
  const oidc = config.AUTH_MODE === 'oidc';
  return {
    mode: config.AUTH_MODE,
    issuer: oidc ? (config.OIDC_ISSUER ?? null) : null,
    clientId: oidc ? (config.OIDC_CLIENT_ID ?? null) : null,
    scope: oidc ? config.OIDC_SCOPE : null,
    idleMinutes: config.WEB_IDLE_MINUTES,
  };
}

/** The identity provider's origin, which the web client's CSP must let it reach (discovery, token). */
export function identityProviderOrigins(config: AppConfig): string[] {
  if (config.AUTH_MODE !== 'oidc' || !config.OIDC_ISSUER) return [];
  try {
    return [new URL(config.OIDC_ISSUER).origin];
  } catch {
    return [];
  }
}

/** `GET /auth/config`: the same client build signs in by either mode. */
@Controller('auth')
export class AuthConfigController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Get('config')
  get(): WebAuthConfig {
    return webAuthConfig(this.config);
  }
}
