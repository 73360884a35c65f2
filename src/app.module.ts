import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Logger } from 'pino';
import { AuthGuard } from 'src/common/auth/auth.guard';
import { AuthService } from 'src/common/auth/auth.service';
import { AuthConfigController } from 'src/common/auth/auth-config.controller';
import { DevSignInController } from 'src/common/auth/dev-sign-in.controller';
import {
  createContextFactory,
  createWsConnectHandler,
  createWsErrorFormatter,
  createWsResultFormatter,
  createWsSubscribeGuard,
} from 'src/common/auth/gql-context';
import { SubscriberSockets } from 'src/common/auth/subscriber-sockets';
import { Clock } from 'src/common/clock';
import { graphqlArmor, wsValidate } from 'src/common/graphql/armor';
import { DateTimeScalar } from 'src/common/graphql/date-time.scalar';
import { formatGraphQLError } from 'src/common/graphql/error-formatter';
import { GraphQLExceptionPassthrough } from 'src/common/graphql/graphql-exception.filter';
import { CallerRateLimiter } from 'src/common/graphql/rate-limit';
import { LOGGER } from 'src/common/logging/logger';
import { APP_CONFIG, AppConfig } from 'src/config/app-config';
import { CoreModule } from 'src/core.module';
import { dataSourceOptions } from 'src/database/data-source';
import { HealthController } from 'src/health/health.controller';
import { AssessmentsModule } from 'src/modules/assessments/assessments.module';
import { AuditService } from 'src/modules/audit';
import { AuditModule } from 'src/modules/audit/audit.module';
import { auditFlushPlugin } from 'src/modules/audit/model';
import { CasesModule } from 'src/modules/cases/cases.module';
import { EmergencyAccessModule } from 'src/modules/emergency-access/emergency-access.module';
import { IdentityLoaders } from 'src/modules/identity';
import { IdentityModule } from 'src/modules/identity/identity.module';
import { withFastRelationFields } from 'src/common/graphql/fast-fields';
import type { GraphQLSchema } from 'graphql';
import { GoalPlansModule } from 'src/modules/goal-plans/goal-plans.module';
import { JournalModule } from 'src/modules/journal/journal.module';
import { DecisionsModule } from 'src/modules/decisions/decisions.module';
import { HandoverModule } from 'src/modules/handover/handover.module';
import { StatisticsModule } from 'src/modules/statistics/statistics.module';
import { ReferralsModule } from 'src/modules/referrals/referrals.module';
import { NodeModule } from 'src/modules/node/node.module';
import { SettingsModule } from 'src/modules/settings/settings.module';
import { AdjustmentsModule } from 'src/modules/adjustments/adjustments.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  logger: Logger;
  clock?: Clock;
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(options.config, options.logger, options.clock),
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl)),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [IdentityModule],
          inject: [
            AuthService,
            AuditService,
            APP_CONFIG,
            LOGGER,
            IdentityLoaders,
            CallerRateLimiter,
            SubscriberSockets,
          ],
          useFactory: (
            auth: AuthService,
            audit: AuditService,
            config: AppConfig,
            logger: Logger,
            identity: IdentityLoaders,
            limiter: CallerRateLimiter,
            sockets: SubscriberSockets,
          ) => {
            const production = config.NODE_ENV === 'production';
            // Limits on depth, cost, aliases, directives, tokens and fields (docs/security.md).
            // The rate limit runs before all of them, as Express middleware (app.factory.ts).
            const armor = graphqlArmor(production);
            return {
              path: '/graphql',
              autoSchemaFile: true,
              sortSchema: true,
              // Every `Date` field is our strict DateTime, not the built-in `new Date(value)`.
              buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
              transformSchema: (schema: GraphQLSchema) => withFastRelationFields(schema, identity),
              introspection: !production,
              playground: false,
              csrfPrevention: true,
              // One operation per HTTP request: a batch would multiply every other limit.
              allowBatchedHttpRequests: false,
              includeStacktraceInErrorResponses: false,
              validationRules: armor.validationRules,
              // @apollo/server's ESM and CJS typings differ; the plugin objects are the same.
              plugins: [
                // No HTTP caching of person data; and without it Apollo stops wrapping every
                // field resolver for the plugin (measured in docs/performance.md).
                ApolloServerPluginCacheControlDisabled(),
                ...armor.plugins,
                auditFlushPlugin(audit, (error) =>
                  logger.error({ err: error }, 'audit write failed; response withheld'),
                ),
                ...(production ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })]),
              ] as unknown as ApolloDriverConfig['plugins'],
              formatError: (formatted, error) =>
                formatGraphQLError(
                  formatted,
                  error,
                  (original) =>
                    logger.error({ err: original }, 'unexpected error in a GraphQL request'),
                  { hideSuggestions: production },
                ),
              context: createContextFactory(auth),
              subscriptions: {
                'graphql-ws': {
                  path: '/graphql',
                  // The rate limit and the document limits hold for WebSocket operations too.
                  onConnect: createWsConnectHandler(auth, limiter, sockets),
                  onSubscribe: createWsSubscribeGuard(auth, limiter) as never,
                  validate: wsValidate(armor.validationRules) as never,
                  // Refusals before execution and the error that ends a subscription (access
                  // lost at a delivery) get the error contract too.
                  onError: createWsErrorFormatter(
                    (original) =>
                      logger.error({ err: original }, 'unexpected error in a subscription'),
                    { hideSuggestions: production },
                  ) as never,
                  // Subscription errors get the same contract as HTTP ones (typings differ: ESM/CJS).
                  onNext: createWsResultFormatter(
                    (original) =>
                      logger.error({ err: original }, 'unexpected error in a subscription'),
                    { hideSuggestions: production },
                  ) as never,
                },
              },
            };
          },
        }),
        IdentityModule,
        CasesModule,
        ReferralsModule,
        AssessmentsModule,
        JournalModule,
        GoalPlansModule,
        DecisionsModule,
        HandoverModule,
        StatisticsModule,
        AuditModule,
        EmergencyAccessModule,
        NodeModule,
        SettingsModule,
        AdjustmentsModule,
      ],
      controllers: [HealthController, DevSignInController, AuthConfigController],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: GraphQLExceptionPassthrough },
      ],
    };
  }
}
