import type { ServiceLevel } from '../gql/graphql';

/**
 * The coping staircase (omsorgstrappa), lowest step first: the order the API's ServiceLevel
 * code list gives (CODES.md). Referral, mapping and goal plan screens list and compare steps
 * by it.
 */
export const STAIRCASE: readonly ServiceLevel[] = [
  'SELF_MASTERY',
  'NETWORK',
  'VOLUNTARY',
  'WELFARE_TECHNOLOGY',
  'LOW_THRESHOLD',
  'EVERYDAY_REHABILITATION',
  'PRACTICAL_ASSISTANCE',
  'HOME_NURSING',
  'SHORT_TERM_STAY',
  'LONG_TERM_CARE',
];
