import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from 'test/utils/test-app';

const SCHEMA_FILE = 'schema.graphql';
const HEADER =
  '# The GraphQL contract of kartlegg. Generated: npm run schema:generate. Do not edit.\n\n';

describe('contract drift', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves exactly the committed schema.graphql', () => {
    const { schema } = t.app.get(GraphQLSchemaHost);
    const printed = HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, printed);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printed);
  });

  it('has a migration for every entity change (generating again yields nothing)', async () => {
    const dataSource = t.app.get(DataSource);
    const sql = await dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });
});
