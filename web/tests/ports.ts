// Ports of the browser tests' servers; each helper or CI run sets its own WEB_TEST_PORT and
// WEB_TEST_PG_PORT, and the OIDC-mode server and its local issuer sit beside them.
const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);

export const port = env('WEB_TEST_PORT', 3199);
export const pgPort = env('WEB_TEST_PG_PORT', 54399);
/** The second server, AUTH_MODE=oidc, against the local issuer. */
export const oidcPort = env('WEB_TEST_OIDC_PORT', port + 200);
export const oidcPgPort = env('WEB_TEST_OIDC_PG_PORT', pgPort + 100);
/** The local OpenID Connect provider the OIDC test starts. */
export const issuerPort = env('WEB_TEST_ISSUER_PORT', port + 100);

export const OIDC_CLIENT_ID = 'kartlegg-web';
export const OIDC_AUDIENCE = 'urn:kartlegg:api';
