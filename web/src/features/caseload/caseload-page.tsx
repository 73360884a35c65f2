import { useQuery } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  Table,
  Tag,
  useMediaQuery,
} from '@digdir/designsystemet-react';
import { useSearchParams } from 'react-router-dom';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { graphql } from '../../gql';
import type { CaseloadQuery, CaseStatus } from '../../gql/graphql';
import { ViewerQuery } from '../../ui/app-shell';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDate } from '../../ui/format';
import { Loading } from '../../ui/loading';
import { DistrictFigures } from './district-figures';

const PAGE_SIZE = 50;

export const CaseloadQueryDocument = graphql(`
  query Caseload(
    $teamId: ID!
    $first: Int!
    $after: String
    $status: [CaseStatus!]
    $overdue: Boolean
    $atRisk: Boolean
    $mine: Boolean
  ) {
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
      filter: { teamId: $teamId, status: $status, overdue: $overdue, atRisk: $atRisk, mine: $mine }
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

/** Which open cases to show: kept in the address, so a reload or a shared link keeps them. */
interface CaseloadFilter {
  status: 'OPEN' | 'ACTIVE' | 'ON_HOLD';
  overdue: boolean;
  atRisk: boolean;
  mine: boolean;
}

const STATUS_CHOICES: CaseloadFilter['status'][] = ['OPEN', 'ACTIVE', 'ON_HOLD'];

function useCaseloadFilter(): [CaseloadFilter, (next: Partial<CaseloadFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const filter: CaseloadFilter = {
    status: STATUS_CHOICES.includes(status as CaseloadFilter['status'])
      ? (status as CaseloadFilter['status'])
      : 'OPEN',
    overdue: params.get('overdue') === '1',
    atRisk: params.get('atRisk') === '1',
    mine: params.get('mine') === '1',
  };
  const update = (next: Partial<CaseloadFilter>) => {
    const merged = { ...filter, ...next };
    const out = new URLSearchParams();
    if (merged.status !== 'OPEN') out.set('status', merged.status);
    for (const key of ['overdue', 'atRisk', 'mine'] as const) if (merged[key]) out.set(key, '1');
    setParams(out, { replace: true });
  };
  return [filter, update];
}

/** The filter's GraphQL variables: an unticked box filters nothing (null, not false). */
function filterVariables(filter: CaseloadFilter) {
  const status: CaseStatus[] =
    filter.status === 'OPEN' ? ['ACTIVE', 'ON_HOLD'] : [filter.status as CaseStatus];
  return {
    status,
    overdue: filter.overdue ? true : null,
    atRisk: filter.atRisk ? true : null,
    mine: filter.mine ? true : null,
  };
}

function CaseloadFilters({
  filter,
  onChange,
}: {
  filter: CaseloadFilter;
  onChange: (next: Partial<CaseloadFilter>) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="caseload-filters">
      <Field data-size="sm">
        <Label>{t('caseload.filter.status')}</Label>
        <Select
          value={filter.status}
          onChange={(event) => onChange({ status: event.target.value as CaseloadFilter['status'] })}
        >
          {STATUS_CHOICES.map((choice) => (
            <Select.Option key={choice} value={choice}>
              {t(`caseload.filter.${choice}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Fieldset data-size="sm">
        <Fieldset.Legend>{t('caseload.filter.only')}</Fieldset.Legend>
        <Checkbox
          label={t('caseload.filter.overdue')}
          checked={filter.overdue}
          onChange={(event) => onChange({ overdue: event.target.checked })}
        />
        <Checkbox
          label={t('caseload.filter.atRisk')}
          checked={filter.atRisk}
          onChange={(event) => onChange({ atRisk: event.target.checked })}
        />
        <Checkbox
          label={t('caseload.filter.mine')}
          checked={filter.mine}
          onChange={(event) => onChange({ mine: event.target.checked })}
        />
      </Fieldset>
    </div>
  );
}

function TeamCaseload({ teamId, filter }: { teamId: string; filter: CaseloadFilter }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 60em)');
  const { data, error, loading, refetch, fetchMore } = useQuery(CaseloadQueryDocument, {
    variables: { teamId, first: PAGE_SIZE, ...filterVariables(filter) },
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
        <Paragraph>
          {filter.status === 'OPEN' && !filter.overdue && !filter.atRisk && !filter.mine
            ? t('caseload.empty')
            : t('caseload.emptyFiltered')}
        </Paragraph>
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
  const [filter, setFilter] = useCaseloadFilter();
  return (
    <>
      <Heading level={1} data-size="md">
        {t('caseload.title')}
      </Heading>
      {data && data.me.teams.length > 0 && <CaseloadFilters filter={filter} onChange={setFilter} />}
      {error && !data ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <Loading label={t('caseload.loading')} />
      ) : data.me.teams.length === 0 ? (
        <Paragraph>{t('caseload.noTeam')}</Paragraph>
      ) : (
        <>
          {data.me.teams.map((team) => (
            <TeamCaseload key={team.id} teamId={team.id} filter={filter} />
          ))}
          <DistrictFigures />
        </>
      )}
    </>
  );
}
