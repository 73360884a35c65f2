import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parse(value: unknown): string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (match) {
    const [, y, m, d] = match.map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) {
      return value as string;
    }
  }
  throw new GraphQLError('A Date is a calendar day written YYYY-MM-DD', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** A local calendar day in the municipality (no time, no zone), e.g. a deadline date. */
export const LocalDateScalar = new GraphQLScalarType({
  name: 'Date',
  description: "A calendar day in the municipality's time zone, written YYYY-MM-DD.",
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : null),
});
