import { useQuery } from '@apollo/client/react';
import {
  Button,
  Heading,
  Link,
  Paragraph,
  Table,
  Tag,
  useMediaQuery,
} from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { graphql } from '../../gql';
import type { CaseloadQuery } from '../../gql/graphql';
import { ViewerQuery } from '../../ui/app-shell';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDate } from '../../ui/format';
import { Loading } from '../../ui/loading';

const PAGE_SIZE = 50;

export const CaseloadQueryDocument = graphql(`
  query Caseload($teamId: ID!, $first: Int!, $after: String) {
    teamDashboard(teamId: $teamId) {
      today
      openCaseCount
      overdueCount
      atRiskCount
      team {
        id
        name
      }
    }
    assessmentCases(
      filter: { teamId: $teamId, status: [ACTIVE, ON_HOLD] }
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          status
          deadlineDate
          daysRemaining
          isOverdue
          atRisk
          onHoldSince
          patient {
            id
            givenName
            familyName
            birthDate
          }
          coordinator {
            id
            name
          }
          members {
            id
            staff {
              id
              name
            }
          }
        }
      }
    }
  }
`);

type CaseRow = CaseloadQuery['assessmentCases']['edges'][number]['node'];

function daysText(row: CaseRow, t: TFunction): string {
  if (row.daysRemaining < 0) return t('caseload.overdue', { count: -row.daysRemaining });
  if (row.daysRemaining === 0) return t('caseload.lastDay');
  return t('caseload.daysLeft', { count: row.daysRemaining });
}

function Flags({ row }: { row: CaseRow }) {
  const { t } = useTranslation();
  return (
    <span className="flags">
      {row.isOverdue && (
        <Tag data-color="danger" data-size="sm">
          {t('caseload.isOverdue')}
        </Tag>
      )}
      {row.atRisk && (
        <Tag data-color="warning" data-size="sm">
          {t('caseload.atRisk')}
        </Tag>
      )}
      {row.onHoldSince && (
        <Tag data-color="info" data-size="sm">
          {t('caseload.onHoldSince', { date: formatDate(row.onHoldSince) })}
        </Tag>
      )}
    </span>
  );
}

function personName(row: CaseRow): string {
  return `${row.patient.givenName} ${row.patient.familyName}`;
}

/** The person's name, linking to the case page. */
function CaseLink({ row }: { row: CaseRow }) {
  return (
    <Link asChild>
      <RouterLink to={`/cases/${row.id}`}>{personName(row)}</RouterLink>
    </Link>
  );
}

function memberNames(row: CaseRow, t: TFunction): string {
  return row.members.map((m) => m.staff.name).join(', ') || t('caseload.noMembers');
}

function CaseTable({ rows }: { rows: CaseRow[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <Table zebra border className="caseload-table">
        <caption className="visually-hidden">{t('caseload.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('caseload.person')}</Table.HeaderCell>
            <Table.HeaderCell>{t('caseload.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('caseload.deadline')}</Table.HeaderCell>
            <Table.HeaderCell>{t('caseload.flags')}</Table.HeaderCell>
            <Table.HeaderCell>{t('caseload.coordinator')}</Table.HeaderCell>
            <Table.HeaderCell>{t('caseload.members')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.id}>
              <Table.HeaderCell scope="row">
                <CaseLink row={row} />
                <span className="muted">
                  {t('caseload.born', { date: formatDate(row.patient.birthDate) })}
                </span>
              </Table.HeaderCell>
              <Table.Cell>{t(`status.${row.status}`)}</Table.Cell>
              <Table.Cell>
                {formatDate(row.deadlineDate)}
                <span className="muted">{daysText(row, t)}</span>
              </Table.Cell>
              <Table.Cell>
                <Flags row={row} />
              </Table.Cell>
              <Table.Cell>{row.coordinator.name}</Table.Cell>
              <Table.Cell>{memberNames(row, t)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** Phones and narrow tablets: one card per case instead of a table that scrolls sideways. */
function CaseList({ rows }: { rows: CaseRow[] }) {
  const { t } = useTranslation();
  return (
    <ul className="case-list" aria-label={t('caseload.caption')}>
      {rows.map((row) => (
        <li key={row.id} className="case-card">
          <Heading level={3} data-size="2xs">
            <CaseLink row={row} />
          </Heading>
          <Flags row={row} />
          <dl>
            <dt>{t('caseload.status')}</dt>
            <dd>{t(`status.${row.status}`)}</dd>
            <dt>{t('caseload.deadline')}</dt>
            <dd>
              {formatDate(row.deadlineDate)} · {daysText(row, t)}
            </dd>
            <dt>{t('caseload.coordinator')}</dt>
            <dd>{row.coordinator.name}</dd>
            <dt>{t('caseload.members')}</dt>
            <dd>{memberNames(row, t)}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}

function TeamCaseload({ teamId }: { teamId: string }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 60em)');
  const { data, error, loading, refetch, fetchMore } = useQuery(CaseloadQueryDocument, {
    variables: { teamId, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading label={t('caseload.loading')} />;
  const { teamDashboard: dashboard, assessmentCases: cases } = data;
  const rows = cases.edges.map((edge) => edge.node);
  return (
    <section aria-labelledby="team-heading">
      <Heading level={2} data-size="sm" id="team-heading">
        {dashboard.team.name}
      </Heading>
      <Paragraph data-size="sm">
        {t('caseload.summary', {
          open: dashboard.openCaseCount,
          overdue: dashboard.overdueCount,
          atRisk: dashboard.atRiskCount,
        })}
      </Paragraph>
      {rows.length === 0 ? (
        <Paragraph>{t('caseload.empty')}</Paragraph>
      ) : wide ? (
        <CaseTable rows={rows} />
      ) : (
        <CaseList rows={rows} />
      )}
      {error && <ErrorAlert error={error} />}
      {cases.pageInfo.hasNextPage && (
        <div className="more">
          <Paragraph data-size="sm">
            {t('caseload.shown', { shown: rows.length, total: cases.totalCount })}
          </Paragraph>
          <Button
            variant="secondary"
            loading={loading}
            onClick={() => void fetchMore({ variables: { after: cases.pageInfo.endCursor } })}
          >
            {t('caseload.showMore')}
          </Button>
        </div>
      )}
    </section>
  );
}

/** The start page of a team member: the team's open cases, nearest deadline first. */
export function CaseloadPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ViewerQuery);
  return (
    <>
      <Heading level={1} data-size="md">
        {t('caseload.title')}
      </Heading>
      {error && !data ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <Loading label={t('caseload.loading')} />
      ) : data.me.teams.length === 0 ? (
        <Paragraph>{t('caseload.noTeam')}</Paragraph>
      ) : (
        data.me.teams.map((team) => <TeamCaseload key={team.id} teamId={team.id} />)
      )}
    </>
  );
}
