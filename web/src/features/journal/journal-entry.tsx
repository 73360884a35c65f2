import { useMutation } from '@apollo/client/react';
import {
  Button,
  Details,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalEntryFieldsFragment } from '../../gql/graphql';
import { codePoints, MAX_ENTRY_LENGTH, WRITABLE_KINDS, type WritableKind } from './drafts';
import { participantsLine } from './participants-editor';
import { formatTime } from './format-time';
import { Highlight } from './highlight';
import { upsertJournalEntry } from './journal-cache';
import { JournalErrorAlert } from './journal-error-alert';
import { AmendJournalEntryMutation, MarkJournalEntryInErrorMutation } from './operations';

export type Entry = JournalEntryFieldsFragment & { highlight?: string | null };

interface EntryProps {
  entry: Entry;
  /** Amend and mark as entered in error: allowed by the case's viewerCan and one's own entry. */
  canAmend: boolean;
  canMarkInError: boolean;
}

function AmendForm({ entry, onDone }: { entry: Entry; onDone: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(entry.text);
  const [kind, setKind] = useState(entry.kind as WritableKind);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<{ text?: string; reason?: string }>({});
  const [amend, { loading, error }] = useMutation(AmendJournalEntryMutation, {
    update(cache, result) {
      if (result.data) upsertJournalEntry(cache, result.data.amendJournalEntry);
    },
  });
  async function submit(event: FormEvent) {
    event.preventDefault();
    const length = codePoints(text);
    const next = {
      text:
        text.trim() === ''
          ? t('journal.write.empty')
          : length > MAX_ENTRY_LENGTH
            ? t('journal.write.tooLong', { over: length - MAX_ENTRY_LENGTH, max: MAX_ENTRY_LENGTH })
            : undefined,
      reason: reason.trim() === '' ? t('journal.amend.reasonMissing') : undefined,
    };
    setProblem(next);
    if (next.text || next.reason) return;
    await amend({ variables: { entryId: entry.id, input: { text, kind }, reason } })
      .then(onDone)
      .catch(() => undefined);
  }
  return (
    <form className="journal-inline-form" onSubmit={(event) => void submit(event)} noValidate>
      <Heading level={4} data-size="2xs">
        {t('journal.amend.heading')}
      </Heading>
      {!entry.isSystem && WRITABLE_KINDS.includes(entry.kind as WritableKind) && (
        <Field data-size="sm">
          <Label>{t('journal.write.kind')}</Label>
          <Select value={kind} onChange={(event) => setKind(event.target.value as WritableKind)}>
            {WRITABLE_KINDS.map((k) => (
              <Select.Option key={k} value={k}>
                {t(`journal.kind.${k}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      <Textfield
        multiline
        rows={5}
        label={t('journal.amend.text')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={problem.text}
      />
      <Textfield
        label={t('journal.amend.reason')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={problem.reason}
      />
      {error && <JournalErrorAlert error={error} />}
      <div className="journal-actions">
        <Button type="submit" data-size="sm" loading={loading}>
          {t('journal.amend.save')}
        </Button>
        <Button type="button" data-size="sm" variant="tertiary" onClick={onDone}>
          {t('journal.amend.cancel')}
        </Button>
      </div>
    </form>
  );
}

function MarkInErrorForm({ entry, onDone }: { entry: Entry; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [mark, { loading, error }] = useMutation(MarkJournalEntryInErrorMutation, {
    update(cache, result) {
      if (result.data) upsertJournalEntry(cache, result.data.markJournalEntryEnteredInError);
    },
  });
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim() === '') return setProblem(t('journal.markError.reasonMissing'));
    setProblem(undefined);
    await mark({ variables: { entryId: entry.id, reason } })
      .then(onDone)
      .catch(() => undefined);
  }
  return (
    <form className="journal-inline-form" onSubmit={(event) => void submit(event)} noValidate>
      <Heading level={4} data-size="2xs">
        {t('journal.markError.heading')}
      </Heading>
      <Textfield
        label={t('journal.markError.reason')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={problem}
      />
      {error && <JournalErrorAlert error={error} />}
      <div className="journal-actions">
        <Button type="submit" data-size="sm" data-color="danger" loading={loading}>
          {t('journal.markError.save')}
        </Button>
        <Button type="button" data-size="sm" variant="tertiary" onClick={onDone}>
          {t('journal.markError.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** One entry of the timeline: its current version, earlier versions on demand. */
export function JournalEntryItem({ entry, canAmend, canMarkInError }: EntryProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [mode, setMode] = useState<'read' | 'amend' | 'markInError'>('read');
  const original = entry.versions[0] ?? entry;
  const earlier = entry.versions.filter((v) => v.version < entry.version).reverse();
  const editable = !entry.isSystem && !entry.enteredInError;
  return (
    <article
      aria-labelledby={headingId}
      className={entry.enteredInError ? 'journal-entry in-error' : 'journal-entry'}
    >
      <header className="journal-entry__header">
        <Heading level={3} data-size="2xs" id={headingId} className="journal-entry__title">
          <span>{t(`journal.kind.${entry.kind}`)}</span>
          <span className="journal-entry__time">
            <time dateTime={original.writtenAt}>{formatTime(original.writtenAt)}</time>
          </span>
        </Heading>
        <Paragraph data-size="sm" className="journal-entry__byline">
          {entry.isSystem
            ? t('journal.system')
            : t('journal.byline', {
                name: entry.author.name,
                profession: t(`profession.${entry.authorProfession}`),
              })}
        </Paragraph>
        <span className="journal-entry__tags">
          {entry.enteredInError && (
            <Tag data-color="danger" data-size="sm">
              {t('journal.enteredInError')}
            </Tag>
          )}
          {entry.visibleToPatient && (
            <Tag data-color="info" data-size="sm">
              {t('journal.visibleToPatient')}
            </Tag>
          )}
        </span>
      </header>
      {entry.version > 1 && (
        <Paragraph data-size="sm" className="journal-entry__amended">
          {t('journal.amendedAt', { time: formatTime(entry.writtenAt), version: entry.version })}
          {entry.amendReason && (
            <span className="muted">{t('journal.because', { reason: entry.amendReason })}</span>
          )}
        </Paragraph>
      )}
      {entry.participants && (
        <Paragraph data-size="sm" className="journal-entry__participants">
          {participantsLine(entry.participants, t)}
        </Paragraph>
      )}
      <p className="journal-entry__text">
        {entry.highlight ? <Highlight text={entry.highlight} /> : entry.text}
      </p>
      {earlier.length > 0 && (
        <Details data-size="sm">
          <Details.Summary>
            {t('journal.earlierVersions', { count: earlier.length })}
          </Details.Summary>
          <Details.Content>
            <ol className="journal-versions">
              {earlier.map((version) => (
                <li key={version.id}>
                  <Paragraph data-size="xs" className="muted">
                    {t('journal.versionLabel', {
                      version: version.version,
                      time: formatTime(version.writtenAt),
                      name: version.author.name,
                    })}
                  </Paragraph>
                  {version.amendReason && (
                    <Paragraph data-size="xs" className="muted">
                      {t('journal.because', { reason: version.amendReason })}
                    </Paragraph>
                  )}
                  <p className="journal-entry__text">{version.text}</p>
                </li>
              ))}
            </ol>
          </Details.Content>
        </Details>
      )}
      {mode === 'amend' && <AmendForm entry={entry} onDone={() => setMode('read')} />}
      {mode === 'markInError' && <MarkInErrorForm entry={entry} onDone={() => setMode('read')} />}
      {mode === 'read' && editable && (canAmend || canMarkInError) && (
        <div className="journal-actions">
          {canAmend && (
            <Button
              variant="secondary"
              data-size="sm"
              aria-describedby={headingId}
              onClick={() => setMode('amend')}
            >
              {t('journal.amend.action')}
            </Button>
          )}
          {canMarkInError && (
            <Button variant="tertiary" data-size="sm" onClick={() => setMode('markInError')}>
              {t('journal.markError.action')}
            </Button>
          )}
        </div>
      )}
    </article>
  );
}
