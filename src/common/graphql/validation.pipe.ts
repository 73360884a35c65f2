import {
  type ArgumentMetadata,
  BadRequestException,
  HttpException,
  type ValidationError,
  ValidationPipe,
} from '@nestjs/common';
import { type FieldProblem } from 'src/common/graphql/domain-error';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own: FieldProblem[] = error.constraints
      ? [{ field, problems: Object.values(error.constraints) }]
      : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Nest hands pipes GraphQL arguments with this param type (@nestjs/graphql's GqlParamtype.ARGS). */
const GQL_ARGS = 3;

// A UTF-16 surrogate without its pair: not text, and it cannot be stored as sent.
const LONE_SURROGATE = /\p{Cs}/u;

/** Fields (by path) whose strings are not well-formed Unicode. */
function illFormed(value: unknown, path: string): string[] {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? [path || 'value'] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => illFormed(item, `${path}.${i}`));
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) =>
      illFormed(item, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

/**
 * Fields of `@Args('input')` are named from the argument (`input.text`), as GraphQL names
 * them; those of `@Args()` classes already are argument paths (`reason`, `input.text`).
 */
function withArgumentPath(error: BadRequestException, argument: string): BadRequestException {
  const fields = (error.getResponse() as { fields?: FieldProblem[] })?.fields;
  if (!Array.isArray(fields)) return error;
  return new BadRequestException({
    fields: fields.map((f) => ({ ...f, field: `${argument}.${f.field}` })),
  });
}

/**
 * The one global pipe: unknown fields refused, failing fields named in `extensions.fields`.
 * Strings must be well-formed Unicode, and a validator that stumbles on odd input (some
 * call encodeURI, which throws on a lone surrogate) refuses the input instead of crashing.
 */
class KartleggValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Client input only (GraphQL args, HTTP body/query/params), never the context or caller.
    const input = [GQL_ARGS, 'body', 'query', 'param'].includes(metadata.type as string | number);
    // The parent object of a field resolver, the context and the caller pass untouched:
    // transforming and validating every parent entity on every field was most of a list's cost.
    if (!input) return value;
    const bad = illFormed(value, metadata.data ?? '');
    if (bad.length) {
      throw new BadRequestException({
        fields: bad.map((field) => ({ field, problems: ['must be well-formed Unicode text'] })),
      });
    }
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof BadRequestException && metadata.data) {
        throw withArgumentPath(error, metadata.data);
      }
      if (error instanceof HttpException) throw error;
      throw new BadRequestException({
        fields: [{ field: metadata.data ?? 'input', problems: ['could not be validated'] }],
      });
    }
  }
}

export function createValidationPipe(): ValidationPipe {
  return new KartleggValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new BadRequestException({ fields: flatten(errors) }),
  });
}
