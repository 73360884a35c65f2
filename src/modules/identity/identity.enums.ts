import { registerEnumType } from '@nestjs/graphql';

export enum Profession {
  NURSE = 'NURSE',
  SOCIAL_EDUCATOR = 'SOCIAL_EDUCATOR',
  PHYSIOTHERAPIST = 'PHYSIOTHERAPIST',
  OCCUPATIONAL_THERAPIST = 'OCCUPATIONAL_THERAPIST',
  CASEWORKER = 'CASEWORKER',
  COORDINATOR = 'COORDINATOR',
  HOME_CARE = 'HOME_CARE',
  LEADER = 'LEADER',
  PRIVACY_OFFICER = 'PRIVACY_OFFICER',
  ADMIN = 'ADMIN',
}
registerEnumType(Profession, {
  name: 'Profession',
  description: "A staff member's profession; it decides what they may do in a case.",
});

/** Professions that write clinical notes and assessments. */
export const CLINICAL_PROFESSIONS: readonly Profession[] = [
  Profession.NURSE,
  Profession.SOCIAL_EDUCATOR,
  Profession.PHYSIOTHERAPIST,
  Profession.OCCUPATIONAL_THERAPIST,
];

export enum ServiceArea {
  SOMATIC = 'SOMATIC',
  MENTAL_HEALTH = 'MENTAL_HEALTH',
}
registerEnumType(ServiceArea, {
  name: 'ServiceArea',
  description: 'Somatic care or mental health services (the Harstad pilot runs both).',
});

export enum ServiceUnitKind {
  HOME_CARE = 'HOME_CARE',
  LOW_THRESHOLD = 'LOW_THRESHOLD',
  OTHER = 'OTHER',
}
registerEnumType(ServiceUnitKind, {
  name: 'ServiceUnitKind',
  description: 'What kind of receiving unit a service unit is.',
});

export enum NationalIdCountryEnum {
  NO = 'NO',
  DK = 'DK',
}
registerEnumType(NationalIdCountryEnum, {
  name: 'NationalIdCountry',
  description: 'NO: Norwegian fødselsnummer or D-number; DK: Danish CPR number.',
});

/** SQL for a CHECK constraint that the column holds one of the enum's values. */
export function checkIn(column: string, values: readonly string[]): string {
  return `"${column}" IN (${values.map((v) => `'${v}'`).join(', ')})`;
}
