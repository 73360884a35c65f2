import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textarea,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Values } from './drafts';

/** How a field of a goal or measure is edited (and shown). */
export interface FieldSpec {
  key: string;
  label: string;
  kind: 'textarea' | 'line' | 'date' | 'select';
  options?: { value: string; label: string }[];
}

/** One field's editor, as in the forms. */
export function FieldEditor({
  spec,
  value,
  onChange,
  required,
  description,
}: {
  spec: FieldSpec;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  description?: string;
}) {
  if (spec.kind === 'textarea') {
    return (
      <Field>
        <Label>{spec.label}</Label>
        {description && <Field.Description>{description}</Field.Description>}
        <Textarea
          value={value}
          required={required}
          rows={3}
          onChange={(event) => onChange(event.target.value)}
        />
      </Field>
    );
  }
  if (spec.kind === 'select') {
    return (
      <Field>
        <Label>{spec.label}</Label>
        {description && <Field.Description>{description}</Field.Description>}
        <Select value={value} onChange={(event) => onChange(event.target.value)}>
          {(spec.options ?? []).map((option) => (
            <Select.Option key={option.value} value={option.value}>
              {option.label}
            </Select.Option>
          ))}
        </Select>
      </Field>
    );
  }
  return (
    <Textfield
      label={spec.label}
      description={description}
      type={spec.kind === 'date' ? 'date' : 'text'}
      value={value}
      required={required}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

function shown(spec: FieldSpec, value: string, empty: string): string {
  if (value === '') return empty;
  return spec.options?.find((o) => o.value === value)?.label ?? value;
}

/**
 * A save refused with CONFLICT: the user's own version and the colleague's current one side
 * by side, field by field, with a merged value to save (prefilled with the user's, editable,
 * or set to either side with one button). Saving names the colleague's version, so nothing
 * of either is lost unseen.
 */
export function ConflictView({
  what,
  by,
  specs,
  mine,
  theirs,
  keys,
  busy,
  error,
  onSave,
  onDiscard,
}: {
  what: 'goal' | 'measure';
  by: string | null;
  specs: FieldSpec[];
  mine: Values;
  theirs: Values;
  /** The fields the user changed (shown side by side where the two differ). */
  keys: string[];
  busy: boolean;
  error: string | null;
  onSave: (merged: Values) => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const differing = specs.filter(
    (spec) => keys.includes(spec.key) && mine[spec.key] !== theirs[spec.key],
  );
  const [merged, setMerged] = useState<Values>(() => {
    const start = { ...theirs };
    for (const key of keys) start[key] = mine[key];
    return start;
  });
  useEffect(() => heading.current?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(merged);
  };
  const set = (key: string, value: string) => setMerged((m) => ({ ...m, [key]: value }));
  return (
    <form className="goal-conflict" aria-labelledby={headingId} onSubmit={submit}>
      <Alert data-color="warning">
        <Heading level={4} data-size="xs" id={headingId} ref={heading} tabIndex={-1}>
          {t('goalPlan.conflict.heading')}
        </Heading>
        <Paragraph>
          {t('goalPlan.conflict.intro', {
            name: by ?? t('goalPlan.conflict.someone'),
            what: t(`goalPlan.conflict.${what}`),
          })}
        </Paragraph>
      </Alert>
      {differing.map((spec) => (
        <fieldset key={spec.key} className="goal-conflict__field">
          <legend>{spec.label}</legend>
          <div className="goal-conflict__sides">
            <div className="goal-conflict__side" data-side="mine">
              <Paragraph data-size="sm" className="goal-conflict__who">
                {t('goalPlan.conflict.yours')}
              </Paragraph>
              <p className="goal-conflict__value" data-testid={`mine-${spec.key}`}>
                {shown(spec, mine[spec.key], t('goalPlan.conflict.empty'))}
              </p>
              <Button
                type="button"
                variant="secondary"
                data-size="sm"
                onClick={() => set(spec.key, mine[spec.key])}
              >
                {t('goalPlan.conflict.takeMine')}
              </Button>
            </div>
            <div className="goal-conflict__side" data-side="theirs">
              <Paragraph data-size="sm" className="goal-conflict__who">
                {t('goalPlan.conflict.theirs')}
              </Paragraph>
              <p className="goal-conflict__value" data-testid={`theirs-${spec.key}`}>
                {shown(spec, theirs[spec.key], t('goalPlan.conflict.empty'))}
              </p>
              <Button
                type="button"
                variant="secondary"
                data-size="sm"
                onClick={() => set(spec.key, theirs[spec.key])}
              >
                {t('goalPlan.conflict.takeTheirs')}
              </Button>
            </div>
          </div>
          <div className="goal-conflict__merged">
            <FieldEditor
              spec={{ ...spec, label: `${spec.label}: ${t('goalPlan.conflict.merged')}` }}
              value={merged[spec.key]}
              onChange={(value) => set(spec.key, value)}
            />
          </div>
        </fieldset>
      ))}
      {error && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <div className="goal-plan__buttons">
        <Button type="submit" loading={busy}>
          {t('goalPlan.conflict.save')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onDiscard}>
          {t('goalPlan.conflict.discard')}
        </Button>
      </div>
    </form>
  );
}
