import {
  type ASTNode,
  type DocumentNode,
  type GraphQLError,
  Kind,
  parse,
  type Source,
  visit,
} from 'graphql';
import { type FieldProblem } from 'src/common/graphql/domain-error';

/** `input.scores[1].score` → `input.scores.1.score`: list items named like the validation pipe. */
export function dottedPath(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1');
}

/**
 * The argument path of a node inside an operation (`input.from`, `reason`): the argument's
 * name, then the names of the input fields and list positions down to the node.
 */
function argumentPathsOf(
  document: DocumentNode,
  matches: (node: ASTNode, ancestors: readonly unknown[]) => boolean,
): string[] {
  const found: string[] = [];
  visit(document, {
    enter(node, _key, _parent, path, ancestors) {
      if (!matches(node, ancestors)) return undefined;
      const names: string[] = [];
      let current: unknown = document;
      let holder: unknown;
      for (const key of path) {
        const parent = current;
        current = (parent as Record<string | number, unknown>)[key];
        // A position in a list value counts; one in `arguments` or `fields` does not.
        if (Array.isArray(parent) && (holder as ASTNode | undefined)?.kind === Kind.LIST) {
          names.push(String(key));
        }
        holder = parent;
        const child = current as ASTNode;
        if (child.kind === Kind.ARGUMENT || child.kind === Kind.OBJECT_FIELD) {
          names.push(child.name.value);
        }
      }
      if (names.length) found.push(names.join('.'));
      return undefined;
    },
  });
  return found;
}

function documentOf(error: GraphQLError): DocumentNode | undefined {
  const source: Source | undefined = error.source ?? error.nodes?.[0]?.loc?.source;
  if (!source) return undefined;
  try {
    return parse(source);
  } catch {
    return undefined;
  }
}

/**
 * Names the input a GraphQL error is about by its argument path, like the validation pipe
 * names fields: `Variable "$input" got invalid value … at "input.from"` and an inline
 * `from: "x"` both become `input.from`. A variable bound to one argument is named by that
 * argument (`$when` passed as `from` is `from`).
 */
export function fieldsOfGraphQLError(error: GraphQLError, message: string): FieldProblem[] {
  const variable = /^Variable "\$([^"]+)" got invalid value .*? at "([^"]+)"; (.*)$/s.exec(message);
  const wholeVariable = /^Variable "\$([^"]+)" got invalid value [^;]*; (.*)$/s.exec(message);
  if (variable || wholeVariable) {
    const name = variable ? variable[1] : wholeVariable![1];
    const rest = variable ? dottedPath(variable[2]).slice(name.length) : '';
    const problem = variable ? variable[3] : wholeVariable![2];
    const document = documentOf(error);
    const usages = document
      ? [
          ...new Set(
            argumentPathsOf(
              document,
              (node, ancestors) =>
                node.kind === Kind.VARIABLE &&
                node.name.value === name &&
                !ancestors.some((a) => (a as ASTNode)?.kind === Kind.VARIABLE_DEFINITION),
            ),
          ),
        ]
      : [];
    const base = usages.length === 1 ? usages[0] : name;
    return [{ field: base + rest, problems: [problem] }];
  }
  // An inline value refused by its type (a scalar's parseLiteral, an unknown enum value, ...).
  const node = error.nodes?.[0];
  const document = node?.loc ? documentOf(error) : undefined;
  if (node?.loc && document) {
    const start = node.loc.start;
    const paths = argumentPathsOf(
      document,
      (candidate) => candidate.kind === node.kind && candidate.loc?.start === start,
    );
    if (paths.length === 1) return [{ field: paths[0], problems: [message] }];
  }
  return [];
}
