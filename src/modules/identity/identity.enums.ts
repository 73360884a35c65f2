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
  valuesMap: {
    NURSE: {
      description:
        'Nurse (sykepleier / sygeplejerske): clinical profession; writes journal entries and assessments and edits the goal plan.',
    },
    SOCIAL_EDUCATOR: {
      description:
        'Social educator (vernepleier / socialpædagog): clinical profession; writes journal entries and assessments and edits the goal plan.',
    },
    PHYSIOTHERAPIST: {
      description:
        'Physiotherapist (fysioterapeut): clinical profession; writes journal entries and assessments and edits the goal plan.',
    },
    OCCUPATIONAL_THERAPIST: {
      description:
        'Occupational therapist (ergoterapeut): clinical profession; writes journal entries and assessments and edits the goal plan.',
    },
    CASEWORKER: {
      description:
        'Caseworker (saksbehandler / myndighedsperson): triages referrals and records the decision (vedtak).',
    },
    COORDINATOR: {
      description:
        'Coordinator: triages referrals, runs the case (hold, extend, members) and hands it over.',
    },
    HOME_CARE: {
      description:
        'Staff of a receiving unit; sees a case only after it is handed over to their unit.',
    },
    LEADER: {
      description:
        'Team or unit leader: dashboard and statistics of their district, without names.',
    },
    PRIVACY_OFFICER: {
      description:
        'Privacy officer: audit trail and emergency-access list, never journal contents.',
    },
    ADMIN: {
      description:
        'Administrator: staff, team and unit membership and settings; no access to person data.',
    },
  } satisfies Record<keyof typeof Profession, { description: string }>,
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
  valuesMap: {
    SOMATIC: { description: 'Somatic health and care services.' },
    MENTAL_HEALTH: { description: 'Mental health services (psykisk helse).' },
  } satisfies Record<keyof typeof ServiceArea, { description: string }>,
});

export enum ServiceUnitKind {
  HOME_CARE = 'HOME_CARE',
  LOW_THRESHOLD = 'LOW_THRESHOLD',
  OTHER = 'OTHER',
}
registerEnumType(ServiceUnitKind, {
  name: 'ServiceUnitKind',
  description: 'What kind of receiving unit a service unit is.',
  valuesMap: {
    HOME_CARE: {
      description:
        'Ordinary home care (hjemmetjenesten / hjemmeplejen): receives ORDINARY_HOME_CARE handovers.',
    },
    LOW_THRESHOLD: {
      description: 'Low-threshold and preventive services: receives LOW_THRESHOLD handovers.',
    },
    OTHER: {
      description: 'Other services, e.g. a day centre, a short-term ward or a private provider.',
    },
  } satisfies Record<keyof typeof ServiceUnitKind, { description: string }>,
});

export enum NationalIdCountryEnum {
  NO = 'NO',
  DK = 'DK',
}
registerEnumType(NationalIdCountryEnum, {
  name: 'NationalIdCountry',
  description: 'NO: Norwegian fødselsnummer or D-number; DK: Danish CPR number.',
  valuesMap: {
    NO: {
      description:
        'Norway: fødselsnummer, D-number or H-number (11 digits, both mod-11 check digits).',
    },
    DK: {
      description: 'Denmark: CPR number (10 digits; date part and format checked, no mod-11).',
    },
  } satisfies Record<keyof typeof NationalIdCountryEnum, { description: string }>,
});

/** SQL for a CHECK constraint that the column holds one of the enum's values. */
export function checkIn(column: string, values: readonly string[]): string {
  return `"${column}" IN (${values.map((v) => `'${v}'`).join(', ')})`;
}
