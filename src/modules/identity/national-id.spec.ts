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
};

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

    it('refuses the number when the first check digit is wrong', () => {
      const input = '15038543740'; // k1 should be 3

      const result = parseNationalId(input, 'NO');

      expect(result).toEqual({ ok: false, reason: 'wrong first check digit' });
    });

    it('refuses the number when the second check digit is wrong', () => {
      const input = '15038543731'; // k2 should be 0

      const result = parseNationalId(input, 'NO');

      expect(result).toEqual({ ok: false, reason: 'wrong second check digit' });
    });

    it('refuses the number when the first check digit would have to be 10', () => {
      const input = '15038500800'; // 150385008 gives 11 - (sum mod 11) = 10

      const result = parseNationalId(input, 'NO');

      expect(result).toEqual({
        ok: false,
        reason: 'impossible number (first check digit would be 10)',
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

    it('refuses the number when the individual number fits no century for that year', () => {
      const result = parseNationalId(NO.individualWithoutCentury, 'NO');

      expect(result).toEqual({
        ok: false,
        reason: 'individual number does not match any birth century',
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
