import { describe, expect, it } from '@jest/globals';
import { LazyMetadataStorage } from '@nestjs/graphql/dist/schema-builder/storages/lazy-metadata.storage.js';
import { TypeMetadataStorage } from '@nestjs/graphql/dist/schema-builder/storages/type-metadata.storage.js';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync } from 'class-validator';
import fc from 'fast-check';
import 'src/app.module';
import {
  codePointLength,
  FreeText,
  LineText,
  SearchText,
} from 'src/common/graphql/text.validators';

// Every input class and args class of the schema, with its fields.
LazyMetadataStorage.load();
TypeMetadataStorage.compile();
const classes = [
  ...TypeMetadataStorage.getInputTypesMetadata(),
  ...TypeMetadataStorage.getArgumentsMetadata(),
];
// The national identity number is refused by its own rules in the service (digits only,
// INVALID_NATIONAL_ID), which name the field themselves.
const stringFields = classes.flatMap((c) =>
  (c.properties ?? [])
    .filter((p) => p.typeFn() === String && p.name !== 'nationalId')
    .map((p) => ({ target: c.target, name: p.name, label: `${c.target.name}.${p.name}` })),
);

function refuses(target: new () => object, name: string, value: string): boolean {
  const instance = plainToInstance(target, { [name]: value });
  return validateSync(instance).some((error) => error.property === name);
}

describe('the text rules of every string argument', () => {
  it('finds the string fields of the schema (the audit is not empty)', () => {
    expect(stringFields.map((f) => f.label)).toEqual(
      expect.arrayContaining([
        'SearchPatientsArgs.query',
        'JournalArgs.search',
        'TeamJournalSearchArgs.search',
        'AddJournalEntryInput.text',
        'RequestEmergencyAccessArgs.reason',
        'PageArgs.after',
      ]),
    );
    expect(stringFields.length).toBeGreaterThan(40);
  });

  it.each(['nul\u0000byte', 'bell\u0007', 'escape\u001b[31m', 'del\u007f', 'c1\u0085'])(
    'refuses %j in every string field',
    (value) => {
      const accepted = stringFields.filter(
        (f) => !refuses(f.target as new () => object, f.name, value),
      );
      expect(accepted.map((f) => f.label)).toEqual([]);
    },
  );

  it('counts every length in code points, as the database does (no class-validator Length)', () => {
    const counting = ['isLength', 'minLength', 'maxLength'];
    const offenders = classes.flatMap((c) =>
      getMetadataStorage()
        .getTargetValidationMetadatas(c.target, c.target.name, true, false)
        .filter((m) => counting.includes(m.name ?? ''))
        .map((m) => `${c.target.name}.${m.propertyName}`),
    );
    expect(offenders.filter((o) => !o.endsWith('.nationalId'))).toEqual([]);
  });
});

class Sample {
  @LineText(1, 5)
  line: string;

  @FreeText(1, 5)
  free: string;

  @SearchText(5)
  search: string;
}

function problems(values: Partial<Sample>): string[] {
  const sample = plainToInstance(Sample, { line: 'a', free: 'a', search: '', ...values });
  return validateSync(sample).map((e) => e.property);
}

describe('LineText, FreeText, SearchText', () => {
  it('keep tab, CR and LF in free text, and refuse them in one-line text', () => {
    expect(problems({ free: 'a\t\r\nb' })).toEqual([]);
    expect(problems({ line: 'a\tb' })).toEqual(['line']);
    expect(problems({ search: 'a\nb' })).toEqual(['search']);
  });

  it('count code points: a variation selector and an emoji each count as characters', () => {
    // class-validator's Length gave 'a\uFE0F' a length of 1; PostgreSQL's char_length gives 2.
    expect(problems({ free: 'a\uFE0Fa\uFE0Fa' })).toEqual([]);
    expect(problems({ free: 'a\uFE0F'.repeat(3) })).toEqual(['free']);
    expect(problems({ line: '😀'.repeat(5) })).toEqual([]);
    expect(problems({ line: '😀'.repeat(6) })).toEqual(['line']);
  });

  it('accepts exactly the texts whose code point count is within the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 8 }), (text) => {
        const printable = /^[^\p{Cc}]*$/u.test(text) && /\S/.test(text);
        const fits = codePointLength(text) >= 1 && codePointLength(text) <= 5;
        expect(problems({ line: text }).length === 0).toBe(printable && fits);
      }),
    );
  });
});
