import { useQuery } from '@apollo/client/react';
import { Field, Heading, Label, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DistrictStatisticsQuery as Figures } from '../../gql/graphql';
import { currentLanguage, LOCALES } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';
import { type Bar, BarChart } from './bar-chart';
import { DistrictStatisticsQuery, StatisticsSetupQuery } from './operations';
import { lastYear, type Period, periodInstants } from './period';
import { PeriodForm } from './period-fields';
import { SingleEntryFigures } from './single-entry-figures';
import './oversight.css';

type Stats = Figures['statistics'];
type LevelNames = Record<string, string>;

function percent(share: number): string {
  return new Intl.NumberFormat(LOCALES[currentLanguage()], {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share);
}

function number(value: number): string {
  return new Intl.NumberFormat(LOCALES[currentLanguage()], { maximumFractionDigits: 1 }).format(
    value,
  );
}

/** A chart and the table with the same figures, side by side on a wide screen. */
function ChartWithTable({
  heading,
  caption,
  columns,
  bars,
  shares,
}: {
  heading: string;
  caption: string;
  columns: [string, string, string?];
  bars: Bar[];
  shares?: (string | null)[];
}) {
  const { t } = useTranslation();
  const headingId = `stat-${heading.replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={headingId} className="stat-section">
      <Heading level={2} data-size="xs" id={headingId}>
        {heading}
      </Heading>
      {bars.length === 0 ? (
        <Paragraph>{t('oversight.noData')}</Paragraph>
      ) : (
        <div className="chart-pair">
          <BarChart title={caption} bars={bars} />
          <Table border data-size="sm" className="stat-table">
            <caption className="visually-hidden">{caption}</caption>
            <Table.Head>
              <Table.Row>
                {columns.map(
                  (column) => column && <Table.HeaderCell key={column}>{column}</Table.HeaderCell>,
                )}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {bars.map((bar, index) => (
                <Table.Row key={bar.key} data-suppressed={bar.suppressed || undefined}>
                  <Table.HeaderCell scope="row">{bar.label}</Table.HeaderCell>
                  {bar.suppressed && shares ? (
                    <Table.Cell colSpan={2} className="suppressed-cell">
                      {t('oversight.suppressed')}
                    </Table.Cell>
                  ) : (
                    <>
                      <Table.Cell className={bar.suppressed ? 'suppressed-cell' : undefined}>
                        {bar.suppressed
                          ? t('oversight.suppressed')
                          : shares
                            ? number(bar.value ?? 0)
                            : bar.text}
                      </Table.Cell>
                      {shares && <Table.Cell>{shares[index] ?? '–'}</Table.Cell>}
                    </>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}

function countBar(
  key: string,
  label: string,
  count: number | null,
  suppressed: boolean,
  share: number | null,
  hidden: string,
): Bar {
  const text = suppressed
    ? hidden
    : share === null
      ? number(count ?? 0)
      : `${number(count ?? 0)} (${percent(share)})`;
  return { key, label, value: count, suppressed, text };
}

function Figures({ stats, levelNames }: { stats: Stats; levelNames: LevelNames }) {
  const { t } = useTranslation();
  const hidden = t('oversight.suppressed');
  const days = (value: number | null) =>
    value === null
      ? t('oversight.statistics.days.none')
      : t('oversight.statistics.days.value', { count: value, value: number(value) });
  const dayBars: Bar[] = (
    [
      ['ref', t('oversight.statistics.days.fromReferral'), stats.daysReferralToDecision],
      ['acc', t('oversight.statistics.days.fromAcceptance'), stats.daysAcceptanceToDecision],
    ] as const
  ).flatMap(([key, label, figures]) =>
    (['median', 'p90'] as const).map((which) => ({
      key: `${key}-${which}`,
      label: `${label}, ${t(`oversight.statistics.days.${which}`).toLowerCase()}`,
      value: figures[which],
      suppressed: false,
      text: days(figures[which]),
    })),
  );
  const within = stats.decidedWithinDeadlineShare;
  const deadlineBars: Bar[] =
    within === null
      ? []
      : [
          {
            key: 'within',
            label: t('oversight.statistics.deadline.within'),
            value: within * 100,
            suppressed: false,
            text: percent(within),
          },
          {
            key: 'late',
            label: t('oversight.statistics.deadline.late'),
            value: (1 - within) * 100,
            suppressed: false,
            text: percent(1 - within),
          },
        ];
  const levelBars = stats.perServiceLevel.map((row) =>
    countBar(
      row.serviceLevel ?? 'NONE',
      row.serviceLevel
        ? (levelNames[row.serviceLevel] ?? row.serviceLevel)
        : t('oversight.statistics.levels.noServices'),
      row.count ?? null,
      row.suppressed,
      row.share ?? null,
      hidden,
    ),
  );
  const destinationBars = stats.perDestination.map((row) =>
    countBar(
      row.destination,
      t(`oversight.statistics.destinations.${row.destination}`),
      row.count ?? null,
      row.suppressed,
      row.share ?? null,
      hidden,
    ),
  );
  // Billund: cases opened by coordination level (only the groups that occur).
  const coordinationBars = stats.perCoordinationLevel.map((row) =>
    countBar(
      String(row.coordinationLevel ?? 'none'),
      row.coordinationLevel === null || row.coordinationLevel === undefined
        ? t('coordination.statistics.none')
        : t('coordination.statistics.level', { level: row.coordinationLevel }),
      row.count ?? null,
      row.suppressed,
      row.share ?? null,
      hidden,
    ),
  );
  // The API gives null for a suppressed comparison (1–4), and 0 for none at all.
  const requestedBars = (
    [
      ['lower', stats.lowerThanRequested],
      ['same', stats.sameAsRequested],
      ['higher', stats.higherThanRequested],
    ] as const
  ).map(([key, count]) =>
    countBar(
      key,
      t(`oversight.statistics.requested.${key}`),
      count ?? null,
      count === null || count === undefined,
      null,
      hidden,
    ),
  );
  // Syddjurs' tariff categories: shown once a decision of the period carries one.
  const categoryBars = stats.perTariffCategory.some((row) => row.tariffCategory)
    ? stats.perTariffCategory.map((row) =>
        countBar(
          row.tariffCategory ?? 'NONE',
          row.tariffCategory
            ? t(`tariff.decision.categories.${row.tariffCategory}`)
            : t('tariff.statistics.none'),
          row.count ?? null,
          row.suppressed,
          row.share ?? null,
          hidden,
        ),
      )
    : [];
  const anySuppressed = [...levelBars, ...destinationBars, ...requestedBars, ...categoryBars].some(
    (bar) => bar.suppressed,
  );
  return (
    <>
      <section aria-labelledby="stat-key" className="stat-section">
        <Heading level={2} data-size="xs" id="stat-key">
          {t('oversight.statistics.keyFigures')}
        </Heading>
        <Table border data-size="sm" className="stat-table stat-table--key">
          <caption className="visually-hidden">{t('oversight.statistics.keyFigures')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('oversight.statistics.figure')}</Table.HeaderCell>
              <Table.HeaderCell>{t('oversight.statistics.value')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {(
              [
                ['opened', stats.casesOpened],
                ['decided', stats.casesDecided],
                ['handedOver', stats.casesHandedOver],
              ] as const
            ).map(([key, value]) => (
              <Table.Row key={key}>
                <Table.HeaderCell scope="row">{t(`oversight.statistics.${key}`)}</Table.HeaderCell>
                <Table.Cell>{number(value)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </section>
      {anySuppressed && (
        <Paragraph data-size="sm" className="suppressed-note">
          {t('oversight.suppressedNote')}
        </Paragraph>
      )}
      <ChartWithTable
        heading={t('oversight.statistics.days.heading')}
        caption={t('oversight.statistics.days.caption')}
        columns={[t('oversight.statistics.days.measure'), t('oversight.statistics.value')]}
        bars={stats.casesDecided === 0 ? [] : dayBars}
      />
      <ChartWithTable
        heading={t('oversight.statistics.deadline.heading')}
        caption={t('oversight.statistics.deadline.caption')}
        columns={[t('oversight.statistics.figure'), t('oversight.statistics.deadline.share')]}
        bars={deadlineBars}
      />
      <ChartWithTable
        heading={t('oversight.statistics.levels.heading')}
        caption={t('oversight.statistics.levels.caption')}
        columns={[
          t('oversight.statistics.levels.level'),
          t('oversight.statistics.levels.count'),
          t('oversight.statistics.levels.share'),
        ]}
        bars={levelBars}
        shares={stats.perServiceLevel.map((row) =>
          row.share === null || row.share === undefined ? null : percent(row.share),
        )}
      />
      <ChartWithTable
        heading={t('oversight.statistics.destinations.heading')}
        caption={t('oversight.statistics.destinations.caption')}
        columns={[
          t('oversight.statistics.destinations.destination'),
          t('oversight.statistics.destinations.count'),
          t('oversight.statistics.destinations.share'),
        ]}
        bars={destinationBars}
        shares={stats.perDestination.map((row) =>
          row.share === null || row.share === undefined ? null : percent(row.share),
        )}
      />
      <ChartWithTable
        heading={t('oversight.statistics.requested.heading')}
        caption={t('oversight.statistics.requested.caption')}
        columns={[
          t('oversight.statistics.requested.comparison'),
          t('oversight.statistics.requested.count'),
        ]}
        bars={stats.casesDecided === 0 ? [] : requestedBars}
      />
      {categoryBars.length > 0 && (
        <ChartWithTable
          heading={t('tariff.statistics.heading')}
          caption={t('tariff.statistics.caption')}
          columns={[
            t('tariff.statistics.category'),
            t('tariff.statistics.count'),
            t('tariff.statistics.share'),
          ]}
          bars={categoryBars}
          shares={stats.perTariffCategory.map((row) =>
            row.share === null || row.share === undefined ? null : percent(row.share),
          )}
        />
      )}
      {stats.perCoordinationLevel.some((row) => row.coordinationLevel !== null) && (
        <ChartWithTable
          heading={t('coordination.statistics.heading')}
          caption={t('coordination.statistics.heading')}
          columns={[
            t('coordination.level'),
            t('oversight.statistics.levels.count'),
            t('oversight.statistics.levels.share'),
          ]}
          bars={coordinationBars}
          shares={stats.perCoordinationLevel.map((row) =>
            row.share === null || row.share === undefined ? null : percent(row.share),
          )}
        />
      )}
    </>
  );
}

function DistrictFigures({
  districtId,
  period,
  levelNames,
}: {
  districtId: string;
  period: Period;
  levelNames: LevelNames;
}) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(DistrictStatisticsQuery, {
    variables: { districtId, ...periodInstants(period) },
  });
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading label={t('oversight.statistics.loading')} />;
  return (
    <>
      <Figures stats={data.statistics} levelNames={levelNames} />
      <SingleEntryFigures districtId={districtId} period={period} />
    </>
  );
}

/** `/statistics`: a district's outcome figures for a period, as tables and charts. */
export function StatisticsPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(StatisticsSetupQuery);
  const [period, setPeriod] = useState<Period>(lastYear);
  const [chosen, setChosen] = useState<string | null>(null);
  const title = (
    <Heading level={1} data-size="md">
      {t('oversight.statistics.title')}
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
        <Loading label={t('oversight.statistics.loading')} />
      </>
    );
  const own = new Set(data.me.teams.map((team) => team.districtId));
  const districts = data.districts.filter((district) => own.has(district.id));
  const districtId = chosen ?? districts[0]?.id;
  const language = currentLanguage();
  const levelNames: LevelNames = Object.fromEntries(
    data.serviceLevels.map((level) => [
      level.code,
      language === 'da' ? level.nameDa : language === 'en' ? level.nameEn : level.nameNb,
    ]),
  );
  return (
    <>
      {title}
      <Paragraph>{t('oversight.statistics.intro')}</Paragraph>
      {!districtId ? (
        <Paragraph>{t('oversight.statistics.forbidden')}</Paragraph>
      ) : (
        <>
          <div className="oversight-controls">
            {districts.length > 1 && (
              <Field>
                <Label>{t('oversight.statistics.district')}</Label>
                <Select value={districtId} onChange={(event) => setChosen(event.target.value)}>
                  {districts.map((district) => (
                    <Select.Option key={district.id} value={district.id}>
                      {district.name}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
            )}
            <PeriodForm value={period} onApply={setPeriod} />
          </div>
          {districts.length === 1 && (
            <Paragraph data-size="sm">
              {t('oversight.statistics.district')}: {districts[0].name}
            </Paragraph>
          )}
          <DistrictFigures districtId={districtId} period={period} levelNames={levelNames} />
        </>
      )}
    </>
  );
}
