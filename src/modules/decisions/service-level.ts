import { registerEnumType } from '@nestjs/graphql';

/** The coping staircase (mestringstrappa), lowest step first: the aim is the lowest step that meets the need. */
export enum ServiceLevel {
  SELF_MASTERY = 'SELF_MASTERY',
  NETWORK = 'NETWORK',
  VOLUNTARY = 'VOLUNTARY',
  WELFARE_TECHNOLOGY = 'WELFARE_TECHNOLOGY',
  LOW_THRESHOLD = 'LOW_THRESHOLD',
  EVERYDAY_REHABILITATION = 'EVERYDAY_REHABILITATION',
  PRACTICAL_ASSISTANCE = 'PRACTICAL_ASSISTANCE',
  HOME_NURSING = 'HOME_NURSING',
  SHORT_TERM_STAY = 'SHORT_TERM_STAY',
  LONG_TERM_CARE = 'LONG_TERM_CARE',
}
registerEnumType(ServiceLevel, {
  name: 'ServiceLevel',
  description: 'A step on the coping staircase (mestringstrappa), SELF_MASTERY lowest.',
});

/** 1 for SELF_MASTERY … 10 for LONG_TERM_CARE. */
export function stepOf(level: ServiceLevel): number {
  return Object.values(ServiceLevel).indexOf(level) + 1;
}
