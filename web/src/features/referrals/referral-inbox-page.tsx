import { useQuery } from '@apollo/client/react';
import {
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
  Tag,
  useMediaQuery,
} from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { ReferralInboxQuery as InboxData, ReferralStatus } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDate } from '../../ui/format';
import { Loading } from '../../ui/loading';
import { formatMunicipalDateTime } from './municipal-time';
import { ReferralInboxQuery } from './operations';
import { CallbacksDue, CallbackTag } from './single-entry';
import './referrals.css';

const PAGE_SIZE = 50;
const STATUSES: ReferralStatus[] = [
  'RECEIVED',
  'ACCEPTED',
  'REJECTED',
  'REDIRECTED',
  'RESOLVED_DIRECTLY',
];

type Row = InboxData['referrals']['edges'][number]['node'];

function PersonLink({ row }: { row: Row }) {
  const { t } = useTranslation('referrals');
  return (
    <Link to={`/referrals/${row.id}`}>
      {row.patient ? `${row.patient.givenName} ${row.patient.familyName}` : t('inbox.personHidden')}
    </Link>
  );
}

function Urgency({ row }: { row: Row }) {
  const { t } = useTranslation('referrals');
  return (
    <span className="flags">
      <Tag data-color={row.urgency === 'URGENT' ? 'warning' : 'neutral'} data-size="sm">
        {t(`urgency.${row.urgency}`)}
      </Tag>
      {row.triageOverdue && (
        <Tag data-color="danger" data-size="sm">
          {t('inbox.triageOverdue')}
        </Tag>
      )}
      <CallbackTag callback={row.callback} />
      {row.triageDeadline && row.status === 'RECEIVED' && !row.triageOverdue && (
        <span className="muted">
          {t('inbox.triageBy', { time: formatMunicipalDateTime(row.triageDeadline) })}
        </span>
      )}
    </span>
  );
}

function InboxTable({ rows }: { rows: Row[] }) {
  const { t } = useTranslation('referrals');
  return (
    <div className="table-scroll">
      <Table zebra border className="referral-table">
        <caption className="visually-hidden">{t('inbox.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('inbox.person')}</Table.HeaderCell>
            <Table.HeaderCell>{t('inbox.urgency')}</Table.HeaderCell>
            <Table.HeaderCell>{t('inbox.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('inbox.source')}</Table.HeaderCell>
            <Table.HeaderCell>{t('inbox.received')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.id}>
              <Table.HeaderCell scope="row">
                <PersonLink row={row} />
                {row.patient && <span className="muted">{formatDate(row.patient.birthDate)}</span>}
              </Table.HeaderCell>
              <Table.Cell>
                <Urgency row={row} />
              </Table.Cell>
              <Table.Cell>{t(`status.${row.status}`)}</Table.Cell>
              <Table.Cell>{t(`source.${row.source}`)}</Table.Cell>
              <Table.Cell>{formatMunicipalDateTime(row.receivedAt)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** Phones: a card per referral. */
function InboxList({ rows }: { rows: Row[] }) {
  const { t } = useTranslation('referrals');
  return (
    <ul className="case-list" aria-label={t('inbox.caption')}>
      {rows.map((row) => (
        <li key={row.id} className="case-card">
          <Heading level={3} data-size="2xs">
            <PersonLink row={row} />
          </Heading>
          <Urgency row={row} />
          <dl>
            <dt>{t('inbox.status')}</dt>
            <dd>{t(`status.${row.status}`)}</dd>
            <dt>{t('inbox.source')}</dt>
            <dd>{t(`source.${row.source}`)}</dd>
            <dt>{t('inbox.received')}</dt>
            <dd>{formatMunicipalDateTime(row.receivedAt)}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}

/** The referrals the caller may see, URGENT first, filtered by status (default: awaiting triage). */
export function ReferralInboxPage() {
  const { t } = useTranslation('referrals');
  const wide = useMediaQuery('(min-width: 60em)');
  const [params, setParams] = useSearchParams();
  const wanted = params.get('status');
  const status = STATUSES.find((s) => s === wanted) ?? 'RECEIVED';
  const { data, error, loading, refetch, fetchMore } = useQuery(ReferralInboxQuery, {
    variables: { filter: { status: [status] }, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const rows = data?.referrals.edges.map((e) => e.node) ?? [];
  return (
    <>
      <div className="page-top">
        <Heading level={1} data-size="md">
          {t('inbox.title')}
        </Heading>
        <Button asChild>
          <Link to="/referrals/new">{t('inbox.register')}</Link>
        </Button>
      </div>
      <Field className="status-filter">
        <Label>{t('inbox.statusFilter')}</Label>
        <Select
          value={status}
          onChange={(event) => setParams({ status: event.target.value }, { replace: true })}
        >
          {STATUSES.map((s) => (
            <Select.Option key={s} value={s}>
              {t(`status.${s}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {status === 'RECEIVED' && <CallbacksDue />}
      {error && !data ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <Loading label={t('inbox.loading')} />
      ) : rows.length === 0 ? (
        <Paragraph>{t('inbox.empty')}</Paragraph>
      ) : wide ? (
        <InboxTable rows={rows} />
      ) : (
        <InboxList rows={rows} />
      )}
      {error && data && <ErrorAlert error={error} />}
      {data?.referrals.pageInfo.hasNextPage && (
        <div className="more">
          <Paragraph data-size="sm">
            {t('inbox.shown', { shown: rows.length, total: data.referrals.totalCount })}
          </Paragraph>
          <Button
            variant="secondary"
            loading={loading}
            onClick={() =>
              void fetchMore({ variables: { after: data.referrals.pageInfo.endCursor } })
            }
          >
            {t('inbox.showMore')}
          </Button>
        </div>
      )}
    </>
  );
}
