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
  valuesMap: {
    SELF_MASTERY: { description: 'Step 1: the person manages alone (possibly after training).' },
    NETWORK: { description: 'Step 2: relatives, neighbours and friends help.' },
    VOLUNTARY: { description: "Step 3: voluntary organisations' offers." },
    WELFARE_TECHNOLOGY: { description: 'Step 4: aids and welfare technology.' },
    LOW_THRESHOLD: {
      description:
        'Step 5: preventive and low-threshold municipal services (training groups, day centres, senior centres).',
    },
    EVERYDAY_REHABILITATION: {
      description: 'Step 6: time-limited everyday rehabilitation (hverdagsrehabilitering).',
    },
    PRACTICAL_ASSISTANCE: { description: 'Step 7: practical help at home.' },
    HOME_NURSING: { description: 'Step 8: home nursing and personal care.' },
    SHORT_TERM_STAY: { description: 'Step 9: short-term or relief stay in an institution.' },
    LONG_TERM_CARE: { description: 'Step 10: a long-term nursing-home place.' },
  } satisfies Record<keyof typeof ServiceLevel, { description: string }>,
});

/** 1 for SELF_MASTERY … 10 for LONG_TERM_CARE. */
export function stepOf(level: ServiceLevel): number {
  return Object.values(ServiceLevel).indexOf(level) + 1;
}
