import { useQuery } from '@apollo/client/react';
import {
  Button,
  Field,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  Tag,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { ViewerQuery } from '../../ui/app-shell';
import { Loading } from '../../ui/loading';
import { formatTime } from './format-time';
import { Highlight } from './highlight';
import { JournalErrorAlert } from './journal-error-alert';
import './journal.css';
import { JOURNAL_PAGE_SIZE, JournalHitCaseQuery, TeamJournalSearchQuery } from './operations';
import { JournalSearchField } from './search-field';

/** Whose case a hit is in (one cached read per case, as the case page would do). */
function CaseName({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(JournalHitCaseQuery, { variables: { caseId } });
  const patient = data?.assessmentCase.patient;
  return (
    <>
      {patient
        ? t('journal.teamSearch.caseOf', { name: `${patient.givenName} ${patient.familyName}` })
        : t('journal.teamSearch.caseUnknown')}
    </>
  );
}

function Hits({ teamId, search }: { teamId: string; search: string }) {
  const { t } = useTranslation();
  const { data, error, loading, refetch, fetchMore } = useQuery(TeamJournalSearchQuery, {
    variables: { teamId, search, first: JOURNAL_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'network-only',
  });
  if (error && !data) return <JournalErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading label={t('journal.search.loading')} />;
  const result = data.teamJournalSearch;
  const hits = result.edges.map((edge) => edge.node);
  return (
    <section aria-label={t('journal.search.hits')}>
      <Paragraph role="status">
        {hits.length === 0
          ? t('journal.search.none', { search })
          : result.totalCountIsExact
            ? t('journal.search.results', { count: result.totalCount, search })
            : t('journal.teamSearch.moreThan', { count: result.totalCount })}
      </Paragraph>
      {hits.length > 0 && (
        <ol className="journal-timeline" aria-label={t('journal.search.hits')}>
          {hits.map((hit) => (
            <li key={hit.id}>
              <article className="journal-entry" aria-labelledby={`hit-${hit.id}`}>
                <header className="journal-entry__header">
                  <Heading level={2} data-size="2xs" id={`hit-${hit.id}`}>
                    <CaseName caseId={hit.caseId} />
                  </Heading>
                  <Paragraph data-size="sm" className="journal-entry__byline">
                    {t(`journal.kind.${hit.kind}`)} ·{' '}
                    <time dateTime={hit.writtenAt}>{formatTime(hit.writtenAt)}</time> ·{' '}
                    {t('journal.byline', {
                      name: hit.author.name,
                      profession: t(`profession.${hit.authorProfession}`),
                    })}
                  </Paragraph>
                  {hit.enteredInError && (
                    <Tag data-color="danger" data-size="sm">
                      {t('journal.enteredInError')}
                    </Tag>
                  )}
                </header>
                <p className="journal-entry__text">
                  <Highlight text={hit.highlight ?? ''} />
                </p>
                <Link asChild>
                  <RouterLink to={`/cases/${hit.caseId}`}>
                    {t('journal.teamSearch.openCase')}
                  </RouterLink>
                </Link>
              </article>
            </li>
          ))}
        </ol>
      )}
      {error && <JournalErrorAlert error={error} />}
      {result.pageInfo.hasNextPage && (
        <Button
          variant="secondary"
          loading={loading}
          onClick={() => void fetchMore({ variables: { after: result.pageInfo.endCursor } })}
        >
          {t('journal.showMore')}
        </Button>
      )}
    </section>
  );
}

/** Team-wide journal search, for the team's members (the API decides who may). */
export function TeamJournalSearch() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ViewerQuery);
  const [teamId, setTeamId] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  if (error && !data) return <JournalErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading label={t('journal.loading')} />;
  const teams = data.me.teams;
  if (teams.length === 0) return <Paragraph>{t('journal.teamSearch.noTeam')}</Paragraph>;
  const team = teamId ?? teams[0].id;
  function submit(event: FormEvent) {
    event.preventDefault();
    setSearch(query.trim());
  }
  return (
    <>
      <Paragraph>{t('journal.teamSearch.intro')}</Paragraph>
      <form role="search" className="journal-search" onSubmit={submit}>
        {teams.length > 1 && (
          <Field data-size="sm">
            <Label>{t('journal.teamSearch.team')}</Label>
            <Select value={team} onChange={(event) => setTeamId(event.target.value)}>
              {teams.map((option) => (
                <Select.Option key={option.id} value={option.id}>
                  {option.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
        )}
        <JournalSearchField
          query={query}
          onQuery={setQuery}
          onClear={() => {
            setQuery('');
            setSearch('');
          }}
        />
      </form>
      {search && <Hits teamId={team} search={search} />}
    </>
  );
}
