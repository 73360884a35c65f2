import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { GoalPlanFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../ui/format';
import { formatDateTime } from '../case/case-format';

type Plan = GoalPlanFieldsFragment;
type Revision = Plan['revisions'][number];

const MAX_SHOWN = 160;

function clip(text: string): string {
  return text.length <= MAX_SHOWN ? text : `${text.slice(0, MAX_SHOWN - 1)}…`;
}

/** A stored value as a reader sees it (ids of an order as the goals' or measures' names). */
const DATES = new Set(['targetDate', 'fromDate', 'toDate']);

function shown(field: string, value: unknown, plan: Plan, t: TFunction): string {
  if (value === null || value === undefined || value === '') return '–';
  if (DATES.has(field) && typeof value === 'string') return formatDate(value);
  if (Array.isArray(value)) {
    const names = new Map<string, string>();
    for (const goal of plan.goals) {
      names.set(goal.id, goal.text);
      for (const measure of goal.measures) names.set(measure.id, measure.description);
    }
    return value.map((id, i) => `${i + 1}. ${clip(names.get(String(id)) ?? '?')}`).join(', ');
  }
  if (typeof value === 'object') {
    const r = value as { kind?: string; profession?: string | null; name?: string | null };
    if (r.kind === 'STAFF' && r.profession) return t(`profession.${r.profession}`);
    return [t(`goalPlan.measure.kind.${r.kind}`), r.name].filter(Boolean).join(': ');
  }
  const text = String(value);
  const code =
    field === 'level'
      ? t(`goalPlan.level.${text}`, { defaultValue: '' })
      : field === 'status' || field === 'agreedBy'
        ? t(`goalPlan.history.value.${text}`, { defaultValue: '' })
        : '';
  return code || clip(text);
}

function subject(revision: Revision, plan: Plan): string | null {
  if (revision.measureId) {
    const measure = plan.goals.flatMap((g) => g.measures).find((m) => m.id === revision.measureId);
    return measure ? clip(measure.description) : null;
  }
  if (revision.goalId) {
    const goal = plan.goals.find((g) => g.id === revision.goalId);
    return goal ? `«${clip(goal.text)}»` : null;
  }
  return null;
}

/** Every change of the plan, newest first: who, when, which fields, before and after. */
export function History({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  return (
    <section
      aria-labelledby="plan-history-heading"
      className="goal-plan__section goal-plan__history"
    >
      <Heading level={2} data-size="xs" id="plan-history-heading">
        {t('goalPlan.history.heading')}
      </Heading>
      {plan.revisions.length === 0 ? (
        <Paragraph>{t('goalPlan.history.empty')}</Paragraph>
      ) : (
        <ol className="goal-plan__revisions" aria-label={t('goalPlan.history.caption')}>
          {plan.revisions.map((revision) => {
            const about = subject(revision, plan);
            // An agreement lists each goal it moved to AGREED: the plan's own fields say enough.
            const changes = revision.changes.filter((c) => !c.goalId);
            return (
              <li key={revision.id}>
                <p>
                  <strong>{t(`goalPlan.history.${revision.action}`)}</strong>
                  {about && <> {about}</>}
                </p>
                <p className="muted">
                  {revision.changedBy.name} ({t(`profession.${revision.changedByProfession}`)}) ·{' '}
                  <time dateTime={revision.changedAt}>{formatDateTime(revision.changedAt)}</time> ·{' '}
                  {t('goalPlan.history.version', { version: revision.planVersion })}
                </p>
                {changes.length > 0 && (
                  <ul className="goal-plan__changes">
                    {changes.map((change) => (
                      <li key={change.field}>
                        {t(`goalPlan.history.field.${change.field}`, {
                          defaultValue: change.field,
                        })}
                        :{' '}
                        {revision.action.startsWith('ADD_') ? null : (
                          <>
                            <del>{shown(change.field, change.before, plan, t)}</del> →{' '}
                          </>
                        )}
                        <ins>{shown(change.field, change.after, plan, t)}</ins>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
