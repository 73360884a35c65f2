import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Dialog,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DirectResolutionOutcome, Operation, ReferralDetailQuery } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/error-alert';
import { fieldErrorsOf } from './field-errors';
import { formatMunicipalDateTime, MUNICIPAL_TIME_ZONE, municipalDateTime } from './municipal-time';
import {
  CallbacksDueQuery,
  RecordCallbackMutation,
  ResolveReferralDirectlyMutation,
  ScheduleCallbackMutation,
} from './single-entry-operations';

/*
 * One entry (Billund, where the district has it switched on): an inquiry resolved at first
 * contact, and callbacks promised to the person. The API offers each action in `viewerCan`.
 */

type Referral = ReferralDetailQuery['referral'];
type Callback = { open: boolean; dueToday: boolean; overdue: boolean };
type Action = 'resolve' | 'schedule' | 'record';

const OUTCOMES: DirectResolutionOutcome[] = [
  'INFORMATION_GIVEN',
  'LOW_THRESHOLD_OFFER',
  'AID_OR_TECHNOLOGY',
  'OTHER',
];
const ACTIONS: { action: Action; operation: Operation }[] = [
  { action: 'resolve', operation: 'resolveReferralDirectly' },
  { action: 'schedule', operation: 'scheduleCallback' },
  { action: 'record', operation: 'recordCallback' },
];
const REFRESH = ['ReferralNavCounts', 'ReferralInbox', 'ReferralDetail', 'CallbacksDue'];

function useSingleEntryTexts() {
  return useTranslation('translation', { keyPrefix: 'singleEntry' }).t;
}

/** The date and time inputs' values of an instant, in the municipality. */
function municipalInputs(instant: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: MUNICIPAL_TIME_ZONE,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}

/** "Callback due" or "Callback overdue" on an open callback due today or before. */
export function CallbackTag({ callback }: { callback: Callback | null | undefined }) {
  const t = useSingleEntryTexts();
  if (!callback?.open || !(callback.overdue || callback.dueToday)) return null;
  return (
    <Tag data-color={callback.overdue ? 'danger' : 'warning'} data-size="sm">
      {t(callback.overdue ? 'tag.overdue' : 'tag.due')}
    </Tag>
  );
}

/** Where the inquiry stands in one entry: resolved directly, or its callback. */
export function SingleEntryFacts({ referral }: { referral: Referral }) {
  const t = useSingleEntryTexts();
  const { callback, directResolution } = referral;
  const rows: [string, string][] = [];
  if (directResolution) {
    rows.push([
      t('resolution.label'),
      `${t(`outcomes.${directResolution.outcome}`)} · ${formatMunicipalDateTime(directResolution.resolvedAt)}`,
    ]);
    rows.push([t('resolution.note'), directResolution.note]);
  }
  if (callback) {
    const time = formatMunicipalDateTime(callback.keptAt ?? callback.dueAt);
    const state = callback.open
      ? callback.overdue
        ? 'overdue'
        : callback.dueToday
          ? 'dueToday'
          : 'scheduled'
      : callback.keptHow === 'TRIAGED'
        ? 'keptByTriage'
        : callback.keptOnTime
          ? 'keptOnTime'
          : 'keptLate';
    rows.push([t('callback.label'), t(`callback.${state}`, { time })]);
    if (callback.note) rows.push([t('callback.note'), callback.note]);
  }
  if (rows.length === 0) return null;
  return (
    <dl className="facts">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The note of a first-contact action, its error, and the form's confirm and cancel buttons. */
function NoteAndActions(props: {
  label: string;
  note: string;
  onNote: (value: string) => void;
  error: string | undefined;
  /** A refusal not tied to a field (shown as an alert). */
  apiError: unknown;
  confirm: string;
  loading: boolean;
  onCancel: () => void;
}) {
  const t = useSingleEntryTexts();
  return (
    <>
      <Textfield
        multiline
        rows={3}
        label={props.label}
        value={props.note}
        onChange={(e) => props.onNote(e.target.value)}
        error={props.error}
      />
      {props.apiError && <ErrorAlert error={props.apiError} />}
      <div className="form-actions">
        <Button type="submit" loading={props.loading}>
          {props.confirm}
        </Button>
        <Button variant="tertiary" onClick={props.onCancel}>
          {t('cancel')}
        </Button>
      </div>
    </>
  );
}

/** Resolving at first contact: the outcome and what was agreed or told. */
function ResolveForm({ referral, onDone }: { referral: Referral; onDone: () => void }) {
  const t = useSingleEntryTexts();
  const [outcome, setOutcome] = useState<DirectResolutionOutcome>('INFORMATION_GIVEN');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState('');
  const [resolve, { loading, error }] = useMutation(ResolveReferralDirectlyMutation, {
    refetchQueries: REFRESH,
  });
  const apiErrors = fieldErrorsOf(error, t);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMissing(note.trim() ? '' : t('required'));
    if (!note.trim()) return;
    const done = await resolve({
      variables: { referralId: referral.id, outcome, note: note.trim() },
    }).catch(() => null);
    if (done?.data) onDone();
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="triage-form" noValidate>
      <Paragraph data-size="sm">{t('resolveHelp')}</Paragraph>
      <Field>
        <Label>{t('outcome')}</Label>
        <Select
          value={outcome}
          onChange={(e) => setOutcome(e.target.value as DirectResolutionOutcome)}
        >
          {OUTCOMES.map((o) => (
            <Select.Option key={o} value={o}>
              {t(`outcomes.${o}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <NoteAndActions
        label={t('resolveNote')}
        note={note}
        onNote={(value) => {
          setNote(value);
          setMissing('');
        }}
        error={missing || apiErrors.note}
        apiError={Object.keys(apiErrors).length === 0 ? error : undefined}
        confirm={t('confirmResolve')}
        loading={loading}
        onCancel={onDone}
      />
    </form>
  );
}

/** Promising a callback: by when, in the municipality's time. */
function ScheduleForm({ referral, onDone }: { referral: Referral; onDone: () => void }) {
  const t = useSingleEntryTexts();
  const [due, setDue] = useState(() => municipalInputs(new Date(Date.now() + 2 * 3_600_000)));
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [schedule, { loading, error }] = useMutation(ScheduleCallbackMutation, {
    refetchQueries: REFRESH,
  });
  const apiErrors = fieldErrorsOf(error, t);
  const errors = { dueDate: apiErrors.dueAt, dueTime: undefined, ...missing };
  const today = municipalInputs(new Date()).date;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!due.date) found.dueDate = t('required');
    if (!due.time) found.dueTime = t('required');
    setMissing(found);
    if (Object.keys(found).length > 0) return;
    const done = await schedule({
      variables: { referralId: referral.id, dueAt: municipalDateTime(due.date, due.time) },
    }).catch(() => null);
    if (done?.data) onDone();
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="triage-form" noValidate>
      <div className="field-row">
        <Textfield
          type="date"
          label={t('dueDate')}
          description={t('dueHelp')}
          value={due.date}
          min={today}
          onChange={(e) => {
            setDue((d) => ({ ...d, date: e.target.value }));
            setMissing({});
          }}
          error={errors.dueDate}
        />
        <Textfield
          type="time"
          label={t('dueTime')}
          value={due.time}
          onChange={(e) => {
            setDue((d) => ({ ...d, time: e.target.value }));
            setMissing({});
          }}
          error={errors.dueTime}
        />
      </div>
      {error && Object.keys(apiErrors).length === 0 && <ErrorAlert error={error} />}
      <div className="form-actions">
        <Button type="submit" loading={loading}>
          {t('confirmSchedule')}
        </Button>
        <Button variant="tertiary" onClick={onDone}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}

/** Recording the promised call: what was said. */
function RecordForm({ referral, onDone }: { referral: Referral; onDone: () => void }) {
  const t = useSingleEntryTexts();
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState('');
  const [record, { loading, error }] = useMutation(RecordCallbackMutation, {
    refetchQueries: REFRESH,
  });
  const apiErrors = fieldErrorsOf(error, t);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMissing(note.trim() ? '' : t('required'));
    if (!note.trim()) return;
    const done = await record({
      variables: { referralId: referral.id, note: note.trim() },
    }).catch(() => null);
    if (done?.data) onDone();
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="triage-form" noValidate>
      <NoteAndActions
        label={t('callNote')}
        note={note}
        onNote={(value) => {
          setNote(value);
          setMissing('');
        }}
        error={missing || apiErrors.note}
        apiError={Object.keys(apiErrors).length === 0 ? error : undefined}
        confirm={t('confirmRecord')}
        loading={loading}
        onCancel={onDone}
      />
    </form>
  );
}

/** The first-contact actions the API offers on this referral. */
export function SingleEntryActions({ referral }: { referral: Referral }) {
  const t = useSingleEntryTexts();
  const [open, setOpen] = useState<Action | null>(null);
  const allowed = ACTIONS.filter((a) => referral.viewerCan.includes(a.operation));
  if (allowed.length === 0) return null;
  const close = () => setOpen(null);
  const label = (action: Action) =>
    action === 'schedule' && referral.callback?.open ? t('reschedule') : t(action);
  return (
    <section aria-labelledby="single-entry-heading" className="triage">
      <Heading level={2} data-size="xs" id="single-entry-heading">
        {t('heading')}
      </Heading>
      <div className="form-actions">
        {allowed.map(({ action }) => (
          <Button
            key={action}
            variant={action === 'record' ? 'primary' : 'secondary'}
            onClick={() => setOpen(action)}
          >
            {label(action)}
          </Button>
        ))}
      </div>
      {open && (
        <Dialog
          open
          modal
          onClose={close}
          closeButton={t('cancel')}
          aria-labelledby="single-entry-dialog-heading"
        >
          <Heading level={2} data-size="xs" id="single-entry-dialog-heading">
            {label(open)}
          </Heading>
          {open === 'resolve' ? (
            <ResolveForm referral={referral} onDone={close} />
          ) : open === 'schedule' ? (
            <ScheduleForm referral={referral} onDone={close} />
          ) : (
            <RecordForm referral={referral} onDone={close} />
          )}
        </Dialog>
      )}
    </section>
  );
}

/** The inbox's "Callbacks due": awaiting triage, with a callback due today or overdue. */
export function CallbacksDue() {
  const t = useSingleEntryTexts();
  const tr = useTranslation('referrals').t;
  const { data, error, refetch } = useQuery(CallbacksDueQuery, {
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const rows = data?.referrals.edges.map((e) => e.node) ?? [];
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="callbacks-due-heading" className="callbacks-due">
      <Heading level={2} data-size="xs" id="callbacks-due-heading">
        {t('due.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('due.intro')}</Paragraph>
      <ul className="callbacks-due-list" aria-label={t('due.caption')}>
        {rows.map((row) => (
          <li key={row.id}>
            <Link to={`/referrals/${row.id}`}>
              {row.patient
                ? `${row.patient.givenName} ${row.patient.familyName}`
                : tr('inbox.personHidden')}
            </Link>
            <span className="flags">
              <CallbackTag callback={row.callback} />
              {row.urgency === 'URGENT' && (
                <Tag data-color="warning" data-size="sm">
                  {tr('urgency.URGENT')}
                </Tag>
              )}
              {row.callback && (
                <span className="muted">
                  {t('due.dueAt')} {formatMunicipalDateTime(row.callback.dueAt)}
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
