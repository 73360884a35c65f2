import { useMutation } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  codePoints,
  deleteDraft,
  emptyDraft,
  type JournalDraft,
  type DraftKind,
  loadDraft,
  MAX_ENTRY_LENGTH,
  MEETING_KIND,
  newIdempotencyKey,
  saveDraft,
  WRITABLE_KINDS,
} from './drafts';
import {
  newParticipant,
  type ParticipantDraft,
  ParticipantsEditor,
  participantsInput,
  participantsProblem,
} from './participants-editor';
import { upsertJournalEntry } from './journal-cache';
import { JournalErrorAlert } from './journal-error-alert';
import { isTransient } from './journal-errors';
import { formatCount } from './format-time';
import { AddJournalEntryMutation } from './operations';

const RETRY_DELAYS_MS = [1000, 3000];

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Writing an entry: the draft lives in session storage, a retry sends the same key. */
export function JournalWriter({
  caseId,
  staffId,
  coordinationMeetings = false,
}: {
  caseId: string;
  staffId: string;
  /** Offer Billund's coordination meeting (a case with a coordination level). */
  coordinationMeetings?: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [draft, setDraft] = useState<JournalDraft>(() => loadDraft(staffId, caseId));
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  const [add, { loading, error, reset }] = useMutation(AddJournalEntryMutation);
  const [participants, setParticipants] = useState<ParticipantDraft[]>([newParticipant()]);
  const kinds: DraftKind[] = coordinationMeetings
    ? [...WRITABLE_KINDS, MEETING_KIND]
    : [...WRITABLE_KINDS];
  const meeting = draft.kind === MEETING_KIND;

  useEffect(() => saveDraft(staffId, caseId, draft), [staffId, caseId, draft]);

  function change(patch: Partial<Pick<JournalDraft, 'kind' | 'text' | 'visibleToPatient'>>) {
    setSaved(false);
    setProblem(null);
    setDraft((current) =>
      // An edit after a send is another entry: the old key would be refused as reused.
      current.sent
        ? { ...current, ...patch, idempotencyKey: newIdempotencyKey(), sent: false }
        : { ...current, ...patch },
    );
  }

  const length = codePoints(draft.text);
  const tooLong = length > MAX_ENTRY_LENGTH;

  async function send(event?: FormEvent) {
    event?.preventDefault();
    if (draft.text.trim() === '') return setProblem(t('journal.write.empty'));
    if (tooLong)
      return setProblem(
        t('journal.write.tooLong', { over: length - MAX_ENTRY_LENGTH, max: MAX_ENTRY_LENGTH }),
      );
    const missing = meeting ? participantsProblem(participants, t) : null;
    if (missing) return setProblem(missing);
    const sending = { ...draft, sent: true };
    setDraft(sending);
    reset();
    for (let i = 0; ; i++) {
      setAttempt(i);
      try {
        const { data } = await add({
          variables: {
            caseId,
            input: {
              kind: sending.kind,
              text: sending.text,
              visibleToPatient: sending.visibleToPatient,
              idempotencyKey: sending.idempotencyKey,
              ...(sending.kind === MEETING_KIND
                ? { participants: participantsInput(participants) }
                : {}),
            },
          },
          update(cache, result) {
            if (result.data) upsertJournalEntry(cache, result.data.addJournalEntry);
          },
        });
        if (data) {
          deleteDraft(staffId, caseId);
          setDraft(emptyDraft());
          setParticipants([newParticipant()]);
          setSaved(true);
          setAttempt(0);
          return;
        }
      } catch (failure) {
        if (!isTransient(failure) || i >= RETRY_DELAYS_MS.length) {
          setAttempt(0);
          return;
        }
        await wait(RETRY_DELAYS_MS[i]);
      }
    }
  }

  function discard() {
    deleteDraft(staffId, caseId);
    setDraft(emptyDraft());
    setProblem(null);
    reset();
  }

  return (
    <section aria-labelledby={headingId} className="journal-writer">
      <Heading level={3} data-size="xs" id={headingId}>
        {t('journal.write.heading')}
      </Heading>
      <form onSubmit={(event) => void send(event)} noValidate>
        <Field data-size="sm" className="journal-writer__kind">
          <Label>{t('journal.write.kind')}</Label>
          <Select
            value={draft.kind}
            onChange={(event) => change({ kind: event.target.value as DraftKind })}
          >
            {kinds.map((kind) => (
              <Select.Option key={kind} value={kind}>
                {t(`journal.kind.${kind}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {meeting && (
          <ParticipantsEditor
            participants={participants}
            onChange={(next) => {
              setProblem(null);
              setParticipants(next);
            }}
          />
        )}
        <Textfield
          multiline
          rows={5}
          label={t('journal.write.text')}
          description={t('journal.write.draftKept')}
          value={draft.text}
          onChange={(event) => change({ text: event.target.value })}
          error={problem ?? undefined}
        />
        <Paragraph data-size="xs" className={tooLong ? 'journal-counter over' : 'journal-counter'}>
          {t('journal.write.counter', {
            count: formatCount(length),
            max: formatCount(MAX_ENTRY_LENGTH),
          })}
        </Paragraph>
        <Checkbox
          label={t('journal.write.visibleToPatient')}
          checked={draft.visibleToPatient}
          onChange={(event) => change({ visibleToPatient: event.target.checked })}
        />
        {attempt > 0 && (
          <Paragraph data-size="sm" role="status">
            {t('journal.write.retrying', { attempt: attempt + 1 })}
          </Paragraph>
        )}
        {error && !loading && attempt === 0 && (
          <JournalErrorAlert error={error} onRetry={() => void send()} />
        )}
        {saved && (
          <Paragraph data-size="sm" role="status">
            {t('journal.write.saved')}
          </Paragraph>
        )}
        <div className="journal-actions">
          <Button type="submit" loading={loading || attempt > 0}>
            {t('journal.write.send')}
          </Button>
          {draft.text !== '' && (
            <Button type="button" variant="tertiary" onClick={discard}>
              {t('journal.write.discard')}
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}
