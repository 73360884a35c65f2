import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Paths the API owns; everything else under `/` is the web client. */
const API_PATHS = /^\/(graphql|health|auth)(\/|$|\?)/;

/**
 * Serves the built web client (`web/dist`) at `/`, with `index.html` for the client's own
 * routes (`/cases/…` on reload). GraphQL over HTTP and WebSocket at `/graphql` is untouched.
 * Without a build (API-only work, most e2e tests) nothing is served.
 */
export function serveWebClient(app: NestExpressApplication, dir = resolve('web/dist')): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  // Hashed file names: a new build has new names, so the files can be cached for good.
  app.useStaticAssets(join(dir, 'assets'), { prefix: '/assets', immutable: true, maxAge: '1y' });
  app.useStaticAssets(dir, { index: false, maxAge: 0 });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path)) return next();
    if (req.path.startsWith('/assets/') || !req.accepts('html')) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
