import cluster from 'node:cluster';
import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from 'src/common/auth/public.decorator';
import { CallerRateLimiter } from 'src/common/graphql/rate-limit';
import { APP_CONFIG, type AppConfig } from 'src/config/app-config';

/**
 * Liveness and database reachability for load balancers: 200 or 503. With REDIS_URL also
 * whether Redis answers (`redis: up|down`; down is still 200: the rate limit then falls back
 * to each process's own buckets). Under WEB_CONCURRENCY > 1, which worker answered
 * (`worker`: 1 … N, the cluster's numbering, restarted workers get the next number).
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly limiter: CallerRateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const extra = {
      ...(this.config.REDIS_URL ? { redis: this.limiter.mode === 'shared' ? 'up' : 'down' } : {}),
      ...(cluster.isWorker && cluster.worker ? { worker: cluster.worker.id } : {}),
    };
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000)),
      ]);
      res.status(HttpStatus.OK).json({ status: 'ok', database: 'up', ...extra });
    } catch {
      res
        .status(HttpStatus.SERVICE_UNAVAILABLE)
        .json({ status: 'unavailable', database: 'down', ...extra });
    }
  }
}
