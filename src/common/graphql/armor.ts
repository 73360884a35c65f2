import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import {
  type DocumentNode,
  GraphQLError,
  Kind,
  specifiedRules,
  validate,
  type ValidationRule,
  visit,
} from 'graphql';

/**
 * Limits on the shape of a GraphQL document (GraphQL Armor), documented in
 * docs/security.md. Sized from the largest operation the client and tests send, with room.
 * Refusals leave as BAD_USER_INPUT with `extensions.reason` naming the limit.
 */
export const GRAPHQL_LIMITS = {
  /** Nesting of selections, leaf included: the deepest operation the tests send is 7. */
  maxDepth: 12,
  /** Armor's cost estimate (objects 2, scalars 1, ×1.5 per level, × a literal `first`); tests peak at ~2 500. */
  maxCost: 20_000,
  /** Aliased fields in one document: stops "one request, a thousand lookups". */
  maxAliases: 15,
  /** Directives in one document. */
  maxDirectives: 10,
  /** Lexical tokens in one document (values in variables do not count). */
  maxTokens: 3_000,
  /**
   * Field selections written in one document (fragments counted once, where written). Bounds
   * graphql-js's overlapping-fields check, quadratic in repeated fields (docs/security.md):
   * the largest operation of the tests and benchmarks selects 33 fields.
   */
  maxFields: 200,
} as const;

/** Apollo plugins and validation rules of GraphQL Armor; suggestions are hidden in production. */
export function graphqlArmor(production: boolean): {
  plugins: unknown[];
  validationRules: ValidationRule[];
} {
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, flattenFragments: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    // Counted by documentLimitsPlugin below, which answers 400 rather than Armor's 500.
    maxTokens: { enabled: false },
    // "Did you mean …?" maps the schema for an attacker when introspection is off.
    blockFieldSuggestion: { enabled: production },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins: [documentLimitsPlugin(), ...plugins], validationRules };
}

/** A document over the token or field limit (see documentLimitsPlugin). */
class DocumentLimitError extends GraphQLError {}

/** Field nodes written in the document, in one linear walk. */
export function countFields(document: DocumentNode): number {
  let fields = 0;
  visit(document, {
    [Kind.FIELD]() {
      fields++;
    },
  });
  return fields;
}

/**
 * The limits that must hold before a document is validated: its tokens (counted by Armor's
 * lexer while parsing, so an oversized document is never parsed whole) and its field
 * selections (validation is quadratic in repeated fields). Answers the refusal, or null when
 * the document is within both or is not valid syntax (Apollo's own parser reports that).
 */
export function documentLimitError(source: string): GraphQLError | null {
  let document: DocumentNode;
  try {
    document = new MaxTokensParserWLexer(source, { n: GRAPHQL_LIMITS.maxTokens }).parseDocument();
  } catch (error) {
    if (error instanceof GraphQLError && armorReason(error.message) === 'TOO_MANY_TOKENS') {
      return limitError(error.message);
    }
    return null;
  }
  const fields = countFields(document);
  if (fields > GRAPHQL_LIMITS.maxFields) {
    return limitError(
      `Syntax Error: Field limit of ${GRAPHQL_LIMITS.maxFields} exceeded, found ${fields}.`,
    );
  }
  return null;
}

function limitError(message: string): DocumentLimitError {
  return new DocumentLimitError(message, {
    extensions: { code: 'GRAPHQL_PARSE_FAILED', http: { status: 400 } },
  });
}

/**
 * Applies documentLimitError before Apollo parses the document. Apollo turns anything thrown
 * from `parsingDidStart` into a bare "Internal server error" unless a plugin rethrows it from
 * `unexpectedErrorProcessingRequest` (what Armor's own token plugin does, but it answers HTTP
 * 500 and also throws on mere syntax errors): this one answers HTTP 400 and leaves syntax
 * errors to Apollo's parser. Validation rules cannot do it: the specified rules, the
 * overlapping-fields check among them, run before any custom rule.
 */
function documentLimitsPlugin(): ApolloServerPlugin {
  return {
    unexpectedErrorProcessingRequest({ error }) {
      return error instanceof DocumentLimitError ? Promise.reject(error) : Promise.resolve();
    },
    requestDidStart() {
      return Promise.resolve({
        parsingDidStart({ source }) {
          const refusal = source === undefined ? null : documentLimitError(source);
          return refusal ? Promise.reject(refusal) : Promise.resolve();
        },
      });
    },
  };
}

/**
 * graphql-ws options that give a WebSocket operation the limits of an HTTP one: the document
 * limits before parsing (in `onSubscribe`, which the caller extends) and Armor's rules in
 * validation (graphql-ws validates with the specified rules only, and Apollo's plugins never
 * see a WebSocket message).
 */
export function wsValidate(
  armorRules: ValidationRule[],
): (schema: Parameters<typeof validate>[0], document: DocumentNode) => readonly GraphQLError[] {
  const rules = [...specifiedRules, ...armorRules];
  return (schema, document) => validate(schema, document, rules);
}

/** Which limit an Armor refusal names (its messages are "Syntax Error: <Limit> limit of N exceeded, ..."). */
export function armorReason(message: string): string | null {
  if (/Query depth limit of \d+ exceeded/.test(message)) return 'QUERY_TOO_DEEP';
  if (/Query Cost limit of \d+ exceeded/.test(message)) return 'QUERY_TOO_COSTLY';
  if (/Aliases limit of \d+ exceeded/.test(message)) return 'TOO_MANY_ALIASES';
  if (/Directives limit of \d+ exceeded/.test(message)) return 'TOO_MANY_DIRECTIVES';
  if (/Token limit of \d+ exceeded/.test(message)) return 'TOO_MANY_TOKENS';
  if (/Field limit of \d+ exceeded/.test(message)) return 'TOO_MANY_FIELDS';
  return null;
}
