import helmet from 'helmet';

// Apollo's development landing page (the sandbox at GET /graphql) loads its scripts, styles,
// fonts and frame from Apollo's CDN; its own meta CSP then narrows them to a nonce.
const APOLLO_SANDBOX = {
  scriptSrc: [
    "'unsafe-inline'",
    'https://embeddable-sandbox.cdn.apollographql.com',
    'https://embeddable-explorer.cdn.apollographql.com',
    'https://apollo-server-landing-page.cdn.apollographql.com',
  ],
  styleSrc: ['https://fonts.googleapis.com'],
  fontSrc: ['https://fonts.gstatic.com'],
  imgSrc: ['https://apollo-server-landing-page.cdn.apollographql.com'],
  frameSrc: ['https://sandbox.embed.apollographql.com', 'https://explorer.embed.apollographql.com'],
  manifestSrc: ['https://apollo-server-landing-page.cdn.apollographql.com'],
};

/**
 * Standard security headers (helmet), X-Powered-By removed. The CSP keeps everything to
 * this origin (the API and, later, the web client's own assets); no page may frame us.
 * Outside production it also lets Apollo's sandbox load.
 */
export function securityHeaders(
  production: boolean,
  /** Origins the web client must reach besides ours: the identity provider (AUTH_MODE=oidc). */
  connectOrigins: string[] = [],
): ReturnType<typeof helmet> {
  const sandbox = production ? undefined : APOLLO_SANDBOX;
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'", ...connectOrigins],
        fontSrc: ["'self'", ...(sandbox?.fontSrc ?? [])],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        frameSrc: sandbox?.frameSrc ?? ["'none'"],
        imgSrc: ["'self'", 'data:', ...(sandbox?.imgSrc ?? [])],
        manifestSrc: ["'self'", ...(sandbox?.manifestSrc ?? [])],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'", ...(sandbox?.scriptSrc ?? [])],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'", ...(sandbox?.styleSrc ?? [])],
        ...(production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // No page of this app is meant to be framed (CSP frame-ancestors says so too).
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
