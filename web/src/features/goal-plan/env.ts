import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { createContext, useContext } from 'react';
import type { GoalPlanFieldsFragment, Operation, ServiceLevel } from '../../gql/graphql';
import { describeError } from '../../ui/describe-error';
import { STAIRCASE } from '../../ui/staircase';

/** What every part of the plan screen needs from the page. */
export interface PlanEnv {
  caseId: string;
  staffId: string;
  lowest: ServiceLevel | null;
  can: (operation: Operation) => boolean;
  /** Reads the plan again from the API (the page shows it) and answers it. */
  refresh: () => Promise<GoalPlanFieldsFragment | null>;
  /** Says something in the page's status region (screen readers). */
  announce: (message: string) => void;
}

export const PlanEnvContext = createContext<PlanEnv | null>(null);

export function usePlanEnv(): PlanEnv {
  const env = useContext(PlanEnvContext);
  if (!env) throw new Error('usePlanEnv outside the goal plan page');
  return env;
}

export const LEVELS = STAIRCASE;

/** True when a measure on `level` sits above the lowest step the assessments suggest. */
export function aboveSuggested(level: string, lowest: ServiceLevel | null): boolean {
  if (!lowest) return false;
  return LEVELS.indexOf(level as ServiceLevel) > LEVELS.indexOf(lowest);
}

function firstError(error: unknown) {
  return CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
}

export function reasonOf(error: unknown): string | undefined {
  const reason = firstError(error)?.extensions?.reason;
  return typeof reason === 'string' ? reason : undefined;
}

export function codeOf(error: unknown): string | undefined {
  const code = firstError(error)?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Who made the version a CONFLICT was stale against. */
export function conflictAuthor(error: unknown): string | null {
  const name = firstError(error)?.extensions?.changedByName;
  return typeof name === 'string' ? name : null;
}

/** A refusal of the plan as one sentence: the plan's own reasons first, then the shared ones. */
export function describePlanError(error: unknown, t: TFunction): string {
  const reason = reasonOf(error);
  const own = reason ? t(`goalPlan.errors.${reason}`, { defaultValue: '' }) : '';
  return own || describeError(error, t);
}

/** Today as the device sees it, `YYYY-MM-DD`. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
