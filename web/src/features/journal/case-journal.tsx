import { useQuery, useSubscription } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ViewerQuery } from '../../ui/app-shell';
import { Loading } from '../../ui/loading';
import { upsertJournalEntry } from './journal-cache';
import { type Entry, JournalEntryItem } from './journal-entry';
import { JournalErrorAlert } from './journal-error-alert';
import { liveLostReason } from './journal-errors';
import { JournalSearchField } from './search-field';
import { JournalWriter } from './journal-writer';
import './journal.css';
import {
  JOURNAL_PAGE_SIZE,
  JournalCaseQuery,
  JournalEntryAddedSubscription,
  JournalQuery,
  JournalSearchQuery,
} from './operations';

interface Permissions {
  staffId: string;
  canAmend: boolean;
  canMarkInError: boolean;
}

function EntryList({ entries, permissions }: { entries: Entry[]; permissions: Permissions }) {
  const { t } = useTranslation();
  return (
    <ol className="journal-timeline" aria-label={t('journal.timeline')}>
      {entries.map((entry) => {
        const own = entry.author.id === permissions.staffId;
        return (
          <li key={entry.rootId}>
            <JournalEntryItem
              entry={entry}
              canAmend={own && permissions.canAmend}
              canMarkInError={own && permissions.canMarkInError}
            />
          </li>
        );
      })}
    </ol>
  );
}

function Timeline({ caseId, permissions }: { caseId: string; permissions: Permissions }) {
  const { t } = useTranslation();
  const { data, error, loading, refetch, fetchMore } = useQuery(JournalQuery, {
    variables: { caseId, first: JOURNAL_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  if (error && !data) return <JournalErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading label={t('journal.loading')} />;
  const { journal } = data;
  const entries = journal.edges.map((edge) => edge.node);
  return (
    <>
      {entries.length === 0 ? (
        <Paragraph>{t('journal.empty')}</Paragraph>
      ) : (
        <EntryList entries={entries} permissions={permissions} />
      )}
      {error && <JournalErrorAlert error={error} />}
      {journal.pageInfo.hasNextPage && (
        <div className="more">
          <Paragraph data-size="sm">
            {t('journal.shown', { shown: entries.length, total: journal.totalCount })}
          </Paragraph>
          <Button
            variant="secondary"
            loading={loading}
            onClick={() => void fetchMore({ variables: { after: journal.pageInfo.endCursor } })}
          >
            {t('journal.showMore')}
          </Button>
        </div>
      )}
    </>
  );
}

function SearchHits({
  caseId,
  search,
  permissions,
}: {
  caseId: string;
  search: string;
  permissions: Permissions;
}) {
  const { t } = useTranslation();
  const { data, error, loading, refetch, fetchMore } = useQuery(JournalSearchQuery, {
    variables: { caseId, search, first: JOURNAL_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'network-only',
  });
  if (error && !data) return <JournalErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading label={t('journal.search.loading')} />;
  const { journal } = data;
  const entries = journal.edges.map((edge) => edge.node);
  return (
    <section aria-label={t('journal.search.hits')}>
      <Paragraph role="status">
        {entries.length === 0
          ? t('journal.search.none', { search })
          : t('journal.search.results', { count: journal.totalCount, search })}
      </Paragraph>
      {entries.length > 0 && <EntryList entries={entries} permissions={permissions} />}
      {error && <JournalErrorAlert error={error} />}
      {journal.pageInfo.hasNextPage && (
        <Button
          variant="secondary"
          loading={loading}
          onClick={() => void fetchMore({ variables: { after: journal.pageInfo.endCursor } })}
        >
          {t('journal.showMore')}
        </Button>
      )}
    </section>
  );
}

/** New entries and versions by colleagues, live; a sentence when the server ends it. */
function LiveUpdates({ caseId, staffId }: { caseId: string; staffId: string }) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const { error } = useSubscription(JournalEntryAddedSubscription, {
    variables: { caseId },
    onData({ client, data }) {
      const entry = data.data?.journalEntryAdded;
      if (!entry) return;
      upsertJournalEntry(client.cache, entry);
      if (entry.author.id !== staffId && entry.version === 1)
        setAnnouncement(t('journal.live.newEntry', { name: entry.author.name }));
    },
  });
  return (
    <>
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
      {error && (
        <Alert data-color="warning">
          <Paragraph>{t('journal.live.lost', { why: liveLostReason(error, t) })}</Paragraph>
        </Alert>
      )}
    </>
  );
}

/** The case journal: the heart of the case page. */
export function CaseJournal({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const viewer = useQuery(ViewerQuery);
  const kase = useQuery(JournalCaseQuery, { variables: { caseId } });
  if ((kase.error && !kase.data) || (viewer.error && !viewer.data))
    return (
      <JournalErrorAlert
        error={kase.error ?? viewer.error}
        onRetry={() => void (kase.error ? kase.refetch() : viewer.refetch())}
      />
    );
  if (!kase.data || !viewer.data) return <Loading label={t('journal.loading')} />;
  const can = kase.data.assessmentCase.viewerCan;
  const staffId = viewer.data.me.id;
  const permissions: Permissions = {
    staffId,
    canAmend: can.includes('amendJournalEntry'),
    canMarkInError: can.includes('markJournalEntryEnteredInError'),
  };
  function submitSearch(event: FormEvent) {
    event.preventDefault();
    setSearch(query.trim());
  }
  return (
    <section aria-labelledby={headingId} className="case-journal">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('journal.title')}
      </Heading>
      <LiveUpdates caseId={caseId} staffId={staffId} />
      {can.includes('addJournalEntry') && (
        <JournalWriter
          caseId={caseId}
          staffId={staffId}
          // Billund's coordination meeting: in a case that has a coordination level.
          coordinationMeetings={kase.data.assessmentCase.coordinationLevel !== null}
        />
      )}
      <form role="search" className="journal-search" onSubmit={submitSearch}>
        <JournalSearchField
          query={query}
          onQuery={setQuery}
          onClear={() => {
            setQuery('');
            setSearch('');
          }}
        />
        {search && (
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            onClick={() => {
              setQuery('');
              setSearch('');
            }}
          >
            {t('journal.search.clear')}
          </Button>
        )}
      </form>
      {search ? (
        <SearchHits caseId={caseId} search={search} permissions={permissions} />
      ) : (
        <Timeline caseId={caseId} permissions={permissions} />
      )}
    </section>
  );
}
