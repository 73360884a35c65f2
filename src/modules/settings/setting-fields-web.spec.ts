import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { SETTING_KEYS, SETTINGS } from 'src/modules/settings/setting-keys';

/*
 * The settings page keeps its own table of the keys (kind, range, unit) in
 * web/src/features/admin/setting-fields.ts, to check figures before sending them. Its keys are
 * held to the schema by the web typecheck; here its kinds and ranges are held to the API's.
 */
const WEB_TABLE = 'web/src/features/admin/setting-fields.ts';

/** The web table's entry of a key, whitespace and digit separators removed. */
function webEntry(source: string, key: string): string | undefined {
  const flat = source.replace(/\s+/g, '').replace(/(\d)_(\d)/g, '$1$2');
  return new RegExp(`\\b${key}:\\{([^}]*)\\}`).exec(flat)?.[1];
}

describe('the settings page’s table of keys', () => {
  const source = readFileSync(WEB_TABLE, 'utf8');

  it('has every field of SettingValues in the schema, and no other', () => {
    const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
    const type = schema.getType('SettingValues') as GraphQLObjectType;
    const fields = Object.keys(type.getFields()).sort();
    expect(fields).toEqual([...SETTING_KEYS].sort());
    for (const key of fields) expect(webEntry(source, key)).toBeDefined();
  });

  it.each(SETTING_KEYS)('gives %s the API’s kind and range', (key) => {
    const entry = webEntry(source, key) ?? '';
    const d = SETTINGS[key] as { kind: string; min?: number; max?: number };
    expect(entry).toContain(`kind:'${d.kind}'`);
    if (d.kind === 'integer' || d.kind === 'number')
      expect(entry).toContain(`min:${d.min},max:${d.max}`);
  });
});
