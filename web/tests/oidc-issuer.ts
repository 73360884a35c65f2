import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import Provider from 'oidc-provider';

/**
 * A real OpenID Connect provider (panva's oidc-provider) on 127.0.0.1 for the browser tests of
 * AUTH_MODE=oidc: PKCE required (S256), JWT access tokens for the API's audience with a short
 * lifetime, refresh tokens, RP-initiated logout. Every authorization request is signed in at
 * once as `subject` (no login form: the form is the identity provider's, not ours).
 */
export interface LocalIssuer {
  url: string;
  /** Token requests by grant type, to observe a silent renewal. */
  tokenRequests: { grant: string; at: number }[];
  /** The subject the next sign-in is for. */
  subject: string;
  close(): Promise<void>;
}

export interface LocalIssuerOptions {
  port: number;
  clientId: string;
  /** The web client's origin, e.g. http://127.0.0.1:3414. */
  appOrigin: string;
  audience: string;
  subject: string;
  accessTokenSeconds: number;
}

export async function startLocalIssuer(options: LocalIssuerOptions): Promise<LocalIssuer> {
  const url = `http://127.0.0.1:${options.port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig' };
  const issuer: LocalIssuer = {
    url,
    tokenRequests: [],
    subject: options.subject,
    close: async () => undefined,
  };

  const provider = new Provider(url, {
    clients: [
      {
        client_id: options.clientId,
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: [`${options.appOrigin}/sign-in/callback`],
        post_logout_redirect_uris: [`${options.appOrigin}/sign-in`],
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: ['local-issuer-cookie-key-for-tests-only'] },
    pkce: { required: () => true },
    scopes: ['openid', 'offline_access'],
    claims: { openid: ['sub'] },
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub }) }),
    // Always a refresh token for this public client: it is how the web client renews.
    issueRefreshToken: () => true,
    ttl: {
      AccessToken: options.accessTokenSeconds,
      IdToken: options.accessTokenSeconds,
      AuthorizationCode: 60,
      RefreshToken: 3600,
      Grant: 3600,
      Session: 3600,
      Interaction: 600,
    },
    clientBasedCORS: (_ctx, origin) => origin === options.appOrigin,
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => options.audience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== options.audience) throw new Error('unknown resource');
          return {
            scope: 'api',
            audience: options.audience,
            accessTokenTTL: options.accessTokenSeconds,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        // The confirmation form is submitted at once: a test has no one to press it.
        logoutSource: (ctx, form) => {
          ctx.body = `<!doctype html><html><body>${form}<script>
            const f = document.getElementById('op.logoutForm');
            const i = document.createElement('input');
            i.type = 'hidden'; i.name = 'logout'; i.value = 'yes';
            f.appendChild(i); f.submit();
          </script></body></html>`;
        },
      },
    },
  });
  provider.on('grant.success', (ctx) => {
    const grant = (ctx.oidc.params?.grant_type as string | undefined) ?? 'unknown';
    issuer.tokenRequests.push({ grant, at: Date.now() });
  });

  const callback = provider.callback();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.startsWith('/interaction/')) {
      void signInAtOnce(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    void callback(req, res);
  });

  // The interaction: sign in as the configured subject and grant what was asked.
  async function signInAtOnce(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    const clientId = details.params.client_id as string;
    const grant = details.grantId
      ? ((await provider.Grant.find(details.grantId)) as InstanceType<typeof provider.Grant>)
      : new provider.Grant({ accountId: issuer.subject, clientId });
    grant.addOIDCScope('openid offline_access');
    grant.addResourceScope(options.audience, 'api');
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: issuer.subject }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  }

  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  issuer.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return issuer;
}
