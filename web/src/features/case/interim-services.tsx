import { useMutation } from '@apollo/client/react';
import { Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetailsFragment, InterimServiceKind } from '../../gql/graphql';
import { formatDate } from '../../ui/format';
import { ActionDialog } from './action-dialog';
import { can } from './case-actions';
import { CaseQuery, RecordInterimServiceMutation } from './case-operations';

const KINDS: InterimServiceKind[] = [
  'HOME_NURSING',
  'PERSONAL_CARE',
  'PRACTICAL_ASSISTANCE',
  'SAFETY_ALARM',
  'MEALS',
  'AIDS',
  'OTHER',
];

const EMPTY = {
  kind: 'HOME_NURSING' as InterimServiceKind,
  description: '',
  frequency: '',
  responsible: '',
  fromDate: '',
  toDate: '',
};

function RecordInterimService({
  caseId,
  onDone,
}: {
  caseId: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState(EMPTY);
  // The case is read again: its list of interim services has the new one.
  const [record] = useMutation(RecordInterimServiceMutation, {
    refetchQueries: [{ query: CaseQuery, variables: { id: caseId } }],
    awaitRefetchQueries: true,
  });
  const set = (key: keyof typeof EMPTY) => (event: { target: { value: string } }) =>
    setForm((previous) => ({ ...previous, [key]: event.target.value }));
  const labels = {
    kind: t('casePage.interim.kind'),
    description: t('casePage.interim.description'),
    frequency: t('casePage.interim.frequency'),
    responsible: t('casePage.interim.responsible'),
    fromDate: t('casePage.interim.fromDate'),
    toDate: t('casePage.interim.toDate'),
  };
  return (
    <ActionDialog
      trigger={t('casePage.interim.record')}
      title={t('casePage.interim.title')}
      submit={t('casePage.interim.submit')}
      fieldLabels={labels}
      onSubmit={() =>
        record({
          variables: {
            caseId,
            input: { ...form, toDate: form.toDate === '' ? null : form.toDate },
          },
        })
      }
      onDone={() => {
        setForm(EMPTY);
        onDone(t('casePage.actions.done'));
      }}
    >
      <Field>
        <Label>{labels.kind}</Label>
        <Select value={form.kind} onChange={set('kind')}>
          {KINDS.map((kind) => (
            <Select.Option key={kind} value={kind}>
              {t(`casePage.interimKind.${kind}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        label={labels.description}
        required
        value={form.description}
        onChange={set('description')}
      />
      <Textfield
        label={labels.frequency}
        required
        value={form.frequency}
        onChange={set('frequency')}
      />
      <Textfield
        label={labels.responsible}
        required
        value={form.responsible}
        onChange={set('responsible')}
      />
      <Textfield
        label={labels.fromDate}
        type="date"
        required
        value={form.fromDate}
        onChange={set('fromDate')}
      />
      <Textfield label={labels.toDate} type="date" value={form.toDate} onChange={set('toDate')} />
    </ActionDialog>
  );
}

/** Help given during the clarification period, and recording more of it. */
export function InterimServices({
  kase,
  onDone,
}: {
  kase: CaseDetailsFragment;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="case-interim-heading" className="case-section">
      <Heading level={2} data-size="xs" id="case-interim-heading">
        {t('casePage.interim.heading')}
      </Heading>
      {kase.interimServices.length === 0 ? (
        <Paragraph>{t('casePage.interim.empty')}</Paragraph>
      ) : (
        <ul className="case-list-plain" aria-labelledby="case-interim-heading">
          {kase.interimServices.map((service) => (
            <li key={service.id}>
              <strong>{t(`casePage.interimKind.${service.kind}`)}</strong>: {service.description}
              <span className="muted">
                {service.frequency} · {service.responsible} ·{' '}
                {service.toDate
                  ? t('casePage.interim.period', {
                      from: formatDate(service.fromDate),
                      to: formatDate(service.toDate),
                    })
                  : t('casePage.interim.openEnded', { from: formatDate(service.fromDate) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {can(kase, 'recordInterimService') && (
        <div>
          <RecordInterimService caseId={kase.id} onDone={onDone} />
        </div>
      )}
    </section>
  );
}
