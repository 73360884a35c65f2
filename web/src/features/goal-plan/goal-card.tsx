import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalFieldsFragment, MeasureFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../ui/format';
import { formatDateTime } from '../case/case-format';
import { loadFormDraft } from './drafts';
import { aboveSuggested, usePlanEnv } from './env';
import { GoalEditor } from './goal-editor';
import { MeasureEditor } from './measure-editor';

/** Up and down buttons with ids, so focus can follow the item after it moved. */
export function MoveButtons({
  id,
  first,
  last,
  upLabel,
  downLabel,
  onMove,
}: {
  id: string;
  first: boolean;
  last: boolean;
  upLabel: string;
  downLabel: string;
  onMove: (delta: -1 | 1) => void;
}) {
  return (
    <>
      <Button
        id={`move-up-${id}`}
        variant="tertiary"
        data-size="sm"
        aria-label={upLabel}
        title={upLabel}
        disabled={first}
        onClick={() => onMove(-1)}
      >
        <span aria-hidden="true">↑</span>
      </Button>
      <Button
        id={`move-down-${id}`}
        variant="tertiary"
        data-size="sm"
        aria-label={downLabel}
        title={downLabel}
        disabled={last}
        onClick={() => onMove(1)}
      >
        <span aria-hidden="true">↓</span>
      </Button>
    </>
  );
}

function MeasureItem({
  measure,
  goalNumber,
  index,
  count,
  editable,
  onMove,
}: {
  measure: MeasureFieldsFragment;
  goalNumber: number;
  index: number;
  count: number;
  editable: boolean;
  onMove: (delta: -1 | 1) => void;
}) {
  const { t } = useTranslation();
  const env = usePlanEnv();
  const [editing, setEditing] = useState(
    () => loadFormDraft(env.staffId, `measure.${measure.id}`) !== null,
  );
  const who =
    measure.responsible.kind === 'STAFF' && measure.responsible.profession
      ? t(`profession.${measure.responsible.profession}`)
      : [t(`goalPlan.measure.kind.${measure.responsible.kind}`), measure.responsible.name]
          .filter(Boolean)
          .join(': ');
  const period = [
    t('goalPlan.measure.from', { date: formatDate(measure.fromDate) }),
    measure.toDate ? t('goalPlan.measure.until', { date: formatDate(measure.toDate) }) : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li className="measure">
      {editing ? (
        <MeasureEditor
          goalId={measure.goalId}
          goalNumber={goalNumber}
          measure={measure}
          onClose={() => setEditing(false)}
        />
      ) : (
        <>
          <div className="measure__body">
            <p className="measure__what">
              <strong>{measure.description}</strong>
            </p>
            <p className="measure__tags">
              <Tag data-size="sm" data-color="info">
                {t(`goalPlan.level.${measure.level}`)}
              </Tag>
              {aboveSuggested(measure.level, env.lowest) && (
                <Tag data-size="sm" data-color="warning">
                  {t('goalPlan.measure.aboveSuggested')}
                </Tag>
              )}
            </p>
            <p className="muted">
              {who} · {measure.frequency} · {period}
            </p>
            {measure.justification && (
              <p className="measure__justification">
                <span className="muted">{t('goalPlan.history.field.justification')}:</span>{' '}
                {measure.justification}
              </p>
            )}
          </div>
          {editable && (
            <div className="goal-plan__controls">
              <MoveButtons
                id={measure.id}
                first={index === 0}
                last={index === count - 1}
                upLabel={t('goalPlan.measure.moveUp', { description: measure.description })}
                downLabel={t('goalPlan.measure.moveDown', { description: measure.description })}
                onMove={onMove}
              />
              <Button
                variant="tertiary"
                data-size="sm"
                aria-label={t('goalPlan.measure.editLabel', { description: measure.description })}
                onClick={() => setEditing(true)}
              >
                {t('goalPlan.measure.edit')}
              </Button>
            </div>
          )}
        </>
      )}
    </li>
  );
}

/** One goal: the person's words, what matters, the target date, and its measures. */
export function GoalCard({
  goal,
  index,
  count,
  changedBy,
  onSeen,
  onMove,
  onMoveMeasure,
}: {
  goal: GoalFieldsFragment;
  index: number;
  count: number;
  /** Set when a colleague changed the goal while the page was open. */
  changedBy: { name: string; at: string } | null;
  onSeen: () => void;
  onMove: (delta: -1 | 1) => void;
  onMoveMeasure: (measureId: string, delta: -1 | 1) => void;
}) {
  const { t } = useTranslation();
  const env = usePlanEnv();
  const number = index + 1;
  const headingId = `goal-heading-${goal.id}`;
  const open = goal.status === 'PROPOSED' || goal.status === 'AGREED';
  const canEdit = env.can('updateGoal') && open;
  const canReorder = env.can('reorderGoals');
  const [editing, setEditing] = useState(
    () => loadFormDraft(env.staffId, `goal.${goal.id}`) !== null,
  );
  const [adding, setAdding] = useState(
    () => loadFormDraft(env.staffId, `new-measure.${goal.id}`) !== null,
  );
  return (
    <li className="goal" aria-labelledby={headingId} data-goal-id={goal.id}>
      <div className="goal__head">
        <Heading level={3} data-size="xs" id={headingId}>
          {t('goalPlan.goal.heading', { number })}
        </Heading>
        <Tag data-size="sm" data-color={goal.status === 'AGREED' ? 'success' : 'neutral'}>
          {t(`goalPlan.goal.status.${goal.status}`)}
        </Tag>
        {changedBy && (
          <span className="goal__changed" data-print="hide">
            <Tag data-size="sm" data-color="warning">
              {t('goalPlan.goal.changedBy', {
                name: changedBy.name,
                time: formatDateTime(changedBy.at),
              })}
            </Tag>
            <Button variant="tertiary" data-size="sm" onClick={onSeen}>
              {t('goalPlan.goal.seen')}
            </Button>
          </span>
        )}
        {canReorder && !editing && (
          <span className="goal-plan__controls">
            <MoveButtons
              id={goal.id}
              first={index === 0}
              last={index === count - 1}
              upLabel={t('goalPlan.goal.moveUp', { number })}
              downLabel={t('goalPlan.goal.moveDown', { number })}
              onMove={onMove}
            />
          </span>
        )}
      </div>
      {editing ? (
        <GoalEditor goal={goal} onClose={() => setEditing(false)} />
      ) : (
        <>
          <blockquote className="goal__words">{goal.text}</blockquote>
          {goal.whatMatters && (
            <Paragraph>
              <span className="muted">{t('goalPlan.goal.whatMatters')}:</span> {goal.whatMatters}
            </Paragraph>
          )}
          <Paragraph data-size="sm">
            {t('goalPlan.goal.targetDateValue', { date: formatDate(goal.targetDate) })}
          </Paragraph>
          {canEdit && (
            <div className="goal-plan__controls">
              <Button
                variant="secondary"
                data-size="sm"
                aria-describedby={headingId}
                onClick={() => setEditing(true)}
              >
                {t('goalPlan.goal.edit')}
              </Button>
            </div>
          )}
        </>
      )}
      {goal.measures.length === 0 ? (
        <Paragraph data-size="sm">{t('goalPlan.measure.none')}</Paragraph>
      ) : (
        <ol className="measures" aria-label={t('goalPlan.measure.listLabel', { number })}>
          {goal.measures.map((measure, i) => (
            <MeasureItem
              key={measure.id}
              measure={measure}
              goalNumber={number}
              index={i}
              count={goal.measures.length}
              editable={env.can('updateMeasure') && open}
              onMove={(delta) => onMoveMeasure(measure.id, delta)}
            />
          ))}
        </ol>
      )}
      {env.can('addMeasure') &&
        open &&
        (adding ? (
          <MeasureEditor goalId={goal.id} goalNumber={number} onClose={() => setAdding(false)} />
        ) : (
          <div className="goal-plan__controls">
            <Button
              variant="secondary"
              data-size="sm"
              aria-describedby={headingId}
              onClick={() => setAdding(true)}
            >
              {t('goalPlan.measure.add')}
            </Button>
          </div>
        ))}
    </li>
  );
}
