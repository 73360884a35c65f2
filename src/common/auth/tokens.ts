import { createSecretKey, type KeyObject } from 'node:crypto';
import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import { type AppConfig, tokenMaxAgeSeconds } from 'src/config/app-config';
import { type DomainError, refuse } from 'src/common/graphql/domain-error';

export const LOCAL_ISSUER = 'kartlegg-local';
export const LOCAL_AUDIENCE = 'kartlegg';

function unauthenticated(reason: 'TOKEN_INVALID' | 'TOKEN_EXPIRED', message: string): DomainError {
  return refuse(reason, message);
}

/** Signs a development/test token for a staff subject with the local key. */
export async function signLocalToken(
  subject: string,
  signingKey: string,
  options: { expiresIn?: string | number; issuedAt?: number } = {},
): Promise<string> {
  const jwt = new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt(options.issuedAt)
    .setExpirationTime(options.expiresIn ?? '8h');
  return jwt.sign(new TextEncoder().encode(signingKey));
}

export type TokenVerifier = (token: string) => Promise<string>;

/** Clock difference allowed between the identity provider and us, in seconds. */
export const CLOCK_TOLERANCE_SECONDS = 60;

/**
 * Builds the verifier for the configured mode; it answers the token's subject
 * or throws UNAUTHENTICATED. OIDC keys come from the provider's JWKS (cached by jose).
 */
export function createTokenVerifier(config: AppConfig): TokenVerifier {
  // One key object for the process: a raw key would be imported again on every request.
  const localKey =
    config.AUTH_MODE === 'local'
      ? createSecretKey(Buffer.from(config.AUTH_LOCAL_SIGNING_KEY))
      : undefined;
  // Every token needs an `iat` no more than a minute ahead and at most AUTH_TOKEN_MAX_AGE
  // behind, whatever its `exp` says (jose checks both only when maxTokenAge is set).
  const age = {
    maxTokenAge: tokenMaxAgeSeconds(config),
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
    requiredClaims: ['sub', 'exp', 'iat'],
  };
  const verify = async (token: string): Promise<JWTPayload> => {
    if (config.AUTH_MODE === 'oidc') {
      const jwks = jwksFor(config.OIDC_JWKS_URL as string);
      const { payload } = await jwtVerify(token, jwks, {
        issuer: config.OIDC_ISSUER,
        audience: config.OIDC_AUDIENCE,
        ...age,
      });
      return payload;
    }
    const { payload } = await jwtVerify(token, localKey as KeyObject, {
      issuer: LOCAL_ISSUER,
      audience: LOCAL_AUDIENCE,
      algorithms: ['HS256'],
      ...age,
    });
    return payload;
  };
  return async (token: string) => {
    try {
      const payload = await verify(token);
      // Said again here so that no change of options lets a token from the future through.
      if ((payload.iat as number) > Date.now() / 1000 + CLOCK_TOLERANCE_SECONDS) {
        throw unauthenticated('TOKEN_INVALID', 'The token is not valid');
      }
      return payload.sub as string;
    } catch (error) {
      if (error instanceof errors.JWTExpired) {
        throw unauthenticated('TOKEN_EXPIRED', 'The token has expired');
      }
      if (error instanceof errors.JOSEError || error instanceof TypeError) {
        throw unauthenticated('TOKEN_INVALID', 'The token is not valid');
      }
      throw error;
    }
  };
}

const jwksSets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
function jwksFor(url: string): ReturnType<typeof createRemoteJWKSet> {
  let set = jwksSets.get(url);
  if (!set) {
    set = createRemoteJWKSet(new URL(url));
    jwksSets.set(url, set);
  }
  return set;
}
