import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { currentLanguage, LOCALES } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { type Period, periodInstants } from './period';

export const SingleEntryStatisticsQuery = graphql(`
  query SingleEntryStatistics($districtId: ID!, $from: DateTime!, $to: DateTime!) {
    statistics(districtId: $districtId, from: $from, to: $to) {
      id
      resolvedAtFirstContact
      resolvedAtFirstContactByOutcome {
        outcome
        count
        suppressed
      }
      callbacksDue
      callbacksKept
      callbacksKeptOnTime
    }
  }
`);

/**
 * One entry's figures (Billund): inquiries resolved at first contact, by outcome, and callbacks
 * kept on time. Shown only for a district and period with any: elsewhere the model is off.
 */
export function SingleEntryFigures({ districtId, period }: { districtId: string; period: Period }) {
  const t = useTranslation('translation', { keyPrefix: 'singleEntry.statistics' }).t;
  const outcomes = useTranslation('translation', { keyPrefix: 'singleEntry.outcomes' }).t;
  const { data, error, refetch } = useQuery(SingleEntryStatisticsQuery, {
    variables: { districtId, ...periodInstants(period) },
  });
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const stats = data?.statistics;
  if (!stats || stats.resolvedAtFirstContact + stats.callbacksDue === 0) return null;
  const number = (value: number) => new Intl.NumberFormat(LOCALES[currentLanguage()]).format(value);
  const rows: [string, string][] = [
    [t('resolved'), number(stats.resolvedAtFirstContact)],
    ...stats.resolvedAtFirstContactByOutcome.map((row): [string, string] => [
      t('byOutcome', { outcome: outcomes(row.outcome) }),
      row.suppressed || row.count === null || row.count === undefined
        ? t('suppressed')
        : number(row.count),
    ]),
    [t('callbacksDue'), number(stats.callbacksDue)],
    [t('callbacksKept'), number(stats.callbacksKept)],
    [t('callbacksKeptOnTime'), number(stats.callbacksKeptOnTime)],
  ];
  return (
    <section aria-labelledby="stat-single-entry" className="stat-section">
      <Heading level={2} data-size="xs" id="stat-single-entry">
        {t('heading')}
      </Heading>
      <Paragraph data-size="sm">{t('intro')}</Paragraph>
      <Table border data-size="sm" className="stat-table stat-table--key">
        <caption className="visually-hidden">{t('heading')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('figure')}</Table.HeaderCell>
            <Table.HeaderCell>{t('value')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map(([label, value]) => (
            <Table.Row key={label}>
              <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
              <Table.Cell>{value}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </section>
  );
}
