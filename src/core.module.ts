import cluster from 'node:cluster';
import { DynamicModule, Global, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { AuthService } from 'src/common/auth/auth.service';
import { SubscriberSockets } from 'src/common/auth/subscriber-sockets';
import { CLOCK, Clock, systemClock } from 'src/common/clock';
import { PrimaryBuckets } from 'src/cluster/primary';
import { CallerRateLimiter } from 'src/common/graphql/rate-limit';
import { RedisBuckets } from 'src/common/graphql/shared-rate-limit';
import { LOGGER } from 'src/common/logging/logger';
import { APP_CONFIG, AppConfig } from 'src/config/app-config';
import { AccessPolicyService } from 'src/modules/access';
import { AuditService } from 'src/modules/audit';

/**
 * What every module needs: config, clock, logger, authentication, rate limit, policy, audit,
 * open sockets.
 */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, logger: Logger, clock: Clock = systemClock): DynamicModule {
    const providers = [
      { provide: APP_CONFIG, useValue: config },
      { provide: CLOCK, useValue: clock },
      { provide: LOGGER, useValue: logger },
      AuthService,
      AccessPolicyService,
      AuditService,
      // One set of rate-limit buckets for HTTP (app.factory.ts) and WebSocket (app.module.ts);
      // in Redis with REDIS_URL, shared by every process and instance; else in a cluster's
      // primary, shared by the instance's processes.
      {
        provide: CallerRateLimiter,
        useValue: new CallerRateLimiter(
          {
            perUserPerMinute: config.RATE_LIMIT_PER_MINUTE,
            anonymousPerMinute: config.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
          },
          undefined,
          config.REDIS_URL
            ? new RedisBuckets(config.REDIS_URL, config.REDIS_KEY_PREFIX, logger)
            : cluster.isWorker
              ? new PrimaryBuckets()
              : undefined,
        ),
      },
      SubscriberSockets,
    ];
    return {
      module: CoreModule,
      providers,
      exports: [
        APP_CONFIG,
        CLOCK,
        LOGGER,
        AuthService,
        AccessPolicyService,
        AuditService,
        CallerRateLimiter,
        SubscriberSockets,
      ],
    };
  }
}
