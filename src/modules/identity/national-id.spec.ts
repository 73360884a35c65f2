import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  isValidNationalId,
  nextSyntheticFodselsnummer,
  parseNationalId,
  syntheticFodselsnummer,
} from 'src/modules/identity/national-id';

// All examples below were computed by hand from the mod-11 weights, not copied from memory.
const NO = {
  fnr1985: '15038543730', // 1985-03-15, individual 437
  fnr2007: '01010750160', // 2007-01-01, individual 501 (published test number)
  fnr1998HighIndividual: '12039891202', // 1998-03-12, individual 912
  fnr1862: '24126261221', // 1862-12-24, individual 612
  leapDay2000: '29020051386',
  dNumber: '55038543724', // day 15 + 40
  hNumber: '15438543713', // month 03 + 40
  synthetic: '15838543887', // month 03 + 80 (Tenor test data)
  feb31: '31028543746', // valid check digits, impossible date
  feb29In2001: '29020151216', // valid check digits, 2001 is not a leap year
  individualWithoutCentury: '17058380075', // individual 800 with YY 83 fits no century
  // Issued under the rule from 2032: (s + k1) mod 11 is 1, 2 or 3, not 0.
  from2032: '15060550023', // 15.06.05, individual 500, (s + k1) mod 11 = 1
  from2032LowIndividual: '01019012308', // 01.01.90, individual 123, (s + k1) mod 11 = 1
  from2032OldK1Impossible: '15038500802', // 150385008: the old k1 would be 10; k1 = 0 gives 1
};

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function weighted(digits: string, weights: number[]): number {
  return weights.reduce((sum, weight, i) => sum + weight * Number(digits[i]), 0);
}

/**
 * Reference for the tests: appends k1 so that (s + k1) mod 11 = `remainder` (0 is the rule
 * before 2032) and the unchanged k2; null when either would be 10.
 */
function withCheckDigits(base: string, remainder: number): string | null {
  const k1 = (((remainder - weighted(base, K1_WEIGHTS)) % 11) + 11) % 11;
  if (k1 === 10) return null;
  const k2 = (11 - (weighted(base + k1, K2_WEIGHTS) % 11)) % 11;
  if (k2 === 10) return null;
  return `${base}${k1}${k2}`;
}

/** The century rule before 2032, written out independently of the code under test. */
function legacyCentury(individual: number, yy: number): number | null {
  if (individual <= 499) return 1900;
  if (individual <= 749 && yy >= 54) return 1800;
  if (individual >= 500 && yy <= 39) return 2000;
  if (individual >= 900) return 1900;
  return null;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A day/month/year with a Norwegian number variant (D: day + 40, H: month + 40, synthetic: month + 80). */
const numberPartsArb = fc.record({
  date: fc
    .date({
      min: new Date('1854-01-01T00:00:00Z'),
      max: new Date('2039-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() })),
  individual: fc.integer({ min: 0, max: 999 }),
  kind: fc.constantFrom('FNR', 'D_NUMBER', 'H_NUMBER', 'SYNTHETIC'),
});

function baseDigits(parts: {
  date: { year: number; month: number; day: number };
  individual: number;
  kind: string;
}): string {
  const { year, month, day } = parts.date;
  const dd = parts.kind === 'D_NUMBER' ? day + 40 : day;
  const mm = month + (parts.kind === 'H_NUMBER' ? 40 : parts.kind === 'SYNTHETIC' ? 80 : 0);
  return pad2(dd) + pad2(mm) + pad2(year % 100) + String(parts.individual).padStart(3, '0');
}

function flipDigit(value: string, position: number, delta: number): string {
  const flipped = (Number(value[position]) + delta) % 10;
  return value.slice(0, position) + String(flipped) + value.slice(position + 1);
}

const isoDateArb = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2039-12-31T23:59:59Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

describe(parseNationalId.name, () => {
  describe('Norwegian fødselsnummer', () => {
    it('accepts an ordinary fødselsnummer from the 1900s', () => {
      // Arrange
      const input = NO.fnr1985;

      // Act
      const result = parseNationalId(input, 'NO');

      // Assert
      expect(result).toEqual({
        ok: true,
        value: { normalized: NO.fnr1985, country: 'NO', kind: 'FNR', birthDate: '1985-03-15' },
      });
    });

    it('accepts an ordinary fødselsnummer from the 2000s when the individual number is 500+', () => {
      const result = parseNationalId(NO.fnr2007, 'NO');

      expect(result).toEqual({
        ok: true,
        value: { normalized: NO.fnr2007, country: 'NO', kind: 'FNR', birthDate: '2007-01-01' },
      });
    });

    it.each([
      [NO.fnr1998HighIndividual, '1998-03-12'],
      [NO.fnr1862, '1862-12-24'],
      [NO.leapDay2000, '2000-02-29'],
    ])('derives the century from the individual number for %s', (input, birthDate) => {
      const result = parseNationalId(input, 'NO');

      expect(result).toEqual({
        ok: true,
        value: { normalized: input, country: 'NO', kind: 'FNR', birthDate },
      });
    });

    it('accepts a D-number and removes the day offset from the birth date', () => {
      const result = parseNationalId(NO.dNumber, 'NO');

      expect(result).toEqual({
        ok: true,
        value: { normalized: NO.dNumber, country: 'NO', kind: 'D_NUMBER', birthDate: '1985-03-15' },
      });
    });

    it('accepts an H-number and removes the month offset from the birth date', () => {
      const result = parseNationalId(NO.hNumber, 'NO');

      expect(result).toEqual({
        ok: true,
        value: { normalized: NO.hNumber, country: 'NO', kind: 'H_NUMBER', birthDate: '1985-03-15' },
      });
    });

    it('accepts a synthetic test number and removes the month offset from the birth date', () => {
      const result = parseNationalId(NO.synthetic, 'NO');

      expect(result).toEqual({
        ok: true,
        value: {
          normalized: NO.synthetic,
          country: 'NO',
          kind: 'SYNTHETIC',
          birthDate: '1985-03-15',
        },
      });
    });

    it('trims surrounding whitespace and removes spaces inside the number', () => {
      const input = '  150385 43730\n';

      const result = parseNationalId(input, 'NO');

      expect(result).toEqual({
        ok: true,
        value: { normalized: NO.fnr1985, country: 'NO', kind: 'FNR', birthDate: '1985-03-15' },
      });
    });

    it('refuses the number when the first check digit is wrong under both rules', () => {
      const input = '15038543770'; // k1 = 7 gives (s + k1) mod 11 = 4

      const result = parseNationalId(input, 'NO');

      expect(result).toEqual({ ok: false, reason: 'wrong first check digit' });
    });

    it('refuses the number when k1 fits the rule from 2032 but k2 does not follow from it', () => {
      const input = '15038543740'; // k1 = 4 gives remainder 1 (valid from 2032); k2 should be 9

      const result = parseNationalId(input, 'NO');

      expect(result).toEqual({ ok: false, reason: 'wrong second check digit' });
    });

    it('refuses the number when the second check digit is wrong', () => {
      const input = '15038543731'; // k2 should be 0

      const result = parseNationalId(input, 'NO');

      expect(result).toEqual({ ok: false, reason: 'wrong second check digit' });
    });

    it('accepts, with the birth year, a number whose old first check digit would be 10', () => {
      const input = NO.from2032OldK1Impossible;

      const result = parseNationalId(input, 'NO', { birthYear: 1985 });

      expect(result).toEqual({
        ok: true,
        value: { normalized: input, country: 'NO', kind: 'FNR', birthDate: '1985-03-15' },
      });
    });

    it('refuses the number when the second check digit would have to be 10', () => {
      const input = '15038500390'; // k1 = 9 is right, but 1503850039 gives k2 = 10

      const result = parseNationalId(input, 'NO');

      expect(result).toEqual({
        ok: false,
        reason: 'impossible number (second check digit would be 10)',
      });
    });

    it('refuses the number when the date is 31 February despite valid check digits', () => {
      const result = parseNationalId(NO.feb31, 'NO');

      expect(result).toEqual({ ok: false, reason: 'not a real date' });
    });

    it('refuses the number when the date is 29 February in a non-leap year', () => {
      const result = parseNationalId(NO.feb29In2001, 'NO');

      expect(result).toEqual({ ok: false, reason: 'not a real date' });
    });

    it('asks for the birth year when the individual number fits no century for that year', () => {
      // Refused before 2032; from 2032 individual numbers no longer encode the century.
      const result = parseNationalId(NO.individualWithoutCentury, 'NO');

      expect(result).toEqual({
        ok: false,
        code: 'BIRTH_YEAR_REQUIRED',
        reason: 'individual number does not match any birth century: give the birth year',
      });
    });

    it('refuses the number when it contains letters', () => {
      const input = '1503854373O'; // capital O instead of zero

      const result = parseNationalId(input, 'NO');

      expect(result).toEqual({ ok: false, reason: 'must contain only digits' });
    });

    it('refuses the number when it has 10 digits', () => {
      const input = '1503854373';

      const result = parseNationalId(input, 'NO');

      expect(result).toEqual({ ok: false, reason: 'must be 11 digits' });
    });

    it('refuses the number when it is empty', () => {
      const result = parseNationalId('   ', 'NO');

      expect(result).toEqual({ ok: false, reason: 'must contain only digits' });
    });

    it('refuses a Danish-style hyphenated number when the country is NO', () => {
      const result = parseNationalId('150385-43730', 'NO');

      expect(result).toEqual({ ok: false, reason: 'must contain only digits' });
    });

    it('refuses any valid number when a single digit is changed', () => {
      const validNumberArb = fc.oneof(
        isoDateArb.map((date) => nextSyntheticFodselsnummer(date).number),
        fc.constantFrom(
          NO.fnr1985,
          NO.fnr2007,
          NO.fnr1998HighIndividual,
          NO.fnr1862,
          NO.dNumber,
          NO.hNumber,
          NO.synthetic,
        ),
      );

      fc.assert(
        fc.property(
          validNumberArb,
          fc.integer({ min: 0, max: 10 }),
          fc.integer({ min: 1, max: 9 }),
          (valid, position, delta) => {
            const mutated = flipDigit(valid, position, delta);

            const result = parseNationalId(mutated, 'NO');

            expect(result.ok).toBe(false);
          },
        ),
      );
    });
  });

  describe('numbers issued from 2032', () => {
    it.each([
      [NO.from2032, 2005, '2005-06-15'],
      [NO.from2032, 1905, '1905-06-15'],
      [NO.from2032LowIndividual, 1990, '1990-01-01'],
      [NO.from2032LowIndividual, 2090, '2090-01-01'],
    ])('accepts %s with birth year %i as born %s', (input, birthYear, birthDate) => {
      const result = parseNationalId(input, 'NO', { birthYear });

      expect(result).toEqual({
        ok: true,
        value: { normalized: input, country: 'NO', kind: 'FNR', birthDate },
      });
    });

    it.each([NO.from2032, NO.from2032LowIndividual])(
      'asks for the birth year for %s: its individual number does not tell the century',
      (input) => {
        const result = parseNationalId(input, 'NO');

        expect(result).toEqual({
          ok: false,
          code: 'BIRTH_YEAR_REQUIRED',
          reason:
            'issued under the rule from 2032, so the number does not tell the birth century: give the birth year',
        });
        expect(isValidNationalId(input, 'NO')).toBe(false);
      },
    );

    it('refuses a birth year that does not agree with the year digits', () => {
      const result = parseNationalId(NO.from2032, 'NO', { birthYear: 2006 });

      expect(result).toEqual({
        ok: false,
        code: 'BIRTH_YEAR_MISMATCH',
        reason: 'birth year 2006 does not agree with the year digits 05 of the number',
      });
    });

    it('refuses a birth year in which the date does not exist', () => {
      // 29.02.00 under the new rule: real in 2000, not in 1900.
      const input = '29020012399'; // (s + k1) mod 11 = 1

      expect(parseNationalId(input, 'NO', { birthYear: 1900 })).toEqual({
        ok: false,
        reason: 'not a real date in 1900',
      });
      expect(parseNationalId(input, 'NO', { birthYear: 2000 })).toMatchObject({
        ok: true,
        value: { birthDate: '2000-02-29' },
      });
    });

    it('reads D-numbers, H-numbers and synthetic numbers issued from 2032 with the birth year', () => {
      fc.assert(
        fc.property(numberPartsArb, fc.constantFrom(1, 2, 3), (parts, remainder) => {
          const number = withCheckDigits(baseDigits(parts), remainder);
          fc.pre(number !== null);
          const { year, month, day } = parts.date;

          const withYear = parseNationalId(number as string, 'NO', { birthYear: year });
          const withoutYear = parseNationalId(number as string, 'NO');

          expect(withYear).toEqual({
            ok: true,
            value: {
              normalized: number,
              country: 'NO',
              kind: parts.kind,
              birthDate: `${year}-${pad2(month)}-${pad2(day)}`,
            },
          });
          expect(withoutYear).toMatchObject({ ok: false, code: 'BIRTH_YEAR_REQUIRED' });
        }),
      );
    });

    it('keeps every number valid before 2032 valid, with the same birth date', () => {
      fc.assert(
        fc.property(numberPartsArb, (parts) => {
          const { year, month, day } = parts.date;
          const yy = year % 100;
          // Only numbers the old rule accepts: its century must be the birth year's.
          fc.pre(legacyCentury(parts.individual, yy) === year - yy);
          const number = withCheckDigits(baseDigits(parts), 0);
          fc.pre(number !== null);
          const expected = {
            ok: true,
            value: {
              normalized: number,
              country: 'NO',
              kind: parts.kind,
              birthDate: `${year}-${pad2(month)}-${pad2(day)}`,
            },
          };

          expect(parseNationalId(number as string, 'NO')).toEqual(expected);
          expect(parseNationalId(number as string, 'NO', { birthYear: year })).toEqual(expected);
        }),
        { numRuns: 2000 },
      );
    });

    it('never accepts a number whose (s + k1) mod 11 is 4 or more', () => {
      fc.assert(
        fc.property(numberPartsArb, fc.integer({ min: 4, max: 10 }), (parts, remainder) => {
          const number = withCheckDigits(baseDigits(parts), remainder);
          fc.pre(number !== null);

          const result = parseNationalId(number as string, 'NO', { birthYear: parts.date.year });

          expect(result).toEqual({ ok: false, reason: 'wrong first check digit' });
        }),
      );
    });

    it('leaves Danish CPR numbers alone: the birth year is not used', () => {
      const result = parseNationalId('150385-4321', 'DK', { birthYear: 2085 });

      expect(result).toMatchObject({ ok: true, value: { birthDate: '1985-03-15' } });
    });
  });

  describe('Danish CPR', () => {
    it('accepts a CPR number with a hyphen and normalises it to 10 digits', () => {
      const result = parseNationalId('150385-4321', 'DK');

      expect(result).toEqual({
        ok: true,
        value: { normalized: '1503854321', country: 'DK', kind: 'CPR', birthDate: '1985-03-15' },
      });
    });

    it('accepts a CPR number without a hyphen', () => {
      const result = parseNationalId(' 1503854321 ', 'DK');

      expect(result).toEqual({
        ok: true,
        value: { normalized: '1503854321', country: 'DK', kind: 'CPR', birthDate: '1985-03-15' },
      });
    });

    it('accepts a CPR number from 2007 or later that fails the old mod-11 rule', () => {
      const input = '170312-4321'; // weighted sum mod 11 = 4; 7th digit 4 with YY 12 means 2012

      const result = parseNationalId(input, 'DK');

      expect(result).toEqual({
        ok: true,
        value: { normalized: '1703124321', country: 'DK', kind: 'CPR', birthDate: '2012-03-17' },
      });
    });

    it.each([
      ['010158-5000', '1858-01-01'], // 7th digit 5-8 with YY > 57
      ['211008-6234', '2008-10-21'], // 7th digit 5-8 with YY <= 57
      ['010136-9123', '2036-01-01'], // 7th digit 9 with YY <= 36
      ['010137-9123', '1937-01-01'], // 7th digit 9 with YY > 36
      ['010105-3123', '1905-01-01'], // 7th digit 0-3 is always the 1900s
    ])('derives the century from the 7th digit for %s', (input, birthDate) => {
      const result = parseNationalId(input, 'DK');

      expect(result.ok && result.value.birthDate).toBe(birthDate);
    });

    it('refuses the number when the date is not a real date', () => {
      const result = parseNationalId('300298-4321', 'DK');

      expect(result).toEqual({ ok: false, reason: 'not a real date' });
    });

    it.each(['150385-432', '15038543210', '15038-54321'])(
      'refuses %s when it does not have 10 digits in DDMMYY-SSSS form',
      (input) => {
        const result = parseNationalId(input, 'DK');

        expect(result).toEqual({ ok: false, reason: 'must be 10 digits (DDMMYY-SSSS)' });
      },
    );

    it('refuses the number when it contains letters', () => {
      const result = parseNationalId('150385-43A1', 'DK');

      expect(result).toEqual({
        ok: false,
        reason: 'must contain only digits and an optional hyphen',
      });
    });
  });
});

describe(isValidNationalId.name, () => {
  it('returns true for a valid number and false for an invalid one', () => {
    expect(isValidNationalId(NO.fnr1985, 'NO')).toBe(true);
    expect(isValidNationalId(NO.feb31, 'NO')).toBe(false);
    expect(isValidNationalId('150385-4321', 'DK')).toBe(true);
    expect(isValidNationalId('150385-4321', 'NO')).toBe(false);
  });
});

describe(syntheticFodselsnummer.name, () => {
  it('builds the synthetic number for a birth date and individual number', () => {
    const result = syntheticFodselsnummer('1985-03-15', 438);

    expect(result).toBe(NO.synthetic);
  });

  it('returns null when the individual number would need check digit 10', () => {
    const result = syntheticFodselsnummer('1985-03-15', 437);

    expect(result).toBeNull();
  });

  it('throws when the individual number cannot encode the birth year', () => {
    expect(() => syntheticFodselsnummer('2010-05-01', 123)).toThrow(RangeError);
  });

  it('throws when the birth date is not a real date', () => {
    expect(() => syntheticFodselsnummer('2010-02-30', 500)).toThrow(RangeError);
  });
});

describe(nextSyntheticFodselsnummer.name, () => {
  it('skips individual numbers that would need check digit 10', () => {
    const result = nextSyntheticFodselsnummer('1985-03-15', 437);

    expect(result).toEqual({ number: NO.synthetic, individual: 438 });
  });

  it('starts at the first individual number of the birth century by default', () => {
    const result = nextSyntheticFodselsnummer('2000-01-15');

    expect(result).toEqual({ number: '15810050036', individual: 500 });
  });

  it('throws when the birth year is outside what a fødselsnummer can encode', () => {
    expect(() => nextSyntheticFodselsnummer('2040-01-01')).toThrow(RangeError);
  });

  it('always yields a number that parses as SYNTHETIC with the same birth date', () => {
    fc.assert(
      fc.property(isoDateArb, (birthDate) => {
        const { number } = nextSyntheticFodselsnummer(birthDate);

        const result = parseNationalId(number, 'NO');

        expect(result).toEqual({
          ok: true,
          value: { normalized: number, country: 'NO', kind: 'SYNTHETIC', birthDate },
        });
      }),
    );
  });
});
