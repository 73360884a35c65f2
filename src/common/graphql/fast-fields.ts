import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import type { Caller, GqlContext } from 'src/common/auth/caller';
import type { IdentityLoaders } from 'src/modules/identity';
import { type JournalKind, SYSTEM_KINDS } from 'src/modules/journal/model';

type Resolve = GraphQLFieldResolver<Record<string, string>, GqlContext>;

/**
 * The hottest relation fields of list pages, resolved straight from the per-request
 * DataLoaders instead of through Nest's per-call resolver wrapper (measured in
 * docs/performance.md: a large share of a 300-case dashboard). The same loaders as the
 * `@ResolveField`s they replace; access was checked and audited on the parent object.
 */
export function withFastRelationFields(
  schema: GraphQLSchema,
  identity: IdentityLoaders,
): GraphQLSchema {
  const caller = (context: GqlContext) => context as unknown as Caller;
  const set = (typeName: string, fieldName: string, resolve: Resolve) => {
    const type = schema.getType(typeName) as
      { getFields?: () => Record<string, { resolve?: unknown }> } | undefined;
    const field = type?.getFields?.()[fieldName];
    if (!field) throw new Error(`schema has no ${typeName}.${fieldName}`);
    field.resolve = resolve;
  };
  set('AssessmentCase', 'patient', (kase, _args, context) =>
    identity.patient(caller(context), kase.patientId),
  );
  set('AssessmentCase', 'coordinator', (kase, _args, context) =>
    identity.staff(caller(context), kase.coordinatorId),
  );
  set('AssessmentCase', 'team', (kase, _args, context) =>
    identity.team(caller(context), kase.teamId),
  );
  set('JournalEntry', 'author', (entry, _args, context) =>
    identity.staff(caller(context), entry.authorId),
  );
  set('JournalEntry', 'isSystem', (entry) => SYSTEM_KINDS.includes(entry.kind as JournalKind));
  return schema;
}
