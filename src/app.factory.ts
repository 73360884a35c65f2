import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pinoHttp from 'pino-http';
import { AppModule, type AppModuleOptions } from 'src/app.module';
import { AuthService } from 'src/common/auth/auth.service';
import { CallerRateLimiter, rateLimitMiddleware } from 'src/common/graphql/rate-limit';
import { createValidationPipe } from 'src/common/graphql/validation.pipe';
import { PinoNestLogger } from 'src/common/logging/logger';
import { securityHeaders } from 'src/common/security-headers';
import { identityProviderOrigins } from 'src/common/auth/auth-config.controller';
import { requestIdOf } from 'src/common/logging/request-id';
import { parseTrustProxy } from 'src/config/trust-proxy';
import { serveWebClient } from 'src/web-client/serve-web-client';

/** Builds the HTTP application; used by main.ts and by the e2e tests (with their own clock). */
export async function createApp(options: AppModuleOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    logger: new PinoNestLogger(options.logger),
    bodyParser: true,
  });
  // Which proxies may name the client address (req.ip), for the per-address rate limit.
  app.set('trust proxy', parseTrustProxy(options.config.TRUST_PROXY) ?? false);
  app.use(
    securityHeaders(
      options.config.NODE_ENV === 'production',
      identityProviderOrigins(options.config),
    ),
  );
  app.use(
    pinoHttp({
      logger: options.logger,
      genReqId: (req, res) => requestIdOf(req, res),
      // Method, path, status and timing only: bodies and headers may hold person data.
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === '/health' },
    }),
  );
  // Before the body is read and the document parsed or validated: a refused request is cheap.
  const auth = app.get(AuthService);
  app.use(
    '/graphql',
    rateLimitMiddleware(app.get(CallerRateLimiter), (authorization) =>
      auth.verifiedSubject(authorization),
    ),
  );
  app.useBodyParser('json', { limit: '1mb' });
  // The web client at `/` (web/dist, when built); /graphql, /health and /auth stay the API's.
  serveWebClient(app);
  app.useGlobalPipes(createValidationPipe());
  await app.init();
  return app;
}
