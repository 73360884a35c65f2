import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  isLeafType,
} from 'graphql';
import { nationalIdOfDay, openCaseViaApi } from 'test/factories/cases';
import { createTestApp, type GqlResult, idOfDistrict, type TestApp } from 'test/utils/test-app';

/*
 * Every mutation of the running schema gets random and hostile arguments (fast-check),
 * built from its argument types: very long strings, control characters and NUL bytes,
 * mixed scripts, emoji, negative and huge numbers, wrong and foreign ids, dates far in
 * the past and future. Each answer must be a success or a structured error of the
 * contract (never INTERNAL_SERVER_ERROR), and a refused call must leave the domain
 * tables as they were (its audit row aside). New mutations are covered as they appear.
 */
/** The issue's floor: at least this many generated calls over all mutations, counted. */
const MIN_GENERATED_CALLS = 10_000;
const STRUCTURED = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
];

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'før\u0000etter',
  '\u0007\u001b[31mrød\u001b[0m',
  'linje 1\r\nlinje 2\ttab',
  '\u202eevil override',
  '\ud800',
  'Ærlig Øystein Åsen på Værøy',
  'Ωμέγα Кириллица 漢字 עברית العربية ไทย',
  '👩🏽‍⚕️🏥💊🧓🏻 helse',
  "'; DROP TABLE patients; --",
  '<script>alert(1)</script>',
  '${jndi:ldap://127.0.0.1/a}',
  '\\',
  '%s%s%n',
  '\u00a0\u2003\u200b',
  'x'.repeat(100_000),
  'ø'.repeat(30_000),
  '🧓'.repeat(10_000),
];

const HOSTILE_INTS: unknown[] = [
  0,
  -1,
  1,
  3,
  -2147483648,
  2147483647,
  2147483648,
  -99999999999,
  9007199254740993,
  1.5,
  '7',
];
const DATE_TIMES = [
  '0001-01-01T00:00:00Z',
  '1900-01-01T00:00:00Z',
  '1969-12-31T23:59:59.999Z',
  '2026-03-02T08:00:00Z',
  '2100-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '+275760-09-13T00:00:00.000Z',
  '2026-02-30T00:00:00Z',
  'i går',
  '',
];
const LOCAL_DATES = [
  '0001-01-01',
  '1900-01-01',
  '2026-03-02',
  '2026-03-20',
  '2026-02-29',
  '2026-13-01',
  '9999-12-31',
  '99999-01-01',
  '2026-3-2',
  '',
];

/** Ids a hostile caller might send: real ones of every kind, foreign ones, and garbage. */
interface IdPools {
  byHint: Record<string, string[]>;
  all: string[];
}

function hintOf(name: string): string | null {
  const lower = name.toLowerCase();
  for (const hint of [
    'case',
    'patient',
    'referral',
    'entry',
    'team',
    'unit',
    'district',
    'coordinator',
    'staff',
  ]) {
    if (lower.includes(hint)) return hint === 'coordinator' ? 'staff' : hint;
  }
  return null;
}

function idArbitrary(name: string, pools: IdPools): fc.Arbitrary<unknown> {
  const hinted = pools.byHint[hintOf(name) ?? ''] ?? [];
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...(hinted.length ? hinted : pools.all)) },
    { weight: 1, arbitrary: fc.constantFrom(...pools.all) },
    { weight: 1, arbitrary: fc.uuid() },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        'not-a-uuid',
        '00000000-0000-0000-0000-000000000000',
        "1' OR '1'='1",
        'x'.repeat(5000),
        12345,
      ),
    },
  );
}

function stringArbitrary(name: string): fc.Arbitrary<unknown> {
  const plausible: Record<string, fc.Arbitrary<string>> = {
    // Valid numbers (born 1998–2014, none registered yet) and random digits.
    nationalid: fc.oneof(
      fc.integer({ min: 14_000, max: 20_000 }).map(nationalIdOfDay),
      fc.stringMatching(/^[0-9]{11}$/),
    ),
    email: fc.emailAddress(),
  };
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }) },
    {
      weight: 2,
      arbitrary: plausible[name.toLowerCase()] ?? fc.constantFrom('Vurdering', 'Notat'),
    },
  );
}

/** Values for one input type; mostly of the declared type, sometimes not. */
function valueArbitrary(
  type: GraphQLInputType,
  name: string,
  pools: IdPools,
  depth: number,
): fc.Arbitrary<unknown> {
  const required = type instanceof GraphQLNonNull;
  const inner = getNullableType(type);
  let arbitrary: fc.Arbitrary<unknown>;
  if (inner instanceof GraphQLList) {
    arbitrary = fc.array(valueArbitrary(inner.ofType as GraphQLInputType, name, pools, depth + 1), {
      maxLength: depth > 2 ? 0 : 3,
    });
  } else if (inner instanceof GraphQLInputObjectType) {
    const fields = Object.values(inner.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) {
      record[field.name] =
        depth > 3 ? fc.constant(null) : valueArbitrary(field.type, field.name, pools, depth + 1);
    }
    // Optional fields are sometimes left out, as a real client would.
    arbitrary = fc.record(record, {
      requiredKeys: fields.filter((f) => f.type instanceof GraphQLNonNull).map((f) => f.name),
    });
  } else if (inner instanceof GraphQLEnumType) {
    arbitrary = fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...inner.getValues().map((v) => v.value as string)) },
      { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', '', 'note') },
    );
  } else if (inner instanceof GraphQLScalarType) {
    switch (inner.name) {
      case 'ID':
        arbitrary = idArbitrary(name, pools);
        break;
      case 'Int':
        arbitrary = fc.oneof(fc.constantFrom(...HOSTILE_INTS), fc.integer());
        break;
      case 'Float':
        arbitrary = fc.oneof(
          fc.constantFrom(0, -0.5, 1e308, -1e308, 0.1, 37.5, 168, 169),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
        );
        break;
      case 'Boolean':
        arbitrary = fc.oneof(
          { weight: 5, arbitrary: fc.boolean() },
          { weight: 1, arbitrary: fc.constant('true') },
        );
        break;
      case 'DateTime':
        arbitrary = fc.oneof(
          fc.constantFrom(...DATE_TIMES),
          fc
            .date({ min: new Date('1800-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
            .map((d) => d.toISOString()),
        );
        break;
      case 'Date':
        arbitrary = fc.constantFrom(...LOCAL_DATES);
        break;
      case 'JSON':
        arbitrary = fc.jsonValue({ maxDepth: 2 });
        break;
      default:
        arbitrary = stringArbitrary(name);
    }
  } else {
    arbitrary = fc.constant(null);
  }
  return required ? arbitrary : fc.option(arbitrary, { freq: 4, nil: null });
}

function operationOf(field: GraphQLField<unknown, unknown>): string {
  const declared = field.args
    .map((a: GraphQLArgument) => `$${a.name}: ${a.type.toString()}`)
    .join(', ');
  const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `mutation${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
}

describe('hostile input to every mutation (fast-check)', () => {
  let t: TestApp;
  let pools: IdPools;
  let tokens: string[];
  let fingerprintSql: string;

  /** Row count and newest row version of every domain table: any write changes it. */
  const fingerprint = async (): Promise<string> => {
    const [row] = (await t.dataSource.query(fingerprintSql)) as { f: string }[];
    return row.f;
  };

  beforeAll(async () => {
    // Thousands of calls from a handful of staff: the per-user rate limit is not under test here.
    t = await createTestApp({
      env: { RATE_LIMIT_PER_MINUTE: '1000000', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000' },
    });
    const nord = await idOfDistrict(t, 'Nord');
    const sor = await idOfDistrict(t, 'Sør');
    await openCaseViaApi(t, { districtId: nord });
    await openCaseViaApi(t, { districtId: nord });
    const sorCase = await openCaseViaApi(t, {
      districtId: sor,
      coordinatorEmail: 'coordinator.sor@demo.local',
    });
    await t.gql(
      'mutation($id: ID!) { addJournalEntry(caseId: $id, input: { kind: NOTE, text: "Første notat" }) { id } }',
      { id: sorCase.caseId },
      await t.as('nurse.sor@demo.local'),
    );
    const callers = [
      'coordinator.nord@demo.local',
      'caseworker.nord@demo.local',
      'nurse.nord@demo.local',
      'nurse.sor@demo.local',
      'admin@demo.local',
      'privacy@demo.local',
    ];
    tokens = [...(await Promise.all(callers.map((email) => t.as(email)))), 'not-a-token'];
    const ids = async (sql: string) =>
      ((await t.dataSource.query(sql)) as { id: string }[]).map((r) => r.id);
    pools = {
      byHint: {
        case: await ids('SELECT id FROM assessment_cases'),
        patient: await ids('SELECT id FROM patients'),
        referral: await ids('SELECT id FROM referrals'),
        entry: await ids('SELECT id FROM journal_entries'),
        team: await ids('SELECT id FROM assessment_teams'),
        unit: await ids('SELECT id FROM service_units'),
        district: await ids('SELECT id FROM districts'),
        // Never the callers themselves: a deactivated caller would test nothing more.
        staff: await ids(
          `SELECT id FROM staff_members WHERE email NOT IN (${callers.map((c) => `'${c}'`).join(', ')})`,
        ),
      },
      all: [],
    };
    pools.all = Object.values(pools.byHint).flat();
    const tables = (
      (await t.dataSource.query(
        `SELECT table_name FROM information_schema.tables
          WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
            AND table_name NOT IN ('audit_events', 'migrations') ORDER BY table_name`,
      )) as { table_name: string }[]
    ).map((r) => r.table_name);
    fingerprintSql = `SELECT concat_ws(' ', ${tables
      .map(
        (table) =>
          `(SELECT '${table}:' || count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM "${table}")`,
      )
      .join(', ')}) AS f`;
  }, 60_000);

  afterAll(async () => {
    await t.close();
  });

  it('answers every mutation with a success or a structured error, and a refusal changes nothing', async () => {
    const { schema } = t.app.get(GraphQLSchemaHost);
    const mutations = Object.values(schema.getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThan(20);
    // Spread evenly: a new mutation lowers the runs of the others, never the total.
    const runsPerMutation = Math.ceil(MIN_GENERATED_CALLS / mutations.length);
    const failures: string[] = [];
    let calls = 0;
    for (const mutation of mutations) {
      const query = operationOf(mutation);
      const variables = fc.record(
        Object.fromEntries(
          mutation.args.map((a) => [a.name, valueArbitrary(a.type, a.name, pools, 0)]),
        ),
      );
      try {
        await fc.assert(
          fc.asyncProperty(variables, fc.constantFrom(...tokens), async (vars, token) => {
            const before = await fingerprint();
            const result: GqlResult = await t.gql(query, vars, token);
            calls++;
            const errors = result.errors ?? [];
            const described = () =>
              `${mutation.name} answered ${result.status} ${JSON.stringify(result).slice(0, 400)}`;
            if (result.status >= 500) throw new Error(described());
            for (const error of errors) {
              if (
                !STRUCTURED.includes(error.extensions?.code) ||
                typeof error.extensions.reason !== 'string'
              )
                throw new Error(described());
              // On the error itself, not its JSON (where a newline is the two characters \n).
              if (
                /\n\s+at |stacktrace|\.[jt]s:\d+:\d+/i.test(
                  `${error.message} ${JSON.stringify(error.extensions)}`,
                )
              )
                throw new Error(described());
              // INVALID_VALUE is the database refusing what validation let through (the
              // formatter's fallback for constraint and cast errors): a validation gap.
              if (error.extensions.reason === 'INVALID_VALUE')
                throw new Error(`the database, not validation, refused: ${described()}`);
            }
            if (errors.length === 0 && !result.data?.[mutation.name]) throw new Error(described());
            if (errors.length > 0 && (await fingerprint()) !== before)
              throw new Error(`refused ${mutation.name} changed the domain tables: ${described()}`);
          }),
          // FC_SEED=<seed from a failure report> replays that run.
          {
            numRuns: runsPerMutation,
            endOnFailure: true,
            ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}),
          },
        );
      } catch (error) {
        // fast-check reports the counterexample; the answer we refused is in the cause.
        const cause = (error as { cause?: unknown }).cause;
        failures.push(`${String(error).slice(0, 1200)}\n${String(cause ?? '').slice(0, 800)}`);
      }
    }
    if (process.env.RELIABILITY_REPORT)
      process.stderr.write(
        `hostile input: ${calls} generated calls over ${mutations.length} mutations (${runsPerMutation} each), ${failures.length} failures\n`,
      );
    expect(failures).toEqual([]);
    expect(calls).toBeGreaterThanOrEqual(MIN_GENERATED_CALLS);
  }, 600_000);
});
