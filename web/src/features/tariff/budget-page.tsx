import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamBudgetQuery as Budget } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDate } from '../../ui/format';
import { Loading } from '../../ui/loading';
import { lastYear, type Period } from '../oversight/period';
import { PeriodForm } from '../oversight/period-fields';
import '../oversight/oversight.css';
import { BudgetSetupQuery, TeamBudgetQuery } from './operations';
import { formatAmount, formatHours } from './tariff-fields';
import './tariff.css';

type Figures = Budget['teamBudget']['total'];

const signed = (value: number) => (value > 0 ? `+${formatAmount(value)}` : formatAmount(value));

function BudgetRow({
  heading,
  band,
  current,
  previous,
  change,
  total,
}: {
  heading: string;
  band: string;
  current: Figures;
  previous: Figures;
  change: number;
  total?: boolean;
}) {
  const Cell = total ? Table.HeaderCell : Table.Cell;
  return (
    <Table.Row data-total={total || undefined}>
      <Table.HeaderCell scope="row">{heading}</Table.HeaderCell>
      <Table.HeaderCell scope="row">{band}</Table.HeaderCell>
      <Cell data-numeric>{current.decisions}</Cell>
      <Cell data-numeric>{formatHours(current.tariffWeeks)}</Cell>
      <Cell data-numeric>{formatAmount(current.amount)}</Cell>
      <Cell data-numeric>{formatAmount(previous.amount)}</Cell>
      <Cell data-numeric>{signed(change)}</Cell>
    </Table.Row>
  );
}

function TeamBudget({ teamId, period }: { teamId: string; period: Period }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(TeamBudgetQuery, {
    variables: { teamId, ...period },
  });
  const reason = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.reason : undefined;
  if (reason === 'FEATURE_DISABLED')
    return (
      <Alert data-color="info">
        <Paragraph>{t('tariff.budget.off')}</Paragraph>
      </Alert>
    );
  if (reason === 'BUDGET_PERIOD_TOO_LONG')
    return (
      <Alert data-color="warning">
        <Paragraph>{t('tariff.budget.tooLong')}</Paragraph>
      </Alert>
    );
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading label={t('tariff.budget.loading')} />;
  const budget = data.teamBudget;
  const shown = budget.lines.filter((l) => l.current.decisions > 0 || l.previous.decisions > 0);
  const caption = t('tariff.budget.caption', {
    from: formatDate(budget.from),
    to: formatDate(budget.to),
    previousFrom: formatDate(budget.previousFrom),
    previousTo: formatDate(budget.previousTo),
  });
  return (
    <section aria-labelledby="budget-caption">
      <Heading level={2} data-size="xs" id="budget-caption">
        {caption}
      </Heading>
      {/* Narrow screens scroll the table sideways; the region takes the keyboard for that. */}
      <div className="budget-table-wrap" tabIndex={0} role="region" aria-label={caption}>
        <Table border data-size="sm" className="budget-table">
          <caption className="visually-hidden">{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('tariff.budget.category')}</Table.HeaderCell>
              <Table.HeaderCell>{t('tariff.budget.band')}</Table.HeaderCell>
              <Table.HeaderCell data-numeric>{t('tariff.budget.decisions')}</Table.HeaderCell>
              <Table.HeaderCell data-numeric>{t('tariff.budget.tariffWeeks')}</Table.HeaderCell>
              <Table.HeaderCell data-numeric>{t('tariff.budget.amount')}</Table.HeaderCell>
              <Table.HeaderCell data-numeric>{t('tariff.budget.previousAmount')}</Table.HeaderCell>
              <Table.HeaderCell data-numeric>{t('tariff.budget.change')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {shown.map((line) => (
              <BudgetRow
                key={`${line.category}-${line.band}`}
                heading={t(`tariff.decision.categories.${line.category}`)}
                band={t(`tariff.decision.bands.${line.band}`)}
                current={line.current}
                previous={line.previous}
                change={line.amountChange}
              />
            ))}
            <BudgetRow
              total
              heading={t('tariff.budget.total')}
              band=""
              current={budget.total}
              previous={budget.previousTotal}
              change={budget.amountChange}
            />
          </Table.Body>
        </Table>
      </div>
    </section>
  );
}

/** `/budget`: a team's tariff budget per category and band, for its members and district leaders. */
export function BudgetPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(BudgetSetupQuery);
  const [period, setPeriod] = useState<Period>(lastYear);
  const [chosen, setChosen] = useState<string | null>(null);
  const title = (
    <Heading level={1} data-size="md">
      {t('tariff.budget.title')}
    </Heading>
  );
  if (error && !data)
    return (
      <>
        {title}
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </>
    );
  if (!data)
    return (
      <>
        {title}
        <Loading label={t('tariff.budget.loading')} />
      </>
    );
  const teams = data.districts.flatMap((district) =>
    district.teams
      .filter((team) => team.viewerCan.includes('teamBudget'))
      .map((team) => ({ ...team, district: district.name })),
  );
  const teamId = chosen ?? teams[0]?.id;
  return (
    <>
      {title}
      <Paragraph>{t('tariff.budget.intro')}</Paragraph>
      {!teamId ? (
        <Alert data-color="info">
          <Paragraph>{t('tariff.budget.noTeam')}</Paragraph>
        </Alert>
      ) : (
        <>
          <PeriodForm value={period} onApply={setPeriod}>
            {teams.length > 1 && (
              <Field>
                <Label>{t('tariff.budget.team')}</Label>
                <Select value={teamId} onChange={(event) => setChosen(event.target.value)}>
                  {teams.map((team) => (
                    <option key={team.id} value={team.id}>
                      {team.name} ({team.district})
                    </option>
                  ))}
                </Select>
              </Field>
            )}
          </PeriodForm>
          <TeamBudget teamId={teamId} period={period} />
        </>
      )}
    </>
  );
}
