import { applyDecorators } from '@nestjs/common';
import { IsString, Matches, ValidateBy, type ValidationOptions } from 'class-validator';

// Control characters (NUL included) are refused; free text may hold line breaks and tabs.
const NO_CONTROL = /^[^\p{Cc}]*$/u;
const NO_CONTROL_BUT_LINES = /^[^\p{Cc}]*(?:[\n\r\t][^\p{Cc}]*)*$/u;

/** Length as PostgreSQL's char_length counts it: Unicode code points. */
export function codePointLength(value: string): number {
  return [...value].length;
}

/**
 * A length in Unicode code points, as the database's CHECK counts (char_length).
 * class-validator's Length counts otherwise: it leaves out variation selectors (U+FE0F),
 * so 20 000 × "a\uFE0F" passed a 20 000 limit and broke the database's.
 */
export function CodePointLength(
  min: number,
  max: number,
  options?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name: 'codePointLength',
      constraints: [min, max],
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return false;
          const n = codePointLength(value);
          return n >= min && n <= max;
        },
        defaultMessage: () =>
          min > 0
            ? `$property must be ${min}–${max} characters long`
            : `$property must be at most ${max} characters long`,
      },
    },
    options,
  );
}

/** A one-line text such as a name or a reason heading: length min..max, not blank, no control characters. */
export function LineText(min: number, max: number): PropertyDecorator {
  return applyDecorators(
    IsString(),
    CodePointLength(min, max),
    Matches(/\S/, { message: '$property must not be blank' }),
    Matches(NO_CONTROL, { message: '$property must not hold control characters' }),
  );
}

/** A free text (notes, reasons, descriptions): line breaks allowed, other control characters not. */
export function FreeText(min: number, max: number): PropertyDecorator {
  return applyDecorators(
    IsString(),
    CodePointLength(min, max),
    Matches(/\S/, { message: '$property must not be blank' }),
    Matches(NO_CONTROL_BUT_LINES, { message: '$property must not hold control characters' }),
  );
}

/** An optional search string: at most `max` characters, no control characters (blank: no search). */
export function SearchText(max: number): PropertyDecorator {
  return applyDecorators(
    IsString(),
    CodePointLength(0, max),
    Matches(NO_CONTROL, { message: '$property must not hold control characters' }),
  );
}
