import type { ServiceLevel } from 'src/modules/decisions/model';
import type { MeasureResponsibleInput } from 'src/modules/goal-plans/dto/goal-plan.input';
import type { MeasureEntity } from 'src/modules/goal-plans/goal-plan.entity';
import type {
  FieldChange,
  MeasureStatus,
  Responsible,
} from 'src/modules/goal-plans/goal-plan-rules';
import type { GoalPlanTextChange } from 'src/modules/journal/model';

/** A measure as the API and the revisions see it: the responsible as one value. */
export interface MeasureView {
  description: string;
  level: ServiceLevel;
  justification: string | null;
  responsible: Responsible;
  frequency: string;
  fromDate: string;
  toDate: string | null;
  status: MeasureStatus;
}

/** The keys of a patch that are given (null included: it clears). */
export function defined<T extends object>(patch: Partial<T>): Partial<T> {
  return Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

export function responsibleOf(input: MeasureResponsibleInput): Responsible {
  return {
    kind: input.kind,
    profession: input.profession ?? null,
    staffId: input.staffId ?? null,
    name: input.name ?? null,
  };
}

export function responsibleColumns(
  responsible: Responsible,
): Pick<
  MeasureEntity,
  'responsibleKind' | 'responsibleProfession' | 'responsibleStaffId' | 'responsibleName'
> {
  return {
    responsibleKind: responsible.kind,
    responsibleProfession: responsible.profession ?? null,
    responsibleStaffId: responsible.staffId ?? null,
    responsibleName: responsible.name ?? null,
  };
}

/** A measure as the API names its fields (what revisions record). */
export function measureView(measure: MeasureEntity): MeasureView {
  return {
    description: measure.description,
    level: measure.level,
    justification: measure.justification,
    responsible: {
      kind: measure.responsibleKind,
      profession: measure.responsibleProfession,
      staffId: measure.responsibleStaffId,
      name: measure.responsibleName,
    },
    frequency: measure.frequency,
    fromDate: measure.fromDate,
    toDate: measure.toDate,
    status: measure.status,
  };
}

/** A value as the journal shows it. */
export function display(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') {
    const r = value as Responsible;
    return [r.kind === 'STAFF' ? r.profession : r.kind, r.name].filter(Boolean).join(' ');
  }
  return String(value);
}

export function textChange(change: FieldChange): GoalPlanTextChange {
  return { field: change.field, before: display(change.before), after: display(change.after) };
}
