// Validation of Nordic national identity numbers (Norwegian fødselsnummer and Danish CPR).
// Pure functions only: no Nest, no database, so they can be used from DTOs, seeds and tests alike.

export type NationalIdCountry = 'NO' | 'DK';
export type NationalIdKind = 'FNR' | 'D_NUMBER' | 'H_NUMBER' | 'SYNTHETIC' | 'CPR';

export interface ParsedNationalId {
  /** Digits only (no spaces or hyphen). */
  normalized: string;
  country: NationalIdCountry;
  kind: NationalIdKind;
  /** YYYY-MM-DD */
  birthDate: string;
}

/**
 * Failures the caller can fix by giving the birth year (see `ParseOptions.birthYear`);
 * other failures carry no code.
 */
export type NationalIdFailureCode = 'BIRTH_YEAR_REQUIRED' | 'BIRTH_YEAR_MISMATCH';

export type NationalIdResult =
  | { ok: true; value: ParsedNationalId }
  | { ok: false; reason: string; code?: NationalIdFailureCode };

export interface ParseOptions {
  /**
   * Norwegian numbers: the birth year, from the population register. Required for numbers
   * issued under the rule from 2032 (their individual number no longer tells the century);
   * when given, it must agree with the number's date digits and is used for the birth date.
   * Ignored for Danish CPR numbers.
   */
  birthYear?: number;
}

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

// Offsets added to day/month to mark the Norwegian number variants.
const D_NUMBER_DAY_OFFSET = 40;
const H_NUMBER_MONTH_OFFSET = 40;
const SYNTHETIC_MONTH_OFFSET = 80;

export function parseNationalId(
  input: string,
  country: NationalIdCountry,
  options: ParseOptions = {},
): NationalIdResult {
  // Runtime guard: callers may pass unvalidated GraphQL/JSON input.
  if (typeof input !== 'string') {
    return fail('must be a string');
  }
  // Users paste numbers formatted as "010190 12345"; spaces carry no meaning.
  const compact = input.replace(/\s+/g, '');
  switch (country) {
    case 'NO':
      return parseNorwegian(compact, options.birthYear);
    case 'DK':
      return parseDanish(compact);
    default:
      return fail('unsupported country');
  }
}

export function isValidNationalId(
  input: string,
  country: NationalIdCountry,
  options: ParseOptions = {},
): boolean {
  return parseNationalId(input, country, options).ok;
}

/**
 * Which check-digit rule a Norwegian number satisfies: LEGACY (valid today; also valid from
 * 2032), FROM_2032 (valid only under the rule from 2032), or null (neither).
 * From 1 January 2032 the first check digit k1 is valid when (s + k1) mod 11 is 0, 1, 2 or 3,
 * s being the weighted sum of digits 1-9; before, only 0. The second is unchanged.
 */
export function norwegianCheckDigitRule(digits: string): 'LEGACY' | 'FROM_2032' | null {
  if (!/^\d{11}$/.test(digits)) return null;
  const remainder = (weightedSum(digits, K1_WEIGHTS) + Number(digits[9])) % 11;
  if (remainder > 3) return null;
  const k2 = checkDigit(digits.slice(0, 10), K2_WEIGHTS);
  if (k2 === null || k2 !== Number(digits[10])) return null;
  return remainder === 0 ? 'LEGACY' : 'FROM_2032';
}

/**
 * Helper for seeds and tests: builds a valid Norwegian synthetic (month+80) number for a birth
 * date and individual number (returns null if check digit would be 10, so callers try the next
 * individual number).
 *
 * Throws RangeError if the date is not a real YYYY-MM-DD date or the individual number cannot
 * encode that birth year's century.
 */
export function syntheticFodselsnummer(birthDate: string, individual: number): string | null {
  const { year, month, day } = parseIsoDate(birthDate);
  if (!Number.isInteger(individual) || individual < 0 || individual > 999) {
    throw new RangeError(`individual number must be an integer 0-999, got ${individual}`);
  }
  const yy = year % 100;
  if (centuryFromIndividual(individual, yy) !== year - yy) {
    throw new RangeError(`individual number ${individual} cannot encode birth year ${year}`);
  }
  const base =
    pad2(day) +
    pad2(month + SYNTHETIC_MONTH_OFFSET) +
    pad2(yy) +
    String(individual).padStart(3, '0');
  const k1 = checkDigit(base, K1_WEIGHTS);
  if (k1 === null) {
    return null;
  }
  const k2 = checkDigit(base + k1, K2_WEIGHTS);
  if (k2 === null) {
    return null;
  }
  return `${base}${k1}${k2}`;
}

/** Convenience: first valid synthetic number for that birth date starting at `startIndividual`. */
export function nextSyntheticFodselsnummer(
  birthDate: string,
  startIndividual?: number,
): { number: string; individual: number } {
  const { year } = parseIsoDate(birthDate);
  const yy = year % 100;
  const century = year - yy;
  const start = startIndividual ?? firstIndividualFor(century, yy);
  // Walk upwards, skipping individual numbers that belong to another century.
  for (let individual = start; individual <= 999; individual++) {
    if (centuryFromIndividual(individual, yy) !== century) {
      continue;
    }
    const number = syntheticFodselsnummer(birthDate, individual);
    if (number !== null) {
      return { number, individual };
    }
  }
  throw new RangeError(`no valid synthetic number for ${birthDate} from individual ${start}`);
}

function parseNorwegian(compact: string, birthYear?: number): NationalIdResult {
  if (!/^\d+$/.test(compact)) {
    return fail('must contain only digits');
  }
  if (compact.length !== 11) {
    return fail('must be 11 digits');
  }

  // Check digits first: a typo is far more likely than a forged date.
  // k1: (s + k1) mod 11 = 0 before 2032; 0, 1, 2 or 3 from 2032 (both are accepted side by side).
  const remainder = (weightedSum(compact, K1_WEIGHTS) + Number(compact[9])) % 11;
  if (remainder > 3) {
    return fail('wrong first check digit');
  }
  const newRuleOnly = remainder !== 0;
  // k2 is computed over digits 1-9 and the actual k1, under both rules.
  const k2 = checkDigit(compact.slice(0, 10), K2_WEIGHTS);
  if (k2 === null) {
    return fail('impossible number (second check digit would be 10)');
  }
  if (k2 !== Number(compact[10])) {
    return fail('wrong second check digit');
  }

  let day = Number(compact.slice(0, 2));
  let month = Number(compact.slice(2, 4));
  const yy = Number(compact.slice(4, 6));
  const individual = Number(compact.slice(6, 9));

  const isDNumber = day > D_NUMBER_DAY_OFFSET;
  if (isDNumber) {
    day -= D_NUMBER_DAY_OFFSET;
  }

  let kind: NationalIdKind;
  if (month > SYNTHETIC_MONTH_OFFSET) {
    // Tenor also issues synthetic D-numbers; test data is what matters to callers.
    kind = 'SYNTHETIC';
    month -= SYNTHETIC_MONTH_OFFSET;
  } else if (month > H_NUMBER_MONTH_OFFSET) {
    if (isDNumber) {
      return fail('cannot be both a D-number and an H-number');
    }
    kind = 'H_NUMBER';
    month -= H_NUMBER_MONTH_OFFSET;
  } else {
    kind = isDNumber ? 'D_NUMBER' : 'FNR';
  }

  let year: number;
  if (birthYear !== undefined) {
    // The register's birth year wins, as long as it agrees with the number's date digits.
    if (!Number.isInteger(birthYear) || birthYear < 0 || birthYear % 100 !== yy) {
      return fail(
        `birth year ${birthYear} does not agree with the year digits ${pad2(yy)} of the number`,
        'BIRTH_YEAR_MISMATCH',
      );
    }
    year = birthYear;
  } else {
    // From 2032 the individual number no longer tells the century: ask for the birth year.
    const century = newRuleOnly ? null : centuryFromIndividual(individual, yy);
    if (century === null) {
      return fail(
        newRuleOnly
          ? 'issued under the rule from 2032, so the number does not tell the birth century: give the birth year'
          : 'individual number does not match any birth century: give the birth year',
        'BIRTH_YEAR_REQUIRED',
      );
    }
    year = century + yy;
  }
  if (!isRealDate(year, month, day)) {
    return fail(birthYear === undefined ? 'not a real date' : `not a real date in ${year}`);
  }

  return {
    ok: true,
    value: { normalized: compact, country: 'NO', kind, birthDate: formatDate(year, month, day) },
  };
}

function parseDanish(compact: string): NationalIdResult {
  if (!/^[\d-]+$/.test(compact)) {
    return fail('must contain only digits and an optional hyphen');
  }
  if (!/^\d{6}-?\d{4}$/.test(compact)) {
    return fail('must be 10 digits (DDMMYY-SSSS)');
  }
  const normalized = compact.replace('-', '');

  const day = Number(normalized.slice(0, 2));
  const month = Number(normalized.slice(2, 4));
  const yy = Number(normalized.slice(4, 6));
  const year = cprCentury(Number(normalized[6]), yy) + yy;
  if (!isRealDate(year, month, day)) {
    return fail('not a real date');
  }

  // No mod-11 check: CPR numbers issued since 2007 are allowed to fail it.
  return {
    ok: true,
    value: { normalized, country: 'DK', kind: 'CPR', birthDate: formatDate(year, month, day) },
  };
}

function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += Number(digits[i]) * weights[i];
  }
  return sum;
}

/** Mod-11 check digit, or null when it would be 10 (no valid number exists). */
function checkDigit(digits: string, weights: readonly number[]): number | null {
  const check = 11 - (weightedSum(digits, weights) % 11);
  if (check === 11) {
    return 0;
  }
  return check === 10 ? null : check;
}

/** Norwegian century (1800, 1900, 2000) from the individual number, or null if none fits. */
function centuryFromIndividual(individual: number, yy: number): number | null {
  if (individual <= 499) {
    return 1900;
  }
  if (individual <= 749 && yy >= 54) {
    return 1800;
  }
  if (yy <= 39) {
    return 2000;
  }
  if (individual >= 900) {
    return 1900;
  }
  return null;
}

function firstIndividualFor(century: number, yy: number): number {
  if (century === 1900) {
    return 0;
  }
  if ((century === 1800 && yy >= 54) || (century === 2000 && yy <= 39)) {
    return 500;
  }
  throw new RangeError(`birth year ${century + yy} cannot be encoded in a fødselsnummer`);
}

/** Danish century from the 7th digit (first digit of the serial number). */
function cprCentury(seventhDigit: number, yy: number): number {
  if (seventhDigit <= 3) {
    return 1900;
  }
  if (seventhDigit === 4 || seventhDigit === 9) {
    return yy <= 36 ? 2000 : 1900;
  }
  return yy <= 57 ? 2000 : 1800;
}

function parseIsoDate(value: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) {
    throw new RangeError(`birth date must be YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDate(year, month, day)) {
    throw new RangeError(`birth date ${value} is not a real date`);
  }
  return { year, month, day };
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) {
    return false;
  }
  // Day 0 of the next month is the last day of this one (UTC avoids DST surprises).
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function formatDate(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

function fail(reason: string, code?: NationalIdFailureCode): NationalIdResult {
  return code ? { ok: false, reason, code } : { ok: false, reason };
}
