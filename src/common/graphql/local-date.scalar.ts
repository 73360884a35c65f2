import { GraphQLScalarType, Kind } from 'graphql';
import { isCalendarDay } from 'src/common/graphql/date-time.scalar';
import { badInput } from 'src/common/graphql/domain-error';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the text is a calendar day written YYYY-MM-DD (30 February is not). */
export function isLocalDate(value: unknown): value is string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  return isCalendarDay(y, m, d);
}

function parse(value: unknown): string {
  if (isLocalDate(value)) return value;
  throw badInput('INVALID_DATE', 'A Date is a calendar day written YYYY-MM-DD');
}

/** A local calendar day in the municipality (no time, no zone), e.g. a deadline date. */
export const LocalDateScalar = new GraphQLScalarType({
  name: 'Date',
  description: "A calendar day in the municipality's time zone, written YYYY-MM-DD.",
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : null),
});
