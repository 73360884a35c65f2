import { Button, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Period, periodProblem } from './period';

/** From and to dates (both included) and a button that applies them. */
export function PeriodForm({
  value,
  onApply,
  children,
  submitLabel,
}: {
  value: Period;
  onApply: (period: Period) => void;
  children?: React.ReactNode;
  submitLabel?: string;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wrong = periodProblem(draft);
    setProblem(wrong && t(`oversight.period.${wrong}`));
    if (!wrong) onApply(draft);
  };
  return (
    <form className="oversight-filter" onSubmit={submit} noValidate>
      <Fieldset>
        <Fieldset.Legend>{t('oversight.period.legend')}</Fieldset.Legend>
        <div className="oversight-filter__row">
          <Textfield
            type="date"
            label={t('oversight.period.from')}
            value={draft.from}
            max={draft.to || undefined}
            onChange={(event) => setDraft({ ...draft, from: event.target.value })}
          />
          <Textfield
            type="date"
            label={t('oversight.period.to')}
            value={draft.to}
            min={draft.from || undefined}
            onChange={(event) => setDraft({ ...draft, to: event.target.value })}
          />
        </div>
        {problem && <ValidationMessage>{problem}</ValidationMessage>}
      </Fieldset>
      {children}
      <div>
        <Button type="submit">{submitLabel ?? t('oversight.period.show')}</Button>
      </div>
    </form>
  );
}
