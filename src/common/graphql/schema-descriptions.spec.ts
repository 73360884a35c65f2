import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import {
  buildSchema,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';

// The descriptions are the API's manual (STYLE.md "GraphQL"): the client's developers read
// them in their editor and in the generated types. This reads the committed schema.graphql;
// test/e2e/schema.e2e-spec.ts makes sure that file is exactly what the server serves.

/** Every type, field, argument, input field and enum value without a description. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const lacks = (description: string | null | undefined) => !description?.trim();
  // Query, Mutation and Subscription are named by the schema itself; their fields carry the text.
  const roots = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map(
      (t) => t?.name,
    ),
  );
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!roots.has(type.name) && lacks(type.description)) missing.push(`type ${type.name}`);
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (lacks(value.description)) missing.push(`enum value ${type.name}.${value.name}`);
      }
    }
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (lacks(field.description)) missing.push(`field ${type.name}.${field.name}`);
        for (const arg of field.args) {
          if (lacks(arg.description)) {
            missing.push(`argument ${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (lacks(field.description)) missing.push(`input field ${type.name}.${field.name}`);
      }
    }
  }
  for (const directive of schema.getDirectives()) {
    for (const arg of directive.args) {
      if (lacks(arg.description)) missing.push(`argument @${directive.name}(${arg.name})`);
    }
  }
  return missing.sort();
}

describe('schema.graphql descriptions', () => {
  it('describes every type, field, argument, input field and enum value', () => {
    const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
    expect(undescribed(schema)).toEqual([]);
  });

  it('notices what lacks a description', () => {
    const schema = buildSchema(`
      """Reads."""
      type Query {
        """A case."""
        assessmentCase(id: ID!): Case
        count: Int
      }
      type Case {
        """Where it is in its lifecycle."""
        status: Status
      }
      """A status."""
      enum Status {
        """Being assessed."""
        ACTIVE
        CLOSED
      }
      """What to change."""
      input Change {
        reason: String
      }
    `);
    expect(undescribed(schema)).toEqual([
      'argument Query.assessmentCase(id)',
      'enum value Status.CLOSED',
      'field Query.count',
      'input field Change.reason',
      'type Case',
    ]);
  });
});
