import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalFieldsFragment, UpdateGoalInput } from '../../gql/graphql';
import { ConflictView, FieldEditor, type FieldSpec } from './conflict';
import { changedKeys, type Values } from './drafts';
import { conflictAuthor, describePlanError, reasonOf, usePlanEnv } from './env';
import { AddGoalMutation, UpdateGoalMutation } from './operations';
import { useFormDraft } from './use-draft';

export function goalSpecs(t: TFunction): FieldSpec[] {
  return [
    { key: 'text', label: t('goalPlan.goal.text'), kind: 'textarea' },
    { key: 'whatMatters', label: t('goalPlan.goal.whatMatters'), kind: 'textarea' },
    { key: 'targetDate', label: t('goalPlan.goal.targetDate'), kind: 'date' },
  ];
}

export function goalValues(goal?: GoalFieldsFragment | null): Values {
  return {
    text: goal?.text ?? '',
    whatMatters: goal?.whatMatters ?? '',
    targetDate: goal?.targetDate ?? '',
  };
}

function updateInput(values: Values, keys: string[]): UpdateGoalInput {
  const input: UpdateGoalInput = {};
  if (keys.includes('text')) input.text = values.text;
  if (keys.includes('whatMatters')) input.whatMatters = values.whatMatters || null;
  if (keys.includes('targetDate')) input.targetDate = values.targetDate;
  return input;
}

interface Conflict {
  theirs: Values;
  version: number;
  by: string | null;
  mine: Values;
  keys: string[];
}

/**
 * Writing a new goal, or editing one (`goal`). What is typed is kept as a draft until saved;
 * a save that a colleague's save beat (CONFLICT) opens both versions side by side.
 */
export function GoalEditor({
  goal,
  onClose,
}: {
  goal?: GoalFieldsFragment;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const env = usePlanEnv();
  const headingId = useId();
  const formId = goal ? `goal.${goal.id}` : `new-goal.${env.caseId}`;
  const { draft, setField, clear, restored } = useFormDraft(
    env.staffId,
    formId,
    goalValues(goal),
    goal?.version ?? 0,
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [addGoal] = useMutation(AddGoalMutation);
  const [updateGoal] = useMutation(UpdateGoalMutation);
  const specs = goalSpecs(t);

  const finish = async (message: string) => {
    clear();
    await env.refresh();
    env.announce(message);
    onClose(true);
  };

  /** Saves `values` as a change of the goal at `version`; a CONFLICT opens the side by side. */
  const saveChange = async (values: Values, from: Values, version: number) => {
    const keys = changedKeys(from, values);
    if (keys.length === 0) {
      clear();
      onClose(false);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await updateGoal({
        variables: { goalId: goal!.id, expectedVersion: version, input: updateInput(values, keys) },
      });
      setConflict(null);
      await finish(t('goalPlan.goal.saved'));
    } catch (caught) {
      if (reasonOf(caught) === 'STALE_VERSION') {
        const plan = await env.refresh();
        const current = plan?.goals.find((g) => g.id === goal!.id);
        if (current) {
          setConflict({
            theirs: goalValues(current),
            version: current.version,
            by: conflictAuthor(caught),
            mine: values,
            keys: changedKeys(draft.base, values),
          });
        }
      } else {
        setError(describePlanError(caught, t));
      }
    } finally {
      setBusy(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (goal) {
      await saveChange(draft.values, draft.base, draft.baseVersion);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await addGoal({
        variables: {
          caseId: env.caseId,
          input: {
            text: draft.values.text,
            whatMatters: draft.values.whatMatters || null,
            targetDate: draft.values.targetDate,
          },
        },
      });
      await finish(t('goalPlan.goal.added'));
    } catch (caught) {
      setError(describePlanError(caught, t));
    } finally {
      setBusy(false);
    }
  };

  if (conflict) {
    return (
      <ConflictView
        what="goal"
        by={conflict.by}
        specs={specs}
        mine={conflict.mine}
        theirs={conflict.theirs}
        keys={conflict.keys}
        busy={busy}
        error={error}
        onSave={(merged) => void saveChange(merged, conflict.theirs, conflict.version)}
        onDiscard={() => {
          clear();
          onClose(false);
        }}
      />
    );
  }

  const movedOn = goal && goal.version > draft.baseVersion && goal.updatedBy.id !== env.staffId;
  return (
    <form className="goal-form" aria-labelledby={headingId} onSubmit={(e) => void submit(e)}>
      <Heading level={goal ? 4 : 3} data-size="2xs" id={headingId}>
        {goal ? t('goalPlan.goal.edit') : t('goalPlan.goal.addHeading')}
      </Heading>
      {restored && <Paragraph data-size="sm">{t('goalPlan.goal.draftRestored')}</Paragraph>}
      {movedOn && (
        <Alert data-color="warning">
          <Paragraph>{t('goalPlan.goal.changedWhileEditing')}</Paragraph>
        </Alert>
      )}
      {specs.map((spec) => (
        <FieldEditor
          key={spec.key}
          spec={spec}
          value={draft.values[spec.key]}
          required={spec.key !== 'whatMatters'}
          onChange={(value) => setField(spec.key, value)}
        />
      ))}
      {error && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <div className="goal-plan__buttons">
        <Button type="submit" loading={busy}>
          {t('goalPlan.goal.save')}
        </Button>
        <Button
          type="button"
          variant="tertiary"
          onClick={() => {
            clear();
            onClose(false);
          }}
        >
          {t('goalPlan.goal.cancel')}
        </Button>
      </div>
    </form>
  );
}
