import { applyDecorators } from '@nestjs/common';
import { IsString, Length, Matches } from 'class-validator';

// Control characters (NUL included) are refused; free text may hold line breaks and tabs.
const NO_CONTROL = /^[^\p{Cc}]*$/u;
const NO_CONTROL_BUT_LINES = /^[^\p{Cc}]*(?:[\n\r\t][^\p{Cc}]*)*$/u;

/** A one-line text such as a name or a reason heading: length min..max, not blank, no control characters. */
export function LineText(min: number, max: number): PropertyDecorator {
  return applyDecorators(
    IsString(),
    Length(min, max),
    Matches(/\S/, { message: '$property must not be blank' }),
    Matches(NO_CONTROL, { message: '$property must not hold control characters' }),
  );
}

/** A free text (notes, reasons, descriptions): line breaks allowed, other control characters not. */
export function FreeText(min: number, max: number): PropertyDecorator {
  return applyDecorators(
    IsString(),
    Length(min, max),
    Matches(/\S/, { message: '$property must not be blank' }),
    Matches(NO_CONTROL_BUT_LINES, { message: '$property must not hold control characters' }),
  );
}

/** An optional search string: at most `max` characters, no control characters (blank: no search). */
export function SearchText(max: number): PropertyDecorator {
  return applyDecorators(
    IsString(),
    Length(0, max),
    Matches(NO_CONTROL, { message: '$property must not hold control characters' }),
  );
}
