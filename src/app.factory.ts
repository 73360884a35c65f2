import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pinoHttp from 'pino-http';
import { AppModule, type AppModuleOptions } from 'src/app.module';
import { createValidationPipe } from 'src/common/graphql/validation.pipe';
import { PinoNestLogger } from 'src/common/logging/logger';
import { requestIdOf } from 'src/common/logging/request-id';
import { serveWebClient } from 'src/web-client/serve-web-client';

/** Builds the HTTP application; used by main.ts and by the e2e tests (with their own clock). */
export async function createApp(options: AppModuleOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    logger: new PinoNestLogger(options.logger),
    bodyParser: true,
  });
  app.useBodyParser('json', { limit: '1mb' });
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
  // The web client at `/` (web/dist, when built); /graphql, /health and /auth stay the API's.
  serveWebClient(app);
  app.useGlobalPipes(createValidationPipe());
  await app.init();
  return app;
}
