import { Field, ID, InterfaceType } from '@nestjs/graphql';

/** What `node(id)` answers: the object, tagged with its GraphQL type. */
export type TaggedNode = object & { __typename: string };

/**
 * An object with an identity of its own (Relay's Node): a uuid, unique across every type, so
 * the client caches it as one thing and `node(id)` finds it again.
 */
@InterfaceType('Node', {
  description:
    "An object with an identity of its own. Its `id` is a uuid, unique across every type: `node(id)` reads it again, with the access check and audit of the type's own read.",
  // `node(id)` tags what it answers with its type (the services answer plain rows as well as entities).
  resolveType: (value: Partial<TaggedNode>) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'The uuid of the object, unique across every type.' })
  id: string;
}
