import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  MeasureFieldsFragment,
  MeasureResponsibleInput,
  MeasureResponsibleKind,
  Profession,
  ServiceLevel,
  UpdateMeasureInput,
} from '../../gql/graphql';
import { ConflictView, FieldEditor, type FieldSpec } from './conflict';
import { changedKeys, type Values } from './drafts';
import {
  aboveSuggested,
  conflictAuthor,
  describePlanError,
  LEVELS,
  reasonOf,
  today,
  usePlanEnv,
} from './env';
import { AddMeasureMutation, UpdateMeasureMutation } from './operations';
import { useFormDraft } from './use-draft';

const KINDS: MeasureResponsibleKind[] = ['STAFF', 'RELATIVE', 'VOLUNTEER', 'PERSON'];
const PROFESSIONS: Profession[] = [
  'NURSE',
  'PHYSIOTHERAPIST',
  'OCCUPATIONAL_THERAPIST',
  'SOCIAL_EDUCATOR',
  'HOME_CARE',
  'COORDINATOR',
];

export function measureSpecs(t: TFunction): Record<string, FieldSpec> {
  return {
    description: { key: 'description', label: t('goalPlan.measure.description'), kind: 'textarea' },
    level: {
      key: 'level',
      label: t('goalPlan.measure.level'),
      kind: 'select',
      options: LEVELS.map((level) => ({ value: level, label: t(`goalPlan.level.${level}`) })),
    },
    justification: {
      key: 'justification',
      label: t('goalPlan.measure.justification'),
      kind: 'textarea',
    },
    kind: {
      key: 'kind',
      label: t('goalPlan.measure.responsibleKind'),
      kind: 'select',
      options: KINDS.map((kind) => ({ value: kind, label: t(`goalPlan.measure.kind.${kind}`) })),
    },
    profession: {
      key: 'profession',
      label: t('goalPlan.measure.profession'),
      kind: 'select',
      options: PROFESSIONS.map((p) => ({ value: p, label: t(`profession.${p}`) })),
    },
    name: { key: 'name', label: t('goalPlan.measure.name'), kind: 'line' },
    frequency: { key: 'frequency', label: t('goalPlan.measure.frequency'), kind: 'line' },
    fromDate: { key: 'fromDate', label: t('goalPlan.measure.fromDate'), kind: 'date' },
    toDate: { key: 'toDate', label: t('goalPlan.measure.toDate'), kind: 'date' },
  };
}

export function measureValues(
  measure: MeasureFieldsFragment | null,
  lowest: string | null,
): Values {
  return {
    description: measure?.description ?? '',
    level: measure?.level ?? lowest ?? 'SELF_MASTERY',
    justification: measure?.justification ?? '',
    kind: measure?.responsible.kind ?? 'STAFF',
    profession: measure?.responsible.profession ?? 'NURSE',
    name: measure?.responsible.name ?? '',
    frequency: measure?.frequency ?? '',
    fromDate: measure?.fromDate ?? today(),
    toDate: measure?.toDate ?? '',
  };
}

function responsibleOf(values: Values): MeasureResponsibleInput {
  const kind = values.kind as MeasureResponsibleKind;
  const named = (kind === 'RELATIVE' || kind === 'VOLUNTEER') && values.name.trim() !== '';
  return {
    kind,
    profession: kind === 'STAFF' ? (values.profession as Profession) : null,
    name: named ? values.name : null,
  };
}

function updateInput(values: Values, keys: string[]): UpdateMeasureInput {
  const input: UpdateMeasureInput = {};
  if (keys.includes('description')) input.description = values.description;
  if (keys.includes('level')) input.level = values.level as ServiceLevel;
  if (keys.includes('justification')) input.justification = values.justification || null;
  if (keys.includes('frequency')) input.frequency = values.frequency;
  if (keys.includes('fromDate')) input.fromDate = values.fromDate;
  if (keys.includes('toDate')) input.toDate = values.toDate || null;
  if (keys.some((key) => key === 'kind' || key === 'profession' || key === 'name'))
    input.responsible = responsibleOf(values);
  return input;
}

/** The fields a measure shows for its responsible kind (and justification above the step). */
function visibleKeys(values: Values, lowest: ServiceLevel | null): string[] {
  const keys = ['description', 'level'];
  if (aboveSuggested(values.level, lowest) || values.justification) keys.push('justification');
  keys.push('kind');
  if (values.kind === 'STAFF') keys.push('profession');
  if (values.kind === 'RELATIVE' || values.kind === 'VOLUNTEER') keys.push('name');
  keys.push('frequency', 'fromDate', 'toDate');
  return keys;
}

interface Conflict {
  theirs: Values;
  version: number;
  by: string | null;
  mine: Values;
  keys: string[];
}

/**
 * A new measure for a goal (`goalId`), or an edit of one (`measure`). The step on the coping
 * staircase asks for its justification right there when it is above the lowest step the
 * assessments suggest (the API refuses it without one).
 */
export function MeasureEditor({
  goalId,
  goalNumber,
  measure,
  onClose,
}: {
  goalId: string;
  goalNumber: number;
  measure?: MeasureFieldsFragment;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const env = usePlanEnv();
  const headingId = useId();
  const formId = measure ? `measure.${measure.id}` : `new-measure.${goalId}`;
  const { draft, setField, clear, restored } = useFormDraft(
    env.staffId,
    formId,
    measureValues(measure ?? null, env.lowest),
    measure?.version ?? 0,
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [addMeasure] = useMutation(AddMeasureMutation);
  const [updateMeasure] = useMutation(UpdateMeasureMutation);
  const specs = measureSpecs(t);
  const values = draft.values;
  const above = aboveSuggested(values.level, env.lowest);

  const finish = async (message: string) => {
    clear();
    await env.refresh();
    env.announce(message);
    onClose(true);
  };

  const saveChange = async (next: Values, from: Values, version: number) => {
    const keys = changedKeys(from, next);
    if (keys.length === 0) {
      clear();
      onClose(false);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await updateMeasure({
        variables: {
          measureId: measure!.id,
          expectedVersion: version,
          input: updateInput(next, keys),
        },
      });
      setConflict(null);
      await finish(t('goalPlan.measure.saved'));
    } catch (caught) {
      if (reasonOf(caught) === 'STALE_VERSION') {
        const plan = await env.refresh();
        const current = plan?.goals.flatMap((g) => g.measures).find((m) => m.id === measure!.id);
        if (current) {
          setConflict({
            theirs: measureValues(current, env.lowest),
            version: current.version,
            by: conflictAuthor(caught),
            mine: next,
            keys: changedKeys(draft.base, next),
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
    if (measure) {
      await saveChange(values, draft.base, draft.baseVersion);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await addMeasure({
        variables: {
          goalId,
          input: {
            description: values.description,
            level: values.level as ServiceLevel,
            justification: above && values.justification ? values.justification : null,
            responsible: responsibleOf(values),
            frequency: values.frequency,
            fromDate: values.fromDate,
            toDate: values.toDate || null,
          },
        },
      });
      await finish(t('goalPlan.measure.added'));
    } catch (caught) {
      setError(describePlanError(caught, t));
    } finally {
      setBusy(false);
    }
  };

  if (conflict) {
    return (
      <ConflictView
        what="measure"
        by={conflict.by}
        specs={Object.values(specs)}
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

  const lowestLabel = env.lowest ? t(`goalPlan.level.${env.lowest}`) : '';
  return (
    <form className="goal-form" aria-labelledby={headingId} onSubmit={(e) => void submit(e)}>
      <Heading level={5} data-size="2xs" id={headingId}>
        {measure
          ? t('goalPlan.measure.editHeading')
          : t('goalPlan.measure.addHeading', { number: goalNumber })}
      </Heading>
      {restored && <Paragraph data-size="sm">{t('goalPlan.goal.draftRestored')}</Paragraph>}
      {visibleKeys(values, env.lowest).map((key) => (
        <FieldEditor
          key={key}
          spec={specs[key]}
          value={values[key]}
          required={
            !['name', 'toDate', 'justification'].includes(key) || (key === 'justification' && above)
          }
          description={
            key === 'level' && env.lowest
              ? t('goalPlan.measure.levelSuggested', { level: lowestLabel })
              : key === 'justification' && above
                ? t('goalPlan.measure.justificationHelp', { level: lowestLabel })
                : undefined
          }
          onChange={(value) => setField(key, value)}
        />
      ))}
      {error && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <div className="goal-plan__buttons">
        <Button type="submit" loading={busy}>
          {t('goalPlan.measure.save')}
        </Button>
        <Button
          type="button"
          variant="tertiary"
          onClick={() => {
            clear();
            onClose(false);
          }}
        >
          {t('goalPlan.measure.cancel')}
        </Button>
      </div>
    </form>
  );
}
