import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, type ValidationRule } from 'graphql';

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
    // Counted by maxTokensPlugin below, which answers 400 rather than Armor's 500.
    maxTokens: { enabled: false },
    // "Did you mean …?" maps the schema for an attacker when introspection is off.
    blockFieldSuggestion: { enabled: production },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins: [maxTokensPlugin(GRAPHQL_LIMITS.maxTokens), ...plugins], validationRules };
}

/** A document over the token limit (see maxTokensPlugin). */
class TooManyTokensError extends GraphQLError {}

/**
 * Counts the document's tokens with Armor's lexer before Apollo parses it, and stops at
 * the limit. Apollo turns anything thrown from `parsingDidStart` into a bare "Internal
 * server error" unless a plugin rethrows it from `unexpectedErrorProcessingRequest` (what
 * Armor's own plugin does, but it answers HTTP 500 and also throws on mere syntax errors):
 * this one answers HTTP 400 and leaves syntax errors to Apollo's parser.
 */
function maxTokensPlugin(n: number): ApolloServerPlugin {
  return {
    unexpectedErrorProcessingRequest({ error }) {
      return error instanceof TooManyTokensError ? Promise.reject(error) : Promise.resolve();
    },
    requestDidStart() {
      return Promise.resolve({
        parsingDidStart({ source }) {
          if (source === undefined) return Promise.resolve();
          try {
            new MaxTokensParserWLexer(source, { n }).parseDocument();
          } catch (error) {
            if (error instanceof GraphQLError && armorReason(error.message) === 'TOO_MANY_TOKENS') {
              return Promise.reject(
                new TooManyTokensError(error.message, {
                  extensions: { code: 'GRAPHQL_PARSE_FAILED', http: { status: 400 } },
                }),
              );
            }
          }
          return Promise.resolve();
        },
      });
    },
  };
}

/** Which limit an Armor refusal names (its messages are "Syntax Error: <Limit> limit of N exceeded, ..."). */
export function armorReason(message: string): string | null {
  if (/Query depth limit of \d+ exceeded/.test(message)) return 'QUERY_TOO_DEEP';
  if (/Query Cost limit of \d+ exceeded/.test(message)) return 'QUERY_TOO_COSTLY';
  if (/Aliases limit of \d+ exceeded/.test(message)) return 'TOO_MANY_ALIASES';
  if (/Directives limit of \d+ exceeded/.test(message)) return 'TOO_MANY_DIRECTIVES';
  if (/Token limit of \d+ exceeded/.test(message)) return 'TOO_MANY_TOKENS';
  return null;
}
