import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { GqlContext } from 'src/common/auth/caller';
import { type AuditService } from 'src/modules/audit/audit.service';

/**
 * Writes the request's read and refusal audit events before the response is
 * sent. If the audit cannot be written, the person data is not sent either.
 */
export function auditFlushPlugin(
  audit: AuditService,
  onFailure: (error: unknown) => void,
): ApolloServerPlugin<GqlContext> {
  return {
    requestDidStart(): Promise<GraphQLRequestListener<GqlContext>> {
      const started = performance.now();
      return Promise.resolve({
        async willSendResponse({ contextValue, response }) {
          try {
            await audit.flush(contextValue.audit, contextValue.requestId, contextValue.actor);
          } catch (error) {
            onFailure(error);
            if (response.body.kind === 'single') {
              response.body.singleResult.data = null;
              response.body.singleResult.errors = [
                {
                  message: 'The audit trail could not be written; nothing was shown',
                  extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'AUDIT_UNAVAILABLE' },
                },
              ];
            }
          } finally {
            // Server-Timing (W3C): the audit's share of this request, for the benchmark and
            // browser dev tools; durations only, no data.
            const total = performance.now() - started;
            response.http.headers.set(
              'server-timing',
              `audit;dur=${contextValue.audit.spentMs.toFixed(2)}, app;dur=${total.toFixed(2)}`,
            );
          }
        },
      });
    },
  };
}
