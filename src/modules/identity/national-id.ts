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

export type NationalIdResult =
  { ok: true; value: ParsedNationalId } | { ok: false; reason: string };

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

// Offsets added to day/month to mark the Norwegian number variants.
const D_NUMBER_DAY_OFFSET = 40;
const H_NUMBER_MONTH_OFFSET = 40;
const SYNTHETIC_MONTH_OFFSET = 80;

export function parseNationalId(input: string, country: NationalIdCountry): NationalIdResult {
  // Runtime guard: callers may pass unvalidated GraphQL/JSON input.
  if (typeof input !== 'string') {
    return fail('must be a string');
  }
  // Users paste numbers formatted as "010190 12345"; spaces carry no meaning.
  const compact = input.replace(/\s+/g, '');
  switch (country) {
    case 'NO':
      return parseNorwegian(compact);
    case 'DK':
      return parseDanish(compact);
    default:
      return fail('unsupported country');
  }
}

export function isValidNationalId(input: string, country: NationalIdCountry): boolean {
  return parseNationalId(input, country).ok;
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

function parseNorwegian(compact: string): NationalIdResult {
  if (!/^\d+$/.test(compact)) {
    return fail('must contain only digits');
  }
  if (compact.length !== 11) {
    return fail('must be 11 digits');
  }

  // Check digits first: a typo is far more likely than a forged date.
  const k1 = checkDigit(compact.slice(0, 9), K1_WEIGHTS);
  if (k1 === null) {
    return fail('impossible number (first check digit would be 10)');
  }
  if (k1 !== Number(compact[9])) {
    return fail('wrong first check digit');
  }
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

  const century = centuryFromIndividual(individual, yy);
  if (century === null) {
    return fail('individual number does not match any birth century');
  }
  const year = century + yy;
  if (!isRealDate(year, month, day)) {
    return fail('not a real date');
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

/** Mod-11 check digit, or null when it would be 10 (no valid number exists). */
function checkDigit(digits: string, weights: readonly number[]): number | null {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += Number(digits[i]) * weights[i];
  }
  const check = 11 - (sum % 11);
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

function fail(reason: string): NationalIdResult {
  return { ok: false, reason };
}
